-- escalation_id: a search without a good answer that the agent escalated from ("Escalate" on the no-answer reply):
-- the gap and the escalation it became, so an owner can see which misses turned into work.
ALTER TABLE search_log ADD COLUMN escalation_id BIGINT;
