package dev.deskhand.kb;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * One complete, immutable index with the articles it was built from. Searches hold a reference while they run, so
 * a reload can swap in a new snapshot and release the old one without pulling it from under a search.
 */
final class IndexSnapshot {

    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Map<String, Article> articles;
    final List<Article> sortedArticles;
    final int articleCount;
    final IndexReport report;
    /** Article id of every Lucene doc, read once so ranking never touches stored fields. */
    private final String[] idByDoc;
    private final boolean[] sectionByDoc;

    IndexSnapshot(DirectoryReader reader, IndexSearcher searcher, Map<String, Article> articles,
                  List<Article> sortedArticles, IndexReport report) {
        this.reader = reader;
        this.searcher = searcher;
        this.articles = articles;
        this.sortedArticles = sortedArticles;
        this.articleCount = articles.size();
        this.report = report;
        this.idByDoc = new String[reader.maxDoc()];
        this.sectionByDoc = new boolean[reader.maxDoc()];
        try {
            var stored = reader.storedFields();
            for (int doc = 0; doc < idByDoc.length; doc++) {
                var fields = stored.document(doc, Set.of(Fields.ID, Fields.SECTION_ANCHOR));
                idByDoc[doc] = fields.get(Fields.ID);
                sectionByDoc[doc] = fields.get(Fields.SECTION_ANCHOR) != null;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String articleId(int doc) {
        return idByDoc[doc];
    }

    /** True when the doc is a passage inside a playbook section. */
    boolean isSection(int doc) {
        return sectionByDoc[doc];
    }

    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
