package dev.deskhand.slack.owners;

import com.slack.api.bolt.App;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.owners.Drafts;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.SlackCalls;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.text.Voice;

/** The owner digest's buttons in Slack: "Draft an update" and its form. */
public final class OwnersFeature implements SlackFeature {

    private final KnowledgeBase knowledgeBase;
    private final Drafts drafts;
    private final AfterAck afterAck;
    private final SlackCalls calls;
    private final Voice voice;

    public OwnersFeature(KnowledgeBase knowledgeBase, Drafts drafts, AfterAck afterAck, SlackCalls calls,
                         Voice voice) {
        this.knowledgeBase = knowledgeBase;
        this.drafts = drafts;
        this.afterAck = afterAck;
        this.calls = calls;
        this.voice = voice;
    }

    @Override
    public void register(App app) {
        app.blockAction(OwnerDigestBlocks.DRAFT_ACTION, new DraftUpdateAction(knowledgeBase, afterAck, voice));
        app.viewSubmission(DraftModal.CALLBACK_ID, new DraftSubmission(knowledgeBase, drafts, afterAck, calls, voice));
    }
}
