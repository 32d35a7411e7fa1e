package dev.deskhand.kb.index;

/** Tells Korean from English text by the share of Hangul among the letters. */
public final class LanguageDetector {

    /**
     * A Hangul syllable carries roughly as much as two or three Latin letters, so a quarter of Hangul letters already
     * means the text is mostly Korean with a few English product names in it.
     */
    private static final double HANGUL_SHARE_FOR_KOREAN = 0.25;

    private LanguageDetector() {
    }

    public static String detect(String text) {
        if (text == null) {
            return "en";
        }
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isHangul(cp)) {
                hangul++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters > 0 && (double) hangul / letters >= HANGUL_SHARE_FOR_KOREAN ? "ko" : "en";
    }

    static boolean isHangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }
}
