package dev.deskhand.playground.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.BlockIds;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Message;
import dev.deskhand.playground.workspace.Modal;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Person;
import dev.deskhand.playground.workspace.ResponseTarget;
import dev.deskhand.playground.workspace.Workspace;
import dev.deskhand.slack.text.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons, menus and modals: each becomes the interactivity payload Slack would send, built from the element as
 * the app defined it (the page only says which one was used and what was picked), and the app's answer to a
 * submission is applied as Slack applies it.
 */
public final class Interactions {

    private static final Logger log = LoggerFactory.getLogger(Interactions.class);
    /** What Slack shows on a form the app did not answer in time, in the playground bundle. */
    static final String TROUBLE = "playground.trouble";
    /** Where an error about the whole view (not one field) is kept. */
    static final String VIEW_ERROR = "";

    private final Workspace workspace;
    private final SlackRequests requests;
    private final SignedForwarder forwarder;
    private final String responseUrlBase;

    public Interactions(Workspace workspace, SlackRequests requests, SignedForwarder forwarder, String responseUrlBase) {
        this.workspace = workspace;
        this.requests = requests;
        this.forwarder = forwarder;
        this.responseUrlBase = responseUrlBase;
    }

    /** A button or menu on a message. */
    public Outcome onMessage(String userId, String channelId, String ts, String blockId, String actionId,
                      JsonNode selection) throws IOException {
        Optional<Person> user = workspace.directory().member(userId);
        Optional<Channel> channel = Optional.ofNullable(channelId).flatMap(id -> workspace.directory().channel(id));
        Optional<Message> message = channel.flatMap(c -> Optional.ofNullable(ts).flatMap(t -> workspace.find(c.id(), t)))
                .filter(m -> user.isPresent() && m.visibleFor(user.get().id()));
        if (user.isEmpty() || message.isEmpty()) {
            return Outcome.refused("playground.error.messageGone");
        }
        Optional<JsonNode> element = BlockIds.find(message.get().blocks(), blockId, actionId);
        if (element.isEmpty()) {
            return Outcome.refused("playground.error.buttonGone");
        }
        String responseId = workspace.newResponseUrl(
                new ResponseTarget(channel.get().id(), user.get().id(), message.get().ts()));
        ObjectNode action = requests.action(element.get(), blockId, selection);
        return forward(requests.messageAction(user.get(), channel.get(), message.get(), action,
                responseUrlBase + responseId, workspace.newTrigger(user.get().id())), "block_actions");
    }

    /** A message shortcut chosen on a message everyone can see. */
    public Outcome shortcut(String userId, String channelId, String ts, String callbackId) throws IOException {
        Optional<Person> user = workspace.directory().member(userId);
        Optional<Channel> channel = Optional.ofNullable(channelId).flatMap(id -> workspace.directory().channel(id));
        Optional<Message> message = channel.flatMap(c -> Optional.ofNullable(ts).flatMap(t -> workspace.find(c.id(), t)))
                .filter(m -> !m.ephemeral());
        if (user.isEmpty() || message.isEmpty() || callbackId == null) {
            return Outcome.refused("playground.error.messageGone");
        }
        String responseId = workspace.newResponseUrl(
                new ResponseTarget(channel.get().id(), user.get().id(), message.get().ts()));
        return forward(requests.messageShortcut(user.get(), channel.get(), message.get(), callbackId,
                responseUrlBase + responseId, workspace.newTrigger(user.get().id())), "message_action");
    }

    /** A button or menu inside a modal; {@code values} is the form as filled in so far. */
    public Outcome onView(String userId, String viewId, String blockId, String actionId, JsonNode selection,
                   JsonNode values) throws IOException {
        Optional<Modal> modal = ownModal(userId, viewId);
        if (modal.isEmpty()) {
            return Outcome.refused("playground.error.formClosed");
        }
        Optional<JsonNode> element = BlockIds.find(modal.get().view().get("blocks"), blockId, actionId);
        if (element.isEmpty()) {
            return Outcome.refused("playground.error.controlGone");
        }
        Person user = workspace.directory().member(userId).orElseThrow();
        ObjectNode action = requests.action(element.get(), blockId, selection);
        return forward(requests.viewAction(user, withState(modal.get(), values), action,
                workspace.newTrigger(userId)), "block_actions");
    }

    public Outcome submit(String userId, String viewId, JsonNode values, Texts texts) throws IOException {
        Optional<Modal> modal = ownModal(userId, viewId);
        if (modal.isEmpty()) {
            return Outcome.refused("playground.error.formClosed");
        }
        Person user = workspace.directory().member(userId).orElseThrow();
        SignedForwarder.Reply reply = forwarder.send(requests.viewSubmission(user, withState(modal.get(), values),
                workspace.newTrigger(userId)));
        if (!reply.ok() || reply.tooSlowForSlack()) {
            log.warn("The app answered {} after {} ms to a view submission", reply.status(), reply.elapsed().toMillis());
            workspace.withModals(stacks -> {
                stacks.setErrors(viewId, Map.of(VIEW_ERROR, texts.get(TROUBLE)));
                return null;
            });
            return Outcome.OK;
        }
        applyResponseAction(userId, viewId, reply.body());
        return Outcome.OK;
    }

    /** The close button: {@code view_closed} when the app asked for it, then the view goes. */
    public Outcome close(String userId, String viewId) throws IOException {
        Optional<Modal> modal = ownModal(userId, viewId);
        if (modal.isEmpty()) {
            return Outcome.OK;
        }
        if (modal.get().notifyOnClose()) {
            Person user = workspace.directory().member(userId).orElseThrow();
            forwarder.send(requests.viewClosed(user, modal.get().view()));
        }
        workspace.withModals(stacks -> {
            stacks.close(viewId);
            return null;
        });
        return Outcome.OK;
    }

    private void applyResponseAction(String userId, String viewId, String body) {
        JsonNode json = null;
        try {
            json = body == null || body.isBlank() ? null : Params.JSON.readTree(body);
        } catch (IOException e) {
            log.warn("The app acknowledged a view submission with a body that is not JSON: {}", body);
        }
        String action = json == null ? "" : json.path("response_action").asText("");
        JsonNode answer = json;
        workspace.withModals(stacks -> {
            switch (action) {
                case "errors" -> stacks.setErrors(viewId, errors(answer.path("errors")));
                case "update" -> {
                    if (answer.path("view").isObject()) {
                        stacks.update(viewId, (ObjectNode) answer.get("view"));
                    }
                }
                case "push" -> {
                    if (answer.path("view").isObject()) {
                        stacks.push(userId, (ObjectNode) answer.get("view"));
                    }
                }
                case "clear" -> stacks.clear(userId);
                default -> stacks.close(viewId);
            }
            return null;
        });
    }

    private static Map<String, String> errors(JsonNode errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.fields().forEachRemaining(field -> out.put(field.getKey(), field.getValue().asText()));
        return out;
    }

    private Optional<Modal> ownModal(String userId, String viewId) {
        return Optional.ofNullable(viewId).flatMap(workspace::modal).filter(m -> m.user().equals(userId));
    }

    /** The view as the app sent it, with {@code state.values} from the form. */
    private static ObjectNode withState(Modal modal, JsonNode values) {
        ObjectNode view = modal.view().deepCopy();
        ObjectNode state = view.putObject("state");
        state.set("values", values != null && values.isObject() ? values : Params.JSON.createObjectNode());
        return view;
    }

    private Outcome forward(SlackRequests.Body body, String what) throws IOException {
        SignedForwarder.Reply reply = forwarder.send(body);
        if (!reply.ok()) {
            log.warn("The app answered {} to {}: {}", reply.status(), what, reply.body());
            return Outcome.refused("playground.error.appHttp", "status", String.valueOf(reply.status()));
        }
        return Outcome.OK;
    }
}
