//! Announcements of new webinars to the people who asked for them.
//!
//! A coordinator sends `/announce <webinar id>` (the text is made in each
//! language from the programme) or `/announce <text>` (sent as written),
//! sees a preview per language and the number of recipients, and confirms,
//! runs a dry run or cancels (buttons `wa:<verb>:<id>`). `kadam announce`
//! queues one from the server. Confirming copies every subscriber into a
//! persistent queue; [`run`] works through it beside the pipeline at
//! [`PER_SECOND`], marks each row before and after its message, edits a
//! progress message, drops people who blocked the bot, and reports
//! delivered / blocked / failed at the end. A restart resumes the queue: a
//! row a crash left mid-send counts as failed and is not sent again, so
//! nobody gets the same announcement twice.

use std::{collections::BTreeMap, num::NonZeroU32, sync::Arc, time::Duration};

use fluent_bundle::FluentArgs;
use governor::{DefaultDirectRateLimiter, Quota};
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId},
};

use super::{App, Tg, record::Recorder, send::retrying, webinar_text::WPress};
use crate::{
    clock,
    dialogue::{Content, Lang, webinar::texts},
    storage::webinars::{self as store, Announcement, Queued, Sent},
};

/// Messages a second for announcements: under Telegram's 30 a second for a
/// whole bot, leaving room for the replies people are waiting for.
pub const PER_SECOND: u32 = 28;
/// How often the progress message is updated.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);
/// How often the sender looks for a confirmed announcement.
const LOOK_EVERY: Duration = Duration::from_millis(500);

/// A coordinator's press on the confirmation: `wa:<verb>:<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum APress {
    Send(i64),
    Dry(i64),
    Cancel(i64),
}

impl APress {
    pub fn encode(self) -> String {
        match self {
            APress::Send(id) => format!("wa:s:{id}"),
            APress::Dry(id) => format!("wa:d:{id}"),
            APress::Cancel(id) => format!("wa:c:{id}"),
        }
    }

    pub fn decode(data: &str) -> Option<Self> {
        let rest = data.strip_prefix("wa:")?;
        let (verb, id) = rest.split_once(':')?;
        let id = id.parse().ok()?;
        match verb {
            "s" => Some(APress::Send(id)),
            "d" => Some(APress::Dry(id)),
            "c" => Some(APress::Cancel(id)),
            _ => None,
        }
    }
}

/// The announcement's text in every language: from a webinar of the
/// programme (a violence-topic one named by its date only), or `text` as
/// written for everyone.
pub fn texts_for(content: &Content, arg: &str, now: i64) -> (Option<String>, BTreeMap<String, String>) {
    let mut out = BTreeMap::new();
    let found = content.webinars.find(arg.trim());
    for lang in content.locales.languages() {
        let text = match found {
            Some(w) => {
                let mut args = FluentArgs::new();
                args.set("when", super::webinar_text::when(content, lang, w.start, now));
                if w.topic.is_sensitive() {
                    content.locales.text(lang, texts::NEW, None, Some(&args))
                } else {
                    args.set("title", content.locales.text(lang, &w.text_id(), None, None));
                    content.locales.text(lang, texts::NEW_NAMED, None, Some(&args))
                }
            }
            None => arg.trim().to_owned(),
        };
        out.insert(lang.code().to_owned(), text);
    }
    (found.map(|w| w.id.clone()), out)
}

/// "ky 3, ru 5" and the total, from the subscribers per language.
async fn recipients(app: &App) -> anyhow::Result<(i64, String)> {
    let by_lang = store::subscribers_by_lang(&app.db).await?;
    let total = by_lang.iter().map(|(_, n)| n).sum();
    let list = by_lang.iter().map(|(l, n)| format!("{l} {n}")).collect::<Vec<_>>().join(", ");
    Ok((total, list))
}

/// `/announce` from a coordinator: the usage, or previews and the confirmation.
pub async fn command(
    bot: &Tg,
    app: &App,
    content: &Content,
    lang: &Lang,
    chat: ChatId,
    arg: Option<&str>,
) -> anyhow::Result<()> {
    let (count, langs) = recipients(app).await?;
    // One word that is no webinar's id is a typo, not a message for everyone.
    let typo = |a: &str| !a.trim().contains(char::is_whitespace) && content.webinars.find(a.trim()).is_none();
    let Some(arg) = arg.filter(|a| !a.trim().is_empty() && !typo(a)) else {
        let mut args = FluentArgs::new();
        args.set("count", count);
        let text = content.locales.text(lang, texts::ADMIN_USAGE, None, Some(&args));
        retrying(bot.send_message(chat, text)).await?;
        return Ok(());
    };
    let now = clock::now();
    let (webinar, texts) = texts_for(content, arg, now);
    let id =
        store::create_draft(&app.db, now, webinar.as_deref(), &serde_json::to_string(&texts)?, Some(chat.0)).await?;
    for (code, text) in &texts {
        let mut args = FluentArgs::new();
        args.set("lang", code.clone());
        let head = content.locales.text(lang, texts::ADMIN_PREVIEW, None, Some(&args));
        retrying(bot.send_message(chat, format!("{head}\n\n{text}")).reply_markup(markup(
            webinar.as_deref(),
            content,
            &Lang::new(code.clone()),
        )))
        .await?;
    }
    let mut args = FluentArgs::new();
    args.set("count", count);
    args.set("langs", langs);
    let t = |id: &str| content.locales.text(lang, id, None, None);
    let buttons = InlineKeyboardMarkup::new([
        vec![InlineKeyboardButton::callback(t(texts::ADMIN_SEND), APress::Send(id).encode())],
        vec![InlineKeyboardButton::callback(t(texts::ADMIN_DRY), APress::Dry(id).encode())],
        vec![InlineKeyboardButton::callback(t(texts::ADMIN_CANCEL), APress::Cancel(id).encode())],
    ]);
    let text = content.locales.text(lang, texts::ADMIN_CONFIRM, None, Some(&args));
    retrying(bot.send_message(chat, text).reply_markup(buttons)).await?;
    Ok(())
}

/// A coordinator's press on the confirmation. Only coordinators get here.
pub async fn on_press(
    bot: &Tg,
    app: &App,
    content: &Content,
    lang: &Lang,
    chat: ChatId,
    pressed: Option<MessageId>,
    press: APress,
) -> anyhow::Result<()> {
    let edit = |text: String| async move {
        match pressed {
            Some(m) => retrying(bot.edit_message_text(chat, m, text)).await.map(|_| ()),
            None => retrying(bot.send_message(chat, text)).await.map(|_| ()),
        }
    };
    match press {
        APress::Send(id) => {
            let key = app.config.pseudonym_key.seal_key();
            let reseal = |sealed: &[u8], seq: i64| {
                let chat = key.open(sealed, store::SUBSCRIBER_CONTEXT).ok()?;
                key.seal(chat, &store::queue_context(id, seq)).ok()
            };
            if let Some(total) = store::confirm(&app.db, id, reseal, pressed.map(|m| m.0)).await? {
                edit(progress_text(content, lang, 0, total)).await?;
                tracing::info!(recipients = total, "a coordinator confirmed an announcement");
            }
        }
        APress::Dry(_) => {
            let (count, langs) = recipients(app).await?;
            let mut args = FluentArgs::new();
            args.set("count", count);
            args.set("langs", langs);
            retrying(bot.send_message(chat, content.locales.text(lang, texts::ADMIN_DRY_RESULT, None, Some(&args))))
                .await?;
        }
        APress::Cancel(id) => {
            if store::cancel(&app.db, id).await? {
                edit(content.locales.text(lang, texts::ADMIN_CANCELLED, None, None)).await?;
            }
        }
    }
    Ok(())
}

fn progress_text(content: &Content, lang: &Lang, sent: i64, total: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("sent", sent);
    args.set("total", total);
    content.locales.text(lang, texts::ADMIN_PROGRESS, None, Some(&args))
}

/// The buttons under an announcement: the webinar, and always the opt-out.
fn markup(webinar: Option<&str>, content: &Content, lang: &Lang) -> InlineKeyboardMarkup {
    let t = |id: &str| content.locales.text(lang, id, None, None);
    let mut rows = vec![];
    if let Some(id) = webinar {
        rows.push(vec![InlineKeyboardButton::callback(t(texts::MORE), WPress::Show(id.to_owned()).encode())]);
    }
    rows.push(vec![InlineKeyboardButton::callback(t(texts::UNSUBSCRIBE), WPress::News(false).encode())]);
    InlineKeyboardMarkup::new(rows)
}

/// Sends confirmed announcements, one at a time, until the process ends.
pub async fn run(app: Arc<App>, bot: Tg) {
    let per_second = NonZeroU32::new(PER_SECOND).expect("non-zero");
    // No burst: evenly spaced, so no second ever holds more than the rate.
    let limiter = DefaultDirectRateLimiter::direct(Quota::per_second(per_second).allow_burst(NonZeroU32::MIN));
    loop {
        tokio::time::sleep(LOOK_EVERY).await;
        if !super::replica::runs(&app, "announce", LOOK_EVERY).await {
            continue;
        }
        match store::resume(&app.db).await {
            Ok(Some(a)) => {
                if let Err(e) = send_all(&app, &bot, &limiter, a).await {
                    tracing::warn!(error = %super::redact::Redacted::any(&e), "sending an announcement stopped; will resume");
                }
            }
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "cannot read the announcement queue; will try again")
            }
        }
    }
}

async fn send_all(app: &App, bot: &Tg, limiter: &DefaultDirectRateLimiter, a: Announcement) -> anyhow::Result<()> {
    let texts: BTreeMap<String, String> = serde_json::from_str(&a.texts)?;
    let key = app.config.pseudonym_key.seal_key();
    let mut last_progress = tokio::time::Instant::now();
    loop {
        let rows = store::queued(&app.db, a.id, 100).await?;
        // Another replica took the job over: it resumes where this one stopped.
        if rows.is_empty() || !super::replica::runs(app, "announce", LOOK_EVERY).await {
            break;
        }
        for row in rows {
            let content = app.content.load_full();
            if !store::claim(&app.db, a.id, row.seq).await? {
                continue;
            }
            let outcome = send_one(app, bot, limiter, &content, &key, &a, &texts, &row).await;
            store::settle(&app.db, a.id, &row, outcome).await?;
            if last_progress.elapsed() >= PROGRESS_EVERY {
                last_progress = tokio::time::Instant::now();
                report(app, bot, &a, false).await;
            }
        }
    }
    report(app, bot, &a, true).await;
    store::finish(&app.db, a.id).await?;
    let (total, delivered, blocked, failed) = store::progress(&app.db, a.id).await?;
    tracing::info!(total, delivered, blocked, failed, "announcement sent");
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn send_one(
    app: &App,
    bot: &Tg,
    limiter: &DefaultDirectRateLimiter,
    content: &Content,
    key: &crate::sealed::SealKey,
    a: &Announcement,
    texts: &BTreeMap<String, String>,
    row: &Queued,
) -> Sent {
    let Ok(chat) = key.open(&row.chat, &store::queue_context(a.id, row.seq)) else { return Sent::Failed };
    let chat = ChatId(chat);
    let Some(text) = texts.get(&row.lang).or_else(|| texts.values().next()) else { return Sent::Failed };
    let lang = content.locales.find(&row.lang).cloned().unwrap_or_else(|| content.locales.default_lang().clone());
    // The cell is taken right before the send, so a slow write before it
    // cannot bunch two messages together.
    limiter.until_ready().await;
    // In her chat like any message of the bot: the quick exit deletes it too.
    let record = Recorder::begin(bot, app, chat, &row.person);
    match record
        .send(bot.send_message(chat, text.clone()).reply_markup(markup(a.webinar.as_deref(), content, &lang)))
        .await
    {
        Ok(_) => Sent::Delivered,
        Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound)) => {
            Sent::Blocked
        }
        Err(e) => {
            tracing::debug!(error = %super::redact::Redacted(&e), "an announcement could not be sent");
            Sent::Failed
        }
    }
}

/// Edits the coordinator's progress message, or at the end sends the report.
async fn report(app: &App, bot: &Tg, a: &Announcement, done: bool) {
    let Some(chat) = a.report_chat.map(ChatId) else { return };
    let Ok((total, delivered, blocked, failed)) = store::progress(&app.db, a.id).await else { return };
    let content = app.content.load_full();
    let lang = content.locales.default_lang().clone();
    let sent = delivered + blocked + failed;
    let result = if done {
        let mut args = FluentArgs::new();
        args.set("delivered", delivered);
        args.set("blocked", blocked);
        args.set("failed", failed);
        retrying(bot.send_message(chat, content.locales.text(&lang, texts::ADMIN_REPORT, None, Some(&args))))
            .await
            .map(|_| ())
    } else if let Some(m) = a.report_message {
        retrying(bot.edit_message_text(chat, MessageId(m as i32), progress_text(&content, &lang, sent, total)))
            .await
            .map(|_| ())
    } else {
        Ok(())
    };
    if let Err(e) = result {
        tracing::debug!(error = %super::redact::Redacted(&e), "could not update the announcement's progress");
    }
}
