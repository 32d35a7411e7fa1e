package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.SkippedFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Writes articles into an index: one document per article and one per passage (title, each alias, playbook
 * sections, paragraphs, lines), the question-like passages with their meaning vectors. {@link #build} makes a
 * throwaway in-memory index (eval, self-calibration, no data folder); {@link PersistedIndex} keeps one on disk.
 */
public final class IndexBuilder {

    /**
     * Large enough that a knowledge base of thousands of articles still makes only a few segments, and at most an
     * eighth of the heap: the server runs in 128 MB, where a 64 MB buffer and the articles themselves do not fit.
     */
    private static final double RAM_BUFFER_MB = Math.min(64, Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20));

    /**
     * From this many articles on, documents are written from several threads. Below it (the starter knowledge base,
     * every evaluation set) one thread writes them in order, so the index, and every answer, is the same on every
     * build; with several threads the order of documents varies, and with it the order of exact ties.
     */
    static final int PARALLEL_FROM = 2_000;

    /** Character grams are never searched as phrases: no positions to write. */
    private static final FieldType GRAMS = frozen(IndexOptions.DOCS_AND_FREQS, false);
    /** The spelling vocabulary only needs to know which words exist. */
    private static final FieldType VOCABULARY = frozen(IndexOptions.DOCS, true);

    private static FieldType frozen(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    private final KbAnalyzers analyzers;
    private final RankingParameters parameters;
    private final CachedEncoder encoder;

    public IndexBuilder(KbAnalyzers analyzers, RankingParameters parameters, CachedEncoder encoder) {
        this.analyzers = analyzers;
        this.parameters = parameters;
        this.encoder = encoder;
    }

    /** Later duplicates of an id are dropped (lint reports them); skipped files are passed through to the report. */
    public IndexSnapshot build(List<Article> articles, List<SkippedFile> skipped, long startedNanos) {
        Map<String, Article> byId = unique(articles);
        // One buffer per file: every postings lookup slices its file, and slicing a single buffer is far cheaper
        // than slicing the default list of small blocks (a third of the search time at 10,000 articles).
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, freshConfig().setUseCompoundFile(false))) {
            writeAll(writer, byId.values(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            return snapshot(DirectoryReader.open(directory), byId, skipped, startedNanos, new SegmentTables(),
                    IndexBuilder::sections);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /** The first article of each id, in the given order. */
    static Map<String, Article> unique(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        return byId;
    }

    /**
     * Whole articles and passages are written as separate segments, never merged: in a segment of their own every
     * field is present in (nearly) every document, and Lucene writes dense length norms, which it reads in
     * constant time while writing postings; mixed, the norms are sparse and writing slows down quadratically.
     */
    IndexWriterConfig freshConfig() {
        return new IndexWriterConfig(analyzers.perFieldIndexAnalyzer())
                .setSimilarity(similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    /** For changing an index on disk in place: small merges keep deleted documents from piling up. */
    IndexWriterConfig appendConfig() {
        return new IndexWriterConfig(analyzers.perFieldIndexAnalyzer())
                .setSimilarity(similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    /**
     * Writes every article and then every passage. The meaning vectors of the question-like passages are encoded
     * in one batch, in document order and up to {@link PassageVectors#MAX_PASSAGES}, and stored with the passages.
     *
     * @param hashes content hash by article id, stored so a later start can tell which files changed
     */
    void writeAll(IndexWriter writer, Collection<Article> articles, Map<String, String> hashes) throws IOException {
        List<Article> order = List.copyOf(articles);
        boolean parallel = order.size() >= PARALLEL_FROM;
        write(writer, order, parallel, article -> List.of(articleDocument(article, hashes.get(article.id()))));
        writer.flush();
        List<List<Passage>> passages = (parallel ? order.parallelStream() : order.stream())
                .map(IndexBuilder::passages).toList();
        Map<Passage, float[]> vectors = encode(order, passages, PassageVectors.MAX_PASSAGES);
        Map<Article, List<Passage>> passagesOf = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            passagesOf.put(order.get(i), passages.get(i));
        }
        write(writer, order, parallel, article -> passagesOf.get(article).stream()
                .map(p -> passageDocument(article, p, vectors)).toList());
    }

    /**
     * Adds each article's documents, in order on one thread, or from the common fork-join pool's threads at once
     * (IndexWriter takes documents from several threads, each into a segment of its own): analysis is nearly all of
     * a build and each document's is independent.
     */
    private static void write(IndexWriter writer, List<Article> order, boolean parallel,
                              java.util.function.Function<Article, List<Document>> documents) throws IOException {
        if (!parallel) {
            for (Article article : order) {
                for (Document doc : documents.apply(article)) {
                    writer.addDocument(doc);
                }
            }
            return;
        }
        try {
            order.parallelStream().forEach(article -> {
                try {
                    writer.addDocuments(documents.apply(article));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Replaces one article's documents (the article and its passages, with their vectors) in one block, so a
     * search never sees half of them; only this article's lines are encoded.
     *
     * @param room how many more passages may still be encoded under {@link PassageVectors#MAX_PASSAGES}
     * @return how many passages were encoded
     */
    int replace(IndexWriter writer, Article article, String hash, int room) throws IOException {
        List<Passage> passages = passages(article);
        Map<Passage, float[]> vectors = encode(List.of(article), List.of(passages), room);
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(articleDocument(article, hash));
        passages.forEach(p -> docs.add(passageDocument(article, p, vectors)));
        writer.updateDocuments(new Term(Fields.ID, article.id()), docs);
        return vectors.size();
    }

    /** Opens the searchable snapshot of a written index, reading the stored vectors instead of encoding. */
    IndexSnapshot snapshot(DirectoryReader reader, Map<String, Article> byId, List<SkippedFile> skipped,
                           long startedNanos, SegmentTables tables, ToIntFunction<Article> sectionsOf)
            throws IOException {
        int sections = 0;
        for (Article article : byId.values()) {
            sections += sectionsOf.applyAsInt(article);
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity());
        List<Article> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Article::id));
        IndexReport report = new IndexReport(byId.size(), sections, skipped,
                Duration.ofNanos(System.nanoTime() - startedNanos), analyzers.rejectedSynonyms);
        IndexSnapshot snapshot = new IndexSnapshot(reader, searcher, Map.copyOf(byId), List.copyOf(sorted), report,
                tables);
        tables.retain(reader);
        return snapshot;
    }

    /** The titled sections of a playbook (0 for other articles), as the report counts them. */
    static int sections(Article article) {
        return article.type() != ArticleType.PLAYBOOK ? 0
                : (int) Markdown.sections(article.body()).stream().filter(s -> s.title().isPresent()).count();
    }

    /** The vectors of the articles' question-like passages, the first {@code room} of them in order. */
    private Map<Passage, float[]> encode(List<Article> articles, List<List<Passage>> passages, int room) {
        if (!encoder.understands("en") || room <= 0) {
            return Map.of();
        }
        List<Passage> chosen = new ArrayList<>();
        for (int i = 0; i < articles.size() && chosen.size() < room; i++) {
            Article article = articles.get(i);
            if (!encoder.understands(article.lang())) {
                continue;
            }
            for (Passage passage : passages.get(i)) {
                if (chosen.size() < room && PassageVectors.isQuestionLike(article, passage.text())) {
                    chosen.add(passage);
                }
            }
        }
        List<float[]> encoded = encoder.encodeAll(chosen.stream().map(p -> p.text().strip()).toList());
        // By identity: two passages with the same words may fall on either side of the cap.
        Map<Passage, float[]> byPassage = new IdentityHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            byPassage.put(chosen.get(i), encoded.get(i));
        }
        return byPassage;
    }

    BM25Similarity similarity() {
        return new BM25Similarity(parameters.k1(), parameters.b());
    }

    private static List<Passage> passages(Article article) {
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage(article.title(), java.util.Optional.empty(), java.util.Optional.empty()));
        for (String alias : article.aliases()) {
            passages.add(new Passage(alias, java.util.Optional.empty(), java.util.Optional.empty()));
        }
        passages.addAll(Passages.of(article));
        return passages;
    }

    private static Document articleDocument(Article article, String hash) {
        Document doc = new Document();
        common(doc, article, Fields.ARTICLE);
        if (hash != null) {
            doc.add(new StoredField(Fields.HASH, hash));
        }
        String body = Markdown.plainText(article.body());
        String aliases = String.join("\n", article.aliases());
        String tags = String.join(" ", article.tags()).replace('-', ' ');
        addText(doc, Fields.TITLE, article.title());
        addText(doc, Fields.ALIASES, aliases);
        addText(doc, Fields.TAGS, tags);
        addText(doc, Fields.BODY, body);
        String words = String.join("\n", article.title(), aliases, tags, body);
        doc.add(new Field(Fields.SPELL, words, VOCABULARY));
        if (hasHangul(words)) {
            // Nori is the dearest part of a build: text without Hangul has no Korean words to spell.
            doc.add(new Field(Fields.SPELL_KEYS, words, VOCABULARY));
        }
        return doc;
    }

    private static boolean hasHangul(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Jamo.isSyllable(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Document passageDocument(Article article, Passage passage, Map<Passage, float[]> vectors) {
        Document doc = new Document();
        common(doc, article, Fields.PASSAGE);
        // A passage only refines the order of articles already found; it is analysed in its article's language
        // alone, which halves the analysis work (Nori over English text is the dearest part of a build).
        if (article.lang().equals("ko")) {
            doc.add(new TextField(Fields.PASSAGE_TEXT + Fields.KO, passage.text(), Field.Store.NO));
            doc.add(new Field(Fields.PASSAGE_TEXT + Fields.BIGRAM, passage.text(), GRAMS));
        } else {
            doc.add(new TextField(Fields.PASSAGE_TEXT + Fields.EN, passage.text(), Field.Store.NO));
            doc.add(new Field(Fields.PASSAGE_TEXT + Fields.NGRAM, passage.text(), GRAMS));
        }
        doc.add(new StoredField(Fields.PASSAGE_TEXT, passage.text()));
        passage.sectionTitle().ifPresent(t -> doc.add(new StoredField(Fields.SECTION_TITLE, t)));
        passage.sectionAnchor().ifPresent(a -> doc.add(new StoredField(Fields.SECTION_ANCHOR, a)));
        float[] vector = vectors.get(passage);
        if (vector != null) {
            // Stored in the index (HNSW graph included), so a restart or an edit elsewhere never re-encodes it.
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    private static void common(Document doc, Article article, String kind) {
        doc.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, article.type().key(), Field.Store.NO));
        doc.add(new StringField(Fields.LANG, article.lang(), Field.Store.NO));
        for (String tag : article.tags()) {
            doc.add(new StringField(Fields.TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
    }

    /** Every text is indexed by every chain, so an English query finds a Korean article's English words and back. */
    private static void addText(Document doc, String field, String text) {
        doc.add(new TextField(field + Fields.EN, text, Field.Store.NO));
        doc.add(new TextField(field + Fields.KO, text, Field.Store.NO));
        doc.add(new Field(field + Fields.BIGRAM, text, GRAMS));
        doc.add(new Field(field + Fields.NGRAM, text, GRAMS));
    }
}
