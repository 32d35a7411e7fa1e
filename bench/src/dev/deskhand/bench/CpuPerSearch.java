package dev.deskhand.bench;

import dev.deskhand.kb.Hit;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.SnippetPart;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.semantic.MiniLmEncoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Scenario {@code cpu}: the CPU time one search costs inside the process, with meaning search on and off, on the
 * starter knowledge base — the number that decides CPU per {@code /kb} request, without HTTP, Bolt or the machine's
 * other tenants in it (thread CPU time does not grow when other processes compete for the cores; wall time does).
 *
 * <p>Each mode builds the index, waits for its self-calibration, warms up on one set of questions and then measures
 * {@code passes} passes over a disjoint set, every question asked once per pass (the texts are distinct, so the
 * answer cache never answers one). Each pass builds a new knowledge base from the same files, so its caches start
 * as empty as the first pass's did. {@code --fingerprint true} prints a
 * SHA-256 over every measured question's full result (order, ids, scores and confidence to the bit, snippets,
 * corrections), so an optimisation can show that it leaves every answer exactly as it was.
 */
final class CpuPerSearch {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Report report;
    private final Options options;
    private final Path knowledge;
    private final Path evalData;

    CpuPerSearch(Report report, Options options, Path knowledge, Path evalData) {
        this.report = report;
        this.options = options;
        this.knowledge = knowledge;
        this.evalData = evalData;
    }

    void run() throws Exception {
        int warmup = options.integer("warmup", 1000);
        int measured = options.integer("questions", 2000);
        boolean fingerprint = Boolean.parseBoolean(options.text("fingerprint", "false"));
        List<String> all = distinct(Queries.fromEvalData(evalData, (warmup + measured) / 4 + 50, Bench.SEED));
        if (all.size() < warmup + measured) {
            throw new IllegalArgumentException("only " + all.size() + " distinct questions in " + evalData);
        }
        List<String> warm = all.subList(0, warmup);
        List<String> questions = all.subList(warmup, warmup + measured);
        for (String mode : options.text("modes", "on,off").split(",")) {
            measure(mode.trim(), warm, questions, fingerprint);
        }
    }

    private void measure(String mode, List<String> warm, List<String> questions, boolean fingerprint)
            throws Exception {
        boolean meaning = mode.equals("on");
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kb-index");
            t.setDaemon(true);
            return t;
        });
        ExecutorService encoding = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kb-encode");
            t.setDaemon(true);
            return t;
        });
        SentenceEncoder encoder = meaning ? new MiniLmEncoder(encoding) : SentenceEncoder.NONE;
        String subject = "starter KB, meaning " + mode;
        try {
            int passes = options.integer("passes", 3);
            Latencies cpu = new Latencies();
            Map<String, Latencies> byLanguage = new LinkedHashMap<>();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int answered = 0;
            for (int pass = 0; pass < passes; pass++) {
                // A new knowledge base per pass (same files, same answers): its answer and vector caches start
                // empty, so a repeated pass costs what the first did.
                try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(knowledge, Clock.systemUTC(), threads,
                        encoder)) {
                    kb.reload();
                    kb.awaitCalibration();
                    for (String q : warm) {
                        kb.search(new SearchRequest(q, 3, 0));
                    }
                    for (String q : questions) {
                        long start = CPU.getCurrentThreadCpuTime();
                        SearchResult result = kb.search(new SearchRequest(q, 3, 0));
                        long spent = CPU.getCurrentThreadCpuTime() - start;
                        cpu.add(spent);
                        byLanguage.computeIfAbsent(result.language(), l -> new Latencies()).add(spent);
                        if (pass == 0) {
                            answered += result.answered() ? 1 : 0;
                            if (fingerprint) {
                                digest.update(describe(q, result).getBytes(StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            report.figure("cpu", subject, "CPU per search mean", cpu.meanMillis(), "ms");
            report.figure("cpu", subject, "CPU per search p50", cpu.millis(50), "ms");
            report.figure("cpu", subject, "CPU per search p99", cpu.millis(99), "ms");
            report.figure("cpu", subject, "searches measured", cpu.count(), "");
            report.figure("cpu", subject, "answered share", 100.0 * answered / questions.size(), "%");
            List<String> languages = new ArrayList<>();
            byLanguage.forEach((lang, l) -> languages.add(String.format("%s %d: mean %.2f ms, p50 %.2f ms", lang,
                    l.count(), l.meanMillis(), l.millis(50))));
            report.note("cpu", subject, "by language: " + String.join("; ", languages));
            if (fingerprint) {
                report.note("cpu", subject, "fingerprint " + HexFormat.of().formatHex(digest.digest()) + " over "
                        + questions.size() + " questions, top 3 each");
            }
        } finally {
            if (encoder instanceof MiniLmEncoder model) {
                model.close();
            }
            threads.shutdownNow();
            encoding.shutdownNow();
        }
    }

    /** Everything a user could see of a result, numbers to the bit, one line per question. */
    static String describe(String question, SearchResult r) {
        StringBuilder s = new StringBuilder(question).append('\u0001').append(r.query()).append('|')
                .append(r.answered()).append('|').append(Long.toHexString(Double.doubleToLongBits(r.confidence())))
                .append('|').append(r.didYouMean().orElse("-")).append('|').append(r.language()).append('|')
                .append(r.totalHits());
        for (Hit h : r.hits()) {
            hit(s.append("\u0002"), h);
        }
        r.twoOptions().ifPresent(t -> hit(hit(s.append("\u0003"), t.first()).append('/'), t.second()));
        return s.append('\n').toString();
    }

    private static StringBuilder hit(StringBuilder s, Hit h) {
        s.append(h.article().id()).append('|').append(h.sectionTitle().orElse("-")).append('|')
                .append(h.sectionAnchor().orElse("-")).append('|')
                .append(Long.toHexString(Double.doubleToLongBits(h.score())));
        for (SnippetPart p : h.snippet()) {
            s.append(p.matched() ? '[' : '(').append(p.text());
        }
        return s;
    }

    /** The texts in order, each once (the answer cache would otherwise answer a repeated one for free). */
    private static List<String> distinct(List<String> texts) {
        if (texts == null) {
            throw new IllegalArgumentException("the cpu scenario needs the evaluation data (--eval-data)");
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String t : texts) {
            seen.putIfAbsent(t.strip().replaceAll("\\s+", " "), t);
        }
        return new ArrayList<>(seen.values());
    }
}
