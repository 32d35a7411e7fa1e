package dev.deskhand.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.testing.MarkerBoundaries;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void boldInsideAKoreanWordGetsBoundariesSlackAccepts() {
        String text = Mrkdwn.bold("환불") + "합니다";
        assertEquals("\u200B*환불*\u200B합니다", text);
        assertEquals(List.of(), MarkerBoundaries.rawMarkersBesideHangul(text));
        assertEquals(List.of("*환불*합니다"), MarkerBoundaries.rawMarkersBesideHangul("*환불*합니다"));
        assertEquals(List.of("무*통장*입금"), MarkerBoundaries.rawMarkersBesideHangul("무*통장*입금"));
    }

    @Test
    void italicAndCodeUseTheSameBoundaries() {
        assertEquals("계좌\u200B_이체_\u200B는", "계좌" + Mrkdwn.italic("이체") + "는");
        assertEquals("\u200B`type:playbook`\u200B으로", Mrkdwn.code("type:playbook") + "으로");
    }

    @Test
    void surroundingSpacesStayOutsideTheMarkers() {
        assertEquals(" \u200B*refund*\u200B ", Mrkdwn.bold(" refund "));
    }

    @Test
    void aRunThatCannotBeMarkedComesBackPlain() {
        assertEquals("a*b", Mrkdwn.bold("a*b"));
        assertEquals("two\nlines", Mrkdwn.italic("two\nlines"));
        assertEquals("  ", Mrkdwn.bold("  "));
        assertEquals("", Mrkdwn.bold(null));
    }

    @Test
    void linkEscapesUrlAndLabelSoNeitherCanCloseTheLinkOrMention() {
        assertEquals("<https://t.example/a?x=1&amp;y=&lt;!channel&gt;%7C&lt;@U1&gt;|t.example/&lt;!here&gt; ¦ a &amp; b>",
                Mrkdwn.link("https://t.example/a?x=1&y=<!channel>|<@U1>", "t.example/<!here> | a & b"));
    }
}
