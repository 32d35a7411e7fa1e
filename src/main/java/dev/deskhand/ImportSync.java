package dev.deskhand;

import dev.deskhand.config.SyncJob;
import dev.deskhand.kb.importing.ImportCli;
import dev.deskhand.kb.importing.ImportSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code sync:} entry run inside the server: the same import as {@code deskhand import}, on a schedule. It writes
 * only files whose content changed, so the knowledge folder's hot reload picks up exactly the edits; a failed run
 * (an API error, a 500 part-way) writes nothing and the next run tries again.
 */
final class ImportSync implements Routine {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSync.class);

    private final SyncJob job;
    private final ImportCli imports;
    private final String name;

    ImportSync(SyncJob job, int index, ImportCli imports) {
        this.job = job;
        this.imports = imports;
        this.name = "import-sync-" + job.source() + (index == 0 ? "" : "-" + index);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return job.interval();
    }

    @Override
    public void runOnce() {
        try {
            ImportSummary summary = imports.importOnce(job.arguments());
            if (summary.touchedNothing()) {
                LOG.debug("{}: {}", name, summary.lines().get(0));
            } else {
                summary.lines().forEach(line -> LOG.info("{}: {}", name, line));
            }
        } catch (IOException | UncheckedIOException e) {
            // The message names the address and status, never the credential.
            LOG.warn("{}: nothing changed this round: {}", name, e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.error("{}: the sync settings are wrong: {}", name, e.getMessage());
        }
    }
}
