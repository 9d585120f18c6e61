//! What replicas sharing one database agree on (`migrations/0040_replicas.sql`):
//! leases (who polls, who runs a job), chat claims (who handles a chat's
//! updates), each chat's wipe epoch, and one-off job runs.
//!
//! Written in SQL that SQLite and PostgreSQL both read: `$N` placeholders,
//! `ON CONFLICT … DO`, 64-bit integers, no functions of one dialect. A
//! conditional upsert changes one row when it wins and none when another
//! replica holds the row, on both backends, so `rows_affected` is the answer.
//! Times are unix milliseconds from the caller's clock.

use super::{Db, inbox::Row};

/// Takes or renews lease `name` for `holder` until `expires_at`, unless
/// another holder's lease is still running at `now`. Whether `holder` holds it.
pub async fn lease(db: &Db, name: &str, holder: &str, now: i64, expires_at: i64) -> Result<bool, sqlx::Error> {
    take(db, "lease", "name", name, holder, now, expires_at).await
}

/// The conditional upsert behind [`lease`] and [`claim`]: `holder` gets the
/// row keyed `key` of `table` if it is new, already `holder`'s, or ran out
/// at `now`. Table and column names are this module's constants, never input.
async fn take(
    db: &Db,
    table: &str,
    key_column: &str,
    key: &str,
    holder: &str,
    now: i64,
    expires_at: i64,
) -> Result<bool, sqlx::Error> {
    let sql = format!(
        "INSERT INTO {table} ({key_column}, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT ({key_column}) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE {table}.holder = excluded.holder OR {table}.expires_at < $4"
    );
    let done = sqlx::query(&sql).bind(key).bind(holder).bind(expires_at).bind(now).execute(&db.write).await?;
    Ok(done.rows_affected() == 1)
}

/// Gives lease `name` up at once, if `holder` still has it.
pub async fn release(db: &Db, name: &str, holder: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM lease WHERE name = $1 AND holder = $2").bind(name).bind(holder).execute(&db.write).await?;
    Ok(())
}

/// Every claim of `holder` goes at once (a clean stop).
pub async fn release_claims(db: &Db, holder: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM chat_claim WHERE holder = $1").bind(holder).execute(&db.write).await?;
    Ok(())
}

/// Chats with pending updates that nobody holds (or whose holder's claim
/// ran out at `now`), oldest pending update first.
pub async fn unclaimed(db: &Db, now: i64, limit: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT i.chat FROM inbox i LEFT JOIN chat_claim c ON c.chat = i.chat
         WHERE c.chat IS NULL OR c.expires_at < $1
         GROUP BY i.chat ORDER BY MIN(i.update_id) LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.write)
    .await
}

/// Claims `chat` for `holder` unless another replica's claim still runs.
pub async fn claim(db: &Db, chat: &str, holder: &str, now: i64, expires_at: i64) -> Result<bool, sqlx::Error> {
    take(db, "chat_claim", "chat", chat, holder, now, expires_at).await
}

/// Keeps every claim of `holder` running until `expires_at`; how many it has.
pub async fn renew_claims(db: &Db, holder: &str, expires_at: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("UPDATE chat_claim SET expires_at = $1 WHERE holder = $2")
        .bind(expires_at)
        .bind(holder)
        .execute(&db.write)
        .await?;
    Ok(done.rows_affected())
}

/// `holder` has nothing of `chat` left: another replica may take her next update.
pub async fn unclaim(db: &Db, chat: &str, holder: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM chat_claim WHERE chat = $1 AND holder = $2")
        .bind(chat)
        .bind(holder)
        .execute(&db.write)
        .await?;
    Ok(())
}

/// A pending update of a chat `holder` has claimed, with the chat's wipe.
pub struct Claimed {
    /// The update, with her chat's pseudonym in `row.chat`.
    pub row: Row,
    /// The chat's wipe epoch and the update id of its latest wipe.
    pub epoch: i64,
    pub wiped_through: i64,
}

/// The pending updates of the chats `holder` holds, oldest first.
pub async fn claimed_rows(db: &Db, holder: &str, now: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    type Pending = (i64, Vec<u8>, i64, String, Option<i64>, Option<i64>);
    let rows: Vec<Pending> = sqlx::query_as(
        "SELECT i.update_id, i.body, i.answered, i.chat, w.epoch, w.wiped_through
         FROM inbox i JOIN chat_claim c ON c.chat = i.chat LEFT JOIN chat_wipe w ON w.chat = i.chat
         WHERE c.holder = $1 AND c.expires_at >= $2 ORDER BY i.update_id",
    )
    .bind(holder)
    .bind(now)
    .fetch_all(&db.write)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(update_id, body, answered, chat, epoch, through)| Claimed {
            row: Row { update_id, body, answered: answered != 0, chat },
            epoch: epoch.unwrap_or_default(),
            wiped_through: through.unwrap_or_default(),
        })
        .collect())
}

/// A wipe of `chat` begins with update `update_id`, taken by `holder`: her
/// epoch goes up, her pending updates from before it leave the inbox, and
/// `holder` takes her chat from whichever replica had it, so her later
/// updates wait for the wipe. The new epoch.
pub async fn wipe(
    db: &Db,
    chat: &str,
    update_id: i64,
    holder: &str,
    now: i64,
    expires_at: i64,
) -> Result<i64, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    let epoch: i64 = sqlx::query_scalar(
        "INSERT INTO chat_wipe (chat, epoch, wiped_through, at) VALUES ($1, 1, $2, $3)
         ON CONFLICT (chat) DO UPDATE SET epoch = chat_wipe.epoch + 1,
             wiped_through = CASE WHEN excluded.wiped_through > chat_wipe.wiped_through
                                  THEN excluded.wiped_through ELSE chat_wipe.wiped_through END,
             at = excluded.at
         RETURNING epoch",
    )
    .bind(chat)
    .bind(update_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM inbox WHERE chat = $1 AND update_id < $2")
        .bind(chat)
        .bind(update_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO chat_claim (chat, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (chat) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at",
    )
    .bind(chat)
    .bind(holder)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(epoch)
}

/// The wipe epoch of `chat` (0: never wiped).
pub async fn epoch(db: &Db, chat: &str) -> Result<i64, sqlx::Error> {
    let epoch: Option<i64> =
        sqlx::query_scalar("SELECT epoch FROM chat_wipe WHERE chat = $1").bind(chat).fetch_optional(&db.read).await?;
    Ok(epoch.unwrap_or_default())
}

/// Whether this replica is the one to run `job` for `slot` (a period's
/// number): the first to ask wins, every other replica skips the slot.
pub async fn run_once(db: &Db, job: &str, slot: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("INSERT INTO job_run (job, slot) VALUES ($1, $2) ON CONFLICT (job, slot) DO NOTHING")
        .bind(job)
        .bind(slot)
        .execute(&db.write)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets wipes and job runs older than `before`: a wipe's row only has to
/// outlive the updates it drops, which are handled within seconds; kept
/// longer it would say when she left.
pub async fn purge(db: &Db, before: i64, slot_before: i64) -> Result<u64, sqlx::Error> {
    let wipes = sqlx::query("DELETE FROM chat_wipe WHERE at < $1").bind(before).execute(&db.write).await?;
    sqlx::query("DELETE FROM job_run WHERE slot < $1").bind(slot_before).execute(&db.write).await?;
    Ok(wipes.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::testing;

    /// Every test below, on SQLite and on PostgreSQL (unless skipped).
    #[tokio::test]
    async fn replicas_agree_on_both_backends() {
        for db in testing::both().await {
            one_holder_at_a_time_and_another_once_it_expires(&db).await;
            a_chat_is_claimed_by_one_replica_and_a_wipe_takes_it(&db).await;
            a_job_slot_runs_once(&db).await;
            db.close().await;
        }
    }

    async fn one_holder_at_a_time_and_another_once_it_expires(db: &Db) {
        assert!(lease(db, "poll", "a", 1_000, 4_000).await.unwrap());
        assert!(!lease(db, "poll", "b", 2_000, 5_000).await.unwrap(), "a's lease still runs");
        assert!(lease(db, "poll", "a", 3_000, 6_000).await.unwrap(), "a renews");
        assert!(lease(db, "poll", "b", 6_001, 9_000).await.unwrap(), "a stopped renewing: b takes over");
        assert!(!lease(db, "poll", "a", 6_002, 9_000).await.unwrap());
        release(db, "poll", "a").await.unwrap();
        assert!(!lease(db, "poll", "a", 6_003, 9_000).await.unwrap(), "a cannot release b's lease");
        release(db, "poll", "b").await.unwrap();
        assert!(lease(db, "poll", "a", 6_004, 9_000).await.unwrap());
    }

    async fn a_chat_is_claimed_by_one_replica_and_a_wipe_takes_it(db: &Db) {
        for (id, chat) in [(1_i64, "her"), (2, "her"), (3, "other")] {
            sqlx::query("INSERT INTO inbox (update_id, body, chat) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(vec![0_u8])
                .bind(chat)
                .execute(&db.write)
                .await
                .unwrap();
        }
        assert_eq!(unclaimed(db, 0, 10).await.unwrap(), vec!["her", "other"]);
        assert!(claim(db, "her", "a", 0, 1_000).await.unwrap());
        assert!(!claim(db, "her", "b", 10, 1_000).await.unwrap());
        assert_eq!(unclaimed(db, 10, 10).await.unwrap(), vec!["other"]);
        let rows = claimed_rows(db, "a", 10).await.unwrap();
        assert_eq!(rows.iter().map(|r| r.row.update_id).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(wipe(db, "her", 2, "b", 20, 2_000).await.unwrap(), 1);
        assert!(claimed_rows(db, "a", 30).await.unwrap().is_empty(), "b took her chat");
        let rows = claimed_rows(db, "b", 30).await.unwrap();
        let seen: Vec<_> = rows.iter().map(|r| (r.row.update_id, r.epoch, r.wiped_through)).collect();
        assert_eq!(seen, vec![(2, 1, 2)], "her update from before the wipe is gone");
        assert_eq!(epoch(db, "her").await.unwrap(), 1);
        unclaim(db, "her", "a").await.unwrap();
        assert_eq!(renew_claims(db, "b", 5_000).await.unwrap(), 1, "a could not drop b's claim");
        crate::storage::inbox::done_through(db, "her", 2).await.unwrap();
        unclaim(db, "her", "b").await.unwrap();
        assert!(claim(db, "her", "a", 40, 1_000).await.unwrap(), "given up, her chat is free");
        assert_eq!(purge(db, 21, 0).await.unwrap(), 1, "the wipe's row goes once old");
        assert_eq!(epoch(db, "her").await.unwrap(), 0);
    }

    async fn a_job_slot_runs_once(db: &Db) {
        assert!(run_once(db, "retention", 7).await.unwrap());
        assert!(!run_once(db, "retention", 7).await.unwrap());
        assert!(run_once(db, "retention", 8).await.unwrap());
        purge(db, 0, 8).await.unwrap();
        assert!(run_once(db, "retention", 7).await.unwrap(), "slots before 8 were forgotten");
    }
}
