package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.IndexReport;
import dev.deskhand.kb.SkippedFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Builds a fresh in-memory index from articles: one document per article and one per passage (title, each alias,
 * playbook sections, paragraphs, lines). The index is small and rebuilt whole, so it lives on the heap.
 */
public final class IndexBuilder {

    /** Large enough that a knowledge base of thousands of articles still makes only a few segments. */
    private static final double RAM_BUFFER_MB = 64;

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
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        // One buffer per file: every postings lookup slices its file, and slicing a single buffer is far cheaper
        // than slicing the default list of small blocks (a third of the search time at 10,000 articles).
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        int sections = 0;
        // Whole articles and passages are written as separate segments, never merged: in a segment of their own
        // every field is present in (nearly) every document, and Lucene writes dense length norms, which it reads
        // in constant time while writing postings; mixed, the norms are sparse and writing slows down
        // quadratically. No compound files either: they only copy bytes around in memory.
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perFieldIndexAnalyzer())
                .setSimilarity(similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : byId.values()) {
                writer.addDocument(articleDocument(article));
                sections += (int) Markdown.sections(article.body()).stream()
                        .filter(s -> article.type() == ArticleType.PLAYBOOK && s.title().isPresent()).count();
            }
            writer.flush();
            for (Article article : byId.values()) {
                for (Passage passage : passages(article)) {
                    writer.addDocument(passageDocument(article, passage));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity());
            List<Article> sorted = new ArrayList<>(byId.values());
            sorted.sort(Comparator.comparing(Article::id));
            IndexReport report = new IndexReport(byId.size(), sections, skipped,
                    Duration.ofNanos(System.nanoTime() - startedNanos), analyzers.rejectedSynonyms);
            return new IndexSnapshot(reader, searcher, Map.copyOf(byId), List.copyOf(sorted), report, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
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

    private static Document articleDocument(Article article) {
        Document doc = new Document();
        common(doc, article, Fields.ARTICLE);
        String body = Markdown.plainText(article.body());
        String aliases = String.join("\n", article.aliases());
        String tags = String.join(" ", article.tags()).replace('-', ' ');
        addText(doc, Fields.TITLE, article.title());
        addText(doc, Fields.ALIASES, aliases);
        addText(doc, Fields.TAGS, tags);
        addText(doc, Fields.BODY, body);
        doc.add(new Field(Fields.SPELL, String.join("\n", article.title(), aliases, tags, body), VOCABULARY));
        return doc;
    }

    private static Document passageDocument(Article article, Passage passage) {
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
