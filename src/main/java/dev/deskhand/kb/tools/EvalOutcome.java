package dev.deskhand.kb.tools;

import java.util.List;

/**
 * What the product did with one evaluation query: its top-ranked ids, whether it answered and whether the answer was
 * the two top articles as look-alikes ("Did you mean … or …?").
 */
record EvalOutcome(List<String> rankedIds, boolean answered, boolean twoOptions) {

    EvalOutcome(List<String> rankedIds, boolean answered) {
        this(rankedIds, answered, false);
    }
}
