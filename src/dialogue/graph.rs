//! The checked dialogue graph: what the engine and the shell work with.
//!
//! Nodes refer to each other by [`NodeIx`], an index that the loader only
//! hands out after the target was found, so nothing downstream can meet a
//! dangling reference. Staff-facing ids stay on the nodes for callbacks,
//! stored state and deep links, which must survive content edits.

use std::collections::HashMap;

use super::kinds::Kind;
use super::{directory::Directory, location::Location};

/// An index into [`Graph::nodes`]; only the loader creates these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NodeIx(pub(crate) usize);

/// Nodes the engine needs by name.
pub const MAIN: &str = "main";
pub const LANGUAGE: &str = "language";
pub const HELP: &str = "help";
/// "Ask a specialist": offered at the end of every guide when it exists.
pub const CONSULT: &str = "consult";

#[derive(Debug)]
pub struct Graph {
    nodes: Vec<Node>,
    by_id: HashMap<String, NodeIx>,
    main: NodeIx,
    language: NodeIx,
    help: NodeIx,
    safety_check: Option<NodeIx>,
    forget: Option<NodeIx>,
    feedback: Option<NodeIx>,
    contacts: Option<NodeIx>,
    pub directory: Directory,
}

#[derive(Debug)]
pub struct Node {
    pub id: String,
    pub kind: Kind,
    pub links: Vec<Link>,
    pub media: Option<Media>,
    /// Violence-related: behind the safety check, with a quick-exit button.
    pub sensitive: bool,
    /// Shows the quick-exit button too, but without the safety check: for
    /// help lines that must stay one tap away.
    pub quick_exit: bool,
    /// Where the node is defined, for diagnostics.
    pub origin: Location,
}

#[derive(Debug)]
pub struct Link {
    /// Fluent message id of the button label.
    pub label: String,
    pub url: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaKind {
    Photo,
    Voice,
    Document,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    pub kind: MediaKind,
    /// File name under `dialogues/media/` (or `dialogues/media/<lang>/`).
    pub file: String,
}

impl Graph {
    /// Only called by the loader once every reference was resolved and the
    /// required nodes exist.
    pub(crate) fn new(nodes: Vec<Node>, directory: Directory) -> Option<Self> {
        let by_id: HashMap<_, _> = nodes.iter().enumerate().map(|(i, n)| (n.id.clone(), NodeIx(i))).collect();
        let main = *by_id.get(MAIN)?;
        let language = *by_id.get(LANGUAGE)?;
        let help = *by_id.get(HELP)?;
        let find_kind = |want: fn(&Kind) -> bool| nodes.iter().position(|n| want(&n.kind)).map(NodeIx);
        let safety_check = find_kind(|k| matches!(k, Kind::SafetyCheck(_)));
        let forget = find_kind(|k| matches!(k, Kind::Forget));
        let feedback = find_kind(|k| matches!(k, Kind::Feedback(_)));
        let contacts = find_kind(|k| matches!(k, Kind::Contacts(_)));
        Some(Self { nodes, by_id, main, language, help, safety_check, forget, feedback, contacts, directory })
    }

    pub fn node(&self, ix: NodeIx) -> &Node {
        &self.nodes[ix.0]
    }

    pub fn find(&self, id: &str) -> Option<NodeIx> {
        self.by_id.get(id).copied()
    }

    pub fn main(&self) -> NodeIx {
        self.main
    }

    pub fn language(&self) -> NodeIx {
        self.language
    }

    pub fn help(&self) -> NodeIx {
        self.help
    }

    /// The safety check, if the content has one (it must, when any node is
    /// sensitive).
    pub fn safety_check(&self) -> Option<NodeIx> {
        self.safety_check
    }

    pub fn forget(&self) -> Option<NodeIx> {
        self.forget
    }

    /// The feedback form, if the content has one: every guide then ends
    /// with its question.
    pub fn feedback(&self) -> Option<NodeIx> {
        self.feedback
    }

    /// "Ask a specialist", offered at the end of every guide when it exists.
    pub fn consult(&self) -> Option<NodeIx> {
        self.find(CONSULT)
    }

    pub fn contacts(&self) -> Option<NodeIx> {
        self.contacts
    }

    pub fn nodes(&self) -> impl Iterator<Item = (NodeIx, &Node)> {
        self.nodes.iter().enumerate().map(|(i, n)| (NodeIx(i), n))
    }

    /// The nodes a node leads to, in screen order.
    pub fn targets(&self, ix: NodeIx) -> Vec<NodeIx> {
        self.node(ix).kind.behaviour().targets()
    }

    /// Number of pages a node shows: steps for a guide, the region choice
    /// plus one per region for the directory, one otherwise.
    pub fn pages(&self, ix: NodeIx) -> usize {
        self.node(ix).kind.behaviour().pages(self)
    }
}
