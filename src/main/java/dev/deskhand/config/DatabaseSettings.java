package dev.deskhand.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the database is: a JDBC URL with optional credentials kept apart, so that the URL can be logged
 * without the password.
 *
 * @param jdbcUrl  JDBC URL without credentials
 * @param user     user name, when not embedded in the URL
 * @param password password, when not embedded in the URL; never logged
 * @param startWait how long start-up waits for a first connection ({@code DATABASE_START_WAIT}) before it stops
 */
public record DatabaseSettings(String jdbcUrl, Optional<String> user, Optional<String> password, Duration startWait) {

    /** Long enough for a database started beside us (or an H2 file opened on a loaded machine) to answer. */
    public static final Duration DEFAULT_START_WAIT = Duration.ofSeconds(60);

    public DatabaseSettings(String jdbcUrl, Optional<String> user, Optional<String> password) {
        this(jdbcUrl, user, password, DEFAULT_START_WAIT);
    }

    /** The same database, waited for this long at start-up. */
    public DatabaseSettings withStartWait(Duration wait) {
        return new DatabaseSettings(jdbcUrl, user, password, wait);
    }

    /** The embedded H2 file database under the data directory, in PostgreSQL mode so one SQL dialect serves both. */
    public static DatabaseSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("deskhand").toString().replace('\\', '/');
        // Closed by the app's own shutdown, after the last queued writes (the search log) are flushed, not by H2's
        // shutdown hook racing it. The page cache is 4 MB (CACHE_SIZE is in KB): H2's default of 64 MB lives on a
        // heap of 128 MB and, filled under a burst, ran it out of memory in the middle of a write.
        return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS + ";CACHE_SIZE=" + H2_CACHE_KB
                + ";DB_CLOSE_ON_EXIT=FALSE", Optional.empty(), Optional.empty());
    }

    /** A private in-memory H2 database, for tests and the benchmark. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS,
                Optional.empty(), Optional.empty());
    }

    static final int H2_CACHE_KB = 4096;
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * Accepts {@code postgresql://user:pass@host:5432/db} (as cloud providers hand it out), {@code postgres://…},
     * or any {@code jdbc:} URL.
     */
    static DatabaseSettings parse(String url) {
        if (url.startsWith("jdbc:")) {
            return new DatabaseSettings(url, Optional.empty(), Optional.empty());
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException("expected postgresql://user:pass@host:5432/db or a jdbc: URL");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("expected postgresql://user:pass@host:5432/db (host and database are required)");
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getPath() + query;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            if (parts.length == 2) {
                password = Optional.of(decode(parts[1]));
            }
        }
        return new DatabaseSettings(jdbc, user, password);
    }

    /** True for the embedded H2 database. */
    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL with any {@code password=} query parameter masked, safe to log. */
    public String redactedUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redactedUrl() + ", user=" + user.orElse("-") + "]";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
