//! Content for the commands that need it (`simulate`, `graph`, `export
//! --topic`), with its problems printed for the person at the terminal.

use std::{
    io::{self, Write},
    path::Path,
};

use anyhow::Context;

use crate::{
    content::Severity,
    dialogue::Content,
    staff::{Msg, StaffLang},
};

/// Loads content for commands that need it, printing problems if any, in
/// the staff's `lang`.
pub(super) fn load_or_report(root: &Path, lang: StaffLang) -> anyhow::Result<Content> {
    let (content, diags) = Content::load(root);
    let mut err = io::stderr().lock();
    let sorted = diags.sorted();
    for d in &sorted {
        if d.severity == Severity::Error || content.is_none() {
            let _ = writeln!(err, "{}", d.render(lang));
        }
    }
    content.with_context(|| lang.text(&Msg::new("cli-content-errors").arg("root", root.display())))
}
