//! One ordered queue per chat, served fairly by a small pool of workers.
//!
//! Every update the intake takes comes here, stamped with its chat's wipe
//! epoch ([`super::record::Epochs`]). Each chat's updates are handled in
//! order, one at a time; the workers take the chat served least recently
//! first, so a newcomer is answered next however long other queues are,
//! and chats with long queues take turns. A chat's queue is bounded (the
//! oldest updates go first and she is told once that she is going too
//! fast), and so is the whole backlog (the oldest updates of the longest
//! queues go first). Her dropped messages were recorded at intake, so a
//! wipe still finds them, and a dropped press is still answered.
//!
//! The quick exit and the "delete everything" press never queue: they
//! raise the chat's epoch, drop what of her chat waits here, and run at
//! once; the chat's later updates wait until they are done. Whatever the
//! update in flight for her chat would still send is refused or deleted
//! (see `record.rs`), so nothing appears under the decoy.
//!
//! Every callback query was answered at intake, once, before its update
//! came here: no handler needs to, and a dropped press is not left spinning.

use std::{
    collections::{BTreeSet, HashMap, VecDeque},
    sync::{Arc, Mutex},
};

use teloxide::{dispatching::UpdateHandler, prelude::*};
use tokio::sync::Notify;

use super::{
    App, Tg, handlers,
    record::{STAMP, Stamp},
    redacted,
};
use crate::storage as db;

/// One update, taken and kept in the inbox, on its way to a handler.
pub struct Taken {
    /// Telegram's update id, also the inbox key.
    pub id: i64,
    /// Its chat (`ChatId(0)`: an update without one).
    pub chat: ChatId,
    pub update: Update,
    /// The quick exit or "delete everything": jumps the queue and wipes.
    pub wipe: bool,
    /// Its chat's epoch as the replicas share it (`replica.rs`); `None`
    /// for a process alone, which keeps epochs in memory.
    pub epoch: Option<u64>,
}

/// A taken update with the epoch of its chat when it was taken.
struct Queued {
    taken: Taken,
    epoch: u64,
}

/// How much may wait.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub per_chat: usize,
    pub total: usize,
}

impl Limits {
    /// Under Telegram's sending rates one chat is answered about once a
    /// second, so a queue of 20 is 20 seconds of her flood; without them
    /// (a local Bot API in tests and benchmarks) the bot answers as fast as
    /// updates come, and the bounds only guard memory.
    pub fn new(throttled: bool) -> Self {
        if throttled { Self { per_chat: 20, total: 2_000 } } else { Self { per_chat: 1_000, total: 20_000 } }
    }
}

pub struct Pipeline {
    queues: Mutex<Queues>,
    work: Notify,
    limits: Limits,
    /// Told each chat that has nothing left here, so a replica can give
    /// her chat up (`replica.rs`); `None` for a process alone.
    idle: Option<tokio::sync::mpsc::UnboundedSender<ChatId>>,
}

#[derive(Default)]
struct Queues {
    chats: HashMap<i64, Chat>,
    /// Chats with work and no update in flight, by when they were last served.
    ready: BTreeSet<(u64, i64)>,
    /// Counts the updates handed to workers: the order of service.
    tick: u64,
    total: usize,
    stopping: bool,
}

#[derive(Default)]
struct Chat {
    queue: VecDeque<Queued>,
    /// An update of this chat is with a worker.
    busy: bool,
    /// Wipes of this chat still running: its queue waits for them.
    wiping: u32,
    /// When a worker last took one of its updates (0: never, or long ago).
    served: u64,
    /// Told she is going too fast since her queue was last empty.
    told: bool,
}

impl Chat {
    fn idle(&self) -> bool {
        self.queue.is_empty() && !self.busy && self.wiping == 0
    }
}

/// What admitting an update set in motion beside the queue.
#[derive(Default)]
struct Admitted {
    dropped: Vec<Taken>,
    tell: bool,
}

impl Pipeline {
    pub fn new(limits: Limits, idle: Option<tokio::sync::mpsc::UnboundedSender<ChatId>>) -> Self {
        Self { queues: Mutex::default(), work: Notify::new(), limits, idle }
    }

    /// Whether nothing of `chat` waits or runs here.
    pub fn is_idle(&self, chat: ChatId) -> bool {
        !self.lock().chats.contains_key(&chat.0)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Queues> {
        self.queues.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Puts a taken update in its chat's queue, or runs a wipe at once.
    pub fn admit(&self, app: &Arc<App>, bot: &Tg, handler: &Arc<UpdateHandler<anyhow::Error>>, taken: Taken) {
        let chat = taken.chat;
        let hint = taken.update.from().and_then(|u| u.language_code.clone());
        let shared = taken.epoch.inspect(|&epoch| {
            app.epochs.at_least(chat, epoch);
        });
        let admitted = if taken.wipe {
            let epoch = shared.unwrap_or_else(|| app.epochs.raise(chat));
            let dropped = self.hold_for_wipe(chat);
            let (app, bot, handler) = (app.clone(), bot.clone(), handler.clone());
            tokio::spawn(async move {
                handle(&app, &bot, &handler, Queued { taken, epoch }).await;
                app.pipeline.wiped(chat);
            });
            Admitted { dropped, tell: false }
        } else {
            let epoch = shared.unwrap_or_else(|| app.epochs.current(chat));
            self.enqueue(Queued { taken, epoch })
        };
        if !admitted.dropped.is_empty() {
            tokio::spawn(discard(app.clone(), admitted.dropped));
        }
        if admitted.tell {
            tokio::spawn(handlers::too_fast(bot.clone(), app.clone(), chat, hint));
        }
    }

    fn enqueue(&self, queued: Queued) -> Admitted {
        let mut admitted = Admitted::default();
        let mut q = self.lock();
        let key = queued.taken.chat.0;
        let chat = q.chats.entry(key).or_default();
        while chat.queue.len() >= self.limits.per_chat {
            let Some(oldest) = chat.queue.pop_front() else { break };
            admitted.dropped.push(oldest.taken);
            admitted.tell |= !std::mem::replace(&mut chat.told, true) && key > 0;
        }
        let dropped_here = admitted.dropped.len();
        chat.queue.push_back(queued);
        let wake = !chat.busy && chat.wiping == 0;
        let served = chat.served;
        q.total = q.total + 1 - dropped_here;
        if wake {
            q.ready.insert((served, key));
        }
        while q.total > self.limits.total {
            match q.shed() {
                Some(shed) => admitted.dropped.push(shed),
                None => break,
            }
        }
        drop(q);
        if wake {
            self.work.notify_one();
        }
        admitted
    }

    /// A wipe of `chat` begins: what waits of her chat is dropped, and her
    /// later updates wait until [`Self::wiped`].
    fn hold_for_wipe(&self, chat: ChatId) -> Vec<Taken> {
        let mut q = self.lock();
        let entry = q.chats.entry(chat.0).or_default();
        entry.wiping += 1;
        let dropped: Vec<Taken> = entry.queue.drain(..).map(|queued| queued.taken).collect();
        let served = entry.served;
        q.total -= dropped.len();
        q.ready.remove(&(served, chat.0));
        dropped
    }

    fn wiped(&self, chat: ChatId) {
        self.finish(chat, |c| c.wiping -= 1);
    }

    /// The next update to handle: from the chat served least recently.
    /// `None` once the pipeline stops.
    async fn next(&self) -> Option<Queued> {
        loop {
            let notified = self.work.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut q = self.lock();
                if q.stopping {
                    return None;
                }
                if let Some((_, key)) = q.ready.pop_first() {
                    q.tick += 1;
                    let tick = q.tick;
                    let chat = q.chats.get_mut(&key).expect("a ready chat has a queue");
                    chat.busy = true;
                    chat.served = tick;
                    if let Some(next) = chat.queue.pop_front() {
                        q.total -= 1;
                        return Some(next);
                    }
                    chat.busy = false;
                    continue;
                }
            }
            notified.await;
        }
    }

    /// A worker is done with an update of `chat`.
    fn done(&self, chat: ChatId) {
        self.finish(chat, |c| c.busy = false);
    }

    fn finish(&self, chat: ChatId, change: impl FnOnce(&mut Chat)) {
        let mut q = self.lock();
        let Some(entry) = q.chats.get_mut(&chat.0) else { return };
        change(entry);
        if entry.idle() {
            q.chats.remove(&chat.0);
            drop(q);
            if let Some(idle) = &self.idle {
                let _ = idle.send(chat);
            }
            return;
        }
        let wake = !entry.busy && entry.wiping == 0 && !entry.queue.is_empty();
        let served = entry.served;
        if wake {
            q.ready.insert((served, chat.0));
            drop(q);
            self.work.notify_one();
        }
    }

    /// Stops handing out updates; what waits stays in the inbox for the next start.
    pub fn stop(&self) {
        self.lock().stopping = true;
        self.work.notify_waiters();
    }
}

impl Queues {
    /// Drops the oldest update of the longest queue (never a wipe: those
    /// do not queue).
    fn shed(&mut self) -> Option<Taken> {
        let key = self.chats.iter().max_by_key(|(_, c)| c.queue.len()).map(|(k, _)| *k)?;
        let chat = self.chats.get_mut(&key)?;
        let oldest = chat.queue.pop_front()?;
        if chat.queue.is_empty() {
            let served = chat.served;
            self.ready.remove(&(served, key));
            if chat.idle() {
                self.chats.remove(&key);
            }
        }
        self.total -= 1;
        Some(oldest.taken)
    }
}

/// `workers` tasks handing updates to `handler` until the pipeline stops.
pub fn spawn_workers(
    app: &Arc<App>,
    bot: &Tg,
    handler: &Arc<UpdateHandler<anyhow::Error>>,
    workers: usize,
) -> tokio::task::JoinSet<()> {
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..workers {
        let (app, bot, handler) = (app.clone(), bot.clone(), handler.clone());
        set.spawn(async move {
            while let Some(queued) = app.pipeline.next().await {
                let chat = queued.taken.chat;
                handle(&app, &bot, &handler, queued).await;
                app.pipeline.done(chat);
            }
        });
    }
    set
}

/// Handles one update: dropped unhandled if a wipe of its chat began after
/// it was taken, otherwise routed. Either way it leaves the inbox.
async fn handle(app: &Arc<App>, bot: &Tg, handler: &UpdateHandler<anyhow::Error>, queued: Queued) {
    let Queued { taken, epoch } = queued;
    if epoch != app.epoch_now(taken.chat).await {
        tracing::debug!(update = taken.id, "an update from before a wipe of its chat is dropped unhandled");
        discard(app.clone(), vec![taken]).await;
        return;
    }
    let stamp = Stamp { chat: taken.chat, epoch };
    let deps = dptree::deps![bot.clone(), app.clone(), taken.update];
    let routed = STAMP.scope(stamp, handler.dispatch(deps)).await;
    if let std::ops::ControlFlow::Break(Err(e)) = routed {
        tracing::error!(error = %redacted(&e), "an update handler failed");
    }
    tracing::trace!(update = taken.id, "handled");
    if let Err(e) = db::inbox::done(&app.db, &[taken.id]).await {
        tracing::warn!(error = %e, "could not take a handled update out of the inbox");
    }
}

/// Updates dropped unhandled (their presses were answered at intake):
/// their rows leave the inbox.
async fn discard(app: Arc<App>, dropped: Vec<Taken>) {
    let ids: Vec<i64> = dropped.iter().map(|t| t.id).collect();
    if let Err(e) = db::inbox::done(&app.db, &ids).await {
        tracing::warn!(error = %e, "could not take dropped updates out of the inbox");
    }
}
