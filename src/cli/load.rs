//! Content for the commands that need it (`simulate`, `graph`, `export
//! --topic`), with its problems printed for the person at the terminal.

use std::{
    io::{self, Write},
    path::Path,
};

use anyhow::Context;

use crate::{content::Severity, dialogue::Content};

/// Loads content for commands that need it, printing problems if any.
pub(super) fn load_or_report(root: &Path) -> anyhow::Result<Content> {
    let (content, diags) = Content::load(root);
    let mut err = io::stderr().lock();
    let sorted = diags.sorted();
    for d in &sorted {
        if d.severity == Severity::Error || content.is_none() {
            let _ = writeln!(err, "{d}");
        }
    }
    content
        .with_context(|| format!("the content in {} has errors; run `kadam check` for the full list", root.display()))
}
