//! The loader's part of each node kind, one file per kind beside the core's
//! `crate::dialogue::kinds`: the name staff write as `kind = "…"`, the
//! fields the kind uses, and how its fields become the core's [`Kind`] with
//! the checks and texts it needs. [`KINDS`] is the one list of them.

mod consult;
mod contacts;
mod feedback;
mod forget;
mod info;
mod language;
mod menu;
mod safety_check;
mod self_check;
mod steps;

use super::load::context::{Catalog, Loader, SourcedNode};
use crate::dialogue::{Kind, Location, NodeIx, directory::Directory};

/// One node kind as the loader knows it.
pub(super) struct KindSpec {
    /// The name staff write as `kind = "…"`.
    pub name: &'static str,
    /// The fields it uses besides `id`, `kind` and `sensitive` (`media`
    /// stands for `photo`/`voice`/`document`); any other is an error.
    pub fields: &'static [&'static str],
    /// Lifts the node into the core's kind, reporting what does not fit.
    pub build: fn(&mut Loader, &SourcedNode, &Catalog, Parts<'_>) -> Kind,
}

/// What the loader resolved for every node before its kind builds it.
pub(super) struct Parts<'a> {
    pub id: String,
    /// Where the node is defined.
    pub origin: Location,
    /// `next`, if given and found.
    pub next: Option<NodeIx>,
    /// `buttons` that were found, in order.
    pub buttons: Vec<NodeIx>,
    /// Whether the node has any web link that parsed.
    pub has_links: bool,
    pub directory: &'a Directory,
}

/// Every kind, in the order `kadam check` lists them.
pub(super) const KINDS: &[KindSpec] = &[
    menu::SPEC,
    steps::SPEC,
    info::SPEC,
    language::SPEC,
    safety_check::SPEC,
    forget::SPEC,
    feedback::SPEC,
    contacts::SPEC,
    self_check::SPEC,
    consult::SPEC,
];

pub(super) fn find(name: &str) -> Option<&'static KindSpec> {
    KINDS.iter().find(|k| k.name == name)
}
