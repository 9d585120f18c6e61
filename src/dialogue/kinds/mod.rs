//! Every node kind in one place each: a file per kind holds what the kind
//! stores, the nodes it leads to, its pages and how it draws its part of a
//! screen. [`Kind`] lists them and [`Kind::behaviour`] is the one dispatch,
//! so the rest of the core never matches on a kind to draw or walk it.
//!
//! Adding a kind: a new file here implementing [`Behaviour`], a variant in
//! [`Kind`] with its arm in [`Kind::behaviour`], and its loader part in
//! `crate::content::kinds` (recipe in docs/architecture.md).

pub mod consult;
mod contacts;
mod feedback;
mod forget;
mod info;
mod language;
mod menu;
mod safety_check;
mod self_check;
mod steps;

pub use self::{
    consult::Consult, contacts::Contacts, feedback::Feedback, forget::Forget, info::Info, language::Language,
    menu::Menu, safety_check::SafetyCheck, self_check::SelfCheck, steps::Steps,
};
use super::{
    Graph, NodeIx,
    draw::{Body, Draw, Extra, Quiz},
    staff_text::Msg,
};

/// What a node does: one variant per kind, its data in the kind's file.
#[derive(Debug)]
pub enum Kind {
    Menu(Menu),
    Steps(Steps),
    Info(Info),
    Language,
    SafetyCheck(SafetyCheck),
    Forget,
    Feedback(Feedback),
    SelfCheck(SelfCheck),
    Contacts(Contacts),
    Consult,
}

impl Kind {
    /// The kind's behaviour: the one place that matches on every kind.
    pub fn behaviour(&self) -> &dyn Behaviour {
        match self {
            Kind::Menu(k) => k,
            Kind::Steps(k) => k,
            Kind::Info(k) => k,
            Kind::Language => &Language,
            Kind::SafetyCheck(k) => k,
            Kind::Forget => &Forget,
            Kind::Feedback(k) => k,
            Kind::SelfCheck(k) => k,
            Kind::Contacts(k) => k,
            Kind::Consult => &Consult,
        }
    }
}

/// How a kind is drawn in `kadam graph` and the preview's map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Menu,
    Steps,
    SelfCheck,
    Info,
    /// The safety check: a gate in front of sensitive nodes.
    Gate,
    /// The bot's own screens (language, forget, feedback, contacts).
    Special,
}

/// What each kind answers for itself.
pub trait Behaviour {
    /// The nodes it leads to, in screen order.
    fn targets(&self) -> Vec<NodeIx> {
        vec![]
    }

    /// How many pages it shows.
    fn pages(&self, _graph: &Graph) -> usize {
        1
    }

    /// Draws its part of the screen: returns the text and puts its buttons
    /// into `body` (`render.rs` adds the frame every screen shares).
    fn draw(&self, cx: &Draw<'_>, body: &mut Body, hint: Option<&str>, extra: &Extra<'_>) -> String;

    /// The turn-only state of each page `kadam check` renders, one entry per
    /// page (a page index past the last one stays on the last).
    fn checked_pages(&self, pages: usize) -> Vec<Option<Quiz>> {
        vec![None; pages]
    }

    /// How `kadam check` names a page of node `id` in a diagnostic.
    fn page_name(&self, _graph: &Graph, id: &str, _page: usize, _pages: usize) -> Msg {
        crate::staff_msg!("check-page-node", id = id)
    }

    fn shape(&self) -> Shape;
}
