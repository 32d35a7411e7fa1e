package dev.deskhand.slack.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * What a button on an answer refers to, carried in the button's {@code value} (Slack caps it at 2,000 chars,
 * so the query is shortened). {@code belowBar}: the article was opened from a declined search's closest titles.
 */
record AnswerRef(String articleId, String query, int offset, boolean belowBar) {

    AnswerRef(String articleId, String query, int offset) {
        this(articleId, query, offset, false);
    }

    static final int MAX_QUERY = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("a", articleId);
        node.put("q", query.length() <= MAX_QUERY ? query : query.substring(0, MAX_QUERY));
        node.put("o", offset);
        if (belowBar) {
            node.put("c", true);
        }
        return node.toString();
    }

    /** Empty when the value was not made by {@link #encode()} (a stale or forged click). */
    static Optional<AnswerRef> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (!node.path("q").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new AnswerRef(node.path("a").asText(""), node.path("q").asText(),
                    node.path("o").asInt(0), node.path("c").asBoolean(false)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
