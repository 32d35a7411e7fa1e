package dev.deskhand.kb.tools;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.engine.LuceneKnowledgeBase;
import dev.deskhand.kb.index.RankingParameters;
import dev.deskhand.kb.rank.Candidate;
import dev.deskhand.kb.rank.ConfidenceModel;
import dev.deskhand.kb.rank.KbSearcher;
import dev.deskhand.kb.rank.LogisticFit;
import dev.deskhand.kb.rank.SelfCalibration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * {@code eval --docs DOCS.jsonl --queries QUERIES.jsonl [--set A] [--leave-one-out] [--calibrate]}: indexes the
 * documents through the product's own loading, analysis and ranking, runs every query and prints the metrics.
 * {@code --leave-one-out} also runs each in-scope query with its own article removed (it is then out of scope)
 * and reports how often that was declined; {@code --calibrate} fits the confidence weights on those two groups.
 */
final class EvalCommand {

    private final Clock clock;
    private final RankingParameters parameters;
    private final ConfidenceModel confidence;
    private final SentenceEncoder encoder;

    EvalCommand(Clock clock, RankingParameters parameters, ConfidenceModel confidence, SentenceEncoder encoder) {
        this.clock = clock;
        this.parameters = parameters;
        this.confidence = confidence;
        this.encoder = encoder;
    }

    /** Parsed options. */
    record Options(Optional<Path> docs, Optional<Path> knowledge, Path queries, Optional<String> set,
                   Optional<TuningSplit> split, boolean leaveOneOut, boolean calibrate, double l2,
                   double selfCalibration, Optional<Path> train, int folds, Optional<Path> features) {
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<Options> options = parse(args, err);
        if (options.isEmpty()) {
            err.println("usage: eval (--docs DOCS.jsonl | --knowledge DIR) --queries QUERIES.jsonl [--set NAME]"
                    + " [--split fit|holdout] [--leave-one-out] [--calibrate [--l2 STRENGTH]] [--self-calibration SHARE]"
                    + " [--train TRAIN.csv [--folds K]] [--features OUT.tsv]");
            return 2;
        }
        Options o = options.get();
        EvalData data = new EvalData();
        List<Article> docs;
        List<EvalQuery> queries;
        try {
            docs = o.docs().isPresent() ? data.documents(o.docs().get()) : List.of();
            if (o.train().isPresent()) {
                return runTrain(o, docs, TrainSplit.read(o.train().get(), docs, o.folds()), out);
            }
            queries = data.queries(o.queries()).stream()
                    .filter(q -> o.set().isEmpty() || o.set().get().equals(q.set()))
                    .filter(q -> o.split().isEmpty() || o.split().get() == TuningSplit.of(q.text())).toList();
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        Executor unused = Runnable::run;
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(o.knowledge().orElse(Path.of("eval-has-no-folder")),
                clock, unused, parameters, confidence, o.selfCalibration(), encoder)) {
            if (o.knowledge().isPresent()) {
                // A knowledge folder (articles + synonyms.txt) is loaded exactly as the product loads it.
                kb.reload();
                kb.awaitCalibration();
            } else {
                kb.load(docs, List.of(), Optional.empty(), System.nanoTime());
            }
            kb.calibration().flatMap(SelfCalibration::describe).ifPresent(err::println);
            List<EvalOutcome> outcomes = new ArrayList<>();
            List<Labelled> positives = new ArrayList<>();
            List<Labelled> negatives = new ArrayList<>();
            for (EvalQuery q : queries) {
                KbSearcher.Scored s = kb.score(q.text(), Set.of());
                outcomes.add(outcome(s));
                // The label is "this query has an answer in the index": a labelled out-of-scope query has none.
                (q.inScope() ? positives : negatives).add(Labelled.of(q.text(), s));
            }
            EvalMetrics metrics = EvalMetrics.compute(queries, outcomes);
            out.println(metrics.recallLine());
            out.println(metrics.answerLine());
            if (metrics.outOfScope() > 0) {
                out.println(metrics.declineLine());
            }
            if (o.leaveOneOut() || (o.calibrate() && negatives.isEmpty())) {
                // Without labelled out-of-scope queries, each in-scope query's leave-one-out twin stands in for one.
                negatives.clear();
                int declined = 0;
                int n = 0;
                for (EvalQuery q : queries) {
                    if (!q.inScope()) {
                        continue;
                    }
                    KbSearcher.Scored s = kb.score(q.text(), Set.copyOf(q.expected()));
                    n++;
                    declined += outcome(s).answered() ? 0 : 1;
                    negatives.add(Labelled.of(q.text(), s));
                }
                out.printf(Locale.ROOT, "leave_one_out_declined=%.3f wrongly_declined_in_scope=%.3f n=%d%n",
                        n == 0 ? 0.0 : (double) declined / n, metrics.wronglyDeclinedInScope(), n);
            }
            finish(o, positives, negatives, out);
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /**
     * The train split asked fold by fold: each fold's sentences leave the articles' bodies, then each is asked
     * with its article in the index (answerable) and with its article left out (a near out-of-scope question).
     */
    private int runTrain(Options o, List<Article> docs, List<TrainSplit.Example> examples, PrintStream out)
            throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        List<EvalOutcome> outcomes = new ArrayList<>();
        List<Labelled> positives = new ArrayList<>();
        List<Labelled> negatives = new ArrayList<>();
        int leftOutDeclined = 0;
        Executor unused = Runnable::run;
        for (int fold = 0; fold < o.folds(); fold++) {
            try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(Path.of("eval-has-no-folder"), clock, unused,
                    parameters, confidence, o.selfCalibration(), encoder)) {
                kb.load(TrainSplit.without(docs, examples, fold), List.of(), Optional.empty(), System.nanoTime());
                kb.awaitCalibration();
                for (TrainSplit.Example e : examples) {
                    if (e.fold() != fold) {
                        continue;
                    }
                    KbSearcher.Scored s = kb.score(e.text(), Set.of());
                    queries.add(new EvalQuery(e.text(), e.text(), List.of(e.articleId()), "train"));
                    outcomes.add(outcome(s));
                    positives.add(Labelled.of(e.text(), s));
                    KbSearcher.Scored left = kb.score(e.text(), Set.of(e.articleId()));
                    leftOutDeclined += outcome(left).answered() ? 0 : 1;
                    negatives.add(Labelled.of(e.text(), left));
                }
            }
        }
        EvalMetrics metrics = EvalMetrics.compute(queries, outcomes);
        out.println(metrics.recallLine());
        out.println(metrics.answerLine());
        out.printf(Locale.ROOT, "leave_one_out_declined=%.3f wrongly_declined_in_scope=%.3f n=%d folds=%d%n",
                queries.isEmpty() ? 0.0 : (double) leftOutDeclined / queries.size(),
                metrics.wronglyDeclinedInScope(), queries.size(), o.folds());
        finish(o, positives, negatives, out);
        return 0;
    }

    /** Writes the feature vectors when asked and fits the commonest kind's weights when asked. */
    private void finish(Options o, List<Labelled> positives, List<Labelled> negatives, PrintStream out)
            throws IOException {
        if (o.features().isPresent()) {
            List<String> rows = new ArrayList<>();
            positives.forEach(l -> rows.add(l.row(true)));
            negatives.forEach(l -> rows.add(l.row(false)));
            java.nio.file.Files.write(o.features().get(), rows, java.nio.charset.StandardCharsets.UTF_8);
        }
        {
            if (o.calibrate() && !positives.isEmpty()) {
                // Each kind of query (meaning, Korean, English words) has its own weights: fit the commonest kind.
                int kind = positives.stream().collect(java.util.stream.Collectors.groupingBy(Labelled::kind,
                        java.util.stream.Collectors.counting())).entrySet().stream()
                        .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
                List<LogisticFit.Example> examples = new ArrayList<>();
                positives.stream().filter(l -> l.kind() == kind).forEach(l -> examples.add(
                        new LogisticFit.Example(l.x(), true)));
                negatives.stream().filter(l -> l.kind() == kind).forEach(l -> examples.add(
                        new LogisticFit.Example(l.x(), false)));
                double[] weights = LogisticFit.fit(examples, new double[examples.get(0).x().length], o.l2(),
                        20_000);
                out.println("fitted_weights(kind " + kind + ")=" + Arrays.toString(weights));
                printThresholds(confidence.with(kind, weights), positives, negatives, out);
            }
        }
    }

    /** One query's feature vector, the kind of weights that scores it and its length in words. */
    private record Labelled(int kind, double[] x, int words, double confidence) {

        static Labelled of(String text, KbSearcher.Scored s) {
            return new Labelled(s.features().kind(), s.features().vector(), text.strip().split("\\s+").length,
                    s.confidence());
        }

        /** answerable, kind, words, confidence, then the vector: one tab-separated line. */
        String row(boolean answerable) {
            StringBuilder b = new StringBuilder().append(answerable ? 1 : 0).append('\t').append(kind)
                    .append('\t').append(words).append('\t').append(confidence);
            for (double v : x) {
                b.append('\t').append(v);
            }
            return b.toString();
        }
    }

    private static void printThresholds(ConfidenceModel model, List<Labelled> positives,
                                        List<Labelled> negatives, PrintStream out) {
        for (double t = 0.02; t < 0.97; t += 0.01) {
            out.printf(Locale.ROOT, "threshold=%.2f wrongly_declined_in_scope=%.3f out_of_scope_declined=%.3f%n", t,
                    declined(model, positives, t), declined(model, negatives, t));
        }
    }

    /** Share of {@code examples} below {@code t}; examples of another kind keep the weights they are scored with. */
    private static double declined(ConfidenceModel model, List<Labelled> examples, double t) {
        long below = examples.stream().filter(l -> model.probability(l.kind(), l.x()) < t).count();
        return examples.isEmpty() ? 0 : (double) below / examples.size();
    }

    private static EvalOutcome outcome(KbSearcher.Scored s) {
        List<String> ids = s.ranking().candidates().stream().limit(EvalMetrics.DEPTH).map(Candidate::id).toList();
        return new EvalOutcome(ids, KbSearcher.isAnswered(s), s.twoOptions());
    }

    private static Optional<Options> parse(List<String> args, PrintStream err) {
        Path docs = null;
        Path knowledge = null;
        Path queries = null;
        Optional<String> set = Optional.empty();
        Optional<TuningSplit> split = Optional.empty();
        Path train = null;
        int folds = 10;
        Path features = null;
        boolean loo = false;
        boolean calibrate = false;
        double l2 = 0;
        double selfCalibration = ConfidenceModel.SELF_CALIBRATION_DECLINES;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--docs" -> docs = hasValue ? Path.of(args.get(++i)) : null;
                case "--queries" -> queries = hasValue ? Path.of(args.get(++i)) : null;
                case "--knowledge" -> knowledge = hasValue ? Path.of(args.get(++i)) : null;
                case "--set" -> set = hasValue ? Optional.of(args.get(++i)) : Optional.empty();
                case "--split" -> {
                    split = hasValue ? TuningSplit.parse(args.get(++i)) : Optional.empty();
                    if (split.isEmpty()) {
                        err.println("eval: --split takes fit or holdout");
                        return Optional.empty();
                    }
                }
                case "--leave-one-out" -> loo = true;
                case "--train" -> train = hasValue ? Path.of(args.get(++i)) : null;
                case "--folds" -> folds = hasValue ? Integer.parseInt(args.get(++i)) : 10;
                case "--features" -> features = hasValue ? Path.of(args.get(++i)) : null;
                case "--calibrate" -> calibrate = true;
                case "--l2" -> l2 = hasValue ? Double.parseDouble(args.get(++i)) : 0;
                case "--self-calibration" -> selfCalibration = hasValue ? Double.parseDouble(args.get(++i)) : -1;
                default -> {
                    err.println("eval: unknown option '" + a + "'");
                    return Optional.empty();
                }
            }
        }
        if ((docs == null) == (knowledge == null) || (queries == null && train == null)) {
            err.println("eval: --queries and one of --docs or --knowledge are required");
            return Optional.empty();
        }
        if (train != null && docs == null) {
            err.println("eval: --train needs --docs (the articles the train sentences were written for)");
            return Optional.empty();
        }
        for (Path p : java.util.stream.Stream.of(docs, queries, train).filter(java.util.Objects::nonNull).toList()) {
            if (!p.toFile().isFile()) {
                err.println("eval: no such file: " + p);
                return Optional.empty();
            }
        }
        if (knowledge != null && !knowledge.toFile().isDirectory()) {
            err.println("eval: no such folder: " + knowledge);
            return Optional.empty();
        }
        return Optional.of(new Options(Optional.ofNullable(docs), Optional.ofNullable(knowledge), queries, set, split,
                loo, calibrate, l2, selfCalibration, Optional.ofNullable(train), Math.max(2, folds),
                Optional.ofNullable(features)));
    }
}
