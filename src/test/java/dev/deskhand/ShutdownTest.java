package dev.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.deskhand.testing.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Shutdown stops every thread the app started by telling its work to stop, in order, never by waiting out the grace
 * period and interrupting (which added 10 s to every stop and restart when the folder watcher's thread was stopped
 * before the index that closes the watcher).
 */
class ShutdownTest {

    @Test
    void everyThreadStopsWithoutBeingInterruptedAfterTheGracePeriod() throws Exception {
        Logger resources = (Logger) LoggerFactory.getLogger(Resources.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        resources.addAppender(logged);
        try {
            // GIVEN a running app whose knowledge index is ready (its folder watcher running on its own thread)
            TestApp app = TestApp.start();
            // WHEN it shuts down
            app.close();
            // THEN no executor had to be interrupted
            List<String> warnings = logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of(), warnings);
        } finally {
            resources.detachAppender(logged);
        }
    }
}
