package dev.deskhand.kb;

/**
 * What a user typed, with paging. The text may contain filters ({@code type:playbook}, {@code tag:billing},
 * {@code lang:ko}) and "quoted phrases"; anything else is free text. {@code limit} is clamped to 1..50 and a
 * negative {@code offset} counts as 0.
 */
public record SearchRequest(String text, int limit, int offset) {

    /** The first {@code limit} hits for {@code text}. */
    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, limit, 0);
    }
}
