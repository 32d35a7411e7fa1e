package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.escalation.card.CardActionIds;
import dev.deskhand.slack.escalation.card.RelatedArticles;
import dev.deskhand.slack.text.Voice;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.Team;
import dev.deskhand.slack.KbEscalation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge base's "Escalate" button ({@code kb_escalate}): opens the form prefilled with the question as the
 * summary, the article's title as the related article (linked to the article under the field), and the team guessed
 * from the article (editable).
 */
public final class KbEscalateAction implements BlockActionHandler {
    public static final String ACTION_ID = "kb_escalate";

    private final EscalationModal modal;
    private final EscalationSettings settings;
    private final Voice voice;
    private final RelatedArticles related;

    KbEscalateAction(EscalationModal modal, EscalationSettings settings, Voice voice, RelatedArticles related) {
        this.modal = modal;
        this.settings = settings;
        this.voice = voice;
        this.related = related;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
        var payload = request.getPayload();
        Optional<KbEscalation> from = KbEscalation.decode(CardActionIds.action(request).getValue());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String summary = from.map(KbEscalation::question).filter(q -> !q.isBlank()).orElse(null);
        String article = from.flatMap(f -> f.title().or(f::articleId)).orElse(null);
        String team = from.flatMap(this::team).orElse(null);
        // Without an article it was a miss: the question is a knowledge gap to link to the escalation.
        String gap = from.filter(f -> f.articleId().isEmpty()).map(KbEscalation::question).filter(q -> !q.isBlank())
                .orElse(null);
        // The title goes in the field (what the card shows), the link to the article under it.
        String link = from.flatMap(KbEscalation::articleId).flatMap(related::link).orElse(null);
        Prefill prefill = new Prefill(null, null, null, null, team, summary, null, article, channel, gap, link);
        context.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                .viewAsString(modal.view(prefill, voice.user(payload.getUser().getId())).toString()));
        return context.ack();
    }

    /**
     * The team the article belongs to, when it says: a tag or the article's folder naming a team, else an owner who
     * is one of a team's leads. Only a guess; the requester can change it in the form.
     */
    private Optional<String> team(KbEscalation from) {
        List<String> names = new ArrayList<>(from.tags());
        from.articleId().filter(id -> id.contains("/")).ifPresent(id -> names.add(id.substring(0, id.indexOf('/'))));
        for (String name : names) {
            for (Team team : settings.teams()) {
                if (team.id().equalsIgnoreCase(name) || team.name().equalsIgnoreCase(name)) {
                    return Optional.of(team.id());
                }
            }
        }
        return from.owner().flatMap(owner -> settings.teams().stream()
                .filter(team -> team.leads().contains(owner) || team.leads().contains("<@" + owner + ">"))
                .map(Team::id).findFirst());
    }
}
