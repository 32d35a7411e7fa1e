package dev.deskhand.kb.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns Nori's Korean words into the keystrokes that type them ({@link Jamo#keys}), the vocabulary a Korean typo is
 * corrected against. Besides each word, a run of nouns written together ("비밀번호", "재설정", "회원탈퇴") is kept
 * whole as well, because people misspell the word they see, not Nori's parts of it. Words that are not all Hangul
 * are dropped: English has its own vocabulary.
 */
final class KoreanKeysFilter extends TokenFilter {

    /** The parts a written-together noun is made of: nouns, roots, and noun prefixes and suffixes. */
    private static final Set<POS.Tag> NOUN_PARTS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.XPN, POS.Tag.XSN,
            POS.Tag.XR);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private final StringBuilder run = new StringBuilder();
    private int runParts;
    private int runEnd = -1;

    KoreanKeysFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                closeRun();
                if (pending.isEmpty()) {
                    return false;
                }
                break;
            }
            read();
        }
        String key = pending.poll();
        clearAttributes();
        term.setEmpty().append(key);
        return true;
    }

    private void read() {
        if (!Jamo.allSyllables(term)) {
            closeRun();
            return;
        }
        POS.Tag tag = pos.getLeftPOS();
        boolean nounPart = tag != null && NOUN_PARTS.contains(tag);
        if (!nounPart || offset.startOffset() != runEnd) {
            closeRun();
        }
        pending.add(Jamo.keys(term));
        if (nounPart) {
            run.append(term);
            runParts++;
            runEnd = offset.endOffset();
        }
    }

    private void closeRun() {
        if (runParts > 1) {
            pending.add(Jamo.keys(run));
        }
        run.setLength(0);
        runParts = 0;
        runEnd = -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        run.setLength(0);
        runParts = 0;
        runEnd = -1;
    }
}
