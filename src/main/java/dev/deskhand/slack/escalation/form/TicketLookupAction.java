package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.escalation.card.CardActionIds;
import dev.deskhand.slack.escalation.card.EscalationCard;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import dev.deskhand.escalation.Severity;
import dev.deskhand.slack.AfterAck;
import dev.deskhand.slack.text.Texts;
import dev.deskhand.slack.text.Voice;
import dev.deskhand.tickets.Lookup;
import dev.deskhand.tickets.TicketFacts;
import dev.deskhand.tickets.TicketLookup;
import dev.deskhand.tickets.TicketStatuses;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enter in the escalation form's ticket field ({@code dispatch_action}): after the ack, asks the helpdesk once (its
 * own timeout; an agent is waiting, so never retried) and rebuilds the form with the ticket's customer, subject and
 * severity in the fields that are still empty, and under the ticket field what the lookup found or why it could not.
 * Whatever happens, the form stays as the agent left it otherwise and can be sent.
 */
final class TicketLookupAction implements BlockActionHandler {
    private static final Logger log = LoggerFactory.getLogger(TicketLookupAction.class);
    private static final int MAX_SUBJECT = 150;

    private final EscalationModal modal;
    private final TicketLookup lookup;
    private final TicketStatuses statuses;
    private final AfterAck afterAck;
    private final Clock clock;
    private final Voice voice;

    TicketLookupAction(EscalationModal modal, TicketLookup lookup, TicketStatuses statuses, AfterAck afterAck,
                       Clock clock, Voice voice) {
        this.modal = modal;
        this.lookup = lookup;
        this.statuses = statuses;
        this.afterAck = afterAck;
        this.clock = clock;
        this.voice = voice;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        View view = payload.getView();
        var action = CardActionIds.action(request);
        String user = payload.getUser().getId();
        if (view == null || action == null || action.getValue() == null || action.getValue().isBlank()) {
            return context.ack();
        }
        String ticket = action.getValue().strip();
        String suffix = action.getActionTs() == null ? String.valueOf(clock.millis())
                : action.getActionTs().replace(".", "");
        afterAck.run(user, null, () -> update(context, view, ticket, suffix, voice.user(user)));
        return context.ack();
    }

    private void update(ActionContext context, View view, String ticket, String suffix, Texts texts) {
        Lookup result = lookup.lookup(ticket);
        FormValues values = new FormValues(view.getState());
        Origin origin = Origin.decode(view.getPrivateMetadata());
        String customer = values.get("customer");
        String summary = values.get("summary");
        Severity severity = Severity.parse(values.get("severity")).orElse(null);
        Set<String> filled = new LinkedHashSet<>();
        String hint;
        if (result instanceof Lookup.Found found) {
            TicketFacts facts = found.facts();
            facts.status().ifPresent(status -> statuses.remember(ticket, status, clock.instant()));
            if (customer == null && facts.customer().isPresent()) {
                customer = facts.customer().get();
                filled.add("customer");
            }
            if (summary == null && facts.subject().isPresent()) {
                summary = facts.subject().get();
                filled.add("summary");
            }
            Optional<Severity> fromPriority = facts.priority().flatMap(TicketLookupAction::severity);
            if (severity == null && fromPriority.isPresent()) {
                severity = fromPriority.get();
                filled.add("severity");
            }
            hint = found(facts, filled, texts);
        } else if (result instanceof Lookup.NotFound notFound) {
            hint = texts.get("escalation.lookup.notFound", "id", notFound.id());
        } else if (result instanceof Lookup.Failed failed) {
            log.warn("Ticket lookup failed: {} ({})", failed.failure(), failed.detail());
            hint = texts.get("escalation.lookup.failed." + failed.failure().name());
        } else {
            hint = texts.get("escalation.lookup.notLookedUp");
        }
        Prefill prefill = new Prefill(customer, values.get("tier"), ticket, severity, values.get("team"), summary,
                values.get("tried"), values.get("article"), origin.channel(), origin.gap().orElse(null));
        EscalationModal.Refill refill = new EscalationModal.Refill(hint, filled, suffix, articleContext(view));
        try {
            ViewsUpdateResponse updated = context.client().viewsUpdate(r -> r.viewId(view.getId())
                    .hash(view.getHash()).viewAsString(modal.view(prefill, texts, refill).toString()));
            if (!updated.isOk()) {
                // hash_conflict: the agent changed the form meanwhile; what they did wins over the lookup.
                log.warn("views.update after a ticket lookup: {}", updated.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("views.update after a ticket lookup failed: {}", e.toString());
        }
    }

    private static String found(TicketFacts facts, Set<String> filled, Texts texts) {
        String subject = facts.subject().map(s -> s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) + "…" : s)
                .orElse(texts.get("escalation.lookup.noSubject"));
        String status = facts.status().map(s -> EscalationCard.ticketStatus(s, texts)).orElse("—");
        if (filled.isEmpty()) {
            return texts.get("escalation.lookup.foundKept", "id", facts.id(), "subject", subject, "status", status);
        }
        List<String> names = new ArrayList<>();
        filled.forEach(field -> names.add(texts.get("escalation.lookup.field." + field)));
        return texts.get("escalation.lookup.found", "id", facts.id(), "subject", subject, "status", status,
                "filled", String.join(", ", names));
    }

    /** Zendesk's priority as a severity: urgent P1, high P2, normal P3, low P4. */
    static Optional<Severity> severity(String priority) {
        return switch (priority.toLowerCase(Locale.ROOT)) {
            case "urgent" -> Optional.of(Severity.P1);
            case "high" -> Optional.of(Severity.P2);
            case "normal" -> Optional.of(Severity.P3);
            case "low" -> Optional.of(Severity.P4);
            default -> Optional.empty();
        };
    }

    /** The line under the article field (a knowledge-base link), which is not an input and so not in the state. */
    private static String articleContext(View view) {
        List<LayoutBlock> blocks = view.getBlocks() == null ? List.of() : view.getBlocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof InputBlock input && input.getBlockId() != null
                    && input.getBlockId().startsWith("article")
                    && blocks.get(i + 1) instanceof ContextBlock line && line.getElements() != null
                    && !line.getElements().isEmpty() && line.getElements().get(0) instanceof MarkdownTextObject text) {
                return text.getText();
            }
        }
        return null;
    }
}
