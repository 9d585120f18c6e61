//! The gate between Telegram's update stream and the dispatcher.
//!
//! teloxide's dispatcher queues at most 64 updates per chat and stops taking
//! updates for *every* chat while one chat's queue is full, so one person
//! sending a few hundred messages in a burst stalled everyone. The gate sits
//! in front of it: each chat has a token bucket (`governor`, keyed by chat),
//! what exceeds it is dropped, and the person is told once per burst that
//! she is going too fast. The quick exit never passes the bucket or the
//! queue: it is handled at once in its own task (see
//! [`handlers::on_priority`]), so a flood, even her own, never delays it.

use std::{collections::HashSet, convert::Infallible, num::NonZeroU32, sync::Arc, sync::Mutex};

use futures_util::StreamExt;
use governor::{DefaultKeyedRateLimiter, Quota};
use teloxide::{
    prelude::*,
    stop::StopToken,
    types::{AllowedUpdate, UpdateKind},
    update_listeners::{StatefulListener, UpdateListener},
};
use tokio::sync::mpsc;

use super::{App, Tg, command, handlers, send};
use crate::{
    dialogue::{
        Content,
        callback::{self, Press},
        engine::{self, Input},
        ui,
    },
    storage as db,
};

/// A burst a person can plausibly make (tapping through screens, pasting a
/// few lines), then about one update a second: the pace at which the bot
/// can answer one chat within Telegram's sending limits, so her queue in
/// the dispatcher never grows towards its 64.
const BURST: u32 = 20;
const PER_SECOND: u32 = 1;

/// Per-chat input limits, and who was told she is going too fast.
pub struct Gate {
    /// `None` when sending is not throttled either (`KADAM_THROTTLE=off`, a
    /// local Bot API in tests and benchmarks): the bot then answers as fast
    /// as updates come, so no chat's queue builds up and nothing is dropped.
    per_chat: Option<DefaultKeyedRateLimiter<i64>>,
    told: Mutex<HashSet<i64>>,
}

impl Gate {
    /// A gate that limits input when `limited`, that is when sending keeps
    /// to Telegram's rates (the limit is the pace those rates allow).
    pub fn new(limited: bool) -> Self {
        let n = |n: u32| NonZeroU32::new(n).expect("non-zero");
        let quota = Quota::per_second(n(PER_SECOND)).allow_burst(n(BURST));
        Self { per_chat: limited.then(|| DefaultKeyedRateLimiter::keyed(quota)), told: Mutex::default() }
    }

    /// Whether one more update from `chat` keeps within its bucket.
    fn admits(&self, chat: i64) -> bool {
        self.per_chat.as_ref().is_none_or(|l| l.check_key(&chat).is_ok())
    }

    /// Forgets chats that have been quiet, so the table does not grow forever.
    pub fn shrink(&self) {
        if let Some(l) = &self.per_chat {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

/// The updates `inner` delivers, minus what exceeds a person's rate, and
/// minus the quick exits, which run at once beside the dispatcher.
pub fn gated<L>(app: Arc<App>, bot: Tg, mut inner: L) -> impl UpdateListener<Err = Infallible>
where
    L: UpdateListener + Send + 'static,
    L::Err: std::error::Error + Send + 'static,
{
    // Told explicitly: the dispatcher's hint would reach our wrapper, not `inner`.
    inner.hint_allowed_updates(
        &mut [
            AllowedUpdate::Message,
            AllowedUpdate::EditedMessage,
            AllowedUpdate::CallbackQuery,
            AllowedUpdate::ChannelPost,
        ]
        .into_iter(),
    );
    let stop = inner.stop_token();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let stream = inner.as_stream();
        futures_util::pin_mut!(stream);
        while let Some(next) = stream.next().await {
            match next {
                Ok(update) => pass(&app, &bot, &tx, update),
                Err(e) => tracing::warn!(error = %super::redact::Redacted(&e), "cannot get updates from Telegram"),
            }
        }
        // `tx` dropped here ends the dispatcher's stream after a stop.
    });
    StatefulListener::new((rx, stop), updates, |st: &mut Gated| st.1.clone())
}

type Gated = (mpsc::UnboundedReceiver<Result<Update, Infallible>>, StopToken);

fn updates(st: &mut Gated) -> impl futures_util::Stream<Item = Result<Update, Infallible>> + Send + '_ {
    futures_util::stream::poll_fn(move |cx| st.0.poll_recv(cx))
}

/// Routes one update: the quick exit to its own task, the rest through the
/// chat's bucket to the dispatcher.
fn pass(app: &Arc<App>, bot: &Tg, tx: &mpsc::UnboundedSender<Result<Update, Infallible>>, update: Update) {
    // A live location moving on is dropped here, before it costs her a
    // place in her bucket (the handler ignores it too).
    if let UpdateKind::EditedMessage(m) = &update.kind
        && handlers::is_live_location(m)
    {
        return;
    }
    let Some(chat) = update.chat().filter(|c| c.is_private()).map(|c| c.id) else {
        let _ = tx.send(Ok(update));
        return;
    };
    if is_quick_exit(&app.content.load(), &update) {
        tokio::spawn(handlers::on_priority(bot.clone(), app.clone(), update));
        return;
    }
    let mut told = app.gate.told.lock().unwrap_or_else(|e| e.into_inner());
    if app.gate.admits(chat.0) {
        told.remove(&chat.0);
        drop(told);
        let _ = tx.send(Ok(update));
    } else if told.insert(chat.0) {
        drop(told);
        let hint = update.from().and_then(|u| u.language_code.clone());
        tokio::spawn(tell_too_fast(bot.clone(), app.clone(), chat, hint));
    }
}

/// Whether the update asks for the quick exit the way the engine would
/// read it: `/exit`, an exit keyword, or the quick-exit button.
fn is_quick_exit(content: &Content, update: &Update) -> bool {
    match &update.kind {
        UpdateKind::Message(m) => match m.text().map(command::text_input) {
            Some(Input::Command { name, .. }) => name == "exit",
            Some(Input::Text(text)) => engine::is_exit_keyword(content, &text),
            _ => false,
        },
        UpdateKind::CallbackQuery(q) => {
            q.data.as_deref().is_some_and(|d| callback::decode(&content.fingerprint, d) == Ok(Press::Exit))
        }
        _ => false,
    }
}

async fn tell_too_fast(bot: Tg, app: Arc<App>, chat: ChatId, hint: Option<String>) {
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = super::record::Recorder::begin(&bot, &app, chat, &person);
    let chosen = db::state::load(&app.db, &person).await.ok().flatten().and_then(|s| s.lang);
    let lang = chosen
        .or_else(|| hint.as_deref().and_then(|h| content.locales.find(h)).cloned())
        .unwrap_or_else(|| content.locales.default_lang().clone());
    let text = content.locales.text(&lang, ui::NOTE_TOO_FAST, None, None);
    app.rate.until_ready(chat).await;
    match send::retrying(bot.send_message(chat, text)).await {
        Ok(sent) => {
            if let Err(e) = record.message(&sent).await {
                tracing::warn!(error = %super::redact::Redacted(&e), "could not record the too-fast note for deletion");
            }
        }
        Err(e) => tracing::debug!(error = %super::redact::Redacted(&e), "could not send the too-fast note"),
    }
}
