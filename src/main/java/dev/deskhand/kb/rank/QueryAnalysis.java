package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Fields;

import java.util.List;
import java.util.Set;

/**
 * The query text as the index sees it.
 *
 * @param lang   "en" or "ko"; decides which field family is searched
 * @param groups word groups from the language's own chain (English stems or Nori morphemes)
 * @param grams  character grams (English trigrams or Hangul bigrams), a safety net for words the chain misses
 */
record QueryAnalysis(String lang, List<Set<String>> groups, List<Set<String>> grams) {

    String suffix() {
        return lang.equals("ko") ? Fields.KO : Fields.EN;
    }

    String gramSuffix() {
        return lang.equals("ko") ? Fields.BIGRAM : Fields.NGRAM;
    }

    boolean isEmpty() {
        return groups.isEmpty() && grams.isEmpty();
    }
}
