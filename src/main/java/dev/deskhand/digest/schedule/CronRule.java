package dev.deskhand.digest.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A five-field unix cron expression ({@code minute hour day-of-month month day-of-week}), evaluated over wall-clock
 * time only. Zones and daylight saving are deliberately not its concern: {@link DigestSchedule} turns wall-clock
 * matches into instants, so the cron library never sees a gap or an overlap.
 */
public final class CronRule {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime executionTime;

    private CronRule(String expression, ExecutionTime executionTime) {
        this.expression = expression;
        this.executionTime = executionTime;
    }

    /** Parses and validates; a {@link ScheduleException} names the expression when it is not valid unix cron. */
    public static CronRule parse(String expression) {
        String trimmed = expression == null ? "" : expression.trim().replaceAll("\\s+", " ");
        if (trimmed.split(" ").length != 5) {
            throw new ScheduleException(ScheduleException.Kind.CRON_FIELDS, expression, "cron expression '" + expression
                    + "' must have 5 fields: minute hour day-of-month month day-of-week", null);
        }
        try {
            return new CronRule(trimmed, ExecutionTime.forCron(UNIX.parse(trimmed).validate()));
        } catch (IllegalArgumentException e) {
            throw new ScheduleException(ScheduleException.Kind.CRON_INVALID, expression,
                    "cron expression '" + expression + "' is not valid: " + e.getMessage(), e);
        }
    }

    /** The first wall-clock time strictly after {@code wallClock} that matches, if the expression ever matches again. */
    Optional<LocalDateTime> nextAfter(LocalDateTime wallClock) {
        // UTC has no transitions, so it serves as a neutral carrier for wall-clock arithmetic.
        return executionTime.nextExecution(wallClock.atOffset(ZoneOffset.UTC).toZonedDateTime())
                .map(next -> next.toLocalDateTime());
    }

    public String expression() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronRule rule && rule.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
