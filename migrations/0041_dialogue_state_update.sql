-- The update whose turn wrote this state, and the state that turn began
-- from. The state is saved before the screen is shown, and the update
-- leaves the inbox only after it, so a crash (or a replica SIGKILLed) in
-- between leaves the update to be handled again, by this process after a
-- restart or by another replica. Stepped again from the saved state, a
-- press would move her twice (Back would land on the same screen); stepped
-- from `turn_from`, the turn is the same turn again: the same state, the
-- same screen. Equality of update ids, not order: Telegram may restart
-- them after a quiet week.
ALTER TABLE dialogue_state ADD COLUMN last_update INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dialogue_state ADD COLUMN turn_from TEXT;
