package dev.deskhand.kb;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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

    /** The word (or any of its synonyms) in one field. */
    static Query group(String field, Set<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.iterator().next()));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(t -> synonyms.addTerm(new Term(field, t)));
        return synonyms.build();
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
