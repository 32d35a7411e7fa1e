package dev.deskhand.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples a process's resident memory every 200 ms and keeps the peak; stopped by {@link #close()}. */
final class RssSampler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });
    private volatile double peak = Double.NaN;

    RssSampler(ServerProcess server) {
        timer.scheduleAtFixedRate(() -> {
            double now = server.rssMiB();
            if (!Double.isNaN(now) && (Double.isNaN(peak) || now > peak)) {
                peak = now;
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
    }

    double peakMiB() {
        return peak;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
