//! The texts as a whole: every language has the engine's texts and every
//! message the others have, with the same variables (a partial language
//! falls back instead), and no message goes unused.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::PathBuf,
};

use super::context::{Catalog, Loader, list_vars};
use crate::{
    dialogue::{Graph, Lang, Location, ui},
    staff::Msg,
    staff_msg,
};

impl Loader {
    /// A text missing in a partial language: a warning naming the language
    /// it falls back to (the first of its chain that has it), or an error if
    /// no language of the chain has it either.
    fn partial_missing(
        &mut self,
        catalog: &Catalog,
        lang: &Lang,
        id: &str,
        attr: Option<&str>,
        at: Location,
        what: Msg,
    ) {
        let key = attr.map(str::to_owned);
        let found = catalog.fallbacks.get(lang).into_iter().flatten().find(|fb| {
            catalog.messages.get(*fb).and_then(|m| m.get(id)).is_some_and(|info| info.patterns.contains_key(&key))
        });
        match found {
            Some(fb) => {
                self.diags.warning(at, staff_msg!("check-partial-falls-back", what = what, lang = lang, fallback = fb))
            }
            None => self.diags.error(at, staff_msg!("check-partial-no-fallback", what = what, lang = lang)),
        }
    }

    /// Parity between languages, engine messages, and messages nobody uses.
    /// Every language has the engine's texts and every message the others
    /// have, with the same variables; and no message goes unused.
    pub(super) fn check_messages(&mut self, graph: Option<&Graph>, catalog: &Catalog) {
        self.check_ui_messages(catalog);
        self.check_parity(catalog);
        if let Some(graph) = graph.filter(|_| !self.dialogues_incomplete) {
            self.check_unused(graph, catalog);
        }
    }

    /// The engine's own texts, with only the variables it provides.
    fn check_ui_messages(&mut self, catalog: &Catalog) {
        for (lang, messages) in &catalog.messages {
            let ui_file = self.shown(&PathBuf::from("locales").join(lang.code()));
            for (id, vars) in ui::ALL {
                match messages.get(*id) {
                    None if catalog.partial.contains(lang) => {
                        let what = staff_msg!("check-ui-text-missing-what", id = id, lang = lang);
                        self.partial_missing(catalog, lang, id, None, Location::file(&ui_file), what);
                    }
                    None => self
                        .diags
                        .error(Location::file(&ui_file), staff_msg!("check-ui-text-missing", id = id, lang = lang)),
                    Some(info) => {
                        let expected: BTreeSet<String> = vars.iter().map(|v| (*v).to_owned()).collect();
                        let used = info.patterns.get(&None).cloned().unwrap_or_default();
                        if let Some(extra) = used.difference(&expected).next() {
                            self.diags.error(
                                info.location.clone(),
                                staff_msg!("check-ui-variable", id = id, var = extra, can = list_vars(&expected)),
                            );
                        }
                    }
                }
            }
        }
    }

    /// Each message (and attribute) in every language, with the same variables.
    fn check_parity(&mut self, catalog: &Catalog) {
        // Union of every (message, pattern) across languages.
        let mut union: BTreeMap<(&str, Option<&str>), Vec<&Lang>> = BTreeMap::new();
        for (lang, messages) in &catalog.messages {
            for (id, info) in messages {
                for attr in info.patterns.keys() {
                    union.entry((id.as_str(), attr.as_deref())).or_default().push(lang);
                }
            }
        }
        let mut reported_missing = BTreeSet::new();
        for ((id, attr), langs) in &union {
            let first = langs[0];
            let first_info = &catalog.messages[first][*id];
            let key = attr.map(str::to_owned);
            for lang in &catalog.order {
                let Some(info) = catalog.messages[lang].get(*id) else {
                    if catalog.partial.contains(lang) {
                        // Every text that falls back is listed, attributes too.
                        let name = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                        let what = staff_msg!("check-message-missing-what", id = name, lang = lang);
                        self.partial_missing(catalog, lang, id, *attr, first_info.location.clone(), what);
                        continue;
                    }
                    if reported_missing.insert((*id, lang)) {
                        self.diags.error(
                            first_info.location.clone(),
                            staff_msg!("check-message-missing", id = id, lang = lang),
                        );
                    }
                    continue;
                };
                let Some(vars) = info.patterns.get(&key) else {
                    let part = match attr {
                        Some(a) => staff_msg!("check-part-attribute", attr = a),
                        None => staff_msg!("check-part-value"),
                    };
                    let what = staff_msg!("check-message-lacks", id = id, lang = lang, part = part, first = first);
                    if catalog.partial.contains(lang) {
                        self.partial_missing(catalog, lang, id, *attr, info.location.clone(), what);
                        continue;
                    }
                    self.diags.error(info.location.clone(), what);
                    continue;
                };
                let first_vars = &first_info.patterns[&key];
                if lang != first && vars != first_vars {
                    let name = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                    self.diags.error(
                        info.location.clone(),
                        staff_msg!(
                            "check-variables-differ",
                            name = name,
                            vars = list_vars(vars),
                            lang = lang,
                            first_vars = list_vars(first_vars),
                            first = first
                        ),
                    );
                }
            }
        }
    }

    /// A message no node, engine text or used message refers to.
    fn check_unused(&mut self, graph: &Graph, catalog: &Catalog) {
        let mut used: BTreeSet<String> = ui::ALL.iter().map(|(id, _)| (*id).to_owned()).collect();
        used.extend(self.required.iter().cloned());
        used.extend(ui::OPTIONAL.iter().map(|id| (*id).to_owned()));
        for (_, node) in graph.nodes() {
            used.insert(node.id.clone());
            // Each kind's own texts (a guide's steps…) are in `required`.
            used.extend(node.links.iter().map(|l| l.label.clone()));
        }
        // Messages referenced from used messages count as used too.
        let mut queue: Vec<String> = used.iter().cloned().collect();
        while let Some(id) = queue.pop() {
            for messages in catalog.messages.values() {
                for r in messages.get(&id).into_iter().flat_map(|i| &i.references) {
                    if used.insert(r.clone()) {
                        queue.push(r.clone());
                    }
                }
            }
        }
        for (lang, messages) in &catalog.messages {
            for (id, info) in messages {
                if !used.contains(id) {
                    self.diags.warning(info.location.clone(), staff_msg!("check-message-unused", id = id, lang = lang));
                }
            }
        }
    }
}
