package dev.deskhand.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerDirectoryTest {

    final OwnerDirectory directory = new OwnerDirectory(Map.of("@Billing-Team", List.of("<@U0BILLING1|ann>", "U0BILLING2")),
            () -> Map.of("logistics", List.of("U0LOGIST01"), "S0PRIVACY1", List.of("U0PRIVACY1")));

    @Test
    void mappingThenUserIdsThenUserGroupsByHandleOrMention() {
        assertEquals(List.of("U0BILLING1", "U0BILLING2"), directory.usersOf(" @billing-team "));
        assertEquals(List.of("U0JANE0001"), directory.usersOf("<@U0JANE0001>"));
        assertEquals(List.of("U0JANE0001"), directory.usersOf("U0JANE0001"));
        assertEquals(List.of("U0LOGIST01"), directory.usersOf("@Logistics"));
        assertEquals(List.of("U0PRIVACY1"), directory.usersOf("<!subteam^S0PRIVACY1|privacy-office>"));
        assertEquals(List.of(), directory.usersOf("@cx-leads"));
        assertEquals(List.of(), directory.usersOf("jane@example.com"));
        assertEquals(List.of(), directory.usersOf(""));
    }

    @Test
    void articlesGroupByUserAndUnreachedOwnersAreListed() {
        List<Article> articles = List.of(article("refunds", "@billing-team"), article("gift-cards", "@billing-team"),
                article("parcels", "@logistics"), article("vip", "@cx-leads"), article("orphan", ""));
        Map<String, List<Article>> byUser = directory.byUser(articles);
        assertEquals(List.of("U0BILLING1", "U0BILLING2", "U0LOGIST01"), List.copyOf(byUser.keySet()));
        assertEquals(List.of("gift-cards", "refunds"), byUser.get("U0BILLING1").stream().map(Article::id).toList());
        assertEquals(Set.of("@cx-leads"), directory.unmapped(articles));
    }

    static Article article(String id, String owner) {
        return new Article(id, id, ArticleType.FAQ, List.of(), List.of(), "en", owner, null, null, Optional.empty(),
                Path.of(id + ".md"), "body");
    }
}
