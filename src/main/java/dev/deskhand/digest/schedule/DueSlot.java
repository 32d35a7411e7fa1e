package dev.deskhand.digest.schedule;

import java.time.Instant;

/** A scheduled slot to post now; {@code late} when it is posted noticeably after its time (after downtime). */
public record DueSlot(Instant slotAt, boolean late) {
}
