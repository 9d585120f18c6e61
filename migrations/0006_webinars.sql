-- Webinars (dialogues/webinars.toml): reminders she asked for, people who
-- want to hear about new webinars, and announcements on their way.
--
-- A chat id is stored only while a message is owed to it, and only sealed
-- (src/sealed.rs: XChaCha20-Poly1305 under a key from KADAM_PSEUDONYM_KEY,
-- the row's purpose bound as associated data). `person` is the same keyed
-- hash as in dialogue_state, so /forget and the quick exit find her rows.

-- One row per message owed: a day before, an hour before, and after the
-- webinar ("was it useful?"). Deleted when sent, on "stop reminders", on
-- /forget and on the quick exit.
CREATE TABLE webinar_reminder (
    id      INTEGER PRIMARY KEY,
    person  TEXT    NOT NULL,
    webinar TEXT    NOT NULL,  -- webinar id
    kind    TEXT    NOT NULL CHECK (kind IN ('day', 'hour', 'after')),
    due     INTEGER NOT NULL,  -- unix seconds
    chat    BLOB    NOT NULL,  -- sealed with "webinar:<webinar>:<kind>:<due>"
    UNIQUE (person, webinar, kind)
) STRICT;

CREATE INDEX webinar_reminder_due ON webinar_reminder (due);

-- "Tell me about new webinars". Deleted on "stop", /forget and the quick
-- exit, and when Telegram says she blocked the bot.
CREATE TABLE webinar_subscriber (
    person TEXT    PRIMARY KEY NOT NULL,
    lang   TEXT    NOT NULL,
    chat   BLOB    NOT NULL,   -- sealed with "webinar-news"
    since  INTEGER NOT NULL
) STRICT;

-- Anonymous figures per webinar: how many asked for a reminder. No person
-- key, only counts.
CREATE TABLE webinar_count (
    webinar TEXT    NOT NULL,
    what    TEXT    NOT NULL,  -- 'reminders'
    count   INTEGER NOT NULL,
    PRIMARY KEY (webinar, what)
) STRICT, WITHOUT ROWID;

-- An announcement from a coordinator, with the text in each language
-- (JSON object lang -> text) and its figures, kept for `kadam stats`.
CREATE TABLE announcement (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    webinar    TEXT,              -- the webinar it announces, if any
    texts      TEXT    NOT NULL,  -- JSON: {"ky": "...", "ru": "..."}
    status     TEXT    NOT NULL CHECK (status IN ('draft', 'sending', 'done', 'cancelled')),
    total      INTEGER NOT NULL DEFAULT 0,
    delivered  INTEGER NOT NULL DEFAULT 0,
    blocked    INTEGER NOT NULL DEFAULT 0,
    failed     INTEGER NOT NULL DEFAULT 0,
    -- The coordinator's chat and the message showing progress (a
    -- coordinator's id from KADAM_ADMIN_IDS, not someone asking for help).
    report_chat    INTEGER,
    report_message INTEGER
) STRICT;

-- The persistent queue of one announcement: one row per subscriber, copied
-- (sealed again for this row) when the coordinator confirms. A row is
-- marked 'claimed' just before its message goes out and 'sent', 'blocked'
-- or 'failed' after, so a restart continues where it stopped and never
-- sends a row twice. Rows are deleted when the announcement is done.
CREATE TABLE announcement_queue (
    announcement INTEGER NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    person       TEXT    NOT NULL,
    lang         TEXT    NOT NULL,
    chat         BLOB    NOT NULL,  -- sealed with "announce:<announcement>:<seq>"
    state        TEXT    NOT NULL DEFAULT 'queued'
                 CHECK (state IN ('queued', 'claimed', 'sent', 'blocked', 'failed')),
    PRIMARY KEY (announcement, seq)
) STRICT;

CREATE INDEX announcement_queue_person ON announcement_queue (person);
