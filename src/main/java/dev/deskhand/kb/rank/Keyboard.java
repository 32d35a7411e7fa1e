package dev.deskhand.kb.rank;

import dev.deskhand.kb.index.Jamo;

import java.util.Optional;
import org.apache.lucene.search.spell.StringDistance;

/**
 * The Korean 2-set (dubeolsik) layout on a QWERTY keyboard. Two slips it explains: typing Korean while the input is
 * still in English mode ("ghksqnf" is 환불), and hitting the key next to the right one (ㅎ and ㄹ are g and f), which
 * is a likelier typo than any other one-key difference.
 */
final class Keyboard {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String LATIN = "qwertyuiopasdfghjklzxcvbnm";
    private static final String KEYS = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ";
    /** Shift gives the double consonants and two vowels; other capitals type the plain key. */
    private static final String SHIFTED_LATIN = "QWERTOP";
    private static final String SHIFTED_KEYS = "ㅃㅉㄸㄲㅆㅒㅖ";

    /** Keystrokes one key apart, or the same key with and without shift, cost this much instead of 1. */
    static final double NEAR_SLIP = 0.5;

    /**
     * Vowels that sound the same in today's Korean (ㅐ/ㅔ, ㅒ/ㅖ, ㅔ/ㅖ): confusing them is a spelling mistake, not a
     * slip, and the one real words are most often misspelt by ("결재" for "결제").
     */
    static final double SOUND_ALIKE = 0.25;
    private static final String[] SAME_SOUND = {"ㅐㅔ", "ㅒㅖ", "ㅔㅖ", "ㅐㅒ"};

    /** Similarity of two keystroke strings: one minus the weighted edits over the longer length. */
    static final StringDistance DISTANCE = Keyboard::similarity;

    private Keyboard() {
    }

    /**
     * What a word typed in English mode says in Korean, when its letters make whole syllables: real English words
     * almost never do ("refund" would leave lone letters), so that is what tells a slip from English.
     */
    static Optional<String> hangul(String word) {
        if (word.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder keys = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int shifted = SHIFTED_LATIN.indexOf(c);
            int plain = LATIN.indexOf(Character.toLowerCase(c));
            if (shifted >= 0) {
                keys.append(SHIFTED_KEYS.charAt(shifted));
            } else if (plain >= 0) {
                keys.append(KEYS.charAt(plain));
            } else {
                return Optional.empty();
            }
        }
        String composed = Jamo.compose(keys);
        return Jamo.allSyllables(composed) ? Optional.of(composed) : Optional.empty();
    }

    /** The QWERTY letter a Korean key sits on (shifted keys on their plain key), or 0. */
    private static char latin(char key) {
        int shifted = SHIFTED_KEYS.indexOf(key);
        if (shifted >= 0) {
            return Character.toLowerCase(SHIFTED_LATIN.charAt(shifted));
        }
        int plain = KEYS.indexOf(key);
        return plain >= 0 ? LATIN.charAt(plain) : 0;
    }

    /** Neighbouring keys (same row, or the two touching keys of the row above or below), or one key shifted. */
    static boolean near(char a, char b) {
        char x = latin(a);
        char y = latin(b);
        if (x == 0 || y == 0) {
            return false;
        }
        if (x == y) {
            return a != b;
        }
        int rx = row(x);
        int ry = row(y);
        int cx = ROWS[rx].indexOf(x);
        int cy = ROWS[ry].indexOf(y);
        if (rx == ry) {
            return Math.abs(cx - cy) == 1;
        }
        // Each row sits half a key to the right of the one above it.
        if (ry == rx + 1) {
            return cy == cx || cy == cx - 1;
        }
        if (ry == rx - 1) {
            return cy == cx || cy == cx + 1;
        }
        return false;
    }

    static boolean soundAlike(char a, char b) {
        for (String pair : SAME_SOUND) {
            if (pair.indexOf(a) >= 0 && pair.indexOf(b) >= 0 && a != b) {
                return true;
            }
        }
        return false;
    }

    private static int row(char latin) {
        for (int r = 0; r < ROWS.length; r++) {
            if (ROWS[r].indexOf(latin) >= 0) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Weighted Damerau-Levenshtein distance: a sound-alike vowel costs {@link #SOUND_ALIKE}, a near slip
     * {@link #NEAR_SLIP}, other edits 1.
     */
    static double distance(String a, String b) {
        double[][] d = new double[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double substitute = x == y ? 0 : soundAlike(x, y) ? SOUND_ALIKE : near(x, y) ? NEAR_SLIP : 1;
                double best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitute);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static float similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : (float) (1 - distance(a, b) / longer);
    }
}
