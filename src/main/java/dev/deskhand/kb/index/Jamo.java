package dev.deskhand.kb.index;

/**
 * Hangul syllables as the keys typed on a 2-set (dubeolsik) keyboard, and back. One wrong key is one edit between
 * two keystroke strings, whereas in syllables "환뷸" and "환불" differ by a whole character (and share no bigram):
 * compound vowels and compound finals are split into their keys (ㅘ is ㅗ ㅏ, ㄺ is ㄹ ㄱ), double initials (ㄲ) stay
 * one key (shift). {@link #compose} is the keyboard's own automaton, so {@code compose(keys(word))} gives the word
 * back for any run of complete syllables.
 */
public final class Jamo {

    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final int VOWELS = 21;
    private static final int FINALS = 28;

    private static final String INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String[] MEDIAL = {"ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅗㅏ", "ㅗㅐ", "ㅗㅣ",
        "ㅛ", "ㅜ", "ㅜㅓ", "ㅜㅔ", "ㅜㅣ", "ㅠ", "ㅡ", "ㅡㅣ", "ㅣ"};
    private static final String[] FINAL = {"", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ", "ㄹㅁ", "ㄹㅂ",
        "ㄹㅅ", "ㄹㅌ", "ㄹㅍ", "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};
    /** The compatibility letter of each compound vowel and final, for a lone one typed without a syllable. */
    private static final String[][] COMPOUND_LETTERS = {{"ㅗㅏ", "ㅘ"}, {"ㅗㅐ", "ㅙ"}, {"ㅗㅣ", "ㅚ"}, {"ㅜㅓ", "ㅝ"},
        {"ㅜㅔ", "ㅞ"}, {"ㅜㅣ", "ㅟ"}, {"ㅡㅣ", "ㅢ"}, {"ㄱㅅ", "ㄳ"}, {"ㄴㅈ", "ㄵ"}, {"ㄴㅎ", "ㄶ"}, {"ㄹㄱ", "ㄺ"},
        {"ㄹㅁ", "ㄻ"}, {"ㄹㅂ", "ㄼ"}, {"ㄹㅅ", "ㄽ"}, {"ㄹㅌ", "ㄾ"}, {"ㄹㅍ", "ㄿ"}, {"ㄹㅎ", "ㅀ"}, {"ㅂㅅ", "ㅄ"}};

    private Jamo() {
    }

    /** A precomposed Hangul syllable (가–힣). */
    public static boolean isSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** A single key's letter: a basic consonant or vowel of the compatibility block (ㄱ–ㅣ). */
    public static boolean isKey(char c) {
        return isConsonant(c) || isVowel(c);
    }

    static boolean isConsonant(char c) {
        return INITIAL.indexOf(c) >= 0;
    }

    static boolean isVowel(char c) {
        return c >= 'ㅏ' && c <= 'ㅣ' && medial(String.valueOf(c)) >= 0;
    }

    /** True when every character is a Hangul syllable (and there is at least one). */
    public static boolean allSyllables(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isSyllable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The keys typed for {@code text}: syllables and compound letters split, everything else as it is. */
    public static String keys(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSyllable(c)) {
                int index = c - FIRST;
                out.append(INITIAL.charAt(index / (VOWELS * FINALS)))
                        .append(MEDIAL[index / FINALS % VOWELS])
                        .append(FINAL[index % FINALS]);
            } else {
                out.append(split(c));
            }
        }
        return out.toString();
    }

    private static String split(char letter) {
        for (String[] pair : COMPOUND_LETTERS) {
            if (pair[1].charAt(0) == letter) {
                return pair[0];
            }
        }
        return String.valueOf(letter);
    }

    /**
     * What a 2-set keyboard shows after these keys: consonant + vowel (+ one or two finals) make a syllable, a final
     * followed by a vowel moves on to start the next one, and keys that make no syllable stay letters.
     */
    public static String compose(CharSequence keys) {
        Syllable s = new Syllable(new StringBuilder(keys.length()));
        for (int i = 0; i < keys.length(); i++) {
            char c = keys.charAt(i);
            if (isConsonant(c)) {
                s.consonant(c);
            } else if (isVowel(c)) {
                s.vowel(c);
            } else {
                s.flush();
                s.out.append(c);
            }
        }
        s.flush();
        return s.out.toString();
    }

    private static int medial(String keys) {
        for (int i = 0; i < MEDIAL.length; i++) {
            if (MEDIAL[i].equals(keys)) {
                return i;
            }
        }
        return -1;
    }

    private static int fin(String keys) {
        for (int i = 1; i < FINAL.length; i++) {
            if (FINAL[i].equals(keys)) {
                return i;
            }
        }
        return -1;
    }

    /** The syllable being typed. */
    private static final class Syllable {
        private final StringBuilder out;
        private char initial;
        private String medial = "";
        private String fin = "";

        Syllable(StringBuilder out) {
            this.out = out;
        }

        void consonant(char c) {
            if (initial != 0 && !medial.isEmpty() && fin(fin + c) > 0) {
                fin += c;
                return;
            }
            flush();
            initial = c;
        }

        void vowel(char c) {
            if (!fin.isEmpty()) {
                // The last final was the next syllable's initial all along.
                char next = fin.charAt(fin.length() - 1);
                fin = fin.substring(0, fin.length() - 1);
                flush();
                initial = next;
                medial = String.valueOf(c);
                return;
            }
            if (!medial.isEmpty() && medial(medial + c) >= 0) {
                medial += c;
                return;
            }
            if (initial != 0 && medial.isEmpty()) {
                medial = String.valueOf(c);
                return;
            }
            flush();
            medial = String.valueOf(c);
        }

        void flush() {
            if (initial != 0 && !medial.isEmpty()) {
                int f = fin.isEmpty() ? 0 : fin(fin);
                out.append((char) (FIRST + (INITIAL.indexOf(initial) * VOWELS + medial(medial)) * FINALS + f));
            } else if (initial != 0) {
                out.append(initial);
            } else if (!medial.isEmpty()) {
                out.append(letter(medial));
            }
            initial = 0;
            medial = "";
            fin = "";
        }

        private static String letter(String keys) {
            for (String[] pair : COMPOUND_LETTERS) {
                if (pair[0].equals(keys)) {
                    return pair[1];
                }
            }
            return keys;
        }
    }
}
