package dev.deskhand.kb.index;

import dev.deskhand.kb.Article;
import dev.deskhand.kb.ArticleType;
import dev.deskhand.kb.SentenceEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.SynonymQuery;
import org.junit.jupiter.api.Test;

class GramVectorsTest {

    private static Article article(String id, String title, String body) {
        return new Article(id, title, ArticleType.FAQ, List.of(), List.of(), "en", "", null, null, Optional.empty(),
                java.nio.file.Path.of(id + ".md"), body);
    }

    @Test
    void trigramScoresEqualLuceneScoringASynonymQueryPerWord() throws IOException {
        // GIVEN a small index of passages
        KbAnalyzers analyzers = new KbAnalyzers(Optional.empty(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        List<Article> articles = List.of(
                article("a1", "Strikethrough text", "Use the strikethrough button.\nOr type ~~text~~."),
                article("a2", "Email filters", "Mails from a sender can be filtered.\nSet a label."),
                article("a3", "Refunds", "Refunds take five days.\nThe card is credited."));
        IndexSnapshot snapshot = new IndexBuilder(analyzers, RankingParameters.DEFAULT, new CachedEncoder(SentenceEncoder.NONE)).build(articles, List.of(), 0);
        String field = Fields.PASSAGE_TEXT + Fields.NGRAM;
        List<Set<String>> words = TermGroups.of(analyzers.englishGrams, field, "strike through emails");
        int[] docs = java.util.stream.IntStream.range(0, snapshot.reader.maxDoc()).filter(snapshot::isPassage)
                .toArray();
        // WHEN scored from the inverted vectors and by Lucene itself
        float[] direct = snapshot.grams.scores(field, words, 0.25f, docs);
        BooleanQuery.Builder lucene = new BooleanQuery.Builder();
        for (Set<String> word : words) {
            SynonymQuery.Builder grams = new SynonymQuery.Builder(field);
            word.forEach(g -> grams.addTerm(new Term(field, g)));
            lucene.add(new BoostQuery(grams.build(), 0.25f), BooleanClause.Occur.SHOULD);
        }
        float[] expected = DocScores.of(snapshot.searcher, lucene.build(), docs);
        // THEN they agree on every passage
        for (int i = 0; i < docs.length; i++) {
            assertEquals(expected[i], direct[i], 1e-5, "doc " + docs[i]);
        }
    }

    @Test
    void afterAnEditInPlaceTheScoresStillEqualLucenesOverEverySegment() throws IOException {
        // GIVEN an index where one article was replaced in place: two segments, the first with a deleted article
        KbAnalyzers analyzers = new KbAnalyzers(Optional.empty(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        IndexBuilder builder = new IndexBuilder(analyzers, RankingParameters.DEFAULT,
                new CachedEncoder(SentenceEncoder.NONE));
        List<Article> before = List.of(
                article("a1", "Strikethrough text", "Use the strikethrough button.\nOr type ~~text~~."),
                article("a2", "Email filters", "Mails from a sender can be filtered.\nSet a label."),
                article("a3", "Refunds", "Refunds take five days.\nThe card is credited."));
        List<Article> after = List.of(before.get(0), article("a2", "Email filters",
                "Emails from a sender can be filtered.\nStrike a label through."), before.get(2));
        org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        // No merges: the edit stays a segment of its own, as it does in a large index on disk.
        try (org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(dir,
                builder.freshConfig())) {
            builder.writeAll(writer, before, java.util.Map.of());
            writer.commit();
            builder.replace(writer, after.get(1), "edited", 100);
            writer.commit();
        }
        try {
            java.util.Map<String, Article> byId = IndexBuilder.unique(after);
            IndexSnapshot snapshot = builder.snapshot(org.apache.lucene.index.DirectoryReader.open(dir), byId,
                    List.of(), 0, new SegmentTables(), IndexBuilder::sections);
            int segments = snapshot.reader.leaves().size();
            assertEquals(true, segments > 1, segments + " segments");
            String field = Fields.PASSAGE_TEXT + Fields.NGRAM;
            List<Set<String>> words = TermGroups.of(analyzers.englishGrams, field, "strike through emails");
            int[] docs = java.util.stream.IntStream.range(0, snapshot.reader.maxDoc())
                    .filter(d -> snapshot.articleId(d) != null && snapshot.isPassage(d)).toArray();
            // WHEN scored from the per-segment vectors and by Lucene itself
            float[] direct = snapshot.grams.scores(field, words, 0.25f, docs);
            BooleanQuery.Builder lucene = new BooleanQuery.Builder();
            for (Set<String> word : words) {
                SynonymQuery.Builder grams = new SynonymQuery.Builder(field);
                word.forEach(g -> grams.addTerm(new Term(field, g)));
                lucene.add(new BoostQuery(grams.build(), 0.25f), BooleanClause.Occur.SHOULD);
            }
            float[] expected;
            try {
                expected = DocScores.of(snapshot.searcher, lucene.build(), docs);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // THEN they agree on every live passage, the edited one in the last segment included
            assertEquals(true, java.util.Arrays.stream(docs).anyMatch(d -> d >= snapshot.reader.leaves().get(segments - 1).docBase));
            for (int i = 0; i < docs.length; i++) {
                assertEquals(expected[i], direct[i], 1e-5, "doc " + docs[i]);
            }
            snapshot.release();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
