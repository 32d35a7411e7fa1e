package dev.deskhand.playground.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deskhand.playground.workspace.Channel;
import dev.deskhand.playground.workspace.Directory;
import dev.deskhand.playground.workspace.Params;
import dev.deskhand.playground.workspace.Person;
import dev.deskhand.playground.workspace.Workspace;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API methods Deskhand calls, answered from the {@link Workspace} with Slack's response shapes and error
 * codes. A method the stand-in does not know answers {@code unknown_method}, as Slack does, and is logged once so a
 * new feature's call does not go unnoticed.
 */
final class WebApiMethods {

    private static final Logger log = LoggerFactory.getLogger(WebApiMethods.class);

    private final Workspace workspace;
    private final ChatMethods chat;
    private final ViewMethods views;
    private final HistoryMethod history;
    private final ZoneId zone;
    private final Clock clock;
    private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

    WebApiMethods(Workspace workspace, Supplier<String> pageUrl, ZoneId zone, Clock clock) {
        this.workspace = workspace;
        this.chat = new ChatMethods(workspace, pageUrl);
        this.views = new ViewMethods(workspace);
        this.history = new HistoryMethod(workspace);
        this.zone = zone;
        this.clock = clock;
    }

    ObjectNode call(String method, Params params) {
        ObjectNode out = Params.JSON.createObjectNode().put("ok", true);
        try {
            return switch (method) {
                case "auth.test" -> out.put("url", "https://playground.deskhand.invalid/").put("team", "Playground")
                        .put("user", Directory.BOT.handle()).put("team_id", Directory.TEAM_ID)
                        .put("user_id", Directory.BOT_USER_ID).put("bot_id", Directory.BOT_ID);
                case "chat.postMessage" -> chat.postMessage(params, out);
                case "chat.update" -> chat.update(params, out);
                case "chat.postEphemeral" -> chat.postEphemeral(params, out);
                case "chat.delete" -> chat.delete(params, out);
                case "chat.getPermalink" -> chat.permalink(params, out);
                case "views.open" -> views.open(params, out);
                case "views.push" -> views.push(params, out);
                case "views.update" -> views.update(params, out);
                case "users.info" -> usersInfo(params, out);
                case "conversations.info" -> conversationsInfo(params, out);
                case "conversations.open" -> conversationsOpen(params, out);
                case "conversations.history" -> history.history(params, out);
                case "usergroups.users.list" -> groupMembers(out);
                case "bots.info" -> botsInfo(params, out);
                default -> unknown(method, out);
            };
        } catch (Refusal refusal) {
            ObjectNode failed = error(Params.JSON.createObjectNode(), refusal.error());
            if (refusal.getMessage() != null) {
                failed.putObject("response_metadata").putArray("messages").add(refusal.getMessage());
                log.warn("Playground Slack refused {}: {} ({})", method, refusal.error(), refusal.getMessage());
            }
            return failed;
        }
    }

    static ObjectNode error(ObjectNode out, String code) {
        return out.put("ok", false).put("error", code);
    }

    private ObjectNode usersInfo(Params params, ObjectNode out) throws Refusal {
        String id = params.get("user");
        if (id == null) {
            throw new Refusal("user_not_found", null);
        }
        Person person = workspace.directory().person(id)
                .orElse(new Person(id, id.toLowerCase(), "User " + id, "", Person.ENGLISH));
        ObjectNode user = out.putObject("user").put("id", person.id()).put("team_id", Directory.TEAM_ID)
                .put("name", person.handle()).put("real_name", person.realName())
                .put("is_bot", Directory.BOT_USER_ID.equals(id)).put("tz", zone.getId())
                .put("tz_offset", zone.getRules().getOffset(clock.instant()).getTotalSeconds());
        // Slack reports the locale only to a caller that asks for it.
        if (Set.of("true", "1").contains(String.valueOf(params.get("include_locale")))) {
            user.put("locale", person.locale());
        }
        user.putObject("profile").put("real_name", person.realName()).put("display_name", person.handle())
                .put("title", person.title());
        return out;
    }

    private ObjectNode conversationsInfo(Params params, ObjectNode out) throws Refusal {
        Optional<Channel> channel = Optional.ofNullable(params.get("channel"))
                .flatMap(id -> workspace.directory().channel(id));
        if (channel.isEmpty()) {
            throw new Refusal("channel_not_found", null);
        }
        out.putObject("channel").put("id", channel.get().id()).put("name", channel.get().name())
                .put("is_channel", !channel.get().isIm()).put("is_im", channel.get().isIm())
                .put("is_private", false).put("is_member", true).put("is_archived", false);
        return out;
    }

    private ObjectNode conversationsOpen(Params params, ObjectNode out) throws Refusal {
        String users = params.get("users");
        Optional<Channel> im = users == null || users.contains(",") ? Optional.empty()
                : workspace.directory().resolve(users.strip());
        if (im.isEmpty()) {
            throw new Refusal("user_not_found", null);
        }
        out.putObject("channel").put("id", im.get().id());
        return out;
    }

    /** Everyone is in every user group, so permission checks let the demo's people do everything. */
    private ObjectNode groupMembers(ObjectNode out) {
        ArrayNode users = out.putArray("users");
        workspace.directory().people().forEach(p -> users.add(p.id()));
        return out;
    }

    private static ObjectNode botsInfo(Params params, ObjectNode out) {
        String bot = params.get("bot");
        out.putObject("bot").put("id", bot).put("app_id", Directory.APP_ID).put("name", "Deskhand")
                .put("user_id", Directory.BOT_ID.equals(bot) ? Directory.BOT_USER_ID : "U0OTHERBOT");
        return out;
    }

    private ObjectNode unknown(String method, ObjectNode out) {
        if (reportedUnknown.add(method)) {
            log.warn("The playground's Slack stand-in does not implement {}; answering unknown_method", method);
        }
        return error(out, "unknown_method");
    }
}
