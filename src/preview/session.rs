//! The one place where the preview meets the dialogue engine: a browser
//! tab's move becomes an engine [`Input`], the engine's effects become chat
//! events the page draws. Everything else in `preview` sees only the plain
//! views defined here, so a change in the engine's outcome is adapted here.
//!
//! The tab keeps its own engine [`State`] (as JSON, in page memory) and
//! sends it with every move: the server remembers nothing between requests,
//! and closing the tab forgets the conversation.

use serde::{Deserialize, Serialize};

use crate::dialogue::{
    Content,
    callback::{self, Press},
    consult_screens,
    engine::{self, Action, Delivery, Input, Reply, Screen, State},
    webinar_screens::{self, Practice},
};

/// What she did in the page.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    /// A typed message: `/command arg` or plain text.
    Text(String),
    /// A press on an inline button, with its callback data.
    Press(String),
    /// A shared location.
    Location { lat: f64, lon: f64 },
    /// A sticker, photo or anything that is not text.
    Other,
    /// Staff only: open a screen by its id as if she had walked there
    /// (the map and the review list use it).
    Jump(String),
    /// Staff only: draw the current screen again from fresh content.
    Redraw,
}

/// What the page must show after a move.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// A screen: `edit` replaces the message whose button was pressed.
    Show { screen: View, edit: bool },
    /// Clear the whole chat and leave only the decoy.
    QuickExit { decoy: String },
    /// A contact card below the screen (in Telegram, one tap dials it),
    /// shown as a bubble "📞 102 — Police".
    Card { text: String },
    /// In Telegram, everything stored about her is deleted now.
    Forget,
    /// In Telegram, her consented feedback is stored now (the preview keeps nothing).
    Feedback { what: String },
    /// A webinar press or her question to a consultant, answered as a
    /// practice: in Telegram it would store or send something; here only
    /// its screen is shown.
    Practice,
    /// In Telegram, the consultant's answer is copied into the chat here,
    /// from the staff group.
    Answer,
}

/// A screen as the page draws it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct View {
    pub lang: String,
    pub text: String,
    pub keyboard: Vec<Vec<Key>>,
    /// `photo`, `voice` or `document`, and the file name.
    pub media: Option<(String, String)>,
}

/// One button: either callback data to press or a URL to open.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Key {
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The result of one move: the tab's new state and what to draw.
#[derive(Debug, Serialize)]
pub struct Turn {
    pub state: serde_json::Value,
    pub events: Vec<Event>,
    /// The screen she is on now (`None` before a language is chosen).
    pub at: Option<String>,
}

/// Reads the state a tab sent back. Anything unreadable (an old page, a
/// hand-edited request) starts a fresh conversation rather than failing.
fn state_of(value: &serde_json::Value) -> State {
    serde_json::from_value(value.clone()).unwrap_or_default()
}

/// Telegram's way of reading a typed message: `/start@bot payload` is the
/// command `start` with the argument `payload`.
fn parse_text(text: &str) -> Input {
    let Some(rest) = text.trim().strip_prefix('/') else { return Input::Text(text.to_owned()) };
    let (head, arg) = match rest.split_once(char::is_whitespace) {
        Some((head, arg)) => (head, Some(arg.trim().to_owned()).filter(|a| !a.is_empty())),
        None => (rest, None),
    };
    let name = head.split('@').next().unwrap_or_default().to_ascii_lowercase();
    Input::Command { name, arg }
}

/// One move of one tab, through the same engine as the Telegram bot, at the
/// time `now` (unix seconds) for the webinar screens.
pub fn step(content: &Content, state: &serde_json::Value, mv: Move, now: i64) -> Turn {
    let mut state = state_of(state);
    let input = match mv {
        Move::Text(text) => parse_text(&text),
        Move::Press(data) => Input::Press(data),
        Move::Location { lat, lon } => Input::Location { lat, lon },
        Move::Other => Input::Other,
        Move::Jump(node) => {
            // Staff open a screen to look at it: past the safety check, as
            // after her "yes", and in the default language if none is chosen.
            state.safe = true;
            state.lang.get_or_insert_with(|| content.locales.default_lang().clone());
            Input::Press(callback::encode(&content.fingerprint, &Press::Go { node, page: 0 }))
        }
        Move::Redraw => redraw_input(content, &state),
    };
    if let Some(practice) = consult_screens::practice(content, &state, &input) {
        let mut events = vec![Event::Practice];
        if practice.answer_first {
            events.push(Event::Answer);
        }
        events.push(Event::Show { screen: view(&practice.screen), edit: false });
        let at = state.at.as_ref().map(|p| p.node.clone());
        return Turn { state: serde_json::to_value(&state).unwrap_or_default(), events, at };
    }
    let input = match webinar_screens::practice(content, &state, &input, now) {
        Some(Practice::Show(screen)) => {
            let events = vec![Event::Practice, Event::Show { screen: view(&screen), edit: true }];
            let at = state.at.as_ref().map(|p| p.node.clone());
            return Turn { state: serde_json::to_value(&state).unwrap_or_default(), events, at };
        }
        Some(Practice::Engine(other)) => other,
        None => input,
    };
    let mut outcome = engine::step(content, state, input, None);
    if let Reply::Show { screen, .. } = &mut outcome.reply {
        // As to someone who has not asked for news of new webinars.
        webinar_screens::dress(content, &outcome.state, screen, now, false);
    }
    // The order the Telegram shell keeps: feedback stored, then forget, then the reply.
    let mut events = vec![];
    if let Some(f) = &outcome.feedback {
        events.push(Event::Feedback { what: format!("{f:?}") });
    }
    if outcome.forget {
        events.push(Event::Forget);
    }
    if outcome.ask.is_some() {
        // The bot would pass her question on and confirm it in place of
        // the screen; the note an answer arrives as follows at once, so
        // staff can walk on to the answer's screens.
        let lang = outcome.state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
        let screen = consult_screens::practice_confirmation(content, &lang);
        let note = consult_screens::new_message(content, &lang, consult_screens::PRACTICE_NUMBER);
        events.extend([
            Event::Practice,
            Event::Show { screen: view(&screen), edit: false },
            Event::Show { screen: view(&note), edit: false },
        ]);
        let at = outcome.state.at.as_ref().map(|p| p.node.clone());
        return Turn { state: serde_json::to_value(&outcome.state).unwrap_or_default(), events, at };
    }
    events.push(match &outcome.reply {
        Reply::Show { screen, delivery } => Event::Show { screen: view(screen), edit: *delivery == Delivery::Edit },
        Reply::QuickExit { decoy } => Event::QuickExit { decoy: decoy.clone() },
        Reply::Card { phone, name } => Event::Card { text: format!("📞 {phone} — {name}") },
    });
    let at = outcome.state.at.as_ref().map(|p| p.node.clone());
    Turn { state: serde_json::to_value(&outcome.state).unwrap_or_default(), events, at }
}

/// The input that draws the current screen again: a press on "this screen,
/// this page", which the engine treats as staying put (no note, no trail).
fn redraw_input(content: &Content, state: &State) -> Input {
    match (&state.lang, &state.at) {
        (Some(_), Some(at)) => {
            Input::Press(callback::encode(&content.fingerprint, &Press::Go { node: at.node.clone(), page: at.page }))
        }
        _ => Input::Command { name: "start".into(), arg: None },
    }
}

/// The tab's current screen drawn in every language, for translators: the
/// same state with only the language changed.
pub fn all_languages(content: &Content, state: &serde_json::Value) -> Vec<View> {
    let state = state_of(state);
    content
        .locales
        .languages()
        .iter()
        .map(|lang| {
            let mut other = state.clone();
            other.lang = Some(lang.clone());
            let input = redraw_input(content, &other);
            let outcome = engine::step(content, other, input, None);
            outcome.screen().map(view).unwrap_or_else(|| View {
                lang: lang.code().to_owned(),
                text: String::new(),
                keyboard: vec![],
                media: None,
            })
        })
        .collect()
}

fn view(screen: &Screen) -> View {
    View {
        lang: screen.lang.code().to_owned(),
        text: screen.text.clone(),
        keyboard: screen
            .keyboard
            .iter()
            .map(|row| {
                row.iter()
                    .map(|b| match &b.action {
                        Action::Callback(data) => Key { label: b.label.clone(), data: Some(data.clone()), url: None },
                        Action::Url(url) => Key { label: b.label.clone(), data: None, url: Some(url.clone()) },
                    })
                    .collect()
            })
            .collect(),
        media: screen.media.as_ref().map(|m| (format!("{:?}", m.kind).to_lowercase(), m.file.clone())),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::dialogue::kinds::consult;

    fn shipped() -> Content {
        Content::load(Path::new(env!("CARGO_MANIFEST_DIR"))).0.expect("shipped content loads")
    }

    fn shown(turn: &Turn) -> &View {
        turn.events
            .iter()
            .find_map(|e| match e {
                Event::Show { screen, .. } => Some(screen),
                _ => None,
            })
            .expect("a screen")
    }

    /// A published webinar is listed at the preview's time, and its button
    /// opens its screen as a practice (the same screen the bot shows).
    #[test]
    fn the_webinars_screen_lists_a_published_webinar_and_opens_it_as_a_practice() {
        let mut content = shipped();
        let drafts = std::mem::take(&mut content.webinars.drafts);
        content.webinars.webinars.extend(drafts);
        let now = time::macros::datetime!(2026-12-15 12:00 +6).unix_timestamp();
        let list = step(&content, &serde_json::Value::Null, Move::Jump("webinars".into()), now);
        let default = content.locales.default_lang().clone();
        let shown_title = content.locales.text(&default, "webinar-portal-basics", None, None);
        let view = shown(&list);
        assert!(view.text.contains(&shown_title), "{}", view.text);
        let press = view.keyboard.iter().flatten().find(|k| k.label.contains(&shown_title)).expect("its button");
        let opened = step(&content, &list.state, Move::Press(press.data.clone().unwrap()), now);
        assert!(matches!(opened.events[0], Event::Practice));
        assert!(shown(&opened).text.starts_with(&shown_title), "{}", shown(&opened).text);
        assert_eq!(opened.at.as_deref(), Some("webinars"));
        // A week later it is over and, without a recording, gone from the list.
        let later = step(&content, &list.state, Move::Redraw, now + 7 * 24 * 3600);
        assert!(!shown(&later).text.contains(&shown_title));
    }

    /// Her question on a consult screen: the bot's confirmation, as a practice.
    #[test]
    fn a_question_is_confirmed_as_a_practice_and_sent_nowhere() {
        let content = shipped();
        let open = step(&content, &serde_json::Value::Null, Move::Jump("services-consultant".into()), 0);
        let asked = step(&content, &open.state, Move::Text("Как получить справку?".into()), 0);
        assert!(matches!(asked.events[0], Event::Practice), "{:?}", asked.events);
        let lang = content.locales.default_lang();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("number", crate::dialogue::consult_screens::PRACTICE_NUMBER);
        let received = content.locales.text(lang, consult::RECEIVED, None, Some(&args));
        assert_eq!(shown(&asked).text, received);
    }

    /// After her question, the note an answer arrives as; "Open" shows where
    /// the answer goes and the screen under it, built as the bot builds it.
    #[test]
    fn the_answer_note_opens_the_screen_under_the_answer() {
        let content = shipped();
        let lang = content.locales.default_lang().clone();
        let open = step(&content, &serde_json::Value::Null, Move::Jump("services-consultant".into()), 0);
        let asked = step(&content, &open.state, Move::Text("?".into()), 0);
        let screens: Vec<&View> = asked
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Show { screen, .. } => Some(screen),
                _ => None,
            })
            .collect();
        let note = consult_screens::new_message(&content, &lang, consult_screens::PRACTICE_NUMBER);
        assert_eq!(screens.last().copied(), Some(&view(&note)), "{:?}", asked.events);
        let read = note.keyboard[0][0].action.clone();
        let Action::Callback(read) = read else { panic!("the note's button is a press") };
        let opened = step(&content, &asked.state, Move::Press(read), 0);
        assert!(matches!(opened.events[..2], [Event::Practice, Event::Answer]), "{:?}", opened.events);
        assert_eq!(shown(&opened).text, content.locales.text(&lang, consult::AFTER_READ, None, None));
        assert_eq!(opened.at.as_deref(), Some("services-consultant"));
    }

    #[test]
    fn a_walk_goes_through_the_engine() {
        let content = shipped();
        let first = step(&content, &serde_json::Value::Null, Move::Text("/start".into()), 0);
        let picker = shown(&first);
        assert_eq!(first.at.as_deref(), Some("language"));
        let ru = picker.keyboard.iter().flatten().find(|k| k.data.as_deref().is_some_and(|d| d.ends_with(":l:ru")));
        let ru = ru.expect("a Russian button").data.clone().unwrap();
        let second = step(&content, &first.state, Move::Press(ru), 0);
        assert_eq!(second.at.as_deref(), Some("main"));
        assert_eq!(shown(&second).lang, "ru");
        assert!(matches!(second.events[0], Event::Show { edit: true, .. }));
        let exit = step(&content, &second.state, Move::Text("/exit".into()), 0);
        assert!(matches!(&exit.events[..], [Event::QuickExit { .. }]));
    }

    #[test]
    fn side_by_side_shows_one_screen_per_language_and_bad_state_starts_afresh() {
        let content = shipped();
        let jumped = step(&content, &serde_json::json!({"garbage": true}), Move::Jump("main".into()), 0);
        assert_eq!(jumped.at.as_deref(), Some("main"));
        let views = all_languages(&content, &jumped.state);
        let langs: Vec<&str> = views.iter().map(|v| v.lang.as_str()).collect();
        let expected: Vec<&str> = content.locales.languages().iter().map(|l| l.code()).collect();
        assert_eq!(langs, expected);
        assert!(views.windows(2).all(|w| w[0].text != w[1].text), "each language has its own text");
    }
}
