package dev.deskhand.playground;

import dev.deskhand.Wiring;
import dev.deskhand.config.AppConfig;
import dev.deskhand.config.Environment;
import dev.deskhand.config.SettingsFile;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.playground.client.Composer;
import dev.deskhand.playground.client.Interactions;
import dev.deskhand.playground.client.SignedForwarder;
import dev.deskhand.playground.client.SlackRequests;
import dev.deskhand.playground.standin.SlackStandIn;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.slack.text.Messages;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deskhand without Slack: the real app, wired as {@code serve} wires it, on loopback only, with a generated signing
 * secret and bot token, a {@link SlackStandIn} for the Web API, a {@link PlaygroundClock}, and the page at
 * {@code /playground/}. Built only when no Slack credentials are configured.
 */
public final class Playground implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Playground.class);

    private final SlackStandIn standIn;
    private final Wiring wiring;
    private final AppConfig config;
    private final String url;

    private Playground(SlackStandIn standIn, Wiring wiring, AppConfig config, String url) {
        this.standIn = standIn;
        this.wiring = wiring;
        this.config = config;
        this.url = url;
    }

    /** Starts the app and the playground; {@code realClock} is what the playground clock adds its offset to. */
    public static Playground start(Environment env, Clock realClock) throws Exception {
        String secret = randomHex(32);
        String botToken = "xoxb-playground-" + randomHex(12);
        PlaygroundClock clock = new PlaygroundClock(realClock);
        Directory directory = new Directory(Directory.defaultPeople());
        Workspace workspace = new Workspace(directory, clock);
        AtomicReference<String> pageUrl = new AtomicReference<>("http://127.0.0.1/playground/");
        SlackStandIn standIn = SlackStandIn.start(workspace, botToken, pageUrl::get, clock);
        try {
            AppConfig config = AppConfig.playground(env, botToken, secret, standIn.apiUrl());
            directory.addChannels(teamChannels(new SettingsFile().loadOrExample(config.settingsFile()).escalations()));
            SlackRequests requests = new SlackRequests(clock);
            SignedForwarder forwarder = new SignedForwarder(secret, clock);
            DigestButton digest = new DigestButton();
            Map<String, HttpServlet> routes = Map.of(
                    "/playground/api/*", new PlaygroundApiServlet(workspace,
                            new Composer(workspace, requests, forwarder, standIn.responseUrlBase()),
                            new Interactions(workspace, requests, forwarder, standIn.responseUrlBase()),
                            new StateJson(workspace, clock, digest, MessageShortcuts.read(Path.of("manifest.yml"))),
                            clock, digest, new Messages(), PageTexts.load()),
                    "/playground/*", new PageServlet(),
                    "", new RootRedirectServlet());
            Wiring wiring = Wiring.start(config, clock, routes);
            digest.connect(wiring::postDigestNow);
            String base = "http://127.0.0.1:" + wiring.port();
            forwarder.pointAt(URI.create(base + "/slack/events"));
            pageUrl.set(base + "/playground/");
            log.info("Playground ready: {}/playground/ (no Slack credentials configured; only this machine can "
                    + "open it)", base);
            return new Playground(standIn, wiring, config, base + "/playground/");
        } catch (Exception | Error e) {
            standIn.close();
            throw e;
        }
    }

    /** Where the playground keeps its database and index under {@code DESKHAND_DATA_DIR}. */
    public static Path dataDir(Path deskhandDataDir) {
        return deskhandDataDir.resolve("playground");
    }

    /** One channel per escalation team in {@code deskhand.yml}, named after the team, where its cards go. */
    static List<Channel> teamChannels(EscalationSettings settings) {
        return settings.teams().stream().map(team -> Channel.channel(team.channelId(), team.id())).toList();
    }

    /** The page's address. */
    public String url() {
        return url;
    }

    /** The configuration the app runs with (loopback, the stand-in's URL, generated secrets). */
    public AppConfig config() {
        return config;
    }

    @Override
    public void close() {
        wiring.close();
        try {
            standIn.close();
        } catch (Exception e) {
            log.warn("Error while stopping the playground's Slack stand-in", e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
