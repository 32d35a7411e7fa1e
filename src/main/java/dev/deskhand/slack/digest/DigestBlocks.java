package dev.deskhand.slack.digest;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.schedule.DueSlot;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Reader;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A digest as Block Kit: a header, a context line (zone, teams, lateness) and one section per part. Long lists are
 * summarised by {@link TextBudget}, so the message stays within Slack's 50 blocks and 3,000 characters per text
 * whatever the queue looks like. The header's {@code block_id} marks the slot, so a message posted by a run that
 * died before recording it can be recognised in the channel's history.
 */
public final class DigestBlocks {

    static final int SLACK_BLOCK_LIMIT = 50;
    private static final String MARKER_PREFIX = "deskhand-digest-";

    private final Optional<String> workspaceUrl;
    private final Voice voice;

    /**
     * @param workspaceUrl e.g. {@code https://acme.slack.com/}; without it escalation keys are not linked
     * @param voice        the words; a digest is read by its whole channel
     */
    public DigestBlocks(Optional<String> workspaceUrl, Voice voice) {
        this.workspaceUrl = workspaceUrl;
        this.voice = voice;
    }

    /**
     * The digest's own language ({@code lang:ko} on its subscription), else its channel's; times in its zone.
     */
    static Texts texts(Digest digest, Voice voice) {
        Language language = digest.language().flatMap(Language::parse)
                .orElseGet(() -> voice.readers().channel(digest.channelId()).language());
        return voice.messages().in(new Reader(language, digest.zone()));
    }

    /** The {@code block_id} that marks the digest for a slot. */
    public static String marker(DueSlot slot) {
        return MARKER_PREFIX + slot.slotAt().getEpochSecond();
    }

    public List<LayoutBlock> render(Digest digest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        Texts texts = texts(digest, voice);
        DigestFormat format = new DigestFormat(digest.generatedAt(), texts);
        String title = texts.get(digest.slot().isEmpty() ? "digest.title.preview" : "digest.title",
                "day", format.day(digest.slot().map(DueSlot::slotAt).orElse(digest.generatedAt())));
        blocks.add(HeaderBlock.builder()
                .blockId(digest.slot().map(DigestBlocks::marker).orElse(MARKER_PREFIX + "preview"))
                .text(PlainTextObject.builder().text(title).emoji(true).build()).build());
        blocks.add(ContextBlock.builder().elements(List.of(
                MarkdownTextObject.builder().text(context(digest, format)).build())).build());
        for (String text : new DigestSections(digest, workspaceUrl, texts).texts()) {
            if (blocks.size() + 2 > SLACK_BLOCK_LIMIT) {
                break;
            }
            blocks.add(DividerBlock.builder().build());
            blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(text).build()).build());
        }
        return blocks;
    }

    private static String context(Digest digest, DigestFormat format) {
        String teams = digest.teams().isEmpty() ? format.texts().get("digest.allTeams")
                : digest.teams().stream().sorted().map(Mrkdwn::escape).collect(Collectors.joining(", "));
        String line = digest.zone().getId() + " · " + teams;
        if (digest.late()) {
            line += " · " + format.texts().get("digest.late", "when",
                    format.when(digest.slot().orElseThrow().slotAt()));
        }
        return line;
    }

    /** The notification text: what a phone shows before the message is opened. */
    public String fallbackText(Digest digest) {
        Texts texts = texts(digest, voice);
        if (digest.allClear()) {
            return texts.get("digest.fallback.allClear");
        }
        return texts.get("digest.fallback", "open", digest.open().total(), "breached", digest.sla().breached().size(),
                "dueSoon", digest.sla().dueSoon().size());
    }
}
