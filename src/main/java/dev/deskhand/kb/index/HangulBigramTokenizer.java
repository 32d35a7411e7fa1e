package dev.deskhand.kb.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Emits overlapping pairs of Hangul syllables, ignoring spaces between them. Korean spacing is inconsistent
 * ("다 지워" / "다지워") and morphological analysis misses new words, so this field matches what Nori cannot.
 * A run of one syllable is emitted as a unigram; non-Hangul characters break runs and are not emitted.
 */
final class HangulBigramTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int previousStart = -1;
    private boolean previousEmitted;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (position < text.length()) {
            char c = text.charAt(position);
            int here = position++;
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (!isHangul(c)) {
                if (previousStart >= 0 && !previousEmitted) {
                    emit(previousStart, -1);
                    previousStart = -1;
                    return true;
                }
                previousStart = -1;
                continue;
            }
            if (previousStart >= 0) {
                emit(previousStart, here);
                previousStart = here;
                previousEmitted = true;
                return true;
            }
            previousStart = here;
            previousEmitted = false;
        }
        if (previousStart >= 0 && !previousEmitted) {
            emit(previousStart, -1);
            previousStart = -1;
            return true;
        }
        return false;
    }

    private void emit(int first, int second) {
        term.append(text.charAt(first));
        int end = first + 1;
        if (second >= 0) {
            term.append(text.charAt(second));
            end = second + 1;
        }
        offset.setOffset(correctOffset(first), correctOffset(end));
    }

    private static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3131' && c <= '\u318E');
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[1024];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        position = 0;
        previousStart = -1;
        previousEmitted = false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
