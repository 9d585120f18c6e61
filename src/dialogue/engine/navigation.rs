//! Where a turn takes her: commands, button presses, deep links, the first
//! contact's language choice, the way back (the trail) and the safety check
//! in front of sensitive screens, then the screen drawn at the end.

use super::{Delivery, Finish, Form, Input, Position, Quiz, SAFE_FOR_SECS, Screen, Turn};
use crate::dialogue::{
    Kind, NodeIx,
    callback::{self, Press, Undecodable},
    draw::Extra,
    graph, render, ui,
};

/// How many screens "Back" remembers; older ones fall back to the main menu.
const TRAIL_LIMIT: usize = 16;

impl Turn<'_> {
    /// Drops whatever in a stored state no longer fits the content, or no
    /// longer holds at this time.
    pub(super) fn repair_state(&mut self) {
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

    pub(super) fn first_contact(&mut self, input: Input, delivery: Delivery) -> Delivery {
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

    pub(super) fn command(&mut self, name: &str, arg: Option<String>) {
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

    pub(super) fn press(&mut self, data: &str) {
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
            Ok(Press::Exit | Press::Call { .. }) => {}
            Err(Undecodable::Stale | Undecodable::Malformed) => self.note = Some(ui::NOTE_STALE_BUTTON),
        }
    }

    /// Opens the directory at the region nearest to a shared location. Only
    /// the region ends up in the state, as if she had chosen it herself.
    pub(super) fn nearest_help(&mut self, lat: f64, lon: f64) {
        let graph = &self.content.graph;
        match (graph.contacts(), graph.directory.nearest_region(lat, lon)) {
            (Some(ix), Some(region)) => {
                self.note = Some(ui::NOTE_LOCATION);
                self.go(Position::new(graph.node(ix).id.clone(), region + 1));
            }
            _ => self.note = Some(ui::NOTE_MEDIA),
        }
    }

    /// Moves to `to`. Going to a screen already on the trail is going back:
    /// the trail is cut there, so Back never loops.
    pub(super) fn go(&mut self, mut to: Position) {
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

    pub(super) fn at_node(&self) -> Option<NodeIx> {
        self.state.at.as_ref().and_then(|p| self.content.graph.find(&p.node))
    }

    pub(super) fn current_node_has_media(&self) -> bool {
        self.at_node().is_some_and(|ix| self.content.graph.node(ix).media.is_some())
    }

    pub(super) fn back_target(&self) -> Position {
        self.state.trail.last().cloned().unwrap_or_else(|| Position::new(graph::MAIN, 0))
    }

    pub(super) fn render_current(&mut self) -> Screen {
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
