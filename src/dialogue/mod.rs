//! The dialogue core: the checked graph, localised text, button data and the
//! engine that walks them. Pure: it reads no files, no clock and no
//! environment, and uses nothing else in the crate. The loader
//! (`crate::content`) builds its types from the staff-edited files; the
//! shells (the bot, `kadam simulate`) feed it input and carry out its
//! outcome.

pub mod callback;
pub mod check;
pub mod consult_screens;
pub mod directory;
mod draw;
pub mod engine;
pub mod feedback;
pub mod graph;
pub mod ids;
pub mod kinds;
pub mod lang;
pub mod location;
mod render;
pub mod screen;
pub mod scrub;
pub mod staff_text;
pub mod state;
pub mod webinar;
pub mod webinar_screens;

use std::path::PathBuf;

pub use graph::{Graph, Link, Media, MediaKind, Node, NodeIx};
pub use ids::ui;
pub use kinds::Kind;
pub use lang::{Lang, Locales};
pub use location::Location;

/// Telegram's limit on callback data, in bytes.
pub const CALLBACK_LIMIT: usize = 64;
/// Telegram's limit on a message text, in characters.
pub const TEXT_LIMIT: usize = 4096;

/// Everything the engine needs, checked and ready: shared read-only by all
/// tasks and swapped as a whole on reload. Built by `crate::content`, which
/// also adds the methods that read files (`load`, `media_path`).
#[derive(Debug)]
pub struct Content {
    pub graph: Graph,
    pub locales: Locales,
    /// A short hash of every content file, put into callback data so presses
    /// on buttons drawn from older content can be told apart.
    pub fingerprint: String,
    /// The folder holding `dialogues/` and `locales/`.
    pub root: PathBuf,
    /// The webinar programme (`dialogues/webinars.toml`).
    pub webinars: webinar::Schedule,
}
