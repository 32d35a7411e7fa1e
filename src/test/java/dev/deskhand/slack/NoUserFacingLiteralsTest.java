package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence a person reads in Slack is written in the code: every one comes from the message bundles, in the
 * reader's language. Scans the packages that produce user-visible text (all of {@code slack}, and the domain packages
 * whose values it renders) with {@link LiteralScanner}.
 */
class NoUserFacingLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java/dev/deskhand");

    /** Everything under these is scanned; the playground page has its own helper and its own chrome. */
    private static final List<String> SCANNED = List.of("slack", "escalation", "digest", "tickets", "kb");

    /** Parts of the scanned tree that speak only to operators, in a terminal or to a machine. */
    private static final Set<String> NOT_USER_FACING = Set.of(
            "kb/tools", // the kb/index/eval/lint command line, read by whoever runs it
            "kb/importing", // the import command line and the files it writes
            "kb/index", // parsing and analysis; no sentence leaves it
            "kb/rank",
            "kb/engine",
            "tickets/http", // the Zendesk API client: URLs, headers, and failure details that only reach the log
            "slack/digest/DigestCli.java"); // deskhand digest --preview on a terminal

    /** Stands for every literal of a file that as a whole speaks only to machines. */
    private static final String ANY = "*";

    /**
     * Literals the scanner cannot tell from words but that are not shown to anyone, with why. Keyed by file, then
     * the literal exactly as written.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // Why a request is refused: logged with its correlation id and answered to Slack's servers as a 400.
            "slack/PayloadCheck.java", Set.of(ANY),
            // HTTP error bodies for Slack's servers (bad signature, oversized body); no person reads them.
            "slack/SignedRequestFilter.java", Set.of("request too large", "invalid request"),
            // The JCE algorithm name.
            "slack/SignatureVerifier.java", Set.of("HmacSHA256"),
            // Why Slack is unreachable: /readyz and the log, for whoever runs Deskhand.
            "slack/SlackConnection.java", Set.of("not checked yet", "auth.test answered ", "cannot reach Slack at ",
                    "exception message shown to a user: e.getMessage()"),
            // Why a delivery failed, kept on the outbox row (last_error) for whoever reads the database or logs.
            "slack/escalation/outbox/OutboxSender.java", Set.of("exception message shown to a user: e.getMessage()"));

    @Test
    void noUserFacingLiteralOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            for (LiteralScanner.Finding finding : LiteralScanner.scan(name, Files.readString(file,
                    StandardCharsets.UTF_8))) {
                Set<String> allowed = ALLOWED.getOrDefault(name, Set.of());
                if (!allowed.contains(ANY) && !allowed.contains(finding.literal())) {
                    found.add(finding.toString());
                }
            }
        }
        assertEquals(List.of(), found, "user-facing text belongs in src/main/resources/messages, "
                + "read through slack.text (see its package-info)");
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : SCANNED) {
            try (Stream<Path> walk = Files.walk(MAIN.resolve(dir))) {
                walk.filter(f -> f.toString().endsWith(".java")).filter(f -> !excluded(f)).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static boolean excluded(Path file) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        return NOT_USER_FACING.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "/"))
                || name.endsWith("package-info.java");
    }
}
