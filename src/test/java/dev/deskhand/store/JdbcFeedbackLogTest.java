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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReasonExplainsItsVoteInsteadOfAddingOne(Kind kind) throws Exception {
        try (DigestTestDatabase db = DigestTestDatabase.create(kind)) {
            JdbcFeedbackLog log = new JdbcFeedbackLog(db.dataSource());
            Optional<String> vote = Optional.of("0f8e2c4a-1111-4222-8333-944445555666");
            log.record(voted(vote, Optional.empty(), Optional.empty()));
            log.record(voted(vote, Optional.of(FeedbackReason.OTHER), Optional.of("needs the EU steps")));
            // The button's own update can land after the form's text: it must not wipe it.
            log.record(voted(vote, Optional.of(FeedbackReason.OTHER), Optional.empty()));

            List<List<String>> rows = new java.util.ArrayList<>();
            try (var c = db.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("SELECT reason, note FROM kb_feedback")) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
            assertEquals(List.of(List.of("OTHER", "needs the EU steps")), rows);
        }
    }

    static Feedback voted(Optional<String> voteId, Optional<FeedbackReason> reason, Optional<String> note) {
        return new Feedback(NOW, "refund-policy", false, reason, "money back", "CSUPPORT", Optional.empty(), false,
                OptionalDouble.empty(), voteId, note);
    }
}
