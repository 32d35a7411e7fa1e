package dev.deskhand.kb.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deskhand.kb.index.Jamo;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyboardTest {

    @ParameterizedTest
    @CsvSource({"ghksqnf, 환불", "dkssudgktpdy, 안녕하세요", "rPwjd, 계정", "Rhc, 꽃", "qksvna, 반품", "gowl, 해지"})
    void koreanTypedInEnglishModeIsReadBack(String typed, String meant) {
        assertEquals(Optional.of(meant), Keyboard.hangul(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"refund", "hello", "password", "ok", "2fa"})
    void englishWordsLeaveLoneLettersSoTheyAreNotKorean(String word) {
        assertEquals(Optional.empty(), Keyboard.hangul(word));
    }

    @Test
    void neighbouringKeysAreNear() {
        assertTrue(Keyboard.near('ㅎ', 'ㄹ'));   // g, f
        assertTrue(Keyboard.near('ㅠ', 'ㅜ'));   // b, n
        assertTrue(Keyboard.near('ㅛ', 'ㅗ'));   // y, h: the row below sits half a key right
        assertTrue(Keyboard.near('ㄱ', 'ㄲ'));   // the same key, shifted
        assertFalse(Keyboard.near('ㅎ', 'ㅂ'));  // g, q
        assertFalse(Keyboard.near('ㅇ', 'ㅁ'));  // d, a: two keys apart
        assertFalse(Keyboard.near('ㄱ', 'ㄱ'));
    }

    @Test
    void aNearSlipCostsLessThanAnyOtherKeyAndASoundAlikeVowelLessStill() {
        assertEquals(Keyboard.NEAR_SLIP, Keyboard.distance(Jamo.keys("환뷸"), Jamo.keys("환불")));
        assertEquals(1.0, Keyboard.distance(Jamo.keys("반풍"), Jamo.keys("반품")));
        assertEquals(Keyboard.SOUND_ALIKE, Keyboard.distance(Jamo.keys("결재"), Jamo.keys("결제")));
        assertEquals(Keyboard.SOUND_ALIKE, Keyboard.distance(Jamo.keys("게정"), Jamo.keys("계정")));
        assertEquals(1.0, Keyboard.distance("ㄱㅏ", "ㅏㄱ"));   // two keys swapped: one edit
    }
}
