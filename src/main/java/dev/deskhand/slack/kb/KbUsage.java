package dev.deskhand.slack.kb;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.deskhand.slack.text.Texts;
import java.util.List;
import java.util.Locale;

/** What {@code /kb}, {@code /kb help} and {@code /kb 도움말} show. */
final class KbUsage {

    private KbUsage() {
    }

    static boolean isHelp(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return word.equals("help") || word.equals("도움말");
    }

    static List<LayoutBlock> blocks(Texts texts) {
        return List.of(section(s -> s.text(markdownText(texts.get("kb.help")))));
    }
}
