package dev.deskhand.kb.tools;

import java.util.List;
import java.util.Locale;

/**
 * Retrieval metrics over the top 10: recall@1, recall@3 and MRR over in-scope queries, and the no-answer
 * decisions (share of out-of-scope queries declined, share of in-scope queries wrongly declined). Of the in-scope
 * queries also: answered with one article that is the wrong one, answered with two look-alike options, and with two
 * options neither of which is right.
 */
record EvalMetrics(double recallAt1, double recallAt3, double mrr, int n, int outOfScope,
                   double declinedOutOfScope, double wronglyDeclinedInScope, double answeredWrongFirst,
                   double twoOptions, double twoOptionsMissing) {

    static final int DEPTH = 10;

    static EvalMetrics compute(List<EvalQuery> queries, List<EvalOutcome> outcomes) {
        int n = 0;
        int outOfScope = 0;
        int at1 = 0;
        int at3 = 0;
        double reciprocal = 0;
        int declinedOut = 0;
        int declinedIn = 0;
        int wrongFirst = 0;
        int two = 0;
        int twoMissing = 0;
        for (int i = 0; i < queries.size(); i++) {
            EvalQuery q = queries.get(i);
            EvalOutcome o = outcomes.get(i);
            if (!q.inScope()) {
                outOfScope++;
                declinedOut += o.answered() ? 0 : 1;
                continue;
            }
            n++;
            declinedIn += o.answered() ? 0 : 1;
            int rank = firstRelevantRank(q, o);
            if (o.answered() && o.twoOptions()) {
                two++;
                twoMissing += rank == 1 || rank == 2 ? 0 : 1;
            } else if (o.answered() && rank != 1) {
                wrongFirst++;
            }
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank >= 1 ? 1.0 / rank : 0;
        }
        return new EvalMetrics(share(at1, n), share(at3, n), n == 0 ? 0 : reciprocal / n, n, outOfScope,
                share(declinedOut, outOfScope), share(declinedIn, n), share(wrongFirst, n), share(two, n),
                share(twoMissing, n));
    }

    private static int firstRelevantRank(EvalQuery q, EvalOutcome o) {
        for (int r = 0; r < Math.min(DEPTH, o.rankedIds().size()); r++) {
            if (q.expected().contains(o.rankedIds().get(r))) {
                return r + 1;
            }
        }
        return -1;
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    String recallLine() {
        return String.format(Locale.ROOT, "recall@1=%.3f recall@3=%.3f mrr=%.3f n=%d", recallAt1, recallAt3, mrr, n);
    }

    String answerLine() {
        return String.format(Locale.ROOT, "answered_wrong_first=%.3f two_options=%.3f two_options_missing=%.3f",
                answeredWrongFirst, twoOptions, twoOptionsMissing);
    }

    String declineLine() {
        return String.format(Locale.ROOT, "declined_out_of_scope=%.3f wrongly_declined_in_scope=%.3f",
                declinedOutOfScope, wronglyDeclinedInScope);
    }
}
