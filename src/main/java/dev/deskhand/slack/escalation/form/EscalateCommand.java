package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.SlackCallFailed;
import dev.deskhand.slack.escalation.card.DeliveryProblems;
import dev.deskhand.slack.escalation.card.EscalationListing;
import dev.deskhand.slack.escalation.card.PageListing;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.service.EscalationService;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.service.OneLineParser;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.Mrkdwn;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /escalate}: no text opens the form; {@code help}, {@code list [team]}, {@code mine} and {@code show ESC-n}
 * answer ephemerally; anything else is the one-line form, created at once when complete, else the form opens
 * prefilled with what was understood.
 */
final class EscalateCommand implements SlashCommandHandler {
    private final EscalationService service;
    private final EscalationStore store;
    private final EscalationSettings settings;
    private final OneLineParser parser;
    private final EscalationModal modal;
    private final EscalationListing listing;
    private final Confirmation confirmation;
    private final Clock clock;
    private final DeliveryProblems problems;
    private final PageListing pages;
    private final Voice voice;

    EscalateCommand(EscalationService service, EscalationStore store, EscalationSettings settings, Clock clock,
                    DeliveryProblems problems, PageListing pages, Voice voice) {
        this.problems = problems;
        this.pages = pages;
        this.voice = voice;
        this.service = service;
        this.store = store;
        this.settings = settings;
        this.parser = new OneLineParser(settings.teamIds());
        this.modal = new EscalationModal(settings);
        this.listing = new EscalationListing(settings);
        this.confirmation = new Confirmation(settings, voice);
        this.clock = clock;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context)
            throws IOException, SlackApiException {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
        String[] words = text.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";
        Texts texts = voice.user(payload.getUserId());
        if (text.isEmpty()) {
            return openModal(payload, context, Prefill.empty(payload.getChannelId()), texts);
        }
        // The Korean words are the ones a Korean agent would type; both sets work whatever the reader's language.
        return switch (first) {
            case "help", "도움말" -> reply(context, EscalationListing.help(texts));
            case "list", "목록" -> list(context, payload.getChannelId(), rest, texts);
            case "mine", "내건" -> reply(context, listing.list(texts.get("escalation.list.mine"),
                    store.listMine(payload.getUserId()), clock.instant(), texts));
            case "show", "보기" -> show(context, rest, texts);
            default -> oneLine(payload, context, text, texts);
        };
    }

    private Response list(SlashCommandContext context, String channel, String team, Texts texts) {
        List<String> teams;
        if (!team.isEmpty()) {
            if (settings.team(team.toLowerCase(Locale.ROOT)).isEmpty()) {
                return reply(context, texts.get("escalation.list.noTeam", "team", Mrkdwn.escape(team),
                        "teams", String.join(", ", settings.teamIds().stream().sorted().toList())));
            }
            teams = List.of(team.toLowerCase(Locale.ROOT));
        } else {
            // In a team's own channel "my teams" is that team; anywhere else it is all of them.
            teams = settings.teams().stream().filter(t -> t.channelId().equals(channel)).map(Team::id).toList();
            if (teams.isEmpty()) {
                teams = settings.teams().stream().map(Team::id).toList();
            }
        }
        return reply(context, listing.list(texts.get("escalation.list.open", "teams", String.join(", ", teams)),
                store.listOpen(teams), clock.instant(), texts));
    }

    private Response show(SlashCommandContext context, String argument, Texts texts) {
        Optional<EscalationKey> key = EscalationKey.parse(argument);
        if (key.isEmpty()) {
            return reply(context, texts.get("escalation.show.which"));
        }
        return store.find(key.get())
                .map(escalation -> reply(context, listing.show(escalation, store.timeline(key.get()), clock.instant(),
                        texts) + pages.describe(key.get(), texts) + problems.describe(key.get(), texts)))
                .orElseGet(() -> reply(context, texts.get("escalation.show.none", "key", key.get().toString())));
    }

    private Response oneLine(SlashCommandPayload payload, SlashCommandContext context, String text, Texts texts)
            throws IOException, SlackApiException {
        OneLineParser.Parsed parsed = parser.parse(text);
        // Checked before anything else: the form would cut an over-long prefill, and the database would refuse it.
        for (var check : List.of(Map.entry(FieldLimit.TICKET, String.valueOf(parsed.ticket())),
                Map.entry(FieldLimit.SUMMARY, String.valueOf(parsed.summary())))) {
            if (check.getKey().exceededBy(check.getValue())) {
                return reply(context, TooLong.oneLine(voice.user(payload.getUserId()), check.getKey(),
                        check.getValue(), text));
            }
        }
        if (!parsed.isComplete()) {
            return openModal(payload, context, new Prefill(null, null, parsed.ticket(), parsed.severity(),
                    parsed.team(), parsed.summary(), null, null, payload.getChannelId()), texts);
        }
        NewEscalation draft = new NewEscalation(null, settings.defaultTier().id(), parsed.ticket(),
                parsed.severity(), parsed.team(), parsed.summary(), null, null, payload.getUserId());
        // Each invocation has its own trigger id; a redelivered request carries the same one.
        Creation creation = service.create(draft, "command:" + payload.getTriggerId());
        return reply(context, confirmation.text(creation.escalation(), texts));
    }

    private Response openModal(SlashCommandPayload payload, SlashCommandContext context, Prefill prefill,
                               Texts texts) throws IOException, SlackApiException {
        var opened = context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                .viewAsString(modal.view(prefill, texts).toString()));
        if (!opened.isOk()) {
            throw new SlackCallFailed("views.open", opened.getError());
        }
        return context.ack();
    }

    private static Response reply(SlashCommandContext context, String text) {
        return context.ack(r -> r.responseType("ephemeral").text(text));
    }
}
