package dev.deskhand;

import dev.deskhand.config.AppConfig;
import dev.deskhand.kb.tools.AnswerBarReport;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcFeedbackLog;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code deskhand kb bar [--days N]}: what the team's own votes on top hits say about the answer bar, read from
 * the configured database (the replicas' shared one, or the embedded file of a single install).
 */
final class AnswerBarTool {

    static final int DEFAULT_DAYS = 90;

    private final AppConfig config;
    private final Clock clock;

    AnswerBarTool(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        int days = DEFAULT_DAYS;
        if (args.size() == 2 && args.get(0).equals("--days") && args.get(1).matches("[1-9][0-9]{0,3}")) {
            days = Integer.parseInt(args.get(1));
        } else if (!args.isEmpty()) {
            err.println("usage: kb bar [--days N]   (N from 1 to 9999; default " + DEFAULT_DAYS + ")");
            return Main.USAGE;
        }
        try (Database database = new Database(config.database())) {
            database.migrate();
            var votes = new JdbcFeedbackLog(database.dataSource()).since(clock.instant().minus(Duration.ofDays(days)));
            out.println("last " + days + " days");
            AnswerBarReport.of(votes, config.answerBar()).print(out);
            return Main.OK;
        }
    }
}
