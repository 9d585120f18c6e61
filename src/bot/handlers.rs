//! Thin adapters: a Telegram update becomes an engine [`Input`]; the engine's
//! effects become sends and edits. All dialogue logic lives in the engine.
//!
//! Logging here never includes message texts, names, usernames, or chat and
//! user ids: the person asking for help must not be findable in a log.

use std::{sync::Arc, time::SystemTime};

use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{
        ChatId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MaybeInaccessibleMessage, MessageId,
    },
};

use super::{App, HandlerResult, Tg, jobs::Reloaded, send::retrying};
use crate::{
    content::{Content, Lang, MediaKind, ui},
    db,
    engine::{self, Action, Delivery, Effect, Input, Screen},
};

pub async fn on_message(bot: Tg, app: Arc<App>, msg: Message, upd: Update) -> HandlerResult {
    let hint = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !msg.chat.is_private() {
        return reply_private_only(&bot, &app, msg.chat.id, hint.as_deref()).await;
    }
    let input = match (msg.text(), msg.location()) {
        (Some(text), _) => parse_text(text),
        (None, Some(at)) => Input::Location { lat: at.latitude, lon: at.longitude },
        (None, None) => Input::Other,
    };
    let from_admin = msg.from.as_ref().is_some_and(|u| app.config.admin_ids.contains(&u.id.0));
    // For anyone else `/reload` is an unknown command, like any other.
    if from_admin && matches!(&input, Input::Command { name, .. } if name == "reload") {
        return reload_for_admin(&bot, &app, msg.chat.id, hint.as_deref()).await;
    }
    if from_admin
        && let Input::Command { name, arg } = &input
        && super::admin::COMMANDS.contains(&name.as_str())
    {
        return super::admin::answer(&bot, &app, msg.chat.id, hint.as_deref(), name, arg.as_deref()).await;
    }
    let via = Via { update: upd.id.0, pressed: None, incoming: Some(msg.id) };
    turn(&bot, &app, msg.chat.id, input, hint.as_deref(), via).await
}

/// An edit of an earlier message is answered like a new text: the person
/// gets the current screen back with a pointer to the buttons.
pub async fn on_edited_message(bot: Tg, app: Arc<App>, msg: Message, upd: Update) -> HandlerResult {
    let hint = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !msg.chat.is_private() {
        return Ok(());
    }
    let via = Via { update: upd.id.0, pressed: None, incoming: None };
    turn(&bot, &app, msg.chat.id, Input::Text(String::new()), hint.as_deref(), via).await
}

pub async fn on_channel_post(bot: Tg, app: Arc<App>, msg: Message) -> HandlerResult {
    reply_private_only(&bot, &app, msg.chat.id, None).await
}

pub async fn on_callback(bot: Tg, app: Arc<App>, q: CallbackQuery, upd: Update) -> HandlerResult {
    // Stop the spinner first: on a slow link the edit may take a while.
    if let Err(e) = retrying(bot.answer_callback_query(q.id.clone())).await {
        tracing::debug!(error = %e, "could not answer a callback query");
    }
    let Some(message) = &q.message else { return Ok(()) };
    let chat = message.chat().id;
    if !message.chat().is_private() {
        return Ok(());
    }
    let pressed = match message {
        MaybeInaccessibleMessage::Regular(m) => Some(m.id),
        // Older than 48 hours: it can no longer be edited, so send anew.
        MaybeInaccessibleMessage::Inaccessible(_) => None,
    };
    let data = q.data.clone().unwrap_or_default();
    let via = Via { update: upd.id.0, pressed, incoming: None };
    turn(&bot, &app, chat, Input::Press(data), q.from.language_code.as_deref(), via).await
}

/// `/start@kadam_bot payload` → command `start` with argument `payload`.
fn parse_text(text: &str) -> Input {
    let Some(rest) = text.strip_prefix('/') else { return Input::Text(text.to_owned()) };
    let (head, arg) = match rest.split_once(char::is_whitespace) {
        Some((head, arg)) => (head, Some(arg.trim().to_owned()).filter(|a| !a.is_empty())),
        None => (rest, None),
    };
    let name = head.split('@').next().unwrap_or_default().to_ascii_lowercase();
    Input::Command { name, arg }
}

/// Where a turn came from.
struct Via {
    /// Telegram's update id: feedback is stored at most once per update,
    /// so an update delivered again after a crash adds nothing.
    update: u32,
    /// The message whose button was pressed, to edit in place.
    pressed: Option<MessageId>,
    /// The person's own message, if this turn began with one.
    incoming: Option<MessageId>,
}

/// One step of one person's dialogue: load, step, save, show. Whatever
/// fails, the person gets an answer.
///
/// `incoming` is the person's own message, if this turn began with one: it
/// is tracked like the bot's, so the quick exit can delete it too.
async fn turn(bot: &Tg, app: &App, chat: ChatId, input: Input, hint: Option<&str>, via: Via) -> HandlerResult {
    let Via { update, pressed, incoming } = via;
    let content = app.content.load_full();
    // Her chosen language, once the state is read, for the error note.
    let mut chosen = None;
    let result = async {
        let person = app.config.pseudonym_key.pseudonym(chat.0);
        let (state, seen) = db::state::load_seen(&app.db, &person).await?.unzip();
        let state = state.unwrap_or_default();
        // Reached = has a language; the picker alone does not count.
        let seen = seen.filter(|_| state.lang.is_some());
        chosen.clone_from(&state.lang);
        let outcome = engine::step(&content, state, input, hint);
        let mut firsts = db::feedback::Firsts::default();
        if outcome.state.lang.is_some() {
            firsts = db::feedback::Firsts::new(seen, now());
        }
        // After /forget nothing of this turn may be stored again.
        let forget = outcome.effects.contains(&Effect::Forget);
        // Her consented answer and the state that moves past it are written
        // in one transaction. Separately, a crash in between left a record
        // with the form still asking for consent, and a second yes (a new
        // update) stored a second record. A redelivered update finds the
        // form where it was, and the UNIQUE update id keeps it from counting
        // twice. Other turns skip the transaction: BEGIN and COMMIT cost two
        // more trips to SQLite's thread.
        let feedback: Vec<_> = outcome
            .effects
            .iter()
            .filter_map(|e| match e {
                Effect::Feedback(f) => Some(f),
                _ => None,
            })
            .collect();
        if !feedback.is_empty() {
            let mut tx = app.db.write.begin().await?;
            for f in feedback {
                db::feedback::apply_in(&mut tx, &person, update, now(), f).await?;
            }
            if !forget {
                db::state::save_in(&mut tx, &person, &outcome.state, now()).await?;
            }
            tx.commit().await?;
        } else if !forget {
            // Saved before showing: a crash after the send must not lose the move.
            db::state::save(&app.db, &person, &outcome.state, now()).await?;
        }
        if !forget {
            let ids: Vec<i32> = incoming.iter().map(|m| m.0).collect();
            db::privacy::track(&app.db, &person, &ids, now()).await?;
        }
        let mut sent = vec![];
        for effect in outcome.effects {
            match effect {
                Effect::Show { screen, delivery } => {
                    sent.extend(show(bot, app, &content, chat, &screen, delivery, pressed).await?);
                    // The anonymous funnel: which screen, which day, nobody's key.
                    if let Some(at) = &outcome.state.at {
                        app.visits.count(crate::stats::day(now()), &at.node, at.page);
                    }
                    app.visits.count_lang(crate::stats::day(now()), screen.lang.code(), std::mem::take(&mut firsts));
                }
                // Written above, before the state and the screen that thanks her.
                Effect::Feedback(_) => {}
                Effect::QuickExit { decoy } => quick_exit(bot, app, chat, &person, decoy).await?,
                Effect::Forget => db::privacy::forget(&app.db, &person).await?,
            }
        }
        if !forget {
            let ids: Vec<i32> = sent.iter().map(|m| m.0).collect();
            db::privacy::track(&app.db, &person, &ids, now()).await?;
        }
        anyhow::Ok(())
    }
    .await;
    if let Err(e) = result {
        if is_blocked(&e) {
            tracing::info!("a person blocked the bot; nothing to send");
            return Ok(());
        }
        let lang = chosen
            .or_else(|| hint.and_then(|h| content.locales.find(h)).cloned())
            .unwrap_or_else(|| content.locales.default_lang().clone());
        let text = content.locales.text(&lang, ui::NOTE_ERROR, None, None);
        app.rate.until_ready(chat).await;
        if let Err(send_error) = retrying(bot.send_message(chat, text)).await {
            tracing::warn!(error = %send_error, "could not even send the error note");
        }
        return Err(e);
    }
    Ok(())
}

/// Deletes every message of the conversation Telegram still lets us delete,
/// in batches of 100 (the API's maximum), then leaves the decoy.
async fn quick_exit(bot: &Tg, app: &App, chat: ChatId, person: &str, decoy: String) -> anyhow::Result<()> {
    let ids = db::privacy::deletable(&app.db, person, now()).await?;
    for batch in ids.chunks(100) {
        let batch: Vec<MessageId> = batch.iter().map(|&id| MessageId(id)).collect();
        // Messages already gone are skipped by Telegram; a failure here must
        // not stop the decoy from replacing what is left.
        if let Err(e) = retrying(bot.delete_messages(chat, batch)).await {
            tracing::warn!(error = %e, "quick exit could not delete some messages");
        }
    }
    db::privacy::untrack_all(&app.db, person).await?;
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, decoy)).await?;
    tracing::info!(deleted = ids.len(), "quick exit");
    Ok(())
}

fn is_blocked(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<RequestError>(),
        Some(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound))
    )
}

pub(super) fn now() -> i64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

async fn reload_for_admin(bot: &Tg, app: &App, chat: ChatId, hint: Option<&str>) -> HandlerResult {
    let reloaded = {
        let app_ref = app;
        tokio::task::block_in_place(|| super::jobs::reload(app_ref))
    };
    let content = app.content.load();
    let lang = hint.and_then(|h| content.locales.find(h)).unwrap_or(content.locales.default_lang());
    let mut args = fluent_bundle::FluentArgs::new();
    let text = match reloaded {
        Reloaded::Swapped { nodes, warnings } => {
            args.set("nodes", nodes);
            args.set("warnings", warnings);
            content.locales.text(lang, ui::ADMIN_RELOADED, None, Some(&args))
        }
        Reloaded::Kept { errors } => {
            args.set("errors", errors.len());
            let head = content.locales.text(lang, ui::ADMIN_RELOAD_FAILED, None, Some(&args));
            // The checker's own lines, as `kadam check` prints them.
            let list: Vec<&str> = errors.iter().take(20).map(String::as_str).collect();
            format!("{head}\n\n{}", list.join("\n"))
        }
    };
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, fit(&text))).await?;
    Ok(())
}

async fn reply_private_only(bot: &Tg, app: &App, chat: ChatId, hint: Option<&str>) -> HandlerResult {
    let text = engine::private_only_text(&app.content.load(), hint);
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, text)).await?;
    Ok(())
}

async fn show(
    bot: &Tg,
    app: &App,
    content: &Content,
    chat: ChatId,
    screen: &Screen,
    delivery: Delivery,
    pressed: Option<MessageId>,
) -> anyhow::Result<Vec<MessageId>> {
    let mut sent = vec![];
    if let Some(media) = &screen.media {
        sent.push(send_media(bot, app, content, chat, media.kind, &media.file, &screen.lang).await?);
    }
    let text = fit(&screen.text);
    let markup = keyboard(screen);
    if let (Delivery::Edit, Some(message_id), None) = (delivery, pressed, &screen.media) {
        match retrying(bot.edit_message_text(chat, message_id, text.clone()).reply_markup(markup.clone())).await {
            Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(sent),
            // Deleted, too old, or otherwise not editable: send it anew.
            Err(e) => tracing::debug!(error = %e, "edit failed; sending a new message"),
        }
    }
    app.rate.until_ready(chat).await;
    sent.push(retrying(bot.send_message(chat, text).reply_markup(markup)).await?.id);
    Ok(sent)
}

/// Telegram refuses texts over 4,096 characters; `kadam check` keeps screens
/// well below, and this keeps a note plus a long screen from failing.
pub(super) fn fit(text: &str) -> String {
    const LIMIT: usize = crate::content::TEXT_LIMIT;
    if text.chars().count() <= LIMIT {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(LIMIT - 1).collect();
    cut.push('…');
    cut
}

fn keyboard(screen: &Screen) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(screen.keyboard.iter().map(|row| {
        row.iter()
            .filter_map(|b| match &b.action {
                Action::Callback(data) => Some(InlineKeyboardButton::callback(b.label.clone(), data.clone())),
                Action::Url(url) => url::Url::parse(url).ok().map(|u| InlineKeyboardButton::url(b.label.clone(), u)),
            })
            .collect::<Vec<_>>()
    }))
}

/// Sends a node's media, reusing Telegram's file id after the first upload.
async fn send_media(
    bot: &Tg,
    app: &App,
    content: &Content,
    chat: ChatId,
    kind: MediaKind,
    file: &str,
    lang: &Lang,
) -> anyhow::Result<MessageId> {
    let path = content.media_path(&crate::content::Media { kind, file: file.to_owned() }, lang);
    let meta = std::fs::metadata(&path)?;
    let modified =
        meta.modified().ok().and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
    let key = format!("{}:{}:{modified}", path.display(), meta.len());
    let cached = db::state::media_file_id(&app.db, &key).await?;
    let input = match &cached {
        Some(id) => InputFile::file_id(FileId(id.clone())),
        None => InputFile::file(path.clone()),
    };
    app.rate.until_ready(chat).await;
    let sent = match kind {
        MediaKind::Photo => retrying(bot.send_photo(chat, input)).await?,
        MediaKind::Voice => retrying(bot.send_voice(chat, input)).await?,
        MediaKind::Document => retrying(bot.send_document(chat, input)).await?,
    };
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
    Ok(sent.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_parsed_with_bot_names_and_payloads() {
        let cmd = |name: &str, arg: Option<&str>| Input::Command { name: name.into(), arg: arg.map(Into::into) };
        assert_eq!(parse_text("/start"), cmd("start", None));
        assert_eq!(parse_text("/start portal-login"), cmd("start", Some("portal-login")));
        assert_eq!(parse_text("/Menu@kadam_bot"), cmd("menu", None));
        assert_eq!(parse_text("/start@kadam_bot   x  "), cmd("start", Some("x")));
        assert_eq!(parse_text("hello /start"), Input::Text("hello /start".into()));
    }

    #[test]
    fn long_texts_are_cut_to_telegram_limit() {
        let long = "ж".repeat(5000);
        let cut = fit(&long);
        assert_eq!(cut.chars().count(), 4096);
        assert!(cut.ends_with('…'));
        assert_eq!(fit("short"), "short");
    }
}
