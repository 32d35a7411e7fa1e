package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.IndexReport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.IndexSearcher;

/**
 * One complete, immutable index with the articles it was built from. Searches hold a reference while they run, so
 * a reload can swap in a new snapshot and release the old one without pulling it from under a search.
 */
public final class IndexSnapshot {

    public final DirectoryReader reader;
    public final IndexSearcher searcher;
    public final Map<String, Article> articles;
    public final List<Article> sortedArticles;
    public final int articleCount;
    public final IndexReport report;
    public final ArticleDocFreqs docFreqs;
    public final GramVectors grams;
    /** Meaning vectors of the question-like passages; empty when no encoder understands the articles. */
    public final PassageVectors vectors;
    /** Article id of every Lucene doc, read once so ranking never touches stored fields. */
    private final String[] idByDoc;
    private final boolean[] sectionByDoc;
    private final boolean[] passageByDoc;
    /** The passage docs of each article, ascending, so the second ranking stage can jump straight to them. */
    private final Map<String, int[]> passagesById;
    private final Map<String, Integer> articleDocById = new HashMap<>();

    IndexSnapshot(DirectoryReader reader, IndexSearcher searcher, Map<String, Article> articles,
                  List<Article> sortedArticles, IndexReport report, SegmentTables tables) {
        this.reader = reader;
        this.searcher = searcher;
        this.articles = articles;
        this.sortedArticles = sortedArticles;
        this.articleCount = articles.size();
        this.report = report;
        this.docFreqs = new ArticleDocFreqs(reader);
        this.grams = new GramVectors(searcher, searcher.getSimilarity(), List.of(Fields.TITLE + Fields.NGRAM,
                Fields.ALIASES + Fields.NGRAM, Fields.PASSAGE_TEXT + Fields.NGRAM), tables::grams);
        this.idByDoc = new String[reader.maxDoc()];
        this.sectionByDoc = new boolean[reader.maxDoc()];
        this.passageByDoc = new boolean[reader.maxDoc()];
        Map<String, List<Integer>> passages = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                SegmentTables.Table table = tables.of(leaf);
                // Deleted documents (an edited or removed article in an index on disk) are neither articles nor
                // passages.
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < table.ids().length; d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    int doc = leaf.docBase + d;
                    idByDoc[doc] = table.ids()[d];
                    sectionByDoc[doc] = table.sections()[d];
                    passageByDoc[doc] = table.passages()[d];
                    if (passageByDoc[doc]) {
                        passages.computeIfAbsent(idByDoc[doc], k -> new ArrayList<>()).add(doc);
                    } else {
                        articleDocById.put(idByDoc[doc], doc);
                    }
                }
            }
            // The vectors were encoded when the passages were written; reading them back costs no model call.
            this.vectors = PassageVectors.read(reader, searcher, idByDoc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.passagesById = new HashMap<>();
        passages.forEach((id, docs) -> passagesById.put(id, docs.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The passage docs of an article, ascending (docs are visited in order). */
    public int[] passages(String id) {
        return passagesById.getOrDefault(id, NO_DOCS);
    }

    private static final int[] NO_DOCS = new int[0];

    /** True when the doc is a passage (not a whole article). */
    boolean isPassage(int doc) {
        return passageByDoc[doc];
    }

    /** Whether the article has {@code term} in the field of {@code suffix} where it is most frequent (see docFreqs). */
    public boolean articleUses(String id, String suffix, String term) {
        int doc = articleDoc(id);
        if (doc < 0) {
            return false;
        }
        try {
            var leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
            for (String field : List.of(Fields.TITLE, Fields.ALIASES, Fields.TAGS, Fields.BODY)) {
                var postings = leaf.reader().postings(new org.apache.lucene.index.Term(field + suffix, term));
                if (postings != null && postings.advance(doc - leaf.docBase) == doc - leaf.docBase) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole-article doc of an article, or -1. */
    public int articleDoc(String id) {
        return articleDocById.getOrDefault(id, -1);
    }

    public String articleId(int doc) {
        return idByDoc[doc];
    }

    /** True when the doc is a passage inside a playbook section. */
    public boolean isSection(int doc) {
        return sectionByDoc[doc];
    }

    public boolean tryAcquire() {
        return reader.tryIncRef();
    }

    public void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
