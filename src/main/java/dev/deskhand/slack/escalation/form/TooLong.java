package dev.deskhand.slack.escalation.form;

import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.Locale;

/** What a person is told when a field is longer than {@link FieldLimit} allows; their text is never lost. */
public final class TooLong {
    private TooLong() {
    }

    /** The ephemeral answer to an over-long one-liner: the field, its limit, and what they typed, escaped. */
    static String oneLine(Texts texts, FieldLimit limit, String value, String typed) {
        // A fence inside the text would end the code block early; an apostrophe run reads the same.
        String echoed = Mrkdwn.escape(typed).replace("```", "'''");
        return texts.get("faults.tooLong.oneLine", "field", fieldName(texts, limit), "length", value.length(),
                "max", limit.max(), "text", echoed);
    }

    /** The field error shown under an over-long input in a form. */
    public static String field(Texts texts, FieldLimit limit, String value) {
        return texts.get("faults.tooLong.field", "length", value.length(), "max", limit.max());
    }

    private static String fieldName(Texts texts, FieldLimit limit) {
        return texts.get("faults.field." + limit.name().toLowerCase(Locale.ROOT));
    }
}
