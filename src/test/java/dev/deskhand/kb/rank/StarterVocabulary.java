package dev.deskhand.kb.rank;

import dev.deskhand.kb.SentenceEncoder;
import dev.deskhand.kb.index.CachedEncoder;
import dev.deskhand.kb.index.IndexBuilder;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.KbAnalyzers;
import dev.deskhand.kb.index.KnowledgeFolder;
import dev.deskhand.kb.index.RankingParameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** The starter knowledge base's index (words only) and a field's vocabulary, for the spell checkers' replicas. */
final class StarterVocabulary {

    private StarterVocabulary() {
    }

    static IndexSnapshot index() throws IOException {
        KnowledgeFolder folder = new KnowledgeFolder(Path.of("knowledge"));
        KbAnalyzers analyzers = new KbAnalyzers(folder.synonyms(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        KnowledgeFolder.Contents contents = folder.read();
        return new IndexBuilder(analyzers, RankingParameters.DEFAULT, new CachedEncoder(SentenceEncoder.NONE))
                .build(contents.articles(), contents.skipped(), 0);
    }

    static List<String> terms(IndexSnapshot snapshot, String field) throws IOException {
        List<String> terms = new ArrayList<>();
        NearestWord.forEachTerm(snapshot.reader, field, (text, codePoints, docFreq) -> terms.add(text));
        return terms;
    }

    /**
     * Seeded misspellings of the vocabulary's words, none of them a word of the vocabulary or shorter than
     * {@code minLength}: per word, {@code perWord} tries of one or two edits with {@code letters}.
     */
    static TreeSet<String> slips(List<String> vocabulary, long seed, String letters, int perWord, int minLength) {
        TreeSet<String> slips = new TreeSet<>();
        Random random = new Random(seed);
        for (String word : vocabulary) {
            if (word.length() < minLength - 1) {
                continue;
            }
            for (int i = 0; i < perWord; i++) {
                String twice = edit(edit(word, random, letters), random, letters);
                slips.add(i % 2 == 0 ? twice : edit(word, random, letters));
            }
        }
        slips.removeAll(vocabulary);
        slips.removeIf(t -> t.codePointCount(0, t.length()) < minLength);
        return slips;
    }

    /** Where a replica's choice differs from the checker's ("slip: checker …, replica …"), and how many it corrected. */
    record Agreement(List<String> differences, int corrected) {
    }

    static Agreement agreement(IndexSnapshot snapshot, String field, Collection<String> slips,
                               DirectSpellChecker checker, Function<String, Optional<String>> replica)
            throws IOException {
        List<String> differences = new ArrayList<>();
        int corrected = 0;
        for (String slip : slips) {
            SuggestWord[] words = checker.suggestSimilar(new Term(field, slip), 1, snapshot.reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            Optional<String> expected = words.length > 0 ? Optional.of(words[0].string) : Optional.empty();
            Optional<String> actual = replica.apply(slip);
            corrected += expected.isPresent() ? 1 : 0;
            if (!expected.equals(actual)) {
                differences.add(slip + ": checker " + expected + ", replica " + actual);
            }
        }
        return new Agreement(differences, corrected);
    }

    /** One random edit of the kinds the checker counts: insert, delete, substitute or swap two neighbours. */
    static String edit(String word, Random random, String letters) {
        StringBuilder s = new StringBuilder(word);
        int at = random.nextInt(Math.max(1, s.length()));
        char letter = letters.charAt(random.nextInt(letters.length()));
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, letter);
            case 1 -> {
                if (s.length() > 1) {
                    s.deleteCharAt(at);
                }
            }
            case 2 -> s.setCharAt(at, letter);
            default -> {
                if (at + 1 < s.length()) {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                }
            }
        }
        return s.toString();
    }
}
