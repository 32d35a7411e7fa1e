package dev.deskhand.kb.index;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder tree and runs a callback once things have been quiet for the debounce time, so saving ten files
 * in a row (or a git pull) rebuilds the index once. The loop occupies one thread of the injected executor until
 * {@link #close()}.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final Path root;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService service;

    public FolderWatcher(Path root, Duration debounce, Runnable onChange) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
    }

    public void start(Executor executor) throws IOException {
        registerTree(root);
        executor.execute(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                drain(service.take());
                WatchKey more;
                while ((more = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.warn("Rebuilding the knowledge index after a change failed; keeping the previous one", e);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Stopped watching {}", root);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        LOG.warn("Cannot watch new folder {}: {}", created, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
