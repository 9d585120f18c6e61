//! Recording each message of her chat for the quick exit, the moment it
//! exists, with its own Telegram `date`. Apart from `erase.rs`, which
//! deletes what is recorded here, so that whatever sends a message (the
//! dialogue, consultations, webinars, announcements, the gate) can record
//! it without depending on the erasure, which in turn calls into those
//! features.

use std::collections::HashMap;

use teloxide::{
    prelude::*,
    types::{ChatId, MessageId},
};

use super::{App, Tg, send::briefly};
use crate::storage as db;

/// Records one turn's messages of her chat (hers and the bot's) for the
/// quick exit. Begun when the turn begins: a quick exit of hers that starts
/// while the turn is still sending may already have read what was recorded,
/// so a message of the turn recorded after that is deleted at once, and no
/// screen of the turn reappears under the decoy.
pub struct Recorder<'a> {
    pub bot: &'a Tg,
    pub app: &'a App,
    pub chat: ChatId,
    pub person: &'a str,
    wipes: u64,
}

impl<'a> Recorder<'a> {
    pub fn begin(bot: &'a Tg, app: &'a App, chat: ChatId, person: &'a str) -> Self {
        Self { bot, app, chat, person, wipes: wipes_of(person) }
    }

    /// Records a message with the time Telegram says it was sent.
    pub async fn message(&self, message: &Message) -> Result<(), sqlx::Error> {
        self.id(message.id, message.date.timestamp()).await
    }

    /// [`Self::message`] for a message known by its id and date (unix seconds).
    pub async fn id(&self, id: MessageId, date: i64) -> Result<(), sqlx::Error> {
        let written = write(self.app, self.person, id, date).await;
        if wipes_of(self.person) != self.wipes {
            // If this fails too, the record written above is what is left
            // for a later wipe (unless this wipe cleared it already).
            if let Err(e) = briefly(self.bot.delete_message(self.chat, id)).await {
                tracing::warn!(error = %super::redact::Redacted(&e), "a message sent during a quick exit could not be deleted");
            }
        }
        written
    }
}

/// Called by a wipe before it reads what is recorded: turns begun before it
/// delete what they send from now on.
pub(super) fn wipe_begins(person: &str) {
    *wipes().entry(person.to_owned()).or_default() += 1;
}

fn wipes_of(person: &str) -> u64 {
    wipes().get(person).copied().unwrap_or_default()
}

/// Wipes begun per person since the bot started. Only in memory and only
/// pseudonyms (one small entry per person who ever left quickly): a turn
/// never outlives the process, so nothing of this needs to be kept.
fn wipes() -> std::sync::MutexGuard<'static, HashMap<String, u64>> {
    static WIPES: std::sync::LazyLock<std::sync::Mutex<HashMap<String, u64>>> =
        std::sync::LazyLock::new(Default::default);
    WIPES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Writes one id.
///
/// When the database cannot take it (locked, failing), the id is kept in
/// memory and written with the next record that succeeds or before the next
/// wipe, so a message sent while the database was down is still deleted.
async fn write(app: &App, person: &str, id: MessageId, date: i64) -> Result<(), sqlx::Error> {
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
