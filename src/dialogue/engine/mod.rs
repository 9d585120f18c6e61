//! The pure dialogue engine: `(content, state, input) -> outcome`.
//!
//! No Telegram, no database, no clock: the shell (the bot, `kadam simulate`,
//! the tests) turns what a person did into an [`Input`], calls [`step`], and
//! carries out the [`Outcome`]. Keeping this pure is what lets staff preview
//! flows in a terminal and lets tests walk every screen without a bot.
//!
//! State is small and names nodes by their staff-facing ids, so it survives
//! restarts and content edits: a state pointing at a node that an edit
//! removed resumes at the main menu with a short note.

use super::{
    Content, Lang,
    callback::{self, Press},
    draw::Extra,
    graph, kinds, render, ui,
};
pub use super::{
    draw::{Consent, Quiz},
    screen::{Action, Button, Delivery, Screen},
    state::{Form, Position, SAFE_FOR_SECS, Stage, State},
};

/// Something a person did.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// A `/command`, with what followed it (the deep-link payload of `/start`).
    Command { name: String, arg: Option<String> },
    /// A press on an inline button, with its raw callback data.
    Press(String),
    /// A text message.
    Text(String),
    /// A shared location: used at once to find the nearest help, never kept.
    Location { lat: f64, lon: f64 },
    /// A sticker, photo, voice note or anything else that is not text.
    Other,
}

/// What the shell must do after one step, in this order: store `feedback`
/// (before the screen that thanks her, so she is never told it was kept
/// when it was not), then `forget`, then the `reply`.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The state to store (unless `forget`).
    pub state: State,
    /// Feedback she consented to, to store in the same transaction as the state.
    pub feedback: Option<FeedbackEffect>,
    /// Delete everything stored about the person, and store nothing of this
    /// turn (no state, no message ids).
    pub forget: bool,
    pub reply: Reply,
    /// A question she wrote on a `consult` screen, for the shell to pass on
    /// to the staff; the shell then answers in place of `reply`.
    pub ask: Option<Ask>,
}

/// Her question (or an addition to it) from a `consult` screen. Never stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    /// The consult node: names the consultant.
    pub consultant: String,
    /// Where she came from: the content file of the screen before (`violence`,
    /// `services`, `main`…), so staff know the context without knowing her.
    pub area: String,
    pub text: String,
}

/// How the bot answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    Show {
        screen: Screen,
        delivery: Delivery,
    },
    /// Delete every message of the conversation the bot can, then send the
    /// harmless `decoy` (no buttons), and nothing else.
    QuickExit {
        decoy: String,
    },
    /// Send a contact card (Telegram's `sendContact`) below the screen, which
    /// stays as it is: `name` is the directory entry's name in her language.
    Card {
        phone: String,
        name: String,
    },
}

impl Outcome {
    /// The screen shown, unless this was the quick exit.
    pub fn screen(&self) -> Option<&Screen> {
        match &self.reply {
            Reply::Show { screen, .. } => Some(screen),
            Reply::QuickExit { .. } | Reply::Card { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedbackEffect {
    /// A new record, from her "yes" on the consent notice. The shell stores
    /// it once per Telegram update, so a redelivered update adds nothing.
    Create { topic: String, rating: u8, lang: Lang, consent_version: u32 },
    /// Her comment, for her most recent record.
    SetComment(String),
    /// Her region (one of `feedback::REGIONS`), for her most recent record.
    SetRegion(String),
}

/// Advances one person's dialogue by one input, for a shell without a
/// clock (`kadam simulate`, the preview, tests): "safe to read" never expires.
///
/// `hint` is Telegram's `language_code`: it only orders the language picker,
/// it never chooses for the person.
pub fn step(content: &Content, state: State, input: Input, hint: Option<&str>) -> Outcome {
    step_at(content, state, input, hint, None)
}

/// [`step`] at the shell's time `now` (unix seconds): the core reads no
/// clock, so the bot passes the time in, and "safe to read" expires
/// [`SAFE_FOR_SECS`] after she said it.
pub fn step_at(content: &Content, state: State, input: Input, hint: Option<&str>, now: Option<i64>) -> Outcome {
    let mut turn = Turn {
        content,
        state,
        now,
        note: None,
        hint,
        finish: Finish::Show,
        feedback: None,
        consent: None,
        said: None,
        quiz: None,
        ask: None,
    };
    let delivery = turn.handle(input);
    match turn.finish {
        Finish::Show => {
            let screen = turn.render_current();
            let reply = Reply::Show { screen, delivery };
            Outcome { state: turn.state, feedback: turn.feedback, forget: false, reply, ask: turn.ask }
        }
        Finish::QuickExit => {
            let lang = turn.state.lang.clone();
            let decoy_lang = lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
            let decoy = content.locales.text(&decoy_lang, ui::DECOY, None, None);
            let state = fresh(lang);
            Outcome { state, feedback: None, forget: false, reply: Reply::QuickExit { decoy }, ask: None }
        }
        Finish::Card { phone, name } => {
            let reply = Reply::Card { phone, name };
            Outcome { state: turn.state, feedback: None, forget: false, reply, ask: None }
        }
        Finish::Forget => {
            let lang = turn.state.lang.clone();
            let state = State { at: Some(Position::new(graph::LANGUAGE, 0)), ..State::default() };
            let mut screen = render::render(content, &state, hint, Extra::default());
            let done_lang = lang.unwrap_or_else(|| content.locales.default_lang().clone());
            screen.text =
                format!("{}\n\n{}", content.locales.text(&done_lang, ui::FORGET_DONE, None, None), screen.text);
            let reply = Reply::Show { screen, delivery: Delivery::Send };
            Outcome { state: State::default(), feedback: None, forget: true, reply, ask: None }
        }
    }
}

/// The state the quick exit leaves: the same as anyone's who has just
/// picked her language (or, before that, opened the picker), so nothing in
/// it tells that she was somewhere and left in a hurry. Only the language
/// survives: it says nothing about what was read.
pub fn fresh(lang: Option<Lang>) -> State {
    let at = if lang.is_some() { graph::MAIN } else { graph::LANGUAGE };
    State { lang, at: Some(Position::new(at, 0)), ..State::default() }
}

/// Whether typed text asks for the quick exit: any keyword of any language,
/// since a person in a hurry may type in either.
pub fn is_exit_keyword(content: &Content, text: &str) -> bool {
    let typed = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    !typed.is_empty()
        && content.locales.languages().iter().any(|lang| {
            content
                .locales
                .text(lang, ui::EXIT_KEYWORDS, None, None)
                .split(',')
                .any(|k| k.trim().to_lowercase() == typed)
        })
}

/// The text shown in groups and channels, where Kadam does not talk.
pub fn private_only_text(content: &Content, hint: Option<&str>) -> String {
    let lang = hint.and_then(|h| content.locales.find(h)).unwrap_or(content.locales.default_lang());
    content.locales.text(lang, ui::NOTE_PRIVATE_ONLY, None, None)
}

struct Turn<'a> {
    content: &'a Content,
    state: State,
    /// The shell's time, if it keeps one.
    now: Option<i64>,
    note: Option<&'static str>,
    hint: Option<&'a str>,
    finish: Finish,
    /// Feedback to store before the screen.
    feedback: Option<FeedbackEffect>,
    /// The consent notice, drawn this turn only.
    consent: Option<Consent>,
    /// A note worded by the content (a feedback node's message), shown above the screen.
    said: Option<String>,
    /// A self-check in progress, drawn into this turn's buttons only.
    quiz: Option<Quiz>,
    /// Her question from a `consult` screen.
    ask: Option<Ask>,
}

/// How a turn ends: with a screen, one of the two wipes, or a call card.
enum Finish {
    Show,
    QuickExit,
    Forget,
    /// A call card, with nothing else: the screen she pressed on stays.
    Card {
        phone: String,
        name: String,
    },
}

impl Turn<'_> {
    fn handle(&mut self, input: Input) -> Delivery {
        self.repair_state();
        let delivery = match input {
            Input::Press(_) => Delivery::Edit,
            _ => Delivery::Send,
        };
        // The quick exit works in every situation, before anything else.
        let exit = match &input {
            Input::Command { name, .. } => name == "exit",
            Input::Press(data) => callback::decode(&self.content.fingerprint, data) == Ok(Press::Exit),
            Input::Text(text) => is_exit_keyword(self.content, text),
            Input::Location { .. } | Input::Other => false,
        };
        if exit {
            self.finish = Finish::QuickExit;
            return delivery;
        }
        // A card works on any screen, the language picker's 🆘 line too.
        if let Input::Press(data) = &input
            && let Ok(Press::Call { contact }) = callback::decode(&self.content.fingerprint, data)
        {
            self.call(&contact);
            return delivery;
        }
        if self.state.lang.is_none() {
            return self.first_contact(input, delivery);
        }
        match input {
            Input::Command { name, arg } => self.command(&name, arg),
            Input::Press(data) => self.press(&data),
            Input::Text(text) => self.text(&text),
            Input::Location { lat, lon } => self.nearest_help(lat, lon),
            Input::Other if self.at_consult() => self.note = Some(kinds::consult::TEXT_ONLY),
            Input::Other => self.note = Some(ui::NOTE_MEDIA),
        }
        // A screen with media cannot replace a text message in place.
        if self.current_node_has_media() { Delivery::Send } else { delivery }
    }
}

impl Turn<'_> {
    /// The card for directory entry `id`, or the current screen with a note
    /// when the entry is gone or has no number now (content changed).
    fn call(&mut self, id: &str) {
        let Some(contact) = self.content.graph.directory.callable(id) else {
            self.note = Some(ui::NOTE_STALE_BUTTON);
            return;
        };
        let lang = self.state.lang.clone().unwrap_or_else(|| self.content.locales.default_lang().clone());
        let name = self.content.locales.text(&lang, &super::ids::contact(id), None, None);
        // Telegram takes a first name of 1 to 64 characters.
        let name: String = name.chars().take(64).collect();
        let phone = contact.phone.clone().unwrap_or_default();
        self.finish = Finish::Card { phone, name };
    }
}

mod form;
mod navigation;
#[cfg(test)]
mod tests;
