package dev.deskhand.slack.digest;

import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Voice;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.deskhand.digest.Digest;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.ScheduleBook;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code deskhand digest --channel C0123 --preview}: prints the channel's digest as it would be posted now, as text
 * and as Block Kit JSON (paste it into Block Kit Builder to see it). Records nothing and posts nothing.
 */
public final class DigestCli {

    public static final int OK = 0;
    public static final int USAGE = 2;
    static final String USAGE_TEXT = "Usage: deskhand digest --channel C0123456789 --preview\n";

    private final DigestBuilder builder;
    private final ScheduleBook schedules;
    private final Voice voice;

    /** Previews in English unless the channel's subscription names another language. */
    public DigestCli(DigestBuilder builder, ScheduleBook schedules) {
        this(builder, schedules, Voice.fixed(Language.EN));
    }

    public DigestCli(DigestBuilder builder, ScheduleBook schedules, Voice voice) {
        this.builder = builder;
        this.schedules = schedules;
        this.voice = voice;
    }

    /** @param args the arguments after {@code digest} */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int channelAt = args.indexOf("--channel");
        if (!args.contains("--preview") || channelAt < 0 || channelAt + 1 >= args.size()
                || args.get(channelAt + 1).startsWith("--")) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String channel = args.get(channelAt + 1);
        Optional<DigestSchedule> schedule = schedules.forChannel(channel);
        if (schedule.isEmpty()) {
            err.println("Channel " + channel + " has no digest schedule; previewing every team in UTC.");
        }
        Digest digest = builder.preview(schedule.orElse(DigestSchedule.everything(channel, "0 9 * * *", "UTC")));
        out.println(DigestText.render(digest, voice));
        out.println(json(new DigestBlocks(Optional.empty(), voice).render(digest)));
        return OK;
    }

    /** As {@code {"blocks": [...]}}, the shape Block Kit Builder accepts. */
    private static String json(List<LayoutBlock> blocks) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode message = mapper.createObjectNode();
            message.set("blocks", mapper.readTree(GsonFactory.createSnakeCase().toJson(blocks)));
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
