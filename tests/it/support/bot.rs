//! Helpers for the tests that run `kadam run` against the fake Bot API:
//! the shipped content's texts (so expectations follow content edits), the
//! chat as a person sees it, and waits for the screen or request a test
//! needs next.
//!
//! Every wait returns as soon as what it waits for is there, and fails the
//! test after [`DEFAULT_TIMEOUT`] with what the chat showed and the bot's
//! last calls. There is no "wait until the bot is quiet": a test that needs
//! to know something did *not* happen waits for a later answer in the same
//! chat (teloxide handles one chat's updates in order), then looks.

use std::{
    path::{Path, PathBuf},
    sync::LazyLock,
};

use kadam::dialogue::{Content, Lang};
use sqlx::{Connection, SqliteConnection};

use super::{
    content_dir::repo_root,
    fake_api::{Call, DEFAULT_TIMEOUT, FakeApi, FakeUser, SeenMessage},
    kadam::Home,
};

/// The shipped content, loaded once for the whole test binary.
pub static CONTENT: LazyLock<Content> = LazyLock::new(|| {
    let (content, diags) = Content::load(repo_root());
    content.unwrap_or_else(|| panic!("shipped content has errors: {:?}", diags.sorted()))
});

/// A text of the shipped content, as the bot renders it.
pub fn t(lang: &str, id: &str) -> String {
    CONTENT.locales.text(&Lang::new(lang), id, None, None)
}

/// "Step `current` of `total`" as a guide's step shows it in `lang`.
pub fn step_of(lang: &str, current: usize, total: usize) -> String {
    t_args(lang, "ui-step-of", &[("current", current), ("total", total)])
}

/// A text of the shipped content with numeric variables, as the bot renders it.
pub fn t_args(lang: &str, id: &str, args: &[(&'static str, usize)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for &(name, value) in args {
        fluent.set(name, value);
    }
    CONTENT.locales.text(&Lang::new(lang), id, None, Some(&fluent))
}

/// A text of the shipped content with text variables, as the bot renders it.
pub fn t_with(lang: &str, id: &str, args: &[(&'static str, &str)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for &(name, value) in args {
        fluent.set(name, value.to_owned());
    }
    CONTENT.locales.text(&Lang::new(lang), id, None, Some(&fluent))
}

/// The label of the button that leads to `id`, in the shipped content.
pub fn button(lang: &str, id: &str) -> String {
    CONTENT.locales.text(&Lang::new(lang), id, Some("button"), None)
}

pub fn user(id: u64, lang: Option<&str>) -> FakeUser {
    FakeUser { language_code: lang.map(str::to_owned), ..FakeUser::new(id) }
}

/// A home serving the fixture content (one node of every kind, a photo among them).
pub fn fixture_home() -> Home {
    Home::with_content(&fixture_content())
}

/// `tests/fixtures/valid`, as an absolute path.
pub fn fixture_content() -> PathBuf {
    repo_root().join("tests/fixtures/valid")
}

/// The bot's messages in `chat`, oldest first, as she sees them.
pub fn bot_messages(api: &FakeApi, chat: i64) -> Vec<SeenMessage> {
    api.visible(chat).into_iter().filter(|m| m.from_bot).collect()
}

/// The text (or caption) of the bot's newest message in `chat`; empty if none.
pub fn last_bot_text(api: &FakeApi, chat: i64) -> String {
    bot_messages(api, chat).last().and_then(|m| m.text_or_caption().map(str::to_owned)).unwrap_or_default()
}

/// Waits until `done` holds for what `chat` shows; panics with the chat's
/// last bot text and the bot's recent calls if it never does.
pub async fn wait_chat(api: &FakeApi, chat: i64, what: &str, done: impl Fn(&FakeApi) -> bool) {
    if let Err(e) = api.wait_until(|a| done(a), DEFAULT_TIMEOUT).await {
        panic!("chat {chat}: no {what}: {e}\nthe bot's last message there: {:?}", last_bot_text(api, chat));
    }
}

/// Waits until the bot's newest message in `chat` reads `expected`.
pub async fn wait_text(api: &FakeApi, chat: i64, expected: &str) {
    wait_chat(api, chat, &format!("screen {expected:?}"), |a| last_bot_text(a, chat) == expected).await;
}

/// Waits until the bot's newest message in `chat` satisfies `wanted`; returns its text.
pub async fn wait_last(api: &FakeApi, chat: i64, what: &str, wanted: impl Fn(&str) -> bool) -> String {
    wait_chat(api, chat, what, |a| wanted(&last_bot_text(a, chat))).await;
    last_bot_text(api, chat)
}

/// Waits until the bot has `n` messages in `chat` (or more); returns the newest's text.
pub async fn wait_messages(api: &FakeApi, chat: i64, n: usize) -> String {
    wait_chat(api, chat, &format!("{n} bot messages"), |a| bot_messages(a, chat).len() >= n).await;
    last_bot_text(api, chat)
}

/// Waits for the bot's first answered write to `chat` (a message sent,
/// edited or deleted) after `mark` (from [`FakeApi::mark`]). Use it when the
/// screen that comes is the one already shown, so only the request proves
/// the bot answered.
pub async fn wait_write(api: &FakeApi, chat: i64, mark: usize) -> Call {
    api.wait_for_call(mark, |c| c.writes_to(chat), DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("chat {chat}: the bot wrote nothing: {e}"))
}

/// Waits until every button press so far was answered (the spinner stopped).
pub async fn wait_callbacks_answered(api: &FakeApi) {
    api.wait_until(|a| a.unanswered_callbacks().is_empty(), DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("presses left unanswered {:?}: {e}", api.unanswered_callbacks()));
}

/// Starts a person at the main menu in the language labelled `lang_label`;
/// the user id equals the chat id.
pub async fn start_in(api: &FakeApi, chat: i64, lang: &str) {
    api.send_text(chat, chat as u64, "/start");
    let picker = |a: &FakeApi| bot_messages(a, chat).last().is_some_and(|m| offers_lang(m, lang));
    wait_chat(api, chat, "language picker", picker).await;
    press_lang(api, chat, chat as u64, lang);
    // The picker is edited into the main menu (the shipped one or a
    // fixture's), so its language buttons going away is the menu arriving.
    wait_chat(api, chat, "main menu", |a| !picker(a)).await;
}

/// The language picker's button data for `lang` (`<fingerprint>:l:<code>`):
/// the tests pick a language by its code, never by the label staff may reword.
fn is_lang_button(data: &str, lang: &str) -> bool {
    data.strip_suffix(lang).is_some_and(|rest| rest.ends_with(":l:"))
}

/// Whether `m` has the language picker's button for `lang`.
pub fn offers_lang(m: &SeenMessage, lang: &str) -> bool {
    m.keyboard.iter().flatten().any(|(_, data)| is_lang_button(data, lang))
}

/// The language codes `m`'s picker offers, in its order.
pub fn offered_langs(m: &SeenMessage) -> Vec<String> {
    let codes = m.keyboard.iter().flatten().filter_map(|(_, data)| data.rsplit_once(":l:").map(|(_, c)| c.to_owned()));
    codes.collect()
}

/// Presses the language picker's button for `lang` on the newest message
/// that has one.
pub fn press_lang(api: &FakeApi, chat: i64, user: u64, lang: &str) -> u32 {
    let found = api.visible(chat).into_iter().rev().find_map(|m| {
        let data = m.keyboard.iter().flatten().find(|(_, d)| is_lang_button(d, lang)).map(|(_, d)| d.clone());
        data.map(|d| (m.id, d))
    });
    let (message_id, data) =
        found.unwrap_or_else(|| panic!("no visible message in chat {chat} offers the language {lang}"));
    api.press_raw(chat, user, message_id, &data)
}

/// A read-only connection to a bot's database, as an auditor would open it.
pub async fn open_read_only(path: &Path) -> SqliteConnection {
    SqliteConnection::connect(&format!("sqlite://{}?mode=ro", path.display())).await.expect("open the database")
}

/// The fixed words of a staff text (`locales/staff/`), the pieces between
/// its variables, in `lang` (`ru`, `ky` or `en`): a test finds a staff
/// message by its id, whatever the translators make of its wording.
pub fn staff_words(lang: &str, id: &str) -> Vec<String> {
    let lang = kadam::staff::StaffLang::from_code(lang).unwrap_or_else(|| panic!("no staff language {lang}"));
    let templates = lang.templates(id);
    let (_, template) =
        templates.iter().find(|(found, _)| *found == id).unwrap_or_else(|| panic!("no staff text {id}"));
    let mut words = vec![String::new()];
    let mut in_variable = false;
    for c in template.chars() {
        match c {
            '{' => in_variable = true,
            '}' if in_variable => {
                in_variable = false;
                words.push(String::new());
            }
            _ if !in_variable => words.last_mut().expect("one piece at least").push(c),
            _ => {}
        }
    }
    words.into_iter().map(|w| w.trim().to_owned()).filter(|w| !w.is_empty()).collect()
}

/// Whether `text` holds the staff text `id` in `lang` (its fixed words, in order).
pub fn has_staff_text(text: &str, lang: &str, id: &str) -> bool {
    let mut rest = text;
    staff_words(lang, id).iter().all(|w| match rest.find(w.as_str()) {
        Some(at) => {
            rest = &rest[at + w.len()..];
            true
        }
        None => false,
    })
}
