package dev.deskhand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's own CPU time from {@code /proc/<pid>/stat} (utime + stime, fields 14 and 15, in clock ticks). */
final class ProcStat {

    /**
     * USER_HZ is 100 on every Linux we document; {@code getconf CLK_TCK} would say otherwise, and the figure would
     * then be off by that factor.
     */
    private static final double MILLIS_PER_TICK = 1000.0 / Long.getLong("bench.clockTicks", 100);

    private ProcStat() {
    }

    /** Milliseconds of CPU the process has used (all its threads), or NaN where there is no /proc. */
    static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // The command name (field 2) is in parentheses and may contain spaces; count fields after its end.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
