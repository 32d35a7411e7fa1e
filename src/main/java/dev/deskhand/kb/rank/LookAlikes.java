package dev.deskhand.kb.rank;

import java.util.Set;

/**
 * Decides when the top two articles are look-alikes the answer must not choose between alone: they score close
 * together, their titles name different actions, and the runner-up's title fits what the question asks to do better
 * than the top article's ("change subscription plan": Cancelling vs Downgrading a subscription). Chosen on the fit
 * side of the starter knowledge base's tuning set, against a score margin alone and a reranking by action (see
 * docs/relevance.md, "Look-alike intents").
 */
final class LookAlikes {

    /**
     * The largest score margin {@code (s1 - s2) / s1} at which the two count as close. On the tuning set's fit side
     * 0.3 caught both confident wrong answers the rule can see (margins 0.01 and 0.26) and cost one right one;
     * 0.4 would cost three more.
     */
    static final double MARGIN = 0.3;

    private LookAlikes() {
    }

    /** True when {@code question} should be answered with both of the top two, whose titles are given. */
    static boolean clash(String question, double margin, String firstTitle, String secondTitle) {
        if (margin >= MARGIN) {
            return false;
        }
        Set<Action> asked = Action.in(question);
        Set<Action> first = Action.in(firstTitle);
        Set<Action> second = Action.in(secondTitle);
        if (asked.isEmpty() || first.equals(second) || second.stream().noneMatch(asked::contains)) {
            return false;
        }
        return fit(asked, second) > fit(asked, first);
    }

    /** Actions the title shares with the question, minus the ones the question does not ask for. */
    private static int fit(Set<Action> asked, Set<Action> title) {
        int shared = (int) title.stream().filter(asked::contains).count();
        return shared - (title.size() - shared);
    }

    /**
     * The lowered confidence of a two-option answer: half-way between the answer bar and what the top article alone
     * had, since the share above the bar is split between two articles. It stays at or above the bar, so the result is
     * still shown (as two options) and "answered" keeps meaning "confidence at or above the bar".
     */
    static double lowered(double confidence, double bar) {
        return confidence < bar ? confidence : bar + (confidence - bar) / 2;
    }
}
