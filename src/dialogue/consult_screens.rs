//! Her side of a consultation, as every shell shows it: the reply to her
//! question (received, added, or why not), the neutral "📩 You have a new
//! message" note an answer arrives as, "Is it safe to read now?" before a
//! sensitive answer, what she can do after reading, and the short notes
//! after she closes a question or presses an old button. Shell-neutral:
//! whatever depends on the clock or the staff group (the question's number,
//! whether staff are at work now) the shell works out and passes in.
//!
//! Consultation buttons carry `kq:<verb>:<id>` data ([`QPress`]), which the
//! engine's codec never produces: the Telegram shell (`telegram/consult.rs`)
//! takes those presses before the engine, and the practice shells
//! (`kadam simulate`, the preview), which cannot reach a consultant, answer
//! them with [`practice`], which stores and sends nothing.

use fluent_bundle::FluentArgs;

use super::{
    Content, Kind, Lang,
    callback::{self, Press},
    engine::{Action, Button, Input, Screen, State},
    graph,
    kinds::consult,
    ui,
};

/// The number a practice question is shown with.
pub const PRACTICE_NUMBER: i64 = 0;

/// Prefix of this module's button data, told apart from the engine's
/// `<fingerprint>:…` and the webinars' `w:…`.
pub const PREFIX: &str = "kq:";

/// A press on a consultation button: `kq:<verb>:<id>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QPress {
    /// "Open" on the new-message note: the answer with this id.
    Read(i64),
    /// "Yes, it is safe now" in front of a sensitive answer.
    ReadSafe(i64),
    /// "Close my question".
    Close(i64),
    /// "Thank you, that helped" (closes the question too).
    Helped(i64),
}

impl QPress {
    pub fn encode(self) -> String {
        let (verb, id) = match self {
            QPress::Read(id) => ('r', id),
            QPress::ReadSafe(id) => ('s', id),
            QPress::Close(id) => ('c', id),
            QPress::Helped(id) => ('h', id),
        };
        format!("{PREFIX}{verb}:{id}")
    }

    /// The press `data` means; `None` for data that is not ours or that no
    /// version of the bot wrote.
    pub fn decode(data: &str) -> Option<Self> {
        let (verb, id) = data.strip_prefix(PREFIX)?.split_once(':')?;
        let id: i64 = id.parse().ok()?;
        Some(match verb {
            "r" => QPress::Read(id),
            "s" => QPress::ReadSafe(id),
            "c" => QPress::Close(id),
            "h" => QPress::Helped(id),
            _ => return None,
        })
    }
}

/// What became of her question (or her addition to an open one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// A new question, with its number; `opens` says when staff are next at
    /// work when they are not now (the shell's clock decides).
    Received { number: i64, opens: Option<String> },
    /// Added to her open question with this number.
    Added { number: i64 },
    /// She has `max` open questions already.
    Limit { max: i64 },
    /// She opened `max` new questions today already.
    DailyLimit { max: i64 },
    /// Consultations are not set up, or the staff group cannot be reached.
    Unavailable,
}

fn t(content: &Content, lang: &Lang, id: &str, args: Option<&FluentArgs>) -> String {
    content.locales.text(lang, id, None, args)
}

fn one(key: &'static str, value: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set(key, value);
    args
}

/// A button carrying one of the engine's presses.
fn engine_button(content: &Content, lang: &Lang, label: &str, press: &Press) -> Button {
    Button {
        label: t(content, lang, label, None),
        action: Action::Callback(callback::encode(&content.fingerprint, press)),
    }
}

fn ours(content: &Content, lang: &Lang, label: &str, press: QPress) -> Button {
    Button { label: t(content, lang, label, None), action: Action::Callback(press.encode()) }
}

fn quick_exit(content: &Content, lang: &Lang) -> Vec<Button> {
    vec![engine_button(content, lang, ui::QUICK_EXIT, &Press::Exit)]
}

/// A note with `rows` of buttons and the main menu under them.
fn note(content: &Content, lang: &Lang, text: String, mut rows: Vec<Vec<Button>>) -> Screen {
    let main = Press::Go { node: graph::MAIN.to_owned(), page: 0 };
    rows.push(vec![engine_button(content, lang, ui::MAIN_MENU, &main)]);
    Screen { lang: lang.clone(), text, keyboard: rows, media: None }
}

/// The reply to her question: the quick exit, "Close my question" when
/// there is one open, and the main menu.
pub fn reply(content: &Content, lang: &Lang, reply: &Reply) -> Screen {
    let (words, question) = match reply {
        Reply::Received { number, opens } => {
            let mut words = t(content, lang, consult::RECEIVED, Some(&one("number", *number)));
            if let Some(when) = opens {
                let mut args = FluentArgs::new();
                args.set("when", when.clone());
                words = format!("{words}\n\n{}", t(content, lang, consult::OFF_HOURS, Some(&args)));
            }
            (words, Some(*number))
        }
        Reply::Added { number } => (t(content, lang, consult::ADDED, Some(&one("number", *number))), Some(*number)),
        Reply::Limit { max } => (t(content, lang, consult::LIMIT, Some(&one("max", *max))), None),
        Reply::DailyLimit { max } => (t(content, lang, consult::DAILY_LIMIT, Some(&one("max", *max))), None),
        Reply::Unavailable => (t(content, lang, consult::UNAVAILABLE, None), None),
    };
    let mut rows = vec![quick_exit(content, lang)];
    if let Some(id) = question {
        rows.push(vec![ours(content, lang, consult::CLOSE, QPress::Close(id))]);
    }
    note(content, lang, words, rows)
}

/// "Your question is received (No. 0)", as after a question in the bot,
/// for the practice shells.
pub fn practice_confirmation(content: &Content, lang: &Lang) -> Screen {
    reply(content, lang, &Reply::Received { number: PRACTICE_NUMBER, opens: None })
}

/// The neutral note an answer arrives as: nothing about the question, one
/// button to open it, no menu (it must read like any bot's notification).
pub fn new_message(content: &Content, lang: &Lang, answer: i64) -> Screen {
    let read = ours(content, lang, consult::READ, QPress::Read(answer));
    Screen {
        lang: lang.clone(),
        text: t(content, lang, consult::NEW_MESSAGE, None),
        keyboard: vec![vec![read]],
        media: None,
    }
}

/// "Is it safe to read now?" before an answer from a sensitive consultant.
pub fn safe_to_read(content: &Content, lang: &Lang, answer: i64) -> Screen {
    let yes = ours(content, lang, ui::SAFETY_YES, QPress::ReadSafe(answer));
    note(content, lang, t(content, lang, consult::SAFE_TO_READ, None), vec![vec![yes], quick_exit(content, lang)])
}

/// Under an answer she opened. `open` is the consultant and number of her
/// question while it is open: she may write more, say it helped, or close it.
pub fn after_read(content: &Content, lang: &Lang, open: Option<(&str, i64)>) -> Screen {
    let mut rows = vec![quick_exit(content, lang)];
    if let Some((consultant, id)) = open {
        let write = Press::Go { node: consultant.to_owned(), page: 0 };
        rows.push(vec![engine_button(content, lang, consult::WRITE_MORE, &write)]);
        rows.push(vec![ours(content, lang, consult::HELPED, QPress::Helped(id))]);
        rows.push(vec![ours(content, lang, consult::CLOSE, QPress::Close(id))]);
    }
    note(content, lang, t(content, lang, consult::AFTER_READ, None), rows)
}

/// After she closed her question (or said it helped).
pub fn closed(content: &Content, lang: &Lang) -> Screen {
    note(content, lang, t(content, lang, consult::CLOSED, None), vec![])
}

/// The answer was withdrawn by the consultant, or is gone.
pub fn gone(content: &Content, lang: &Lang) -> Screen {
    note(content, lang, t(content, lang, consult::GONE, None), vec![])
}

/// A consultation button no version of the bot wrote.
pub fn stale(content: &Content, lang: &Lang) -> Screen {
    note(content, lang, t(content, lang, ui::NOTE_STALE_BUTTON, None), vec![])
}

/// What a practice shell shows for a consultation press.
#[derive(Clone, Debug)]
pub struct Practice {
    /// In the bot the consultant's answer is copied into the chat first.
    pub answer_first: bool,
    pub screen: Screen,
}

/// The consultant of the `consult` screen she is on, if she is on one: in
/// a practice shell her question was asked there.
fn consultant_at<'a>(content: &'a Content, state: &State) -> Option<&'a str> {
    let ix = content.graph.find(&state.at.as_ref()?.node)?;
    let node = content.graph.node(ix);
    matches!(node.kind, Kind::Consult).then_some(node.id.as_str())
}

/// A consultation press in a practice shell, or `None` for any other input.
/// Nothing is stored, nothing is sent; the state stays as it was.
pub fn practice(content: &Content, state: &State, input: &Input) -> Option<Practice> {
    let Input::Press(data) = input else { return None };
    if !data.starts_with(PREFIX) {
        return None;
    }
    let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
    let consultant = consultant_at(content, state);
    let sensitive = consultant.and_then(|c| content.graph.find(c)).is_some_and(|ix| content.graph.node(ix).sensitive);
    let show = |screen| Some(Practice { answer_first: false, screen });
    match QPress::decode(data) {
        Some(QPress::Read(id)) if sensitive => show(safe_to_read(content, &lang, id)),
        Some(QPress::Read(id) | QPress::ReadSafe(id)) => {
            let screen = after_read(content, &lang, consultant.map(|c| (c, id)));
            Some(Practice { answer_first: true, screen })
        }
        Some(QPress::Close(_) | QPress::Helped(_)) => show(closed(content, &lang)),
        None => show(stale(content, &lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presses_read_back_as_written_and_others_are_not_ours() {
        for press in [QPress::Read(7), QPress::ReadSafe(0), QPress::Close(12), QPress::Helped(3)] {
            assert_eq!(QPress::decode(&press.encode()), Some(press));
        }
        for other in ["kq:x:1", "kq:r:", "kq:r:one", "w:d:x", "abc:g:main:0"] {
            assert_eq!(QPress::decode(other), None, "{other}");
        }
    }
}
