//! What she types, and the feedback form: a rating, consent, an optional
//! comment and region, each press checked against the stage the form is in.
//! On a `consult` screen her text is a question for the shell instead.

use fluent_bundle::FluentArgs;

use super::{Ask, Consent, FeedbackEffect, Form, Position, Stage, Turn};
use crate::dialogue::{
    Kind,
    callback::Press,
    feedback::{self, stage},
    graph, ids,
    kinds::Feedback,
    scrub, ui, webinar,
};

impl Turn<'_> {
    /// A topic the feedback form takes: a guide that is not behind the
    /// safety check, or a webinar that is not about violence (asked about
    /// only after it, in its reminders).
    pub(super) fn can_rate(&self, topic: &str) -> bool {
        let graph = &self.content.graph;
        match webinar::of_feedback_topic(topic) {
            Some(id) => self.content.webinars.find(id).is_some_and(|w| !w.topic.is_sensitive()),
            None => graph.find(topic).is_some_and(|ix| !graph.node(ix).sensitive),
        }
    }

    /// The feedback form. Each press must fit the stage the form is in, so
    /// an old or doubled press (a double tap on "yes") never stores twice.
    pub(super) fn feedback_press(&mut self, press: Press) {
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
    pub(super) fn text(&mut self, text: &str) {
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
    pub(super) fn leave_form(&mut self, said: &str) {
        self.said = Some(self.form_text(said, None));
        let back = self.back_target();
        self.go(back);
    }

    /// The feedback node's message `<id>-<stage>` in her language.
    pub(super) fn form_text(&self, stage: &str, args: Option<&FluentArgs>) -> String {
        let graph = &self.content.graph;
        let id = graph.feedback().map(|ix| graph.node(ix).id.as_str()).unwrap_or_default();
        let lang = self.state.lang.clone().unwrap_or_else(|| self.content.locales.default_lang().clone());
        self.content.locales.text(&lang, &ids::part(id, stage), None, args)
    }

    pub(super) fn at_consult(&self) -> bool {
        self.at_node().is_some_and(|ix| matches!(self.content.graph.node(ix).kind, Kind::Consult))
    }

    /// Her text as a question to the consultant whose screen she is on.
    pub(super) fn ask_from(&self, text: &str) -> Ask {
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
}
