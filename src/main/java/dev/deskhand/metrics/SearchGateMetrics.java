package dev.deskhand.metrics;

import dev.deskhand.kb.SearchGate;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;

/**
 * The search gate's refusals ({@code deskhand_kb_busy_total{reason="full|slow|waited"}}), its wait line
 * ({@code deskhand_kb_waiting}) and the mean search time it admits by ({@code deskhand_kb_gate_mean_seconds}):
 * read from the gate's own counts, so the gate needs no metrics library.
 */
public final class SearchGateMetrics implements MeterBinder {

    private final SearchGate gate;

    public SearchGateMetrics(SearchGate gate) {
        this.gate = gate;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (SearchGate.Busy reason : SearchGate.Busy.values()) {
            FunctionCounter.builder("deskhand.kb.busy", gate, g -> g.refused(reason))
                    .description("Searches answered with 'busy, try again' instead of running")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("deskhand.kb.waiting", gate, SearchGate::waiting)
                .description("Searches waiting for a free slot").register(registry);
        Gauge.builder("deskhand.kb.gate.mean", gate, g -> g.meanSearch().toNanos() / 1e9)
                .description("Moving mean of the search time; a newcomer's expected wait is its place in line times"
                        + " this, divided by the slots")
                .baseUnit("seconds").register(registry);
    }
}
