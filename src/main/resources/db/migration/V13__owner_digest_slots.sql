-- kind: whose ledger a digest_slot row belongs to. CHANNEL rows are the channel digests (V4); OWNER rows are the
-- weekly DM to an article owner, with channel_id holding the owner's Slack user id. Both use the same claim/lease
-- protocol, but each scheduler must only see (and repair) its own stale claims, so uniqueness and scans include kind.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE digest_slot ADD COLUMN kind VARCHAR(16) DEFAULT 'CHANNEL' NOT NULL;
ALTER TABLE digest_slot DROP CONSTRAINT uq_digest_slot_channel_slot;
ALTER TABLE digest_slot ADD CONSTRAINT uq_digest_slot_kind_channel_slot UNIQUE (kind, channel_id, slot_at);
ALTER TABLE digest_slot ADD CONSTRAINT ck_digest_slot_kind CHECK (kind IN ('CHANNEL', 'OWNER'));
