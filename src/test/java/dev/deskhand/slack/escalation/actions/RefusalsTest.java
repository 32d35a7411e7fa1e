package dev.deskhand.slack.escalation.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.Outcome;
import dev.deskhand.escalation.Outcome.Refused;
import dev.deskhand.escalation.Severity;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Voice;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The domain says which rule refused; these are the words each reader gets for it. */
class RefusalsTest {

    private static final EscalationKey KEY = new EscalationKey(7);
    private static final Pattern LATIN_WORD = Pattern.compile("\\b(?!ESC\\b|P[1-4]\\b)[A-Za-z]{3,}\\b");

    @Test
    void refusalsAreSentencesInTheReadersLanguage() {
        Outcome claimed = new Refused.ClaimedBySomeoneElse(KEY, "UURSULA");
        assertEquals(Optional.of("ESC-7 is already claimed by <@UURSULA>."),
                Refusals.text(claimed, Voice.fixed(Language.EN).in(Language.EN)));
        assertEquals(Optional.of("ESC-7 건은 이미 <@UURSULA> 님이 맡았습니다."),
                Refusals.text(claimed, Voice.fixed(Language.KO).in(Language.KO)));
        assertEquals(Optional.of("ESC-7 건의 심각도는 이미 P2입니다."), Refusals.text(
                new Refused.SameSeverity(KEY, Severity.P2), Voice.fixed(Language.KO).in(Language.KO)));
        assertEquals(Optional.of("There is no team called &lt;!here&gt;."), Refusals.text(
                new Refused.UnknownTeam(KEY, "<!here>"), Voice.fixed(Language.EN).in(Language.EN)));
    }

    /** A new typed refusal without its two bundle lines fails here, not in front of a user. */
    @Test
    void everyTypedRefusalHasWordsInEveryLanguage() throws Exception {
        List<String> problems = new ArrayList<>();
        Class<?>[] kinds = Refused.class.getPermittedSubclasses();
        assertTrue(kinds.length >= 17, Arrays.toString(kinds));
        for (Class<?> kind : kinds) {
            Refused refused = sample(kind);
            for (Language language : Language.values()) {
                String text = Refusals.text(refused, Voice.fixed(language).in(language)).orElseThrow();
                assertTrue(text.contains("ESC-7") || kind == Refused.UnknownTeam.class, kind + ": " + text);
                assertFalse(text.contains("{"), text);
                if (language == Language.KO && LATIN_WORD.matcher(text.replace("sales", "").replaceAll("<@[A-Z0-9]+>", "")).find()) {
                    problems.add(kind.getSimpleName() + " in Korean: " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** One value of each refusal, its extra fields filled by type. */
    private static Refused sample(Class<?> kind) throws Exception {
        var components = kind.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == EscalationKey.class ? KEY : types[i] == Severity.class ? Severity.P3
                    : components[i].getName().equals("team") ? "sales" : "UURSULA";
        }
        return (Refused) kind.getDeclaredConstructor(types).newInstance(values);
    }
}
