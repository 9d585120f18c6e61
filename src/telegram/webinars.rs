//! Webinars in Telegram: the programme under "📅 Webinars", a webinar's
//! own screen (join, register, calendar file, "remind me"), deep links
//! `/start webinar-<id>`, and the job that sends the reminders she asked for.
//!
//! The core builds every webinar screen ([`webinar_screens`]), with the
//! time and what she asked for passed in; this shell only looks those up,
//! sends what the core built, and does what a press asks (store a reminder,
//! send the calendar file). Webinar buttons carry `w:<verb>:<args>` data,
//! which the engine's codec never produces; the routing table sends those
//! presses and the deep links to [`on_press`], never to the engine.
//!
//! Her chat id is kept only while a reminder is pending, and only sealed
//! ([`crate::sealed`]); a reminder for a violence-topic webinar names no
//! topic. Nothing here logs a chat id or a person.

use std::{sync::Arc, time::Duration};

use fluent_bundle::FluentArgs;
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{ChatId, InputFile, MessageId},
};

use super::{
    App, Tg,
    markup::keyboard,
    record::Recorder,
    send::fit,
    webinar_text::{WPress, when},
};
use crate::{
    clock,
    dialogue::{
        Content, Lang,
        callback::{self, Press},
        engine::{Action, Button, Input, Screen, State},
        ui,
        webinar::{self, Join, Webinar, texts},
        webinar_screens,
    },
    storage::{
        self as db,
        webinars::{self as store, Kind, NewReminder},
    },
};

/// How often the reminder job looks at the clock in production.
const REMINDER_EVERY: Duration = Duration::from_secs(30);
/// Reminders sent per look; the rest wait for the next one.
const BATCH: i64 = 200;

fn button(label: String, press: &WPress) -> Button {
    Button { label, action: Action::Callback(press.encode()) }
}

/// The `.ics` file of a webinar. A violence-topic one is called only
/// "Webinar" on her calendar, which others may see.
pub fn ics(content: &Content, lang: &Lang, w: &Webinar) -> String {
    use icalendar::{Component, EventLike};
    let utc = |unix: i64| chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default();
    let mut event = icalendar::Event::new();
    event.uid(&format!("{}@kadam", w.id)).starts(utc(w.start)).ends(utc(w.end()));
    if w.topic.is_sensitive() {
        event.summary(&content.locales.text(lang, texts::NEUTRAL, None, None));
    } else {
        event.summary(&webinar_screens::title(content, lang, w));
        event.description(&content.locales.text(lang, &w.text_id(), Some(webinar::ABOUT), None));
    }
    if let Join::Link(url) = &w.join {
        event.url(url);
    }
    let calendar: icalendar::Calendar = [event.done()].into_iter().collect();
    calendar.to_string()
}

/// Adds the webinars (and the news toggle as she set it) to the screen the
/// engine just drew; the core builds them ([`webinar_screens::dress`]).
pub async fn dress(
    app: &App,
    content: &Content,
    person: &str,
    state: &State,
    screen: &mut Screen,
) -> anyhow::Result<()> {
    let subscribed = webinar_screens::is_list(state) && store::is_subscribed(&app.db, person).await?;
    webinar_screens::dress(content, state, screen, clock::now(), subscribed);
    Ok(())
}

/// A webinar button or deep link, routed here by the routing table
/// (`handlers::on_webinar`): `None` when handled here, otherwise the input
/// for the engine (a violence-topic webinar sends her through the safety
/// check first; without a language she is asked for one first).
pub async fn on_press(
    bot: &Tg,
    app: &App,
    chat: ChatId,
    press: WPress,
    pressed: Option<MessageId>,
) -> anyhow::Result<Option<Input>> {
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = Recorder::begin(bot, app, chat, &person);
    let state = db::state::load(&app.db, &person).await?.unwrap_or_default();
    let list = |node: &str| Input::Command { name: "start".into(), arg: Some(node.to_owned()) };
    let Some(lang) = state.lang.clone() else {
        // No language yet: the engine asks for it, then opens the list.
        return Ok(Some(list(webinar::NODE)));
    };
    // A deep link or button whose webinar is gone: the list as it is now.
    let found = match &press {
        WPress::Show(id) | WPress::Calendar(id) | WPress::Remind(id) => match content.webinars.find(id) {
            Some(w) => Some(w),
            None => return Ok(Some(list(webinar::NODE))),
        },
        _ => None,
    };
    if let Some(w) = found
        && w.topic.is_sensitive()
        && !state.safe
    {
        return Ok(Some(Input::Command { name: webinar::SENSITIVE_NODE.into(), arg: None }));
    }
    let now = clock::now();
    let cx = Cx { bot, app, content: &content, chat, lang: &lang, person: &person, pressed, record: &record };
    match (press, found) {
        (WPress::Show(_), Some(w)) => cx.show_detail(w, now, None).await?,
        (WPress::Calendar(_), Some(w)) => cx.send_calendar(w).await?,
        (WPress::Remind(_), Some(w)) => {
            cx.remind(w, now).await?;
            cx.show_detail(w, now, Some(texts::REMINDING)).await?;
        }
        (WPress::Stop, _) => {
            store::stop(&app.db, &person).await?;
            cx.put(webinar_screens::stopped(&content, &lang)).await?;
        }
        (WPress::News(on), _) => {
            if on {
                let sealed = app.config.pseudonym_key.seal_key().seal(chat.0, store::SUBSCRIBER_CONTEXT)?;
                store::subscribe(&app.db, &person, lang.code(), &sealed, now).await?;
            } else {
                store::unsubscribe(&app.db, &person).await?;
            }
            // The list again, with the toggle turned.
            let back = callback::encode(&content.fingerprint, &Press::Go { node: webinar::NODE.into(), page: 0 });
            return Ok(Some(Input::Press(back)));
        }
        _ => return Ok(Some(list(webinar::NODE))),
    }
    Ok(None)
}

/// What a webinar turn works with.
struct Cx<'a> {
    bot: &'a Tg,
    app: &'a App,
    content: &'a Content,
    chat: ChatId,
    lang: &'a Lang,
    person: &'a str,
    pressed: Option<MessageId>,
    /// Records what is sent for the quick exit.
    record: &'a Recorder<'a>,
}

impl Cx<'_> {
    async fn show_detail(&self, w: &Webinar, now: i64, note: Option<&str>) -> anyhow::Result<()> {
        let reminded = store::is_reminded(&self.app.db, self.person, &w.id).await?;
        self.put(webinar_screens::detail(self.content, self.lang, w, now, reminded, note)).await
    }

    /// Edits the pressed message into `screen`, or sends it anew; records
    /// what was sent so the quick exit can delete it.
    async fn put(&self, screen: Screen) -> anyhow::Result<()> {
        let markup = keyboard(&screen);
        let text = fit(&screen.text);
        if let Some(id) = self.pressed {
            let edit = self.bot.edit_message_text(self.chat, id, text.clone()).reply_markup(markup.clone());
            match self.record.edit(edit).await {
                Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(()),
                Err(e) => tracing::debug!(error = %super::redact::Redacted(&e), "edit failed; sending a new message"),
            }
        }
        self.record.send(self.bot.send_message(self.chat, text).reply_markup(markup)).await?;
        Ok(())
    }

    async fn send_calendar(&self, w: &Webinar) -> anyhow::Result<()> {
        let file = InputFile::memory(ics(self.content, self.lang, w).into_bytes()).file_name(format!("{}.ics", w.id));
        self.record.send(self.bot.send_document(self.chat, file)).await?;
        Ok(())
    }

    /// A day before, an hour before (those still ahead), and after it ends.
    async fn remind(&self, w: &Webinar, now: i64) -> anyhow::Result<()> {
        let key = self.app.config.pseudonym_key.seal_key();
        let mut rows = vec![];
        for (kind, due) in [
            (Kind::DayBefore, w.start - 24 * 3600),
            (Kind::HourBefore, w.start - 3600),
            (Kind::After, w.end() + 15 * 60),
        ] {
            if due > now {
                let chat = key.seal(self.chat.0, &store::reminder_context(&w.id, kind, due))?;
                rows.push(NewReminder { kind, due, chat });
            }
        }
        store::remind(&self.app.db, self.person, &w.id, &rows).await?;
        Ok(())
    }
}

/// Sends the reminders that are due, beside the pipeline, until the
/// process ends. Looks at [`clock::now`], so tests move time instead of
/// waiting for it.
pub async fn run_reminders(app: Arc<App>, bot: Tg) {
    loop {
        tokio::time::sleep(clock::poll(REMINDER_EVERY)).await;
        if let Err(e) = send_due(&app, &bot).await {
            tracing::warn!(error = %super::redact::Redacted::any(&e), "sending webinar reminders failed; will try again");
        }
        if let Err(e) = renewals(&app, &bot).await {
            tracing::warn!(error = %super::redact::Redacted::any(&e), "checking webinar news subscriptions failed; will try again");
        }
    }
}

async fn send_due(app: &App, bot: &Tg) -> anyhow::Result<()> {
    let now = clock::now();
    let due = store::due(&app.db, now, BATCH).await?;
    if due.is_empty() {
        return Ok(());
    }
    let content = app.content.load_full();
    let key = app.config.pseudonym_key.seal_key();
    let mut sent = 0;
    for r in due {
        // Off the list first: she is never reminded twice, whatever happens.
        if !store::take(&app.db, r.id).await? {
            continue;
        }
        let Ok(chat) = key.open(&r.chat, &store::reminder_context(&r.webinar, r.kind, r.due)) else {
            tracing::warn!("a sealed reminder did not open; dropped it");
            continue;
        };
        // A webinar taken off the programme: no reminder about it.
        let Some(w) = content.webinars.find(&r.webinar) else { continue };
        // Down past the start (a long outage): a reminder would only confuse.
        if r.kind != Kind::After && now >= w.start {
            continue;
        }
        let chat = ChatId(chat);
        let lang = db::state::load(&app.db, &r.person)
            .await?
            .and_then(|s| s.lang)
            .unwrap_or_else(|| w.langs.first().cloned().unwrap_or_else(|| content.locales.default_lang().clone()));
        let screen = reminder(&content, &lang, w, r.kind, now);
        let record = Recorder::begin(bot, app, chat, &r.person);
        match record
            .send(bot.send_message(chat, screen.text).reply_markup(keyboard(&Screen {
                keyboard: screen.keyboard,
                ..Screen { lang, text: String::new(), keyboard: vec![], media: None }
            })))
            .await
        {
            Ok(message) => sent += usize::from(message.is_some()),
            // She blocked the bot: her reminders and her news end at once.
            Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound)) => {
                store::stop(&app.db, &r.person).await?;
                store::unsubscribe(&app.db, &r.person).await?;
            }
            Err(e) => tracing::warn!(error = %super::redact::Redacted(&e), "could not send a webinar reminder"),
        }
    }
    tracing::info!(sent, "webinar reminders sent");
    Ok(())
}

/// News of webinars lasts a year: [`store::RENEW_ASK_DAYS`] before the end
/// she is asked, once, whether to keep it (a message recorded like any
/// other, so the quick exit deletes it); a year after she subscribed or
/// last renewed, it ends, and her sealed chat id with it. A blocked bot
/// ends it at once.
async fn renewals(app: &App, bot: &Tg) -> anyhow::Result<()> {
    let now = clock::now();
    let ended = store::expire(&app.db, now).await?;
    let due = store::renewals_due(&app.db, now, BATCH).await?;
    if ended == 0 && due.is_empty() {
        return Ok(());
    }
    let content = app.content.load_full();
    let key = app.config.pseudonym_key.seal_key();
    let mut asked = 0;
    for (person, lang, sealed) in due {
        // Marked first: she is never asked twice, whatever happens.
        store::renewal_asked(&app.db, &person, now).await?;
        let Ok(chat) = key.open(&sealed, store::SUBSCRIBER_CONTEXT) else {
            tracing::warn!("a subscriber's sealed chat id did not open; the subscription ended");
            store::unsubscribe(&app.db, &person).await?;
            continue;
        };
        let lang = content.locales.find(&lang).unwrap_or(content.locales.default_lang()).clone();
        let t = |id: &str| content.locales.text(&lang, id, None, None);
        let keyboard_rows = vec![
            vec![button(t(texts::RENEW_YES), &WPress::News(true))],
            vec![button(t(texts::UNSUBSCRIBE), &WPress::News(false))],
        ];
        let screen = Screen { lang: lang.clone(), text: t(texts::RENEW), keyboard: keyboard_rows, media: None };
        let chat = ChatId(chat);
        let record = Recorder::begin(bot, app, chat, &person);
        match record.send(bot.send_message(chat, screen.text.clone()).reply_markup(keyboard(&screen))).await {
            Ok(message) => asked += usize::from(message.is_some()),
            Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound)) => {
                store::unsubscribe(&app.db, &person).await?;
            }
            Err(e) => tracing::warn!(error = %super::redact::Redacted(&e), "could not ask a subscriber to renew"),
        }
    }
    tracing::info!(ended, asked, "webinar news subscriptions");
    if ended > 0 {
        app.db.erase_deleted(&["webinar_subscriber", "announcement_queue"]).await?;
    }
    Ok(())
}

/// A reminder: names the webinar unless it is about violence, and always
/// carries "stop reminders". After the webinar: "was it useful?", opening
/// the consented feedback form.
pub fn reminder(content: &Content, lang: &Lang, w: &Webinar, kind: Kind, now: i64) -> Screen {
    let t = |id: &str| content.locales.text(lang, id, None, None);
    let mut args = FluentArgs::new();
    args.set("when", when(content, lang, w.start, now));
    let (text, first) = if kind == Kind::After {
        // A rating of a violence webinar, kept for years under her
        // pseudonym, would itself say what she went to (as for violence
        // guides, which ask for none): those go under the neutral `webinars`.
        let topic = if w.topic.is_sensitive() { webinar::NODE.to_owned() } else { webinar::feedback_topic(&w.id) };
        let ask = Press::Ask { topic };
        // The same button as at the end of a guide: the consented form.
        let label = match content.graph.feedback() {
            Some(ix) => content.locales.text(lang, &content.graph.node(ix).id, Some("button"), None),
            None => content.locales.text(lang, ui::NEXT, None, None),
        };
        (t(texts::AFTER), Button { label, action: Action::Callback(callback::encode(&content.fingerprint, &ask)) })
    } else if w.topic.is_sensitive() {
        (
            content.locales.text(lang, texts::REMINDER, None, Some(&args)),
            button(t(texts::MORE), &WPress::Show(w.id.clone())),
        )
    } else {
        args.set("title", webinar_screens::title(content, lang, w));
        let text = content.locales.text(lang, texts::REMINDER_NAMED, None, Some(&args));
        (text, button(t(texts::MORE), &WPress::Show(w.id.clone())))
    };
    let keyboard = vec![vec![first], vec![button(t(texts::STOP), &WPress::Stop)]];
    Screen { lang: lang.clone(), text, keyboard, media: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped content with its example webinars published (they are drafts).
    fn shipped() -> Content {
        let (content, diags) = Content::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        let mut content = content.unwrap_or_else(|| panic!("{:?}", diags.sorted()));
        let drafts = std::mem::take(&mut content.webinars.drafts);
        content.webinars.webinars.extend(drafts);
        content
    }

    #[test]
    fn the_calendar_file_parses_and_hides_a_sensitive_topic() {
        use icalendar::Component;
        let content = shipped();
        let ru = Lang::new("ru");
        let parse = |id: &str| {
            let text = ics(&content, &ru, content.webinars.find(id).unwrap());
            let calendar: icalendar::Calendar = text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"));
            calendar.components.into_iter().find_map(|c| c.as_event().cloned()).expect("one event")
        };
        let event = parse("portal-basics");
        let title = content.locales.text(&ru, "webinar-portal-basics", None, None);
        assert_eq!(event.get_summary(), Some(title.as_str()));
        // 15:00 in Bishkek is 09:00 UTC.
        let start = event.get_start().unwrap();
        assert_eq!(
            start,
            icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(
                chrono::DateTime::from_timestamp(time::macros::datetime!(2026-12-16 15:00 +6).unix_timestamp(), 0)
                    .unwrap()
            ))
        );
        let hidden = parse("protection-orders");
        let neutral = content.locales.text(&ru, crate::dialogue::webinar::texts::NEUTRAL, None, None);
        assert_eq!(hidden.get_summary(), Some(neutral.as_str()));
        assert_eq!(hidden.get_description(), None);
    }

    #[test]
    fn dates_are_written_as_people_write_them() {
        let content = shipped();
        let start = time::macros::datetime!(2026-12-16 15:00 +6).unix_timestamp();
        let day_before = time::macros::datetime!(2026-12-15 23:59 +6).unix_timestamp();
        let week_before = time::macros::datetime!(2026-12-09 12:00 +6).unix_timestamp();
        let w = |lang: &str, now: i64| when(&content, &Lang::new(lang), start, now);
        // Through the texts' ids, so staff may reword them: the right text,
        // with the day and month as numbers for the text to name.
        use crate::dialogue::webinar::texts;
        let said = |lang: &str, id: &str, day: Option<(u8, u8)>| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("time", "15:00");
            if let Some((day, month)) = day {
                args.set("day", day);
                args.set("month", month);
            }
            content.locales.text(&Lang::new(lang), id, None, Some(&args))
        };
        for lang in ["ru", "ky", "uz"] {
            assert_eq!(w(lang, day_before), said(lang, texts::WHEN_TOMORROW, None));
            assert_eq!(w(lang, start - 3600), said(lang, texts::WHEN_TODAY, None));
            assert_eq!(w(lang, week_before), said(lang, texts::WHEN_DATE, Some((16, 12))));
        }
        // The month is named in words, not left as a number.
        assert!(!w("ru", week_before).contains("12"), "{}", w("ru", week_before));
    }
}
