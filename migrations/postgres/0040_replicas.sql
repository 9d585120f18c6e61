-- The PostgreSQL twin of migrations/0040_replicas.sql: leases, chat claims,
-- the shared wipe epoch and one-off job runs for several replicas sharing
-- one database (KADAM_REPLICAS=shared). See that file for what each holds.
-- Times are unix milliseconds from the replicas' clocks.
-- Text is COLLATE "C" (byte order), as SQLite compares it (0002).

CREATE TABLE lease (
    name        TEXT COLLATE "C" PRIMARY KEY,
    holder      TEXT COLLATE "C" NOT NULL,
    expires_at  BIGINT NOT NULL
);

CREATE TABLE chat_claim (
    chat        TEXT COLLATE "C" PRIMARY KEY,
    holder      TEXT COLLATE "C" NOT NULL,
    expires_at  BIGINT NOT NULL
);

CREATE TABLE chat_wipe (
    chat           TEXT COLLATE "C" PRIMARY KEY,
    epoch          BIGINT NOT NULL,
    wiped_through  BIGINT NOT NULL,
    at             BIGINT NOT NULL
);

ALTER TABLE inbox ADD COLUMN chat TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX inbox_chat ON inbox (chat, update_id);

CREATE TABLE job_run (
    job   TEXT COLLATE "C" NOT NULL,
    slot  BIGINT NOT NULL,
    PRIMARY KEY (job, slot)
);
