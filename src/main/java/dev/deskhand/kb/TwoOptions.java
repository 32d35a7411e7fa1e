package dev.deskhand.kb;

/**
 * A look-alike answer: the top two articles are close for the query but do different things (cancel or change a
 * plan, an order's status or its delay), so the reader is asked "Did you mean … or …?" instead of being given one
 * confident answer that may be the wrong one of the two.
 *
 * @param first  the top-ranked article
 * @param second the runner-up, whose action the question names
 */
public record TwoOptions(Hit first, Hit second) {
}
