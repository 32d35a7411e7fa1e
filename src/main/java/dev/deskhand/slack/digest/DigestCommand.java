package dev.deskhand.slack.digest;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.DigestAdmins;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.DigestSchedule;
import dev.deskhand.digest.DigestSection;
import dev.deskhand.digest.DigestSubscriptions;
import dev.deskhand.digest.ScheduleBook;
import dev.deskhand.digest.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /digest preview | subscribe "cron" zone [teams] [sections] | unsubscribe | help}. Preview is ephemeral and
 * records no slot; changing the schedule is for the configured admins (anyone when none are named). Replies are
 * ephemeral so a channel is not spammed by its own set-up.
 */
final class DigestCommand implements SlashCommandHandler {

    static final String USAGE = """
            *Digest commands*
            `/digest preview` — this channel's digest as it would look now (only you see it)
            `/digest subscribe "0 9 * * MON-FRI" Asia/Seoul billing,technical` — post here on that schedule
            `/digest unsubscribe` — stop this channel's digest
            Cron is unix (minute hour day month weekday), the zone an IANA name; teams and sections are optional.""";

    private final DigestBuilder builder;
    private final ScheduleBook schedules;
    private final DigestSubscriptions subscriptions;
    private final DigestAdmins admins;
    private final Set<String> knownTeams;
    private final Clock clock;

    DigestCommand(DigestBuilder builder, ScheduleBook schedules, DigestSubscriptions subscriptions,
                  DigestAdmins admins, Set<String> knownTeams, Clock clock) {
        this.builder = builder;
        this.schedules = schedules;
        this.subscriptions = subscriptions;
        this.admins = admins;
        this.knownTeams = Set.copyOf(knownTeams);
        this.clock = clock;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload payload = req.getPayload();
        DigestRequest request = DigestRequest.parse(payload.getText());
        if (!request.understood()) {
            return reply(ctx, request.problem() + "\n\n" + USAGE);
        }
        return switch (request.kind()) {
            case PREVIEW -> preview(ctx, payload);
            case SUBSCRIBE -> subscribe(ctx, payload, request);
            case UNSUBSCRIBE -> unsubscribe(ctx, payload);
            case HELP -> reply(ctx, USAGE);
        };
    }

    private Response preview(SlashCommandContext ctx, SlashCommandPayload payload) {
        Optional<DigestSchedule> schedule = schedules.forChannel(payload.getChannelId());
        Digest digest = builder.preview(schedule.orElse(
                DigestSchedule.everything(payload.getChannelId(), "0 9 * * *", "UTC")));
        Optional<String> workspace = Optional.ofNullable(payload.getTeamDomain())
                .map(domain -> "https://" + domain + ".slack.com/");
        String note = schedule.isPresent() ? DigestBlocks.fallbackText(digest)
                : "This channel has no digest schedule; the preview covers every team, in UTC.";
        return ctx.ack(r -> r.responseType("ephemeral").text(note).blocks(new DigestBlocks(workspace).render(digest)));
    }

    private Response subscribe(SlashCommandContext ctx, SlashCommandPayload payload, DigestRequest request) {
        if (!admins.mayManage(payload.getUserId())) {
            return reply(ctx, notAdmin());
        }
        Set<String> unknown = request.teams().stream().filter(t -> !knownTeams.isEmpty() && !knownTeams.contains(t))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unknown.isEmpty()) {
            return reply(ctx, "Unknown team(s): " + String.join(", ", unknown) + ". Teams: "
                    + knownTeams.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
        DigestSchedule schedule;
        try {
            Set<DigestSection> sections = request.sections().isEmpty() ? EnumSet.allOf(DigestSection.class)
                    : request.sections().stream().map(DigestSection::parse)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DigestSection.class)));
            schedule = DigestSchedule.of(payload.getChannelId(), request.cron(), request.zone(),
                    new LinkedHashSet<>(request.teams()), sections);
        } catch (IllegalArgumentException e) {
            return reply(ctx, "That schedule doesn't work: " + e.getMessage() + "\n\n" + USAGE);
        }
        Instant now = clock.instant();
        subscriptions.save(new Subscription(payload.getChannelId(), Optional.of(schedule), payload.getUserId(), now));
        return reply(ctx, confirmation(schedule, now));
    }

    private static String confirmation(DigestSchedule schedule, Instant now) {
        DigestFormat format = new DigestFormat(now, schedule.zone());
        List<String> next = schedule.slotsBetween(now, now.plus(Duration.ofDays(8))).stream().limit(3)
                .map(format::dayTime).toList();
        String teams = schedule.teams().isEmpty() ? "all teams" : String.join(", ", schedule.teams().stream().sorted()
                .toList());
        return "Digest scheduled here: `" + schedule.cron() + "` in " + schedule.zone().getId() + ", " + teams + ".\n"
                + (next.isEmpty() ? "No digest falls in the coming week." : "Next: " + String.join(" · ", next));
    }

    private Response unsubscribe(SlashCommandContext ctx, SlashCommandPayload payload) {
        if (!admins.mayManage(payload.getUserId())) {
            return reply(ctx, notAdmin());
        }
        subscriptions.save(new Subscription(payload.getChannelId(), Optional.empty(), payload.getUserId(),
                clock.instant()));
        return reply(ctx, "No more digests in this channel. `/digest subscribe` brings them back.");
    }

    private String notAdmin() {
        return "Only digest admins can change this channel's digest: "
                + admins.userIds().stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", "))
                + ". `/digest preview` works for everyone.";
    }

    private static Response reply(SlashCommandContext ctx, String text) {
        return ctx.ack(r -> r.responseType("ephemeral").text(text));
    }
}
