-- Issue 22. Which consultant answered a question first, as a keyed code
-- (`PseudonymKey::staff_code`, never a Telegram id), for the figures only.
ALTER TABLE consult_question ADD COLUMN answered_by TEXT;
-- New questions per person per day are counted (at most 3).
CREATE INDEX consult_question_person_asked ON consult_question (person, asked_at);
