//! What the quick exit and `/forget` need from storage: the message ids of
//! each conversation (kept at most 48 hours), the ones a quick exit could
//! not delete (with her sealed chat id, for a retry), and deleting
//! everything about a person in one transaction.

use super::{Db, placeholders, value_rows};

/// Telegram lets bots delete messages up to this age.
pub const DELETABLE_FOR_SECS: i64 = 48 * 60 * 60;

/// Records message ids of a person's chat, sent (or received) at `sent_at`:
/// the message's own date, from which Telegram counts the 48 hours.
pub async fn track(db: &Db, person: &str, message_ids: &[i32], sent_at: i64) -> Result<(), sqlx::Error> {
    // One multi-row statement: atomic without a transaction, and one trip
    // to SQLite's worker thread instead of one per id plus BEGIN and COMMIT
    // (those trips were a good part of the bot's CPU time per update). A
    // turn tracks one to three ids; chunks keep far below SQLite's limit on
    // bound variables.
    for chunk in message_ids.chunks(100) {
        let sql = format!(
            "INSERT INTO tracked_message (person, message_id, sent_at) VALUES {} ON CONFLICT DO NOTHING",
            value_rows(chunk.len(), 3)
        );
        let mut insert = sqlx::query(&sql);
        for id in chunk {
            insert = insert.bind(person).bind(id).bind(sent_at);
        }
        insert.execute(&db.write).await?;
    }
    Ok(())
}

/// The ids still young enough to delete, oldest first.
pub async fn deletable(db: &Db, person: &str, now: i64) -> Result<Vec<i32>, sqlx::Error> {
    sqlx::query_scalar("SELECT message_id FROM tracked_message WHERE person = $1 AND sent_at > $2 ORDER BY message_id")
        .bind(person)
        .bind(now - DELETABLE_FOR_SECS)
        .fetch_all(&db.read)
        .await
}

/// The newest message id recorded for her chat, if any.
pub async fn newest(db: &Db, person: &str) -> Result<Option<i32>, sqlx::Error> {
    sqlx::query_scalar("SELECT max(message_id) FROM tracked_message WHERE person = $1")
        .bind(person)
        .fetch_one(&db.read)
        .await
}

pub async fn untrack_all(db: &Db, person: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM tracked_message WHERE person = $1").bind(person).execute(&db.write).await?;
    Ok(())
}

/// Forgets a person's ids except `keep` (those Telegram would not delete
/// yet, kept for another try).
pub async fn untrack_all_but(db: &Db, person: &str, keep: &[i32]) -> Result<(), sqlx::Error> {
    if keep.is_empty() {
        return untrack_all(db, person).await;
    }
    let sql = format!(
        "DELETE FROM tracked_message WHERE person = $1 AND message_id NOT IN ({})",
        placeholders(2, keep.len())
    );
    let mut delete = sqlx::query(&sql).bind(person);
    for id in keep {
        delete = delete.bind(id);
    }
    delete.execute(&db.write).await?;
    Ok(())
}

/// Drops ids too old to delete anyway.
pub async fn purge_tracked(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let mut removed = 0;
    for table in ["tracked_message", "undeleted_message"] {
        let done = sqlx::query(&format!("DELETE FROM {table} WHERE sent_at <= $1"))
            .bind(now - DELETABLE_FOR_SECS)
            .execute(&db.write)
            .await?;
        removed += done.rows_affected();
    }
    Ok(removed)
}

/// Sets which of a person's messages are still there after a deletion:
/// `left` (ids from `tracked_message`, with `chat` sealed), and no others.
pub async fn set_undeleted(db: &Db, person: &str, chat: &[u8], left: &[i32]) -> Result<(), sqlx::Error> {
    let mut tx = db.write.begin().await?;
    sqlx::query("DELETE FROM undeleted_message WHERE person = $1").bind(person).execute(&mut *tx).await?;
    for chunk in left.chunks(100) {
        let sql = format!(
            "INSERT INTO undeleted_message (person, chat, message_id, sent_at)
             SELECT person, $1, message_id, sent_at FROM tracked_message WHERE person = $2 AND message_id IN ({})",
            placeholders(3, chunk.len())
        );
        let mut insert = sqlx::query(&sql).bind(chat).bind(person);
        for id in chunk {
            insert = insert.bind(id);
        }
        insert.execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Messages a quick exit could not delete and Telegram still lets us try,
/// per person: (person, sealed chat, ids).
pub async fn undeleted(db: &Db, now: i64) -> Result<Vec<(String, Vec<u8>, Vec<i32>)>, sqlx::Error> {
    let rows: Vec<(String, Vec<u8>, i32)> = sqlx::query_as(
        "SELECT person, chat, message_id FROM undeleted_message WHERE sent_at > $1 ORDER BY person, message_id",
    )
    .bind(now - DELETABLE_FOR_SECS)
    .fetch_all(&db.read)
    .await?;
    let mut chats: Vec<(String, Vec<u8>, Vec<i32>)> = vec![];
    for (person, chat, id) in rows {
        match chats.last_mut() {
            Some((p, _, ids)) if *p == person => ids.push(id),
            _ => chats.push((person, chat, vec![id])),
        }
    }
    Ok(chats)
}

/// Forgets ids that are deleted now, in both tables.
pub async fn deleted(db: &Db, person: &str, ids: &[i32]) -> Result<(), sqlx::Error> {
    let mut tx = db.write.begin().await?;
    for table in ["tracked_message", "undeleted_message"] {
        for chunk in ids.chunks(100) {
            let sql =
                format!("DELETE FROM {table} WHERE person = $1 AND message_id IN ({})", placeholders(2, chunk.len()));
            let mut delete = sqlx::query(&sql).bind(person);
            for id in chunk {
                delete = delete.bind(id);
            }
            delete.execute(&mut *tx).await?;
        }
    }
    tx.commit().await
}

/// Every table that holds rows keyed by a person. `/forget` empties each of
/// them for the person, and the tests check that this list covers the schema.
pub const PERSON_TABLES: &[&str] = &[
    "dialogue_state",
    "tracked_message",
    "feedback",
    "undeleted_message",
    "consult_answer",
    "consult_question",
    "webinar_reminder",
    "webinar_subscriber",
    "announcement_queue",
];

/// Deletes everything stored about `person`, all or nothing.
pub async fn forget(db: &Db, person: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.write.begin().await?;
    for table in PERSON_TABLES {
        sqlx::query(&format!("DELETE FROM {table} WHERE person = $1")).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await
}
