package dev.deskhand.digest;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.gaps.KnowledgeGaps;
import dev.deskhand.digest.gaps.ReviewSource;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.tickets.TicketLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Computes a channel's {@link Digest} from the read ports, as of the injected clock. Sections the schedule turns off
 * are not queried (they come out empty); the open escalations are always read because they decide "all clear".
 */
public final class DigestBuilder {

    /** How far ahead "about to breach" looks. */
    public static final Duration DUE_SOON_HORIZON = Duration.ofHours(4);
    static final int OLDEST_SHOWN = 5;
    static final int TOP_GAPS = 5;
    private static final Duration NO_PREVIOUS_LOOK_BACK = Duration.ofHours(24);

    private final DigestSource source;
    private final ReviewSource reviews;
    private final Clock clock;
    private final TicketLinks tickets;
    private final List<String> severityOrder;

    /** @param severityOrder configured severities, most severe first; they are listed even when none is open */
    public DigestBuilder(DigestSource source, ReviewSource reviews, Clock clock, List<String> severityOrder) {
        this(source, reviews, clock, severityOrder, TicketLinks.none());
    }

    /** @param tickets where the escalations' ticket ids link to */
    public DigestBuilder(DigestSource source, ReviewSource reviews, Clock clock, List<String> severityOrder,
                         TicketLinks tickets) {
        this.source = source;
        this.reviews = reviews;
        this.clock = clock;
        this.severityOrder = List.copyOf(severityOrder);
        this.tickets = tickets;
    }

    /** The digest as it would be posted now, for no slot (nothing is recorded for a preview). */
    public Digest preview(DigestSchedule schedule) {
        return build(schedule, Optional.empty());
    }

    public Digest build(DigestSchedule schedule, Optional<DueSlot> slot) {
        Instant now = clock.instant();
        Instant previousBefore = slot.map(DueSlot::slotAt).orElse(now);
        Optional<PreviousDigest> previous = source.previousDigest(schedule.channelId(), previousBefore);
        Instant since = previous.map(PreviousDigest::at).orElse(now.minus(NO_PREVIOUS_LOOK_BACK));
        OpenQueue queue = new OpenQueue(source.openEscalations(schedule.teams()), now, tickets);

        return new Digest(schedule.channelId(), schedule.zone(), now, slot, previous.map(PreviousDigest::at), since,
                schedule.teams(), schedule.sections(),
                queue.summary(severityOrder, previous),
                queue.slaWatch(DUE_SOON_HORIZON),
                queue.oldest(OLDEST_SHOWN),
                throughput(schedule, since, now),
                timings(schedule, now),
                queue.workload(),
                gaps(schedule, since, now),
                schedule.language());
    }

    private Throughput throughput(DigestSchedule schedule, Instant since, Instant now) {
        if (!schedule.shows(DigestSection.THROUGHPUT)) {
            return new Throughput(0, 0);
        }
        return new Throughput(source.countOpened(schedule.teams(), since, now),
                source.countResolved(schedule.teams(), since, now));
    }

    private Timings timings(DigestSchedule schedule, Instant now) {
        if (!schedule.shows(DigestSection.TIMINGS)) {
            DurationStats none = DurationStats.of(List.of());
            return new Timings(new WindowTimings(TimingFigures.DAY, none, none, none, none),
                    new WindowTimings(TimingFigures.WEEK, none, none, none, none));
        }
        return new TimingFigures(source).compute(schedule.teams(), now);
    }

    private KnowledgeGaps gaps(DigestSchedule schedule, Instant since, Instant now) {
        if (!schedule.shows(DigestSection.KNOWLEDGE_GAPS)) {
            return KnowledgeGaps.none();
        }
        LocalDate today = LocalDate.ofInstant(now, schedule.zone());
        // The tables keep article ids; people read titles, taken from the articles as they are today.
        return new KnowledgeGaps(source.unansweredSearches(since, now, TOP_GAPS),
                source.unhelpfulArticles(since, now, TOP_GAPS).stream()
                        .map(a -> new ArticleCount(a.articleId(), a.count(), reviews.title(a.articleId()), a.notes()))
                        .toList(),
                source.helpfulBelowBar(since, now, TOP_GAPS).stream()
                        .map(b -> new BelowBarAnswer(b.query(), b.articleId(), b.count(), reviews.title(b.articleId())))
                        .toList(),
                reviews.articlesPastReview(today));
    }
}
