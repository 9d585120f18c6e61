//! Taking updates from Telegram without losing one.
//!
//! Our own `getUpdates` loop (and, in webhook mode, our own hook) reads each
//! update as raw JSON. An update we cannot parse is skipped with a log line
//! that says only its kind and size; it never stalls the loop. Every other
//! update is written to the inbox (`storage::inbox`), together with the ids
//! of her incoming messages (so the quick exit finds them even if the
//! update is later dropped), *before* the next poll's offset confirms it to
//! Telegram or the hook answers 200. After a crash the inbox is handled
//! first; an update Telegram delivers again is recognised by its id and not
//! handled twice. Then each update goes to the [`Pipeline`].
//!
//! Only private chats and the staff group are served: an update from any
//! other chat is dropped here, before the inbox, and a group or channel
//! that adds the bot is left at once, without a word.
//!
//! [`Pipeline`]: super::pipeline::Pipeline

use std::{sync::Arc, time::Duration};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::post,
};
use futures_util::StreamExt;
use serde_json::{json, value::RawValue};
use teloxide::{
    dispatching::UpdateHandler,
    prelude::*,
    types::{AllowedUpdate, CallbackQueryId, Update, UpdateKind},
};
use tokio::sync::watch;

use super::{App, Tg, command, pipeline::Taken, send::briefly};
use crate::{
    dialogue::{
        Content,
        callback::{self, Press},
        engine::{self, Input},
    },
    sealed::SealKey,
    storage::{self as db, inbox::Row},
};

/// Presses of one batch answered at once.
const ANSWERS_AT_ONCE: usize = 16;
/// How long one long poll waits for updates.
const POLL: Duration = Duration::from_secs(20);
/// The pause after a failed poll, doubled up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(500);
const MAX_PAUSE: Duration = Duration::from_secs(30);

/// Where updates come in: the inbox, then the pipeline.
pub struct Intake {
    app: Arc<App>,
    bot: Tg,
    handler: Arc<UpdateHandler<anyhow::Error>>,
    /// Seals the inbox's rows. Derived once: deriving it for every batch
    /// (an HMAC) cost as much as sealing the update itself, batches under
    /// a steady load being of one or two updates.
    seal: SealKey,
}

impl Intake {
    pub fn new(app: Arc<App>, bot: Tg, handler: Arc<UpdateHandler<anyhow::Error>>) -> Self {
        let seal = app.config.pseudonym_key.seal_key();
        Self { app, bot, handler, seal }
    }

    /// Hands what was taken before the last stop or crash to the pipeline,
    /// oldest first, before any new update.
    pub async fn drain_inbox(&self) -> anyhow::Result<()> {
        let rows = db::inbox::pending(&self.app.db).await?;
        if !rows.is_empty() {
            tracing::info!(updates = rows.len(), "handling the updates left from the last run");
        }
        let content = self.app.content.load();
        let key = &self.seal;
        let mut presses = vec![];
        for row in rows {
            let body =
                key.open_bytes(&row.body, &seal_context(row.update_id)).ok().and_then(|b| String::from_utf8(b).ok());
            match body.as_deref().and_then(parse) {
                Some(update) => {
                    if !row.answered {
                        presses.extend(press(row.update_id, &update));
                    }
                    self.admit(&content, row.update_id, update);
                }
                None => db::inbox::done(&self.app.db, &[row.update_id]).await?,
            }
        }
        self.answer(presses).await;
        Ok(())
    }

    /// Keeps a batch in the inbox, then hands the new updates on, and
    /// returns the newest update id in the batch (also of updates skipped),
    /// which the next poll confirms. Fails only when the inbox could not
    /// take them: then nothing was handed on and the batch must not be
    /// confirmed.
    pub async fn take(&self, batch: Vec<Box<RawValue>>) -> Result<Option<i64>, sqlx::Error> {
        let mut rows = vec![];
        let mut parsed = std::collections::HashMap::new();
        let mut incoming = vec![];
        // Read from each update as it is parsed: a separate pass for the
        // ids read every update's JSON twice.
        let mut newest = None;
        let key = &self.seal;
        for raw in batch {
            let Some(update) = parse(raw.get()) else {
                newest = newest.max(update_id(raw.get()));
                continue;
            };
            newest = newest.max(Some(i64::from(update.id.0)));
            if let Some(stranger) = update.chat().filter(|c| !self.serves(c)) {
                self.leave_if_added(stranger.id, &update);
                continue;
            }
            if let UpdateKind::Message(m) = &update.kind
                && m.chat.is_private()
            {
                let person = self.app.config.pseudonym_key.pseudonym(m.chat.id.0);
                incoming.push((person, m.id.0, m.date.timestamp()));
            }
            let update_id = i64::from(update.id.0);
            let Ok(body) = key.seal_bytes(raw.get().as_bytes(), &seal_context(update_id)) else {
                tracing::error!("no randomness to seal an update; it stays with Telegram");
                continue;
            };
            rows.push(Row { update_id, body, answered: false });
            parsed.insert(update_id, update);
        }
        if rows.is_empty() {
            return Ok(newest);
        }
        let fresh = db::inbox::keep(&self.app.db, rows, &incoming).await?;
        let content = self.app.content.load();
        let mut presses = vec![];
        for row in fresh {
            if let Some(update) = parsed.remove(&row.update_id) {
                presses.extend(press(row.update_id, &update));
                self.admit(&content, row.update_id, update);
            }
        }
        self.answer(presses).await;
        Ok(newest)
    }

    /// Private chats and the staff group: the bot serves no other chat,
    /// and their updates are dropped before they cost a write or a place
    /// in a queue.
    fn serves(&self, chat: &teloxide::types::Chat) -> bool {
        chat.is_private() || self.app.config.consult.as_ref().is_some_and(|c| c.chat_id == chat.id.0)
    }

    /// Added to a group or channel it does not serve, the bot leaves at
    /// once and says nothing there.
    fn leave_if_added(&self, chat: ChatId, update: &Update) {
        let UpdateKind::MyChatMember(change) = &update.kind else { return };
        if !change.new_chat_member.is_present() {
            return;
        }
        let bot = self.bot.clone();
        tokio::spawn(async move {
            match briefly(bot.leave_chat(chat)).await {
                Ok(_) => tracing::info!("added to a group or channel it does not serve; left it"),
                Err(e) => {
                    tracing::warn!(error = %super::redact::Redacted(&e), "could not leave a group or channel it does not serve")
                }
            }
        });
    }

    fn admit(&self, content: &Content, id: i64, update: Update) {
        let chat = update.chat().map_or(ChatId(0), |c| c.id);
        let wipe = update.chat().is_some_and(|c| c.is_private()) && is_wipe(content, &update);
        let taken = Taken { id, chat, update, wipe };
        self.app.pipeline.admit(&self.app, &self.bot, &self.handler, taken);
    }

    /// Stops the spinners of a batch's presses, all at once, then marks
    /// them answered in the inbox; only then is the batch confirmed to
    /// Telegram. Every press is answered here, once, whatever becomes of
    /// its update later (handled, dropped by a bound or a wipe, refused).
    /// After a crash between the answers and the mark, a press may be
    /// answered a second time, which Telegram refuses harmlessly.
    async fn answer(&self, presses: Vec<(i64, CallbackQueryId)>) {
        if presses.is_empty() {
            return;
        }
        let bot = &self.bot;
        futures_util::stream::iter(&presses)
            .for_each_concurrent(ANSWERS_AT_ONCE, |(_, query)| async move {
                if let Err(e) = briefly(bot.answer_callback_query(query.clone())).await {
                    tracing::debug!(error = %super::redact::Redacted(&e), "could not answer a callback query");
                }
            })
            .await;
        let ids: Vec<i64> = presses.iter().map(|(id, _)| *id).collect();
        if let Err(e) = db::inbox::answered(&self.app.db, &ids).await {
            tracing::warn!(error = %e, "could not mark presses as answered");
        }
    }

    /// Long-polls Telegram until `stop` turns true. The offset that confirms
    /// a batch is sent only after the batch is in the inbox.
    pub async fn poll(&self, mut stop: watch::Receiver<bool>) {
        if let Err(e) = self.bot.delete_webhook().await {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not remove an earlier webhook; polling anyway");
        }
        let mut offset = match db::inbox::last_update_id(&self.app.db).await {
            Ok(last) => last.map_or(0, |id| id + 1),
            Err(e) => {
                tracing::warn!(error = %e, "cannot read where polling stopped; asking Telegram");
                0
            }
        };
        let mut pause = FIRST_PAUSE;
        while !*stop.borrow() {
            let batch = tokio::select! {
                _ = stop.changed() => break,
                batch = get_updates(&self.bot, offset) => batch,
            };
            let failed = match batch {
                Ok(batch) => match self.take(batch).await {
                    Ok(newest) => {
                        offset = newest.map_or(offset, |id| id + 1);
                        false
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "cannot keep updates in the inbox; they stay with Telegram");
                        true
                    }
                },
                Err(e) => {
                    tracing::warn!(error = %super::redacted(&e), "cannot get updates from Telegram");
                    true
                }
            };
            if failed {
                tokio::select! {
                    _ = stop.changed() => break,
                    _ = tokio::time::sleep(pause) => {}
                }
                pause = (pause * 2).min(MAX_PAUSE);
            } else {
                pause = FIRST_PAUSE;
            }
        }
    }

    /// The webhook: Telegram's POST to `path`, with the `secret` it was
    /// given. Answered 200 only once the update is in the inbox; 500 makes
    /// Telegram deliver it again later.
    pub fn webhook(self: Arc<Self>, path: &str, secret: String) -> Router {
        let hook = move |State(intake): State<Arc<Intake>>, headers: HeaderMap, body: Bytes| {
            let secret = secret.clone();
            async move {
                let given = headers.get("x-telegram-bot-api-secret-token").and_then(|v| v.to_str().ok());
                if given != Some(secret.as_str()) {
                    return StatusCode::UNAUTHORIZED;
                }
                let Some(raw) = std::str::from_utf8(&body).ok().and_then(|b| RawValue::from_string(b.to_owned()).ok())
                else {
                    tracing::warn!(bytes = body.len(), "a webhook delivery is not JSON; skipped");
                    return StatusCode::OK;
                };
                match intake.take(vec![raw]).await {
                    Ok(_) => StatusCode::OK,
                    Err(e) => {
                        tracing::error!(error = %e, "cannot keep an update in the inbox; Telegram will send it again");
                        StatusCode::INTERNAL_SERVER_ERROR
                    }
                }
            }
        };
        Router::new().route(path, post(hook)).with_state(self)
    }
}

/// One update from its JSON, or `None` (logged by kind and size only: the
/// rest may be her words) when teloxide cannot read it.
fn parse(json: &str) -> Option<Update> {
    match serde_json::from_str::<Update>(json) {
        Ok(update) if !matches!(update.kind, UpdateKind::Error(_)) => Some(update),
        _ => {
            #[derive(serde::Deserialize)]
            struct Kinds(std::collections::BTreeMap<String, serde::de::IgnoredAny>);
            let kind = serde_json::from_str::<Kinds>(json)
                .ok()
                .and_then(|k| k.0.into_keys().find(|k| k != "update_id"))
                .unwrap_or_default();
            tracing::warn!(kind = %kind, bytes = json.len(), "an update could not be read; skipped");
            None
        }
    }
}

/// The `update_id` of an update, also of one that cannot be read otherwise.
fn update_id(json: &str) -> Option<i64> {
    #[derive(serde::Deserialize)]
    struct Id {
        update_id: i64,
    }
    serde_json::from_str::<Id>(json).ok().map(|id| id.update_id)
}

/// Whether the update wipes her chat the way the engine would read it:
/// `/exit`, an exit keyword, the quick-exit button, or "yes, delete
/// everything about me".
fn is_wipe(content: &Content, update: &Update) -> bool {
    match &update.kind {
        UpdateKind::Message(m) => match m.text().map(command::text_input) {
            Some(Input::Command { name, .. }) => name == "exit",
            Some(Input::Text(text)) => engine::is_exit_keyword(content, &text),
            _ => false,
        },
        UpdateKind::CallbackQuery(q) => q
            .data
            .as_deref()
            .is_some_and(|d| matches!(callback::decode(&content.fingerprint, d), Ok(Press::Exit | Press::Forget))),
        _ => false,
    }
}

/// Binds a sealed update to its row.
fn seal_context(update_id: i64) -> Vec<u8> {
    format!("inbox:{update_id}").into_bytes()
}

/// A button press in `update`: its inbox id and query id.
fn press(id: i64, update: &Update) -> Option<(i64, CallbackQueryId)> {
    match &update.kind {
        UpdateKind::CallbackQuery(q) => Some((id, q.id.clone())),
        _ => None,
    }
}

/// The kinds of update the bot asks Telegram for.
pub fn allowed() -> [AllowedUpdate; 5] {
    use AllowedUpdate::*;
    [Message, EditedMessage, CallbackQuery, ChannelPost, MyChatMember]
}

/// One long poll, as raw JSON updates.
async fn get_updates(bot: &Tg, offset: i64) -> anyhow::Result<Vec<Box<RawValue>>> {
    #[derive(serde::Deserialize)]
    struct Envelope {
        ok: bool,
        #[serde(default)]
        result: Vec<Box<RawValue>>,
        description: Option<String>,
        parameters: Option<serde_json::Value>,
    }
    let url = bot.api_url().join(&format!("/bot{}/getUpdates", bot.token()))?;
    let body = json!({"offset": offset, "timeout": POLL.as_secs(), "allowed_updates": allowed()});
    let answer = bot
        .client()
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .timeout(POLL + Duration::from_secs(10))
        .send()
        .await
        // The address holds the token.
        .map_err(|e| e.without_url())?;
    let bytes = answer.bytes().await.map_err(|e| e.without_url())?;
    let envelope: Envelope = serde_json::from_slice(&bytes)
        .map_err(|_| anyhow::anyhow!("an answer to getUpdates could not be read ({} bytes, not shown)", bytes.len()))?;
    if !envelope.ok {
        if let Some(after) = envelope.parameters.as_ref().and_then(|p| p.get("retry_after")?.as_u64()) {
            tokio::time::sleep(Duration::from_secs(after.min(60))).await;
        }
        anyhow::bail!("Telegram refused getUpdates: {}", envelope.description.unwrap_or_default());
    }
    Ok(envelope.result)
}
