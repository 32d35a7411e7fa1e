package dev.deskhand.config;

import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validated process configuration. Secrets are kept here and nowhere else; {@link #toString()} and
 * {@link #summary()} never include them.
 *
 * @param botToken       {@code SLACK_BOT_TOKEN} ({@code xoxb-…})
 * @param signingSecret  {@code SLACK_SIGNING_SECRET}
 * @param appToken       {@code SLACK_APP_TOKEN} ({@code xapp-…}) for Socket Mode, optional
 * @param port           {@code PORT}
 * @param bindAddress    {@code BIND_ADDRESS}
 * @param slackApiUrl    {@code SLACK_API_URL}, the Web API base URL ending in {@code /api/}
 * @param dataDir        {@code DESKHAND_DATA_DIR}
 * @param knowledgeDir   {@code KNOWLEDGE_DIR}
 * @param database       {@code DATABASE_URL}, or the embedded H2 file under the data dir
 * @param settingsFile   {@code DESKHAND_CONFIG}, the {@code deskhand.yml} path
 * @param logUsers       {@code DESKHAND_LOG_USERS}: store user ids with search logs
 * @param meaningSearch  {@code KB_MEANING} (default on): rank English questions by meaning as well as words
 * @param answerBar      {@code KB_ANSWER_THRESHOLD}: the confidence at or above which the top hit is the answer
 * @param language       {@code DESKHAND_LANGUAGE} ({@code en} or {@code ko}, default {@code en}): what Deskhand speaks
 *                       when a person's Slack locale does not say and a team sets no {@code language:}
 * @param timeZone       {@code DESKHAND_TIME_ZONE} (an IANA zone, default {@code UTC}): the zone cards, thread notes and
 *                       channels show times in when their team sets no {@code zone:}, and people's when Slack cannot say
 * @param secrets        where secrets that {@code deskhand.yml} names by variable are read (paging keys); empty in
 *                       the playground, which never pages anyone
 */
public record AppConfig(
        String botToken,
        String signingSecret,
        Optional<String> appToken,
        int port,
        String bindAddress,
        String slackApiUrl,
        Path dataDir,
        Path knowledgeDir,
        DatabaseSettings database,
        Path settingsFile,
        boolean logUsers,
        boolean meaningSearch,
        double answerBar,
        String language,
        java.time.ZoneId timeZone,
        Optional<Environment> secrets) {

    /** Slack's own Web API; GovSlack and tests point elsewhere. */
    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    static final String README_HINT = "See README.md, section \"Create the Slack app\", for where to find them.";

    /** Reads and validates everything needed to serve Slack, reporting all problems at once. */
    public static AppConfig load(Environment env) {
        return load(env, true);
    }

    /** The same settings for command-line tools that never talk to Slack: the Slack variables may be absent. */
    public static AppConfig forTools(Environment env) {
        return load(env, false);
    }

    private static AppConfig load(Environment env, boolean slackRequired) {
        List<String> problems = new ArrayList<>();
        String botToken = env.get("SLACK_BOT_TOKEN").orElse(slackRequired ? null : "");
        String secret = env.get("SLACK_SIGNING_SECRET").orElse(slackRequired ? null : "");
        if (botToken == null) {
            problems.add("SLACK_BOT_TOKEN is not set: the bot token (xoxb-…) from the Slack app's \"OAuth & Permissions\" page.");
        } else if (slackRequired && !botToken.startsWith("xoxb-")) {
            problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb- (user and app tokens do not work here).");
        }
        Optional<String> appToken = env.get("SLACK_APP_TOKEN");
        // Socket Mode receives events over a WebSocket the app opens itself, so nothing needs signing.
        if (secret == null && appToken.isEmpty()) {
            problems.add("SLACK_SIGNING_SECRET is not set: the signing secret from the Slack app's \"Basic Information\" page.");
        }
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp- (or be left unset).");
        }
        int port = port(env, problems);
        String bind = env.get("BIND_ADDRESS").orElse("0.0.0.0");
        String apiUrl = apiUrl(env, problems);
        Path dataDir = Path.of(env.get("DESKHAND_DATA_DIR").orElse("./data"));
        Path knowledgeDir = knowledgeDir(env);
        DatabaseSettings database = database(env, dataDir, problems);
        Path settings = Path.of(env.get("DESKHAND_CONFIG").orElse("deskhand.yml"));
        if (env.get("DESKHAND_CONFIG").isPresent() && !settings.toFile().isFile()) {
            problems.add("DESKHAND_CONFIG points at " + settings + ", which is not a readable file.");
        }
        double answerBar = answerBar(env, problems);
        String language = language(env, problems);
        java.time.ZoneId timeZone = timeZone(env, problems);
        String logFormat = env.get("LOG_FORMAT").orElse("text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            problems.add("LOG_FORMAT must be text or json (got \"" + logFormat + "\").");
        }
        if (!problems.isEmpty()) {
            if (botToken == null || (secret == null && appToken.isEmpty())) {
                problems.add(README_HINT);
            }
            throw new ConfigException(problems);
        }
        return new AppConfig(botToken, secret == null ? "" : secret, appToken, port, bind, apiUrl, dataDir, knowledgeDir, database,
                settings, env.flag("DESKHAND_LOG_USERS"), meaningSearch(env), answerBar, language,
                timeZone, Optional.of(env));
    }

    private static int port(Environment env, List<String> problems) {
        String raw = env.get("PORT").orElse("3000");
        try {
            int port = Integer.parseInt(raw);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("PORT must be a number from 0 to 65535 (got \"" + raw + "\").");
        return 0;
    }

    private static String apiUrl(Environment env, List<String> problems) {
        String raw = env.get("SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL);
        try {
            URI uri = URI.create(raw);
            if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
                return raw.endsWith("/") ? raw : raw + "/";
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        problems.add("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_SLACK_API_URL + " (got \"" + raw + "\").");
        return DEFAULT_SLACK_API_URL;
    }

    private static DatabaseSettings database(Environment env, Path dataDir, List<String> problems) {
        java.time.Duration wait = startWait(env, problems);
        Optional<String> url = env.get("DATABASE_URL");
        if (url.isEmpty()) {
            return DatabaseSettings.embedded(dataDir).withStartWait(wait);
        }
        try {
            return DatabaseSettings.parse(url.get()).withStartWait(wait);
        } catch (IllegalArgumentException e) {
            problems.add("DATABASE_URL is malformed: " + e.getMessage() + ".");
            return DatabaseSettings.embedded(dataDir);
        }
    }

    /** {@code DATABASE_START_WAIT}: seconds start-up waits for a first database connection (default 60). */
    private static java.time.Duration startWait(Environment env, List<String> problems) {
        String raw = env.get("DATABASE_START_WAIT").orElse(null);
        if (raw == null) {
            return DatabaseSettings.DEFAULT_START_WAIT;
        }
        try {
            int seconds = Integer.parseInt(raw.strip());
            if (seconds >= 1 && seconds <= 3600) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("DATABASE_START_WAIT must be a number of seconds from 1 to 3600 (got \"" + raw + "\").");
        return DatabaseSettings.DEFAULT_START_WAIT;
    }

    /** On unless {@code KB_MEANING} is set to a false value; the model costs ~100 MB of memory and a second at start. */
    public static boolean meaningSearch(Environment env) {
        return env.get("KB_MEANING").map(v -> !(v.equalsIgnoreCase("false") || v.equals("0")
                || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("off"))).orElse(true);
    }

    /**
     * {@code KB_ANSWER_THRESHOLD}, a confidence between 0.01 and 0.99 (default 0.25, chosen on public data); a team
     * moves it with the figures {@code kb bar} computes from its own agents' votes.
     */
    public static double answerBar(Environment env, List<String> problems) {
        Optional<String> raw = env.get("KB_ANSWER_THRESHOLD");
        if (raw.isEmpty()) {
            return LuceneKnowledgeBase.DEFAULT_ANSWER_BAR;
        }
        try {
            double bar = Double.parseDouble(raw.get().strip());
            if (bar >= 0.01 && bar <= 0.99) {
                return bar;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add("KB_ANSWER_THRESHOLD must be a number from 0.01 to 0.99, such as 0.25 (got \"" + raw.get()
                + "\"); `java -jar deskhand.jar kb bar` suggests one from your agents' votes.");
        return LuceneKnowledgeBase.DEFAULT_ANSWER_BAR;
    }

    /** {@code DESKHAND_LANGUAGE}: {@code en} (the default) or {@code ko}. */
    static String language(Environment env, List<String> problems) {
        String raw = env.get("DESKHAND_LANGUAGE").orElse("en").strip().toLowerCase(java.util.Locale.ROOT);
        if (raw.equals("en") || raw.equals("ko")) {
            return raw;
        }
        problems.add("DESKHAND_LANGUAGE must be en or ko (got \"" + raw + "\").");
        return "en";
    }

    /** {@code DESKHAND_TIME_ZONE}: an IANA zone id, {@code UTC} by default. */
    static java.time.ZoneId timeZone(Environment env, List<String> problems) {
        String raw = env.get("DESKHAND_TIME_ZONE").orElse("UTC").strip();
        try {
            return java.time.ZoneId.of(raw);
        } catch (java.time.DateTimeException e) {
            problems.add("DESKHAND_TIME_ZONE must be an IANA time zone such as Asia/Seoul or Europe/London (got \""
                    + raw + "\").");
            return java.time.ZoneOffset.UTC;
        }
    }

    /** A copy with meaning search switched on or off. */
    public AppConfig withMeaningSearch(boolean on) {
        return new AppConfig(botToken, signingSecret, appToken, port, bindAddress, slackApiUrl, dataDir,
                knowledgeDir, database, settingsFile, logUsers, on, answerBar, language, timeZone, secrets);
    }

    /** {@code DESKHAND_DATA_DIR}, for commands that need only the data folder (the CLI's persisted index). */
    public static Path dataDir(Environment env) {
        return Path.of(env.get("DESKHAND_DATA_DIR").orElse("./data"));
    }

    public static Path knowledgeDir(Environment env) {
        return Path.of(env.get("KNOWLEDGE_DIR").orElse("./knowledge"));
    }

    /** Uses Socket Mode instead of HTTP requests from Slack. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** One line for the start-up log: every setting except the secrets. */
    public String summary() {
        return "port=" + port + " bind=" + bindAddress + " slackApi=" + slackApiUrl + " dataDir=" + dataDir
                + " knowledgeDir=" + knowledgeDir + " database=" + database.redactedUrl()
                + " settings=" + settingsFile + " socketMode=" + socketMode() + " logUsers=" + logUsers
                + " meaning=" + meaningSearch + " answerBar=" + answerBar + " language=" + language + " timeZone=" + timeZone;
    }

    @Override
    public String toString() {
        return "AppConfig[" + summary() + "]";
    }

    /** A copy listening on another port (tests and the playground bind to a free one). */
    public AppConfig withPort(int newPort) {
        return new AppConfig(botToken, signingSecret, appToken, newPort, bindAddress, slackApiUrl, dataDir,
                knowledgeDir, database, settingsFile, logUsers, meaningSearch, answerBar, language, timeZone, secrets);
    }

    // ---- The local playground (dev.deskhand.playground) ----

    /** Which Slack credentials the environment holds; with none at all, {@code serve} opens the local playground. */
    public enum SlackCredentials { NONE, PARTIAL, COMPLETE }

    /** Looks only at whether the tokens are set, not whether they are valid ({@link #load} checks that). */
    public static SlackCredentials slackCredentials(Environment env) {
        boolean bot = env.get("SLACK_BOT_TOKEN").isPresent();
        boolean secret = env.get("SLACK_SIGNING_SECRET").isPresent();
        boolean app = env.get("SLACK_APP_TOKEN").isPresent();
        if (bot && (secret || app)) {
            return SlackCredentials.COMPLETE;
        }
        return bot || secret || app ? SlackCredentials.PARTIAL : SlackCredentials.NONE;
    }

    /**
     * The playground's configuration: the environment's port, knowledge folder and {@code deskhand.yml}, with the
     * playground's generated token and secret and its Web API stand-in; always bound to 127.0.0.1 and on an H2
     * database of its own under {@code <data dir>/playground}, so a demo never mixes with a real workspace's data.
     */
    public static AppConfig playground(Environment env, String botToken, String signingSecret, String slackApiUrl) {
        List<String> problems = new ArrayList<>();
        int port = port(env, problems);
        Path settings = Path.of(env.get("DESKHAND_CONFIG").orElse("deskhand.yml"));
        if (env.get("DESKHAND_CONFIG").isPresent() && !settings.toFile().isFile()) {
            problems.add("DESKHAND_CONFIG points at " + settings + ", which is not a readable file.");
        }
        double answerBar = answerBar(env, problems);
        String language = language(env, problems);
        java.time.ZoneId timeZone = timeZone(env, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        Path dataDir = Path.of(env.get("DESKHAND_DATA_DIR").orElse("./data")).resolve("playground");
        return new AppConfig(botToken, signingSecret, Optional.empty(), port, "127.0.0.1", slackApiUrl, dataDir,
                knowledgeDir(env), DatabaseSettings.embedded(dataDir), settings, false, meaningSearch(env), answerBar,
                language, timeZone, Optional.empty());
    }
}
