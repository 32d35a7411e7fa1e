package dev.deskhand.kb.tools;

import dev.deskhand.kb.RatedAnswer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a team's own votes say about the answer bar: for each candidate bar, how many answers agents found helpful
 * it would have withheld and how many wrong articles it would have shown. The suggestion follows the rule the
 * default was chosen by — the highest bar that withholds at most a tenth of the helpful answers — and is only
 * made once there are enough votes for it to mean something.
 */
public final class AnswerBarReport {

    /** Fewer helpful or wrong-article votes than these and any suggestion would be noise. */
    static final int MIN_HELPFUL = 30;
    static final int MIN_WRONG = 10;
    private static final double WITHHELD_AT_MOST = 0.10;

    /** One candidate bar and what it would have done to the votes. */
    record Row(double bar, int helpfulWithheld, int wrongShown) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final int helpful;
    private final int wrong;
    private final double currentBar;

    private AnswerBarReport(List<RatedAnswer> votes, double currentBar) {
        this.currentBar = currentBar;
        this.helpful = (int) votes.stream().filter(RatedAnswer::helpful).count();
        this.wrong = votes.size() - helpful;
        for (int step = 1; step <= 19; step++) {
            double bar = step / 20.0;
            int withheld = (int) votes.stream().filter(v -> v.helpful() && v.confidence() < bar).count();
            int shown = (int) votes.stream().filter(v -> !v.helpful() && v.confidence() >= bar).count();
            rows.add(new Row(bar, withheld, shown));
        }
    }

    public static AnswerBarReport of(List<RatedAnswer> votes, double currentBar) {
        return new AnswerBarReport(votes, currentBar);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The bar the votes support, when there are enough of them. */
    public Optional<Double> suggestion() {
        if (helpful < MIN_HELPFUL || wrong < MIN_WRONG) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.helpfulWithheld() <= WITHHELD_AT_MOST * helpful)
                .map(Row::bar).reduce((first, second) -> second);
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "votes on top hits: %d helpful, %d wrong article; answer bar in use %.2f%n", helpful,
                wrong, currentBar);
        out.println("bar   helpful answers withheld   wrong articles shown");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%.2f  %4d (%5.1f%%)              %4d (%5.1f%%)%s%n", r.bar(), r.helpfulWithheld(),
                    percent(r.helpfulWithheld(), helpful), r.wrongShown(), percent(r.wrongShown(), wrong),
                    Math.abs(r.bar() - currentBar) < 1e-9 ? "   ← in use" : "");
        }
        Optional<Double> suggested = suggestion();
        if (suggested.isPresent()) {
            out.printf(Locale.ROOT, "suggested KB_ANSWER_THRESHOLD=%.2f (the highest bar withholding at most 10%% of"
                    + " helpful answers)%n", suggested.get());
        } else {
            out.printf(Locale.ROOT, "no suggestion yet: it needs at least %d helpful and %d wrong-article votes on top"
                    + " hits (have %d and %d)%n", MIN_HELPFUL, MIN_WRONG, helpful, wrong);
        }
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
