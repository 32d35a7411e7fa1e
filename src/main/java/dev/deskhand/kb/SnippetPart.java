package dev.deskhand.kb;

/**
 * A piece of a snippet; {@code matched} parts matched the query. The text is raw article text: the Slack layer
 * escapes it and bolds the matched parts.
 */
public record SnippetPart(String text, boolean matched) {
}
