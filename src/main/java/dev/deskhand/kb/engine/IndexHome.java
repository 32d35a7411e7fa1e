package dev.deskhand.kb.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the knowledge index lives. The server keeps it on disk ({@link #writable}) and brings it up to date on each
 * start and edit; the command line opens the same folder {@link #readOnly} when it matches the knowledge folder,
 * and otherwise builds in memory without touching it (the server may be writing it).
 *
 * @param dir      the index folder, empty for an index in memory only
 * @param readOnly never write; skip the per-index self-calibration, which a single query cannot repay
 */
public record IndexHome(Optional<Path> dir, boolean readOnly) {

    /** In memory, rebuilt on every start. */
    public static final IndexHome NONE = new IndexHome(Optional.empty(), false);

    public static IndexHome writable(Path dir) {
        return new IndexHome(Optional.of(dir), false);
    }

    public static IndexHome readOnly(Path dir) {
        return new IndexHome(Optional.of(dir), true);
    }

    /** The index folder under a data folder. */
    public static Path under(Path dataDir) {
        return dataDir.resolve("kb").resolve("index");
    }
}
