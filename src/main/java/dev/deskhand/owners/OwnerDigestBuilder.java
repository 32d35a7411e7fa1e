package dev.deskhand.owners;

import dev.deskhand.home.KnowledgeGap;
import dev.deskhand.home.KnowledgeGapLog;
import dev.deskhand.kb.Article;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds an owner's weekly digest from the vote and search logs: for each of their articles the 👎 reasons with the
 * "Other" texts, the questions asked near it that found no good answer, and a passed review date. Votes are counted
 * up to the slot, so a digest rebuilt after a crash counts the same; the questions come from the App Home's
 * {@link KnowledgeGapLog} (one query for "gaps near articles I own"), which reads up to now.
 */
public final class OwnerDigestBuilder {

    /** A week of feedback: what happened since the last weekly DM. */
    public static final Duration WINDOW = Duration.ofDays(7);
    /** A DM is read on a phone: the busiest articles, and a count of the rest. */
    static final int MAX_ARTICLES = 10;
    static final int MAX_NOTES = 5;
    static final int MAX_MISSES = 5;
    /** The gap log caps its answer across articles; a week of one owner's gaps stays well below this. */
    private static final int GAP_LIMIT = 1000;

    private final ArticleVotes votes;
    private final KnowledgeGapLog gaps;
    private final ZoneId zone;

    /** @param zone where "today" is when deciding whether a review date has passed */
    public OwnerDigestBuilder(ArticleVotes votes, KnowledgeGapLog gaps, ZoneId zone) {
        this.votes = votes;
        this.gaps = gaps;
        this.zone = zone;
    }

    public OwnerDigest build(String userId, List<Article> owned, Instant slotAt, boolean late) {
        Instant from = slotAt.minus(WINDOW);
        Set<String> ids = owned.stream().map(Article::id).collect(Collectors.toSet());
        Map<String, List<ReasonCount>> reasons = group(votes.reasons(ids, from, slotAt), ReasonCount::articleId);
        Map<String, List<VoteNote>> notes = group(votes.notes(ids, from, slotAt), VoteNote::articleId);
        Map<String, List<NearMiss>> misses = group(gaps.since(ids, from, GAP_LIMIT).stream()
                .filter(gap -> gap.kind() == KnowledgeGap.Kind.UNANSWERED)
                .map(gap -> new NearMiss(gap.articleId(), gap.question(), gap.count())).toList(), NearMiss::articleId);
        LocalDate today = LocalDate.ofInstant(slotAt, zone);
        List<ArticleNews> news = owned.stream()
                .map(a -> news(a, reasons.getOrDefault(a.id(), List.of()), notes.getOrDefault(a.id(), List.of()),
                        misses.getOrDefault(a.id(), List.of()), today))
                .filter(n -> !n.isEmpty())
                .sorted(Comparator.comparingInt(ArticleNews::weight).reversed()
                        .thenComparing(n -> n.reviewDue().orElse(LocalDate.MAX))
                        .thenComparing(ArticleNews::articleId))
                .toList();
        int shown = Math.min(news.size(), MAX_ARTICLES);
        return new OwnerDigest(userId, slotAt, late, from, news.subList(0, shown), news.size() - shown);
    }

    private static ArticleNews news(Article article, List<ReasonCount> reasons, List<VoteNote> notes,
                                    List<NearMiss> misses, LocalDate today) {
        List<ReasonCount> byCount = reasons.stream()
                .sorted(Comparator.comparingInt(ReasonCount::count).reversed()
                        .thenComparing(r -> r.reason().map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
                .toList();
        Optional<LocalDate> reviewDue = Optional.ofNullable(article.reviewBy()).filter(d -> d.isBefore(today));
        return new ArticleNews(article.id(), article.title(), reasons.stream().mapToInt(ReasonCount::count).sum(),
                byCount, notes.stream().map(VoteNote::note).limit(MAX_NOTES).toList(),
                misses.stream().limit(MAX_MISSES).toList(), reviewDue);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> article) {
        return rows.stream().collect(Collectors.groupingBy(article, LinkedHashMap::new, Collectors.toList()));
    }
}
