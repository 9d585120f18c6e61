//! What translators and reviewers need to see: which texts a language shows
//! from a fallback language, and which no native speaker has reviewed yet.
//!
//! Statuses come from the same catalog as `kadam translations export`, so
//! the page, the spreadsheet and `kadam check` always agree.

use std::{collections::BTreeMap, path::Path};

use serde::Serialize;

use crate::{
    dialogue::{Content, ui},
    translations::Catalog,
};

/// A text that is not `ok` in some language, with what the page shows for it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Mark {
    /// The message id, `id.attr` for an attribute.
    pub name: String,
    /// `fallback`, `unreviewed` or `missing`.
    pub status: String,
    /// The text as drawn in this language (the fallback's text for a fallback).
    pub shown: String,
}

/// A screen with texts to look at, for the list of screens needing review.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Pending {
    pub node: String,
    /// Language code → texts of this screen that are not `ok` there.
    pub langs: BTreeMap<String, Vec<String>>,
}

/// Per language, every text that is not `ok`; built once per content load.
#[derive(Debug, Default)]
pub struct Review {
    pub by_lang: BTreeMap<String, Vec<Mark>>,
    /// Generated language → the one it is made from (`uz-Cyrl` → `uz`): its
    /// texts are as reviewed as that language's, never more.
    pub generated: BTreeMap<String, String>,
}

impl Review {
    /// Reads the catalog under `root`; an unreadable catalog (its problems
    /// are in the error banner anyway) means nothing to highlight.
    pub fn load(root: &Path, content: &Content) -> Self {
        let source = content.locales.default_lang().code().to_owned();
        let Ok(catalog) = Catalog::load(root) else { return Self::default() };
        let generated = catalog.generated().clone();
        let Ok(table) = catalog.export_table(&source) else { return Self { generated, ..Self::default() } };
        let (Some(id_col), Some(status_col)) = (table.column("id"), table.column("status")) else {
            return Self { generated, ..Self::default() };
        };
        let mut by_lang: BTreeMap<String, Vec<Mark>> = BTreeMap::new();
        for row in &table.rows {
            let (Some(name), Some(status)) = (row.get(id_col), row.get(status_col)) else { continue };
            // "ky: unreviewed, uz: fallback", or "ok".
            for part in status.split(", ").filter(|p| *p != "ok") {
                let Some((code, status)) = part.split_once(": ") else { continue };
                let Some(lang) = content.locales.find(code) else { continue };
                let (id, attr) = match name.split_once('.') {
                    Some((id, attr)) => (id, Some(attr)),
                    None => (name.as_str(), None),
                };
                let shown = content.locales.template(lang, id, attr);
                by_lang.entry(code.to_owned()).or_default().push(Mark {
                    name: name.clone(),
                    status: status.to_owned(),
                    shown,
                });
            }
        }
        Self { by_lang, generated }
    }

    /// The marks of `lang` whose text is on a screen: a button whose label
    /// it is, or the message, if it is long enough (or a whole line) not to
    /// be found by chance inside another text. Command descriptions belong
    /// to Telegram's menu, never to a screen.
    pub fn marks_on(&self, lang: &str, text: &str, labels: &[&str]) -> Vec<Mark> {
        self.by_lang
            .get(lang)
            .into_iter()
            .flatten()
            .filter(|m| !ui::is_command_description(&m.name))
            .filter(|m| {
                let shown = m.shown.trim();
                let in_text =
                    text.contains(shown) && (shown.chars().count() >= 12 || text.lines().any(|l| l.trim() == shown));
                !shown.is_empty() && (labels.contains(&shown) || in_text)
            })
            .cloned()
            .collect()
    }

    /// Screens with texts to look at. A text belongs to the screen with
    /// the longest id it is or starts with (`guide`, `guide-step1`,
    /// `guide.button`), so `passport-renewal-step1` is not `passport`'s.
    pub fn pending(&self, content: &Content) -> Vec<Pending> {
        let owner = |name: &str| {
            let id = name.split('.').next().unwrap_or_default();
            content
                .graph
                .nodes()
                .map(|(_, n)| n.id.as_str())
                .filter(|n| id == *n || id.strip_prefix(n).is_some_and(|rest| rest.starts_with('-')))
                .max_by_key(|n| n.len())
        };
        let mut by_node: BTreeMap<&str, BTreeMap<String, Vec<String>>> = BTreeMap::new();
        for (code, marks) in &self.by_lang {
            for m in marks {
                if let Some(node) = owner(&m.name) {
                    let list = by_node.entry(node).or_default().entry(code.clone()).or_default();
                    list.push(format!("{} ({})", m.name, m.status));
                }
            }
        }
        // In the order of the dialogue files, as staff know them.
        content
            .graph
            .nodes()
            .filter_map(|(_, n)| by_node.remove(n.id.as_str()).map(|langs| Pending { node: n.id.clone(), langs }))
            .collect()
    }
}
