package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.Candidate;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.KbSearcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parameter sweep on StackFAQ set A only (the tuning set). Not a test: run by hand with
 * {@code java -cp … dev.deskhand.kb.tools.TuneMain ../shared/eval-data}.
 */
public final class TuneMain {

    private TuneMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval-data");
        EvalData io = new EvalData();
        List<Article> docs = io.documents(data.resolve("stackfaq/derived/kb_docs.jsonl"));
        List<EvalQuery> queries = io.queries(data.resolve("stackfaq/derived/queries.jsonl")).stream()
                .filter(q -> q.set().equals("A")).toList();
        List<RankingParameters> grid = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            grid.add(parse(args[i]));
        }
        if (grid.isEmpty()) {
            grid.add(RankingParameters.DEFAULT);
        }
        for (RankingParameters p : grid) {
            try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("none"), Clock.systemUTC(), Runnable::run,
                    p, ConfidenceModel.standard(),
                ConfidenceModel.SELF_CALIBRATION_DECLINES, dev.deskhand.testing.Encoders.miniLm())) {
                kb.load(docs, List.of(), Optional.empty(), System.nanoTime());
                List<EvalOutcome> outcomes = new ArrayList<>();
                for (EvalQuery q : queries) {
                    var s = kb.score(q.text(), Set.of());
                    outcomes.add(new EvalOutcome(s.ranking().candidates().stream().limit(10).map(Candidate::id)
                            .toList(), KbSearcher.isAnswered(s)));
                }
                System.out.println(EvalMetrics.compute(queries, outcomes).recallLine() + "  " + describe(p));
            }
        }
    }

    /** "k1=1.2 b=0.75 title=3 alias=3 tag=2 tie=0.3 passage=1 stem=PORTER stop=LUCENE" (any subset). */
    static RankingParameters parse(String spec) {
        RankingParameters d = RankingParameters.DEFAULT;
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : spec.trim().split("\\s+")) {
            if (part.contains("=")) {
                kv.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
            }
        }
        java.util.function.BiFunction<String, Float, Float> f =
                (k, def) -> kv.containsKey(k) ? Float.parseFloat(kv.get(k)) : def;
        return new RankingParameters(f.apply("k1", d.k1()), f.apply("b", d.b()), f.apply("title", d.titleWeight()),
                f.apply("alias", d.aliasWeight()), f.apply("tag", d.tagWeight()), f.apply("tie", d.fieldTie()),
                f.apply("passage", d.passageWeight()), f.apply("decay", d.passageDecay()),
                kv.containsKey("stem") ? KbAnalyzers.Stemmer.valueOf(kv.get("stem")) : d.stemmer(),
                kv.containsKey("stop") ? KbAnalyzers.StopWords.valueOf(kv.get("stop")) : d.stopWords(),
                f.apply("gram", d.gramWeight()), f.apply("depth", (float) d.articleDepth()).intValue());
    }

    private static String describe(RankingParameters p) {
        return String.format(Locale.ROOT,
                "k1=%.2f b=%.2f title=%.1f tie=%.2f passage=%.1f decay=%.2f %s %s gram=%.2f depth=%d",
                p.k1(), p.b(), p.titleWeight(), p.fieldTie(), p.passageWeight(), p.passageDecay(), p.stemmer(),
                p.stopWords(), p.gramWeight(), p.articleDepth());
    }
}
