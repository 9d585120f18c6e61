//! Recording each message of her chat for the quick exit, the moment it
//! exists, with its own Telegram `date`. Apart from `erase.rs`, which
//! deletes what is recorded here, so that whatever sends a message (the
//! dialogue, consultations, the gate) can record it without depending on
//! the erasure, which in turn calls into those features.

use teloxide::{prelude::*, types::MessageId};

use super::App;
use crate::storage as db;

/// Records a message of her chat (hers or the bot's) for the quick exit,
/// with the time Telegram says it was sent.
pub async fn record(app: &App, person: &str, message: &Message) -> Result<(), sqlx::Error> {
    record_id(app, person, message.id, message.date.timestamp()).await
}

/// [`record`] for a message known by its id and date (unix seconds).
///
/// When the database cannot take it (locked, failing), the id is kept in
/// memory and written with the next record that succeeds or before the next
/// wipe, so a message sent while the database was down is still deleted.
pub async fn record_id(app: &App, person: &str, id: MessageId, date: i64) -> Result<(), sqlx::Error> {
    match db::privacy::track(&app.db, person, &[id.0], date).await {
        Ok(()) => {
            write_unrecorded(app).await;
            Ok(())
        }
        Err(e) => {
            let mut unrecorded = unrecorded();
            if unrecorded.len() >= UNRECORDED_LIMIT {
                unrecorded.remove(0);
            }
            unrecorded.push((person.to_owned(), id.0, date));
            Err(e)
        }
    }
}

/// At most this many ids wait in memory for the database to come back.
const UNRECORDED_LIMIT: usize = 10_000;

/// Ids that could not be recorded yet: (person, message id, date).
fn unrecorded() -> std::sync::MutexGuard<'static, Vec<(String, i32, i64)>> {
    static UNRECORDED: std::sync::Mutex<Vec<(String, i32, i64)>> = std::sync::Mutex::new(Vec::new());
    UNRECORDED.lock().unwrap_or_else(|e| e.into_inner())
}

/// Writes the ids kept in memory while the database could not take them.
pub(super) async fn write_unrecorded(app: &App) {
    let waiting = std::mem::take(&mut *unrecorded());
    for (i, (person, id, date)) in waiting.iter().enumerate() {
        if db::privacy::track(&app.db, person, &[*id], *date).await.is_err() {
            unrecorded().extend(waiting[i..].iter().cloned());
            return;
        }
    }
}
