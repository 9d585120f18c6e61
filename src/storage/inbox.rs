//! The inbox: updates taken from Telegram and not yet handled (see
//! `migrations/0011_inbox.sql`). Written before Telegram is told an update
//! arrived, deleted the moment it is handled, so a crash loses nothing and
//! her words stay here no longer than her turn takes.

use super::{Db, placeholders, value_rows};

/// One update as Telegram sent it, sealed (see the migration).
#[derive(Clone, Debug)]
pub struct Row {
    pub update_id: i64,
    pub body: Vec<u8>,
    /// A button press whose spinner was already stopped.
    pub answered: bool,
}

/// Keeps the updates of one batch, with her message ids to track (person,
/// message id, date) in the same transaction: a message of hers is known
/// to the quick exit from the moment the bot has it, whatever happens to
/// the update later. Returns the rows that are new: an update id at or
/// below the newest one ever taken was seen before (Telegram delivering
/// again after a crash) and is left out.
pub async fn keep(db: &Db, rows: Vec<Row>, incoming: &[(String, i32, i64)]) -> Result<Vec<Row>, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    let last: Option<i64> =
        sqlx::query_scalar("SELECT last_update_id FROM intake WHERE only_row = 1").fetch_optional(&mut *tx).await?;
    let fresh: Vec<Row> = rows.into_iter().filter(|r| last.is_none_or(|last| r.update_id > last)).collect();
    // One multi-row INSERT per hundred rows rather than one per row: each
    // statement is two hand-offs to sqlx's SQLite thread, and a batch of
    // 100 updates used to make 200 of them.
    for chunk in fresh.chunks(100) {
        let sql =
            format!("INSERT INTO inbox (update_id, body) VALUES {} ON CONFLICT DO NOTHING", value_rows(chunk.len(), 2));
        let mut insert = sqlx::query(&sql);
        for row in chunk {
            insert = insert.bind(row.update_id).bind(&row.body);
        }
        insert.execute(&mut *tx).await?;
    }
    for chunk in incoming.chunks(100) {
        let sql = format!(
            "INSERT INTO tracked_message (person, message_id, sent_at) VALUES {} ON CONFLICT DO NOTHING",
            value_rows(chunk.len(), 3)
        );
        let mut insert = sqlx::query(&sql);
        for (person, id, date) in chunk {
            insert = insert.bind(person).bind(id).bind(date);
        }
        insert.execute(&mut *tx).await?;
    }
    if let Some(newest) = fresh.iter().map(|r| r.update_id).max() {
        sqlx::query(
            "INSERT INTO intake (only_row, last_update_id) VALUES (1, $1)
             ON CONFLICT (only_row) DO UPDATE SET last_update_id = CASE
                 WHEN excluded.last_update_id > intake.last_update_id THEN excluded.last_update_id
                 ELSE intake.last_update_id END",
        )
        .bind(newest)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(fresh)
}

/// The newest update id ever taken, for the first poll after a start.
pub async fn last_update_id(db: &Db) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT last_update_id FROM intake WHERE only_row = 1").fetch_optional(&db.read).await
}

/// What was taken but not handled before the last stop or crash, oldest first.
pub async fn pending(db: &Db) -> Result<Vec<Row>, sqlx::Error> {
    let rows: Vec<(i64, Vec<u8>, i64)> =
        sqlx::query_as("SELECT update_id, body, answered FROM inbox ORDER BY update_id").fetch_all(&db.write).await?;
    Ok(rows.into_iter().map(|(update_id, body, answered)| Row { update_id, body, answered: answered != 0 }).collect())
}

/// The presses' spinners were stopped: they are not answered again.
pub async fn answered(db: &Db, update_ids: &[i64]) -> Result<(), sqlx::Error> {
    for chunk in update_ids.chunks(100) {
        let sql = format!("UPDATE inbox SET answered = 1 WHERE update_id IN ({})", placeholders(1, chunk.len()));
        let mut update = sqlx::query(&sql);
        for id in chunk {
            update = update.bind(id);
        }
        update.execute(&db.write).await?;
    }
    Ok(())
}

/// Handled (or dropped): the update leaves the inbox at once.
pub async fn done(db: &Db, update_ids: &[i64]) -> Result<(), sqlx::Error> {
    for chunk in update_ids.chunks(100) {
        let sql = format!("DELETE FROM inbox WHERE update_id IN ({})", placeholders(1, chunk.len()));
        let mut delete = sqlx::query(&sql);
        for id in chunk {
            delete = delete.bind(id);
        }
        delete.execute(&db.write).await?;
    }
    Ok(())
}
