package dev.deskhand.digest;

import dev.deskhand.digest.gaps.ArticleCount;
import dev.deskhand.digest.gaps.BelowBarAnswer;
import dev.deskhand.digest.gaps.SearchGap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** A {@link DigestSource} over lists, for tests; it keeps whole escalation histories like the real tables do. */
public final class InMemoryDigestSource implements DigestSource {

    public record Escalation(long id, String team, String severity, Instant openedAt, Instant acknowledgedAt,
                      Instant resolvedAt, String assignee, Instant acknowledgeBy, Instant resolveBy) {
    }

    public record Search(Instant at, String query, boolean answered) {
    }

    public record Feedback(Instant at, String articleId, boolean helpful, String query, boolean belowBar) {

        public Feedback(Instant at, String articleId, boolean helpful) {
            this(at, articleId, helpful, "q", false);
        }
    }

    public final List<Escalation> escalations = new ArrayList<>();
    public final List<Search> searches = new ArrayList<>();
    public final List<Feedback> feedback = new ArrayList<>();
    public final List<PreviousDigest> digests = new ArrayList<>();

    @Override
    public List<OpenEscalation> openEscalations(Set<String> teams) {
        return escalations.stream().filter(e -> e.resolvedAt() == null).filter(covered(teams))
                .map(e -> new OpenEscalation("ESC-" + e.id(), e.team(), e.severity(), "Escalation " + e.id(),
                        e.openedAt(), Optional.ofNullable(e.assignee()),
                        e.acknowledgedAt() == null ? Optional.ofNullable(e.acknowledgeBy()) : Optional.empty(),
                        Optional.ofNullable(e.resolveBy()), Optional.of(new CardRef("CTEAM", "1700000000." + e.id()))))
                .toList();
    }

    @Override
    public List<EscalationTiming> acknowledgedBetween(Set<String> teams, Instant from, Instant to) {
        return timings(teams, from, to, Escalation::acknowledgedAt);
    }

    @Override
    public List<EscalationTiming> resolvedBetween(Set<String> teams, Instant from, Instant to) {
        return timings(teams, from, to, Escalation::resolvedAt);
    }

    @Override
    public int countOpened(Set<String> teams, Instant from, Instant to) {
        return (int) escalations.stream().filter(covered(teams)).filter(e -> within(e.openedAt(), from, to)).count();
    }

    @Override
    public int countResolved(Set<String> teams, Instant from, Instant to) {
        return resolvedBetween(teams, from, to).size();
    }

    @Override
    public Optional<PreviousDigest> previousDigest(String channelId, Instant before) {
        return digests.stream().filter(d -> d.at().isBefore(before)).max(Comparator.comparing(PreviousDigest::at));
    }

    @Override
    public List<SearchGap> unansweredSearches(Instant from, Instant to, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        searches.stream().filter(s -> !s.answered() && within(s.at(), from, to))
                .forEach(s -> counts.merge(s.query(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new SearchGap(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SearchGap::count).reversed().thenComparing(SearchGap::query))
                .limit(limit).toList();
    }

    @Override
    public List<ArticleCount> unhelpfulArticles(Instant from, Instant to, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        feedback.stream().filter(f -> !f.helpful() && !f.belowBar() && within(f.at(), from, to))
                .forEach(f -> counts.merge(f.articleId(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new ArticleCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ArticleCount::count).reversed().thenComparing(ArticleCount::articleId))
                .limit(limit).toList();
    }

    @Override
    public List<BelowBarAnswer> helpfulBelowBar(Instant from, Instant to, int limit) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        feedback.stream().filter(f -> f.helpful() && f.belowBar() && within(f.at(), from, to))
                .forEach(f -> counts.merge(List.of(f.query().toLowerCase(java.util.Locale.ROOT), f.articleId()), 1,
                        Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new BelowBarAnswer(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(BelowBarAnswer::count).reversed()
                        .thenComparing(BelowBarAnswer::query).thenComparing(BelowBarAnswer::articleId))
                .limit(limit).toList();
    }

    private List<EscalationTiming> timings(Set<String> teams, Instant from, Instant to,
                                           Function<Escalation, Instant> milestone) {
        return escalations.stream().filter(covered(teams))
                .filter(e -> milestone.apply(e) != null && within(milestone.apply(e), from, to))
                .map(e -> new EscalationTiming("ESC-" + e.id(), e.openedAt(), milestone.apply(e)))
                .toList();
    }

    private static Predicate<Escalation> covered(Set<String> teams) {
        return e -> teams.isEmpty() || teams.contains(e.team());
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
