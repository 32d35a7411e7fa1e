package dev.deskhand.home;

import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.Team;
import dev.deskhand.kb.Article;
import dev.deskhand.kb.KnowledgeBase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Builds one person's {@link Home} from the escalation store, the knowledge base and the gap log. */
public final class HomeQueries {

    /** Owners hear about a week of gaps: long enough to see a pattern, short enough to still be news. */
    static final Duration GAP_WINDOW = Duration.ofDays(7);
    static final int GAP_LIMIT = 10;
    /** Most severe first, then the one waiting longest. */
    static final Comparator<Escalation> QUEUE_ORDER = Comparator.comparing(Escalation::severity)
            .thenComparing(Escalation::createdAt).thenComparing(e -> e.key().number());

    private final EscalationStore store;
    private final EscalationSettings settings;
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeGapLog gaps;
    private final Clock clock;

    public HomeQueries(EscalationStore store, EscalationSettings settings, KnowledgeBase knowledgeBase,
                       KnowledgeGapLog gaps, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.knowledgeBase = knowledgeBase;
        this.gaps = gaps;
        this.clock = clock;
    }

    /**
     * @param teams  the teams whose queue the person sees (their team channels), in any order
     * @param ownsAs whether an article's {@code owner:} value names this person (directly or by a group they are in)
     */
    public Home home(String userId, Set<String> teams, Predicate<String> ownsAs) {
        Instant now = clock.instant();
        List<Escalation> mine = store.listMine(userId);
        List<Escalation> claimed = mine.stream().filter(e -> userId.equals(e.assignee())).sorted(QUEUE_ORDER).toList();
        List<Escalation> requested = mine.stream().filter(e -> userId.equals(e.requester()))
                .filter(e -> !userId.equals(e.assignee())).sorted(QUEUE_ORDER).toList();
        List<TeamQueue> queues = queues(teams);
        Map<String, Article> owned = new LinkedHashMap<>();
        knowledgeBase.articles().stream().filter(a -> a.owner() != null && !a.owner().isBlank())
                .filter(a -> ownsAs.test(a.owner())).forEach(a -> owned.put(a.id(), a));
        List<KnowledgeGap> recent = owned.isEmpty() ? List.of()
                : gaps.since(owned.keySet(), now.minus(GAP_WINDOW), GAP_LIMIT);
        Map<String, Article> named = new LinkedHashMap<>();
        recent.forEach(gap -> named.put(gap.articleId(), owned.get(gap.articleId())));
        return new Home(userId, now, claimed, requested, queues, recent, named, owned.size());
    }

    /** The configured teams among {@code teams}, in the order of the settings, each with its open escalations. */
    private List<TeamQueue> queues(Set<String> teams) {
        List<Team> shown = settings.teams().stream().filter(t -> teams.contains(t.id())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Escalation> open = store.listOpen(shown.stream().map(Team::id).toList());
        return shown.stream().map(team -> new TeamQueue(team, open.stream()
                .filter(e -> e.team().equals(team.id())).sorted(QUEUE_ORDER).toList())).toList();
    }
}
