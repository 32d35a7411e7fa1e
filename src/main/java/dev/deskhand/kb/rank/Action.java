package dev.deskhand.kb.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a support message asks to do, as far as a closed list of everyday support verbs tells: look-alike articles
 * ("Cancelling a subscription" / "Downgrading a subscription") share their nouns and differ in exactly these words.
 * English words are compared by Porter stem, without stop words ("where" is one); Korean ones as substrings of the
 * text, because the verb stems (변경, 취소, 바꾸) keep their form inside inflected and unspaced words.
 */
enum Action {
    CANCEL(List.of("cancel", "cancellation", "unsubscribe", "terminate"), List.of("취소", "해지", "철회")),
    CHANGE(List.of("change", "update", "edit", "switch", "modify", "downgrade", "upgrade"),
            List.of("변경", "수정", "바꾸", "바꿔", "바꿀", "다운그레이드", "업그레이드")),
    STATUS(List.of("status", "track", "tracking", "where"), List.of("조회", "추적", "어디")),
    LATE(List.of("late", "delay", "delayed"), List.of("지연", "늦")),
    RESET(List.of("reset", "forgot", "forget"), List.of("재설정", "초기화", "잊어", "까먹")),
    DELETE(List.of("delete", "deletion", "erase", "remove"), List.of("삭제", "탈퇴", "지워", "지우")),
    EXPORT(List.of("export", "download"), List.of("내보내", "다운로드")),
    ADD(List.of("add", "adding"), List.of("추가")),
    REQUEST(List.of("request", "apply", "application"), List.of("신청", "요청"));

    private final Set<String> stems;
    private final List<String> korean;

    Action(List<String> english, List<String> korean) {
        this.stems = new HashSet<>();
        english.forEach(w -> stems.addAll(stems(w)));
        this.korean = korean;
    }

    /** The actions {@code text} names, in English or Korean (a mixed message may name both). */
    static Set<Action> in(String text) {
        Set<Action> found = EnumSet.noneOf(Action.class);
        Set<String> words = stems(text);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Action a : values()) {
            if (a.stems.stream().anyMatch(words::contains) || a.korean.stream().anyMatch(lower::contains)) {
                found.add(a);
            }
        }
        return found;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = Stems.ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** Enum constants are built before an enum's own static fields, so the analyzer they need lives here. */
    private static final class Stems {
        static final Analyzer ANALYZER = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
            }
        };
    }
}
