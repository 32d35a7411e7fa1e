package dev.deskhand.kb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How many articles use each word, in whichever of their fields (title, aliases, tags, body) uses it most: the
 * rarity that coverage and confidence weigh words by. Read once per index, so a query pays a hash lookup per word
 * instead of four term-dictionary seeks.
 */
public final class ArticleDocFreqs {

    private final Map<String, Integer> english;
    private final Map<String, Integer> korean;

    ArticleDocFreqs(IndexReader reader) {
        english = read(reader, Fields.EN);
        korean = read(reader, Fields.KO);
    }

    /** Documents frequency of {@code term} among whole articles for the field family {@code suffix}; 0 if unused. */
    public int of(String suffix, String term) {
        return (suffix.equals(Fields.KO) ? korean : english).getOrDefault(term, 0);
    }

    private static Map<String, Integer> read(IndexReader reader, String suffix) {
        Map<String, Integer> df = new HashMap<>();
        try {
            for (String field : List.of(Fields.TITLE, Fields.ALIASES, Fields.TAGS, Fields.BODY)) {
                Terms terms = MultiTerms.getTerms(reader, field + suffix);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    df.merge(term.utf8ToString(), it.docFreq(), Math::max);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return df;
    }
}
