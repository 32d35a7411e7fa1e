-- Outbox faults: a message Slack can never accept (channel gone, thread gone, token revoked) stops being retried and
-- says why; a requester whose card is late is told once. Portable between H2 (PostgreSQL mode) and PostgreSQL.

-- Set together when a message is given up: the Slack error code (e.g. channel_not_found) and when.
ALTER TABLE escalation_outbox ADD COLUMN failure VARCHAR(64);
ALTER TABLE escalation_outbox ADD COLUMN failed_at TIMESTAMP WITH TIME ZONE;
-- When the requester was sent a DM saying their card is late (at most once per message).
ALTER TABLE escalation_outbox ADD COLUMN requester_told_at TIMESTAMP WITH TIME ZONE;
