package dev.deskhand.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.deskhand.slack.text.Voice;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;

/**
 * Assembles the Bolt app: our middleware (redelivery de-duplication, the error boundary, a helpful reply to unknown
 * commands) and every feature's handlers. Signatures are checked before Bolt by {@link SignedRequestFilter}, so
 * Bolt's own verification is turned off.
 */
public final class BoltAppFactory {

    private final Slack slack;
    private final String botToken;
    private final EventReceipts receipts;
    private final Apologies apologies;
    private final Voice voice;
    private final Clock clock;
    private final List<SlackFeature> features;
    private final MeterRegistry registry;

    public BoltAppFactory(Slack slack, String botToken, EventReceipts receipts, Apologies apologies, Voice voice,
                          Clock clock, List<SlackFeature> features, MeterRegistry registry) {
        this.voice = voice;
        this.registry = registry;
        this.slack = slack;
        this.botToken = botToken;
        this.receipts = receipts;
        this.apologies = apologies;
        this.clock = clock;
        this.features = List.copyOf(features);
    }

    public App create() {
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(botToken)
                .signingSecret("verified-by-SignedRequestFilter")
                .requestVerificationEnabled(false)
                .slack(slack)
                .build();
        App app = new App(config);
        app.use(new RetryDeduplication(receipts, clock, new ObjectMapper()));
        app.use(new UnknownCommandReply(voice));
        // Inside UnknownCommandReply, so it sees Bolt's 404 for a request no handler took (and labels it "other").
        app.use(new RequestMetrics(registry));
        app.use(new HandlerErrorBoundary(apologies, voice));
        features.forEach(feature -> feature.register(app));
        return app;
    }
}
