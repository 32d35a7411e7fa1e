package dev.deskhand.kb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With meaning on, an article whose passages have no vectors — past the cap of encoded passages, or in a language
 * the encoder does not read — is still found by a word only it contains, right after the edit that added the word.
 * It used to count as unrelated in meaning: every article meaning added outranked it and the answer was declined,
 * so at 10,000 articles an edited article was never found by its new word.
 */
class MeaningUnknownTest {

    /** Letter counts scaled to unit length: any two English texts are fairly close, as a real model's often are. */
    static final class LetterEncoder implements SentenceEncoder {
        @Override
        public boolean understands(String lang) {
            return lang.equals("en");
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String text : texts) {
                float[] v = new float[26];
                text.toLowerCase().chars().filter(c -> c >= 'a' && c <= 'z').forEach(c -> v[c - 'a']++);
                v[0] += 0.5f;
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] /= (float) Math.sqrt(norm);
                }
                out.add(v);
            }
            return out;
        }

        @Override
        public String id() {
            return "letters";
        }
    }

    private static final String[] WORDS = {"order", "parcel", "refund", "invoice", "login", "password", "printer",
        "badge", "laptop", "account", "delivery", "voucher", "meeting", "holiday", "expense", "payroll"};

    @TempDir
    Path tmp;

    private LuceneKnowledgeBase open(Path folder) {
        LuceneKnowledgeBase kb = new LuceneKnowledgeBase(folder, KbFixture.CLOCK, Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), 0, new LetterEncoder(),
                IndexHome.writable(tmp.resolve("data/kb/index")));
        kb.reload();
        return kb;
    }

    /** Twelve question-like passages per article (the title and eleven aliases), so 900 articles pass the cap. */
    private static void write(Path folder, int n, String lang) throws IOException {
        StringBuilder s = new StringBuilder("---\nid: a-" + String.format("%04d", n) + "\ntitle: \"")
                .append(WORDS[n % WORDS.length]).append(' ').append(WORDS[(n / 3) % WORDS.length])
                .append(" question\"\ntype: faq\nlang: ").append(lang).append("\naliases:\n");
        for (int a = 0; a < 11; a++) {
            s.append("  - \"").append(WORDS[(n + a) % WORDS.length]).append(' ')
                    .append(WORDS[(n * 7 + a * 5) % WORDS.length]).append(" help\"\n");
        }
        s.append("---\n").append("How to handle a ").append(WORDS[n % WORDS.length]).append(" request for the ")
                .append(WORDS[(n * 3) % WORDS.length]).append(" team, step by step, with the usual checks.\n");
        Files.writeString(folder.resolve(String.format("a-%04d.md", n)), s.toString(), StandardCharsets.UTF_8);
    }

    private static void appendWord(Path folder, int n, String word) throws IOException {
        Files.writeString(folder.resolve(String.format("a-%04d.md", n)), "\nThe " + word + " procedure applies here.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void articlePastTheVectorCapIsFoundByAWordAnEditAdded() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("knowledge"));
        for (int n = 0; n < 900; n++) {
            write(folder, n, "en");
        }
        try (LuceneKnowledgeBase kb = open(folder)) {
            // GIVEN an article whose passages lie past the 10,000 encoded ones, and one well within them
            appendWord(folder, 880, "zqvexillum");
            appendWord(folder, 10, "zqbrumalis");
            // WHEN both edits are applied
            kb.reload();
            // THEN each new word finds its article and answers with it
            SearchResult late = kb.search(SearchRequest.of("zqvexillum", 3));
            assertEquals("a-0880", late.hits().get(0).article().id());
            assertTrue(late.answered(), "confidence " + late.confidence());
            SearchResult early = kb.search(SearchRequest.of("zqbrumalis", 3));
            assertEquals("a-0010", early.hits().get(0).article().id());
            assertTrue(early.answered(), "confidence " + early.confidence());
        }
    }

    @Test
    void articleInALanguageTheEncoderDoesNotReadIsFoundByItsOwnWord() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("knowledge"));
        for (int n = 0; n < 30; n++) {
            write(folder, n, n == 7 ? "ko" : "en");
        }
        try (LuceneKnowledgeBase kb = open(folder)) {
            appendWord(folder, 7, "zqvexillum");
            kb.reload();
            SearchResult result = kb.search(SearchRequest.of("zqvexillum", 3));
            assertEquals("a-0007", result.hits().get(0).article().id());
            assertTrue(result.answered(), "confidence " + result.confidence());
        }
    }
}
