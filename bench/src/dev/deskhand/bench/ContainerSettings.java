package dev.deskhand.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options and environment the shipped container runs the server with, read from the {@code Dockerfile}
 * itself so the benchmark cannot drift from it: the options between {@code java} and {@code -jar} in the last
 * {@code ENTRYPOINT}, and the {@code ENV} of the last stage minus what the benchmark sets itself (port, address,
 * data and knowledge folders, and the settings file, a path inside the image).
 */
record ContainerSettings(List<String> jvmOptions, Map<String, String> env, String source) {

    private static final Set<String> SET_BY_BENCH = Set.of("PORT", "BIND_ADDRESS", "DESKHAND_DATA_DIR",
            "KNOWLEDGE_DIR", "DESKHAND_CONFIG");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

    static ContainerSettings fromDockerfile(Path dockerfile) throws IOException {
        String text = Files.readString(dockerfile, StandardCharsets.UTF_8).replaceAll("\\\\\\r?\\n", " ");
        List<String> jvm = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        String entrypoint = null;
        for (String line : text.split("\\r?\\n")) {
            String trimmed = line.trim();
            if (trimmed.regionMatches(true, 0, "FROM ", 0, 5)) {
                env.clear();
            } else if (trimmed.regionMatches(true, 0, "ENV ", 0, 4)) {
                Matcher m = PAIR.matcher(trimmed.substring(4));
                while (m.find()) {
                    if (!SET_BY_BENCH.contains(m.group(1))) {
                        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                    }
                }
            } else if (trimmed.regionMatches(true, 0, "ENTRYPOINT ", 0, 11)) {
                entrypoint = trimmed;
            }
        }
        if (entrypoint != null) {
            List<String> words = new ArrayList<>();
            Matcher m = QUOTED.matcher(entrypoint);
            while (m.find()) {
                words.add(m.group(1));
            }
            int java = words.indexOf("java");
            int jar = words.indexOf("-jar");
            if (java >= 0 && jar > java) {
                jvm.addAll(words.subList(java + 1, jar));
            }
        }
        return new ContainerSettings(List.copyOf(jvm), Map.copyOf(env), entrypoint == null ? "no ENTRYPOINT" : entrypoint);
    }

    @Override
    public String toString() {
        return "JVM " + (jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions))
                + (env.isEmpty() ? "" : "; env " + env);
    }
}
