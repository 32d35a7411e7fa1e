package dev.deskhand.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs after the scenario name, with typed getters and defaults. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String key = args.get(i);
            if (!key.startsWith("--") || i + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --name value, got " + key);
            }
            values.put(key.substring(2), args.get(++i));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    double decimal(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    Path path(String name, String fallback) {
        return Path.of(text(name, fallback));
    }

    List<Integer> integers(String name, String fallback) {
        return java.util.Arrays.stream(text(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).toList();
    }
}
