package dev.deskhand.playground.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the playground's Slack would show: messages per channel and thread, ephemeral messages per user, open
 * modals, and the {@code response_url}s and trigger ids handed to the app. Every change bumps a version that the
 * page waits on. One lock guards it all; the volume is one person clicking.
 */
public final class Workspace {

    /** Oldest messages go first beyond this, so a long demo cannot grow without bound. */
    static final int MAX_MESSAGES = 2_000;

    private final Directory directory;
    private final Clock clock;
    private final List<Message> messages = new ArrayList<>();
    private final ModalStack modals = new ModalStack();
    private final Map<String, ResponseTarget> responseUrls = new HashMap<>();
    private final Map<String, String> triggers = new HashMap<>();
    private long version;
    private long sequence;

    public Workspace(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** What one user sees, at one version. */
    public record Snapshot(long version, List<Message> messages, List<Modal> modals) {
    }

    public Directory directory() {
        return directory;
    }

    public synchronized Snapshot snapshot(String user) {
        List<Message> visible = messages.stream().filter(m -> m.visibleFor(user)).toList();
        return new Snapshot(version, visible, modals.of(user));
    }

    synchronized long version() {
        return version;
    }

    /** Waits until the version passes {@code seen} or {@code timeout} elapses (the page's long poll). */
    public synchronized void awaitChange(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (version <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Publishes a change made outside the workspace (the clock moved), so every page redraws. */
    public synchronized void touch() {
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }

    /** A Slack timestamp: seconds on the (playground) clock, then a sequence that keeps it unique. */
    private String nextTs() {
        sequence++;
        return clock.instant().getEpochSecond() + "." + String.format("%06d", sequence % 1_000_000);
    }

    public synchronized Message post(String channel, String threadTs, String author, boolean fromBot, String text,
                              JsonNode blocks, String visibleTo) {
        Message message = new Message(channel, nextTs(), threadTs, author, fromBot, text, BlockIds.assign(blocks),
                visibleTo, false);
        messages.add(message);
        if (messages.size() > MAX_MESSAGES) {
            messages.remove(0);
        }
        changed();
        return message;
    }

    /** The channel's messages as everyone sees them: no ephemeral messages, no thread replies, newest first. */
    public synchronized List<Message> channelHistory(String channel) {
        List<Message> history = new ArrayList<>(messages.stream().filter(m -> m.channel().equals(channel)
                && !m.ephemeral() && m.threadTs() == null).toList());
        java.util.Collections.reverse(history);
        return history;
    }

    public synchronized Optional<Message> find(String channel, String ts) {
        return messages.stream().filter(m -> m.channel().equals(channel) && m.ts().equals(ts)).findFirst();
    }

    /** Replaces text and blocks; {@code blocks} null keeps the old ones, as {@code chat.update} does. */
    public synchronized Optional<Message> update(String channel, String ts, String text, JsonNode blocks) {
        for (int i = 0; i < messages.size(); i++) {
            Message old = messages.get(i);
            if (old.channel().equals(channel) && old.ts().equals(ts)) {
                Message updated = old.replacedBy(text == null ? old.text() : text,
                        blocks == null ? old.blocks() : blocks.isEmpty() ? null : BlockIds.assign(blocks));
                messages.set(i, updated);
                changed();
                return Optional.of(updated);
            }
        }
        return Optional.empty();
    }

    public synchronized boolean delete(String channel, String ts) {
        boolean removed = messages.removeIf(m -> m.channel().equals(channel) && m.ts().equals(ts));
        if (removed) {
            changed();
        }
        return removed;
    }

    /** Registers where a new {@code response_url} answers and returns its id. */
    public synchronized String newResponseUrl(ResponseTarget target) {
        String id = randomId();
        responseUrls.put(id, target);
        return id;
    }

    public synchronized Optional<ResponseTarget> responseTarget(String id) {
        return Optional.ofNullable(responseUrls.get(id));
    }

    public synchronized void pointResponseUrlAt(String id, String originalTs) {
        responseUrls.computeIfPresent(id, (key, target) -> target.withOriginal(originalTs));
    }

    /** A trigger id for {@code user}, good for opening one modal on their screen. */
    public synchronized String newTrigger(String user) {
        String trigger = (++sequence) + "." + randomId();
        triggers.put(trigger, user);
        return trigger;
    }

    public synchronized Optional<String> triggerUser(String trigger) {
        return Optional.ofNullable(trigger == null ? null : triggers.get(trigger));
    }

    /** Runs {@code change} on the modal stacks under the lock and publishes it. */
    public synchronized <T> T withModals(java.util.function.Function<ModalStack, T> change) {
        T result = change.apply(modals);
        changed();
        return result;
    }

    public synchronized Optional<Modal> modal(String viewId) {
        return modals.find(viewId);
    }

    private static String randomId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }
}
