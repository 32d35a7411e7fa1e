package dev.deskhand.bench;

import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * In-process knowledge base: index build time and size, search latency and throughput with one and two threads,
 * and (optionally) hot reload — the time from editing one file to its new word being found — with the folder
 * watcher running, exactly as the server runs it.
 */
final class SearchBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Report report;
    private final Settings settings;

    /** What to measure; caps keep every loop bounded by count and by time. */
    record Settings(String label, Path folder, int articles, List<String> queries, List<String> setNames, int warmup,
                    double secondsPerRun, int reloads, double reloadCapSeconds, double buildCapSeconds) {
    }

    SearchBench(Report report, Settings settings) {
        this.report = report;
        this.settings = settings;
    }

    void run() throws Exception {
        String kb = settings.label();
        ExecutorService kbThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kb-index");
            t.setDaemon(true);
            return t;
        });
        long heapBefore = IndexProbe.heapAfterGc();
        LuceneKnowledgeBase index = new LuceneKnowledgeBase(settings.folder(), Clock.systemUTC(), kbThreads);
        long started = System.nanoTime();
        // The watcher gets its own thread, as in the server (Wiring's kb-watch): it holds it while watching.
        ExecutorService watchThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kb-watch");
            t.setDaemon(true);
            return t;
        });
        Thread builder = new Thread(() -> index.start(watchThread), "kb-build");
        builder.setDaemon(true);
        builder.start();
        builder.join((long) (settings.buildCapSeconds() * 1000));
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        if (builder.isAlive()) {
            report.note("index", kb, String.format("build not finished after the %.0f s cap; nothing else measured "
                    + "at this size", settings.buildCapSeconds()));
            report.figure("index", kb, "build time", Double.NaN, "s", Report.Goal.AT_MOST, 30);
            System.exit(0);
        }
        IndexReport built = index.lastReport().orElseThrow();
        report.figure("index", kb, "articles indexed", built.articles(), "");
        report.figure("index", kb, "skipped files", built.skipped().size(), "");
        if (settings.articles() >= 100_000) {
            report.figure("index", kb, "build time", buildSeconds, "s", Report.Goal.AT_MOST, 30);
        } else {
            report.figure("index", kb, "build time", buildSeconds, "s");
        }
        IndexProbe.Size size = IndexProbe.size(index);
        report.figure("index", kb, "Lucene documents", size.documents(), "");
        report.figure("index", kb, "Lucene index size", size.bytes() / 1048576.0, "MiB");
        report.figure("index", kb, "heap retained", (IndexProbe.heapAfterGc() - heapBefore) / 1048576.0, "MiB");

        List<String> queries = settings.queries();
        measure(index, queries.subList(0, Math.min(settings.warmup(), queries.size())), 1, null);
        for (int threads = 1; threads <= 2; threads++) {
            measure(index, queries, threads, kb);
        }
        for (int i = 0; i < settings.reloads(); i++) {
            hotReload(index, i);
        }
        index.close();
        kbThreads.shutdownNow();
    }

    /** Runs the queries split over {@code threads}; reports when {@code kb} is not null (null = warm-up). */
    private void measure(LuceneKnowledgeBase index, List<String> queries, int threads, String kb)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (settings.secondsPerRun() * 1e9);
        List<Latencies> perThread = new ArrayList<>();
        List<Latencies> cpuPerThread = new ArrayList<>();
        int sets = settings.setNames().size();
        List<Latencies> cpuPerSet = new ArrayList<>();
        for (int s = 0; s < Math.max(1, sets); s++) {
            cpuPerSet.add(new Latencies());
        }
        List<Thread> workers = new ArrayList<>();
        int[] answered = new int[threads];
        for (int t = 0; t < threads; t++) {
            Latencies latencies = new Latencies();
            Latencies cpu = new Latencies();
            perThread.add(latencies);
            cpuPerThread.add(cpu);
            int first = t;
            workers.add(new Thread(() -> {
                for (int i = first; i < queries.size() && System.nanoTime() < deadline; i += threads) {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    SearchResult result = index.search(new SearchRequest(queries.get(i), 3, 0));
                    latencies.add(System.nanoTime() - start);
                    long spent = CPU.getCurrentThreadCpuTime() - cpuStart;
                    cpu.add(spent);
                    cpuPerSet.get(sets == 0 ? 0 : i % sets).add(spent);
                    if (result.answered()) {
                        answered[first]++;
                    }
                }
            }, "search-" + t));
        }
        long started = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (kb == null) {
            return;
        }
        Latencies all = new Latencies();
        perThread.forEach(all::addAll);
        Latencies cpu = new Latencies();
        cpuPerThread.forEach(cpu::addAll);
        String subject = kb + ", " + threads + (threads == 1 ? " thread" : " threads");
        boolean target = settings.articles() == 10_000 && threads == 1;
        if (target) {
            report.figure("search", subject, "p50", all.millis(50), "ms", Report.Goal.AT_MOST, 1);
        } else {
            report.figure("search", subject, "p50", all.millis(50), "ms");
        }
        report.figure("search", subject, "p95", all.millis(95), "ms");
        report.figure("search", subject, "p99", all.millis(99), "ms");
        // CPU time per query does not grow when other processes compete for the cores; wall time does.
        report.figure("search", subject, "CPU time p50", cpu.millis(50), "ms");
        report.figure("search", subject, "CPU time p99", cpu.millis(99), "ms");
        report.figure("search", subject, "QPS", all.count() / seconds, "q/s");
        report.figure("search", subject, "queries run", all.count(), "");
        int totalAnswered = 0;
        for (int a : answered) {
            totalAnswered += a;
        }
        report.figure("search", subject, "answered share", 100.0 * totalAnswered / Math.max(1, all.count()), "%");
        if (sets > 0 && threads == 1) {
            List<String> bySet = new ArrayList<>();
            for (int s = 0; s < sets; s++) {
                bySet.add(String.format("%s %.2f ms", settings.setNames().get(s), cpuPerSet.get(s).millis(50)));
            }
            report.note("search", subject, "CPU time p50 by query set: " + String.join(", ", bySet));
        }
    }

    /** Appends a unique word to one article and polls until a search for it finds that article. */
    private void hotReload(LuceneKnowledgeBase index, int attempt) throws IOException, InterruptedException {
        int victim = settings.articles() / 2 + attempt;
        Path file = SyntheticKb.find(settings.folder(), victim);
        String marker = "quokkamarker" + (char) ('a' + attempt) + "zed";
        String id = SyntheticKb.id(victim);
        long builtBefore = index.lastReport().orElseThrow().took().toMillis();
        long started = System.nanoTime();
        Files.writeString(file, "\nThe " + marker + " procedure applies here.\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        long deadline = started + (long) (settings.reloadCapSeconds() * 1e9);
        boolean found = false;
        int polls = 0;
        while (System.nanoTime() < deadline && !found) {
            SearchResult result = index.search(new SearchRequest(marker, 3, 0));
            found = result.hits().stream().anyMatch(h -> h.article().id().equals(id));
            polls++;
            if (!found) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String subject = settings.label() + ", edit " + (attempt + 1);
        if (!found) {
            report.note("reload", subject, "not searchable within " + settings.reloadCapSeconds() + " s");
            report.figure("reload", subject, "edit to searchable", Double.NaN, "s", Report.Goal.AT_MOST, 1);
            return;
        }
        report.figure("reload", subject, "edit to searchable", seconds, "s", Report.Goal.AT_MOST, 1);
        report.figure("reload", subject, "of which rebuild", index.lastReport().orElseThrow().took().toMillis() / 1e3,
                "s");
        report.note("reload", subject, polls + " polls; previous build took " + builtBefore + " ms");
    }
}
