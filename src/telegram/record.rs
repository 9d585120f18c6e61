//! Recording each message of her chat for the quick exit, the moment it
//! exists, with its own Telegram `date`; and each chat's wipe epoch.
//!
//! Apart from `erase.rs`, which deletes what is recorded here, so that
//! whatever sends a message (the dialogue, consultations, webinars,
//! announcements, the pipeline's notes) can record it without depending on
//! the erasure, which in turn calls into those features.
//!
//! The epoch counts the wipes (quick exit, `/forget`) of a chat since the
//! bot started. An update is stamped with its chat's epoch when it is
//! taken; a wipe raises it. Whatever an update stamped before the wipe would
//! still send is refused, and what it sent while the wipe read the records
//! is deleted at once, so nothing appears under the decoy.

use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use teloxide::{
    prelude::*,
    types::{ChatId, MessageId},
};

use super::{App, Tg, send::briefly};
use crate::storage as db;

/// Wipes begun per chat since the bot started. For a process alone, only
/// in memory: an update never outlives the process (what is left in the
/// inbox after a crash is stamped anew when it is taken again). With
/// replicas the epoch lives in the database (`replica.rs`) and this is
/// this replica's copy, raised to it whenever it is read.
#[derive(Default)]
pub struct Epochs(Mutex<HashMap<i64, u64>>);

impl Epochs {
    pub fn current(&self, chat: ChatId) -> u64 {
        self.lock().get(&chat.0).copied().unwrap_or_default()
    }

    /// A wipe of `chat` begins: every update stamped before is stale.
    pub fn raise(&self, chat: ChatId) -> u64 {
        let mut epochs = self.lock();
        let epoch = epochs.entry(chat.0).or_default();
        *epoch += 1;
        *epoch
    }

    /// Replicas: `chat`'s epoch is at least the shared one, `epoch`
    /// (raised by another replica's wipe). The epoch now.
    pub fn at_least(&self, chat: ChatId, epoch: u64) -> u64 {
        let mut epochs = self.lock();
        let known = epochs.entry(chat.0).or_default();
        *known = (*known).max(epoch);
        *known
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, u64>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The chat and epoch of the update being handled; set by the pipeline
/// around each update, so every [`Recorder`] a handler begins for that chat
/// carries the update's stamp, not the epoch at the time it begins.
#[derive(Clone, Copy, Debug)]
pub struct Stamp {
    pub chat: ChatId,
    pub epoch: u64,
}

tokio::task_local! {
    pub static STAMP: Stamp;
}

/// Records one turn's messages of her chat (hers and the bot's) for the
/// quick exit, under the epoch of the update that began it.
pub struct Recorder<'a> {
    pub bot: &'a Tg,
    pub app: &'a App,
    pub chat: ChatId,
    pub person: &'a str,
    /// [`UNKNOWN`] until first needed, for a turn no update began when
    /// replicas share epochs: then the shared epoch at its first send.
    epoch: AtomicU64,
}

/// The epoch of a [`Recorder`] not read yet.
const UNKNOWN: u64 = u64::MAX;

impl<'a> Recorder<'a> {
    pub fn begin(bot: &'a Tg, app: &'a App, chat: ChatId, person: &'a str) -> Self {
        let stamped = STAMP.try_with(|s| *s).ok().filter(|s| s.chat == chat).map(|s| s.epoch);
        let epoch = match stamped {
            Some(epoch) => epoch,
            None if app.replica.is_some() => UNKNOWN,
            None => app.epochs.current(chat),
        };
        Self { bot, app, chat, person, epoch: AtomicU64::new(epoch) }
    }

    /// Whether a wipe of her chat began after this turn's update was taken
    /// (or, for a turn no update began, after its first send): then nothing
    /// more of the turn may be sent. With replicas, a wipe through any of
    /// them counts (one read of the database).
    pub async fn stale(&self) -> bool {
        let now = self.app.epoch_now(self.chat).await;
        let mine = match self.epoch.compare_exchange(UNKNOWN, now, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => now,
            Err(mine) => mine,
        };
        now != mine
    }

    /// Records a message of her chat by its id and the date Telegram gives
    /// it (unix seconds). Only the outbox (`outbox.rs`) calls it, for every
    /// message it sends.
    pub(super) async fn id(&self, id: MessageId, date: i64) -> Result<(), sqlx::Error> {
        let written = write(self.app, self.person, id, date).await;
        if self.stale().await {
            // Sent while a wipe read the records: it may have missed it.
            // If this fails too, the record written above is what is left
            // for a later wipe (unless this wipe cleared it already).
            if let Err(e) = briefly(self.bot.delete_message(self.chat, id)).await {
                tracing::warn!(error = %super::redact::Redacted(&e), "a message sent during a quick exit could not be deleted");
            }
        }
        written
    }
}

/// Ids that could not be recorded yet, (person, message id, date), kept in
/// memory while the database cannot take them.
#[derive(Default)]
pub struct Unrecorded(Mutex<Vec<(String, i32, i64)>>);

impl Unrecorded {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, i32, i64)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
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
            let mut unrecorded = app.unrecorded.lock();
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

/// Writes the ids kept in memory while the database could not take them.
pub(super) async fn write_unrecorded(app: &App) {
    let waiting = std::mem::take(&mut *app.unrecorded.lock());
    for (i, (person, id, date)) in waiting.iter().enumerate() {
        if db::privacy::track(&app.db, person, &[*id], *date).await.is_err() {
            app.unrecorded.lock().extend(waiting[i..].iter().cloned());
            return;
        }
    }
}
