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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options and environment the shipped container runs the server with, read from the {@code Dockerfile}
 * itself so the benchmark cannot drift from it: the options between {@code java} and {@code -jar} in the last
 * {@code ENTRYPOINT}, and the {@code ENV} of the last stage minus what the benchmark sets itself (port, address,
 * data and knowledge folders, and the settings file, a path inside the image). When the {@code ENTRYPOINT} names a
 * class-data archive, {@code archiveTraining} is the build step that makes it (the words after {@code java} of the
 * {@code RUN} with {@code -XX:ArchiveClassesAtExit}); {@link #withArchiveFor} makes one the same way for a local jar.
 */
record ContainerSettings(List<String> jvmOptions, Map<String, String> env, String source,
                         List<String> archiveTraining) {

    private static final String USE_ARCHIVE = "-XX:SharedArchiveFile=";
    private static final String MAKE_ARCHIVE = "-XX:ArchiveClassesAtExit=";

    private static final Set<String> SET_BY_BENCH = Set.of("PORT", "BIND_ADDRESS", "DESKHAND_DATA_DIR",
            "KNOWLEDGE_DIR", "DESKHAND_CONFIG");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

    static ContainerSettings fromDockerfile(Path dockerfile) throws IOException {
        String text = Files.readString(dockerfile, StandardCharsets.UTF_8).replaceAll("\\\\\\r?\\n", " ");
        List<String> jvm = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        String entrypoint = null;
        List<String> training = List.of();
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
            } else if (trimmed.regionMatches(true, 0, "RUN ", 0, 4) && trimmed.contains(MAKE_ARCHIVE)) {
                List<String> words = quoted(trimmed);
                int java = words.indexOf("java");
                training = java < 0 ? List.of() : List.copyOf(words.subList(java + 1, words.size()));
            }
        }
        if (entrypoint != null) {
            List<String> words = quoted(entrypoint);
            int java = words.indexOf("java");
            int jar = words.indexOf("-jar");
            if (java >= 0 && jar > java) {
                jvm.addAll(words.subList(java + 1, jar));
            }
        }
        return new ContainerSettings(List.copyOf(jvm), Map.copyOf(env), entrypoint == null ? "no ENTRYPOINT" : entrypoint,
                training);
    }

    private static List<String> quoted(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = QUOTED.matcher(line);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    /**
     * These settings for {@code jar} instead of the image's: the archive the {@code ENTRYPOINT} names is made at
     * {@code archive} by the Dockerfile's own training step (its options, with the image's jar and archive paths
     * replaced), unless one newer than the jar is already there. Without an archive option: unchanged.
     */
    ContainerSettings withArchiveFor(Path java, Path jar, Path archive, Map<String, String> trainingEnv, Path log)
            throws IOException, InterruptedException {
        String image = jvmOptions.stream().filter(o -> o.startsWith(USE_ARCHIVE)).findFirst().orElse(null);
        if (image == null) {
            return this;
        }
        if (archiveTraining.isEmpty()) {
            throw new IOException("the ENTRYPOINT names " + image + " but no RUN line makes it (" + MAKE_ARCHIVE + ")");
        }
        String imageJar = archiveTraining.get(archiveTraining.indexOf("-jar") + 1);
        List<String> local = jvmOptions.stream().map(o -> o.equals(image) ? USE_ARCHIVE + archive : o).toList();
        if (Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return new ContainerSettings(local, env, source, archiveTraining);
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String word : archiveTraining) {
            command.add(word.startsWith(MAKE_ARCHIVE) ? MAKE_ARCHIVE + archive
                    : word.equals(imageJar) ? jar.toString() : word);
        }
        Files.createDirectories(archive.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        trainingEnv.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0
                || !Files.isRegularFile(archive)) {
            process.destroyForcibly();
            throw new IOException("the class-data archive's training run failed: " + String.join(" ", command)
                    + "; see " + log);
        }
        return new ContainerSettings(local, env, source, archiveTraining);
    }

    @Override
    public String toString() {
        return "JVM " + (jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions))
                + (env.isEmpty() ? "" : "; env " + env);
    }
}
