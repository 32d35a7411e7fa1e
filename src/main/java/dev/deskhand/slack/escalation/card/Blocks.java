package dev.deskhand.slack.escalation.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.escalation.Severity;
import dev.deskhand.escalation.Team;
import dev.deskhand.escalation.service.Tier;
import dev.deskhand.slack.text.Texts;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small Block Kit builders on Jackson trees, so what we send can be compared with golden JSON as it is. */
public final class Blocks {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private Blocks() {
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ObjectNode plain(String text) {
        return object().put("type", "plain_text").put("text", text).put("emoji", true);
    }

    static ObjectNode mrkdwn(String text) {
        return object().put("type", "mrkdwn").put("text", text);
    }

    static ObjectNode header(String text) {
        return object().put("type", "header").set("text", plain(text));
    }

    static ObjectNode section(String mrkdwnText) {
        ObjectNode section = object().put("type", "section");
        section.set("text", mrkdwn(mrkdwnText));
        return section;
    }

    static ObjectNode fields(String... mrkdwnFields) {
        ObjectNode section = object().put("type", "section");
        ArrayNode fields = section.putArray("fields");
        for (String field : mrkdwnFields) {
            fields.add(mrkdwn(field));
        }
        return section;
    }

    public static ObjectNode context(String mrkdwnText) {
        ObjectNode context = object().put("type", "context");
        context.putArray("elements").add(mrkdwn(mrkdwnText));
        return context;
    }

    static ObjectNode button(String actionId, String text, String value, String style) {
        ObjectNode button = object().put("type", "button").put("action_id", actionId);
        button.set("text", plain(text));
        button.put("value", value);
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    public static ObjectNode option(String text, String value) {
        ObjectNode option = object();
        option.set("text", plain(text));
        option.put("value", value);
        return option;
    }

    public static ObjectNode staticSelect(String actionId, String placeholder, ArrayNode options) {
        ObjectNode select = object().put("type", "static_select").put("action_id", actionId);
        select.set("placeholder", plain(placeholder));
        select.set("options", options);
        return select;
    }

    public static ArrayNode severities(Texts texts) {
        ArrayNode options = Blocks.array();
        for (Severity severity : Severity.values()) {
            options.add(severityOption(severity, texts));
        }
        return options;
    }

    public static ObjectNode severityOption(Severity severity, Texts texts) {
        ObjectNode option = option(severity.name(), severity.name());
        option.set("description", Blocks.plain(texts.get("escalation.severity." + severity.name())));
        return option;
    }

    public static ObjectNode option(Tier tier) {
        return option(tier.label(), tier.id());
    }

    public static ObjectNode option(Team team) {
        return option(team.name(), team.id());
    }

    /**
     * {@code Mon 23 Nov 18:00 KST}: a time with its date and zone, in the reader's zone (a channel's: its team's
     * {@code zone:}, else the workspace's), so everyone in the channel reads the same deadline and knows whose clock
     * it is on. The zone's short name comes from the JDK, which names it as people do; ICU would write GMT+9.
     */
    static String date(Instant instant, dev.deskhand.slack.text.Texts texts) {
        return texts.get("escalation.time", "when", instant,
                "zone", ZONE_NAME.format(instant.atZone(texts.reader().zone())));
    }

    static String user(String userId, dev.deskhand.slack.text.Texts texts) {
        return userId == null ? texts.get("escalation.nobody") : "<@" + userId + ">";
    }
}
