//! Dialogue state per person, keyed by pseudonym, as the engine's JSON.
//!
//! A stored state that no longer parses (a format change, a hand edit) is
//! treated as a fresh start rather than an error: the person sees the main
//! menu instead of a broken bot.

use sqlx::{AnyConnection, Row};

use super::Db;
use crate::dialogue::engine::State;

pub async fn load(db: &Db, person: &str) -> Result<Option<State>, sqlx::Error> {
    Ok(load_seen(db, person).await?.map(|(state, _)| state))
}

/// The state and when it was last saved (unix seconds), which tells whether
/// this is her first turn of the week for the anonymous reach counts.
pub async fn load_seen(db: &Db, person: &str) -> Result<Option<(State, i64)>, sqlx::Error> {
    let row = sqlx::query("SELECT state, updated_at FROM dialogue_state WHERE person = $1")
        .bind(person)
        .fetch_optional(&db.read)
        .await?;
    Ok(row.map(|row| {
        let json: String = row.get(0);
        let state = serde_json::from_str(&json).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "stored dialogue state does not parse; starting fresh");
            State::default()
        });
        (state, row.get(1))
    }))
}

pub async fn save(db: &Db, person: &str, state: &State, now: i64) -> Result<(), sqlx::Error> {
    save_in(&mut *db.write.acquire().await?, person, state, now).await
}

/// [`save`] on a connection of the caller's, e.g. inside a transaction.
pub async fn save_in(conn: &mut AnyConnection, person: &str, state: &State, now: i64) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(state).expect("state serializes");
    sqlx::query(
        "INSERT INTO dialogue_state (person, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (person) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(person)
    .bind(json)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn media_file_id(db: &Db, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT file_id FROM media_file WHERE media_key = $1").bind(key).fetch_optional(&db.read).await
}

pub async fn remember_media_file_id(db: &Db, key: &str, file_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO media_file (media_key, file_id) VALUES ($1, $2)
         ON CONFLICT (media_key) DO UPDATE SET file_id = excluded.file_id",
    )
    .bind(key)
    .bind(file_id)
    .execute(&db.write)
    .await?;
    Ok(())
}

/// Deletes states not touched since `cutoff` (unix seconds).
pub async fn purge_inactive(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM dialogue_state WHERE updated_at < $1").bind(cutoff).execute(&db.write).await?;
    Ok(done.rows_affected())
}
