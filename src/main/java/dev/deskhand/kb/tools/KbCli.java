package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.Hit;
import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.SearchRequest;
import dev.deskhand.kb.SearchResult;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.engine.IndexHome;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.ConfidenceModel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The knowledge-base subcommands, for {@code Main} to dispatch to:
 * <ul>
 *   <li>{@code kb [--json] <query…>} — search and print the top hits (or one JSON object);</li>
 *   <li>{@code kb lint [dir]} — print findings as {@code path: severity: message}; exit 1 when there are errors;</li>
 *   <li>{@code index} — build the index and print counts, skipped files and time;</li>
 *   <li>{@code eval --docs DOCS.jsonl --queries QUERIES.jsonl} — relevance metrics on labelled data.</li>
 * </ul>
 * Exit codes: 0 success, 1 lint errors, 2 usage errors (with a message on {@code err}).
 */
public final class KbCli {

    private static final int TOP = 5;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final SentenceEncoder encoder;
    private final double answerBar;
    private final IndexHome home;

    /**
     * @param clock   decides which review dates are past
     * @param encoder ranks by meaning as well as words ({@link SentenceEncoder#NONE} for words only)
     */
    public KbCli(Clock clock, SentenceEncoder encoder) {
        this(clock, encoder, ConfidenceModel.ANSWER_THRESHOLD);
    }

    /** @param answerBar the confidence at or above which the top hit is the answer ({@code KB_ANSWER_THRESHOLD}) */
    public KbCli(Clock clock, SentenceEncoder encoder, double answerBar) {
        this(clock, encoder, answerBar, IndexHome.NONE);
    }

    /** @param home the server's index on disk, opened read-only for {@code kb} and {@code index} when current */
    public KbCli(Clock clock, SentenceEncoder encoder, double answerBar, IndexHome home) {
        this.home = home;
        this.clock = clock;
        this.encoder = encoder;
        this.answerBar = answerBar;
    }

    /**
     * Runs one subcommand.
     *
     * @param args         the subcommand and its arguments, e.g. {@code ["kb", "--json", "refund policy"]}
     * @param knowledgeDir the folder of articles
     * @return the process exit code
     */
    public int run(List<String> args, Path knowledgeDir, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return usage(err, "missing subcommand");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "kb" -> !rest.isEmpty() && rest.get(0).equals("lint")
                    ? lint(rest.size() > 1 ? Path.of(rest.get(1)) : knowledgeDir, out, err)
                    : query(rest, knowledgeDir, out, err);
            case "index" -> index(knowledgeDir, out, err);
            case "eval" -> new EvalCommand(clock, RankingParameters.DEFAULT,
                    ConfidenceModel.standard().withThreshold(answerBar), encoder).run(rest, out, err);
            default -> usage(err, "unknown subcommand '" + args.get(0) + "'");
        };
    }

    private int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: kb [--json] \"<query>\" | kb lint [dir] | index"
                + " | eval --docs DOCS.jsonl --queries QUERIES.jsonl");
        return 2;
    }

    private int query(List<String> rest, Path knowledgeDir, PrintStream out, PrintStream err) {
        boolean asJson = !rest.isEmpty() && rest.get(0).equals("--json");
        List<String> words = asJson ? rest.subList(1, rest.size()) : rest;
        if (words.isEmpty() || String.join(" ", words).isBlank()) {
            return usage(err, "kb: missing query");
        }
        if (!Files.isDirectory(knowledgeDir)) {
            return usage(err, "kb: knowledge folder " + knowledgeDir + " does not exist");
        }
        try (LuceneKnowledgeBase kb = open(knowledgeDir)) {
            kb.reload();
            kb.awaitCalibration();
            SearchResult result = kb.search(new SearchRequest(String.join(" ", words), TOP, 0));
            if (asJson) {
                out.println(toJson(result));
            } else {
                printReadable(result, out);
            }
            return 0;
        }
    }

    private LuceneKnowledgeBase open(Path knowledgeDir) {
        // Nothing is watched from the command line; a spare thread only prepares the analyzers during a build.
        Executor spareThread = task -> {
            Thread thread = new Thread(task, "kb-cli");
            thread.setDaemon(true);
            thread.start();
        };
        return new LuceneKnowledgeBase(knowledgeDir, clock, spareThread, RankingParameters.DEFAULT,
                ConfidenceModel.standard().withThreshold(answerBar), ConfidenceModel.SELF_CALIBRATION_DECLINES,
                encoder, home);
    }

    private static void printReadable(SearchResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%s  [%s, confidence %.2f, %s]%n", r.query(), r.language(), r.confidence(),
                r.answered() ? "answered" : "no confident answer");
        r.didYouMean().ifPresent(s -> out.println("Did you mean: " + s + "?"));
        r.twoOptions().ifPresent(t -> out.println("Look-alikes, did you mean: " + t.first().article().title() + " or "
                + t.second().article().title() + "?"));
        if (r.hits().isEmpty()) {
            out.println("No matching articles.");
        }
        int rank = 1;
        for (Hit h : r.hits()) {
            Article a = h.article();
            out.printf(Locale.ROOT, "%d. %s  (%s, %s, %s)  score %.2f%n", rank++, a.title(), a.id(), a.type().key(),
                    a.lang(), h.score());
            h.sectionTitle().ifPresent(t -> out.println("   § " + t + h.sectionAnchor().map(x -> " (#" + x + ")")
                    .orElse("")));
            StringBuilder snippet = new StringBuilder();
            h.snippet().forEach(p -> snippet.append(p.matched() ? "[" + p.text() + "]" : p.text()));
            if (snippet.length() > 0) {
                out.println("   " + snippet);
            }
        }
    }

    String toJson(SearchResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", r.query());
        root.put("answered", r.answered());
        root.put("confidence", Math.round(r.confidence() * 1000) / 1000.0);
        root.put("did_you_mean", r.didYouMean().orElse(null));
        // Only present for look-alikes, so the usual answer's JSON stays as it was.
        r.twoOptions().ifPresent(t -> root.put("two_options", List.of(t.first().article().id(),
                t.second().article().id())));
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit h : r.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("id", h.article().id());
            hit.put("title", h.article().title());
            hit.put("type", h.article().type().key());
            hit.put("lang", h.article().lang());
            h.sectionTitle().ifPresent(t -> hit.put("section", t));
            hit.put("score", Math.round(h.score() * 1000) / 1000.0);
            hits.add(hit);
        }
        root.put("hits", hits);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }

    private int lint(Path folder, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(folder)) {
            return usage(err, "kb lint: " + folder + " is not a folder");
        }
        List<LintFinding> findings = new KbLinter(clock).lint(folder);
        findings.forEach(out::println);
        long errors = findings.stream().filter(f -> f.severity() == LintFinding.Severity.ERROR).count();
        out.printf(Locale.ROOT, "%d error(s), %d warning(s)%n", errors, findings.size() - errors);
        return errors > 0 ? 1 : 0;
    }

    private int index(Path knowledgeDir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(knowledgeDir)) {
            return usage(err, "index: knowledge folder " + knowledgeDir + " does not exist");
        }
        try (LuceneKnowledgeBase kb = open(knowledgeDir)) {
            IndexReport report = kb.reload();
            out.printf(Locale.ROOT, "articles=%d sections=%d skipped=%d time_ms=%d%n", report.articles(),
                    report.sections(), report.skipped().size(), report.took().toMillis());
            report.skipped().forEach(s -> out.println("skipped " + s.path() + ": " + s.reason()));
            return 0;
        }
    }
}
