-- Where each person is in the dialogue, so a restart resumes them exactly.
-- `person` is a keyed hash (HMAC-SHA256) of the Telegram chat id, never the
-- id itself; `state` is the engine's JSON state; `updated_at` (unix seconds)
-- lets inactive people be purged after the retention period.
CREATE TABLE dialogue_state (
    person     TEXT    PRIMARY KEY NOT NULL,
    state      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX dialogue_state_updated_at ON dialogue_state (updated_at);

-- Telegram file ids of media already uploaded, so each file goes up once.
-- `media_key` names the file and its size and modification time, so an
-- edited file is uploaded again.
CREATE TABLE media_file (
    media_key TEXT PRIMARY KEY NOT NULL,
    file_id   TEXT NOT NULL
) STRICT;
