package dev.deskhand.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.response.Response;

/** Builds the body of an immediate ephemeral reply to a slash command. */
final class Ephemeral {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Ephemeral() {
    }

    static Response response(String mrkdwnText) {
        ObjectNode body = JSON.createObjectNode();
        body.put("response_type", "ephemeral");
        body.put("text", mrkdwnText);
        return Response.json(200, body.toString());
    }
}
