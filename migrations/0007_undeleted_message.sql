-- Messages the quick exit could not delete (Telegram refused, or did not
-- answer), so they are tried again in the background, not only at her next
-- quick exit. `chat` is her chat id, sealed (src/sealed.rs): the retry must
-- know where to delete, and the row goes as soon as the message is deleted
-- or 48 hours after it was sent, when Telegram no longer lets a bot delete
-- it. Rows exist only after such a failure; /forget deletes them too.
CREATE TABLE undeleted_message (
    person     TEXT    NOT NULL,
    chat       BLOB    NOT NULL,
    message_id INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (person, message_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX undeleted_message_sent_at ON undeleted_message (sent_at);
