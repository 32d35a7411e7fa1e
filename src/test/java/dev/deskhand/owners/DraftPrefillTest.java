package dev.deskhand.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DraftPrefillTest {

    @Test
    void aBodyThatFitsIsShownWholeAndReplacedWhole() {
        DraftPrefill prefill = DraftPrefill.of("one\ntwo\n", 3000);
        assertFalse(prefill.cut());
        assertEquals("one\ntwo\n", prefill.shown());
        assertEquals("new\n", prefill.complete("new\n"));
    }

    @Test
    void aLongBodyIsCutAtTheLastLineBreakThatFitsAndTheRestFollowsTheEdit() {
        DraftPrefill prefill = DraftPrefill.of("aaaa\nbbbb\ncccc\n", 12);
        assertTrue(prefill.cut());
        assertEquals("aaaa\nbbbb\n", prefill.shown());
        assertEquals("cccc\n", prefill.rest());
        assertEquals("AAAA\ncccc\n", prefill.complete("AAAA"));
        assertEquals("AAAA\ncccc\n", prefill.complete("AAAA\n"));
    }

    @Test
    void aLineLongerThanTheBoxIsCutWithoutSplittingACharacter() {
        String body = "x".repeat(9) + "😀" + "y";
        DraftPrefill prefill = DraftPrefill.of(body, 10);
        assertEquals("x".repeat(9), prefill.shown());
        assertEquals(body, prefill.shown() + prefill.rest());
    }
}
