package dev.deskhand.owners;

/**
 * What of an article's body fits in an edit box of {@code limit} characters. A longer body is cut at the last line
 * break that fits (a word or a Markdown line is never split when one exists), and the rest is kept as it is after
 * whatever the person submits, so a draft is always a whole article.
 *
 * @param shown what the box is prefilled with
 * @param rest  what did not fit; empty when everything did
 */
public record DraftPrefill(String shown, String rest) {

    public static DraftPrefill of(String body, int limit) {
        String text = body == null ? "" : body;
        if (text.length() <= limit) {
            return new DraftPrefill(text, "");
        }
        int cut = text.lastIndexOf('\n', limit - 1);
        if (cut <= 0) {
            cut = limit;
            // Never split a surrogate pair: Slack would show half a character.
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        } else {
            cut++;
        }
        return new DraftPrefill(text.substring(0, cut), text.substring(cut));
    }

    public boolean cut() {
        return !rest.isEmpty();
    }

    /** The whole new body: what was submitted for the shown part, then the part that was not shown. */
    public String complete(String submitted) {
        if (rest.isEmpty()) {
            return submitted;
        }
        return submitted.endsWith("\n") ? submitted + rest : submitted + "\n" + rest;
    }
}
