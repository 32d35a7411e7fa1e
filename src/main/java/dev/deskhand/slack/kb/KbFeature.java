package dev.deskhand.slack.kb;

import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.deskhand.kb.FeedbackLog;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchGate;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.SlackCalls;
import dev.deskhand.slack.SlackFeature;
import java.time.Clock;
import java.util.regex.Pattern;

/** The knowledge base in Slack: {@code /kb}, @-mentions, DMs and the answer buttons. */
public final class KbFeature implements SlackFeature {

    private final KbSearches searches;
    private final AnswerBlocks blocks;
    private final FeedbackRecorder feedback;
    private final AfterAck afterAck;
    private final SlackCalls calls;
    private final Clock clock;
    private final Voice voice;
    private final SearchGate gate;

    /**
     * @param escalateButton show an "Escalate" button on answers (when the escalation feature is wired)
     * @param logUsers       keep user ids with search logs and feedback
     * @param voice          the words, in each asker's language (a shared answer in the channel's)
     * @param gate           admits {@code /kb} searches under load (mentions, DMs and buttons answer after the
     *                       acknowledgement, so Slack's 3 s do not bind them)
     */
    public KbFeature(KnowledgeBase knowledgeBase, SearchLog searchLog, FeedbackLog feedbackLog, AfterAck afterAck,
                     SlackCalls calls, Clock clock, boolean escalateButton, boolean logUsers,
                     Voice voice, SearchGate gate) {
        this.searches = new KbSearches(knowledgeBase, searchLog, clock, logUsers);
        this.blocks = new AnswerBlocks(escalateButton);
        this.feedback = new FeedbackRecorder(feedbackLog, clock, logUsers);
        this.afterAck = afterAck;
        this.calls = calls;
        this.clock = clock;
        this.voice = voice;
        this.gate = gate;
    }

    @Override
    public void register(App app) {
        ThreadAnswers threadAnswers = new ThreadAnswers(searches, blocks, clock, calls, voice);
        app.command("/kb", new KbCommand(searches, blocks, clock, voice, gate));
        app.event(AppMentionEvent.class, new KbMention(threadAnswers, afterAck));
        app.event(MessageEvent.class, new KbDirectMessage(threadAnswers, afterAck));
        app.blockAction(ActionIds.SHARE, new ShareAnswerAction(searches, blocks, afterAck, calls, clock, voice));
        app.blockAction(ActionIds.HELPFUL, new HelpfulAction(feedback, afterAck, voice));
        app.blockAction(ActionIds.NOT_HELPFUL, new NotHelpfulAction(feedback, afterAck, voice));
        app.blockAction(Pattern.compile(Pattern.quote(ActionIds.REASON_PREFIX) + "[A-Z_]+"),
                new FeedbackReasonAction(feedback, afterAck, voice));
        app.viewSubmission(FeedbackOtherModal.CALLBACK_ID, new FeedbackOtherSubmission(feedback));
        app.blockAction(ActionIds.MORE, new MoreResultsAction(searches, blocks, afterAck, clock, voice));
        app.blockAction(Pattern.compile(Pattern.quote(ActionIds.OPEN_CLOSEST_PREFIX) + "\\d"),
                new OpenClosestAction(searches, blocks, afterAck, clock, voice));
    }
}
