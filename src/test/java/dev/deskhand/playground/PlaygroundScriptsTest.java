package dev.deskhand.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import dev.deskhand.slack.text.Language;
import dev.deskhand.testing.MarkerBoundaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page's scripts run in headless Chromium on a blank page (no server): mrkdwn.js against Slack's boundary rule
 * and Deskhand's real Korean answer, and i18n.js's formatter against ICU4J on every playground message.
 */
class PlaygroundScriptsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PAGE = Path.of("src/main/resources/playground");
    static Browser browser;
    static JavascriptExecutor js;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        browser.driver().get("about:blank");
        js = browser.driver();
        for (String script : List.of("i18n.js", "mrkdwn.js", "blockkit.js")) {
            js.executeScript(Files.readString(PAGE.resolve(script), StandardCharsets.UTF_8));
        }
        js.executeScript("I18n.setTexts(arguments[0]); I18n.use('en');",
                JSON.convertValue(PageTexts.load().json(), Map.class));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static String render(String mrkdwn) {
        return (String) js.executeScript("return Mrkdwn.render(arguments[0], null).innerHTML;", mrkdwn);
    }

    @Test
    void markersAtWordBoundariesFormat() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("*bold*", "<b>bold</b>");
        cases.put("a *b* c", "a <b>b</b> c");
        cases.put("(*b*), \"*q*\".", "(<b>b</b>), \"<b>q</b>\".");
        cases.put("_it_ and ~gone~ and `code`", "<i>it</i> and <s>gone</s> and <code>code</code>");
        cases.put("*굵게* 표시", "<b>굵게</b> 표시");
        cases.put("_*both*_", "<i><b>both</b></i>");
        cases.put("*bold*🎉", "<b>bold</b>🎉");
        // Deskhand's Mrkdwn.bold: a zero-width space on each side is a boundary, so Korean particles may follow
        cases.put("\u200B*환불*\u200B합니다", "\u200B<b>환불</b>\u200B합니다");
        cases.put("배송 후 \u200B_30일_\u200B 이내 \u200B`FAQ`\u200B입니다", "배송 후 \u200B<i>30일</i>\u200B 이내 \u200B<code>FAQ</code>\u200B입니다");
        cases.forEach((mrkdwn, html) -> assertEquals(html, render(mrkdwn), mrkdwn));
    }

    @Test
    void markersInsideAWordStayRaw() {
        List<String> raw = List.of("*환불*합니다", "a*b*", "*무**통장**입금*", "snake_case_name", "* b*", "*b *",
                "x`c`y", "`코드`입니다", "~취소~됨", "_기울임_체", "환불*정책*", "2*3*4", "**");
        for (String mrkdwn : raw) {
            assertEquals(mrkdwn, render(mrkdwn), mrkdwn);
        }
    }

    @Test
    void javaMarkerCheckAgreesWithTheRenderer() {
        // MarkerBoundaries (the Korean-answer sweep's check) and mrkdwn.js must call the same markers raw.
        for (String mrkdwn : List.of("*환불*합니다", "~취소~됨", "_기울임_체", "환불*정책*")) {
            assertFalse(MarkerBoundaries.rawMarkersBesideHangul(mrkdwn).isEmpty(), mrkdwn);
            assertEquals(mrkdwn, render(mrkdwn));
        }
        for (String mrkdwn : List.of("\u200B*환불*\u200B합니다", "*굵게* 표시", "배송 후 \u200B_30일_\u200B 이내")) {
            assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(mrkdwn), mrkdwn);
            assertFalse(render(mrkdwn).contains("*") || render(mrkdwn).contains("_"), mrkdwn);
        }
    }

    @Test
    void deskhandsKoreanAnswerShowsBoldWithNoRawMarkers() throws IOException {
        // The /kb answer as AnswerBlocksTest pins it (golden, Korean reader), drawn as the page draws messages.
        JsonNode blocks = JSON.readTree(Files.readString(Path.of("src/test/resources/golden/kb/answer-ephemeral-ko.json"),
                StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) js.executeScript(
                "const root = BlockKit.render(arguments[0], { ctx: null, onAction: () => {} });"
                        + "return { text: root.textContent, bold: Array.from(root.querySelectorAll('b'), b => b.textContent),"
                        + " italic: Array.from(root.querySelectorAll('i'), i => i.textContent) };",
                JSON.convertValue(blocks, List.class));
        String text = (String) drawn.get("text");
        for (String marker : List.of("*", "_", "~", "`")) {
            assertFalse(text.contains(marker), "raw " + marker + " in " + text);
        }
        assertEquals(List.of("환불 정책", "환불", "무통장입금"), drawn.get("bold"));
        assertEquals(List.of("환불 절차"), drawn.get("italic"));
        assertTrue(text.contains("30일 이내에 \u200B환불\u200B합니다"), text);
    }

    @Test
    void slackbotNotesRenderWithNoStrayMarkers() {
        // The playground's own mrkdwn (Slackbot's notes) in both languages: the command is code, no marker is left raw.
        for (Language language : Language.values()) {
            for (String key : List.of("playground.slackbot.slow", "playground.slackbot.failed",
                    "playground.slackbot.invalidBlocks")) {
                String text = new MessageFormat(bundles().get(language.code()).get(key), language.locale())
                        .format(Map.of("command", "/kb", "millis", 5788, "status", "500", "problem", "too long"));
                @SuppressWarnings("unchecked")
                Map<String, Object> drawn = (Map<String, Object>) js.executeScript("const r = Mrkdwn.render(arguments[0],"
                        + " null); return { text: r.textContent, code: Array.from(r.querySelectorAll('code'),"
                        + " c => c.textContent) };", text);
                String rest = ((String) drawn.get("text")).replaceAll("operation_timeout|http_error_500|invalid_blocks", "");
                assertEquals(List.of("/kb"), drawn.get("code"), key + " " + language);
                assertFalse(rest.matches("(?s).*[*_~`].*"), key + " " + language + ": " + rest);
            }
        }
    }

    @Test
    void pageFormatterAgreesWithIcuOnEveryPlaygroundMessage() {
        Map<String, Map<String, String>> bundles = bundles();
        List<String> differences = new ArrayList<>();
        for (Language language : Language.values()) {
            Map<String, String> texts = bundles.get(language.code());
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                for (int n : new int[] {0, 1, 2, 21, 1234}) {
                    Map<String, Object> args = sampleArguments(entry.getValue(), n);
                    String icu = new MessageFormat(entry.getValue(), language.locale()).format(args);
                    String page = (String) js.executeScript("return I18n.format(arguments[0], arguments[1], arguments[2]);",
                            entry.getValue(), args, language.code().equals("ko") ? "ko-KR" : "en-US");
                    if (!icu.equals(page)) {
                        differences.add(language.code() + " " + entry.getKey() + " n=" + n + ": ICU «" + icu
                                + "» page «" + page + "»");
                    }
                }
            }
        }
        assertEquals(List.of(), differences);
        assertEquals("Don't {x} 1 item, 3 items", js.executeScript("return I18n.format(arguments[0], {n: 1}, 'en-US')"
                + " + ', ' + I18n.format(arguments[1], {n: 3}, 'en-US');",
                "Don't '{x}' {n, plural, one {# item} other {# items}}", "{n, plural, one {# item} other {# items}}"));
        assertEquals("답글 3개", js.executeScript("I18n.use('ko'); const s = I18n.t('playground.message.replies', "
                + "{count: 3}); I18n.use('en'); return s;"));
    }

    /** Numbers for plural and number arguments, a word for the rest. */
    static Map<String, Object> sampleArguments(String pattern, int n) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, Object> args = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                String name = parsed.getSubstring(parsed.getPart(i + 1));
                boolean numeric = part.getArgType() == MessagePattern.ArgType.PLURAL
                        || (part.getArgType() == MessagePattern.ArgType.SIMPLE
                        && parsed.getSubstring(parsed.getPart(i + 2)).equals("number"));
                args.put(name, numeric ? (Object) n : "#support");
            }
        }
        return args;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> bundles() {
        return JSON.convertValue(PageTexts.load().json(), Map.class);
    }

    @Test
    void thePageHasNoWordsOfItsOwn() throws IOException {
        // index.html: every word comes from data-i18n keys, so once tags are gone nothing readable is left.
        String html = Files.readString(PAGE.resolve("index.html"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "");
        String text = html.replaceAll("(?s)<[^>]*>", " ");
        assertFalse(Pattern.compile("\\p{L}{2,}").matcher(text).find(), "words in index.html: " + text.strip());
        Matcher attribute = Pattern.compile("\\s(placeholder|aria-label|title|alt)=\"([^\"]*)\"").matcher(html);
        while (attribute.find()) {
            assertFalse(attribute.group(2).matches(".*\\p{L}.*"), "literal " + attribute.group());
        }
        // The scripts: a string literal that reads like a sentence or a label (a capitalised word, or words ending in
        // . ? ! …) must be one of the few technical names below; the rest goes through I18n.t.
        Set<String> technical = Set.of("'Content-Type'", "'AbortError'", "'Enter'", "'Escape'", "'POST'");
        Pattern literal = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)*'");
        Pattern prose = Pattern.compile("^'(\\p{Lu}\\p{Ll}+|.*\\p{L}{2,}.*[.?!…]\\s*'$)");
        List<String> found = new ArrayList<>();
        for (String script : List.of("playground.js", "blockkit.js", "mrkdwn.js", "i18n.js")) {
            for (String line : Files.readAllLines(PAGE.resolve(script), StandardCharsets.UTF_8)) {
                if (line.strip().startsWith("//")) {
                    continue;
                }
                Matcher m = literal.matcher(line);
                while (m.find()) {
                    if (prose.matcher(m.group()).find() && !technical.contains(m.group())) {
                        found.add(script + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
