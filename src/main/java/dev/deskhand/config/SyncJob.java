package dev.deskhand.config;

import java.time.Duration;
import java.util.List;

/**
 * One {@code sync:} entry of {@code deskhand.yml}: which source to import from, how often, and the import's
 * arguments exactly as {@code deskhand import} takes them (credentials only as the name of an environment variable).
 */
public record SyncJob(String source, Duration interval, List<String> arguments) {

    public SyncJob {
        arguments = List.copyOf(arguments);
    }
}
