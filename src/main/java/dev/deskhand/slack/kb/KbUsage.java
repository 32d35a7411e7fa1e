package dev.deskhand.slack.kb;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** What {@code /kb} and {@code /kb help} show. */
final class KbUsage {

    static final String TEXT = """
            *Search the support knowledge base*
            `/kb refund policy` — ask in your own words, English or Korean (`/kb 환불 정책`)
            `/kb type:playbook outage` — only playbooks (or `type:faq`)
            `/kb tag:billing charged twice` — only articles tagged billing
            `/kb lang:ko 비밀번호` — only Korean articles
            `/kb "money back"` — an exact phrase
            You can also mention me in a channel (`@Deskhand customer was charged twice`) or send me a DM; \
            I answer in the thread.""";

    private KbUsage() {
    }

    static List<LayoutBlock> blocks() {
        return List.of(section(s -> s.text(markdownText(TEXT))));
    }
}
