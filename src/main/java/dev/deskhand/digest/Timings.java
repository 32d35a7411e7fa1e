package dev.deskhand.digest;

/** Timings over the last 24 hours and over the last 7 days. */
public record Timings(WindowTimings day, WindowTimings week) {
}
