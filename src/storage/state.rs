//! Dialogue state per person, keyed by pseudonym, as the engine's JSON.
//!
//! A stored state that no longer parses (a format change, a hand edit) is
//! treated as a fresh start rather than an error: the person sees the main
//! menu instead of a broken bot.

use sqlx::{AnyConnection, Row};

use super::Db;
use crate::dialogue::engine::State;

pub async fn load(db: &Db, person: &str) -> Result<Option<State>, sqlx::Error> {
    Ok(load_seen(db, person, 0).await?.map(|(state, _)| state))
}

/// The state a turn of update `update` begins from, and when it was last
/// saved (unix seconds), which tells whether this is her first turn of the
/// week for the anonymous reach counts. When the saved state was written by
/// this very update (handled again after a crash), the state it began from:
/// see `migrations/0041_dialogue_state_update.sql`.
pub async fn load_seen(db: &Db, person: &str, update: i64) -> Result<Option<(State, i64)>, sqlx::Error> {
    let row = sqlx::query("SELECT state, updated_at, last_update, turn_from FROM dialogue_state WHERE person = $1")
        .bind(person)
        .fetch_optional(&db.read)
        .await?;
    Ok(row.map(|row| {
        let from: Option<String> = (update != 0 && row.get::<i64, _>(2) == update).then(|| row.get(3)).flatten();
        if from.is_some() {
            tracing::debug!("an update handled before a crash came again; stepped from where it began");
        }
        let json: String = from.unwrap_or_else(|| row.get(0));
        let state = serde_json::from_str(&json).unwrap_or_else(|e| {
            tracing::warn!(error = %e, "stored dialogue state does not parse; starting fresh");
            State::default()
        });
        (state, row.get(1))
    }))
}

pub async fn save(db: &Db, person: &str, state: &State, now: i64) -> Result<(), sqlx::Error> {
    save_turn(db, person, state, now, &Turn::default()).await
}

/// Which update's turn saves a state, and the state it began from.
#[derive(Default)]
pub struct Turn<'a> {
    pub update: i64,
    pub from: Option<&'a State>,
}

/// [`save`] by a turn, which, handled again, begins from the same state.
pub async fn save_turn(db: &Db, person: &str, state: &State, now: i64, turn: &Turn<'_>) -> Result<(), sqlx::Error> {
    save_in(&mut *db.write.acquire().await?, person, state, now, turn).await
}

/// [`save_turn`] on a connection of the caller's, e.g. inside a transaction.
pub async fn save_in(
    conn: &mut AnyConnection,
    person: &str,
    state: &State,
    now: i64,
    turn: &Turn<'_>,
) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(state).expect("state serializes");
    let from = turn.from.map(|from| serde_json::to_string(from).expect("state serializes"));
    sqlx::query(
        "INSERT INTO dialogue_state (person, state, updated_at, last_update, turn_from) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at,
             last_update = excluded.last_update, turn_from = excluded.turn_from",
    )
    .bind(person)
    .bind(json)
    .bind(now)
    .bind(turn.update)
    .bind(from)
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
