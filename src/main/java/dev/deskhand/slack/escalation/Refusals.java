package dev.deskhand.slack.escalation;

import com.ibm.icu.text.ListFormatter;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.slack.text.Texts;
import java.util.Optional;

/** Turns a domain refusal into the words its reader sees; empty when the outcome is not a refusal. */
final class Refusals {

    private Refusals() {
    }

    static Optional<String> text(Outcome outcome, Texts texts) {
        if (outcome instanceof Outcome.Refused refused) {
            return Optional.of(refused.reason());
        }
        if (outcome instanceof Outcome.NotAllowed notAllowed) {
            // "A, B or C" / "A, B 또는 C": the list words belong to the language, so ICU joins them.
            String who = ListFormatter.getInstance(texts.language().locale(), ListFormatter.Type.OR,
                    ListFormatter.Width.WIDE).format(notAllowed.who().mentions());
            return Optional.of(texts.get("workflow.notAllowed", "key", notAllowed.key().toString(),
                    "action", notAllowed.action().name(), "who", who));
        }
        return Optional.empty();
    }
}
