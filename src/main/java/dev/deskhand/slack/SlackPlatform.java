package dev.deskhand.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Messages;
import dev.deskhand.slack.text.Voice;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Everything that talks to Slack, built in one place so that no other package needs the Slack SDK: the Web API
 * client (pointed at {@code SLACK_API_URL}, metered), the after-ack executor, and the Bolt app that receives
 * Slack's requests over HTTP or Socket Mode.
 */
public final class SlackPlatform {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Slack slack;
    private final String botToken;
    private final Voice voice;
    private final Apologies apologies;
    private final AfterAck afterAck;
    private final SlackCalls calls = new SlackCalls(duration -> Thread.sleep(duration.toMillis()));

    /**
     * @param fallback         the workspace's language ({@code DESKHAND_LANGUAGE}), for whoever Slack cannot place
     * @param channelLanguages each team channel's language from {@code deskhand.yml}, by channel id
     */
    public SlackPlatform(String apiUrl, String botToken, MeterRegistry registry, Executor work, Clock clock,
                         Language fallback, Map<String, Language> channelLanguages) {
        this(apiUrl, botToken, registry, work, clock, fallback, channelLanguages, java.time.ZoneOffset.UTC, Map.of());
    }

    /**
     * @param defaultZone  the workspace's time zone ({@code DESKHAND_TIME_ZONE}), for channels without a team zone
     * @param channelZones each team channel's {@code zone:} from {@code deskhand.yml}, by channel id
     */
    public SlackPlatform(String apiUrl, String botToken, MeterRegistry registry, Executor work, Clock clock,
                         Language fallback, Map<String, Language> channelLanguages, java.time.ZoneId defaultZone,
                         Map<String, java.time.ZoneId> channelZones) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        // Every Web API call is bounded: a Slack that accepts connections and never answers must not hold a
        // request thread or the outbox.
        config.setHttpClientReadTimeoutMillis((int) READ_TIMEOUT.toMillis());
        config.setHttpClientWriteTimeoutMillis((int) READ_TIMEOUT.toMillis());
        config.setHttpClientCallTimeoutMillis((int) CALL_TIMEOUT.toMillis());
        WebApiMetrics.attach(config, registry);
        SlackHttpClient http = new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectTimeout(CONNECT_TIMEOUT).build());
        http.setConfig(config);
        this.slack = Slack.getInstance(config, http);
        this.botToken = botToken;
        // Who reads what: each user in their Slack locale (cached), each team channel in its team's language.
        this.voice = new Voice(new Messages(), new SlackReaders(methods(), clock, fallback, channelLanguages,
                defaultZone, channelZones));
        this.apologies = new Apologies(slack, botToken, work, voice);
        this.afterAck = new AfterAck(work, apologies);
    }

    public AfterAck afterAck() {
        return afterAck;
    }

    public SlackCalls calls() {
        return calls;
    }

    /** The Web API client authorised with the bot token. */
    public MethodsClient methods() {
        return slack.methods(botToken);
    }

    /** The words for each reader: a user in their Slack locale, a team channel in its team's language. */
    public Voice voice() {
        return voice;
    }

    /** Posts digests with the bot token. */
    public dev.deskhand.slack.digest.SlackDigestPublisher digestPublisher(dev.deskhand.slack.text.Voice voice) {
        return new dev.deskhand.slack.digest.SlackDigestPublisher(slack, botToken, voice);
    }

    /** Builds and starts the Bolt app with every feature's handlers (this calls {@code auth.test}). */
    public Receiver start(List<SlackFeature> features, EventReceipts receipts, Clock clock, MeterRegistry registry) {
        App app = new BoltAppFactory(slack, botToken, receipts, apologies, voice, clock, features, registry).create();
        app.start();
        return new Receiver(app);
    }

    /** The started Bolt app, offered either as the {@code /slack/events} servlet or over a Socket Mode connection. */
    public static final class Receiver {

        private final App app;

        Receiver(App app) {
            this.app = app;
        }

        public HttpServlet servlet() {
            return new BoltServlet(app);
        }

        /** Connects over Socket Mode in the background; close the result to disconnect. */
        public SocketModeConnection socketMode(String appToken) throws IOException {
            SocketModeConnection connection = new SocketModeConnection(appToken, app);
            connection.start();
            return connection;
        }
    }
}
