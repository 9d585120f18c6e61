-- The PostgreSQL twin of migrations/0041_dialogue_state_update.sql: the
-- update whose turn wrote the state, and the state that turn began from,
-- so an update handled again after a crash steps from where it began.
ALTER TABLE dialogue_state ADD COLUMN last_update BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dialogue_state ADD COLUMN turn_from TEXT COLLATE "C";
