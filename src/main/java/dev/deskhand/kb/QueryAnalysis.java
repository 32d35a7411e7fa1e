package dev.deskhand.kb;

import java.util.List;
import java.util.Set;

/**
 * The query text as the index sees it.
 *
 * @param lang    "en" or "ko"; decides which field family is searched
 * @param groups  word groups from the language's own chain (English stems or Nori morphemes)
 * @param bigrams Hangul bigram groups (Korean only; empty for English)
 */
record QueryAnalysis(String lang, List<Set<String>> groups, List<Set<String>> bigrams) {

    String suffix() {
        return lang.equals("ko") ? Fields.KO : Fields.EN;
    }

    boolean isEmpty() {
        return groups.isEmpty() && bigrams.isEmpty();
    }
}
