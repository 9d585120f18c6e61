//! Files sent to coordinators that must be deleted from their chat later
//! (see `migrations/0010_export_sent.sql`): remembered when sent, listed
//! when due, dropped once deleted.

use super::Db;

/// A file in a coordinator's chat and when it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentFile {
    pub chat: i64,
    pub message_id: i32,
}

pub async fn remember(db: &Db, file: SentFile, delete_at: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO export_sent (chat, message_id, delete_at) VALUES ($1, $2, $3)
         ON CONFLICT (chat, message_id) DO UPDATE SET delete_at = excluded.delete_at",
    )
    .bind(file.chat)
    .bind(file.message_id)
    .bind(delete_at)
    .execute(&db.write)
    .await?;
    Ok(())
}

/// The files whose time has come, oldest first.
pub async fn due(db: &Db, now: i64) -> Result<Vec<SentFile>, sqlx::Error> {
    let rows: Vec<(i64, i32)> =
        sqlx::query_as("SELECT chat, message_id FROM export_sent WHERE delete_at <= $1 ORDER BY delete_at")
            .bind(now)
            .fetch_all(&db.read)
            .await?;
    Ok(rows.into_iter().map(|(chat, message_id)| SentFile { chat, message_id }).collect())
}

pub async fn done(db: &Db, file: SentFile) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM export_sent WHERE chat = $1 AND message_id = $2")
        .bind(file.chat)
        .bind(file.message_id)
        .execute(&db.write)
        .await?;
    Ok(())
}
