package dev.deskhand.home;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Port: who has opened their App Home, and which teams' queues it showed them. The store implements it. */
public interface HomeViewers {

    /** {@code userId} opened their home at {@code at}, seeing the queues of {@code teams} (replacing earlier ones). */
    void opened(String userId, Set<String> teams, Instant at);

    /** The remembered teams of a user who opened their home before; empty for someone who never did. */
    Optional<Set<String>> teamsOf(String userId);

    /** Of everyone who opened their home: those among {@code users}, and those whose queue shows one of {@code teams}. */
    Set<String> watching(Set<String> users, Set<String> teams);
}
