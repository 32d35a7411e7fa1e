package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An open modal view, as {@code views.open}/{@code views.push} left it.
 *
 * @param id     the view id ({@code V…})
 * @param user   whose screen it is on
 * @param view   the view JSON as the app sent it, plus id and hash
 * @param hash   changes with every update; {@code views.update} with a stale hash is refused as Slack does
 * @param errors field errors from {@code response_action: errors}, block id → message
 */
public record Modal(String id, String user, ObjectNode view, String hash, Map<String, String> errors) {

    public Modal {
        errors = Map.copyOf(errors);
    }

    Modal withErrors(Map<String, String> newErrors) {
        return new Modal(id, user, view, hash, newErrors);
    }

    public boolean notifyOnClose() {
        JsonNode flag = view.get("notify_on_close");
        return flag != null && flag.asBoolean();
    }
}
