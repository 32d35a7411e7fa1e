-- Events Slack has delivered and we handled: Slack retries an event it thinks failed, and every replica
-- must agree that a retry of a handled event is not handled again.
CREATE TABLE event_receipt (
    event_id    VARCHAR(64)              NOT NULL PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX event_receipt_received_at ON event_receipt (received_at);
