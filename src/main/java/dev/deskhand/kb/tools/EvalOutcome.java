package dev.deskhand.kb.tools;

import java.util.List;

/** What the product did with one evaluation query: its top-ranked ids and whether it answered. */
record EvalOutcome(List<String> rankedIds, boolean answered) {
}
