package dev.deskhand.store;

import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.schedule.DigestSubscriptions;
import dev.deskhand.digest.schedule.Subscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** {@link DigestSubscriptions} over {@code digest_subscription}; teams and sections are stored comma-separated. */
public final class JdbcDigestSubscriptions implements DigestSubscriptions {

    private static final String COLUMNS = "channel_id, active, cron, zone, teams, sections, updated_by, updated_at, lang";

    private final DataSource dataSource;

    public JdbcDigestSubscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Subscription subscription) {
        // Update first, insert when there was nothing to update; a concurrent insert of the same channel loses
        // on the primary key and retries as an update (no MERGE / ON CONFLICT: they are not portable).
        for (int attempt = 0; attempt < 2; attempt++) {
            if (write("UPDATE digest_subscription SET active = ?, cron = ?, zone = ?, teams = ?, sections = ?, "
                    + "updated_by = ?, updated_at = ?, lang = ? WHERE channel_id = ?", subscription) == 1) {
                return;
            }
            try {
                write("INSERT INTO digest_subscription (active, cron, zone, teams, sections, updated_by, updated_at, "
                        + "lang, channel_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", subscription);
                return;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql))) {
                    throw e;
                }
            }
        }
    }

    private int write(String sql, Subscription subscription) {
        Optional<DigestSchedule> schedule = subscription.schedule();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setBoolean(1, schedule.isPresent());
            s.setString(2, schedule.map(d -> d.cron().expression()).orElse(null));
            s.setString(3, schedule.map(d -> d.zone().getId()).orElse(null));
            s.setString(4, schedule.map(d -> String.join(",", d.teams().stream().sorted().toList())).orElse(""));
            s.setString(5, schedule.map(d -> d.sections().stream().sorted().map(DigestSection::configName)
                    .collect(Collectors.joining(","))).orElse(""));
            s.setString(6, subscription.updatedBy());
            s.setObject(7, JdbcDigestSlots.utc(subscription.updatedAt()));
            s.setString(8, schedule.flatMap(DigestSchedule::language).orElse(null));
            s.setString(9, subscription.channelId());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not save the digest subscription of " + subscription.channelId(), e);
        }
    }

    @Override
    public Optional<Subscription> find(String channelId) {
        List<Subscription> found = query("SELECT " + COLUMNS + " FROM digest_subscription WHERE channel_id = ?",
                channelId);
        return found.stream().findFirst();
    }

    @Override
    public List<Subscription> all() {
        return query("SELECT " + COLUMNS + " FROM digest_subscription ORDER BY channel_id", null);
    }

    private List<Subscription> query(String sql, String channelId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (channelId != null) {
                s.setString(1, channelId);
            }
            List<Subscription> subscriptions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    subscriptions.add(read(rs));
                }
            }
            return subscriptions;
        } catch (SQLException e) {
            throw new StoreException("Could not read digest subscriptions", e);
        }
    }

    private static Subscription read(ResultSet rs) throws SQLException {
        String channelId = rs.getString(1);
        Optional<DigestSchedule> schedule = Optional.empty();
        if (rs.getBoolean(2)) {
            Set<DigestSection> sections = split(rs.getString(6)).stream().map(DigestSection::parse)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DigestSection.class)));
            schedule = Optional.of(DigestSchedule.of(channelId, rs.getString(3), rs.getString(4),
                    split(rs.getString(5)), sections).withLanguage(Optional.ofNullable(rs.getString(9))));
        }
        return new Subscription(channelId, schedule, rs.getString(7), JdbcDigestSlots.instant(rs, 8));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }
}
