package dev.deskhand.slack.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.testing.Encoders;
import dev.deskhand.testing.Golden;
import dev.deskhand.testing.SlackMarkers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every Korean question of our Korean tuning set, asked of the starter knowledge exactly as the app asks it (same
 * folder, meaning model and answer bar), rendered by the real {@link AnswerBlocks} on every surface an answer can
 * reach (the /kb reply and each "more results" page, a thread reply, each hit shared in the channel, each closest
 * title opened from a "no good answer"), and read back with Slack's boundary rule ({@link SlackMarkers}):
 * <ul>
 *   <li>no {@code *} or {@code _} is left on screen against a Hangul letter;</li>
 *   <li>every title and every matched word the snippet shows is bold, in order (a shorter list only when the snippet
 *       was cut, and then it ends in "…");</li>
 *   <li>a {@code ~} against Hangul is the article's own text ({@code 5~10영업일}, {@code 11월 말~12월}: the same three
 *       characters are in the article) and nothing turns into strikethrough, since Deskhand never strikes.</li>
 * </ul>
 */
class KoreanAnswerMarkersTest {

    static final Path QUESTIONS = Path.of("src", "test", "resources", "tuning", "ko.jsonl");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Texts KO = new Messages().in(Language.KO);
    static final ObjectMapper JSON = new ObjectMapper();

    /** What was checked, and what went wrong, over all renderings. */
    static final class Audit {
        final List<String> problems = new ArrayList<>();
        int renderings;
        int boldRuns;
        int articleTildes;

        /** Checks one rendering; {@code hitAt} says which hit each {@code kb_hit_<i>} section shows. */
        void check(String where, List<LayoutBlock> blocks, IntFunction<Hit> hitAt, String source) throws IOException {
            renderings++;
            for (JsonNode block : Golden.blocks(blocks)) {
                for (JsonNode text : block.findParents("type")) {
                    if (text.path("type").asText().equals("mrkdwn")) {
                        markers(where, text.path("text").asText(), source);
                    }
                }
                String id = block.path("block_id").asText();
                if (id.startsWith("kb_hit_")) {
                    bold(where, block.path("text").path("text").asText(),
                            hitAt.apply(Integer.parseInt(id.substring("kb_hit_".length()))));
                }
            }
        }

        private void markers(String where, String mrkdwn, String source) {
            SlackMarkers.Reading reading = SlackMarkers.read(mrkdwn);
            for (SlackMarkers.Raw raw : reading.raw()) {
                if (!raw.besideHangul()) {
                    continue;
                }
                if (raw.marker() == '~' && source.contains("" + raw.before() + '~' + raw.after())) {
                    articleTildes++;
                } else {
                    problems.add(where + ": raw " + raw.marker() + " in «" + raw.context() + "»");
                }
            }
            if (!reading.inners('~').isEmpty()) {
                problems.add(where + ": strikethrough " + reading.inners('~') + " in «" + mrkdwn + "»");
            }
        }

        /** The title line is the title in bold; the snippet line bolds exactly the matched parts it shows. */
        private void bold(String where, String section, Hit hit) {
            String[] lines = section.split("\n");
            List<String> title = SlackMarkers.read(lines[0]).inners('*');
            if (!title.equals(List.of(AnswerBlocks.title(hit.article())))) {
                problems.add(where + ": title not bold: «" + lines[0] + "»");
            }
            boldRuns += title.size();
            String snippet = AnswerBlocks.snippet(hit.snippet());
            if (snippet.isBlank()) {
                return;
            }
            if (!lines[lines.length - 1].equals(snippet)) {
                problems.add(where + ": snippet is not the last line of «" + section + "»");
                return;
            }
            List<String> shown = SlackMarkers.read(snippet).inners('*');
            List<String> matched = hit.snippet().stream().filter(SnippetPart::matched)
                    .map(p -> Mrkdwn.escape(p.text()).replace('\n', ' ').strip())
                    .filter(t -> !t.isEmpty() && t.indexOf('*') < 0).toList();
            boolean cut = shown.size() < matched.size() && snippet.endsWith("…");
            if (!shown.equals(cut ? matched.subList(0, shown.size()) : matched)) {
                problems.add(where + ": bold " + shown + " but matched " + matched + " in «" + snippet + "»");
            }
            boldRuns += shown.size();
        }
    }

    @Test
    void noMarkerSitsAgainstHangulInAnyRenderedKoreanAnswer() throws IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(QUESTIONS)) {
            if (!line.isBlank()) {
                questions.add(JSON.readTree(line).path("query").asText());
            }
        }
        long started = System.nanoTime();
        long cpu = cpuNanos();
        Audit audit = new Audit();
        int answered = 0;
        AnswerBlocks answers = new AnswerBlocks(true);
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("knowledge"), CLOCK, Runnable::run,
                Encoders.miniLm())) {
            kb.reload();
            for (String question : questions) {
                SearchResult first = kb.search(new SearchRequest(question, AnswerBlocks.PAGE, 0));
                answered += first.answered() && !first.hits().isEmpty() ? 1 : 0;
                String source = source(question, first);
                List<Hit> shown = first.twoOptions().map(t -> List.of(t.first(), t.second())).orElse(first.hits());
                for (Surface surface : List.of(Surface.EPHEMERAL, Surface.THREAD)) {
                    audit.check(question + " [" + surface + "]", answers.render(first, 0, surface, TODAY, KO),
                            shown::get, source);
                }
                for (Hit hit : first.hits()) {
                    String where = question + " [" + hit.article().id() + "]";
                    List<Hit> one = List.of(hit);
                    if (first.answered()) {
                        audit.check(where + " shared", answers.shared(hit, first.query(), "U0KOREAN", TODAY, KO),
                                one::get, source);
                    } else {
                        audit.check(where + " opened", answers.closest(hit, new AnswerRef(hit.article().id(),
                                first.query(), 0), TODAY, KO), one::get, source);
                    }
                }
                if (first.answered() && first.totalHits() > AnswerBlocks.PAGE) {
                    morePages(kb, answers, question, first, audit);
                }
            }
        }
        System.out.printf("Korean answers: %d questions, %d answered, %d renderings, %d bold runs, %d article"
                + " tildes beside Hangul; %.1f s wall, %.1f s CPU%n", questions.size(), answered, audit.renderings,
                audit.boldRuns, audit.articleTildes, (System.nanoTime() - started) / 1e9, (cpuNanos() - cpu) / 1e9);
        assertEquals(List.of(), audit.problems);
        assertEquals(399, questions.size(), "the Korean tuning set");
        // The check must have had something to check: most in-scope questions are answered with bold matches.
        assertTrue(answered >= 200 && audit.boldRuns >= 5 * answered, answered + " answered, " + audit.boldRuns);
    }

    @Test
    void theOracleSeesRawMarkersButNotRangesOrDeskhandsBold() {
        assertEquals(List.of('*', '*'), SlackMarkers.read("*환불*합니다").raw().stream()
                .map(SlackMarkers.Raw::marker).toList());
        assertEquals(List.of('*', '*'), SlackMarkers.read("무*통장*입금").raw().stream()
                .map(SlackMarkers.Raw::marker).toList());
        SlackMarkers.Reading ours = SlackMarkers.read("무" + Mrkdwn.bold("통장") + "입금 " + Mrkdwn.italic("주의") + "요");
        assertEquals(List.of("통장"), ours.inners('*'));
        assertEquals(List.of("주의"), ours.inners('_'));
        assertEquals(List.of(), ours.raw());
        SlackMarkers.Reading ranges = SlackMarkers.read("11월 말~12월, 1~3영업일, 5~10영업일");
        assertEquals(List.of(), ranges.inners('~'), "a range tilde never pairs into strikethrough");
        assertEquals(3, ranges.raw().size());
        assertTrue(ranges.raw().get(0).besideHangul() && !ranges.raw().get(1).besideHangul());
        assertEquals(List.of("취소"), SlackMarkers.read("결제 ~취소~ 완료").inners('~'));
        assertEquals(List.of(), SlackMarkers.read("`*환불*합니다` <https://x.example/a_b|a_b>").raw(),
                "code and links are never formatted");
    }

    /**
     * Each "more results" page. One search for every hit the app can page to (it clamps a page to 50) cut into pages
     * of three, rather than a search per page: the hits and their snippets are the same, and the meaning model runs
     * once per question instead of once per page, which keeps the test inside a minute on two shared cores.
     */
    private static void morePages(LuceneKnowledgeBase kb, AnswerBlocks answers, String question, SearchResult first,
                                  Audit audit) throws IOException {
        SearchResult all = kb.search(new SearchRequest(question, 50, 0));
        String source = source(question, all);
        for (int offset = AnswerBlocks.PAGE; offset < all.hits().size(); offset += AnswerBlocks.PAGE) {
            List<Hit> hits = all.hits().subList(offset, Math.min(all.hits().size(), offset + AnswerBlocks.PAGE));
            SearchResult page = new SearchResult(first.query(), first.answered(), first.confidence(),
                    first.didYouMean(), hits, first.language(), first.totalHits());
            audit.check(question + " [page " + offset + "]", answers.render(page, offset, Surface.EPHEMERAL, TODAY,
                    KO), hits::get, source);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The text the answer was made from: a raw character found here is the article's, not the renderer's. */
    private static String source(String question, SearchResult result) {
        StringBuilder text = new StringBuilder(question).append('\n').append(result.query()).append('\n');
        List<Hit> hits = new ArrayList<>(result.hits());
        result.twoOptions().ifPresent(t -> hits.addAll(List.of(t.first(), t.second())));
        for (Hit hit : hits) {
            text.append(hit.article().title()).append('\n');
            hit.sectionTitle().ifPresent(s -> text.append(s).append('\n'));
            hit.snippet().forEach(p -> text.append(Mrkdwn.escape(p.text()).replace('\n', ' ')));
            text.append('\n');
        }
        return text.toString();
    }
}
