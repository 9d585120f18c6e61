-- The PostgreSQL twin of migrations/0040_replicas.sql: leases, chat claims,
-- the shared wipe epoch and one-off job runs for several replicas sharing
-- one database (KADAM_REPLICAS=shared). See that file for what each holds.
-- Times are unix milliseconds from the replicas' clocks.

CREATE TABLE lease (
    name        TEXT   PRIMARY KEY,
    holder      TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL
);

CREATE TABLE chat_claim (
    chat        TEXT   PRIMARY KEY,
    holder      TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL
);

CREATE TABLE chat_wipe (
    chat           TEXT   PRIMARY KEY,
    epoch          BIGINT NOT NULL,
    wiped_through  BIGINT NOT NULL,
    at             BIGINT NOT NULL
);

ALTER TABLE inbox ADD COLUMN chat TEXT NOT NULL DEFAULT '';
CREATE INDEX inbox_chat ON inbox (chat, update_id);

CREATE TABLE job_run (
    job   TEXT   NOT NULL,
    slot  BIGINT NOT NULL,
    PRIMARY KEY (job, slot)
);
