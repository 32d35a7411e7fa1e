package dev.deskhand.digest;

/** Escalations opened and resolved since the previous digest. */
public record Throughput(int opened, int resolved) {
}
