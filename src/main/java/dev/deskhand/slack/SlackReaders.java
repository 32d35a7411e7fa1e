package dev.deskhand.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Reader;
import dev.deskhand.slack.text.Readers;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readers from Slack: a user's {@code users.info} locale ({@code ko-KR} → Korean) and time zone, kept for an hour
 * because people rarely change them and {@code /kb} answers inside Slack's three-second acknowledgement; a channel's
 * language from the team settings. Whatever Slack cannot tell falls back to the workspace default.
 */
public final class SlackReaders implements Readers {

    static final Duration TTL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(SlackReaders.class);

    private record Cached(Reader reader, Instant until) {
    }

    private final MethodsClient methods;
    private final Clock clock;
    private final Language fallback;
    private final Map<String, Language> channelLanguages;
    private final ZoneId defaultZone;
    private final Map<String, ZoneId> channelZones;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param channelLanguages the language of each team's channel (by channel id), from {@code deskhand.yml}
     */
    public SlackReaders(MethodsClient methods, Clock clock, Language fallback, Map<String, Language> channelLanguages) {
        this(methods, clock, fallback, channelLanguages, ZoneId.of("UTC"), Map.of());
    }

    /**
     * @param defaultZone  the workspace's zone: channels without a team zone, people Slack cannot tell about
     * @param channelZones the zone of each team's channel (by channel id), from {@code deskhand.yml}
     */
    public SlackReaders(MethodsClient methods, Clock clock, Language fallback, Map<String, Language> channelLanguages,
                        ZoneId defaultZone, Map<String, ZoneId> channelZones) {
        this.methods = methods;
        this.clock = clock;
        this.fallback = fallback;
        this.channelLanguages = Map.copyOf(channelLanguages);
        this.defaultZone = defaultZone;
        this.channelZones = Map.copyOf(channelZones);
    }

    @Override
    public Reader user(String userId) {
        if (userId == null || userId.isBlank()) {
            return new Reader(fallback, defaultZone);
        }
        Instant now = clock.instant();
        Cached cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.reader();
        }
        Optional<Reader> asked = ask(userId);
        // A failed lookup is not remembered: the next message asks again, and this one still gets an answer.
        asked.ifPresent(reader -> cache.put(userId, new Cached(reader, now.plus(TTL))));
        return asked.orElse(new Reader(fallback, defaultZone));
    }

    @Override
    public Reader channel(String channelId) {
        if (channelId == null) {
            return new Reader(fallback, defaultZone);
        }
        return new Reader(channelLanguages.getOrDefault(channelId, fallback),
                channelZones.getOrDefault(channelId, defaultZone));
    }

    private Optional<Reader> ask(String userId) {
        try {
            UsersInfoResponse response = methods.usersInfo(r -> r.user(userId).includeLocale(true));
            if (!response.isOk() || response.getUser() == null) {
                log.info("users.info for {} answered {}; using {}", userId, response.getError(), fallback.code());
                return Optional.empty();
            }
            var user = response.getUser();
            Language language = Language.parse(user.getLocale()).orElse(fallback);
            return Optional.of(new Reader(language, zone(user.getTz(), defaultZone)));
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.info("users.info for {} failed ({}); using {}", userId, e.toString(), fallback.code());
            return Optional.empty();
        }
    }

    private static ZoneId zone(String tz, ZoneId fallback) {
        try {
            return tz == null || tz.isBlank() ? fallback : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
