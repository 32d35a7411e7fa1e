package dev.deskhand.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.kb.Feedback;
import dev.deskhand.kb.FeedbackReason;
import dev.deskhand.kb.RatedAnswer;
import dev.deskhand.store.DigestTestDatabase.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcFeedbackLogTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static Feedback vote(Duration ago, boolean helpful, Optional<FeedbackReason> reason, OptionalDouble confidence) {
        return new Feedback(NOW.minus(ago), "refund-policy", helpful, reason, "money back", "CSUPPORT",
                Optional.empty(), false, confidence);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void verdictsOnTopHitsAreHelpfulClicksAndWrongArticleReasonsSinceTheGivenMoment(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcFeedbackLog log = new JdbcFeedbackLog(db.dataSource());
            log.record(vote(Duration.ofHours(1), true, Optional.empty(), OptionalDouble.of(0.812)));
            log.record(vote(Duration.ofHours(2), false, Optional.empty(), OptionalDouble.of(0.3)));
            log.record(vote(Duration.ofHours(2), false, Optional.of(FeedbackReason.WRONG_ARTICLE),
                    OptionalDouble.of(0.3)));
            log.record(vote(Duration.ofHours(3), false, Optional.of(FeedbackReason.OUTDATED), OptionalDouble.of(0.9)));
            log.record(vote(Duration.ofHours(4), true, Optional.empty(), OptionalDouble.empty()));
            log.record(vote(Duration.ofDays(40), true, Optional.empty(), OptionalDouble.of(0.5)));

            assertEquals(List.of(new RatedAnswer(0.812, true), new RatedAnswer(0.3, false)),
                    log.since(NOW.minus(Duration.ofDays(30))));
        }
    }
}
