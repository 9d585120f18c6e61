//! What the quick exit and `/forget` need from storage: the message ids of
//! each conversation (kept at most 48 hours), and deleting everything about
//! a person in one transaction.

use super::Db;

/// Telegram lets bots delete messages up to this age.
pub const DELETABLE_FOR_SECS: i64 = 48 * 60 * 60;

pub async fn track(db: &Db, person: &str, message_ids: &[i32], now: i64) -> Result<(), sqlx::Error> {
    // One multi-row statement: atomic without a transaction, and one trip
    // to SQLite's worker thread instead of one per id plus BEGIN and COMMIT
    // (those trips were a good part of the bot's CPU time per update). A
    // turn tracks one to three ids; chunks keep far below SQLite's limit on
    // bound variables.
    for chunk in message_ids.chunks(100) {
        let mut insert =
            sqlx::QueryBuilder::new("INSERT OR IGNORE INTO tracked_message (person, message_id, sent_at) ");
        insert.push_values(chunk, |mut row, id| {
            row.push_bind(person).push_bind(id).push_bind(now);
        });
        insert.build().execute(&db.write).await?;
    }
    Ok(())
}

/// The ids still young enough to delete, oldest first.
pub async fn deletable(db: &Db, person: &str, now: i64) -> Result<Vec<i32>, sqlx::Error> {
    sqlx::query_scalar("SELECT message_id FROM tracked_message WHERE person = ? AND sent_at > ? ORDER BY message_id")
        .bind(person)
        .bind(now - DELETABLE_FOR_SECS)
        .fetch_all(&db.read)
        .await
}

pub async fn untrack_all(db: &Db, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM tracked_message WHERE person = ?").bind(person).execute(&db.write).await?;
    Ok(())
}

/// Drops ids too old to delete anyway.
pub async fn purge_tracked(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM tracked_message WHERE sent_at <= ?")
        .bind(now - DELETABLE_FOR_SECS)
        .execute(&db.write)
        .await?;
    Ok(done.rows_affected())
}

/// Every table that holds rows keyed by a person. `/forget` empties each of
/// them for the person, and the tests check that this list covers the schema.
pub const PERSON_TABLES: &[&str] =
    &["dialogue_state", "tracked_message", "feedback", "consult_answer", "consult_question"];

/// Deletes everything stored about `person`, all or nothing.
pub async fn forget(db: &Db, person: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.write.begin().await?;
    for table in PERSON_TABLES {
        sqlx::query(&format!("DELETE FROM {table} WHERE person = ?")).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await
}
