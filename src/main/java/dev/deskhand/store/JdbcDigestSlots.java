package dev.deskhand.store;

import dev.deskhand.digest.posting.DigestSlots;
import dev.deskhand.digest.posting.SlotClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link DigestSlots} over the {@code digest_slot} and {@code digest_snapshot} tables. One table serves several
 * ledgers ({@link Kind}): each instance reads, claims and repairs only the rows of its own kind (V13).
 */
public final class JdbcDigestSlots implements DigestSlots {

    /** Whose slots: a channel's digest, or an article owner's weekly DM (keyed by the owner's user id). */
    public enum Kind { CHANNEL, OWNER }

    private static final String CLAIM_COLUMNS = "id, channel_id, slot_at, late, claimed_by, claimed_at";

    private final DataSource dataSource;
    private final Kind kind;

    /** The channel digests' ledger. */
    public JdbcDigestSlots(DataSource dataSource) {
        this(dataSource, Kind.CHANNEL);
    }

    public JdbcDigestSlots(DataSource dataSource, Kind kind) {
        this.dataSource = dataSource;
        this.kind = kind;
    }

    @Override
    public Optional<Instant> lastSettled(String channelId) {
        String sql = "SELECT MAX(slot_at) FROM digest_slot WHERE channel_id = ? AND kind = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, channelId);
            s.setString(2, kind.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the last digest slot of channel " + channelId, e);
        }
    }

    @Override
    public Optional<SlotClaim> claim(String channelId, Instant slotAt, boolean late, String owner, Instant now) {
        Instant claimedAt = storable(now);
        return insert(channelId, slotAt, "POSTING", late, owner, claimedAt)
                .map(id -> new SlotClaim(id, channelId, slotAt, late, owner, claimedAt));
    }

    @Override
    public boolean skip(String channelId, Instant slotAt, String owner, Instant now) {
        return insert(channelId, slotAt, "SKIPPED", false, owner, now).isPresent();
    }

    private Optional<Long> insert(String channelId, Instant slotAt, String status, boolean late, String owner,
                                  Instant now) {
        String sql = "INSERT INTO digest_slot (channel_id, slot_at, status, late, claimed_by, claimed_at, kind) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            s.setString(1, channelId);
            s.setObject(2, utc(slotAt));
            s.setString(3, status);
            s.setBoolean(4, late);
            s.setString(5, owner);
            s.setObject(6, utc(now));
            s.setString(7, kind.name());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw new StoreException("Could not claim digest slot " + slotAt + " of channel " + channelId, e);
        }
    }

    @Override
    public boolean recordPosted(SlotClaim claim, String messageTs, Instant postedAt,
                                Map<String, Integer> openBySeverity) {
        String update = "UPDATE digest_slot SET status = 'POSTED', message_ts = ?, posted_at = ?, late = ? "
                + "WHERE id = ? AND status = 'POSTING' AND claimed_by = ? AND claimed_at = ?";
        String snapshot = "INSERT INTO digest_snapshot (slot_id, severity, open_count) VALUES (?, ?, ?)";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(update); PreparedStatement i = c.prepareStatement(snapshot)) {
                s.setString(1, messageTs);
                s.setObject(2, utc(postedAt));
                s.setBoolean(3, claim.late());
                bindClaim(s, 4, claim);
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
                for (Map.Entry<String, Integer> entry : openBySeverity.entrySet()) {
                    i.setLong(1, claim.id());
                    i.setString(2, entry.getKey());
                    i.setInt(3, entry.getValue());
                    i.addBatch();
                }
                i.executeBatch();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record digest slot " + claim.slotAt() + " of " + claim.channelId(), e);
        }
    }

    @Override
    public boolean abandon(SlotClaim claim) {
        String sql = "UPDATE digest_slot SET status = 'SKIPPED' "
                + "WHERE id = ? AND status = 'POSTING' AND claimed_by = ? AND claimed_at = ?";
        return updateClaim(sql, claim, "abandon") == 1;
    }

    @Override
    public List<SlotClaim> stale(Instant claimedBefore) {
        String sql = "SELECT " + CLAIM_COLUMNS + " FROM digest_slot WHERE status = 'POSTING' AND claimed_at < ? "
                + "AND kind = ? ORDER BY slot_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, utc(claimedBefore));
            s.setString(2, kind.name());
            List<SlotClaim> claims = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claims.add(new SlotClaim(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getBoolean(4),
                            rs.getString(5), instant(rs, 6)));
                }
            }
            return claims;
        } catch (SQLException e) {
            throw new StoreException("Could not list stale digest claims", e);
        }
    }

    @Override
    public Optional<SlotClaim> takeOver(SlotClaim stale, String owner, Instant now) {
        String sql = "UPDATE digest_slot SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1 "
                + "WHERE id = ? AND status = 'POSTING' AND claimed_by = ? AND claimed_at = ?";
        Instant claimedAt = storable(now);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, owner);
            s.setObject(2, utc(claimedAt));
            bindClaim(s, 3, stale);
            return s.executeUpdate() == 1
                    ? Optional.of(new SlotClaim(stale.id(), stale.channelId(), stale.slotAt(), stale.late(), owner,
                            claimedAt))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not take over digest slot " + stale.slotAt() + " of " + stale.channelId(),
                    e);
        }
    }

    @Override
    public Optional<SlotClaim> renew(SlotClaim claim, Instant now) {
        String sql = "UPDATE digest_slot SET claimed_at = ? "
                + "WHERE id = ? AND status = 'POSTING' AND claimed_by = ? AND claimed_at = ?";
        Instant claimedAt = storable(now);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, utc(claimedAt));
            bindClaim(s, 2, claim);
            return s.executeUpdate() == 1
                    ? Optional.of(new SlotClaim(claim.id(), claim.channelId(), claim.slotAt(), claim.late(),
                            claim.owner(), claimedAt))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("Could not renew the claim on digest slot " + claim.slotAt() + " of "
                    + claim.channelId(), e);
        }
    }

    private int updateClaim(String sql, SlotClaim claim, String doing) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bindClaim(s, 1, claim);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not " + doing + " digest slot " + claim.slotAt() + " of "
                    + claim.channelId(), e);
        }
    }

    private static void bindClaim(PreparedStatement s, int first, SlotClaim claim) throws SQLException {
        s.setLong(first, claim.id());
        s.setString(first + 1, claim.owner());
        s.setObject(first + 2, utc(claim.claimedAt()));
    }

    /**
     * Both databases keep microseconds; claims are compared on their time, so they must carry exactly what was
     * stored.
     */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return Jdbc.utc(storable(instant));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
