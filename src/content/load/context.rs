//! The one loader context: the state every check shares while the content
//! is lifted (the content root, the diagnostics, the fingerprint's hasher,
//! what was read but not yet checked), what the `.ftl` files define, and the
//! file reading and text requirements every part of the loader uses. The
//! node kinds (`content/kinds/`) and the webinar programme build on this
//! file alone, so nothing here reaches back into them.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fs,
    path::{Path, PathBuf},
};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::{
    content::{
        Diagnostics,
        fluent::pattern_names,
        raw::{RawContact, RawNode, RawRegion, RawWebinar, Sourced},
    },
    dialogue::{Lang, Location},
    staff::Msg,
    staff_msg,
};

pub(in crate::content) struct Loader {
    pub(super) root: PathBuf,
    pub(in crate::content) diags: Diagnostics,
    pub(super) hasher: Sha256,
    /// A dialogue file could not be read or parsed, so its nodes are missing:
    /// "unreachable" and "unused" would then be noise about the lost nodes.
    pub(super) dialogues_incomplete: bool,
    /// Every message a node asked for, even on a node part that was refused
    /// (a link with a bad URL): such a message is not "unused".
    pub(super) required: BTreeSet<String>,
    /// The directory of help, as read; lifted in `build_graph`.
    pub(super) regions: Vec<Sourced<RawRegion>>,
    pub(super) contacts: Vec<Sourced<RawContact>>,
    /// The webinar programme, as read; lifted in `build_webinars`.
    pub(super) webinars: Vec<Sourced<RawWebinar>>,
    /// The day the directory's `verified_on` dates are judged against.
    pub(super) today: time::Date,
}

/// A node as written, with the file it came from.
pub(in crate::content) struct SourcedNode {
    pub(super) file: PathBuf,
    pub(super) source: String,
    pub(in crate::content) raw: RawNode,
}

impl SourcedNode {
    pub(in crate::content) fn at(&self, offset: usize) -> Location {
        Location::at(&self.file, &self.source, offset)
    }
}

/// What the `.ftl` files of every language define.
pub(in crate::content) struct Catalog {
    pub(in crate::content) order: Vec<Lang>,
    pub(super) fallbacks: HashMap<Lang, Vec<Lang>>,
    /// Languages allowed to lack messages (`partial` in locales.toml).
    pub(super) partial: BTreeSet<Lang>,
    pub(super) resources: HashMap<Lang, Vec<FluentResource>>,
    /// Per language: message id → what it defines and where.
    pub(super) messages: BTreeMap<Lang, BTreeMap<String, MessageInfo>>,
    /// Generated languages and the language each is generated from.
    pub(super) generated: BTreeMap<Lang, Lang>,
    /// Cyrillic words allowed in Latin Uzbek texts (`cyrillic_allowed`).
    pub(super) cyrillic_allowed: Vec<String>,
}

#[derive(Clone)]
pub(super) struct MessageInfo {
    pub(super) location: Location,
    /// Variables per pattern: `None` is the value, `Some(attr)` an attribute.
    pub(super) patterns: BTreeMap<Option<String>, BTreeSet<String>>,
    /// Messages this one refers to with `{ other-message }`.
    pub(super) references: BTreeSet<String>,
}

impl Loader {
    /// The path to show in reports: relative to the content root as given.
    pub(super) fn shown(&self, rel: &Path) -> PathBuf {
        if self.root == Path::new(".") { rel.to_owned() } else { self.root.join(rel) }
    }

    pub(super) fn read(&mut self, rel: &Path) -> Option<String> {
        match crate::content::confine::read_to_string(&self.root, rel) {
            Ok(text) => {
                self.hasher.update(rel.to_string_lossy().as_bytes());
                self.hasher.update(text.as_bytes());
                Some(text)
            }
            Err(e) => {
                self.diags.error(Location::file(self.shown(rel)), staff_msg!("check-cannot-read-file", error = e));
                None
            }
        }
    }

    /// Files with `ext` directly in `rel_dir`, sorted by name.
    pub(super) fn list(&mut self, rel_dir: &Path, ext: &str) -> Vec<PathBuf> {
        let entries = match fs::read_dir(self.root.join(rel_dir)) {
            Ok(entries) => entries,
            Err(e) => {
                self.diags
                    .error(Location::file(self.shown(rel_dir)), staff_msg!("check-cannot-read-folder", error = e));
                return vec![];
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
            .filter_map(|p| p.file_name().map(|n| rel_dir.join(n)))
            .collect();
        files.sort();
        files
    }

    /// Notes that a node needs a text; missing ones are reported once, here,
    /// only when no language has it (otherwise the parity check names the
    /// language that lacks it).
    pub(in crate::content) fn require_message(
        &mut self,
        catalog: &Catalog,
        id: &str,
        attr: Option<&str>,
        at: Location,
    ) {
        self.require_message_with(catalog, id, attr, &[], at);
    }

    /// Like `require_message`, for a text the bot fills with `vars`: any
    /// other `{ $variable }` would show up raw on the screen.
    pub(in crate::content) fn require_message_with(
        &mut self,
        catalog: &Catalog,
        id: &str,
        attr: Option<&str>,
        vars: &[&str],
        at: Location,
    ) {
        self.required.insert(id.to_owned());
        let key = attr.map(str::to_owned);
        let defined_somewhere =
            catalog.messages.values().any(|m| m.get(id).is_some_and(|info| info.patterns.contains_key(&key)));
        for (lang, messages) in &catalog.messages {
            let Some(info) = messages.get(id) else { continue };
            let Some(used) = info.patterns.get(&key) else { continue };
            if let Some(extra) = used.iter().find(|v| !vars.contains(&v.as_str())) {
                let name = attr.map_or(id.to_owned(), |a| format!("{id}.{a}"));
                let can = list_vars(&vars.iter().map(|v| (*v).to_owned()).collect());
                self.diags.error(
                    info.location.clone(),
                    staff_msg!("check-variable-not-given", name = name, lang = lang, var = extra, can = can),
                );
            }
        }
        if catalog.order.is_empty() || defined_somewhere {
            return;
        }
        let langs: Vec<String> = catalog.order.iter().map(|l| format!("locales/{l}/")).collect();
        let what = match attr {
            None => staff_msg!("check-the-text", id = id),
            Some(attr) => staff_msg!("check-the-attribute", attr = attr, id = id),
        };
        self.diags.error(at, staff_msg!("check-text-missing", what = what, folders = langs.join(", ")));
    }
}

/// `$a, $b`, or "none" in the reader's language.
pub(super) fn list_vars(vars: &BTreeSet<String>) -> Msg {
    if vars.is_empty() {
        staff_msg!("check-vars-none")
    } else {
        staff_msg!("check-vars", vars = vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", "))
    }
}

/// A diagnostic is one line, so editors and CI can parse `file:line:col`.
pub(super) fn one_line(message: &str) -> String {
    message.trim().lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
}

pub(super) fn message_info(msg: &ast::Message<&str>, location: Location) -> MessageInfo {
    let mut info = MessageInfo { location, patterns: BTreeMap::new(), references: BTreeSet::new() };
    if let Some(value) = &msg.value {
        let mut vars = BTreeSet::new();
        pattern_names(value, &mut vars, &mut info.references);
        info.patterns.insert(None, vars);
    }
    for attr in &msg.attributes {
        let mut vars = BTreeSet::new();
        pattern_names(&attr.value, &mut vars, &mut info.references);
        info.patterns.insert(Some(attr.id.name.to_owned()), vars);
    }
    info
}
