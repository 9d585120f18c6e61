//! The "verify before launch" list (`kadam check --verify-list`): what staff
//! work through by phone before the bot goes live. It gathers every ⚠️ fact
//! and every item under a "to verify" heading of `dialogues/SOURCES.md`, and
//! every directory entry whose number rests on a single source and has not
//! been called yet (`single_source = true` without `verified_by_phone`).

use std::path::Path;

use super::{
    facts::{SOURCES_PATH, Sources},
    raw::RawFile,
};
use crate::{dialogue::Location, staff::Msg, staff_msg};

/// The list, one item a line, each starting with the `file:line` it comes
/// from. Files that cannot be read or parsed are skipped: `kadam check`
/// reports them.
pub fn verify_list(root: &Path) -> Vec<Msg> {
    let mut items = vec![];
    let shown = |rel: &str| if root == Path::new(".") { rel.to_owned() } else { root.join(rel).display().to_string() };
    let mut dialogue_files: Vec<_> = std::fs::read_dir(root.join("dialogues"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    dialogue_files.sort();
    for path in dialogue_files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let rel = Path::new("dialogues").join(&name);
        let Ok(source) = super::confine::read_to_string(root, &rel) else { continue };
        let Ok(file) = toml::from_str::<RawFile>(&source) else { continue };
        for c in file.contact.iter().filter(|c| c.single_source && c.verified_by_phone.is_none()) {
            let at = Location::at(shown(&format!("dialogues/{name}")), &source, c.id.span().start);
            let source_url = c
                .source
                .as_ref()
                .map_or(staff_msg!("verify-no-source"), |s| staff_msg!("verify-as-is", text = s.get_ref()));
            let phone =
                c.phone.as_deref().map_or(staff_msg!("verify-no-number"), |p| staff_msg!("verify-as-is", text = p));
            items.push(staff_msg!(
                "verify-call",
                file = at.file.display(),
                line = at.line,
                id = c.id.get_ref(),
                phone = phone,
                source = source_url
            ));
        }
    }
    if let Ok(text) = super::confine::read_to_string(root, Path::new(SOURCES_PATH)) {
        for (line, item) in Sources::parse(&text).to_verify {
            items.push(staff_msg!("verify-source-item", file = shown(SOURCES_PATH), line = line, item = plain(&item)));
        }
    }
    items
}

/// A Markdown table row or list item as plain text: cells joined by " — ".
fn plain(item: &str) -> String {
    let cells: Vec<&str> = item.trim_matches('|').split(" | ").map(str::trim).filter(|c| !c.is_empty()).collect();
    cells.join(" — ").replace("**", "")
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn rows_read_as_plain_text() {
        assert_eq!(plain("| 20 | Trust line 111 | 111 | 24.kg |"), "20 — Trust line 111 — 111 — 24.kg");
        assert_eq!(plain("1. **Protection order** (`protection-order`)"), "1. Protection order (`protection-order`)");
    }
}
