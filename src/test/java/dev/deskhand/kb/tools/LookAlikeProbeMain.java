package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.Candidate;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.KbSearcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the top two candidates of every tuning-set query with what a look-alike decision could use (scores,
 * meaning, headlines), tab-separated, for measuring look-alike mechanisms by hand on the fit side.
 */
public final class LookAlikeProbeMain {

    private LookAlikeProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("knowledge"), Clock.systemUTC(), Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                dev.deskhand.testing.Encoders.miniLm())) {
            kb.reload();
            kb.awaitCalibration();
            for (String file : args) {
                for (String line : Files.readAllLines(Path.of(file))) {
                    var n = json.readTree(line);
                    String text = n.get("query").asText();
                    List<String> expected = json.convertValue(n.get("expected"), List.class);
                    KbSearcher.Scored s = kb.score(text, Set.of());
                    List<Candidate> c = s.ranking().candidates();
                    StringBuilder out = new StringBuilder();
                    out.append(TuningSplit.of(text)).append('\t').append(n.path("set").asText()).append('\t')
                            .append(n.path("pair").asText("-")).append('\t').append(String.join(",", expected))
                            .append('\t').append(text).append('\t')
                            .append(String.format(Locale.ROOT, "%.4f", s.confidence())).append('\t')
                            .append(s.answered() ? (s.twoOptions() ? "two" : "true") : "false");
                    for (int i = 0; i < 3; i++) {
                        if (i < c.size()) {
                            Candidate x = c.get(i);
                            Article a = kb.article(x.id()).orElseThrow();
                            out.append('\t').append(x.id()).append('\t')
                                    .append(String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f", x.score(), x.meaning(),
                                            x.articleScore() + x.passageScore()))
                                    .append('\t').append((a.title() + " | " + String.join(" | ", a.aliases()))
                                            .replace('\t', ' '));
                        } else {
                            out.append("\t-\t0\t0\t0\t-");
                        }
                    }
                    System.out.println(out);
                }
            }
        }
    }
}
