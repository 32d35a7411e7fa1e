package dev.deskhand.slack.digest;

import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.ScheduleException;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Texts;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Digest section names as people type and read them in {@code /digest subscribe}: the configuration's names
 * ({@code sla}, {@code knowledge_gaps}) always, and each language's own words from the bundles ({@code 기한},
 * {@code 지식공백}), whoever types them. The schedule stores the section itself, so a name never outlives the command.
 */
final class SectionNames {

    private final Messages messages;

    SectionNames(Messages messages) {
        this.messages = messages;
    }

    /** The section a typed name means; the domain's {@link ScheduleException} when it means none. */
    DigestSection parse(String typed) {
        String word = typed.strip();
        for (Language language : Language.values()) {
            Texts texts = messages.in(language);
            for (DigestSection section : DigestSection.values()) {
                if (word.equalsIgnoreCase(name(section, texts))) {
                    return section;
                }
            }
        }
        return DigestSection.parse(typed);
    }

    /** Every section's name in the reader's language, as code: what the "no such section" message lists. */
    static String valid(Texts texts) {
        return Arrays.stream(DigestSection.values()).map(s -> Mrkdwn.code(name(s, texts)))
                .collect(Collectors.joining(", "));
    }

    static String name(DigestSection section, Texts texts) {
        return texts.get("digest.section." + section.name());
    }
}
