-- The language a channel's digest is written in, set with /digest subscribe … lang:ko. NULL: the channel's default
-- (its team's language, else DESKHAND_LANGUAGE). Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE digest_subscription ADD COLUMN lang VARCHAR(8);
