package dev.deskhand.slack.escalation.actions;

import com.ibm.icu.text.ListFormatter;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Outcome.Refused;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.Optional;

/**
 * Turns a domain refusal into the words its reader sees; empty when the outcome is not a refusal. Each typed refusal
 * has the message {@code refusals.<its record name>}, so a new one only needs its two bundle lines (a test checks).
 */
final class Refusals {

    private Refusals() {
    }

    static Optional<String> text(Outcome outcome, Texts texts) {
        if (outcome instanceof Refused refused) {
            return Optional.of(texts.get(key(refused), arguments(refused)));
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

    static String key(Refused refused) {
        return "refusals." + refused.getClass().getSimpleName();
    }

    /** The key always; the person, team or severity the refusal names, ready for mrkdwn. */
    private static Object[] arguments(Refused refused) {
        String key = refused.key().toString();
        if (refused instanceof Refused.ClaimedBySomeoneElse claimed) {
            return new Object[] {"key", key, "owner", mention(claimed.owner())};
        }
        if (refused instanceof Refused.AssignedToSomeoneElse assigned) {
            return new Object[] {"key", key, "assignee", mention(assigned.assignee())};
        }
        if (refused instanceof Refused.AlreadyAssigned assigned) {
            return new Object[] {"key", key, "assignee", mention(assigned.assignee())};
        }
        if (refused instanceof Refused.UnknownTeam unknown) {
            return new Object[] {"key", key, "team", Mrkdwn.escape(unknown.team())};
        }
        if (refused instanceof Refused.AlreadyWithTeam with) {
            return new Object[] {"key", key, "team", Mrkdwn.escape(with.team())};
        }
        if (refused instanceof Refused.SameSeverity same) {
            return new Object[] {"key", key, "severity", same.severity().name()};
        }
        return new Object[] {"key", key};
    }

    private static String mention(String userId) {
        return "<@" + Mrkdwn.escape(userId) + ">";
    }
}
