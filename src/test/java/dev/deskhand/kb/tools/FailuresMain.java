package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints the misses of one evaluation run (tuning set only), for reading by hand. */
public final class FailuresMain {

    private FailuresMain() {
    }

    public static void main(String[] args) throws Exception {
        EvalData io = new EvalData();
        List<Article> docs = io.documents(Path.of(args[0]));
        Map<String, Article> byId = docs.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<EvalQuery> queries = io.queries(Path.of(args[1])).stream()
                .filter(q -> args.length < 3 || q.set().equals(args[2])).toList();
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("none"), Clock.systemUTC(), Runnable::run,
                RankingParameters.DEFAULT, ConfidenceModel.standard(),
                ConfidenceModel.SELF_CALIBRATION_DECLINES, dev.deskhand.testing.Encoders.miniLm())) {
            kb.load(docs, List.of(), Optional.empty(), System.nanoTime());
            for (EvalQuery q : queries) {
                var s = kb.score(q.text(), Set.of());
                var c = s.ranking().candidates();
                String top = c.isEmpty() ? "-" : c.get(0).id();
                if (q.inScope() && !q.expected().contains(top)) {
                    System.out.printf("%s | %s%n   want %s: %s%n   got  %s: %s  conf=%.2f %s%n", q.id(), q.text(),
                            q.expected().get(0), byId.get(q.expected().get(0)).title(), top,
                            c.isEmpty() ? "" : byId.get(top).title(), s.confidence(), s.features());
                }
            }
        }
    }
}
