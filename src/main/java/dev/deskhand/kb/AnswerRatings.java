package dev.deskhand.kb;

import java.time.Instant;
import java.util.List;

/** Read port: the verdicts agents gave on top hits since a moment, for the answer-bar report ({@code kb bar}). */
public interface AnswerRatings {

    List<RatedAnswer> since(Instant from);
}
