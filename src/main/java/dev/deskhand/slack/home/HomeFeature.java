package dev.deskhand.slack.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.home.HomeChanges;
import dev.deskhand.home.HomeQueries;
import dev.deskhand.home.HomeViewers;
import dev.deskhand.kb.KnowledgeBase;
import dev.deskhand.kb.SearchLog;
import dev.deskhand.slack.SlackFeature;
import dev.deskhand.slack.SlackPlatform;
import dev.deskhand.slack.escalation.form.EscalateForm;
import dev.deskhand.slack.text.Voice;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The App Home: published when opened, republished (debounced, off the request path) when an escalation its owner
 * is involved in changes, with buttons to escalate and to search the knowledge base.
 */
public final class HomeFeature implements SlackFeature {

    private final HomePublisher publisher;
    private final HomeRepublisher republisher;
    private final EscalateForm form;
    private final KnowledgeBase knowledgeBase;
    private final SearchLog searchLog;
    private final SlackPlatform slack;
    private final Executor background;
    private final Clock clock;
    private final Voice voice;

    /**
     * @param scheduler runs the debounced republishing; {@code background} the search log writes
     */
    public HomeFeature(HomeQueries queries, HomeViewers viewers, EscalationSettings settings,
                       KnowledgeBase knowledgeBase, SearchLog searchLog, EscalateForm form, SlackPlatform slack,
                       ScheduledExecutorService scheduler, Executor background, Clock clock, Voice voice) {
        this.publisher = new HomePublisher(queries, viewers, new TeamChannels(settings.teams(), slack.methods(),
                slack.calls()), new Owners(slack.methods(), slack.calls(), clock), new HomeView(settings), voice,
                slack.methods(), slack.calls(), clock);
        this.republisher = new HomeRepublisher(scheduler, viewers, publisher);
        this.form = form;
        this.knowledgeBase = knowledgeBase;
        this.searchLog = searchLog;
        this.slack = slack;
        this.background = background;
        this.clock = clock;
        this.voice = voice;
    }

    /** Where committed escalation changes are told, so the homes they touch are republished. */
    public HomeChanges changes() {
        return republisher;
    }

    @Override
    public void register(App app) {
        SearchModal modal = new SearchModal();
        app.event(AppHomeOpenedEvent.class, new AppHomeOpened(publisher, slack.afterAck()));
        app.blockAction(HomeView.ESCALATE, new HomeEscalateAction(form, voice));
        app.blockAction(HomeView.SEARCH, new SearchKnowledgeAction(modal, voice));
        app.viewSubmission(SearchModal.CALLBACK_ID,
                new SearchModalSubmission(modal, knowledgeBase, searchLog, background, clock, voice));
    }
}
