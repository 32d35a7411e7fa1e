package dev.deskhand.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database for one benchmark, created through the given server's URL and dropped on close, so
 * nothing is left behind and no run sees another's rows.
 */
final class ScratchPostgres implements AutoCloseable {

    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final String adminUrl;
    private final String name;
    private final String url;

    ScratchPostgres(String serverUrl, String purpose) throws SQLException {
        Matcher m = DATABASE.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/db?..., got a different URL");
        }
        this.adminUrl = serverUrl;
        this.name = "deskhand_bench_" + purpose + "_" + ProcessHandle.current().pid();
        this.url = m.group(1) + name + m.group(3);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** The JDBC URL of the scratch database (same server, user and options). */
    String url() {
        return url;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
