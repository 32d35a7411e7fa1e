package dev.deskhand.kb.tools;

import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.Candidate;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.KbSearcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints one tab-separated line per tuning-set query (split, in scope, top-1 right, answered, confidence, top three
 * ids, feature vector, text, expected ids, did-you-mean) against the starter knowledge base, for fitting and reading by hand.
 */
public final class TuningDumpMain {

    private TuningDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        List<EvalQuery> queries = new EvalData().queries(Path.of(args[0]));
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("knowledge"), Clock.systemUTC(), Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                dev.deskhand.testing.Encoders.miniLm())) {
            kb.reload();
            kb.awaitCalibration();
            for (EvalQuery q : queries) {
                KbSearcher.Scored s = kb.score(q.text(), Set.of());
                List<String> top = s.ranking().candidates().stream().limit(3).map(Candidate::id).toList();
                boolean right = !top.isEmpty() && q.expected().contains(top.get(0));
                System.out.println(String.join("\t", TuningSplit.of(q.text()).name(), String.valueOf(q.inScope()),
                        String.valueOf(right), String.valueOf(s.answered()),
                        String.format(Locale.ROOT, "%.3f", s.confidence()), String.join(",", top),
                        Arrays.stream(s.features().vector()).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v))
                                .collect(Collectors.joining(",")), q.text(), String.join(",", q.expected()), s.didYouMean().orElse("")));
            }
        }
    }
}
