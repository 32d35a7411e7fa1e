package dev.deskhand.kb;

import java.time.Instant;
import java.util.List;

/** Read port: the verdicts agents gave on top hits since a moment, for {@link AnswerBarReport}. */
public interface AnswerRatings {

    List<RatedAnswer> since(Instant from);
}
