package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Action;
import dev.deskhand.escalation.Actor;
import dev.deskhand.escalation.Command;
import dev.deskhand.escalation.Creation;
import dev.deskhand.escalation.Escalation;
import dev.deskhand.escalation.EscalationKey;
import dev.deskhand.escalation.EscalationStore;
import dev.deskhand.escalation.Lifecycle;
import dev.deskhand.escalation.NewEscalation;
import dev.deskhand.escalation.OnCall;
import dev.deskhand.escalation.OutboxMessage;
import dev.deskhand.escalation.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates escalations and applies commands to them: reads the current state, asks {@link Lifecycle}, and stores
 * the result conditionally together with the card update and the thread note it owes. When another change wins the
 * race, it reads again and re-decides, so the loser gets an accurate refusal ("already claimed by …").
 */
public final class EscalationService {
    /** A few rounds are plenty: each lost round means somebody else's change went through. */
    private static final int ATTEMPTS = 5;

    private final EscalationStore store;
    private final EscalationSettings settings;
    private final Lifecycle lifecycle;
    private final Clock clock;
    private final OnCall onCall;

    /** The rules this service applies, so a button can refuse before a form is filled in for nothing. */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public EscalationService(EscalationStore store, EscalationSettings settings, Clock clock) {
        this(store, settings, clock, OnCall.NONE);
    }

    /** @param onCall the pages a new or resolved escalation owes ({@code paging:}) */
    public EscalationService(EscalationStore store, EscalationSettings settings, Clock clock, OnCall onCall) {
        this.onCall = Objects.requireNonNull(onCall, "onCall");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lifecycle = settings.lifecycle();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new escalation and owes its card, once per {@code idempotencyKey}.
     *
     * @throws IllegalArgumentException when the team or tier is not configured (callers validate first)
     */
    public Creation create(NewEscalation draft, String idempotencyKey) {
        if (settings.team(draft.team()).isEmpty()) {
            throw new IllegalArgumentException("unknown team " + draft.team());
        }
        if (settings.tier(draft.tier()).isEmpty()) {
            throw new IllegalArgumentException("unknown tier " + draft.tier());
        }
        String teamChannel = settings.team(draft.team()).orElseThrow().channelId();
        List<String> extra = settings.alsoPost().forEscalation(draft.severity(), draft.tier(), teamChannel);
        // The notices follow the card in the outbox, so the card they point at exists when they are sent.
        return store.create(draft, idempotencyKey, now(), key -> {
            List<OutboxMessage> effects = new ArrayList<>(List.of(OutboxMessage.card(key)));
            extra.forEach(channel -> effects.add(OutboxMessage.notice(key, channel)));
            // Pages travel in their own lane of the outbox: they never wait for the card, nor the card for them.
            effects.addAll(onCall.created(key, draft));
            return effects;
        });
    }

    /** Applies {@code command} by {@code actor} to the escalation {@code key}. */
    public Outcome act(EscalationKey key, Command command, Actor actor) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Escalation current = store.find(key).orElse(null);
            if (current == null) {
                return new Outcome.Refused.NotFound(key);
            }
            Outcome outcome = lifecycle.apply(current, command, actor, now());
            if (!(outcome instanceof Outcome.Applied applied)) {
                return outcome;
            }
            List<OutboxMessage> effects = new ArrayList<>(List.of(OutboxMessage.card(key), OutboxMessage.note(key)));
            if (applied.event().action() == Action.RESOLVE) {
                effects.addAll(onCall.resolved(applied.escalation()));
            }
            if (store.transition(current, applied, effects)) {
                return applied;
            }
        }
        return new Outcome.Refused.Busy(key);
    }

    /** Databases keep microseconds; deciding with the same precision keeps stored and returned states equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
