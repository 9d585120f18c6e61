-- Feedback a person chose to give, stored only after she said yes to the
-- consent notice (whose version is kept with each record). `person` is the
-- same keyed hash as in dialogue_state, so /forget deletes her feedback too;
-- rows older than the retention period in the notice are purged.
-- `update_id` is the Telegram update that carried her "yes": a redelivered
-- update (after a crash, Telegram sends it again) hits the UNIQUE constraint
-- instead of creating a second record.
CREATE TABLE feedback (
    id              INTEGER PRIMARY KEY,
    created_at      INTEGER NOT NULL,  -- unix seconds (UTC)
    person          TEXT    NOT NULL,
    lang            TEXT    NOT NULL,
    topic           TEXT    NOT NULL,  -- node id the feedback is about
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 3),  -- 3 helpful, 2 partly, 1 not
    comment         TEXT,
    region          TEXT,              -- region id, or NULL when she did not answer
    consent_version INTEGER NOT NULL,
    update_id       INTEGER NOT NULL UNIQUE
) STRICT;

CREATE INDEX feedback_created_at ON feedback (created_at);
CREATE INDEX feedback_person ON feedback (person, id);

-- Anonymous usage funnel: how often each screen (and each step of a guide)
-- was shown per day. No person key, no time of day: it tells coordinators
-- which guides are used and where people stop, and nothing about anyone.
CREATE TABLE node_visit (
    day   TEXT    NOT NULL,  -- YYYY-MM-DD, Bishkek time
    node  TEXT    NOT NULL,
    step  INTEGER NOT NULL,  -- page of a guide, 0 for other screens
    count INTEGER NOT NULL,
    PRIMARY KEY (day, node, step)
) STRICT, WITHOUT ROWID;
