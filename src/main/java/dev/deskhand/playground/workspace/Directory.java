package dev.deskhand.playground.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who and where: the people the page can act as, Deskhand's bot user, and the conversations. Channels the app
 * posts to that nobody listed (a team added to {@code deskhand.yml} later, say) are created on first use, as if
 * Deskhand had {@code chat:write.public} in a workspace where the channel exists.
 */
public final class Directory {

    public static final String TEAM_ID = "T0PLAYGRND";
    public static final String BOT_USER_ID = "U0DESKHAND";
    public static final String BOT_ID = "B0DESKHAND";
    public static final String APP_ID = "A0DESKHAND";
    public static final String SUPPORT_CHANNEL = "C0SUPPORT";
    public static final Person BOT = new Person(BOT_USER_ID, "deskhand", "Deskhand", "App", Person.ENGLISH);
    /** Speaks for "Slack" itself: command failures and timeouts. */
    public static final Person SLACKBOT = new Person("USLACKBOT", "slackbot", "Slackbot", "", Person.ENGLISH);

    private final List<Person> people;
    private final Map<String, Channel> channels = new LinkedHashMap<>();

    public Directory(List<Person> people) {
        this.people = List.copyOf(people);
        channels.put(SUPPORT_CHANNEL, Channel.channel(SUPPORT_CHANNEL, "support"));
        for (Person person : people) {
            Channel im = new Channel(imOf(person.id()), "deskhand", Channel.Kind.IM);
            channels.put(im.id(), im);
        }
    }

    /**
     * The people of a fresh playground: an agent who asks and escalates, two specialists who claim, and an agent whose
     * Slack is in Korean, so Deskhand's Korean side can be tried by switching to her.
     */
    public static List<Person> defaultPeople() {
        return List.of(
                new Person("U0ALEX", "alex", "Alex Agent", "Support agent", Person.ENGLISH),
                new Person("U0BEA", "bea", "Bea Billing", "Billing specialist", Person.ENGLISH),
                new Person("U0TOM", "tom", "Tom Tech", "Technical support", Person.ENGLISH),
                new Person("U0MINJI", "minji", "김민지", "상담원", Person.KOREAN));
    }

    public List<Person> people() {
        return people;
    }

    /** One of the people the page can act as (not the bot, not Slackbot). */
    public Optional<Person> member(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String id) {
        if (BOT_USER_ID.equals(id)) {
            return Optional.of(BOT);
        }
        if (SLACKBOT.id().equals(id)) {
            return Optional.of(SLACKBOT);
        }
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The direct-message channel between {@code userId} and Deskhand. */
    public static String imOf(String userId) {
        return "D" + userId.substring(1);
    }

    /** Adds channels (the escalation teams'), listed after {@code #support}; ids already known keep their name. */
    public synchronized void addChannels(List<Channel> more) {
        more.forEach(channel -> channels.putIfAbsent(channel.id(), channel));
    }

    public synchronized List<Channel> channels() {
        return new ArrayList<>(channels.values());
    }

    public synchronized Optional<Channel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    /**
     * The conversation a {@code channel} argument names, as {@code chat.postMessage} reads it: a channel id, a user
     * id (their DM with the app), or {@code #name}. Unknown public channel ids are created.
     */
    public synchronized Optional<Channel> resolve(String argument) {
        if (argument == null || argument.isBlank()) {
            return Optional.empty();
        }
        String arg = argument.strip();
        if (channels.containsKey(arg)) {
            return Optional.of(channels.get(arg));
        }
        if (arg.startsWith("U") || arg.startsWith("W")) {
            return member(arg).map(p -> channels.get(imOf(p.id())));
        }
        if (arg.startsWith("#")) {
            String name = arg.substring(1).toLowerCase(Locale.ROOT);
            return channels.values().stream().filter(c -> !c.isIm() && c.name().equals(name)).findFirst();
        }
        if (arg.startsWith("C") && arg.matches("C[A-Z0-9]{2,20}")) {
            Channel created = Channel.channel(arg, arg.toLowerCase(Locale.ROOT));
            channels.put(arg, created);
            return Optional.of(created);
        }
        return Optional.empty();
    }
}
