-- below_bar: a "Helpful" / "Not helpful" click on an article the search had declined (opened from the closest
-- titles). The digest lists the helpful ones: the knowledge base held the answer under other words.
ALTER TABLE kb_feedback ADD COLUMN below_bar BOOLEAN DEFAULT FALSE NOT NULL;
-- confidence: the search's confidence when the clicked article was its top hit, so `kb bar` can tell from a
-- team's own votes where the answer bar should sit. NULL for other articles and for older rows.
ALTER TABLE kb_feedback ADD COLUMN confidence DOUBLE PRECISION;
