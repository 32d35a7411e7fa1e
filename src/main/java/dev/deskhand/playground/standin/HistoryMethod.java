package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Workspace;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code conversations.history}: a channel's messages, newest first, without thread replies or ephemeral
 * messages, between {@code oldest} and {@code latest}, a page at a time (the digest looks for its own posts).
 */
final class HistoryMethod {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 999;

    private final Workspace workspace;

    HistoryMethod(Workspace workspace) {
        this.workspace = workspace;
    }

    ObjectNode history(Params params, ObjectNode out) throws Refusal {
        String channel = params.get("channel");
        if (channel == null || workspace.directory().channel(channel).isEmpty()) {
            throw new Refusal("channel_not_found", null);
        }
        BigDecimal oldest = timestamp(params.get("oldest"), BigDecimal.ZERO);
        BigDecimal latest = timestamp(params.get("latest"), null);
        boolean inclusive = "true".equals(params.get("inclusive")) || "1".equals(params.get("inclusive"));
        List<Message> matching = workspace.channelHistory(channel).stream()
                .filter(m -> after(m, oldest, inclusive) && (latest == null || before(m, latest, inclusive)))
                .toList();
        int limit = Math.max(1, Math.min(MAX_LIMIT, parseInt(params.get("limit"), DEFAULT_LIMIT)));
        int offset = Math.max(0, parseInt(params.get("cursor"), 0));
        ArrayNode messages = out.putArray("messages");
        matching.stream().skip(offset).limit(limit).forEach(m -> messages.add(m.json()));
        boolean more = offset + limit < matching.size();
        out.put("has_more", more);
        out.putObject("response_metadata").put("next_cursor", more ? String.valueOf(offset + limit) : "");
        return out;
    }

    private static boolean after(Message message, BigDecimal oldest, boolean inclusive) {
        int order = new BigDecimal(message.ts()).compareTo(oldest);
        return inclusive ? order >= 0 : order > 0;
    }

    private static boolean before(Message message, BigDecimal latest, boolean inclusive) {
        int order = new BigDecimal(message.ts()).compareTo(latest);
        return inclusive ? order <= 0 : order < 0;
    }

    private static BigDecimal timestamp(String raw, BigDecimal fallback) throws Refusal {
        if (raw == null) {
            return fallback;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new Refusal("invalid_ts_oldest", null);
        }
    }

    private static int parseInt(String raw, int fallback) {
        try {
            return raw == null ? fallback : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
