package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.SynonymExpander;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/** Builds Lucene queries from analysed terms (never from user syntax). */
final class QueryFactory {

    /** A field to search and its weight. */
    record WeightedField(String name, float weight) {
    }

    private QueryFactory() {
    }

    /**
     * The word (or any of its synonyms) in one field. Single words share one set of statistics (a synonym is the
     * same word); a several-word synonym is a phrase, and the best of the two counts.
     */
    static Query group(String field, Set<String> terms) {
        List<String> words = new ArrayList<>(terms.size());
        List<Query> alternatives = new ArrayList<>(1);
        for (String t : terms) {
            if (t.contains(SynonymExpander.PHRASE_SEPARATOR)) {
                alternatives.add(phrase(field, t));
            } else {
                words.add(t);
            }
        }
        if (!words.isEmpty()) {
            alternatives.add(0, words(field, words));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query words(String field, List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        words.forEach(t -> synonyms.addTerm(new Term(field, t)));
        return synonyms.build();
    }

    /** Words joined by single spaces; an empty word is a gap left by a stop word. */
    private static Query phrase(String field, String words) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int position = 0;
        for (String word : words.split(SynonymExpander.PHRASE_SEPARATOR, -1)) {
            if (!word.isEmpty()) {
                phrase.add(new Term(field, word), position);
            }
            position++;
        }
        return phrase.build();
    }

    /** Term-centric: each word scores by its best field plus {@code tie} times the others. */
    static Query group(List<WeightedField> fields, Set<String> terms, float tie) {
        if (fields.size() == 1) {
            return boost(group(fields.get(0).name(), terms), fields.get(0).weight());
        }
        List<Query> perField = fields.stream().map(f -> boost(group(f.name(), terms), f.weight())).toList();
        return new DisjunctionMaxQuery(perField, tie);
    }

    static Query boost(Query q, float weight) {
        return weight == 1f ? q : new BoostQuery(q, weight);
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    static void should(BooleanQuery.Builder b, Query q) {
        b.add(q, BooleanClause.Occur.SHOULD);
    }

    static void filter(BooleanQuery.Builder b, Query q) {
        b.add(q, BooleanClause.Occur.FILTER);
    }
}
