package dev.deskhand.kb.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Each segment's per-document tables (article id, passage or whole article, inside a playbook section or not),
 * read once per segment and kept for as long as the segment is in use. A segment never changes once written (only
 * which of its documents are live), so after an edit only the edited article's new segment is read; the tables of
 * the thousands of documents that did not change are not read again.
 */
final class SegmentTables {

    /** One segment's tables, deleted documents included (the snapshot skips them). */
    record Table(String[] ids, boolean[] sections, boolean[] passages) {
    }

    private final Map<Object, Table> bySegment = new ConcurrentHashMap<>();
    /** Each segment's inverted trigram fields ({@link GramVectors}), by field name. */
    private final Map<Object, Map<String, Optional<GramVectors.Segment>>> gramsBySegment = new ConcurrentHashMap<>();

    /** One segment's inverted trigram field, null when none of its documents has the field. */
    GramVectors.Segment grams(LeafReaderContext leaf, String field) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return GramVectors.invert(leaf.reader(), field);
        }
        return gramsBySegment.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(field, f -> Optional.ofNullable(GramVectors.invert(leaf.reader(), f))).orElse(null);
    }

    Table of(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return read(leaf.reader());
        }
        Table table = bySegment.get(helper.getKey());
        if (table == null) {
            table = read(leaf.reader());
            bySegment.put(helper.getKey(), table);
        }
        return table;
    }

    /** Forgets the segments {@code reader} no longer holds (merged away or deleted whole). */
    void retain(DirectoryReader reader) {
        Set<Object> keys = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            if (helper != null) {
                keys.add(helper.getKey());
            }
        }
        bySegment.keySet().retainAll(keys);
        gramsBySegment.keySet().retainAll(keys);
    }

    private static Table read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        String[] ids = new String[maxDoc];
        boolean[] sections = new boolean[maxDoc];
        boolean[] passages = new boolean[maxDoc];
        PostingsEnum kind = reader.postings(new Term(Fields.KIND, Fields.PASSAGE), PostingsEnum.NONE);
        if (kind != null) {
            for (int d = kind.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = kind.nextDoc()) {
                passages[d] = true;
            }
        }
        var stored = reader.storedFields();
        Set<String> wanted = Set.of(Fields.ID, Fields.SECTION_ANCHOR);
        for (int doc = 0; doc < maxDoc; doc++) {
            var fields = stored.document(doc, wanted);
            ids[doc] = fields.get(Fields.ID);
            sections[doc] = fields.get(Fields.SECTION_ANCHOR) != null;
        }
        return new Table(ids, sections, passages);
    }
}
