package dev.deskhand.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording's CPU samples: the hottest methods by own time, and the share of samples in which
 * each of our methods (and chosen library entry points) is on the stack. Only threads whose name matches the filter
 * count, so the load generator's samples do not mix with the server's.
 */
final class JfrTop {

    private JfrTop() {
    }

    static void print(Path recording, String threadFilter, int limit, String stackFilter) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            String thread = event.getThread("sampledThread") == null ? ""
                    : String.valueOf(event.getThread("sampledThread").getJavaName());
            if (!thread.matches(threadFilter)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("  %d CPU samples on threads matching %s%n  hottest methods (own time):%n", samples,
                threadFilter);
        print(self, samples, limit, name -> true);
        System.out.println("  share of samples with the method on the stack (" + stackFilter + "):");
        print(inclusive, samples, limit * 2, name -> name.matches(stackFilter)
                && !name.startsWith("dev.deskhand.bench."));
    }

    private static void print(Map<String, Integer> counts, int total, int limit,
                              java.util.function.Predicate<String> keep) {
        counts.entrySet().stream().filter(e -> keep.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
                        e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    public static void main(String[] args) throws IOException {
        print(Path.of(args[0]), args.length > 1 ? args[1] : ".*", args.length > 2 ? Integer.parseInt(args[2]) : 15,
                args.length > 3 ? args[3] : "dev\\.deskhand\\..*");
    }
}
