package dev.deskhand.slack.owners;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.deskhand.kb.Article;
import dev.deskhand.owners.DraftPrefill;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Draft an update" form: the article's current Markdown body in one box. Slack's plain-text input holds at most
 * {@value #LIMIT} characters, so a longer body is cut ({@link DraftPrefill}), the form says so, and the part that
 * did not fit follows the submitted text unchanged in the draft. The article id travels in {@code private_metadata}.
 */
final class DraftModal {

    static final String CALLBACK_ID = "owners_draft";
    static final String BLOCK = "draft_body";
    static final String ACTION = "value";
    /** Slack's maximum for a plain_text_input's value and max_length. */
    static final int LIMIT = 3000;

    private DraftModal() {
    }

    static View form(Article article, Texts texts) {
        DraftPrefill prefill = DraftPrefill.of(article.body(), LIMIT);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("owners.modal.intro",
                "title", Mrkdwn.bold(Mrkdwn.escape(article.title(), 150))))))));
        if (prefill.cut()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(texts.get("owners.modal.cut",
                    "length", article.body().length(), "limit", LIMIT, "shown", prefill.shown().length()))))));
        }
        blocks.add(input(i -> i.blockId(BLOCK).label(plainText(texts.get("owners.modal.label")))
                .element(plainTextInput(p -> p.actionId(ACTION).multiline(true).maxLength(LIMIT)
                        .initialValue(prefill.shown())))));
        return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(article.id())
                .title(viewTitle(t -> t.type("plain_text").text(texts.get("owners.modal.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(texts.get("owners.modal.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(texts.get("owners.modal.close"))))
                .blocks(blocks));
    }
}
