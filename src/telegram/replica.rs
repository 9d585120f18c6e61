//! Several `kadam run` processes sharing one database and one token
//! (`KADAM_REPLICAS=shared`); docs/architecture.md, "Replicas", tells the
//! whole story.
//!
//! * **Polling lease.** Telegram answers a second `getUpdates` caller with
//!   409 Conflict, so only the replica holding the `poll` lease polls
//!   (`storage::replica::lease`). It renews the lease every
//!   [`TICK`]; dead, it stops renewing, and another replica takes the lease
//!   once it runs out ([`LEASE`]), well within 5 s. A 409 makes a replica
//!   give the lease up and wait before asking again.
//! * **Shared inbox.** The poller (or, with a webhook, whichever replica
//!   Telegram reached) writes updates to the inbox with their chat's
//!   pseudonym. Every replica claims chats nobody holds and hands their
//!   updates to its own [`Pipeline`](super::pipeline::Pipeline): one replica
//!   per chat at a time, so her updates keep their order. Claims are renewed
//!   with the lease and given up when the replica has nothing of hers left;
//!   a dead replica's claims run out ([`CLAIM`]) and her pending updates go
//!   to another.
//! * **Wipe epoch in the database.** A quick exit or `/forget` raises her
//!   chat's epoch in the database, drops her pending updates from before it
//!   and takes her chat from whichever replica had it. Every replica reads
//!   her epoch before it handles an update and before each send, so what a
//!   replica holds of her chat is dropped unsent.
//!
//! A process alone (the default) has no `Replica` and pays for none of this.

use std::{
    collections::HashMap,
    sync::{
        Arc,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use teloxide::types::ChatId;
use tokio::sync::{Mutex, Notify, watch};

use super::App;
use crate::{clock::real_millis, storage::replica as db};

/// How often the lease and the claims are renewed, and a dead holder's
/// lease looked for.
const TICK: Duration = Duration::from_millis(500);
/// A lease runs this long unless renewed: a SIGKILLed poller is replaced
/// within `LEASE + TICK`, under the 5 s Telegram users would notice.
const LEASE: i64 = 3_000;
/// A chat claim runs this long unless renewed.
const CLAIM: i64 = 4_000;
/// After a 409 the replica waits this long before asking for the lease again.
const CONFLICT_PAUSE: i64 = 3_000;
/// How often a replica looks for updates nobody handles, when not told.
pub const LOOK_EVERY: Duration = Duration::from_millis(100);
/// Chats claimed at most per look.
const CLAIMS_AT_ONCE: i64 = 64;
/// The lease to poll Telegram.
const POLL: &str = "poll";
/// A job's lease lasts at least this long.
const JOB_LEASE: i64 = 5_000;

/// One replica among several.
pub struct Replica {
    /// This process's name in leases and claims: new at every start.
    pub me: String,
    polling: watch::Sender<bool>,
    /// No lease asked for before this time (after a 409).
    quiet_until: AtomicI64,
    /// The chats this replica holds, with the newest update it took of each.
    /// Held while claiming and while giving a chat up, so the two never cross.
    taken: Mutex<HashMap<String, i64>>,
    /// New updates are in the inbox: look now.
    pub arrived: Notify,
}

impl Replica {
    pub fn new() -> anyhow::Result<Self> {
        let me = crate::pseudonym::PseudonymKey::generate_hex()?[..16].to_owned();
        tracing::info!(me = %me, "one of several replicas");
        Ok(Self {
            me,
            polling: watch::Sender::new(false),
            quiet_until: AtomicI64::new(0),
            taken: Mutex::default(),
            arrived: Notify::new(),
        })
    }

    /// Whether this replica holds the polling lease, and its changes.
    pub fn polling(&self) -> watch::Receiver<bool> {
        self.polling.subscribe()
    }

    /// Telegram answered 409: another replica polls. Gives the lease up and
    /// keeps quiet for a while.
    pub async fn conflict(&self, app: &App) {
        tracing::warn!("Telegram says another process polls with this token; giving up the polling lease");
        self.quiet_until.store(real_millis() + CONFLICT_PAUSE, Ordering::Relaxed);
        self.polling.send_replace(false);
        if let Err(e) = db::release(&app.db, POLL, &self.me).await {
            tracing::warn!(error = %e, "could not give up the polling lease; it runs out by itself");
        }
    }

    /// Renews the lease and the claims every [`TICK`], or takes the lease
    /// when its holder stopped renewing it. Runs for the process's life.
    pub async fn keep_alive(app: Arc<App>) {
        let Some(me) = &app.replica else { return };
        let mut tick = tokio::time::interval(TICK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let now = real_millis();
            if let Err(e) = db::renew_claims(&app.db, &me.me, now + CLAIM).await {
                tracing::warn!(error = %e, "could not renew the chat claims");
            }
            let held = if now < me.quiet_until.load(Ordering::Relaxed) {
                false
            } else {
                match db::lease(&app.db, POLL, &me.me, now, now + LEASE).await {
                    Ok(held) => held,
                    Err(e) => {
                        // Unsure whether it still holds it: stop polling
                        // rather than risk a 409.
                        tracing::warn!(error = %e, "could not renew the polling lease");
                        false
                    }
                }
            };
            let was = me.polling.send_replace(held);
            if held != was {
                if held {
                    tracing::info!("this replica holds the polling lease");
                } else {
                    tracing::info!("this replica no longer polls Telegram");
                }
            }
        }
    }

    /// Claims chats that nobody handles and takes their new updates, oldest
    /// first. Returns what to hand on: the claimed rows not taken before,
    /// and the claims, held until they are in the pipeline.
    pub async fn claim(&self, app: &App) -> Result<(Claims<'_>, Vec<db::Claimed>), sqlx::Error> {
        let mut taken = self.taken.lock().await;
        let now = real_millis();
        let mut claimed = vec![];
        for chat in db::unclaimed(&app.db, now, CLAIMS_AT_ONCE).await? {
            // Also a chat of its own whose claim ran out while it was slow.
            if db::claim(&app.db, &chat, &self.me, now, now + CLAIM).await? && !taken.contains_key(&chat) {
                taken.insert(chat.clone(), i64::MIN);
                claimed.push(chat);
            }
        }
        let rows = db::claimed_rows(&app.db, &self.me, now).await?;
        let mut new = vec![];
        for row in rows {
            let newest = taken.entry(row.row.chat.clone()).or_insert(i64::MIN);
            if row.row.update_id > *newest {
                *newest = row.row.update_id;
                new.push(row);
            }
        }
        if !new.is_empty() || !claimed.is_empty() {
            let ids: Vec<i64> = new.iter().map(|c| c.row.update_id).collect();
            tracing::debug!(me = %self.me, claimed = claimed.len(), ?ids, "took updates from the shared inbox");
        }
        // Her updates were handled elsewhere between the two reads.
        for chat in claimed {
            if taken.get(&chat) == Some(&i64::MIN) {
                taken.remove(&chat);
                db::unclaim(&app.db, &chat, &self.me).await?;
            }
        }
        Ok((taken, new))
    }

    /// The pipeline has nothing of `chat` left: every update taken of it is
    /// handled or dropped, so its rows go (a dropped one may still be on its
    /// way out) and another replica may take her next update.
    pub async fn give_up(&self, app: &App, chat: ChatId) {
        let key = chat_key(app, chat);
        let mut taken = self.taken.lock().await;
        if !app.pipeline.is_idle(chat) {
            return;
        }
        let Some(newest) = taken.remove(&key) else { return };
        tracing::debug!(me = %self.me, newest, "gives a chat up");
        let given = async {
            crate::storage::inbox::done_through(&app.db, &key, newest).await?;
            db::unclaim(&app.db, &key, &self.me).await
        };
        if let Err(e) = given.await {
            tracing::warn!(error = %e, "could not give a chat up; the claim runs out by itself");
        }
    }

    /// A wipe of her chat begins with update `update_id`: raised for every
    /// replica, her chat taken for this one. The new epoch.
    pub async fn wipe(&self, app: &App, chat: &str, update_id: i64) -> Result<u64, sqlx::Error> {
        let mut taken = self.taken.lock().await;
        let now = real_millis();
        let epoch = db::wipe(&app.db, chat, update_id, &self.me, now, now + CLAIM).await?;
        taken.entry(chat.to_owned()).or_insert(i64::MIN);
        Ok(u64::try_from(epoch).unwrap_or_default())
    }

    /// Her chat's epoch as every replica sees it, also kept in this one's memory.
    pub async fn epoch(&self, app: &App, chat: ChatId) -> u64 {
        match db::epoch(&app.db, &chat_key(app, chat)).await {
            Ok(epoch) => app.epochs.at_least(chat, u64::try_from(epoch).unwrap_or_default()),
            // Her own replica's memory is the best left; the wipe's replica
            // also deletes what was sent while it read the records.
            Err(e) => {
                tracing::warn!(error = %e, "could not read a chat's wipe epoch");
                app.epochs.current(chat)
            }
        }
    }

    /// A clean stop: the lease and the claims go at once, so another
    /// replica need not wait for them to run out.
    pub async fn leave(&self, app: &App) {
        let _ = db::release(&app.db, POLL, &self.me).await;
        let _ = db::release_claims(&app.db, &self.me).await;
    }
}

/// Whether this process runs periodic job `job` (looking every `every`)
/// now: always for a process alone; with replicas, only the holder of the
/// job's lease, which asking renews. The lease outlives three looks, so the
/// holder keeps it while it lives, and another replica takes the job over
/// once it dies. A job that sends (announcements, reminders) thus keeps to
/// the token's sending rate whatever the number of replicas.
pub async fn runs(app: &App, job: &str, every: Duration) -> bool {
    let Some(me) = &app.replica else { return true };
    let lasts = i64::try_from(every.as_millis() * 3).unwrap_or(i64::MAX).max(JOB_LEASE);
    let now = real_millis();
    match db::lease(&app.db, job, &me.me, now, now.saturating_add(lasts)).await {
        Ok(held) => held,
        Err(e) => {
            tracing::warn!(error = %e, job, "could not renew a job's lease; skipping this run");
            false
        }
    }
}

/// Whether this process runs the `period_secs` job `job` for the period
/// `now` (unix seconds) falls in: always for a process alone; with
/// replicas, the first to ask for the period, once.
pub async fn runs_once(app: &App, job: &str, now: i64, period_secs: i64) -> bool {
    if app.replica.is_none() {
        return true;
    }
    match db::run_once(&app.db, job, now / period_secs.max(1)).await {
        Ok(mine) => mine,
        Err(e) => {
            tracing::warn!(error = %e, job, "could not claim a job's run; skipping it");
            false
        }
    }
}

/// The chats a replica holds, locked: see [`Replica::claim`].
pub type Claims<'a> = tokio::sync::MutexGuard<'a, HashMap<String, i64>>;

/// The claim key of a chat: its pseudonym ('' for an update without a chat).
pub fn chat_key(app: &App, chat: ChatId) -> String {
    if chat.0 == 0 { String::new() } else { app.config.pseudonym_key.pseudonym(chat.0) }
}

/// Gives up each chat the pipeline has nothing of left (see [`Replica::give_up`]).
pub async fn give_up_idle(app: Arc<App>, mut idle: tokio::sync::mpsc::UnboundedReceiver<ChatId>) {
    let Some(me) = &app.replica else { return };
    while let Some(chat) = idle.recv().await {
        me.give_up(&app, chat).await;
    }
}
