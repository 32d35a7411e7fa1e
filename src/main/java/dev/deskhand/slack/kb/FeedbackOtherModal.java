package dev.deskhand.slack.kb;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import dev.deskhand.slack.text.Texts;
import java.util.List;

/**
 * The small form after "Not helpful → Other": one free-text box. The vote it explains travels in
 * {@code private_metadata} as the reason button's {@link AnswerRef}.
 */
final class FeedbackOtherModal {

    static final String CALLBACK_ID = "kb_feedback_other";
    static final String BLOCK = "note";
    static final String ACTION = "value";
    static final int MAX_NOTE = 1000;

    private FeedbackOtherModal() {
    }

    static View form(AnswerRef vote, Texts texts) {
        return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(vote.encode())
                .title(viewTitle(t -> t.type("plain_text").text(texts.get("workflow.feedbackOther.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(texts.get("workflow.feedbackOther.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(texts.get("workflow.feedbackOther.close"))))
                .blocks(List.of(input(i -> i.blockId(BLOCK)
                        .label(plainText(texts.get("workflow.feedbackOther.label")))
                        .hint(plainText(texts.get("workflow.feedbackOther.hint")))
                        .element(plainTextInput(p -> p.actionId(ACTION).multiline(true).maxLength(MAX_NOTE)))))));
    }
}
