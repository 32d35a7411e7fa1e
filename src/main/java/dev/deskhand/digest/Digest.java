package dev.deskhand.digest;

import dev.deskhand.digest.gaps.KnowledgeGaps;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DueSlot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One channel's digest, computed and ready to render. Sections the channel turned off are still present but empty;
 * renderers consult {@link #shows(DigestSection)}.
 *
 * @param slot             the scheduled slot it is for; empty for a preview
 * @param previousDigestAt the slot of the previous digest posted to the channel, if any
 * @param since            start of the "since the previous digest" period (24 hours back when there was none)
 * @param teams            the teams covered; empty means every team
 */
public record Digest(String channelId, ZoneId zone, Instant generatedAt, Optional<DueSlot> slot,
                     Optional<Instant> previousDigestAt, Instant since, Set<String> teams, Set<DigestSection> sections,
                     OpenSummary open, SlaWatch sla, List<EscalationLine> oldest, Throughput throughput,
                     Timings timings, Workload load, KnowledgeGaps gaps, Optional<String> language) {

    public Digest {
        teams = Set.copyOf(teams);
        sections = Set.copyOf(sections);
        oldest = List.copyOf(oldest);
        language = language == null ? Optional.empty() : language;
    }

    /** A digest in the channel's default language. */
    public Digest(String channelId, ZoneId zone, Instant generatedAt, Optional<DueSlot> slot,
                  Optional<Instant> previousDigestAt, Instant since, Set<String> teams, Set<DigestSection> sections,
                  OpenSummary open, SlaWatch sla, List<EscalationLine> oldest, Throughput throughput,
                  Timings timings, Workload load, KnowledgeGaps gaps) {
        this(channelId, zone, generatedAt, slot, previousDigestAt, since, teams, sections, open, sla, oldest,
                throughput, timings, load, gaps, Optional.empty());
    }

    /** The same digest written in {@code language}. */
    public Digest inLanguage(Optional<String> language) {
        return new Digest(channelId, zone, generatedAt, slot, previousDigestAt, since, teams, sections, open, sla,
                oldest, throughput, timings, load, gaps, language);
    }

    /** A quiet queue: nothing open, so nothing breached, at risk, old or held. */
    public boolean allClear() {
        return open.total() == 0;
    }

    public boolean shows(DigestSection section) {
        return sections.contains(section);
    }

    public boolean late() {
        return slot.map(DueSlot::late).orElse(false);
    }
}
