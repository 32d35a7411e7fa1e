package dev.deskhand.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the knowledge base's "Escalate" button hands the escalation form, carried in the button's value: the question
 * asked and, from an answer, the article (id, title, owner, tags) the team is guessed from. From a declined search
 * only the question. Older buttons carried the bare article id; {@link #decode} still reads them.
 */
public record KbEscalation(String question, Optional<String> articleId, Optional<String> title,
                           Optional<String> owner, List<String> tags) {

    /** Slack caps a button value at 2,000 characters; this leaves room for the rest. */
    static final int MAX_QUESTION = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    public KbEscalation {
        tags = List.copyOf(tags);
    }

    public static KbEscalation miss(String question) {
        return new KbEscalation(question, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("q", question.length() <= MAX_QUESTION ? question : question.substring(0, MAX_QUESTION));
        articleId.ifPresent(a -> node.put("a", a));
        title.ifPresent(t -> node.put("t", t.length() <= 200 ? t : t.substring(0, 200)));
        owner.ifPresent(o -> node.put("o", o.length() <= 100 ? o : o.substring(0, 100)));
        var list = node.putArray("g");
        tags.stream().limit(10).forEach(list::add);
        return node.toString();
    }

    /** The button's value: ours, or an older bare article id; empty for none. */
    public static Optional<KbEscalation> decode(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!value.startsWith("{")) {
            return Optional.of(new KbEscalation("", Optional.of(value), Optional.empty(), Optional.empty(),
                    List.of()));
        }
        try {
            JsonNode node = JSON.readTree(value);
            List<String> tags = new ArrayList<>();
            node.path("g").forEach(tag -> tags.add(tag.asText()));
            return Optional.of(new KbEscalation(node.path("q").asText(""), text(node, "a"), text(node, "t"),
                    text(node, "o"), tags));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.path(field).isTextual() && !node.path(field).asText().isBlank()
                ? Optional.of(node.path(field).asText()) : Optional.empty();
    }
}
