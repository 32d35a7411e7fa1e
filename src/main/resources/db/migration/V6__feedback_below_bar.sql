-- A "Helpful" click on an article the search had declined (opened from the closest titles): the knowledge base
-- held the answer but was not sure enough. The digest lists these so owners can add the wording as an alias.
ALTER TABLE kb_feedback ADD COLUMN below_bar BOOLEAN DEFAULT FALSE NOT NULL;
