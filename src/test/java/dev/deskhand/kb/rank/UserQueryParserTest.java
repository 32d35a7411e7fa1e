package dev.deskhand.kb.rank;

import dev.deskhand.kb.ArticleType;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser();

    @Test
    void filtersAndPhrasesAreTakenOutOfTheFreeText() {
        UserQuery q = parser.parse("  Type:Playbook tag:Billing lang:ko  \"double charge\"   refund ");
        assertEquals(Optional.of(ArticleType.PLAYBOOK), q.type());
        assertEquals(List.of("billing"), q.tags());
        assertEquals(Optional.of("ko"), q.lang());
        assertEquals(List.of("double charge"), q.phrases());
        assertEquals("double charge refund", q.freeText());
        assertEquals("type:playbook tag:billing lang:ko \"double charge\" refund", q.normalized());
    }

    @Test
    void unknownFilterValuesStayText() {
        UserQuery q = parser.parse("type:howto lang:fr foo:bar");
        assertEquals(Optional.empty(), q.type());
        assertEquals("type:howto lang:fr foo:bar", q.freeText());
    }

    @Test
    void slackMentionsAreDroppedAndLongPastesTruncated() {
        assertEquals("refund", parser.parse("<!channel> <@U1|sam> refund").freeText());
        assertEquals(UserQueryParser.MAX_WORDS, parser.parse("word ".repeat(900)).freeText().split(" ").length);
    }
}
