package dev.deskhand.slack.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What a button on an answer refers to, carried in the button's {@code value} (Slack caps it at 2,000 chars,
 * so the query is shortened).
 *
 * @param belowBar   the article was opened from a declined search's closest titles
 * @param confidence the search's confidence, when the article was its top hit: a vote on it then says whether
 *                   the answer bar was right
 * @param voteId     on the reason buttons after "Not helpful": the stored vote the reason explains
 */
record AnswerRef(String articleId, String query, int offset, boolean belowBar, OptionalDouble confidence,
                 Optional<String> voteId) {

    static final int MAX_QUERY = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VOTE = Pattern.compile("[0-9a-f-]{36}");

    AnswerRef(String articleId, String query, int offset) {
        this(articleId, query, offset, false, OptionalDouble.empty(), Optional.empty());
    }

    AnswerRef(String articleId, String query, int offset, boolean belowBar, OptionalDouble confidence) {
        this(articleId, query, offset, belowBar, confidence, Optional.empty());
    }

    /** The same answer, as the vote {@code id}. */
    AnswerRef vote(String id) {
        return new AnswerRef(articleId, query, offset, belowBar, confidence, Optional.of(id));
    }

    /** The same article, now known to be its search's top hit at {@code confidence}. */
    AnswerRef topHit(double confidence) {
        return new AnswerRef(articleId, query, offset, belowBar, OptionalDouble.of(confidence));
    }

    /** The same article, opened below the answer bar. */
    AnswerRef openedBelowBar() {
        return new AnswerRef(articleId, query, offset, true, confidence);
    }

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("a", articleId);
        node.put("q", query.length() <= MAX_QUERY ? query : query.substring(0, MAX_QUERY));
        node.put("o", offset);
        if (belowBar) {
            node.put("c", true);
        }
        // Three decimals are all a bar can use, and they keep the value short.
        confidence.ifPresent(p -> node.put("p", Math.round(p * 1000) / 1000.0));
        voteId.ifPresent(v -> node.put("v", v));
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
            JsonNode p = node.path("p");
            OptionalDouble confidence = p.isNumber() && p.asDouble() >= 0 && p.asDouble() <= 1
                    ? OptionalDouble.of(p.asDouble()) : OptionalDouble.empty();
            // A vote id only ever names a row to update; one that is not ours cannot add a vote.
            Optional<String> vote = node.path("v").isTextual() && VOTE.matcher(node.path("v").asText()).matches()
                    ? Optional.of(node.path("v").asText()) : Optional.empty();
            return Optional.of(new AnswerRef(node.path("a").asText(""), node.path("q").asText(),
                    node.path("o").asInt(0), node.path("c").asBoolean(false), confidence, vote));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
