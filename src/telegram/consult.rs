//! Questions to a consultant, answered in a staff forum group
//! (docs/consultations.md).
//!
//! Her side: on a `consult` screen the engine hands her text over as an
//! [`Ask`]; [`ask`] opens a topic in the staff group (`#Q-12 · ky · lawyer ·
//! violence`, nothing about her) and posts the text there, or adds it to her
//! open question for that consultant. Her chat id is kept sealed
//! ([`crate::sealed`]) while the question is open.
//!
//! Staff side: whatever a consultant writes in the topic is an answer
//! ([`on_staff_message`]). A consultant is listed in `KADAM_CONSULT_STAFF_IDS`
//! or, when that is unset, an administrator of the group ([`is_consultant`]):
//! a plain member, who may have been added by anyone, reads the topics but
//! never reaches her, and the coordinators are told when one joins; she gets only a neutral "📩 You have a
//! new message" with a button, and the answer is copied to her from the
//! topic when she presses it ([`on_press`]), after "Is it safe to read now?"
//! for sensitive consultants. Copying at that moment means no answer text
//! is ever stored, and a consultant's edit or deletion before she reads it
//! is what she sees. Every screen she gets is built in the core
//! ([`crate::dialogue::consult_screens`]), as the practice shells show it.
//! `/close` in a topic ends the question.
//!
//! Erasure: the quick exit closes her topics and deletes every answer
//! waiting for her ([`on_quick_exit`]); `/forget` deletes her topics
//! ([`on_forget`]). [`watch`] bumps unanswered questions once, closes quiet
//! ones after the retention period and deletes their topics once they are
//! unlinked from her. At most [`MAX_NEW_PER_DAY`] new questions a day per
//! person, so nobody can flood the staff group with topics.
//!
//! Nothing here logs a text, a name or an id of hers.

use std::{
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use fluent_bundle::FluentArgs;
use teloxide::{
    RequestError,
    prelude::*,
    types::{MessageId, MessageKind, ThreadId, User, UserId},
};

use super::{
    App, HandlerResult, Tg,
    record::Recorder,
    send::{briefly, retrying},
};
use crate::{
    clock::{self, now},
    config::Consult as Settings,
    dialogue::{
        Content, Lang,
        consult_screens::{self, QPress, Reply},
        engine::{Ask, Screen},
        kinds::consult as text,
    },
    hours::Hours,
    storage::{self as db, consult::Question},
};

/// Telegram's limit on a message text, in characters.
const LIMIT: usize = crate::dialogue::TEXT_LIMIT;
/// How often [`watch`] looks for questions to bump or close.
const WATCH_EVERY: Duration = Duration::from_secs(60);
/// New questions one person may open in a day (additions to an open one
/// are not counted).
pub const MAX_NEW_PER_DAY: i64 = 3;
/// How long the group's administrators are trusted without asking again,
/// in seconds: one `getChatAdministrators` per five minutes at most, and a
/// demoted administrator stops being relayed within five minutes.
const ADMINS_FOR: i64 = 5 * 60;

/// The administrators of the staff group as last asked, and when. Kept in
/// the [`App`] (one bot serves one staff group), not in a static, so that
/// each app, as in tests that build several, asks for its own.
#[derive(Default)]
pub struct Admins(Mutex<Option<(i64, Vec<u64>)>>);

impl Admins {
    /// The list if it was asked for less than [`ADMINS_FOR`] before `now`.
    fn fresh(&self, now: i64) -> Option<Vec<u64>> {
        let cached = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cached.as_ref().filter(|(at, _)| (*at..*at + ADMINS_FOR).contains(&now)).map(|(_, ids)| ids.clone())
    }

    fn keep(&self, now: i64, ids: Vec<u64>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some((now, ids));
    }
}

/// Staff texts (`consult-staff-*`): in Russian where the content has it,
/// the language most staff in Kyrgyzstan read, else the default.
fn staff_lang(content: &Content) -> Lang {
    content.locales.find("ru").unwrap_or(content.locales.default_lang()).clone()
}

fn t(content: &Content, lang: &Lang, id: &str, args: Option<&FluentArgs>) -> String {
    content.locales.text(lang, id, None, args)
}

fn one(key: &str, value: impl Into<fluent_bundle::FluentValue<'static>>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set(key.to_owned(), value);
    args
}

fn thread(id: i64) -> ThreadId {
    ThreadId(MessageId(i32::try_from(id).unwrap_or_default()))
}

/// Her question (or an addition) from a `consult` screen: passed on to the
/// staff, and her confirmation sent.
pub async fn ask(record: &Recorder<'_>, content: &Content, ask: &Ask, lang: &Lang) -> anyhow::Result<()> {
    let Recorder { bot, app, chat, person, .. } = *record;
    let Some(settings) = &app.config.consult else {
        return show(record, consult_screens::reply(content, lang, &Reply::Unavailable)).await;
    };
    let open = db::consult::open_of(&app.db, person).await?;
    let reply = if let Some(q) = open.iter().find(|q| q.consultant == ask.consultant) {
        add(bot, app, settings, q, &ask.text).await?
    } else if open.len() >= settings.max_open {
        Reply::Limit { max: settings.max_open as i64 }
    } else if db::consult::asked_since(&app.db, person, now() - 24 * 3600).await? >= MAX_NEW_PER_DAY {
        Reply::DailyLimit { max: MAX_NEW_PER_DAY }
    } else {
        open_question(bot, app, content, settings, chat, person, ask, lang).await?
    };
    show(record, consult_screens::reply(content, lang, &reply)).await
}

/// Sends her a screen built in the core, recorded the moment it exists so
/// the quick exit can delete it.
async fn show(record: &Recorder<'_>, screen: Screen) -> anyhow::Result<()> {
    let markup = super::markup::keyboard(&screen);
    record.send(record.bot.send_message(record.chat, screen.text).reply_markup(markup)).await?;
    Ok(())
}

/// Adds her text to an open question's topic.
async fn add(bot: &Tg, app: &App, settings: &Settings, q: &Question, words: &str) -> anyhow::Result<Reply> {
    let Some(topic) = q.topic_id else {
        return Ok(Reply::Unavailable);
    };
    if let Err(e) = post(bot, settings.chat_id, topic, &format!("➕ #Q-{}", q.id), words).await {
        tracing::warn!(error = %super::redact::Redacted(&e), "could not add to a question in the staff group");
        return Ok(Reply::Unavailable);
    }
    db::consult::touch(&app.db, q.id, now()).await?;
    Ok(Reply::Added { number: q.id })
}

/// Opens a new question: a row, a topic, her sealed chat id, her text.
#[allow(clippy::too_many_arguments)]
async fn open_question(
    bot: &Tg,
    app: &App,
    content: &Content,
    settings: &Settings,
    chat: ChatId,
    person: &str,
    ask: &Ask,
    lang: &Lang,
) -> anyhow::Result<Reply> {
    let new = db::consult::New { person, consultant: &ask.consultant, lang: lang.code(), area: &ask.area };
    let id = db::consult::create(&app.db, &new, now()).await?;
    let name = format!("#Q-{id} · {} · {} · {}", lang.code(), ask.consultant, ask.area);
    let opened = async {
        let topic = retrying(bot.create_forum_topic(ChatId(settings.chat_id), name.clone())).await?;
        let topic = i64::from(topic.thread_id.0.0);
        let help = t(content, &staff_lang(content), text::STAFF_HELP, None);
        let heading = post(bot, settings.chat_id, topic, &format!("{name}\n\n{help}"), &ask.text).await?;
        // The help stays at the top of the topic. Without the Pin right it
        // is still the first message, so this is not worth failing for.
        if let Err(e) =
            retrying(bot.pin_chat_message(ChatId(settings.chat_id), heading).disable_notification(true)).await
        {
            tracing::info!(error = %super::redact::Redacted(&e), "could not pin the help in a new topic; give the bot the Pin Messages right");
        }
        anyhow::Ok(topic)
    }
    .await;
    let topic = match opened {
        Ok(topic) => topic,
        Err(e) => {
            tracing::warn!(error = %super::redact::Redacted::any(&e), "could not open a topic in the staff group; is the bot an admin there with Manage Topics?");
            db::consult::discard(&app.db, id).await?;
            return Ok(Reply::Unavailable);
        }
    };
    let sealed = app.config.pseudonym_key.seal_key().seal(chat.0, &db::consult::seal_context(id))?;
    db::consult::set_contact(&app.db, id, &sealed, topic).await?;
    tracing::info!(consultant = %ask.consultant, lang = lang.code(), "a question was passed to the staff");
    let opens = (!settings.hours.is_open(now())).then(|| Hours::when(settings.hours.next_open(now())));
    Ok(Reply::Received { number: id, opens })
}

/// Posts a heading and then `words` in the topic, split cleanly into as
/// many messages as Telegram's length limit needs.
/// Returns the heading's id.
async fn post(bot: &Tg, group: i64, topic: i64, heading: &str, words: &str) -> Result<MessageId, RequestError> {
    let heading =
        retrying(bot.send_message(ChatId(group), heading.to_owned()).message_thread_id(thread(topic))).await?;
    for part in split(words, LIMIT) {
        retrying(bot.send_message(ChatId(group), part).message_thread_id(thread(topic))).await?;
    }
    Ok(heading.id)
}

/// Cuts `text` into parts of at most `limit` characters, at a paragraph,
/// line or word break where there is one in the second half of a part, so
/// no word is cut in two unless it is longer than half a message.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    let mut parts = vec![];
    let mut rest = text.trim();
    while rest.chars().count() > limit {
        let end = rest.char_indices().nth(limit).map_or(rest.len(), |(i, _)| i);
        let window = &rest[..end];
        let half = window.char_indices().nth(limit / 2).map_or(0, |(i, _)| i);
        let cut = ["\n\n", "\n", " "].iter().find_map(|sep| window.rfind(sep).filter(|&i| i >= half)).unwrap_or(end);
        parts.push(rest[..cut].trim_end().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

/// Whether a message is from the staff group (see [`on_staff_message`]).
pub fn from_staff_group(app: Arc<App>, msg: Message) -> bool {
    app.config.consult.as_ref().is_some_and(|c| c.chat_id == msg.chat.id.0)
}

/// A message in the staff group: in a question's topic, from a consultant,
/// it is an answer (or `/close`); from anyone else it is not relayed, and the
/// topic says so. Someone joining who is not a consultant is announced in
/// the General topic. Anything else is left alone.
pub async fn on_staff_message(bot: Tg, app: Arc<App>, msg: Message) -> HandlerResult {
    let Some(settings) = &app.config.consult else { return Ok(()) };
    if let MessageKind::NewChatMembers(joined) = &msg.kind {
        return on_join(&bot, &app, settings, &joined.new_chat_members).await;
    }
    let (Some(from), Some(topic)) = (&msg.from, msg.thread_id) else { return Ok(()) };
    if from.is_bot || !matches!(msg.kind, MessageKind::Common(_)) {
        return Ok(());
    }
    let topic = i64::from(topic.0.0);
    let Some(q) = db::consult::in_topic(&app.db, topic).await? else { return Ok(()) };
    let content = app.content.load_full();
    let staff = staff_lang(&content);
    if !is_consultant(&bot, &app, settings, from.id).await {
        tracing::info!("a message from someone who is not a consultant was not relayed");
        let words = t(&content, &staff, text::STAFF_NOT_CONSULTANT, None);
        retrying(bot.send_message(msg.chat.id, words).message_thread_id(thread(topic))).await?;
        return Ok(());
    }
    let command = msg.text().map(str::trim).filter(|t| t.starts_with('/'));
    match command.map(|c| c.split(['@', ' ']).next().unwrap_or_default()) {
        Some("/close") if q.closed_at.is_none() => {
            close(&bot, &app, settings, &q, text::STAFF_CLOSED).await?;
            Ok(())
        }
        // Other commands are for the staff, never relayed.
        Some(_) => {
            let help = t(&content, &staff, text::STAFF_HELP, None);
            retrying(bot.send_message(msg.chat.id, help).message_thread_id(thread(topic))).await?;
            Ok(())
        }
        // An answer after the question was closed reaches nobody: say so,
        // rather than let it vanish.
        None if q.closed_at.is_some() => not_delivered(&bot, &content, settings, &q).await,
        None => deliver(&bot, &app, &content, settings, &q, msg.id, from.id).await,
    }
}

/// Whether `user` may answer her: listed in `KADAM_CONSULT_STAFF_IDS`, or,
/// when that is unset, an administrator of the staff group. When Telegram
/// cannot say who the administrators are, nobody is relayed (and it is
/// asked again at the next message).
async fn is_consultant(bot: &Tg, app: &App, settings: &Settings, user: UserId) -> bool {
    match &settings.staff_ids {
        Some(ids) => ids.contains(&user.0),
        None => admins(bot, app, settings).await.is_some_and(|ids| ids.contains(&user.0)),
    }
}

/// The group's administrators (people, not bots), cached for [`ADMINS_FOR`].
async fn admins(bot: &Tg, app: &App, settings: &Settings) -> Option<Vec<u64>> {
    let now = now();
    if let Some(ids) = app.admins.fresh(now) {
        return Some(ids);
    }
    match retrying(bot.get_chat_administrators(ChatId(settings.chat_id))).await {
        Ok(members) => {
            let ids: Vec<u64> = members.iter().filter(|m| !m.user.is_bot).map(|m| m.user.id.0).collect();
            app.admins.keep(now, ids.clone());
            Some(ids)
        }
        Err(e) => {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not ask who administers the staff group; nothing is relayed until it can");
            None
        }
    }
}

/// People joined the staff group: each who is not a consultant can read
/// every question there, so the coordinators are told in the General topic.
async fn on_join(bot: &Tg, app: &App, settings: &Settings, joined: &[User]) -> HandlerResult {
    let content = app.content.load_full();
    let staff = staff_lang(&content);
    for user in joined.iter().filter(|u| !u.is_bot) {
        if is_consultant(bot, app, settings, user.id).await {
            continue;
        }
        tracing::info!("someone who is not a consultant joined the staff group; the coordinators were told");
        let words = t(&content, &staff, text::STAFF_NEW_MEMBER, Some(&one("name", user.full_name())));
        retrying(bot.send_message(ChatId(settings.chat_id), words)).await?;
    }
    Ok(())
}

/// Tells the topic an answer reached nobody.
async fn not_delivered(bot: &Tg, content: &Content, settings: &Settings, q: &Question) -> HandlerResult {
    let Some(topic) = q.topic_id else { return Ok(()) };
    let words = t(content, &staff_lang(content), text::STAFF_NOT_DELIVERED, None);
    retrying(bot.send_message(ChatId(settings.chat_id), words).message_thread_id(thread(topic))).await?;
    Ok(())
}

/// Tells her, neutrally, that an answer waits for her.
async fn deliver(
    bot: &Tg,
    app: &App,
    content: &Content,
    settings: &Settings,
    q: &Question,
    answer: MessageId,
    by: UserId,
) -> HandlerResult {
    let code = app.config.pseudonym_key.staff_code(by.0);
    // Claimed in one statement with the check that the question is open:
    // her quick exit, racing this answer, either closed it before (nothing
    // is sent) or comes after and deletes what this sends.
    let Some(claim) = db::consult::claim_answer(&app.db, q.id, answer.0, &code, now()).await? else {
        return not_delivered(bot, content, settings, q).await;
    };
    let key = app.config.pseudonym_key.seal_key();
    let chat = claim.sealed_chat.as_deref().map(|s| key.open(s, &db::consult::seal_context(q.id)));
    let Some(Ok(chat)) = chat else {
        tracing::warn!("an open question's contact does not open; closing it");
        return close(bot, app, settings, q, text::STAFF_NOT_DELIVERED).await;
    };
    let lang = content.locales.find(&q.lang).unwrap_or(content.locales.default_lang()).clone();
    let chat = ChatId(chat);
    let sent = show(
        &Recorder::begin(bot, app, chat, &claim.person),
        consult_screens::new_message(content, &lang, claim.answer),
    )
    .await;
    match sent {
        Ok(_) => {}
        Err(e) => {
            tracing::info!(error = %super::redact::Redacted::any(&e), "an answer could not be announced to the person");
            not_delivered(bot, content, settings, q).await?;
        }
    }
    Ok(())
}

/// Closes a question: her sealed chat id and waiting answers go, the topic
/// gets `why` (a `consult-staff-*` text) and is closed. A question someone
/// else closed a moment ago is left as it is.
async fn close(bot: &Tg, app: &App, settings: &Settings, q: &Question, why: &str) -> HandlerResult {
    if !db::consult::close(&app.db, q.id, now()).await? {
        return Ok(());
    }
    let Some(topic) = q.topic_id else { return Ok(()) };
    let content = app.content.load_full();
    let words = t(&content, &staff_lang(&content), why, None);
    let group = ChatId(settings.chat_id);
    if let Err(e) = briefly(bot.send_message(group, words).message_thread_id(thread(topic))).await {
        tracing::warn!(error = %super::redact::Redacted(&e), "could not say in the staff topic that a question was closed");
    }
    if let Err(e) = briefly(bot.close_forum_topic(group, thread(topic))).await {
        tracing::warn!(error = %super::redact::Redacted(&e), "could not close a staff topic");
    }
    Ok(())
}

/// A press on one of this module's buttons (`kq:…`), or `None` for any
/// other press. Only her own answers and questions open for her.
pub async fn on_press(bot: &Tg, app: &App, chat: ChatId, data: &str) -> Option<HandlerResult> {
    if !data.starts_with(consult_screens::PREFIX) {
        return None;
    }
    Some(press(bot, app, chat, QPress::decode(data)).await)
}

async fn press(bot: &Tg, app: &App, chat: ChatId, pressed: Option<QPress>) -> HandlerResult {
    let content = app.content.load_full();
    let person = app.config.pseudonym_key.pseudonym(chat.0);
    let record = Recorder::begin(bot, app, chat, &person);
    let state = db::state::load(&app.db, &person).await?;
    let lang = state.and_then(|s| s.lang).unwrap_or_else(|| content.locales.default_lang().clone());
    match pressed {
        Some(QPress::Read(id)) => read(&record, &content, id, false, &lang).await?,
        Some(QPress::ReadSafe(id)) => read(&record, &content, id, true, &lang).await?,
        Some(QPress::Close(id)) => finish(&record, &content, id, false, &lang).await?,
        Some(QPress::Helped(id)) => finish(&record, &content, id, true, &lang).await?,
        None => show(&record, consult_screens::stale(&content, &lang)).await?,
    };
    Ok(())
}

/// "Read": the safety question first for a sensitive consultant, then the
/// answer copied from the staff topic and what she can do next.
async fn read(record: &Recorder<'_>, content: &Content, id: i64, safe: bool, lang: &Lang) -> anyhow::Result<()> {
    let Recorder { bot, app, chat, person, .. } = *record;
    let (Some(settings), Some((question, staff_message))) =
        (&app.config.consult, db::consult::answer_for(&app.db, id, person).await?)
    else {
        return show(record, consult_screens::gone(content, lang)).await;
    };
    let q = db::consult::get(&app.db, question).await?;
    let graph = &content.graph;
    let sensitive = q.as_ref().and_then(|q| graph.find(&q.consultant)).is_some_and(|ix| graph.node(ix).sensitive);
    if sensitive && !safe {
        return show(record, consult_screens::safe_to_read(content, lang, id)).await;
    }
    let copied = record.copy(bot.copy_message(chat, ChatId(settings.chat_id), MessageId(staff_message))).await;
    let Ok(copied) = copied else {
        return show(record, consult_screens::gone(content, lang)).await;
    };
    if copied.is_none() {
        return Ok(());
    }
    let open = q.as_ref().filter(|q| q.closed_at.is_none()).map(|q| (q.consultant.as_str(), q.id));
    show(record, consult_screens::after_read(content, lang, open)).await
}

/// "Thank you, that helped" or "Close my question".
async fn finish(record: &Recorder<'_>, content: &Content, id: i64, helped: bool, lang: &Lang) -> anyhow::Result<()> {
    let Recorder { bot, app, person, .. } = *record;
    let open = db::consult::open_of(&app.db, person).await?;
    if let (Some(settings), Some(q)) = (&app.config.consult, open.iter().find(|q| q.id == id)) {
        let why = if helped { text::STAFF_CLOSED_HELPED } else { text::STAFF_CLOSED_BY_PERSON };
        close(bot, app, settings, q, why).await?;
    }
    show(record, consult_screens::closed(content, lang)).await
}

/// The quick exit: her open questions are closed, each topic marked
/// "closed by the person" with nothing of hers added, and every answer
/// waiting behind an old "Open" button is deleted at once.
pub async fn on_quick_exit(bot: &Tg, app: &App, person: &str) {
    let Some(settings) = &app.config.consult else { return };
    let result = async {
        for q in db::consult::open_of(&app.db, person).await? {
            close(bot, app, settings, &q, text::STAFF_CLOSED_BY_PERSON).await?;
        }
        db::consult::drop_answers_of(&app.db, person).await?;
        anyhow::Ok(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %super::redact::Redacted::any(&e), "the quick exit could not close every question");
    }
}

/// `/forget`: her topics are deleted from the staff group, so nothing of
/// hers remains there. The rows go with everything else about her
/// (`storage::privacy::PERSON_TABLES`).
pub async fn on_forget(bot: &Tg, app: &App, person: &str) {
    let Some(settings) = &app.config.consult else { return };
    let questions = match db::consult::all_of(&app.db, person).await {
        Ok(questions) => questions,
        Err(e) => return tracing::warn!(error = %super::redact::Redacted(&e), "could not list questions to forget"),
    };
    for topic in questions.iter().filter_map(|q| q.topic_id) {
        if let Err(e) = briefly(bot.delete_forum_topic(ChatId(settings.chat_id), thread(topic))).await {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not delete a staff topic on /forget");
        }
    }
}

/// Beside the pipeline: bumps questions nobody answered (once), and
/// closes questions quiet for the retention period, deleting her chat id.
pub async fn watch(app: Arc<App>, bot: Tg) {
    let Some(settings) = app.config.consult.clone() else { return };
    loop {
        tokio::time::sleep(clock::poll(WATCH_EVERY)).await;
        if let Err(e) = look(&app, &bot, &settings).await {
            tracing::warn!(error = %super::redact::Redacted::any(&e), "could not check the open questions; will try again");
        }
    }
}

async fn look(app: &App, bot: &Tg, settings: &Settings) -> anyhow::Result<()> {
    let now = now();
    let content = app.content.load_full();
    let staff = staff_lang(&content);
    let bump_before = now - i64::from(settings.bump_after_hours) * 3600;
    for q in db::consult::unanswered(&app.db, bump_before).await? {
        let mut args = one("number", q.id);
        args.set("hours", i64::from(settings.bump_after_hours));
        let words = t(&content, &staff, text::STAFF_BUMP, Some(&args));
        retrying(bot.send_message(ChatId(settings.chat_id), words)).await?;
        db::consult::mark_bumped(&app.db, q.id).await?;
    }
    let keep_before = now - i64::from(settings.retention_days) * 24 * 3600;
    let stale = db::consult::stale(&app.db, keep_before).await?;
    for q in &stale {
        close(bot, app, settings, q, text::STAFF_CLOSED_RETENTION).await?;
    }
    let unlinked = db::consult::unlink_closed(&app.db, keep_before).await?;
    let deleted = delete_old_topics(app, bot, settings).await?;
    if !stale.is_empty() || unlinked > 0 || deleted > 0 {
        tracing::info!(closed = stale.len(), unlinked, topics_deleted = deleted, "consultation retention");
        app.db.erase_deleted(&["consult_question", "consult_answer"]).await?;
    }
    Ok(())
}

/// Deletes the topics of questions past retention: her question's text
/// lives there, and once the row is unlinked from her even `/forget` could
/// not find it. A topic Telegram refuses to delete now is tried again at
/// the next look; one already gone counts as deleted.
async fn delete_old_topics(app: &App, bot: &Tg, settings: &Settings) -> anyhow::Result<usize> {
    let mut deleted = 0;
    for (id, topic) in db::consult::topics_to_delete(&app.db).await? {
        match retrying(bot.delete_forum_topic(ChatId(settings.chat_id), thread(topic))).await {
            Ok(_) => {}
            Err(e) if topic_gone(&e) => {}
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "could not delete a staff topic past retention; will try again");
                break;
            }
        }
        db::consult::topic_deleted(&app.db, id).await?;
        deleted += 1;
    }
    Ok(deleted)
}

/// Telegram's answer for a topic that no longer exists.
fn topic_gone(e: &RequestError) -> bool {
    let text = e.to_string();
    text.contains("thread not found") || text.contains("TOPIC_ID_INVALID")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_split_at_breaks_within_the_limit() {
        let para = "слово ".repeat(500);
        let text = format!("{para}\n\n{para}");
        let parts = split(&text, 4096);
        assert!(parts.len() >= 2);
        for p in &parts {
            assert!(p.chars().count() <= 4096);
            assert!(p.ends_with("слово"), "cut inside a word: {:?}", &p[p.len() - 20..]);
        }
        let joined: String = parts.join(" ");
        assert_eq!(joined.split_whitespace().count(), 1000, "no word lost");
        // One very long word is cut hard, never lost.
        let word = "ж".repeat(9000);
        let parts = split(&word, 4096);
        assert_eq!(parts.iter().map(|p| p.chars().count()).collect::<Vec<_>>(), vec![4096, 4096, 808]);
        assert_eq!(split("short", 4096), vec!["short"]);
        assert!(split("  ", 4096).is_empty());
    }
}
