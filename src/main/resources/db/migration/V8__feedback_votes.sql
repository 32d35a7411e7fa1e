-- vote_id: one "Not helpful" click and the reason given after it are one vote. The reason (and the text typed for
-- "Other") updates the row the click stored, so the digest counts each vote once. NULL for older rows.
ALTER TABLE kb_feedback ADD COLUMN vote_id VARCHAR(40);
CREATE UNIQUE INDEX kb_feedback_vote_id ON kb_feedback (vote_id);
-- note: what the user typed after choosing "Other".
ALTER TABLE kb_feedback ADD COLUMN note VARCHAR(1000);
