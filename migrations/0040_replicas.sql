-- Several `kadam run` processes sharing one database and one token
-- (KADAM_REPLICAS=shared; see docs/architecture.md, "Replicas"). A process
-- alone never reads or writes these tables except `inbox.chat`.
--
-- Times are unix milliseconds from the replicas' clocks (kept in sync by
-- NTP); every expiry is seconds long, far above their drift.

-- Leases: the one replica allowed to do something at a time. `poll` is the
-- right to call getUpdates (Telegram allows one caller per token); a job's
-- name is the right to run that job. The holder renews its lease well
-- before `expires_at`; a replica that dies stops renewing, and another
-- takes the lease once it has expired.
CREATE TABLE lease (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;

-- Which chat's updates a replica is handling: one replica per chat at a
-- time, so her updates are handled in order whatever replica takes them.
-- `chat` is the chat's pseudonym, never its id. Renewed while the replica
-- works on the chat, deleted when it has nothing of hers left; a dead
-- replica's claims expire and another replica takes her pending updates.
CREATE TABLE chat_claim (
    chat        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;

-- Each chat's wipe epoch, shared by the replicas: `epoch` counts the quick
-- exits and `/forget`s, `wiped_through` is the update id of the latest.
-- An update of her chat below it is dropped unhandled by every replica,
-- and nothing a turn from before the wipe would still send is sent. Rows
-- are pseudonymous and deleted with the rest of her data's trace by the
-- retention purge once a day old.
CREATE TABLE chat_wipe (
    chat           TEXT    PRIMARY KEY,
    epoch          INTEGER NOT NULL,
    wiped_through  INTEGER NOT NULL,
    at             INTEGER NOT NULL
) STRICT;

-- The chat (pseudonym) of each pending update, so a replica claims her
-- chat before it takes her updates. '' for an update without a chat.
ALTER TABLE inbox ADD COLUMN chat TEXT NOT NULL DEFAULT '';
CREATE INDEX inbox_chat ON inbox (chat, update_id);

-- A run of a periodic job (retention, deletion retries) for one time slot:
-- the replica that inserts the row runs it, the others skip the slot.
CREATE TABLE job_run (
    job   TEXT    NOT NULL,
    slot  INTEGER NOT NULL,
    PRIMARY KEY (job, slot)
) STRICT;
