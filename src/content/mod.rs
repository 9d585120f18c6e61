//! Content: the staff-edited `dialogues/` and `locales/` folders, loaded into
//! the dialogue core's checked types ([`Content`]) together with every
//! problem found on the way.
//!
//! Loading has two layers, as ripgrep does with its flags: `raw` mirrors the
//! files as written (with source spans), `load` lifts them into a [`Graph`]
//! and [`Locales`] and reports everything that does not fit. This module
//! depends on `crate::dialogue`, never the reverse: checks that need a
//! rendered screen call the core's `check::check_screens`.

pub mod confine;
pub mod diagnostic;
pub mod directory;
pub mod facts;
pub mod fluent;
mod kinds;
mod load;
pub mod raw;
pub mod script;
pub mod verify;
pub mod webinars;

use std::path::{Path, PathBuf};

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use load::load_on;

use crate::dialogue::{Content, Lang, Media};

/// The loader's half of [`Content`]: the core defines the type and reads no
/// files, so the methods that touch the disk live here.
impl Content {
    /// Loads and checks the content under `root`, judging the directory's
    /// `verified_on` dates and the sources' dates against today in Bishkek,
    /// from the shell's one clock (steered in tests). Returns the content
    /// only if there was no error; warnings come back either way.
    pub fn load(root: &Path) -> (Option<Self>, Diagnostics) {
        load::load_on(root, crate::clock::local(crate::clock::now()).date())
    }

    /// The file to send for a node's media in `lang`: the per-language copy
    /// under `dialogues/media/<lang>/` wins over the shared one. A file that
    /// is a symbolic link, or lies outside `dialogues/media/`, is refused
    /// (see [`confine`]), so the bot never uploads what it should not.
    pub fn media_path(&self, media: &Media, lang: &Lang) -> std::io::Result<PathBuf> {
        media_path(&self.root, &media.file, lang)
    }
}

pub(crate) fn media_path(root: &Path, file: &str, lang: &Lang) -> std::io::Result<PathBuf> {
    let media = Path::new("dialogues").join("media");
    let own = media.join(lang.code()).join(file);
    // `symlink_metadata`, not `is_file`: a link must be found, and refused.
    let rel = if root.join(&own).symlink_metadata().is_ok() { own } else { media.join(file) };
    let path = confine::inside(root, &rel)?;
    if !path.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("`{}` is not a file", rel.display())));
    }
    Ok(path)
}
