package dev.deskhand.bench;

import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the benchmark suite; {@code bench/run.sh} calls one scenario per JVM so each starts with a clean
 * heap. Scenarios: {@code generate}, {@code search}, {@code http}, {@code startup}, {@code digest}, {@code side} (side
 * by side with the peer in {@code bench/peer}), {@code cpu} (CPU time per search in process, meaning on and off,
 * with an optional fingerprint of every answer).
 */
public final class Bench {

    static final long SEED = 20261123L;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench generate|search|http|startup|digest|side|cpu [--option value ...]");
            System.exit(2);
        }
        Options o = new Options(Arrays.asList(args).subList(1, args.length));
        Report report = new Report(o.path("results", "bench/out/results.tsv"));
        Path knowledge = o.path("knowledge", "knowledge");
        Path evalData = o.path("eval-data", "../shared/eval-data");
        switch (args[0]) {
            case "generate" -> generate(o, report, knowledge, evalData);
            case "search" -> search(o, report, knowledge, evalData);
            case "http" -> new HttpBench(report, o).run();
            case "startup" -> new StartupBench(report, o).run();
            case "digest" -> new DigestBench(report, o).run();
            case "side" -> new SideBySide(report, o).run();
            case "memory" -> new MemoryBench(report, o).run();
            case "cpu" -> new CpuPerSearch(report, o, knowledge, evalData).run();
            default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        }
    }

    private static void generate(Options o, Report report, Path knowledge, Path evalData) {
        Path out = o.path("out", "bench/out/kb");
        long started = System.nanoTime();
        WordPool pool = WordPool.load(knowledge, evalData);
        SyntheticKb generator = new SyntheticKb(pool);
        for (int size : o.integers("sizes", "1000,10000,100000")) {
            Path dir = out.resolve("kb-" + size);
            long t0 = System.nanoTime();
            long bytes = generator.write(dir, size, SEED);
            String label = label(size);
            report.figure("generate", label, "Markdown on disk", bytes / 1048576.0, "MiB");
            report.figure("generate", label, "generation time", (System.nanoTime() - t0) / 1e9, "s");
        }
        report.note("generate", "word pool", String.join(", ", pool.describe()) + "; seed " + SEED + "; "
                + String.format("%.1f s", (System.nanoTime() - started) / 1e9));
    }

    private static void search(Options o, Report report, Path knowledge, Path evalData) throws Exception {
        String kb = o.text("kb", "starter");
        boolean starter = kb.equals("starter");
        Path folder = starter ? knowledge : Path.of(kb);
        int articles = starter ? -1 : o.integer("articles", -1);
        String label = starter ? "starter KB" : label(articles);
        List<String> queries = Queries.fromEvalData(evalData, o.integer("per-set", 500), SEED);
        List<String> sets = queries == null ? List.of() : Queries.SET_NAMES;
        if (queries == null) {
            try (LuceneKnowledgeBase starterKb = new LuceneKnowledgeBase(knowledge, Clock.systemUTC(), Runnable::run)) {
                starterKb.reload();
                queries = Queries.fromArticles(starterKb.articles(), SEED);
            }
            report.note("search", label, "no evaluation data at " + evalData
                    + "; using the starter KB's titles and aliases as queries");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no knowledge folder at " + folder);
        }
        new SearchBench(report, new SearchBench.Settings(label, folder, articles, queries, sets, o.integer("warmup", 500),
                o.decimal("seconds", 20), o.integer("reloads", 0), o.decimal("reload-cap", 120),
                o.decimal("build-cap", 3600))).run();
    }

    static String label(int articles) {
        if (articles >= 1_000_000 && articles % 1_000_000 == 0) {
            return (articles / 1_000_000) + "M articles";
        }
        return articles >= 1000 && articles % 1000 == 0 ? (articles / 1000) + "k articles" : articles + " articles";
    }
}
