package dev.deskhand.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationKeyTest {
    @Test
    void parsesHumanKeysAndPrintsThemBack() {
        assertEquals(Optional.of(new EscalationKey(42)), EscalationKey.parse("esc-42"));
        assertEquals(Optional.of(new EscalationKey(42)), EscalationKey.parse(" 42 "));
        assertEquals(Optional.empty(), EscalationKey.parse("ACME-42"));
        assertEquals("ESC-42", new EscalationKey(42).toString());
    }
}
