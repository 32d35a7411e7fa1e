package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Search latency at 10,000 articles: the StackFAQ answers (one article each), repeated with a suffix until there
 * are 10,000, queried with the StackFAQ set A questions, one thread, in process. Run by hand:
 * {@code … dev.deskhand.kb.tools.BenchMain DATA ["cap=8 depth=50"]} (parameters as in {@link TuneMain}).
 */
public final class BenchMain {

    private static final int ROUNDS = 12;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval-data");
        EvalData io = new EvalData();
        List<Article> answers = io.documents(data.resolve("stackfaq/derived/kb_docs_answer_level.jsonl"));
        List<Article> articles = new ArrayList<>();
        for (int copy = 0; articles.size() < 10_000; copy++) {
            for (Article a : answers) {
                if (articles.size() == 10_000) {
                    break;
                }
                articles.add(new Article(a.id() + "-" + copy, a.title(), a.type(), a.tags(), a.aliases(), a.lang(),
                        a.owner(), a.updated(), a.reviewBy(), a.url(), a.source(), a.body() + " copy" + copy));
            }
        }
        List<EvalQuery> queries = io.queries(data.resolve("stackfaq/derived/queries.jsonl")).stream()
                .filter(q -> q.set().equals("A")).toList();
        RankingParameters parameters = args.length > 1 ? TuneMain.parse(args[1]) : RankingParameters.DEFAULT;
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("none"), Clock.systemUTC(), Runnable::run,
                parameters, ConfidenceModel.standard(),
                ConfidenceModel.SELF_CALIBRATION_DECLINES, dev.deskhand.testing.Encoders.miniLm())) {
            long t0 = System.nanoTime();
            kb.load(articles, List.of(), Optional.empty(), t0);
            System.out.printf("indexed %d articles in %d ms%n", articles.size(), (System.nanoTime() - t0) / 1_000_000);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            // The first rounds warm the JIT up; the machine is shared, so CPU time of this thread is shown too.
            for (int round = 0; round < ROUNDS; round++) {
                long[] micros = new long[queries.size()];
                long[] cpuMicros = new long[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    kb.search(SearchRequest.of(queries.get(i).text(), 5));
                    micros[i] = (System.nanoTime() - start) / 1_000;
                    cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
                }
                Arrays.sort(micros);
                Arrays.sort(cpuMicros);
                System.out.printf("round %d: wall p50=%d us p90=%d us p99=%d us | cpu p50=%d us p90=%d us%n", round,
                        micros[micros.length / 2], micros[micros.length * 9 / 10], micros[micros.length * 99 / 100],
                        cpuMicros[cpuMicros.length / 2], cpuMicros[cpuMicros.length * 9 / 10]);
            }
        }
    }
}
