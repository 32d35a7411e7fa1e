package dev.deskhand.slack.digest;

import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Reader;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.schedule.DigestAdmins;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DigestSubscriptions;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.digest.schedule.ScheduleException;
import dev.deskhand.digest.schedule.Subscription;
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
 * {@code /digest preview | subscribe "cron" zone [teams] [sections] | unsubscribe | help}; sections by their
 * configuration names or the reader's own words ({@link SectionNames}). Preview is ephemeral and
 * records no slot; changing the schedule is for the configured admins (anyone when none are named). Replies are
 * ephemeral so a channel is not spammed by its own set-up.
 */
final class DigestCommand implements SlashCommandHandler {

    private final DigestBuilder builder;
    private final ScheduleBook schedules;
    private final DigestSubscriptions subscriptions;
    private final DigestAdmins admins;
    private final Set<String> knownTeams;
    private final Clock clock;
    private final Voice voice;

    DigestCommand(DigestBuilder builder, ScheduleBook schedules, DigestSubscriptions subscriptions,
                  DigestAdmins admins, Set<String> knownTeams, Clock clock, Voice voice) {
        this.builder = builder;
        this.schedules = schedules;
        this.subscriptions = subscriptions;
        this.admins = admins;
        this.knownTeams = Set.copyOf(knownTeams);
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload payload = req.getPayload();
        DigestRequest request = DigestRequest.parse(payload.getText());
        // Replies go to the person who typed the command, in their language.
        Texts texts = voice.user(payload.getUserId());
        if (!request.understood()) {
            return reply(ctx, texts.get(request.problem(), "word", request.detail()) + "\n\n"
                    + texts.get("digest.usage"));
        }
        return switch (request.kind()) {
            case PREVIEW -> preview(ctx, payload, texts);
            case SUBSCRIBE -> subscribe(ctx, payload, request, texts);
            case UNSUBSCRIBE -> unsubscribe(ctx, payload, texts);
            case HELP -> reply(ctx, texts.get("digest.usage"));
        };
    }

    private Response preview(SlashCommandContext ctx, SlashCommandPayload payload, Texts texts) {
        Optional<DigestSchedule> schedule = schedules.forChannel(payload.getChannelId());
        Digest digest = builder.preview(schedule.orElse(
                // Without a schedule the preview is in the channel's zone: its team's zone:, else the workspace's.
                DigestSchedule.everything(payload.getChannelId(), "0 9 * * *",
                        voice.readers().channel(payload.getChannelId()).zone().getId())));
        Optional<String> workspace = Optional.ofNullable(payload.getTeamDomain())
                .map(domain -> "https://" + domain + ".slack.com/");
        DigestBlocks blocks = new DigestBlocks(workspace, voice);
        String note = schedule.isPresent() ? blocks.fallbackText(digest) : texts.get("digest.noSchedule");
        return ctx.ack(r -> r.responseType("ephemeral").text(note).blocks(blocks.render(digest)));
    }

    private Response subscribe(SlashCommandContext ctx, SlashCommandPayload payload, DigestRequest request,
                               Texts texts) {
        if (!admins.mayManage(payload.getUserId())) {
            return reply(ctx, notAdmin(texts));
        }
        Set<String> unknown = request.teams().stream().filter(t -> !knownTeams.isEmpty() && !knownTeams.contains(t))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!unknown.isEmpty()) {
            return reply(ctx, texts.get("digest.unknownTeams", "count", unknown.size(), "unknown",
                    Mrkdwn.escape(String.join(", ", unknown)),
                    "teams", knownTeams.stream().sorted().collect(Collectors.joining(", "))));
        }
        DigestSchedule schedule;
        try {
            Set<DigestSection> sections = request.sections().isEmpty() ? EnumSet.allOf(DigestSection.class)
                    : request.sections().stream().map(new SectionNames(voice.messages())::parse)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DigestSection.class)));
            schedule = DigestSchedule.of(payload.getChannelId(), request.cron(), request.zone(),
                    new LinkedHashSet<>(request.teams()), sections).withLanguage(request.language());
        } catch (ScheduleException problem) {
            return reply(ctx, texts.get("digest.badSchedule", "problem", problem(problem, texts)) + "\n\n"
                    + texts.get("digest.usage"));
        }
        Instant now = clock.instant();
        subscriptions.save(new Subscription(payload.getChannelId(), Optional.of(schedule), payload.getUserId(), now));
        return reply(ctx, confirmation(schedule, now, texts));
    }

    /** What was wrong with the schedule, in the reader's words, the value they typed shown as code. */
    static String problem(ScheduleException problem, Texts texts) {
        String value = Mrkdwn.code(Mrkdwn.escape(problem.value()));
        return texts.get("schedule.problem." + problem.kind().name(), "value", value, "count", problem.fieldCount(),
                "valid", SectionNames.valid(texts));
    }

    private String confirmation(DigestSchedule schedule, Instant now, Texts asker) {
        // The schedule is confirmed in the asker's language, with its times as the channel will see them.
        Texts texts = voice.messages().in(new Reader(asker.language(), schedule.zone()));
        DigestFormat format = new DigestFormat(now, texts);
        List<String> next = schedule.slotsBetween(now, now.plus(Duration.ofDays(8))).stream().limit(3)
                .map(format::dayTime).toList();
        String teams = schedule.teams().isEmpty() ? texts.get("digest.allTeams")
                : String.join(", ", schedule.teams().stream().sorted().toList());
        String language = schedule.language().flatMap(Language::parse)
                .map(l -> " " + texts.get("digest.scheduled.language", "language",
                        texts.get("digest.language." + l.code()))).orElse("");
        return texts.get("digest.scheduled", "cron", schedule.cron().expression(), "zone", schedule.zone().getId(),
                "teams", teams) + language + "\n"
                + (next.isEmpty() ? texts.get("digest.noNext") : texts.get("digest.next", "slots",
                String.join(" · ", next)));
    }

    private Response unsubscribe(SlashCommandContext ctx, SlashCommandPayload payload, Texts texts) {
        if (!admins.mayManage(payload.getUserId())) {
            return reply(ctx, notAdmin(texts));
        }
        subscriptions.save(new Subscription(payload.getChannelId(), Optional.empty(), payload.getUserId(),
                clock.instant()));
        return reply(ctx, texts.get("digest.unsubscribed"));
    }

    private String notAdmin(Texts texts) {
        return texts.get("digest.notAdmin", "admins",
                admins.userIds().stream().sorted().map(id -> "<@" + id + ">").collect(Collectors.joining(", ")));
    }

    private static Response reply(SlashCommandContext ctx, String text) {
        return ctx.ack(r -> r.responseType("ephemeral").text(text));
    }
}
