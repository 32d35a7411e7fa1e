package dev.deskhand.kb;

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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Builds a fresh in-memory index from articles: one document per article and one per passage (title, each alias,
 * playbook sections, paragraphs, lines). The index is small and rebuilt whole, so it lives on the heap.
 */
final class IndexBuilder {

    private final KbAnalyzers analyzers;
    private final RankingParameters parameters;

    IndexBuilder(KbAnalyzers analyzers, RankingParameters parameters) {
        this.analyzers = analyzers;
        this.parameters = parameters;
    }

    /** Later duplicates of an id are dropped (lint reports them); skipped files are passed through to the report. */
    IndexSnapshot build(List<Article> articles, List<SkippedFile> skipped, long startedNanos) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        // One buffer per file: every postings lookup slices its file, and slicing a single buffer is far cheaper
        // than slicing the default list of small blocks (a third of the search time at 10,000 articles).
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        int sections = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perFieldIndexAnalyzer())
                .setSimilarity(similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : byId.values()) {
                writer.addDocument(articleDocument(article));
                for (Passage passage : passages(article)) {
                    writer.addDocument(passageDocument(article, passage));
                }
                sections += (int) Markdown.sections(article.body()).stream()
                        .filter(s -> article.type() == ArticleType.PLAYBOOK && s.title().isPresent()).count();
            }
            writer.forceMerge(1);
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
            return new IndexSnapshot(reader, searcher, Map.copyOf(byId), List.copyOf(sorted), report);
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
        doc.add(new TextField(Fields.SPELL, String.join("\n", article.title(), aliases, tags, body), Field.Store.NO));
        return doc;
    }

    private static Document passageDocument(Article article, Passage passage) {
        Document doc = new Document();
        common(doc, article, Fields.PASSAGE);
        addText(doc, Fields.PASSAGE_TEXT, passage.text());
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
        doc.add(new TextField(field + Fields.BIGRAM, text, Field.Store.NO));
        doc.add(new TextField(field + Fields.NGRAM, text, Field.Store.NO));
    }
}
