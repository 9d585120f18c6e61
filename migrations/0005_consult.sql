-- Questions to a consultant (src/storage/consult.rs). Never a message text:
-- the texts live only in Telegram. Her chat id is kept only while the
-- question is open, sealed (src/sealed.rs) with the context `consult:Q-<id>`.
CREATE TABLE consult_question (
    -- The number staff see: #Q-<id>.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Her pseudonym, for her own open questions, /forget and the quick exit.
    person TEXT NOT NULL,
    -- Her chat id, sealed; NULL once the question is closed.
    sealed_chat BLOB,
    -- The forum topic in the staff group; NULL until it is opened.
    topic_id INTEGER,
    -- The consult node she asked from (lawyer, psychologist, ...).
    consultant TEXT NOT NULL,
    lang TEXT NOT NULL,
    -- The part of the bot she came from (violence, services, main).
    area TEXT NOT NULL,
    asked_at INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    first_answer_at INTEGER,
    bumped INTEGER NOT NULL DEFAULT 0,
    closed_at INTEGER
);
CREATE INDEX consult_question_person ON consult_question (person);
CREATE INDEX consult_question_topic ON consult_question (topic_id);

-- An answer waiting behind her "Read" button: only where it is in the staff
-- group, so it can be copied to her when she asks for it.
CREATE TABLE consult_answer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question INTEGER NOT NULL REFERENCES consult_question (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    staff_message INTEGER NOT NULL,
    sent_at INTEGER NOT NULL
);
CREATE INDEX consult_answer_person ON consult_answer (person);
