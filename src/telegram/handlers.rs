//! Thin adapters: a Telegram update becomes an engine [`Input`]; the engine's
//! effects become sends and edits. All dialogue logic lives in the engine.
//!
//! Logging here never includes message texts, names, usernames, or chat and
//! user ids: the person asking for help must not be findable in a log.

use std::{sync::Arc, time::SystemTime};

use teloxide::{
    ApiError, RequestError,
    payloads::EditMessageText,
    prelude::*,
    requests::{JsonRequest, Payload, Request},
    types::{ChatId, FileId, InputFile, MessageId},
};

use super::{
    App, HandlerResult, Tg, command, erase,
    markup::keyboard,
    press::{Press, Pressed, WebinarAsk},
    record::Recorder,
    send::{fit, retrying},
};
use crate::{
    clock::{self, now},
    dialogue::{
        Content, Lang, MediaKind,
        engine::{self, Delivery, Input, Reply, Screen},
        ui,
    },
    storage::{self as db, visits::Firsts},
};

pub async fn on_message(bot: Tg, app: Arc<App>, msg: Message, upd: Update) -> HandlerResult {
    let hint = msg.from.as_ref().and_then(|u| u.language_code.clone());
    // Only the staff group's own branch takes group messages; the intake
    // lets no other group through.
    if !msg.chat.is_private() {
        return Ok(());
    }
    let input = match (msg.text(), msg.location()) {
        (Some(text), _) => command::text_input(text),
        (None, Some(at)) => Input::Location { lat: at.latitude, lon: at.longitude },
        (None, None) => Input::Other,
    };
    let via = Via { update: upd.id.0, pressed: None };
    turn(&bot, &app, msg.chat.id, input, hint.as_deref(), via).await
}

/// An edit of an earlier message is answered like a new text: the person
/// gets the current screen back with a pointer to the buttons. A live
/// location arrives as an edit every few seconds; answering each would
/// flood her chat (and show whoever holds the phone a trail of help
/// screens), so those are ignored: the first one was answered already.
pub async fn on_edited_message(bot: Tg, app: Arc<App>, msg: Message, upd: Update) -> HandlerResult {
    let hint = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !msg.chat.is_private() || is_live_location(&msg) {
        return Ok(());
    }
    let via = Via { update: upd.id.0, pressed: None };
    turn(&bot, &app, msg.chat.id, Input::Text(String::new()), hint.as_deref(), via).await
}

/// Whether an edited message is a live location moving on.
pub fn is_live_location(edited: &Message) -> bool {
    edited.location().is_some()
}

/// A consultation button (`kq:`), read by `consult.rs`; one it cannot
/// read is a stale button like any other, for the engine to answer.
pub async fn on_consult_press(bot: Tg, app: Arc<App>, press: Press, upd: Update) -> HandlerResult {
    match super::consult::on_press(&bot, &app, press.chat, &press.data).await {
        Some(Ok(())) => Ok(()),
        Some(Err(e)) => failed(&bot, &app, press.chat, press.hint.as_deref(), e).await,
        None => on_press(bot, app, press, upd).await,
    }
}

/// A webinar button (`w:`) or deep link (`/start webinar-<id>`), handled by
/// `webinars.rs`, which may hand her on to the dialogue instead (no
/// language yet, the safety check, a webinar that is gone).
pub async fn on_webinar(bot: Tg, app: Arc<App>, ask: WebinarAsk, upd: Update) -> HandlerResult {
    let WebinarAsk { chat, on, hint, what } = ask;
    match super::webinars::on_press(&bot, &app, chat, what, on).await {
        Ok(None) => Ok(()),
        Ok(Some(input)) => turn(&bot, &app, chat, input, hint.as_deref(), Via { update: upd.id.0, pressed: on }).await,
        Err(e) => failed(&bot, &app, chat, hint.as_deref(), e).await,
    }
}

/// An announcement button (`wa:`): only a coordinator's chat ever shows
/// them; anyone else's press of one does nothing.
pub async fn on_announce_press(bot: Tg, app: Arc<App>, press: Press) -> HandlerResult {
    let Pressed::Announce(what) = press.what else { return Ok(()) };
    if !app.config.admin_ids.contains(&(press.chat.0 as u64)) {
        return Ok(());
    }
    let content = app.content.load_full();
    let lang = content.locales.default_lang().clone();
    super::announce::on_press(&bot, &app, &content, &lang, press.chat, press.on, what).await
}

/// Any other press: one turn of her dialogue. Its spinner was stopped at
/// intake already.
pub async fn on_press(bot: Tg, app: Arc<App>, press: Press, upd: Update) -> HandlerResult {
    let via = Via { update: upd.id.0, pressed: press.on };
    turn(&bot, &app, press.chat, Input::Press(press.data), press.hint.as_deref(), via).await
}

/// Where a turn came from.
struct Via {
    /// Telegram's update id: feedback is stored at most once per update,
    /// so an update delivered again after a crash adds nothing.
    update: u32,
    /// The message whose button was pressed, to edit in place.
    pressed: Option<MessageId>,
}

/// Where a screen goes: through the outbox (`record`), or after `/forget`
/// (`None`) straight out, recording nothing of it.
struct To<'a> {
    app: &'a App,
    chat: ChatId,
    record: Option<&'a Recorder<'a>>,
}

impl To<'_> {
    /// Sends a new message; `None` when a wipe of her chat began since.
    async fn send<R>(&self, request: R) -> Result<Option<Message>, RequestError>
    where
        R: Request<Err = RequestError>,
        R::Payload: Payload<Output = Message>,
    {
        match self.record {
            Some(record) => record.send(request).await,
            None => {
                self.app.rate.until_ready(self.chat).await;
                retrying(request).await.map(Some)
            }
        }
    }

    /// Edits the pressed message; `false` when a wipe began since.
    async fn edit(&self, request: JsonRequest<EditMessageText>) -> Result<bool, RequestError> {
        match self.record {
            Some(record) => record.edit(request).await,
            None => retrying(request).await.map(|_| true),
        }
    }
}

/// One step of one person's dialogue: load, step, save, show. Whatever
/// fails, the person gets an answer.
///
/// Every message of the turn is recorded for the quick exit the moment it
/// exists (hers at intake, then each one the bot sends), so a turn that
/// fails half-way leaves nothing the quick exit does not know of.
async fn turn(bot: &Tg, app: &App, chat: ChatId, input: Input, hint: Option<&str>, via: Via) -> HandlerResult {
    let Via { update, pressed } = via;
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = Recorder::begin(bot, app, chat, &person);
    // Her chosen language, once the state is read, for the error note.
    let mut chosen = None;
    let result = async {
        let (state, seen) = db::state::load_seen(&app.db, &person, i64::from(update)).await?.unzip();
        let state = state.unwrap_or_default();
        // With replicas, kept with the new state: handled again by another
        // replica after this one died, the turn begins where it began (see
        // `storage::state::load_seen`). A process alone skips the copy.
        let before = app.replica.is_some().then(|| state.clone());
        let turn = db::state::Turn { update: i64::from(update), from: before.as_ref() };
        // Reached = has a language; the picker alone does not count.
        let seen = seen.filter(|_| state.lang.is_some());
        chosen.clone_from(&state.lang);
        let outcome = engine::step_at(&content, state, input, hint, Some(now()));
        // Her first turn of the week or month, for the anonymous reach counts;
        // the language picker alone does not count.
        let firsts = if outcome.state.lang.is_some() { Firsts::new(seen, now()) } else { Firsts::default() };
        // After /forget nothing of this turn may be stored again.
        let forget = outcome.forget;
        // Her consented answer and the state that moves past it are written
        // in one transaction. Separately, a crash in between left a record
        // with the form still asking for consent, and a second yes (a new
        // update) stored a second record. A redelivered update finds the
        // form where it was, and the UNIQUE update id keeps it from counting
        // twice. Other turns skip the transaction: BEGIN and COMMIT cost two
        // more trips to SQLite's thread.
        if let Some(f) = &outcome.feedback {
            let mut tx = app.db.write.begin().await?;
            db::feedback::apply_in(&mut tx, &person, update, now(), f).await?;
            if !forget {
                db::state::save_in(&mut tx, &person, &outcome.state, now(), &turn).await?;
            }
            tx.commit().await?;
        } else if !forget {
            // Saved before showing: a crash after the send must not lose the move.
            db::state::save_turn(&app.db, &person, &outcome.state, now(), &turn).await?;
        }
        // Feedback was written above, before the state and the screen that thanks her.
        if forget {
            erase::forget(bot, app, chat, &person).await?;
        }
        match outcome.reply {
            Reply::Show { .. } if let Some(ask) = &outcome.ask => {
                let lang = outcome.state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
                super::consult::ask(&record, &content, ask, &lang).await?;
            }
            Reply::Show { mut screen, delivery } => {
                super::webinars::dress(app, &content, &person, &outcome.state, &mut screen).await?;
                let to = To { app, chat, record: (!forget).then_some(&record) };
                show(bot, app, &content, &to, &screen, delivery, pressed).await?;
                // The anonymous funnel: which screen, which day, nobody's key.
                if let Some(at) = &outcome.state.at {
                    app.visits.count(clock::day(now()), &at.node, at.page);
                }
                // One screen per turn, so `firsts` counts her once.
                app.visits.count_lang(clock::day(now()), screen.lang.code(), firsts);
            }
            Reply::QuickExit { decoy } => erase::quick_exit(bot, app, chat, &person, decoy).await?,
            // Through the outbox like every message, so the quick exit wipes it.
            Reply::Card { phone, name } => drop(record.send(bot.send_contact(chat, phone, name)).await?),
        }
        anyhow::Ok(())
    }
    .await;
    match result {
        Ok(()) => Ok(()),
        Err(e) => note_error(&record, &content, chosen, hint, e).await,
    }
}

/// A route outside the dialogue's turn failed: she gets the same error note,
/// in her chosen language if her state can still be read.
async fn failed(bot: &Tg, app: &App, chat: ChatId, hint: Option<&str>, e: anyhow::Error) -> HandlerResult {
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = Recorder::begin(bot, app, chat, &person);
    let chosen =
        if is_blocked(&e) { None } else { db::state::load(&app.db, &person).await.ok().flatten().and_then(|s| s.lang) };
    note_error(&record, &content, chosen, hint, e).await
}

/// Tells her something went wrong (unless she blocked the bot: then there
/// is nobody to tell), and passes the error on for the pipeline's log.
async fn note_error(
    record: &Recorder<'_>,
    content: &Content,
    chosen: Option<Lang>,
    hint: Option<&str>,
    e: anyhow::Error,
) -> HandlerResult {
    if is_blocked(&e) {
        tracing::info!("a person blocked the bot; nothing to send");
        return Ok(());
    }
    let lang = chosen
        .or_else(|| hint.and_then(|h| content.locales.find(h)).cloned())
        .unwrap_or_else(|| content.locales.default_lang().clone());
    let text = content.locales.text(&lang, ui::NOTE_ERROR, None, None);
    if let Err(send_error) = record.send(record.bot.send_message(record.chat, text)).await {
        tracing::warn!(error = %super::redact::Redacted(&send_error), "could not even send the error note");
    }
    Err(e)
}

fn is_blocked(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<RequestError>(),
        Some(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound))
    )
}

async fn show(
    bot: &Tg,
    app: &App,
    content: &Content,
    to: &To<'_>,
    screen: &Screen,
    delivery: Delivery,
    pressed: Option<MessageId>,
) -> anyhow::Result<()> {
    let chat = to.chat;
    if let Some(media) = &screen.media {
        send_media(bot, app, content, to, media.kind, &media.file, &screen.lang).await?;
    }
    let text = fit(&screen.text);
    let markup = keyboard(screen);
    if let (Delivery::Edit, Some(message_id), None) = (delivery, pressed, &screen.media) {
        match to.edit(bot.edit_message_text(chat, message_id, text.clone()).reply_markup(markup.clone())).await {
            Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(()),
            // Deleted, too old, or otherwise not editable: send it anew.
            Err(e) => tracing::debug!(error = %super::redact::Redacted(&e), "edit failed; sending a new message"),
        }
    }
    to.send(bot.send_message(chat, text).reply_markup(markup)).await?;
    Ok(())
}

/// Sends a node's media, reusing Telegram's file id after the first upload.
async fn send_media(
    bot: &Tg,
    app: &App,
    content: &Content,
    to: &To<'_>,
    kind: MediaKind,
    file: &str,
    lang: &Lang,
) -> anyhow::Result<()> {
    let chat = to.chat;
    let path = content.media_path(&crate::dialogue::Media { kind, file: file.to_owned() }, lang)?;
    let meta = std::fs::metadata(&path)?;
    let modified =
        meta.modified().ok().and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
    let key = format!("{}:{}:{modified}", path.display(), meta.len());
    let cached = db::state::media_file_id(&app.db, &key).await?;
    let input = match &cached {
        Some(id) => InputFile::file_id(FileId(id.clone())),
        None => InputFile::file(path.clone()),
    };
    let sent = match kind {
        MediaKind::Photo => to.send(bot.send_photo(chat, input)).await?,
        MediaKind::Voice => to.send(bot.send_voice(chat, input)).await?,
        MediaKind::Document => to.send(bot.send_document(chat, input)).await?,
    };
    let Some(sent) = sent else { return Ok(()) };
    if cached.is_none() {
        let file_id = match kind {
            MediaKind::Photo => sent.photo().and_then(|sizes| sizes.last()).map(|p| p.file.id.clone()),
            MediaKind::Voice => sent.voice().map(|v| v.file.id.clone()),
            MediaKind::Document => sent.document().map(|d| d.file.id.clone()),
        };
        if let Some(FileId(id)) = file_id {
            db::state::remember_media_file_id(&app.db, &key, &id).await?;
        }
    }
    Ok(())
}

/// Tells her once that she is going too fast: the pipeline dropped the
/// oldest of her waiting messages.
pub async fn too_fast(bot: Tg, app: Arc<App>, chat: ChatId, hint: Option<String>) {
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = Recorder::begin(&bot, &app, chat, &person);
    let chosen = db::state::load(&app.db, &person).await.ok().flatten().and_then(|s| s.lang);
    let lang = chosen
        .or_else(|| hint.as_deref().and_then(|h| content.locales.find(h)).cloned())
        .unwrap_or_else(|| content.locales.default_lang().clone());
    let text = content.locales.text(&lang, ui::NOTE_TOO_FAST, None, None);
    if let Err(e) = record.send(bot.send_message(chat, text)).await {
        tracing::debug!(error = %super::redact::Redacted(&e), "could not send the too-fast note");
    }
}
