package dev.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    static Map<String, String> valid() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-1-2-secret-token");
        env.put("SLACK_SIGNING_SECRET", "s3cr3t-signing");
        return env;
    }

    static List<String> problems(Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> AppConfig.load(Environment.of(env))).problems();
    }

    @Test
    void defaultsApplyWhenOnlyTheSecretsAreSet() {
        AppConfig config = AppConfig.load(Environment.of(valid()));
        assertEquals(3000, config.port());
        assertEquals("0.0.0.0", config.bindAddress());
        assertEquals("https://slack.com/api/", config.slackApiUrl());
        assertEquals(Path.of("./knowledge"), config.knowledgeDir());
        assertTrue(config.database().jdbcUrl().startsWith("jdbc:h2:file:"), config.database().jdbcUrl());
        assertTrue(config.database().jdbcUrl().contains("/data/deskhand"), config.database().jdbcUrl());
    }

    @Test
    void answerBarDefaultsToTheTunedOneAndTakesATeamsOwn() {
        assertEquals(0.25, AppConfig.load(Environment.of(valid())).answerBar());
        Map<String, String> env = valid();
        env.put("KB_ANSWER_THRESHOLD", " 0.4 ");
        assertEquals(0.4, AppConfig.load(Environment.of(env)).answerBar());
    }

    @Test
    void anAnswerBarOutsideItsRangeIsNamedWithTheToolThatSuggestsOne() {
        for (String bad : List.of("abc", "1.5", "0", "-0.2")) {
            Map<String, String> env = valid();
            env.put("KB_ANSWER_THRESHOLD", bad);
            List<String> problems = problems(env);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("KB_ANSWER_THRESHOLD must be a number from 0.01 to 0.99, such as"
                    + " 0.25 (got \"" + bad + "\")") && problems.get(0).contains("kb bar"), problems.get(0));
        }
    }

    @Test
    void workspaceLanguageDefaultsToEnglishTakesKoreanAndNamesAnythingElse() {
        assertEquals("en", AppConfig.load(Environment.of(valid())).language());
        Map<String, String> env = valid();
        env.put("DESKHAND_LANGUAGE", " KO ");
        assertEquals("ko", AppConfig.load(Environment.of(env)).language());
        env.put("DESKHAND_LANGUAGE", "korean");
        assertEquals(List.of("DESKHAND_LANGUAGE must be en or ko (got \"korean\")."), problems(env));
    }

    @Test
    void eachMissingSlackVariableIsNamed() {
        List<String> problems = problems(Map.of());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLACK_BOT_TOKEN is not set")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLACK_SIGNING_SECRET is not set")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("README.md")), problems.toString());
    }

    @Test
    void onlyTheMissingSecretIsNamed() {
        Map<String, String> env = valid();
        env.remove("SLACK_SIGNING_SECRET");
        List<String> problems = problems(env);
        assertTrue(problems.get(0).startsWith("SLACK_SIGNING_SECRET"), problems.toString());
        assertFalse(problems.stream().anyMatch(p -> p.startsWith("SLACK_BOT_TOKEN")), problems.toString());
    }

    @Test
    void everyMalformedVariableIsReportedAtOnce() {
        Map<String, String> env = valid();
        env.put("SLACK_BOT_TOKEN", "xoxp-user-token");
        env.put("PORT", "eighty");
        env.put("SLACK_API_URL", "not a url");
        env.put("DATABASE_URL", "mysql://db/x");
        env.put("SLACK_APP_TOKEN", "xoxb-wrong");
        List<String> problems = problems(env);
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("SLACK_BOT_TOKEN must be a bot token"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("PORT must be a number")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLACK_API_URL must be")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("DATABASE_URL is malformed")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("SLACK_APP_TOKEN must be")));
    }

    @Test
    void postgresUrlIsTranslatedWithCredentialsKeptApart() {
        Map<String, String> env = valid();
        env.put("DATABASE_URL", "postgresql://desk:p%40ss@db.internal:5433/deskhand?sslmode=require");
        DatabaseSettings db = AppConfig.load(Environment.of(env)).database();
        assertEquals("jdbc:postgresql://db.internal:5433/deskhand?sslmode=require", db.jdbcUrl());
        assertEquals(Optional.of("desk"), db.user());
        assertEquals(Optional.of("p@ss"), db.password());
    }

    @Test
    void summaryAndToStringNeverContainSecrets() {
        Map<String, String> env = valid();
        env.put("DATABASE_URL", "postgresql://desk:hunter2@db:5432/deskhand");
        AppConfig config = AppConfig.load(Environment.of(env));
        for (String text : List.of(config.summary(), config.toString(), config.database().toString())) {
            assertFalse(text.contains("secret"), text);
            assertFalse(text.contains("s3cr3t"), text);
            assertFalse(text.contains("hunter2"), text);
        }
    }

    @Test
    void realEnvironmentWinsOverDotEnvFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "# comment\nPORT=4000\nexport BIND_ADDRESS=\"127.0.0.1\"\nKNOWLEDGE_DIR=kb # trailing\n");
        Map<String, String> merged = new HashMap<>(DotEnv.read(file));
        merged.putAll(Map.of("PORT", "5000"));
        assertEquals("5000", merged.get("PORT"));
        assertEquals("127.0.0.1", merged.get("BIND_ADDRESS"));
        assertEquals("kb", merged.get("KNOWLEDGE_DIR"));
    }
}
