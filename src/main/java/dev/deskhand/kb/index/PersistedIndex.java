package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.SkippedFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index kept on disk under the data folder, so a restart with unchanged knowledge opens it instead of building
 * it. Every whole-article document carries the SHA-256 of its article as parsed, and the commit carries a version
 * (document schema, Lucene, ranking parameters, synonyms, sentence model): on a start, a different version rebuilds
 * everything once, a changed article is replaced alone (its passages and vectors with it), a removed one is
 * deleted, and the rest is not touched — nothing unchanged is analysed or encoded again. An index that cannot be
 * read is rebuilt with a warning; it is a cache of the folder, never worth a failed start.
 */
public final class PersistedIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PersistedIndex.class);

    /** Raise when what is written per document changes (fields, passages, which lines get vectors). */
    static final int SCHEMA = 3; // 2: articles parsed with commonmark (was regexes); 3: spell_keys
    private static final String VERSION_KEY = "deskhand.version";

    /** What a start did with the index on disk. */
    public enum Kind { OPENED, UPDATED, REBUILT }

    /** The index now in use and what it took: {@code changed} and {@code removed} count articles. */
    public record Outcome(IndexSnapshot snapshot, Kind kind, int changed, int removed) {
    }

    /**
     * What the last sync wrote or read, so the next one (an edit, while the server runs) neither reads every
     * article's hash again nor opens every segment again: valid while the commit on disk is the one it describes.
     * The reader is held (one reference) so the next reader shares its unchanged segments.
     */
    private static final class Live {
        final String version;
        final long generation;
        final DirectoryReader reader;
        final Map<String, String> hashes;
        /** Vectors per article, read when first needed (an edit; a start that changes nothing never needs them). */
        Map<String, Integer> vectors;

        Live(String version, long generation, DirectoryReader reader, Map<String, String> hashes,
             Map<String, Integer> vectors) {
            this.version = version;
            this.generation = generation;
            this.reader = reader;
            this.hashes = hashes;
            this.vectors = vectors;
        }
    }

    /** An article's hash and section count, valid while the loader hands over this same parsed instance. */
    private static final class Known {
        final Article article;
        final String hash;
        int sections = -1;

        Known(Article article, String hash) {
            this.article = article;
            this.hash = hash;
        }
    }

    private final Path dir;
    private final SegmentTables tables = new SegmentTables();
    /**
     * By article id (guarded by this). The loader re-parses only files whose mtime or size changed and hands over
     * the same instances for the rest, so an edit hashes and counts the sections of its own article alone, not of
     * all ten thousand (a SHA-256 over every body and a Markdown parse of every playbook per edit).
     */
    private final Map<String, Known> known = new HashMap<>();
    private Directory directory;
    private Live live;

    /** @param dir the index folder, created when missing (e.g. {@code DATA_DIR/kb/index}) */
    public PersistedIndex(Path dir) {
        this.dir = dir;
    }

    /**
     * The version an index on disk must carry to be reused with these settings.
     *
     * @param synonyms  the folder's synonym rules (they change the analysis of every document)
     * @param encoderId the sentence model, or "none"
     */
    public static String version(RankingParameters parameters, Optional<String> synonyms, String encoderId) {
        return "schema=" + SCHEMA + ";lucene=" + Version.LATEST + ";ranking=" + parameters
                + ";synonyms=" + sha256(synonyms.orElse("")) + ";model=" + encoderId
                + ";vectors=" + PassageVectors.MAX_PASSAGES;
    }

    /**
     * The hash stored per article: every field the index is written from, so any edit that matters shows. Not the
     * file's path: the server ({@code ./knowledge}) and the command line ({@code knowledge}) name the same folder
     * differently, and a moved folder holds the same articles.
     */
    static String hash(Article a) {
        return sha256(String.join("\u0000", a.id(), a.title(), a.type().key(), String.join("\u0001", a.tags()),
                String.join("\u0001", a.aliases()), a.lang(), String.valueOf(a.owner()), String.valueOf(a.updated()),
                String.valueOf(a.reviewBy()), a.url().orElse(""), a.body()));
    }

    /** One hash over every article's hash: equal when the articles are exactly those indexed. */
    public static String contentKey(java.util.Collection<Article> articles) {
        StringBuilder all = new StringBuilder();
        articles.stream().map(PersistedIndex::hash).sorted().forEach(h -> all.append(h).append('\n'));
        return sha256(all.toString());
    }

    /**
     * Brings the index on disk in line with the articles and opens it: opened as it is, updated in place, or
     * rebuilt (first start, new version, unreadable index).
     */
    public synchronized Outcome sync(IndexBuilder builder, String version, List<Article> articles,
                                     List<SkippedFile> skipped, long startedNanos) {
        Map<String, Article> byId = IndexBuilder.unique(articles);
        try {
            Optional<Outcome> updated = update(builder, version, byId, skipped, startedNanos);
            if (updated.isPresent()) {
                return updated.get();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The knowledge index in {} cannot be read ({}); rebuilding it from the folder", dir, e.toString());
        }
        try {
            return rebuild(builder, version, byId, skipped, startedNanos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the knowledge index in " + dir, e);
        }
    }

    /**
     * For the command line: the index on disk, read-only, when it has this version and every article is as indexed;
     * otherwise empty (the caller builds in memory and leaves the server's index alone).
     */
    public synchronized Optional<IndexSnapshot> openIfCurrent(IndexBuilder builder, String version,
                                                              List<Article> articles, List<SkippedFile> skipped,
                                                              long startedNanos) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Map<String, Article> byId = IndexBuilder.unique(articles);
        DirectoryReader reader = null;
        try {
            Directory d = directory();
            if (!DirectoryReader.indexExists(d)) {
                return Optional.empty();
            }
            reader = DirectoryReader.open(d);
            Map<String, String> stored = version.equals(reader.getIndexCommit().getUserData().get(VERSION_KEY))
                    ? storedHashes(reader) : Map.of();
            if (stored.isEmpty() || !stale(stored, byId).isEmpty() || !stored.keySet().equals(byId.keySet())) {
                reader.close();
                return Optional.empty();
            }
            return Optional.of(builder.snapshot(reader, byId, skipped, startedNanos, tables, this::sections));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The knowledge index in {} cannot be read ({}); building in memory", dir, e.toString());
            closeQuietly(reader);
            return Optional.empty();
        }
    }

    private Optional<Outcome> update(IndexBuilder builder, String version, Map<String, Article> byId,
                                     List<SkippedFile> skipped, long startedNanos) throws IOException {
        Directory d = directory();
        if (!DirectoryReader.indexExists(d)) {
            return Optional.empty();
        }
        if (live != null && (!live.version.equals(version)
                || live.generation != SegmentInfos.getLastCommitGeneration(d))) {
            forget(); // another version, or the index was written by someone else meanwhile
        }
        if (live == null) {
            DirectoryReader reader = DirectoryReader.open(d);
            try {
                String was = reader.getIndexCommit().getUserData().get(VERSION_KEY);
                if (!version.equals(was)) {
                    LOG.info("The knowledge index in {} was written by another version; rebuilding it once", dir);
                    reader.close();
                    return Optional.empty();
                }
                live = new Live(version, reader.getIndexCommit().getGeneration(), reader, storedHashes(reader),
                        null);
            } catch (IOException | RuntimeException e) {
                closeQuietly(reader);
                throw e;
            }
        }
        Map<String, String> changed = stale(live.hashes, byId);
        Set<String> removed = new java.util.HashSet<>(live.hashes.keySet());
        removed.removeAll(byId.keySet());
        DirectoryReader reader = live.reader;
        if (!changed.isEmpty() || !removed.isEmpty()) {
            if (live.vectors == null) {
                live.vectors = vectorCounts(live.reader);
            }
            int kept = 0;
            for (Map.Entry<String, Integer> e : live.vectors.entrySet()) {
                if (!changed.containsKey(e.getKey()) && !removed.contains(e.getKey())) {
                    kept += e.getValue();
                }
            }
            int room = PassageVectors.MAX_PASSAGES - kept;
            try (IndexWriter writer = new IndexWriter(d, builder.appendConfig())) {
                for (String id : removed) {
                    writer.deleteDocuments(new Term(Fields.ID, id));
                    live.hashes.remove(id);
                    live.vectors.remove(id);
                }
                for (Map.Entry<String, String> e : changed.entrySet()) {
                    int encoded = builder.replace(writer, byId.get(e.getKey()), e.getValue(), room);
                    room -= encoded;
                    live.hashes.put(e.getKey(), e.getValue());
                    live.vectors.put(e.getKey(), encoded);
                }
                writer.setLiveCommitData(Map.of(VERSION_KEY, version).entrySet());
                writer.commit();
            } catch (IOException | RuntimeException e) {
                forget();
                throw e;
            }
            // Shares every segment the edit did not touch with the previous reader: only new segments are opened.
            DirectoryReader next = DirectoryReader.openIfChanged(live.reader);
            if (next != null) {
                Live was = live;
                live = new Live(version, next.getIndexCommit().getGeneration(), next, was.hashes, was.vectors);
                release(was.reader);
                reader = next;
            }
        }
        reader.incRef(); // the snapshot's reference; the live state keeps its own
        try {
            IndexSnapshot snapshot = builder.snapshot(reader, byId, skipped, startedNanos, tables, this::sections);
            Kind kind = changed.isEmpty() && removed.isEmpty() ? Kind.OPENED : Kind.UPDATED;
            return Optional.of(new Outcome(snapshot, kind, changed.size(), removed.size()));
        } catch (IOException | RuntimeException e) {
            release(reader);
            throw e;
        }
    }

    private Outcome rebuild(IndexBuilder builder, String version, Map<String, Article> byId,
                            List<SkippedFile> skipped, long startedNanos) throws IOException {
        forget();
        Directory d = directory();
        // Whatever is there (a broken or older index) goes first: a fresh writer must not try to make sense of it.
        for (String file : d.listAll()) {
            try {
                d.deleteFile(file);
            } catch (IOException e) {
                LOG.debug("Could not delete {} from {}: {}", file, dir, e.toString());
            }
        }
        Map<String, String> hashes = new HashMap<>();
        byId.values().forEach(a -> hashes.put(a.id(), hashOf(a)));
        try (IndexWriter writer = new IndexWriter(d, builder.freshConfig())) {
            builder.writeAll(writer, byId.values(), hashes);
            writer.setLiveCommitData(Map.of(VERSION_KEY, version).entrySet());
            writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(d);
        live = new Live(version, reader.getIndexCommit().getGeneration(), reader, hashes, null);
        reader.incRef(); // the snapshot's reference
        IndexSnapshot snapshot = builder.snapshot(reader, byId, skipped, startedNanos, tables, this::sections);
        known.keySet().retainAll(byId.keySet());
        return new Outcome(snapshot, Kind.REBUILT, byId.size(), 0);
    }

    /** Drops the live state (its reader reference); the next sync reads the index on disk afresh. */
    private void forget() {
        if (live != null) {
            release(live.reader);
            live = null;
        }
    }

    /** Articles whose hash differs from the stored one (or that are new), with their new hash. */
    private Map<String, String> stale(Map<String, String> stored, Map<String, Article> byId) {
        if (known.size() > byId.size()) {
            known.keySet().retainAll(byId.keySet()); // forget removed articles
        }
        Map<String, String> changed = new java.util.LinkedHashMap<>();
        for (Article article : byId.values()) {
            String now = hashOf(article);
            if (!now.equals(stored.get(article.id()))) {
                changed.put(article.id(), now);
            }
        }
        return changed;
    }

    private String hashOf(Article article) {
        Known k = known.get(article.id());
        if (k == null || k.article != article) {
            k = new Known(article, hash(article));
            known.put(article.id(), k);
        }
        return k.hash;
    }

    private int sections(Article article) {
        Known k = known.get(article.id());
        if (k == null || k.article != article) {
            return IndexBuilder.sections(article);
        }
        if (k.sections < 0) {
            k.sections = IndexBuilder.sections(article);
        }
        return k.sections;
    }

    private static Map<String, String> storedHashes(DirectoryReader reader) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        // Only whole-article documents carry a hash: visit those, not the many passages.
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum articles = leaf.reader().postings(new Term(Fields.KIND, Fields.ARTICLE), PostingsEnum.NONE);
            if (articles == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            var stored = leaf.reader().storedFields();
            for (int d = articles.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = articles.nextDoc()) {
                if (live == null || live.get(d)) {
                    var fields = stored.document(d, Set.of(Fields.ID, Fields.HASH));
                    hashes.put(fields.get(Fields.ID), fields.get(Fields.HASH));
                }
            }
        }
        return hashes;
    }

    private static Map<String, Integer> vectorCounts(DirectoryReader reader) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            var stored = leaf.reader().storedFields();
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                if (live == null || live.get(d)) {
                    counts.merge(stored.document(d, Set.of(Fields.ID)).get(Fields.ID), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private Directory directory() throws IOException {
        if (directory == null) {
            Files.createDirectories(dir);
            // Memory-mapped on 64-bit JVMs: the pages are the OS's cache, not the heap.
            directory = FSDirectory.open(dir);
        }
        return directory;
    }

    private static void release(DirectoryReader reader) {
        try {
            reader.decRef();
        } catch (IOException e) {
            LOG.debug("Releasing a reader failed", e);
        }
    }

    private static void closeQuietly(DirectoryReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.debug("Closing a reader failed", e);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Closes the directory; snapshots opened from it must have been released. */
    @Override
    public synchronized void close() {
        forget();
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            directory = null;
        }
    }
}
