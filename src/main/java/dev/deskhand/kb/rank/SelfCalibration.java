package dev.deskhand.kb.rank;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.IndexBuilder;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.LanguageDetector;
import dev.deskhand.kb.index.Markdown;
import dev.deskhand.kb.index.RankingParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Fits the no-answer decision to one knowledge base using only the knowledge base. Questions people ask look like
 * the articles' own titles, aliases and short lines, so one in three of those is held out of a second, throw-away
 * index and asked as a question: with its article still in the index (it keeps its other lines) it is answerable;
 * with the article left out it is not. The shared model's weights are refitted on these answerable / unanswerable
 * pairs (pulled towards the shared weights), then shifted so that a set share of the answerable ones falls below
 * the answer threshold. Where an index's answerable questions look unusually sure (intent lists whose lines repeat
 * each other) the bar rises; where they look unsure (long articles, few lines) it falls.
 */
public final class SelfCalibration {

    /** Calibrating on fewer held-out questions than this would be noise; the shared model is kept. */
    static final int MIN_QUESTIONS = 20;
    /** More held-out questions than this add time, not precision. */
    static final int MAX_QUESTIONS = 200;
    /** One in this many of an article's lines is held out. */
    private static final int HOLD_OUT_ONE_IN = 3;
    /** Units longer than this are answers, not questions. */
    private static final int QUESTION_WORDS = 12;
    /** How strongly the refit is pulled towards the shared weights (L2 on the difference). */
    private static final double PRIOR_STRENGTH = 0.1;
    private static final int FIT_ITERATIONS = 3000;
    /** The shift is bounded: a knowledge base can move the bar, not replace the model. */
    private static final double MAX_SHIFT = 3;

    /** What calibration found, for the log and for {@code eval}. */
    public record Result(ConfidenceModel model, int questions, double shift, double answerableDeclined,
                  double unanswerableDeclined) {
    }

    private record Question(String articleId, String text, int order) {
    }

    private final KbAnalyzers analyzers;
    private final RankingParameters parameters;
    private final double declineShare;
    private final CachedEncoder encoder;

    /** @param declineShare share of answerable held-out questions the calibrated model declines */
    public SelfCalibration(KbAnalyzers analyzers, RankingParameters parameters, double declineShare, CachedEncoder encoder) {
        this.analyzers = analyzers;
        this.parameters = parameters;
        this.declineShare = declineShare;
        this.encoder = encoder;
    }

    /**
     * Calibrates on the default bar's scale whatever bar the team set: the shift puts confidences on the shared
     * scale, and a team that raised its bar must see more answers withheld, not the shift undo its choice.
     */
    public Result calibrate(List<Article> articles, ConfidenceModel shared) {
        return calibrate(articles, shared, () -> false);
    }

    /**
     * @param stopped asked before the second index is built and between questions; when it turns true (the index
     *                is closing) calibration ends with a {@link CancellationException} instead of holding up shutdown
     */
    public Result calibrate(List<Article> articles, ConfidenceModel shared, BooleanSupplier stopped) {
        Result onDefaultBar = calibrateOnDefaultBar(articles, shared.withThreshold(ConfidenceModel.ANSWER_THRESHOLD),
                stopped);
        return new Result(onDefaultBar.model().withThreshold(shared.threshold()), onDefaultBar.questions(),
                onDefaultBar.shift(), onDefaultBar.answerableDeclined(), onDefaultBar.unanswerableDeclined());
    }

    private Result calibrateOnDefaultBar(List<Article> articles, ConfidenceModel shared, BooleanSupplier stopped) {
        List<Question> questions = new ArrayList<>();
        List<Article> heldOut = new ArrayList<>();
        for (Article article : articles) {
            // Questions to articles ranked with meaning would be ignored below: do not ask them at all.
            heldOut.add(encoder.understands(article.lang()) ? article : holdOut(article, questions));
        }
        questions.sort(Comparator.comparingInt(Question::order));
        if (questions.size() > MAX_QUESTIONS) {
            questions = questions.subList(0, MAX_QUESTIONS);
        }
        if (questions.size() < MIN_QUESTIONS) {
            return new Result(shared, questions.size(), 0, Double.NaN, Double.NaN);
        }
        // Korean questions have their own weights (below), so only the others can calibrate the word weights. Where
        // too few are left (with meaning on, only Korean articles are held out: at 10,000 articles all 200 questions
        // were Korean) the answer is known before the second index is built and asked 400 questions for nothing.
        // Chosen after the cut to MAX_QUESTIONS, so the questions that are asked are the ones asked before.
        List<Question> notKorean = questions.stream()
                .filter(q -> !LanguageDetector.detect(q.text()).equals("ko")).toList();
        if (notKorean.size() < MIN_QUESTIONS) {
            return new Result(shared, 0, 0, Double.NaN, Double.NaN);
        }
        questions = notKorean;
        stopIf(stopped);
        IndexSnapshot index = new IndexBuilder(analyzers, parameters, encoder).build(heldOut, List.of(),
                System.nanoTime());
        try {
            KbSearcher searcher = new KbSearcher(analyzers, parameters, shared, encoder);
            List<KbSearcher.Scored> yes = new ArrayList<>();
            List<KbSearcher.Scored> no = new ArrayList<>();
            for (Question q : questions) {
                stopIf(stopped);
                yes.add(searcher.score(index, q.text(), Set.of()));
                no.add(searcher.score(index, q.text(), Set.of(q.articleId())));
            }
            // Only questions ranked by words alone are calibrated. With meaning, holding a title out takes the
            // article's closest line with it, so held-out questions look far less sure than real ones: on StackFAQ
            // set A calibrating them let 91% of unanswerable questions through instead of 33%.
            List<KbSearcher.Scored> wordYes = new ArrayList<>();
            List<KbSearcher.Scored> wordNo = new ArrayList<>();
            for (int i = 0; i < yes.size(); i++) {
                // Korean queries have their own weights, fitted on real Korean messages (ConfidenceModel.KOREAN).
                if (yes.get(i).features().kind() == ConfidenceModel.WORD_FEATURES) {
                    wordYes.add(yes.get(i));
                    wordNo.add(no.get(i));
                }
            }
            return wordYes.size() < MIN_QUESTIONS ? new Result(shared, wordYes.size(), 0, Double.NaN, Double.NaN)
                    : calibrate(shared, wordYes, wordNo);
        } finally {
            index.release();
        }
    }

    private static void stopIf(BooleanSupplier stopped) {
        if (stopped.getAsBoolean()) {
            throw new CancellationException("self-calibration stopped: the index is closing");
        }
    }

    private Result calibrate(ConfidenceModel shared, List<KbSearcher.Scored> yes, List<KbSearcher.Scored> no) {
        int kind = ConfidenceModel.WORD_FEATURES;
        ConfidenceModel fitted = refit(shared, yes, no);
        double[] answerable = yes.stream().mapToDouble(s -> logit(fitted, s)).toArray();
        double[] unanswerable = no.stream().mapToDouble(s -> logit(fitted, s)).toArray();
        double[] sorted = answerable.clone();
        Arrays.sort(sorted);
        double bar = sorted[(int) Math.floor(declineShare * (sorted.length - 1))];
        double target = Math.log(ConfidenceModel.ANSWER_THRESHOLD / (1 - ConfidenceModel.ANSWER_THRESHOLD));
        double shift = Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, target - bar));
        return new Result(fitted.shifted(kind, shift), yes.size(), shift, below(answerable, target - shift),
                below(unanswerable, target - shift));
    }

    /** The shared word weights adjusted to this index's held-out questions, pulled towards the shared ones. */
    private static ConfidenceModel refit(ConfidenceModel shared, List<KbSearcher.Scored> yes,
                                         List<KbSearcher.Scored> no) {
        int kind = ConfidenceModel.WORD_FEATURES;
        List<LogisticFit.Example> examples = new ArrayList<>();
        yes.stream().filter(s -> s.confidence() > 0 && s.features().kind() == kind)
                .forEach(s -> examples.add(new LogisticFit.Example(s.features().vector(), true)));
        no.stream().filter(s -> s.confidence() > 0 && s.features().kind() == kind)
                .forEach(s -> examples.add(new LogisticFit.Example(s.features().vector(), false)));
        return examples.isEmpty() ? shared : shared.with(kind,
                LogisticFit.fit(examples, shared.weights(kind), PRIOR_STRENGTH, FIT_ITERATIONS));
    }

    /** A question with no hit, or matched on character grams alone, can never be answered: lowest log-odds. */
    private static double logit(ConfidenceModel model, KbSearcher.Scored s) {
        return s.confidence() <= 0 ? Double.NEGATIVE_INFINITY : model.logit(s.features().vector());
    }

    private static double below(double[] values, double bar) {
        return Arrays.stream(values).filter(v -> v < bar).count() / (double) values.length;
    }

    /**
     * The article without its held-out units (title, aliases, single lines of the body); each held-out unit
     * becomes a question. An article keeps at least one unit, so it still exists to be found.
     */
    private static Article holdOut(Article article, List<Question> questions) {
        List<String> units = new ArrayList<>();
        units.add(article.title());
        units.addAll(article.aliases());
        List<String> lines = new ArrayList<>();
        for (String line : Markdown.plainText(article.body()).split("\\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        units.addAll(lines);
        Set<String> held = new LinkedHashSet<>();
        for (String unit : units) {
            if (!unit.isBlank() && isQuestionSized(unit) && Math.floorMod(order(article.id(), unit), HOLD_OUT_ONE_IN) == 0) {
                held.add(unit);
            }
        }
        if (held.size() >= new LinkedHashSet<>(units).size()) {
            held.remove(units.get(0));
        }
        held.forEach(unit -> questions.add(new Question(article.id(), unit, order(unit, article.id()))));
        String body = String.join("\n", lines.stream().filter(l -> !held.contains(l)).toList());
        return new Article(article.id(), held.contains(article.title()) ? "" : article.title(), article.type(),
                article.tags(), article.aliases().stream().filter(a -> !held.contains(a)).toList(), article.lang(),
                article.owner(), article.updated(), article.reviewBy(), article.url(), article.source(), body);
    }

    /** Long paragraphs are answers, not questions; asking them would calibrate for the wrong kind of text. */
    private static boolean isQuestionSized(String unit) {
        return unit.strip().split("\\s+").length <= QUESTION_WORDS;
    }

    /** A stable pseudo-random order, so calibration is the same on every build of the same articles. */
    private static int order(String a, String b) {
        int h = (a + '\u0000' + b).hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & Integer.MAX_VALUE;
    }

    public static Optional<String> describe(Result r) {
        return Optional.of(String.format(java.util.Locale.ROOT,
                "self-calibration: %d held-out questions, shift %.2f, answerable declined %.3f, unanswerable declined"
                        + " %.3f", r.questions(), r.shift(), r.answerableDeclined(), r.unanswerableDeclined()));
    }
}
