package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.BoundedCache;
import dev.deskhand.kb.index.Fields;
import dev.deskhand.kb.index.IndexSnapshot;
import dev.deskhand.kb.index.Jamo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Korean "Did you mean …?": Korean typed in English mode ("ghksqnf" → 환불) and Korean words the articles never use
 * replaced by the closest word they do use, compared key by key ({@link Jamo}: "환뷸" is one key from "환불") with
 * neighbouring keys closer than others ({@link Keyboard}). Nori cuts a misspelt word into odd pieces (환뷸 → 환 + 뷸,
 * 회원탈뢰 → 회원 + 탈 + an ending), so the pieces of a word that the articles do not know are tried together with
 * their neighbours, and the closest span wins. Two known words written without a space are written apart first.
 */
final class KoreanSpelling {

    /** Endings, particles and suffixes: they carry no topic, and a word is looked up without them. */
    private static final Set<POS.Tag> GRAMMAR = EnumSet.of(POS.Tag.E, POS.Tag.J, POS.Tag.VCP, POS.Tag.VCN,
            POS.Tag.XSV, POS.Tag.XSA, POS.Tag.VX);
    /** How many of Nori's pieces a misspelt word may have been cut into. */
    private static final int MAX_PIECES = 4;
    /** Similarity a correction needs: one wrong key in a two-syllable word, two in a longer one. */
    private static final float ACCURACY = 0.75f;
    /** Weighted keystroke edits ({@link Keyboard#distance}) allowed where Nori could not read the word. */
    private static final double MAX_SLIP = 1;
    /** Allowed in a word Nori knows: one vowel that sounds the same (ㅐ/ㅔ, ㅔ/ㅖ). */
    private static final double MAX_SOUND_ALIKE = Keyboard.SOUND_ALIKE;
    /** Keystrokes shorter than this are never corrected (the checker's minimum query length). */
    private static final int MIN_QUERY_LENGTH = 4;
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private final Analyzer morphemes;
    private final DirectSpellChecker checker = new DirectSpellChecker();
    /** Each keystroke string's closest indexed word in the index last asked about; a new index starts anew. */
    private volatile Corrections corrections = new Corrections(null);

    private record Piece(String text, int start, int end, POS.Tag tag) {
    }

    private static final class Corrections {
        private final IndexSnapshot snapshot;
        private final BoundedCache<String, String> byKeys = new BoundedCache<>(4_096);
        /** Read at the first keystrokes the articles do not use. */
        private NearestKeys vocabulary;

        Corrections(IndexSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        IndexSnapshot snapshot() {
            return snapshot;
        }

        BoundedCache<String, String> byKeys() {
            return byKeys;
        }

        synchronized NearestKeys vocabulary() throws IOException {
            if (vocabulary == null) {
                vocabulary = NearestKeys.of(snapshot.reader, Fields.SPELL_KEYS, ACCURACY, Keyboard.DISTANCE);
            }
            return vocabulary;
        }
    }

    KoreanSpelling(Analyzer koreanMorphemes) {
        this.morphemes = koreanMorphemes;
        checker.setMinPrefix(0);
        checker.setMaxEdits(2);
        checker.setAccuracy(ACCURACY);
        checker.setDistance(Keyboard.DISTANCE);
        checker.setLowerCaseTerms(false);
        checker.setMinQueryLength(MIN_QUERY_LENGTH);
    }

    /**
     * The text as the person meant to type it in Korean, or empty when nothing needed changing or nothing is close.
     *
     * @param answered the text as typed already finds a good answer: then only a text typed wholly in English mode
     *                 is read again (gibberish can look close in meaning to some English article)
     */
    Optional<String> suggest(IndexSnapshot snapshot, String text, boolean answered) {
        Corrections known = corrections;
        if (known.snapshot() != snapshot) {
            known = new Corrections(snapshot);
            corrections = known;
        }
        if (answered && !couldBeWhollyEnglishMode(snapshot, text)) {
            // The same answer as below, without asking the spell checker about each word (most of a question's CPU).
            return Optional.empty();
        }
        String korean = fromEnglishMode(snapshot, known, text);
        if (answered && (korean.equals(text) || LATIN_WORD.matcher(korean).find())) {
            return Optional.empty();
        }
        String corrected = hasHangul(korean) ? correctWords(snapshot, known, korean) : korean;
        return corrected.equals(text) ? Optional.empty() : Optional.of(corrected);
    }

    /**
     * Latin words the articles never use whose letters make whole Korean syllables on the 2-set layout, and a Korean
     * word the articles use (or one near slip from it): "today" makes syllables too (생묘), but no article's word.
     */
    private String fromEnglishMode(IndexSnapshot snapshot, Corrections known, String text) {
        Matcher m = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            String word = m.group();
            Optional<String> hangul = Keyboard.hangul(word);
            if (hangul.isPresent() && docFreq(snapshot, Fields.SPELL, word.toLowerCase(Locale.ROOT)) == 0
                    && articlesUse(snapshot, known, hangul.get())) {
                out.append(text, copied, m.start()).append(hangul.get());
                copied = m.end();
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether every Latin word could be Korean typed in English mode: makes whole syllables and is no word of the
     * articles. A word that fails stays Latin in {@link #fromEnglishMode}, so an answered question is left alone.
     */
    private static boolean couldBeWhollyEnglishMode(IndexSnapshot snapshot, String text) {
        Matcher m = LATIN_WORD.matcher(text);
        boolean any = false;
        while (m.find()) {
            String word = m.group();
            if (Keyboard.hangul(word).isEmpty() || docFreq(snapshot, Fields.SPELL, word.toLowerCase(Locale.ROOT)) > 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private String correctWords(IndexSnapshot snapshot, Corrections known, String text) {
        List<Piece> pieces = pieces(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < pieces.size()) {
            // The pieces of one written word: Hangul with no space or other character between them.
            int j = i + 1;
            while (j < pieces.size() && pieces.get(j).start() == pieces.get(j - 1).end()) {
                j++;
            }
            List<Piece> word = pieces.subList(i, j);
            Optional<Span> fix = bestFix(snapshot, known, text, word);
            if (fix.isPresent()) {
                out.append(text, copied, fix.get().start()).append(fix.get().replacement());
                copied = fix.get().end();
            }
            i = j;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private record Span(int start, int end, String replacement, double cost) {
    }

    /**
     * The cheapest correction of any run of pieces that holds an unknown one, or empty. A run Nori could not read as
     * words (an unknown piece, or a lone syllable cut off a longer word) may be one wrong key away from its
     * correction; a run of real words only one sound-alike vowel away ("결재" for "결제"), because a real word the
     * articles do not use is far more often just a word they do not use ("점심" is not a slip of "잠김").
     */
    private Optional<Span> bestFix(IndexSnapshot snapshot, Corrections known, String text, List<Piece> word) {
        boolean[] unknown = new boolean[word.size()];
        boolean any = false;
        for (int k = 0; k < word.size(); k++) {
            Piece p = word.get(k);
            unknown[k] = !GRAMMAR.contains(p.tag()) && docFreq(snapshot, Fields.SPELL_KEYS, Jamo.keys(p.text())) == 0;
            any |= unknown[k];
        }
        if (!any) {
            return Optional.empty();
        }
        Optional<Span> apart = writtenApart(snapshot, text, word);
        if (apart.isPresent()) {
            return apart;
        }
        Span best = null;
        for (int from = 0; from < word.size(); from++) {
            if (GRAMMAR.contains(word.get(from).tag())) {
                continue;
            }
            boolean holdsUnknown = false;
            boolean unknownToNori = false;
            boolean loneSyllable = false;
            for (int to = from; to < word.size() && to < from + MAX_PIECES; to++) {
                Piece p = word.get(to);
                holdsUnknown |= unknown[to];
                unknownToNori |= p.tag() == POS.Tag.UNKNOWN;
                loneSyllable |= p.text().length() == 1 && !GRAMMAR.contains(p.tag());
                boolean unreadable = unknownToNori || (to > from && loneSyllable);
                int start = word.get(from).start();
                int end = p.end();
                if (!holdsUnknown || end - start < 2) {
                    continue;
                }
                String keys = Jamo.keys(text.substring(start, end));
                if (docFreq(snapshot, Fields.SPELL_KEYS, keys) > 0) {
                    continue;
                }
                String closest = known.byKeys().get(keys, k -> closest(known, k));
                if (closest.isEmpty()) {
                    continue;
                }
                double cost = Keyboard.distance(keys, closest);
                if (cost > (unreadable ? MAX_SLIP : MAX_SOUND_ALIKE)) {
                    continue;
                }
                if (best == null || cost < best.cost() || (cost == best.cost() && end - start > best.end() - best.start())) {
                    best = new Span(start, end, Jamo.compose(closest), cost);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The word, or its first two or more syllables (before a particle or ending), or a near slip of the word. */
    private boolean articlesUse(IndexSnapshot snapshot, Corrections known, String word) {
        for (int end = word.length(); end >= Math.min(2, word.length()); end--) {
            if (docFreq(snapshot, Fields.SPELL_KEYS, Jamo.keys(word.substring(0, end))) > 0) {
                return true;
            }
        }
        String keys = Jamo.keys(word);
        String closest = known.byKeys().get(keys, k -> closest(known, k));
        return !closest.isEmpty() && Keyboard.distance(keys, closest) <= Keyboard.NEAR_SLIP;
    }

    /**
     * Two words the articles use, written together ("배송지연" is 배송 지연, which Nori reads as a name): the same words
     * with a space, the second one possibly followed by a particle or ending.
     */
    private static Optional<Span> writtenApart(IndexSnapshot snapshot, String text, List<Piece> word) {
        int start = word.get(0).start();
        int end = word.get(word.size() - 1).end();
        String whole = text.substring(start, end);
        for (int cut = 2; cut <= whole.length() - 2; cut++) {
            if (docFreq(snapshot, Fields.SPELL_KEYS, Jamo.keys(whole.substring(0, cut))) == 0) {
                continue;
            }
            for (int stem = whole.length(); stem >= cut + 2; stem--) {
                if (docFreq(snapshot, Fields.SPELL_KEYS, Jamo.keys(whole.substring(cut, stem))) > 0) {
                    return Optional.of(new Span(start, end, whole.substring(0, cut) + " " + whole.substring(cut), 0));
                }
            }
        }
        return Optional.empty();
    }

    /** The indexed keystrokes closest to {@code keys}, or "": the checker's choice ({@link NearestKeys}). */
    private String closest(Corrections known, String keys) {
        IndexSnapshot snapshot = known.snapshot();
        try {
            if (keys.codePointCount(0, keys.length()) < MIN_QUERY_LENGTH
                    || snapshot.reader.docFreq(new Term(Fields.SPELL_KEYS, keys)) > 0) {
                return "";
            }
            if (NearestKeys.handles(keys)) {
                return known.vocabulary().nearest(keys).orElse("");
            }
            SuggestWord[] words = checker.suggestSimilar(new Term(Fields.SPELL_KEYS, keys), 1, snapshot.reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return words.length == 0 ? "" : words[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nori's pieces of the Hangul words, with their parts of speech. */
    private List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        try (TokenStream ts = morphemes.tokenStream(Fields.SPELL_KEYS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (Jamo.allSyllables(term) && offset.endOffset() - offset.startOffset() == term.length()) {
                    pieces.add(new Piece(term.toString(), offset.startOffset(), offset.endOffset(),
                            pos.getLeftPOS()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pieces;
    }

    private static boolean hasHangul(String text) {
        return text.chars().anyMatch(c -> Jamo.isSyllable((char) c));
    }

    private static int docFreq(IndexSnapshot snapshot, String field, String term) {
        try {
            return snapshot.reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
