package dev.deskhand.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables Deskhand is configured from: the process environment over an optional {@code .env} file
 * (a real environment variable wins, so a deployment can override a checked-in file).
 */
public final class Environment {

    private final Map<String, String> values;

    private Environment(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The real process environment layered over {@code .env} in the working directory. */
    public static Environment fromProcess() {
        Map<String, String> merged = new HashMap<>(DotEnv.read(Path.of(".env")));
        merged.putAll(System.getenv());
        return new Environment(merged);
    }

    /** A fixed set of variables, for tests and embedding. */
    public static Environment of(Map<String, String> values) {
        return new Environment(values);
    }

    /** These variables with {@code overrides} set over them (the warm-up's own port and data folder). */
    public Environment with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(overrides);
        return new Environment(merged);
    }

    Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** True when the variable is set to a truthy value ({@code true}, {@code 1}, {@code yes}, {@code on}). */
    public boolean flag(String name) {
        return get(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1")
                || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on")).orElse(false);
    }

    /** A raw value, for the few settings read outside {@link AppConfig} (e.g. CI detection in tools). */
    public Optional<String> value(String name) {
        return get(name);
    }
}
