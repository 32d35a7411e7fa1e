/**
 * Deskhand's entry point ({@code Main}), its composition root ({@code Wiring}) and the {@code Routine} seam for
 * background jobs. Feature code lives in {@code kb}, {@code escalation} and {@code digest}; adapters in
 * {@code slack}, {@code store} and {@code server}; configuration in {@code config}.
 */
package dev.deskhand;
