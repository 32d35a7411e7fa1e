/**
 * The benchmark suite (issue 8), run by {@code bench/run.sh}; not part of the product or its tests. It uses only the
 * product's public API and the packaged jar, and depends on nothing in the product that depends on it: {@link
 * dev.deskhand.bench.Bench} picks a scenario (search, HTTP, start-up, digest), {@code SyntheticKb} writes seeded
 * knowledge bases, {@code OpenLoop} drives the server at fixed arrival rates, {@code StandInSlack} plays the Slack
 * Web API on loopback, and {@code Report} prints and records every figure.
 */
package dev.deskhand.bench;
