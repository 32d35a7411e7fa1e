package dev.deskhand.owners;

import java.time.Instant;
import java.util.List;

/**
 * One owner's weekly DM for one slot.
 *
 * @param from     start of the week it covers (inclusive); {@code slotAt} is its end
 * @param articles the owner's articles with something to report, most to look at first (capped)
 * @param more     articles with something to report that did not fit
 */
public record OwnerDigest(String userId, Instant slotAt, boolean late, Instant from, List<ArticleNews> articles,
                         int more) {

    public OwnerDigest {
        articles = List.copyOf(articles);
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
