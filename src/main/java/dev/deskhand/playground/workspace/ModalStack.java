package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modals open on each user's screen, bottom to top, as {@code views.open}, {@code views.push},
 * {@code views.update} and {@code response_action}s leave them. Not thread-safe: {@link Workspace} holds the lock.
 */
public final class ModalStack {

    /** Slack allows three views on a stack. */
    static final int MAX_DEPTH = 3;

    private final Map<String, List<Modal>> byUser = new LinkedHashMap<>();
    private long counter;

    List<Modal> of(String user) {
        return List.copyOf(byUser.getOrDefault(user, List.of()));
    }

    Optional<Modal> find(String viewId) {
        return byUser.values().stream().flatMap(List::stream).filter(m -> m.id().equals(viewId)).findFirst();
    }

    /** {@code views.open}: a new stack with this one view (any earlier modal of the user is closed). */
    public Modal open(String user, ObjectNode view) {
        List<Modal> stack = new ArrayList<>();
        Modal modal = create(user, view, null);
        stack.add(modal);
        byUser.put(user, stack);
        return modal;
    }

    /** {@code views.push}: on top of the user's stack; empty when the stack is full or there is none. */
    public Optional<Modal> push(String user, ObjectNode view) {
        List<Modal> stack = byUser.get(user);
        if (stack == null || stack.isEmpty() || stack.size() >= MAX_DEPTH) {
            return Optional.empty();
        }
        Modal modal = create(user, view, stack.get(0).id());
        stack.add(modal);
        return Optional.of(modal);
    }

    /** {@code views.update}: same id, new content and hash. */
    public Optional<Modal> update(String viewId, ObjectNode view) {
        for (List<Modal> stack : byUser.values()) {
            for (int i = 0; i < stack.size(); i++) {
                Modal old = stack.get(i);
                if (old.id().equals(viewId)) {
                    Modal updated = new Modal(viewId, old.user(), stamp(view, viewId, rootOf(stack)),
                            nextHash(), Map.of());
                    updated.view().put("hash", updated.hash());
                    stack.set(i, updated);
                    return Optional.of(updated);
                }
            }
        }
        return Optional.empty();
    }

    public void setErrors(String viewId, Map<String, String> errors) {
        byUser.values().forEach(stack -> stack.replaceAll(m -> m.id().equals(viewId) ? m.withErrors(errors) : m));
    }

    /** Closes one view (and any pushed above it, as closing a lower view would). */
    public void close(String viewId) {
        for (List<Modal> stack : byUser.values()) {
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).id().equals(viewId)) {
                    stack.subList(i, stack.size()).clear();
                    return;
                }
            }
        }
    }

    /** {@code response_action: clear}: every view of the user. */
    public void clear(String user) {
        byUser.remove(user);
    }

    private Modal create(String user, ObjectNode view, String rootId) {
        String id = "V" + String.format("%08d", ++counter);
        String hash = nextHash();
        ObjectNode stamped = stamp(view, id, rootId == null ? id : rootId);
        stamped.put("hash", hash);
        return new Modal(id, user, stamped, hash, Map.of());
    }

    private static String rootOf(List<Modal> stack) {
        return stack.isEmpty() ? null : stack.get(0).id();
    }

    /** Adds the fields Slack adds to every view it returns. */
    private static ObjectNode stamp(ObjectNode view, String id, String rootId) {
        ObjectNode copy = view.deepCopy();
        copy.put("id", id);
        copy.put("team_id", Directory.TEAM_ID);
        copy.put("app_id", Directory.APP_ID);
        copy.put("bot_id", Directory.BOT_ID);
        copy.put("root_view_id", rootId == null ? id : rootId);
        copy.put("previous_view_id", (String) null);
        if (!copy.has("private_metadata")) {
            copy.put("private_metadata", "");
        }
        if (!copy.has("callback_id")) {
            copy.put("callback_id", "");
        }
        if (!copy.has("type")) {
            copy.put("type", "modal");
        }
        copy.putObject("state").putObject("values");
        if (copy.has("blocks")) {
            copy.set("blocks", BlockIds.assign(copy.get("blocks")));
        }
        return copy;
    }

    private String nextHash() {
        return "h" + (++counter);
    }
}
