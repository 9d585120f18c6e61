//! The languages: `locales/locales.toml` (which languages, their order,
//! fallbacks, partial and generated ones) and each language's `.ftl` files
//! into the [`Catalog`], with the check that every language has the same
//! files.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    path::PathBuf,
};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::context::{Catalog, Loader, MessageInfo, message_info, one_line};
use crate::{
    content::{fluent::message_positions, raw::RawLocales},
    dialogue::{Lang, Location},
    staff_msg,
};

impl Loader {
    pub(super) fn read_locales(&mut self) -> Catalog {
        let config_rel = PathBuf::from(RawLocales::PATH);
        let config_file = self.shown(&config_rel);
        let mut catalog = Catalog {
            order: vec![],
            fallbacks: HashMap::new(),
            partial: BTreeSet::new(),
            resources: HashMap::new(),
            messages: BTreeMap::new(),
            generated: BTreeMap::new(),
            cyrillic_allowed: vec![],
        };
        let Some(source) = self.read(&config_rel) else { return catalog };
        let config = match RawLocales::parse(&source) {
            Ok(c) => c,
            Err(e) => {
                let at = Location::at(&config_file, &source, e.span().map_or(0, |s| s.start));
                self.diags.error(at, staff_msg!("check-invalid-toml", error = one_line(e.message())));
                return catalog;
            }
        };
        for code in &config.languages {
            let at = Location::at(&config_file, &source, code.span().start);
            let lang = Lang::new(code.get_ref().as_str());
            if catalog.order.contains(&lang) {
                self.diags.error(at, staff_msg!("check-language-twice", lang = lang));
            } else if !config.transliterated.contains_key(lang.code())
                && !self.root.join("locales").join(lang.code()).is_dir()
            {
                self.diags.error(at, staff_msg!("check-language-no-folder", lang = lang));
            } else {
                catalog.order.push(lang);
            }
        }
        if catalog.order.is_empty() {
            self.diags.error(Location::file(&config_file), staff_msg!("check-no-languages"));
            return catalog;
        }
        for (code, chain) in &config.fallback {
            let lang = Lang::new(code.as_str());
            let mut fallbacks = vec![];
            for fb in chain {
                let fb_lang = Lang::new(fb.get_ref().as_str());
                if catalog.order.contains(&fb_lang) {
                    fallbacks.push(fb_lang);
                } else {
                    let at = Location::at(&config_file, &source, fb.span().start);
                    self.diags.error(at, staff_msg!("check-fallback-unknown", lang = fb_lang));
                }
            }
            if !catalog.order.contains(&lang) {
                self.diags.error(Location::file(&config_file), staff_msg!("check-fallback-for-unknown", lang = lang));
            }
            catalog.fallbacks.insert(lang, fallbacks);
        }
        for code in &config.partial {
            let at = Location::at(&config_file, &source, code.span().start);
            let lang = Lang::new(code.get_ref().as_str());
            if !catalog.order.contains(&lang) {
                self.diags.error(at, staff_msg!("check-partial-unknown", lang = lang));
            } else if catalog.fallbacks.get(&lang).is_none_or(Vec::is_empty) {
                self.diags.error(at, staff_msg!("check-partial-needs-fallback", lang = lang));
            } else {
                catalog.partial.insert(lang);
            }
        }

        self.read_transliterated(&config, &source, &mut catalog);
        let mut file_sets: Vec<(Lang, BTreeSet<PathBuf>)> = vec![];
        for lang in catalog.order.clone() {
            if !catalog.generated.contains_key(&lang) {
                file_sets.push((lang.clone(), self.read_language(&mut catalog, lang)));
            }
        }
        for (lang, from) in catalog.generated.clone() {
            file_sets.push((lang.clone(), self.read_generated(&mut catalog, lang, &from)));
        }
        self.check_same_files(&catalog, &file_sets);
        catalog
    }

    /// Reads one language's `.ftl` files into the catalog; returns their names.
    fn read_language(&mut self, catalog: &mut Catalog, lang: Lang) -> BTreeSet<PathBuf> {
        let rel_dir = PathBuf::from("locales").join(lang.code());
        let files = self.list(&rel_dir, "ftl");
        let names = files.iter().filter_map(|f| f.file_name().map(PathBuf::from)).collect();
        let mut resources = vec![];
        let mut messages: BTreeMap<String, MessageInfo> = BTreeMap::new();
        for rel in files {
            let Some(source) = self.read(&rel) else { continue };
            let file = self.shown(&rel);
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let at = Location::at(&file, &source, e.pos.start);
                        self.diags.error(at, staff_msg!("check-invalid-fluent", error = e.kind));
                    }
                    r
                }
            };
            let positions = message_positions(&source);
            for entry in resource.entries() {
                let ast::Entry::Message(msg) = entry else { continue };
                let id = msg.id.name.to_owned();
                let location = Location::at(&file, &source, positions.get(id.as_str()).copied().unwrap_or(0));
                if let Some(first) = messages.get(&id) {
                    let first_at = first.location.clone();
                    let twice = |other: &Location| {
                        staff_msg!("check-message-twice", id = &id, other = other.file.display(), line = other.line)
                    };
                    self.diags.error(location.clone(), twice(&first_at));
                    self.diags.error(first_at.clone(), twice(&location));
                    continue;
                }
                messages.insert(id, message_info(msg, location));
            }
            resources.push(resource);
        }
        catalog.resources.insert(lang.clone(), resources);
        catalog.messages.insert(lang, messages);
        names
    }

    /// Every language has the same file names (a partial one may lack some).
    fn check_same_files(&mut self, catalog: &Catalog, file_sets: &[(Lang, BTreeSet<PathBuf>)]) {
        // Every language has the same file names, so a translator finds the
        // counterpart of any file at once.
        let all_files: BTreeSet<&PathBuf> = file_sets.iter().flat_map(|(_, s)| s).collect();
        for (lang, files) in file_sets {
            for missing in all_files.iter().filter(|f| !files.contains(**f)) {
                let rel = PathBuf::from("locales").join(lang.code()).join(missing);
                if catalog.partial.contains(lang) {
                    // Its messages are each reported as falling back.
                    self.diags.warning(
                        Location::file(self.shown(&rel)),
                        staff_msg!("check-partial-file-missing", lang = lang),
                    );
                    continue;
                }
                self.diags.error(
                    Location::file(self.shown(&rel)),
                    staff_msg!("check-file-missing", file = missing.display()),
                );
            }
        }
    }
}
