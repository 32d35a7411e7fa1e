package dev.deskhand.playground.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the page's message box makes of typed text before the app sees it, as Slack's client does. */
class UserTextTest {

    @Test
    void typedTextIsStoredAsSlackStoresIt() {
        Directory directory = new Directory(Directory.defaultPeople());
        directory.addChannels(List.of(Channel.channel("C0BILLING01", "billing")));
        assertEquals("a &lt; b &amp; <@U0DESKHAND> ask <@U0BEA> in <#C0BILLING01|billing> @nobody #nowhere",
                UserText.encode("a < b & @Deskhand ask @bea in #billing @nobody #nowhere", directory));
    }
}
