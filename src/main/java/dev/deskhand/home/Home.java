package dev.deskhand.home;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.kb.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one person's App Home shows, as of {@code now}.
 *
 * @param claimed   unresolved escalations assigned to them, most severe first
 * @param requested unresolved escalations they asked for and have not claimed themselves, most severe first
 * @param queues    the queues of their teams
 * @param gaps      the last week's knowledge gaps of the articles they own
 * @param articles  the articles the gaps name, by id (for titles and links)
 * @param ownedArticles how many articles name them as owner (none: the gaps section says how to become one)
 */
public record Home(String userId, Instant now, List<Escalation> claimed, List<Escalation> requested,
                   List<TeamQueue> queues, List<KnowledgeGap> gaps, Map<String, Article> articles,
                   int ownedArticles) {

    public Home {
        claimed = List.copyOf(claimed);
        requested = List.copyOf(requested);
        queues = List.copyOf(queues);
        gaps = List.copyOf(gaps);
        articles = Map.copyOf(articles);
    }
}
