//! Draws the screen for where a person is: one function per node kind, and
//! around them the frame every screen shares (quick exit, links, Back and
//! Main menu). A new node kind adds its function here and one arm to
//! [`body`].

use fluent_bundle::FluentArgs;

use super::{
    Content, Kind, Lang, Node, NodeIx,
    callback::{self, Press},
    feedback::{self, RATINGS, REGIONS, stage},
    graph, ids,
    screen::{Action, Button, Screen},
    state::{Form, Position, Stage, State},
    ui,
};

/// The consent notice for a rating she just chose, drawn for one turn in
/// place of the feedback question: the rating lives only in its buttons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consent {
    pub topic: String,
    pub rating: u8,
}

/// A self-check in progress, drawn into one turn's buttons only and never
/// into the state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Quiz {
    /// Questions answered so far.
    pub answered: usize,
    /// How many of them were answered yes.
    pub score: usize,
}

/// What lives for one turn only, beside the state.
#[derive(Clone, Debug, Default)]
pub struct Extra<'a> {
    pub consent: Option<&'a Consent>,
    pub quiz: Option<Quiz>,
}

/// Draws the screen for `state.at` (the main menu if it is unset or gone).
pub fn render(content: &Content, state: &State, hint: Option<&str>, extra: Extra<'_>) -> Screen {
    let graph = &content.graph;
    let at = state.at.clone().unwrap_or_else(|| Position::new(graph::MAIN, 0));
    let ix = graph.find(&at.node).unwrap_or(graph.main());
    let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
    let cx = Draw { content, state, node: graph.node(ix), lang, page: at.page };
    let back = Some(state.trail.last().cloned().unwrap_or_else(|| Position::new(graph::MAIN, 0)));
    let mut body = Body { text: String::new(), keyboard: vec![], back };
    let text = cx.body(&mut body, hint, &extra);
    body.text = text;
    cx.frame(ix, body)
}

/// The part of a screen a node kind draws.
struct Body {
    text: String,
    keyboard: Vec<Vec<Button>>,
    /// Where Back leads; `None` for no Back button.
    back: Option<Position>,
}

/// What every kind's drawing needs.
struct Draw<'a> {
    content: &'a Content,
    state: &'a State,
    node: &'a Node,
    lang: Lang,
    page: usize,
}

impl Draw<'_> {
    fn t(&self, id: &str, attr: Option<&str>) -> String {
        self.content.locales.text(&self.lang, id, attr, None)
    }

    fn args(&self, id: &str, args: &FluentArgs) -> String {
        self.content.locales.text(&self.lang, id, None, Some(args))
    }

    fn press(&self, press: &Press) -> Action {
        Action::Callback(callback::encode(&self.content.fingerprint, press))
    }

    fn go(&self, node: &str, page: usize) -> Action {
        self.press(&Press::Go { node: node.to_owned(), page })
    }

    fn button(&self, label: String, press: &Press) -> Button {
        Button { label, action: self.press(press) }
    }

    fn button_to(&self, target: NodeIx) -> Button {
        let id = &self.content.graph.node(target).id;
        Button { label: self.t(id, Some(ids::BUTTON)), action: self.go(id, 0) }
    }

    /// "Step 2 of 5".
    fn progress(&self, current: usize, total: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("current", current);
        args.set("total", total);
        self.args(ui::STEP_OF, &args)
    }

    /// The node kind's own part of the screen: its text, and its buttons into `body`.
    fn body(&self, body: &mut Body, hint: Option<&str>, extra: &Extra<'_>) -> String {
        match &self.node.kind {
            Kind::Menu { buttons } => self.menu(body, buttons),
            Kind::Info { next } => self.menu(body, next.as_slice()),
            Kind::Steps { steps, next } => self.steps(body, steps, *next),
            Kind::SelfCheck { questions, alert_at, buttons } => {
                self.self_check(body, questions, *alert_at, buttons, extra.quiz)
            }
            Kind::Language => self.language(body, hint),
            Kind::SafetyCheck { .. } => self.safety_check(body),
            Kind::Forget => self.forget(body),
            Kind::Feedback { .. } => self.feedback(body, extra.consent),
            Kind::Contacts => self.contacts(body),
        }
    }

    fn menu(&self, body: &mut Body, buttons: &[NodeIx]) -> String {
        body.keyboard.extend(buttons.iter().map(|&b| vec![self.button_to(b)]));
        self.t(&self.node.id, None)
    }

    fn steps(&self, body: &mut Body, steps: &[String], next: Option<NodeIx>) -> String {
        let node = self.node;
        let page = self.page.min(steps.len() - 1);
        let mut row = vec![];
        if page > 0 {
            body.back = Some(Position::new(node.id.clone(), page - 1));
        }
        if let Some(b) = body.back.take() {
            row.push(Button { label: self.t(ui::BACK, None), action: self.go(&b.node, b.page) });
        }
        if page + 1 < steps.len() {
            row.push(Button { label: self.t(ui::NEXT, None), action: self.go(&node.id, page + 1) });
        } else if let Some(n) = next {
            row.push(self.button_to(n));
        }
        body.keyboard.push(row);
        // "Was this helpful?" closes every guide when there is a feedback
        // form, except sensitive ones: a record that she rated a violence
        // guide, kept for years, is itself a risk to her.
        let graph = &self.content.graph;
        if page + 1 == steps.len()
            && !node.sensitive
            && let Some(form) = graph.feedback()
        {
            let label = self.t(&graph.node(form).id, Some(ids::BUTTON));
            body.keyboard.push(vec![self.button(label, &Press::Ask { topic: node.id.clone() })]);
        }
        let text = self.t(&ids::part(&node.id, &steps[page]), None);
        format!("{}\n{}\n\n{text}", self.t(&node.id, None), self.progress(page + 1, steps.len()))
    }

    fn self_check(
        &self,
        body: &mut Body,
        questions: &[String],
        alert_at: usize,
        buttons: &[NodeIx],
        quiz: Option<Quiz>,
    ) -> String {
        let id = &self.node.id;
        // Without the press that carries the answers (a redraw, a restart)
        // the check starts again from question 1.
        let Quiz { answered, score } = quiz.unwrap_or_default();
        if answered >= questions.len() {
            body.keyboard.extend(buttons.iter().map(|&b| vec![self.button_to(b)]));
            return self.t(&ids::self_check_result(id, score >= alert_at), None);
        }
        let answer =
            |yes: bool| Press::Answer { node: id.clone(), answered: answered + 1, score: score + usize::from(yes) };
        body.keyboard.push(vec![
            self.button(self.t(id, Some(ids::YES)), &answer(true)),
            self.button(self.t(id, Some(ids::NO)), &answer(false)),
        ]);
        let question = self.t(&ids::part(id, &questions[answered]), None);
        format!("{}\n{}\n\n{question}", self.t(id, None), self.progress(answered + 1, questions.len()))
    }

    fn language(&self, body: &mut Body, hint: Option<&str>) -> String {
        let locales = &self.content.locales;
        let mut langs: Vec<&Lang> = locales.languages().iter().collect();
        // The hint only puts the person's likely language first.
        if let Some(hinted) = hint.and_then(|h| locales.find(h)) {
            langs.sort_by_key(|l| *l != hinted);
        }
        body.keyboard.extend(langs.iter().map(|l| {
            let label = locales.text(l, ui::LANGUAGE_NAME, None, None);
            vec![self.button(label, &Press::Lang(l.code().to_owned()))]
        }));
        if self.state.lang.is_none() {
            // Before a language is chosen there is nowhere to go back to.
            body.back = None;
        }
        // Everyone can read the prompt in their own language.
        langs.iter().map(|l| locales.text(l, &self.node.id, None, None)).collect::<Vec<_>>().join("\n")
    }

    fn safety_check(&self, body: &mut Body) -> String {
        body.keyboard.push(vec![self.button(self.t(ui::SAFETY_YES, None), &Press::Safe)]);
        body.keyboard.push(vec![self.button(self.t(ui::SAFETY_NO, None), &Press::Exit)]);
        self.t(&self.node.id, None)
    }

    fn forget(&self, body: &mut Body) -> String {
        body.keyboard.push(vec![self.button(self.t(ui::FORGET_YES, None), &Press::Forget)]);
        self.t(&self.node.id, None)
    }

    fn feedback(&self, body: &mut Body, consent: Option<&Consent>) -> String {
        let id = &self.node.id;
        let form = self.state.form.clone().unwrap_or_else(|| Form::new(id.clone()));
        let said = |stage: &str| self.t(&ids::part(id, stage), None);
        let keyboard = &mut body.keyboard;
        match (consent, form.stage) {
            (Some(Consent { topic, rating }), _) => {
                let yes = Press::Consent { topic: topic.clone(), rating: *rating };
                keyboard.push(vec![self.button(said(stage::CONSENT_YES), &yes)]);
                keyboard.push(vec![self.button(said(stage::CONSENT_NO), &Press::Decline)]);
                said(stage::CONSENT)
            }
            (None, Stage::Rate) => {
                keyboard.push(
                    RATINGS
                        .iter()
                        .map(|(rating, rid)| {
                            self.button(said(rid), &Press::Rate { topic: form.topic.clone(), rating: *rating })
                        })
                        .collect(),
                );
                self.t(id, None)
            }
            (None, Stage::Comment) => {
                keyboard.push(vec![self.button(said(stage::SKIP), &Press::Skip)]);
                said(stage::COMMENT)
            }
            (None, Stage::Region) => {
                let buttons: Vec<Button> = REGIONS
                    .iter()
                    .map(|r| {
                        self.button(self.t(&feedback::region_message(id, r), None), &Press::Region((*r).to_owned()))
                    })
                    .collect();
                // Two a row: ten one-per-row buttons do not fit a small screen.
                keyboard.extend(buttons.chunks(2).map(<[Button]>::to_vec));
                said(stage::REGION)
            }
        }
    }

    fn contacts(&self, body: &mut Body) -> String {
        let directory = &self.content.graph.directory;
        let id = &self.node.id;
        let Some((r, region)) = self.page.checked_sub(1).and_then(|r| directory.regions.get(r).map(|g| (r, g))) else {
            // Two regions a row: nine one-per-row buttons do not fit a small screen.
            let buttons: Vec<Button> = (directory.regions.iter().enumerate())
                .map(|(i, r)| Button { label: self.t(&ids::region(&r.id), None), action: self.go(id, i + 1) })
                .collect();
            body.keyboard.extend(buttons.chunks(2).map(<[Button]>::to_vec));
            return self.t(id, None);
        };
        body.back = Some(Position::new(id.clone(), 0));
        let mut args = FluentArgs::new();
        args.set("region", self.t(&ids::region(&region.id), None));
        let mut text = self.args(&ids::contacts_region(id), &args);
        for c in directory.for_region(r) {
            let name = ids::contact(&c.id);
            // The number first: it is what she needs in a hurry.
            match &c.phone {
                Some(phone) => text.push_str(&format!("\n\n☎️ {phone} — {}", self.t(&name, None))),
                None => text.push_str(&format!("\n\n{}", self.t(&name, None))),
            }
            if let Some(address) = &c.address {
                text.push_str(&format!("\n📍 {address}"));
            }
            if let Some(url) = &c.url {
                text.push_str(&format!("\n🔗 {url}"));
            }
            if self.content.locales.has(&self.lang, &name, Some(ids::NOTE)) {
                text.push_str(&format!("\n{}", self.t(&name, Some(ids::NOTE))));
            }
        }
        text
    }

    /// What every screen shares around the kind's part: the quick exit,
    /// the node's links, Back and Main menu.
    fn frame(self, ix: NodeIx, body: Body) -> Screen {
        let Body { text, mut keyboard, back } = body;
        let (graph, node, state) = (&self.content.graph, self.node, self.state);
        // Feedback on a sensitive guide keeps that guide's quick exit.
        let about_sensitive = matches!(node.kind, Kind::Feedback { .. })
            && state.form.as_ref().and_then(|f| graph.find(&f.topic)).is_some_and(|ix| graph.node(ix).sensitive);
        if node.sensitive || node.quick_exit || about_sensitive {
            // First, where a thumb finds it without looking.
            keyboard.insert(0, vec![self.button(self.t(ui::QUICK_EXIT, None), &Press::Exit)]);
        }
        keyboard.extend(
            node.links
                .iter()
                .map(|l| vec![Button { label: self.t(&l.label, None), action: Action::Url(l.url.clone()) }]),
        );
        if ix != graph.main() {
            let mut row = vec![];
            let back_is_main = back.as_ref().is_some_and(|b| b.node == graph::MAIN);
            if let Some(b) = back {
                row.push(Button { label: self.t(ui::BACK, None), action: self.go(&b.node, b.page) });
            }
            let choosing_first_language = state.lang.is_none() && matches!(node.kind, Kind::Language);
            if !back_is_main && !choosing_first_language {
                row.push(Button { label: self.t(ui::MAIN_MENU, None), action: self.go(graph::MAIN, 0) });
            }
            if !row.is_empty() {
                keyboard.push(row);
            }
        }
        Screen { lang: self.lang, text, keyboard, media: node.media.clone() }
    }
}
