//! What a node kind draws with: the part of a screen it fills ([`Body`]),
//! the context it draws in ([`Draw`], with helpers for texts and buttons),
//! and what lives for one turn only ([`Extra`]). The kinds in `kinds/` use
//! it, and `render.rs` puts the frame around what they draw.

use fluent_bundle::FluentArgs;

use super::{
    Content, Lang, Node, NodeIx,
    callback::{self, Press},
    ids,
    screen::{Action, Button},
    state::{Position, State},
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

/// The part of a screen a node kind draws.
pub struct Body {
    pub text: String,
    pub keyboard: Vec<Vec<Button>>,
    /// Where Back leads; `None` for no Back button.
    pub back: Option<Position>,
}

/// What every kind's drawing needs.
pub struct Draw<'a> {
    pub content: &'a Content,
    pub state: &'a State,
    pub node: &'a Node,
    pub lang: Lang,
    pub page: usize,
}

impl Draw<'_> {
    pub fn t(&self, id: &str, attr: Option<&str>) -> String {
        self.content.locales.text(&self.lang, id, attr, None)
    }

    pub fn args(&self, id: &str, args: &FluentArgs) -> String {
        self.content.locales.text(&self.lang, id, None, Some(args))
    }

    pub fn press(&self, press: &Press) -> Action {
        Action::Callback(callback::encode(&self.content.fingerprint, press))
    }

    pub fn go(&self, node: &str, page: usize) -> Action {
        self.press(&Press::Go { node: node.to_owned(), page })
    }

    pub fn button(&self, label: String, press: &Press) -> Button {
        Button { label, action: self.press(press) }
    }

    pub fn button_to(&self, target: NodeIx) -> Button {
        let id = &self.content.graph.node(target).id;
        Button { label: self.t(id, Some(ids::BUTTON)), action: self.go(id, 0) }
    }

    /// "Step 2 of 5".
    pub fn progress(&self, current: usize, total: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("current", current);
        args.set("total", total);
        self.args(ui::STEP_OF, &args)
    }
}
