-- Feedback files sent to coordinators by `/export` (and `/report`), deleted
-- from their chat after `KADAM_EXPORT_KEEP_MINUTES`. Kept here rather than in
-- memory so a restart does not leave a file in a coordinator's chat for good.
-- `chat` is the coordinator's own chat (their id is in KADAM_ADMIN_IDS
-- anyway); nothing here concerns the women who gave the feedback.
CREATE TABLE export_sent (
    chat       INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    delete_at  INTEGER NOT NULL,
    PRIMARY KEY (chat, message_id)
) STRICT, WITHOUT ROWID;
