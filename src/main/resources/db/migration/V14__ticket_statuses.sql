-- Helpdesk ticket status (issue 19): what the escalation form's lookup last saw for a ticket, so the card can show
-- the ticket's status. Keyed by the ticket text as agents type it (ACME-1234), which is what escalations store.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE ticket_statuses (
    ticket     VARCHAR(1000) NOT NULL PRIMARY KEY,
    -- The helpdesk's own word (new, open, pending, hold, solved, closed); shown translated when known.
    status     VARCHAR(32)   NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
