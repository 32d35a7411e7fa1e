/**
 * Metrics: the Prometheus registry and metering decorators around the features' ports. Depends on the feature
 * packages' interfaces; nothing depends on it except {@code Wiring}, {@code server} and {@code slack}.
 */
package dev.deskhand.metrics;
