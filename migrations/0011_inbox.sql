-- Updates taken from Telegram but not yet handled. A row is written before
-- the getUpdates offset that confirms it goes back to Telegram (or before a
-- webhook delivery is answered 200), so a crash loses nothing: the next
-- start handles what is left here first. A row leaves the moment its update
-- is handled or dropped. `body` is the update as Telegram sent it (her
-- text, her chat id), sealed like a chat id (src/sealed.rs, bound to the
-- update id): not even the WAL holds her words in the clear. `answered`
-- marks a button press whose spinner was already stopped, so a press
-- handled again after a crash is not answered twice.
CREATE TABLE inbox (
    update_id INTEGER PRIMARY KEY,
    body      BLOB    NOT NULL,
    answered  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The newest update id ever taken: the next poll's offset after a restart,
-- and how an update Telegram delivers again is recognised and not handled
-- twice (Telegram's update ids only grow).
CREATE TABLE intake (
    only_row        INTEGER PRIMARY KEY CHECK (only_row = 1),
    last_update_id  INTEGER NOT NULL
) STRICT;
