package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.BlockKitLimits;
import dev.deskhand.playground.workspace.Modal;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Workspace;
import java.io.IOException;
import java.util.Optional;

/** {@code views.open}, {@code views.push} and {@code views.update}: modals on the page. */
final class ViewMethods {

    private final Workspace workspace;

    ViewMethods(Workspace workspace) {
        this.workspace = workspace;
    }

    ObjectNode open(Params params, ObjectNode out) throws Refusal {
        Optional<String> user = workspace.triggerUser(params.get("trigger_id"));
        if (user.isEmpty()) {
            throw new Refusal("invalid_trigger_id", null);
        }
        ObjectNode view = view(params);
        Modal modal = workspace.withModals(stacks -> stacks.open(user.get(), view));
        out.set("view", modal.view());
        return out;
    }

    ObjectNode push(Params params, ObjectNode out) throws Refusal {
        Optional<String> user = workspace.triggerUser(params.get("trigger_id"));
        if (user.isEmpty()) {
            throw new Refusal("invalid_trigger_id", null);
        }
        ObjectNode view = view(params);
        Optional<Modal> modal = workspace.withModals(stacks -> stacks.push(user.get(), view));
        if (modal.isEmpty()) {
            throw new Refusal("push_limit_reached", null);
        }
        out.set("view", modal.get().view());
        return out;
    }

    ObjectNode update(Params params, ObjectNode out) throws Refusal {
        String viewId = params.get("view_id");
        Optional<Modal> existing = viewId == null ? Optional.empty() : workspace.modal(viewId);
        if (existing.isEmpty()) {
            throw new Refusal("not_found", null);
        }
        String hash = params.get("hash");
        if (hash != null && !hash.equals(existing.get().hash())) {
            throw new Refusal("hash_conflict", null);
        }
        ObjectNode view = view(params);
        Optional<Modal> updated = workspace.withModals(stacks -> stacks.update(viewId, view));
        if (updated.isEmpty()) {
            throw new Refusal("not_found", null);
        }
        out.set("view", updated.get().view());
        return out;
    }

    static ObjectNode view(Params params) throws Refusal {
        Optional<JsonNode> view;
        try {
            view = params.json("view");
        } catch (IOException e) {
            throw new Refusal("invalid_arguments", "view is not JSON");
        }
        if (view.isEmpty() || !view.get().isObject()) {
            throw new Refusal("invalid_arguments", "view is missing");
        }
        Optional<String> problem = BlockKitLimits.checkView(view.get());
        if (problem.isPresent()) {
            throw new Refusal("invalid_arguments", problem.get());
        }
        return (ObjectNode) view.get();
    }
}
