package dev.deskhand.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JamoTest {

    @Test
    void syllablesBecomeTheKeysThatTypeThem() {
        assertEquals("ㅎㅗㅏㄴㅂㅜㄹ", Jamo.keys("환불"));
        assertEquals("ㄷㅏㄹㄱ", Jamo.keys("닭"));
        assertEquals("ㄲㅗㅊ", Jamo.keys("꽃"));
        assertEquals("ㅇㅡㅣㅅㅏ 2FA", Jamo.keys("의사 2FA"));
        assertEquals("ㅗㅏ", Jamo.keys("ㅘ"));
    }

    @Test
    void oneWrongKeyIsOneKeyApart() {
        // 환뷸 and 환불 share no syllable pair, but only the vowel key ㅠ/ㅜ differs.
        assertEquals(1, differingKeys(Jamo.keys("환뷸"), Jamo.keys("환불")));
        assertEquals(1, differingKeys(Jamo.keys("반풍"), Jamo.keys("반품")));
        assertEquals(1, differingKeys(Jamo.keys("게정"), Jamo.keys("계정")));
    }

    private static int differingKeys(String a, String b) {
        assertEquals(a.length(), b.length());
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"환불", "닭알", "값이", "읽어요", "회원탈퇴", "비밀번호 재설정", "꽃잎", "없어요", "웨이브", "의자",
        "앉아서", "많이", "괜찮아요", "뭐예요", "까먹었대요", "쌍둥이", "결제 2번 됨"})
    void composingTheKeysGivesTheWordBack(String word) {
        assertEquals(word, Jamo.compose(Jamo.keys(word)));
    }

    @Test
    void keysThatMakeNoSyllableStayLetters() {
        assertEquals("ㅋㅋ", Jamo.compose("ㅋㅋ"));
        assertEquals("ㅘ", Jamo.compose("ㅗㅏ"));
        assertEquals("가ㄸ", Jamo.compose("ㄱㅏㄸ"));
        assertEquals("환불!", Jamo.compose("ㅎㅗㅏㄴㅂㅜㄹ!"));
    }

    @Test
    void keysFieldHoldsKoreanWordsAndNounsWrittenTogether() {
        KbAnalyzers analyzers = new KbAnalyzers(Optional.empty(), KbAnalyzers.Stemmer.PORTER,
                KbAnalyzers.StopWords.SNOWBALL_KEEP_MEANING);
        List<String> keys = TermGroups.of(analyzers.koreanKeys, Fields.SPELL_KEYS, "비밀번호 재설정을 하면 refund")
                .stream().map(g -> Jamo.compose(g.iterator().next())).toList();
        assertEquals(List.of("비밀", "번호", "비밀번호", "재", "설정", "재설정", "하"), keys);
    }
}
