//! Lifts the raw files into checked [`Graph`] and [`Locales`], reporting every
//! problem on the way. The checks run in a fixed order, each adding to one
//! [`Diagnostics`] list, so `kadam check` shows the whole picture in one run.
//!
//! [`load_on`] is the order; the parts live beside it: `context` (the state
//! they share and the file reading), `locales` (the `.ftl` files, with
//! `generated` for uz-Cyrl), `graph` (the dialogue files into nodes),
//! `sourced` (texts against their sources) and `messages` (parity and
//! unused texts).
//!
//! [`Graph`]: crate::dialogue::Graph

use std::{collections::BTreeSet, path::Path};

use sha2::{Digest, Sha256};

pub(super) mod context;
mod generated;
mod graph;
mod locales;
mod messages;
mod sourced;

use self::context::Loader;
use super::Diagnostics;
use crate::dialogue::{Content, Locales, check};

/// Loads and checks the content under `root`; `today` judges how long ago
/// the directory's entries were verified. The loader reads the files, and
/// the caller the clock.
pub fn load_on(root: &Path, today: time::Date) -> (Option<Content>, Diagnostics) {
    let mut cx = Loader {
        root: root.to_owned(),
        diags: Diagnostics::default(),
        hasher: Sha256::new(),
        dialogues_incomplete: false,
        required: BTreeSet::new(),
        regions: vec![],
        contacts: vec![],
        webinars: vec![],
        today,
    };
    let nodes = cx.read_dialogues();
    let catalog = cx.read_locales();
    cx.check_against_sources(&catalog);
    let graph = cx.build_graph(nodes, &catalog);
    let raw_webinars = std::mem::take(&mut cx.webinars);
    let webinars = cx.build_webinars(raw_webinars, graph.as_ref(), &catalog);
    cx.check_messages(graph.as_ref(), &catalog);
    let Some(graph) = graph else { return (None, cx.diags) };
    if cx.diags.has_errors() {
        return (None, cx.diags);
    }
    let fingerprint = hex::encode(&cx.hasher.finalize()[..2]);
    let locales = Locales::new(catalog.order.clone(), catalog.resources, catalog.fallbacks);
    let content = Content { graph, locales, fingerprint, root: root.to_owned(), webinars };
    for problem in check::check_screens(&content) {
        match problem.error {
            true => cx.diags.error(problem.at, problem.message),
            false => cx.diags.warning(problem.at, problem.message),
        }
    }
    if cx.diags.has_errors() { (None, cx.diags) } else { (Some(content), cx.diags) }
}
