package dev.deskhand.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations this build carries, as Flyway records them once applied (version, script, checksum), so a
 * start-up can see from one query that nothing is pending and skip Flyway's scan, validation and locking (about a
 * third of a restart on a busy machine). Anything else — a missing row, a failed one, a different checksum, a
 * migration another build applied, no history table yet — is left to Flyway, which decides and reports as before.
 */
final class PackagedMigrations {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

    /** One applied (or packaged) versioned migration, as {@code flyway_schema_history} has it. */
    record Entry(String version, String script, int checksum) {
    }

    private final Set<Entry> packaged;

    private PackagedMigrations(Set<Entry> packaged) {
        this.packaged = Set.copyOf(packaged);
    }

    /** Reads the migrations beside this class: from the jar's directory listing, or a folder when run from classes. */
    static PackagedMigrations load() {
        URL location = PackagedMigrations.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            return new PackagedMigrations(Set.of());
        }
        Set<Entry> entries = new HashSet<>();
        try {
            if ("jar".equals(location.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) location.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                for (var e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
                        addIfVersioned(entries, name.substring(LOCATION.length() + 1),
                                () -> jar.getInputStream(jar.getEntry(name)));
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                    for (Path file : files.toList()) {
                        addIfVersioned(entries, file.getFileName().toString(), () -> Files.newInputStream(file));
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            // Unreadable here means Flyway decides, as it always did.
            return new PackagedMigrations(Set.of());
        }
        return new PackagedMigrations(entries);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static void addIfVersioned(Set<Entry> entries, String script, Opener opener) throws IOException {
        Matcher m = VERSIONED.matcher(script);
        if (m.matches()) {
            try (InputStream in = opener.open()) {
                entries.add(new Entry(m.group(1).replace('_', '.'), script, checksum(in)));
            }
        }
    }

    /**
     * Flyway's checksum of a SQL migration: CRC-32 over the UTF-8 bytes of each line without its line break (so
     * CRLF and LF files agree), a byte-order mark dropped from the first line.
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /** The packaged migrations (for tests). */
    Set<Entry> entries() {
        return packaged;
    }

    /**
     * True when the history lists exactly the packaged migrations, every one applied successfully with the same
     * checksum. False (Flyway decides) on any difference, and when there is no history table to read.
     */
    boolean allAppliedIn(Connection connection) {
        if (packaged.isEmpty()) {
            return false;
        }
        Set<Entry> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, script, checksum, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(4)) {
                    return false;
                }
                if (version == null) {
                    // A repeatable or a schema-creation row: nothing this build would apply on its own.
                    continue;
                }
                applied.add(new Entry(version, rows.getString(2), rows.getInt(3)));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(packaged);
    }
}
