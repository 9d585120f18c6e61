-- Ids of the messages in each conversation (the person's and the bot's), so
-- the quick exit can delete them. Telegram lets a bot delete messages only
-- up to 48 hours old, so rows older than that are purged: keeping them
-- longer would only record that someone talked to the bot.
CREATE TABLE tracked_message (
    person     TEXT    NOT NULL,
    message_id INTEGER NOT NULL,
    sent_at    INTEGER NOT NULL,
    PRIMARY KEY (person, message_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX tracked_message_sent_at ON tracked_message (sent_at);
