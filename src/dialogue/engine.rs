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

use fluent_bundle::FluentArgs;

use super::{
    Content, Kind, Lang, NodeIx,
    callback::{self, Press, Undecodable},
    draw::Extra,
    feedback::{self, stage},
    graph, ids, kinds,
    kinds::Feedback,
    render, scrub, ui, webinar,
};
pub use super::{
    draw::{Consent, Quiz},
    screen::{Action, Button, Delivery, Screen},
    state::{Form, Position, SAFE_FOR_SECS, Stage, State},
};

/// How many screens "Back" remembers; older ones fall back to the main menu.
const TRAIL_LIMIT: usize = 16;

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
}

impl Outcome {
    /// The screen shown, unless this was the quick exit.
    pub fn screen(&self) -> Option<&Screen> {
        match &self.reply {
            Reply::Show { screen, .. } => Some(screen),
            Reply::QuickExit { .. } => None,
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

/// How a turn ends: with a screen, or with one of the two wipes.
enum Finish {
    Show,
    QuickExit,
    Forget,
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

    /// Drops whatever in a stored state no longer fits the content, or no
    /// longer holds at this time.
    fn repair_state(&mut self) {
        let content = self.content;
        // A "yes, safe" without a time (an older state) has expired too.
        if let Some(now) = self.now
            && self.state.safe
            && !self
                .state
                .safe_at
                .and_then(|at| now.checked_sub(at))
                .is_some_and(|age| (0..SAFE_FOR_SECS).contains(&age))
        {
            self.state.safe = false;
            self.state.safe_at = None;
        }
        if let Some(lang) = &self.state.lang
            && content.locales.find(lang.code()) != Some(lang)
        {
            self.state.lang = None;
        }
        let fits = |p: &Position| content.graph.find(&p.node).is_some_and(|ix| p.page < content.graph.pages(ix));
        if let Some(at) = &self.state.at
            && !fits(at)
        {
            self.state.at = Some(Position::new(graph::MAIN, 0));
            self.state.trail.clear();
            self.note = Some(ui::NOTE_CONTENT_CHANGED);
        }
        self.state.trail.retain(fits);
        if self.at_node().is_none() || self.at_node() != content.graph.feedback() {
            self.state.form = None;
        }
    }

    fn first_contact(&mut self, input: Input, delivery: Delivery) -> Delivery {
        match input {
            Input::Press(data) => {
                if let Ok(Press::Lang(code)) = callback::decode(&self.content.fingerprint, &data)
                    && let Some(lang) = self.content.locales.find(&code)
                {
                    self.state.lang = Some(lang.clone());
                    let pending = self.state.pending.take();
                    let found = pending.as_deref().and_then(|p| self.content.graph.find(p));
                    if pending.is_some() && found.is_none() {
                        // Now that we know her language, say the link was old.
                        self.note = Some(ui::NOTE_LINK_NOT_FOUND);
                    }
                    let target = found.unwrap_or(self.content.graph.main());
                    self.state.at = None;
                    self.go(Position::new(self.content.graph.node(target).id.clone(), 0));
                    return delivery;
                }
            }
            Input::Command { name, arg } if name == "start" => {
                // Only what a Telegram deep link can carry is kept, and only
                // until the language is chosen.
                let shaped = |a: &String| {
                    a.len() <= 64 && a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                };
                self.state.pending = arg.filter(shaped);
            }
            _ => {}
        }
        self.state.at = Some(Position::new(graph::LANGUAGE, 0));
        delivery
    }

    fn command(&mut self, name: &str, arg: Option<String>) {
        let graph = &self.content.graph;
        let target = match name {
            "start" => match arg {
                None => graph.main(),
                Some(payload) => graph.find(&payload).unwrap_or_else(|| {
                    self.note = Some(ui::NOTE_LINK_NOT_FOUND);
                    graph.main()
                }),
            },
            "menu" => graph.main(),
            "language" => graph.language(),
            "help" => graph.help(),
            "forget" if graph.forget().is_some() => graph.forget().expect("checked"),
            // `/privacy`, `/feedback`…: any node can be opened by its id.
            other => match graph.find(other) {
                Some(ix) => ix,
                None => {
                    self.note = Some(ui::NOTE_UNKNOWN_COMMAND);
                    return;
                }
            },
        };
        if name == "start" {
            // A fresh start (or a QR code) begins a new trail.
            self.state.trail.clear();
            self.state.at = None;
        }
        self.go(Position::new(graph.node(target).id.clone(), 0));
    }

    fn press(&mut self, data: &str) {
        match callback::decode(&self.content.fingerprint, data) {
            Ok(Press::Answer { node, answered, score }) => {
                let graph = &self.content.graph;
                let fits = graph.find(&node).is_some_and(|ix| match &graph.node(ix).kind {
                    Kind::SelfCheck(check) => answered <= check.questions.len(),
                    _ => false,
                });
                if !fits {
                    self.note = Some(ui::NOTE_STALE_BUTTON);
                    return;
                }
                // The page is only how far she got; the result page is drawn
                // this turn from the press and leaves the state at question 1.
                let pages = graph.find(&node).map_or(0, |ix| graph.pages(ix));
                self.go(Position::new(node, answered.min(pages.saturating_sub(1))));
                self.quiz = Some(Quiz { answered, score });
                if answered == pages
                    && let Some(at) = &mut self.state.at
                {
                    at.page = 0;
                }
            }
            Ok(Press::Go { node, page }) => {
                let exists = self.content.graph.find(&node).is_some_and(|ix| page < self.content.graph.pages(ix));
                if exists {
                    self.go(Position::new(node, page));
                } else {
                    self.note = Some(ui::NOTE_STALE_BUTTON);
                }
            }
            Ok(Press::Lang(code)) => match self.content.locales.find(&code) {
                Some(lang) => {
                    self.state.lang = Some(lang.clone());
                    self.note = Some(ui::NOTE_LANGUAGE_SET);
                    // Back to where the person was before opening the picker.
                    if self.at_node() == Some(self.content.graph.language()) {
                        let back = self.back_target();
                        self.go(back);
                    }
                }
                None => self.note = Some(ui::NOTE_STALE_BUTTON),
            },
            Ok(Press::Safe) => {
                let check = self.content.graph.safety_check();
                if check.is_none() || self.at_node() != check {
                    // A "yes" from an old safety-check message: ask again.
                    self.note = Some(ui::NOTE_STALE_BUTTON);
                    return;
                }
                self.state.safe = true;
                self.state.safe_at = self.now;
                let target = self.state.pending.take().and_then(|p| self.content.graph.find(&p)).or_else(|| {
                    check.and_then(|c| match self.content.graph.node(c).kind {
                        Kind::SafetyCheck(ref check) => Some(check.next),
                        _ => None,
                    })
                });
                if let Some(target) = target {
                    self.go(Position::new(self.content.graph.node(target).id.clone(), 0));
                }
            }
            Ok(Press::Forget) => {
                if self.at_node().is_some() && self.at_node() == self.content.graph.forget() {
                    self.finish = Finish::Forget;
                } else {
                    self.note = Some(ui::NOTE_STALE_BUTTON);
                }
            }
            Ok(
                press @ (Press::Ask { .. }
                | Press::Rate { .. }
                | Press::Consent { .. }
                | Press::Decline
                | Press::Skip
                | Press::Region(_)),
            ) => self.feedback_press(press),
            // Handled before anything else in `handle`.
            Ok(Press::Exit) => {}
            Err(Undecodable::Stale | Undecodable::Malformed) => self.note = Some(ui::NOTE_STALE_BUTTON),
        }
    }

    /// Opens the directory at the region nearest to a shared location. Only
    /// the region ends up in the state, as if she had chosen it herself.
    fn nearest_help(&mut self, lat: f64, lon: f64) {
        let graph = &self.content.graph;
        match (graph.contacts(), graph.directory.nearest_region(lat, lon)) {
            (Some(ix), Some(region)) => {
                self.note = Some(ui::NOTE_LOCATION);
                self.go(Position::new(graph.node(ix).id.clone(), region + 1));
            }
            _ => self.note = Some(ui::NOTE_MEDIA),
        }
    }

    /// A topic the feedback form takes: a guide that is not behind the
    /// safety check, or a webinar that is not about violence (asked about
    /// only after it, in its reminders).
    fn can_rate(&self, topic: &str) -> bool {
        let graph = &self.content.graph;
        match webinar::of_feedback_topic(topic) {
            Some(id) => self.content.webinars.find(id).is_some_and(|w| !w.topic.is_sensitive()),
            None => graph.find(topic).is_some_and(|ix| !graph.node(ix).sensitive),
        }
    }

    /// The feedback form. Each press must fit the stage the form is in, so
    /// an old or doubled press (a double tap on "yes") never stores twice.
    fn feedback_press(&mut self, press: Press) {
        let graph = &self.content.graph;
        let Some(form_ix) = graph.feedback() else {
            self.note = Some(ui::NOTE_STALE_BUTTON);
            return;
        };
        let form = self.state.form.clone().filter(|_| self.at_node() == Some(form_ix));
        let at_stage = |stage: Stage, topic: Option<&str>| {
            form.as_ref().is_some_and(|f| f.stage == stage && topic.is_none_or(|t| t == f.topic))
        };
        match press {
            Press::Ask { topic } if self.can_rate(&topic) => {
                self.go(Position::new(graph.node(form_ix).id.clone(), 0));
                self.state.form = Some(Form::new(topic));
            }
            Press::Rate { topic, rating }
                if at_stage(Stage::Rate, Some(&topic)) && feedback::rating_id(rating).is_some() =>
            {
                self.consent = Some(Consent { topic, rating });
            }
            Press::Consent { topic, rating }
                if at_stage(Stage::Rate, Some(&topic)) && feedback::rating_id(rating).is_some() =>
            {
                let Kind::Feedback(Feedback { consent_version }) = graph.node(form_ix).kind else {
                    unreachable!("found by kind")
                };
                let lang = self.state.lang.clone().unwrap_or_else(|| self.content.locales.default_lang().clone());
                let create = FeedbackEffect::Create { topic: topic.clone(), rating, lang, consent_version };
                self.feedback = Some(create);
                self.state.form = Some(Form { topic, stage: Stage::Comment });
            }
            Press::Decline if at_stage(Stage::Rate, None) => self.leave_form(stage::NOT_SAVED),
            Press::Skip if at_stage(Stage::Comment, None) => {
                self.state.form = form.map(|f| Form { stage: Stage::Region, ..f });
            }
            Press::Region(id) if at_stage(Stage::Region, None) && feedback::is_region(&id) => {
                self.feedback = Some(FeedbackEffect::SetRegion(id));
                self.leave_form(stage::THANKS);
            }
            _ => self.note = Some(ui::NOTE_STALE_BUTTON),
        }
    }

    /// Typed text: a comment while the form asks for one, else a pointer to the buttons.
    fn text(&mut self, text: &str) {
        if self.at_consult() && !text.trim().is_empty() {
            self.ask = Some(self.ask_from(text));
            return;
        }
        let comment = text.trim();
        let asking = self.state.form.as_ref().is_some_and(|f| f.stage == Stage::Comment)
            && self.at_node().is_some()
            && self.at_node() == self.content.graph.feedback();
        if !asking || comment.is_empty() {
            self.note = Some(ui::NOTE_USE_BUTTONS);
            return;
        }
        let length = comment.chars().count();
        if length > feedback::COMMENT_LIMIT {
            let mut args = FluentArgs::new();
            args.set("max", feedback::COMMENT_LIMIT);
            args.set("length", length);
            self.said = Some(self.form_text(stage::COMMENT_TOO_LONG, Some(&args)));
            return;
        }
        // Scrubbed here, in the core, so every shell stores the same text.
        self.feedback = Some(FeedbackEffect::SetComment(scrub::scrub(comment)));
        if let Some(form) = &mut self.state.form {
            form.stage = Stage::Region;
        }
    }

    /// Leaves the form for the screen she came from, with a word from the form.
    fn leave_form(&mut self, said: &str) {
        self.said = Some(self.form_text(said, None));
        let back = self.back_target();
        self.go(back);
    }

    /// The feedback node's message `<id>-<stage>` in her language.
    fn form_text(&self, stage: &str, args: Option<&FluentArgs>) -> String {
        let graph = &self.content.graph;
        let id = graph.feedback().map(|ix| graph.node(ix).id.as_str()).unwrap_or_default();
        let lang = self.state.lang.clone().unwrap_or_else(|| self.content.locales.default_lang().clone());
        self.content.locales.text(&lang, &ids::part(id, stage), None, args)
    }

    /// Moves to `to`. Going to a screen already on the trail is going back:
    /// the trail is cut there, so Back never loops.
    fn go(&mut self, mut to: Position) {
        let graph = &self.content.graph;
        if let Some(ix) = graph.find(&to.node) {
            let node = graph.node(ix);
            if node.sensitive && !self.state.safe {
                if let Some(check) = graph.safety_check() {
                    self.state.pending = Some(to.node);
                    to = Position::new(graph.node(check).id.clone(), 0);
                }
            } else if !node.sensitive && Some(ix) != graph.safety_check() {
                self.state.safe = false;
                self.state.safe_at = None;
            }
        }
        // The safety check is a doorway, not a place: Back from the screen
        // behind it returns to where she came from, not to the question.
        let check_id = graph.safety_check().map(|ix| graph.node(ix).id.as_str());
        let trail = &mut self.state.trail;
        if to.node == graph::MAIN {
            trail.clear();
        } else if let Some(i) = trail.iter().position(|p| p.node == to.node) {
            trail.truncate(i);
        } else if let Some(from) = self.state.at.take()
            && from.node != to.node
            && Some(from.node.as_str()) != check_id
        {
            trail.push(from);
            if trail.len() > TRAIL_LIMIT {
                trail.remove(0);
            }
        }
        // Every way into the form starts it afresh; leaving drops it.
        let to_form = graph.find(&to.node).is_some() && graph.find(&to.node) == graph.feedback();
        self.state.form = to_form.then(|| Form::new(to.node.clone()));
        self.state.at = Some(to);
    }

    fn at_consult(&self) -> bool {
        self.at_node().is_some_and(|ix| matches!(self.content.graph.node(ix).kind, Kind::Consult))
    }

    /// Her text as a question to the consultant whose screen she is on.
    fn ask_from(&self, text: &str) -> Ask {
        let graph = &self.content.graph;
        let consultant = self.state.at.as_ref().map(|p| p.node.clone()).unwrap_or_default();
        // The file of the screen she came from, skipping consult menus in between.
        let area = self
            .state
            .trail
            .iter()
            .rev()
            .filter_map(|p| graph.find(&p.node))
            .map(|ix| &graph.node(ix).origin.file)
            .filter_map(|f| f.file_stem().and_then(|s| s.to_str()))
            .find(|stem| *stem != "consult")
            .unwrap_or(graph::MAIN)
            .to_owned();
        Ask { consultant, area, text: text.to_owned() }
    }

    fn at_node(&self) -> Option<NodeIx> {
        self.state.at.as_ref().and_then(|p| self.content.graph.find(&p.node))
    }

    fn current_node_has_media(&self) -> bool {
        self.at_node().is_some_and(|ix| self.content.graph.node(ix).media.is_some())
    }

    fn back_target(&self) -> Position {
        self.state.trail.last().cloned().unwrap_or_else(|| Position::new(graph::MAIN, 0))
    }

    fn render_current(&mut self) -> Screen {
        if self.state.at.is_none() {
            self.state.at = Some(Position::new(graph::MAIN, 0));
        }
        let extra = Extra { consent: self.consent.as_ref(), quiz: self.quiz };
        let mut screen = render::render(self.content, &self.state, self.hint, extra);
        if let Some(note) = self.note {
            let lang = screen.lang.clone();
            screen.text = format!("{}\n\n{}", self.content.locales.text(&lang, note, None, None), screen.text);
        }
        if let Some(said) = &self.said {
            screen.text = format!("{said}\n\n{}", screen.text);
        }
        screen
    }
}

/// The engine through [`step`] only, on the small content in
/// `tests/fixtures/valid` (not the shipped dialogues, which staff change):
/// buttons are pressed by their labels, with the callback data the engine
/// itself put on them, as a person would.
#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::dialogue::{Media, MediaKind};

    fn fixture_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
    }

    fn load(root: &Path) -> Content {
        let (content, diags) = Content::load(root);
        content.unwrap_or_else(|| panic!("{} does not load: {:?}", root.display(), diags.sorted()))
    }

    fn fixture() -> Content {
        load(&fixture_root())
    }

    fn pos(node: &str, page: usize) -> Position {
        Position::new(node, page)
    }

    fn cmd(name: &str, arg: Option<&str>) -> Input {
        Input::Command { name: name.to_owned(), arg: arg.map(str::to_owned) }
    }

    /// One person's conversation: the state and the screen last shown.
    struct Chat<'a> {
        content: &'a Content,
        state: State,
        screen: Screen,
        delivery: Delivery,
    }

    impl<'a> Chat<'a> {
        /// A person who chose Russian and sent /start.
        fn ru(content: &'a Content) -> Self {
            Self::resume(content, State { lang: Some(Lang::new("ru")), ..State::default() }, cmd("start", None))
        }

        /// A person with a stored `state` (perhaps from older content) doing `input`.
        fn resume(content: &'a Content, state: State, input: Input) -> Self {
            let mut chat = Self { content, state, screen: placeholder(), delivery: Delivery::Send };
            chat.input(input);
            chat
        }

        fn input(&mut self, input: Input) -> &mut Self {
            let outcome = step(self.content, std::mem::take(&mut self.state), input, None);
            self.state = outcome.state;
            match outcome.reply {
                Reply::Show { screen, delivery } if outcome.feedback.is_none() && !outcome.forget => {
                    self.screen = screen;
                    self.delivery = delivery;
                }
                other => panic!("expected one screen, got {other:?}"),
            }
            self
        }

        /// The callback data of the button labelled `label` on the screen.
        fn data(&self, label: &str) -> String {
            let found: Vec<&String> = self
                .screen
                .keyboard
                .iter()
                .flatten()
                .filter(|b| b.label == label)
                .filter_map(|b| match &b.action {
                    Action::Callback(data) => Some(data),
                    Action::Url(_) => None,
                })
                .collect();
            match found.as_slice() {
                [data] => (*data).clone(),
                _ => panic!("expected one button `{label}`, found {} on {:#?}", found.len(), self.screen),
            }
        }

        fn press(&mut self, label: &str) -> &mut Self {
            let data = self.data(label);
            self.input(Input::Press(data))
        }

        fn labels(&self) -> Vec<&str> {
            self.screen.keyboard.iter().flatten().map(|b| b.label.as_str()).collect()
        }

        fn at(&self) -> Position {
            self.state.at.clone().expect("a screen is shown, so the state has a position")
        }
    }

    fn placeholder() -> Screen {
        Screen { lang: Lang::new("-"), text: String::new(), keyboard: vec![], media: None }
    }

    // --- Back and the trail ------------------------------------------------

    #[test]
    fn back_on_step_two_goes_to_step_one_and_then_out_of_the_guide() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Инструкция").press("Далее");
        assert_eq!(chat.at(), pos("guide", 1));
        assert!(chat.screen.text.contains("Шаг 2 из 3"), "{}", chat.screen.text);

        chat.press("Назад");
        assert_eq!(chat.at(), pos("guide", 0));
        assert_eq!(chat.state.trail, vec![pos("main", 0)], "moving inside a guide adds nothing to the trail");

        chat.press("Назад");
        assert_eq!(chat.at(), pos("main", 0));
        assert!(chat.state.trail.is_empty());
    }

    #[test]
    fn going_on_to_an_ancestor_cuts_the_trail_there() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Тема").press("Лист");
        assert_eq!(chat.state.trail, vec![pos("main", 0), pos("topic", 0)]);

        // The leaf's onward button leads back up to the topic it came from.
        chat.press("Тема");
        assert_eq!(chat.at(), pos("topic", 0));
        assert_eq!(chat.state.trail, vec![pos("main", 0)], "no loop: Back from here must not return to the leaf");
        chat.press("Назад");
        assert_eq!(chat.at(), pos("main", 0));
    }

    #[test]
    fn back_after_a_guide_returns_to_its_last_step() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Инструкция").press("Далее").press("Далее");
        // On the last step the guide's `next` replaces Next.
        assert!(!chat.labels().contains(&"Далее"), "{:?}", chat.labels());
        chat.press("Тема");
        assert_eq!(chat.state.trail, vec![pos("main", 0), pos("guide", 2)]);
        chat.press("Назад");
        assert_eq!(chat.at(), pos("guide", 2));
    }

    #[test]
    fn main_menu_clears_the_trail() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Инструкция").press("Далее").press("Далее").press("Тема").press("Лист");
        assert_eq!(chat.state.trail.len(), 3);
        chat.press("Главное меню");
        assert_eq!(chat.at(), pos("main", 0));
        assert!(chat.state.trail.is_empty());
        // The main menu offers neither Back nor Main menu.
        assert!(!chat.labels().iter().any(|l| *l == "Назад" || *l == "Главное меню"), "{:?}", chat.labels());
    }

    #[test]
    fn start_begins_a_new_trail() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Тема").press("Лист");
        chat.input(cmd("start", Some("guide")));
        assert_eq!(chat.at(), pos("guide", 0));
        assert!(chat.state.trail.is_empty());
        // Back from a deep-linked guide has nowhere to go but the main menu.
        chat.press("Назад");
        assert_eq!(chat.at(), pos("main", 0));
    }

    // --- Content that changed under a stored state -----------------------------

    #[test]
    fn a_state_at_a_removed_node_resumes_at_main_with_a_note() {
        let content = fixture();
        let stored = State {
            lang: Some(Lang::new("ru")),
            at: Some(pos("removed-guide", 2)),
            trail: vec![pos("main", 0), pos("topic", 0)],
            ..State::default()
        };
        let chat = Chat::resume(&content, stored.clone(), cmd("menu", None));
        assert_eq!(chat.at(), pos("main", 0));
        assert!(chat.state.trail.is_empty());
        assert!(chat.screen.text.starts_with("(ru) Бот обновился.\n\n"), "{}", chat.screen.text);

        // Input that moves nowhere lands on main too, with a trail that no
        // longer leads back into the removed part.
        let chat = Chat::resume(&content, stored, Input::Text("где я?".into()));
        assert_eq!(chat.at(), pos("main", 0));
        assert!(chat.state.trail.is_empty(), "{:?}", chat.state.trail);
    }

    #[test]
    fn a_page_beyond_a_shortened_guide_counts_as_removed() {
        let content = fixture();
        let stored = State { lang: Some(Lang::new("ky")), at: Some(pos("guide", 7)), ..State::default() };
        let chat = Chat::resume(&content, stored, cmd("menu", None));
        assert_eq!(chat.at(), pos("main", 0));
        assert!(chat.screen.text.starts_with("(ky) Бот жаңыртылды.\n\n"), "{}", chat.screen.text);
    }

    #[test]
    fn removed_screens_leave_the_trail_but_the_rest_stays() {
        let content = fixture();
        let stored = State {
            lang: Some(Lang::new("ru")),
            at: Some(pos("leaf", 0)),
            trail: vec![pos("main", 0), pos("topic", 0), pos("removed", 0)],
            ..State::default()
        };
        let mut chat = Chat::resume(&content, stored, Input::Text("привет".into()));
        assert_eq!(chat.at(), pos("leaf", 0), "a screen that still exists is kept");
        assert!(chat.screen.text.starts_with("(ru) Используйте кнопки.\n\n"), "{}", chat.screen.text);
        chat.press("Назад");
        assert_eq!(chat.at(), pos("topic", 0));
    }

    #[test]
    fn a_stored_language_that_was_removed_asks_again() {
        let content = fixture();
        let stored = State { lang: Some(Lang::new("uz")), at: Some(pos("topic", 0)), ..State::default() };
        let chat = Chat::resume(&content, stored, cmd("menu", None));
        assert_eq!(chat.state.lang, None);
        assert_eq!(chat.at(), pos("language", 0));
    }

    // --- Presses the engine did not draw ----------------------------------

    #[test]
    fn forged_presses_get_the_stale_note_and_change_nothing() {
        let content = fixture();
        let fp = &content.fingerprint;
        let forged = [
            "".to_owned(),
            "hello".to_owned(),
            format!("{fp}:g:"),
            format!("{fp}:g:topic:x"),
            format!("{fp}:q:topic"),
            callback::encode(fp, &Press::Go { node: "no-such-node".into(), page: 0 }),
            callback::encode(fp, &Press::Go { node: "guide".into(), page: 3 }),
            callback::encode(fp, &Press::Go { node: "topic".into(), page: 1 }),
            callback::encode(fp, &Press::Lang("uz".into())),
        ];
        for data in forged {
            let mut chat = Chat::ru(&content);
            chat.press("Тема");
            let before = chat.state.clone();
            chat.input(Input::Press(data.clone()));
            assert_eq!(chat.state, before, "{data:?} changed the state");
            assert!(chat.screen.text.starts_with("(ru) Кнопка устарела.\n\nТема."), "{data:?}: {}", chat.screen.text);
            assert_eq!(chat.delivery, Delivery::Edit, "{data:?}");
        }
    }

    /// A copy of the fixture with one text changed: same nodes, new fingerprint.
    fn edited_fixture() -> tempfile::TempDir {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let path = entry.unwrap().path();
                let target = to.join(path.file_name().unwrap());
                if path.is_dir() { copy(&path, &target) } else { std::fs::copy(&path, &target).map(drop).unwrap() }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        copy(&fixture_root(), dir.path());
        let ftl = dir.path().join("locales/ru/main.ftl");
        let text = std::fs::read_to_string(&ftl).unwrap().replace("Лист.", "Лист, исправленный.");
        std::fs::write(&ftl, text).unwrap();
        dir
    }

    #[test]
    fn a_button_drawn_from_older_content_is_stale() {
        let old = fixture();
        let dir = edited_fixture();
        let new = load(dir.path());
        assert_ne!(old.fingerprint, new.fingerprint, "the edit must change the fingerprint");

        let mut chat = Chat::ru(&old);
        chat.press("Тема");
        let old_leaf_button = chat.data("Лист");
        // The content is reloaded while the topic screen is still on her phone.
        let mut chat = Chat { content: &new, ..chat };
        let before = chat.state.clone();
        chat.input(Input::Press(old_leaf_button));
        assert_eq!(chat.state, before, "an old button must not move her");
        assert!(chat.screen.text.starts_with("(ru) Кнопка устарела.\n\nТема."), "{}", chat.screen.text);
        // The redrawn screen carries buttons of the new content, which work.
        chat.press("Лист");
        assert_eq!(chat.at(), pos("leaf", 0));
        assert_eq!(chat.screen.text, "Лист, исправленный.");
    }

    #[test]
    fn language_buttons_work_across_content_versions() {
        let old = fixture();
        let dir = edited_fixture();
        let new = load(dir.path());
        let first = Chat::resume(&old, State::default(), Input::Text("салам".into()));
        let kyrgyz = first.data("Кыргызча");
        let chat = Chat::resume(&new, first.state.clone(), Input::Press(kyrgyz));
        assert_eq!(chat.state.lang, Some(Lang::new("ky")));
        assert_eq!(chat.at(), pos("main", 0));
    }

    // --- Languages ---------------------------------------------------------

    #[test]
    fn switching_language_returns_to_where_she_was() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Инструкция").press("Далее");
        chat.input(cmd("language", None));
        assert_eq!(chat.at(), pos("language", 0));
        chat.press("Кыргызча");
        assert_eq!(chat.state.lang, Some(Lang::new("ky")));
        assert_eq!(chat.at(), pos("guide", 1));
        assert_eq!(chat.state.trail, vec![pos("main", 0)], "the picker leaves no trace on the trail");
        assert!(chat.screen.text.starts_with("(ky) Тил: кыргызча.\n\nНускама\n"), "{}", chat.screen.text);
        assert!(chat.labels().contains(&"Артка"), "{:?}", chat.labels());
    }

    #[test]
    fn first_contact_shows_the_picker_without_choosing_for_her() {
        let content = fixture();
        let outcome = step(&content, State::default(), Input::Text("здравствуйте".into()), Some("ru-RU"));
        assert_eq!(outcome.state.lang, None, "Telegram's language hint must not choose");
        assert_eq!(outcome.state.at, Some(pos("language", 0)));
        let Some(screen) = outcome.screen() else { panic!("{outcome:?}") };
        let labels: Vec<&str> = screen.keyboard.iter().flatten().map(|b| b.label.as_str()).collect();
        // The hint only puts her likely language first; no Back, no Main menu.
        assert_eq!(labels, ["Русский", "Кыргызча"]);
        assert_eq!(screen.text, "Выберите язык\nТилди тандаңыз");
    }

    #[test]
    fn a_deep_link_on_first_contact_waits_for_the_language() {
        let content = fixture();
        let mut chat = Chat::resume(&content, State::default(), cmd("start", Some("guide")));
        assert_eq!(chat.at(), pos("language", 0));
        assert_eq!(chat.state.pending.as_deref(), Some("guide"));
        chat.press("Русский");
        assert_eq!(chat.state.lang, Some(Lang::new("ru")));
        assert_eq!(chat.at(), pos("guide", 0));
        assert_eq!(chat.state.pending, None);
        assert!(chat.screen.text.starts_with("Инструкция\nШаг 1 из 3"), "{}", chat.screen.text);
    }

    #[test]
    fn an_unknown_deep_link_on_first_contact_lands_on_main() {
        let content = fixture();
        let mut chat = Chat::resume(&content, State::default(), cmd("start", Some("nope")));
        assert_eq!(chat.state.pending.as_deref(), Some("nope"));
        chat.press("Кыргызча");
        assert_eq!(chat.at(), pos("main", 0));
        assert_eq!(chat.state.pending, None);
        assert!(chat.screen.text.starts_with("(ky)"), "the old-link note, in her language: {}", chat.screen.text);
        // Anything a deep link cannot carry is not kept at all.
        let chat = Chat::resume(&content, State::default(), cmd("start", Some("нет такой ссылки")));
        assert_eq!(chat.state.pending, None);
    }

    // --- Delivery ----------------------------------------------------------

    #[test]
    fn a_press_edits_in_place_but_a_media_screen_is_sent_anew() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        assert_eq!(chat.delivery, Delivery::Send, "a command is answered with a new message");
        chat.press("Тема");
        assert_eq!(chat.delivery, Delivery::Edit);
        assert_eq!(chat.screen.media, None);
        chat.press("Картинка");
        assert_eq!(chat.delivery, Delivery::Send, "a photo cannot replace a text message");
        assert_eq!(chat.screen.media, Some(Media { kind: MediaKind::Photo, file: "picture.jpg".into() }));
    }

    #[test]
    fn links_are_url_buttons_after_the_node_buttons() {
        let content = fixture();
        let mut chat = Chat::ru(&content);
        chat.press("Тема");
        let actions: Vec<&Action> = chat.screen.keyboard.iter().flatten().map(|b| &b.action).collect();
        assert_eq!(actions.len(), 4, "{:#?}", chat.screen.keyboard);
        assert_eq!(actions[2], &Action::Url("https://example.org".into()));
        assert!(matches!(actions[3], Action::Callback(_)), "Back comes last");
    }

    // --- Feedback ------------------------------------------------------------

    /// The fixture plus a feedback form (`(ru) …` texts like the rest).
    fn with_feedback() -> tempfile::TempDir {
        let dir = edited_fixture();
        std::fs::write(
            dir.path().join("dialogues/feedback.toml"),
            "[[node]]\nid = \"feedback\"\nkind = \"feedback\"\nconsent-version = 3\n",
        )
        .unwrap();
        for lang in ["ru", "ky"] {
            let mut ftl = format!("feedback = ({lang}) Полезно?\n    .button = ({lang}) Оценить\n");
            for id in feedback::node_messages("feedback") {
                let args = if id.ends_with("too-long") { " { $length } { $max }" } else { "" };
                ftl.push_str(&format!("{id} = ({lang}) {id}{args}\n"));
            }
            std::fs::write(dir.path().join(format!("locales/{lang}/feedback.ftl")), ftl).unwrap();
        }
        dir
    }

    /// Steps a chat and returns the feedback effects of that step.
    fn stepped(chat: &mut Chat, input: Input) -> Vec<FeedbackEffect> {
        let outcome = step(chat.content, std::mem::take(&mut chat.state), input, None);
        let Some(screen) = outcome.screen().cloned() else { panic!("{outcome:?}") };
        chat.state = outcome.state;
        chat.screen = screen;
        outcome.feedback.into_iter().collect()
    }

    fn tap(chat: &mut Chat, label: &str) -> Vec<FeedbackEffect> {
        let data = chat.data(label);
        stepped(chat, Input::Press(data))
    }

    #[test]
    fn feedback_is_kept_only_after_yes_and_the_rating_is_never_in_the_state() {
        let dir = with_feedback();
        let content = load(dir.path());
        let mut chat = Chat::ru(&content);
        chat.press("Инструкция").press("Далее").press("Далее");
        assert!(chat.labels().contains(&"(ru) Оценить"), "the last step asks: {:?}", chat.labels());
        chat.press("(ru) Оценить");
        assert_eq!(chat.at(), pos("feedback", 0));
        assert_eq!(chat.state.form, Some(Form { topic: "guide".into(), stage: Stage::Rate }));

        let before = chat.state.clone();
        let rated = tap(&mut chat, "(ru) feedback-partly");
        assert!(rated.is_empty());
        assert!(chat.screen.text.starts_with("(ru) feedback-consent"), "{}", chat.screen.text);
        assert_eq!(chat.state, before, "the rating is not in the state before consent");
        assert!(chat.data("(ru) feedback-consent-yes").ends_with(":y:guide:2"), "it travels in the button");

        let yes = chat.data("(ru) feedback-consent-yes");
        let created = stepped(&mut chat, Input::Press(yes.clone()));
        assert_eq!(
            created,
            vec![FeedbackEffect::Create {
                topic: "guide".into(),
                rating: 2,
                lang: Lang::new("ru"),
                consent_version: 3
            }]
        );
        assert_eq!(chat.state.form.as_ref().map(|f| f.stage), Some(Stage::Comment));
        // A double tap on the same "yes" stores nothing more.
        assert!(stepped(&mut chat, Input::Press(yes)).is_empty());
        assert!(chat.screen.text.starts_with("(ru) Кнопка устарела."), "{}", chat.screen.text);

        let long = "ж".repeat(feedback::COMMENT_LIMIT + 1);
        assert!(stepped(&mut chat, Input::Text(long)).is_empty(), "an over-long comment is refused");
        assert!(chat.screen.text.starts_with("(ru) feedback-comment-too-long 1001 1000"), "{}", chat.screen.text);
        let said = stepped(&mut chat, Input::Text("  =Всё понятно, спасибо  ".into()));
        assert_eq!(said, vec![FeedbackEffect::SetComment("=Всё понятно, спасибо".into())]);
        assert_eq!(chat.state.form.as_ref().map(|f| f.stage), Some(Stage::Region));

        let region = tap(&mut chat, "(ru) region-naryn");
        assert_eq!(region, vec![FeedbackEffect::SetRegion("naryn".into())]);
        assert_eq!(chat.at(), pos("guide", 2), "back where she was");
        assert_eq!(chat.state.form, None);
        assert!(chat.screen.text.starts_with("(ru) feedback-thanks"), "{}", chat.screen.text);
    }

    #[test]
    fn no_thanks_stores_nothing_and_feedback_command_rates_the_bot() {
        let dir = with_feedback();
        let content = load(dir.path());
        let mut chat = Chat::ru(&content);
        chat.press("Тема");
        assert!(stepped(&mut chat, cmd("feedback", None)).is_empty());
        assert_eq!(chat.state.form, Some(Form { topic: "feedback".into(), stage: Stage::Rate }));
        assert!(tap(&mut chat, "(ru) feedback-yes").is_empty());
        assert!(tap(&mut chat, "(ru) feedback-consent-no").is_empty());
        assert_eq!(chat.at(), pos("topic", 0));
        assert!(chat.screen.text.starts_with("(ru) feedback-not-saved"), "{}", chat.screen.text);
        // Text outside the comment stage is never a comment.
        assert!(stepped(&mut chat, Input::Text("привет".into())).is_empty());
    }

    // --- consult -------------------------------------------------------------

    /// On a `consult` screen (shipped content: the fixture has none) her
    /// text becomes an `Ask` with the part of the bot she came from; other
    /// input gets the text-only note; the quick exit still wins.
    #[test]
    fn text_on_a_consult_screen_is_a_question_for_the_shell() {
        let content = load(Path::new(env!("CARGO_MANIFEST_DIR")));
        let state = State { lang: Some(Lang::new("ru")), ..State::default() };
        let mut chat = Chat::resume(&content, state, cmd("start", Some("services")));
        chat.press("🙋‍♀️ Спросить специалиста").press("🏛 Госуслуги");
        assert_eq!(chat.at(), pos("services-consultant", 0));
        let outcome = step(&content, chat.state.clone(), Input::Text("Как войти на портал?".into()), None);
        let ask = Ask {
            consultant: "services-consultant".into(),
            area: "services".into(),
            text: "Как войти на портал?".into(),
        };
        assert_eq!(outcome.ask, Some(ask));
        assert_eq!(outcome.state.at, Some(pos("services-consultant", 0)), "she stays to add more");

        let other = step(&content, chat.state.clone(), Input::Other, None);
        assert_eq!(other.ask, None);
        let note = content.locales.text(&Lang::new("ru"), kinds::consult::TEXT_ONLY, None, None);
        assert!(other.screen().unwrap().text.starts_with(&note));
        let exit = step(&content, chat.state.clone(), Input::Command { name: "exit".into(), arg: None }, None);
        assert_eq!(exit.ask, None);
        assert!(matches!(exit.reply, Reply::QuickExit { .. }));

        // Elsewhere text is never a question.
        let menu = step(
            &content,
            State { lang: Some(Lang::new("ru")), ..State::default() },
            Input::Text("вопрос".into()),
            None,
        );
        assert_eq!(menu.ask, None);
    }
}
