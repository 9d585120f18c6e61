//! Content: the staff-edited `dialogues/` and `locales/` folders, loaded into
//! checked types ([`Content`]) together with every problem found on the way.
//!
//! Loading has two layers, as ripgrep does with its flags: `raw` mirrors the
//! files as written (with source spans), `load` lifts them into a [`Graph`]
//! and [`Locales`] and reports everything that does not fit.

pub mod diagnostic;
pub mod directory;
pub mod graph;
pub mod i18n;
mod load;
pub use load::{CALLBACK_LIMIT, TEXT_LIMIT};
pub mod raw;

use std::path::{Path, PathBuf};

pub use diagnostic::{Diagnostic, Diagnostics, Location, Severity};
pub use graph::{Graph, Kind, Media, MediaKind, Node, NodeIx};
pub use i18n::{Lang, Locales};

/// Everything the engine needs, checked and ready: shared read-only by all
/// tasks and swapped as a whole on reload.
#[derive(Debug)]
pub struct Content {
    pub graph: Graph,
    pub locales: Locales,
    /// A short hash of every content file, put into callback data so presses
    /// on buttons drawn from older content can be told apart.
    pub fingerprint: String,
    /// The folder holding `dialogues/` and `locales/`.
    pub root: PathBuf,
}

impl Content {
    /// Loads and checks the content under `root`. Returns the content only if
    /// there was no error; warnings come back either way.
    pub fn load(root: &Path) -> (Option<Self>, Diagnostics) {
        load::load(root)
    }

    /// The file to send for a node's media in `lang`: the per-language copy
    /// under `dialogues/media/<lang>/` wins over the shared one.
    pub fn media_path(&self, media: &Media, lang: &Lang) -> PathBuf {
        media_path(&self.root, &media.file, lang)
    }
}

pub(crate) fn media_path(root: &Path, file: &str, lang: &Lang) -> PathBuf {
    let media = root.join("dialogues").join("media");
    let own = media.join(lang.code()).join(file);
    if own.is_file() { own } else { media.join(file) }
}

/// Messages the engine itself shows (navigation, notes), with the variables
/// each may use. Every language must define all of them.
pub mod ui {
    pub const BACK: &str = "ui-back";
    pub const MAIN_MENU: &str = "ui-main-menu";
    pub const NEXT: &str = "ui-next";
    /// Variables: `$current`, `$total`.
    pub const STEP_OF: &str = "ui-step-of";
    /// The language's own name, on its button in the language picker.
    pub const LANGUAGE_NAME: &str = "ui-language-name";
    pub const NOTE_USE_BUTTONS: &str = "ui-note-use-buttons";
    pub const NOTE_STALE_BUTTON: &str = "ui-note-stale-button";
    pub const NOTE_CONTENT_CHANGED: &str = "ui-note-content-changed";
    pub const NOTE_UNKNOWN_COMMAND: &str = "ui-note-unknown-command";
    pub const NOTE_LINK_NOT_FOUND: &str = "ui-note-link-not-found";
    pub const NOTE_MEDIA: &str = "ui-note-media";
    pub const NOTE_PRIVATE_ONLY: &str = "ui-note-private-only";
    pub const NOTE_ERROR: &str = "ui-note-error";
    pub const NOTE_LANGUAGE_SET: &str = "ui-note-language-set";
    /// After a shared location: what it was used for, and that it is not kept.
    pub const NOTE_LOCATION: &str = "ui-note-location";
    /// Descriptions in Telegram's command menu, registered per language.
    pub const CMD_START: &str = "ui-cmd-start";
    pub const CMD_MENU: &str = "ui-cmd-menu";
    pub const CMD_LANGUAGE: &str = "ui-cmd-language";
    pub const CMD_HELP: &str = "ui-cmd-help";
    pub const CMD_EXIT: &str = "ui-cmd-exit";
    pub const CMD_PRIVACY: &str = "ui-cmd-privacy";
    pub const CMD_FORGET: &str = "ui-cmd-forget";
    /// The quick-exit button on sensitive screens.
    pub const QUICK_EXIT: &str = "ui-quick-exit";
    /// Words that trigger the quick exit when typed, separated by commas.
    pub const EXIT_KEYWORDS: &str = "ui-exit-keywords";
    /// The one harmless message left after a quick exit.
    pub const DECOY: &str = "ui-decoy";
    pub const SAFETY_YES: &str = "ui-safety-yes";
    pub const SAFETY_NO: &str = "ui-safety-no";
    pub const FORGET_YES: &str = "ui-forget-yes";
    pub const FORGET_DONE: &str = "ui-forget-done";
    /// Answers to a coordinator's `/reload`. Variables: `$nodes`, `$warnings`; `$errors`.
    pub const ADMIN_RELOADED: &str = "ui-admin-reloaded";
    pub const ADMIN_RELOAD_FAILED: &str = "ui-admin-reload-failed";
    /// `/feedback` in the command menu (only when the content has a feedback form).
    pub const CMD_FEEDBACK: &str = "ui-cmd-feedback";
    /// The coordinators' own command menu.
    pub const CMD_EXPORT: &str = "ui-cmd-export";
    pub const CMD_STATS: &str = "ui-cmd-stats";
    /// `/report`: last month's donor report as an HTML file.
    pub const CMD_REPORT: &str = "ui-cmd-report";
    pub const CMD_RELOAD: &str = "ui-cmd-reload";
    /// Caption of the file `/export` sends. Variables: `$count` (records).
    pub const ADMIN_EXPORT: &str = "ui-admin-export";
    /// First line of `/stats`. Variables: `$total` (records); counts under 5 show as "<5".
    pub const ADMIN_STATS: &str = "ui-admin-stats";
    /// Heading of one part of `/stats`. Variables: `$part`: topic, rating,
    /// language, region, week or visits.
    pub const ADMIN_STATS_PART: &str = "ui-admin-stats-part";

    /// Every engine message and the variables it takes.
    pub const ALL: &[(&str, &[&str])] = &[
        (BACK, &[]),
        (MAIN_MENU, &[]),
        (NEXT, &[]),
        (STEP_OF, &["current", "total"]),
        (LANGUAGE_NAME, &[]),
        (NOTE_USE_BUTTONS, &[]),
        (NOTE_STALE_BUTTON, &[]),
        (NOTE_CONTENT_CHANGED, &[]),
        (NOTE_UNKNOWN_COMMAND, &[]),
        (NOTE_LINK_NOT_FOUND, &[]),
        (NOTE_MEDIA, &[]),
        (NOTE_PRIVATE_ONLY, &[]),
        (NOTE_ERROR, &[]),
        (NOTE_LANGUAGE_SET, &[]),
        (NOTE_LOCATION, &[]),
        (CMD_START, &[]),
        (CMD_MENU, &[]),
        (CMD_LANGUAGE, &[]),
        (CMD_HELP, &[]),
        (CMD_EXIT, &[]),
        (CMD_PRIVACY, &[]),
        (CMD_FORGET, &[]),
        (QUICK_EXIT, &[]),
        (EXIT_KEYWORDS, &[]),
        (DECOY, &[]),
        (SAFETY_YES, &[]),
        (SAFETY_NO, &[]),
        (FORGET_YES, &[]),
        (FORGET_DONE, &[]),
        (ADMIN_RELOADED, &["nodes", "warnings"]),
        (ADMIN_RELOAD_FAILED, &["errors"]),
        (CMD_FEEDBACK, &[]),
        (CMD_EXPORT, &[]),
        (CMD_STATS, &[]),
        (CMD_REPORT, &[]),
        (CMD_RELOAD, &[]),
        (ADMIN_EXPORT, &["count"]),
        (ADMIN_STATS, &["total"]),
        (ADMIN_STATS_PART, &["part"]),
    ];
}
