package dev.deskhand.slack.escalation.form;

import dev.deskhand.slack.escalation.card.Blocks;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.service.EscalationSettings;
import dev.deskhand.escalation.FieldLimit;
import dev.deskhand.escalation.Severity;
import dev.deskhand.slack.Mrkdwn;
import dev.deskhand.slack.text.Texts;

/** The escalation form, in the opener's language: customer, tier, ticket, severity (with definitions), team, summary, tried, article. */
public final class EscalationModal {
    public static final String CALLBACK_ID = "escalation_modal";
    public static final String VALUE = "value";
    /** The ticket field's action id when a helpdesk lookup is configured (it then dispatches on Enter). */
    public static final String TICKET_LOOKUP = "esc_ticket_lookup";

    private final EscalationSettings settings;

    EscalationModal(EscalationSettings settings) {
        this.settings = settings;
    }

    /**
     * A form rebuilt after a ticket lookup ({@code views.update}).
     *
     * @param hint           the lookup's result, shown under the ticket field instead of the usual example
     * @param refreshed      the fields the lookup filled: their blocks get new ids ({@code customer.<suffix>}),
     *                       because Slack keeps what is in a block whose id is unchanged and would ignore the value
     * @param suffix         what makes those ids new (the lookup action's timestamp)
     * @param articleContext the rendered line under the article field, carried over as it was
     */
    record Refill(String hint, java.util.Set<String> refreshed, String suffix, String articleContext) {
        static final Refill NONE = new Refill(null, java.util.Set.of(), "", null);
    }

    /** The {@code views.open} view, prefilled. */
    ObjectNode view(Prefill prefill, Texts texts) {
        return view(prefill, texts, Refill.NONE);
    }

    /** The view, prefilled, as a lookup left it. */
    ObjectNode view(Prefill prefill, Texts texts, Refill refill) {
        ObjectNode view = Blocks.object().put("type", "modal").put("callback_id", CALLBACK_ID);
        view.set("title", Blocks.plain(texts.get("escalation.modal.title")));
        view.set("submit", Blocks.plain(texts.get("escalation.modal.submit")));
        view.set("close", Blocks.plain(texts.get("escalation.modal.close")));
        view.put("private_metadata", Origin.encode(prefill.channel(), prefill.gap()));
        ArrayNode blocks = view.putArray("blocks");
        blocks.add(text(id("customer", refill), texts.get("escalation.modal.customer"), prefill.customer(), false,
                true, FieldLimit.CUSTOMER.max()));
        blocks.add(select("tier", texts.get("escalation.modal.tier"), texts, tiers(), Blocks.option(prefill.tier() != null
                ? settings.tier(prefill.tier()).orElse(settings.defaultTier()) : settings.defaultTier())));
        ObjectNode ticket = text("ticket", texts.get("escalation.modal.ticket"), prefill.ticket(), false, false,
                FieldLimit.TICKET.max());
        ticket.set("hint", Blocks.plain(refill.hint() != null ? refill.hint()
                : texts.get(settings.tickets().looksUp() ? "escalation.modal.ticket.hintLookup"
                : "escalation.modal.ticket.hint")));
        if (settings.tickets().looksUp()) {
            // Entering an id (Enter) asks the helpdesk; the field's value still submits with the form as usual.
            ticket.put("dispatch_action", true);
            ObjectNode element = (ObjectNode) ticket.get("element");
            element.put("action_id", TICKET_LOOKUP);
            element.putObject("dispatch_action_config").putArray("trigger_actions_on").add("on_enter_pressed");
        }
        blocks.add(ticket);
        blocks.add(select(id("severity", refill), texts.get("escalation.modal.severity"), texts, Blocks.severities(texts),
                prefill.severity() == null ? null : Blocks.severityOption(prefill.severity(), texts)));
        blocks.add(Blocks.context(severityDefinitions(texts)));
        blocks.add(select("team", texts.get("escalation.modal.team"), texts, teams(),
                prefill.team() == null ? null : settings.team(prefill.team()).map(Blocks::option).orElse(null)));
        blocks.add(text(id("summary", refill), texts.get("escalation.modal.summary"), prefill.summary(), true, false,
                FieldLimit.SUMMARY.max()));
        blocks.add(text("tried", texts.get("escalation.modal.tried"), prefill.tried(), true, true,
                FieldLimit.TRIED.max()));
        blocks.add(text("article", texts.get("escalation.modal.article"), prefill.article(), false, true,
                FieldLimit.ARTICLE.max()));
        if (prefill.articleLink() != null) {
            blocks.add(Blocks.context(texts.get("escalation.modal.articleLink", "article", prefill.articleLink())));
        } else if (refill.articleContext() != null) {
            blocks.add(Blocks.context(refill.articleContext()));
        }
        return view;
    }

    private static String id(String field, Refill refill) {
        return refill.refreshed().contains(field) ? field + "." + refill.suffix() : field;
    }

    private static ObjectNode text(String blockId, String label, String initial, boolean multiline, boolean optional,
                                   int maxLength) {
        ObjectNode input = Blocks.object().put("type", "plain_text_input").put("action_id", VALUE)
                .put("multiline", multiline).put("max_length", maxLength);
        if (initial != null && !initial.isBlank()) {
            input.put("initial_value", initial.length() > maxLength ? initial.substring(0, maxLength) : initial);
        }
        return block(blockId, label, input, optional);
    }

    private static ObjectNode select(String blockId, String label, Texts texts, ArrayNode options,
                                     ObjectNode initial) {
        ObjectNode select = Blocks.staticSelect(VALUE, texts.get("escalation.modal.choose"), options);
        if (initial != null) {
            select.set("initial_option", initial);
        }
        return block(blockId, label, select, false);
    }

    private static ObjectNode block(String blockId, String label, ObjectNode element, boolean optional) {
        ObjectNode block = Blocks.object().put("type", "input").put("block_id", blockId).put("optional", optional);
        block.set("label", Blocks.plain(label));
        block.set("element", element);
        return block;
    }

    private ArrayNode tiers() {
        ArrayNode options = Blocks.array();
        settings.tiers().forEach(tier -> options.add(Blocks.option(tier)));
        return options;
    }

    private ArrayNode teams() {
        ArrayNode options = Blocks.array();
        settings.teams().forEach(team -> options.add(Blocks.option(team)));
        return options;
    }

    private static String severityDefinitions(Texts texts) {
        StringBuilder text = new StringBuilder();
        for (Severity severity : Severity.values()) {
            text.append(text.length() == 0 ? "" : "\n").append(Mrkdwn.bold(severity.name())).append(' ')
                    .append(texts.get("escalation.severity." + severity.name()));
        }
        return text.toString();
    }

}
