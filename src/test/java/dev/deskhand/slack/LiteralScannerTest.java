package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner behind {@link NoUserFacingLiteralsTest}, on a handler written the way a hurried change would be. */
class LiteralScannerTest {

    private static final String FIXTURE = """
            package fixture;

            class ResolveButton {
                private static final Logger LOG = LoggerFactory.getLogger(ResolveButton.class);
                static final String ACTION = "escalation_resolve";
                static final String GREETING = "Deskhand doesn't know %s.";

                LayoutBlock render(Texts texts, String key) {
                    LOG.info("Rendering the resolve button for {}", key);
                    if ("resolve".equals(key)) {
                        throw new IllegalStateException("cannot render " + key + " twice");
                    }
                    return actions(List.of(
                            button(b -> b.actionId(ACTION).value(key).text(plainText("Resolve"))),
                            button(b -> b.actionId("kb_share").text(plainText(texts.get("kb.share.button")))),
                            button(b -> b.actionId("x").text(plainText(pt -> pt.text(":white_check_mark: " + "Done"))))));
                }

                String label(String word) {
                    return switch (word) {
                        case "구독", "subscribe" -> texts.get("digest.subscribe", "when", " · ", "url",
                                "https://example.slack.com/");
                        default -> "Snooze";
                    };
                }

                Response errors(String blockId, Exception e) {
                    ObjectNode body = JsonNodeFactory.instance.objectNode();
                    body.put("response_action", "errors");
                    body.putObject("errors").put(blockId, "Could not save this");
                    return Ephemeral.response(texts.get("digest.badSchedule", "problem", e.getMessage()));
                }

                String helper() {
                    return ofLabel("해결 완료", "P1", "UTC", "ESC-", ":warning:", "<@" + key + ">", "{\\"ok\\":true}",
                            "{\\"text\\":\\"Resolve\\"}", "OK");
                }
            }
            """;

    @Test
    void findsEveryWordAPersonWouldReadAndNothingElse() throws IOException {
        List<String> found = LiteralScanner.scan("fixture/ResolveButton.java", FIXTURE).stream()
                .map(f -> f.line() + " " + f.literal()).toList();
        assertEquals(List.of(
                "6 Deskhand doesn't know %s.",
                "14 Resolve",
                "16 :white_check_mark: Done", // javac folds constant concatenation into one literal
                "23 Snooze",
                "30 Could not save this",
                "31 exception message shown to a user: e.getMessage()",
                "35 해결 완료",
                "36 {\"text\":\"Resolve\"}",
                "36 OK"), found);
    }

    @Test
    void aNewResolveLabelInARealHandlerIsCaught() throws IOException {
        String source = "package dev.deskhand.slack.escalation;\n"
                + "class X { Object b() { return Blocks.button(\"Resolve\", CardActionIds.RESOLVE, \"ESC-1\"); } }\n";
        assertEquals(1, LiteralScanner.scan("slack/escalation/X.java", source).size());
    }

    @Test
    void wordsAreToldFromIdsKeysAndTokens() {
        assertTrue(LiteralScanner.suspect("Resolve"));
        assertTrue(LiteralScanner.suspect("OK"));
        assertTrue(LiteralScanner.suspect("{count} results"));
        assertTrue(LiteralScanner.suspect("해결"));
        assertFalse(LiteralScanner.suspect("escalation.refused.noteRequired"));
        assertFalse(LiteralScanner.suspect("kb_more_results"));
        assertFalse(LiteralScanner.suspect(":rotating_light: "));
        assertFalse(LiteralScanner.suspect(" · "));
        assertFalse(LiteralScanner.suspect("<!date^{date_short_pretty} {time}|"));
        assertFalse(LiteralScanner.suspect("%s (%d)"));
        assertFalse(LiteralScanner.suspect("P1"));
    }
}
