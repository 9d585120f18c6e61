//! Languages generated from another one: `uz-Cyrl` from the Latin Uzbek
//! files, with the per-message overrides of `locales/uz-Cyrl/overrides.ftl`,
//! and the check that the Latin files stay in one script.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::PathBuf,
};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::context::{Catalog, Loader, MessageInfo, message_info};
use crate::content::raw::RawLocales;
use crate::{
    content::{fluent::message_positions, script},
    dialogue::{Lang, Location},
};

/// The file of a generated language whose messages replace generated ones.
pub const OVERRIDES: &str = "overrides.ftl";

impl Loader {
    /// Reads `[transliterated]` of locales.toml into the catalog. Only
    /// Uzbek Latin → Cyrillic is known.
    pub(super) fn read_transliterated(&mut self, config: &RawLocales, source: &str, catalog: &mut Catalog) {
        let config_file = self.shown(&PathBuf::from(RawLocales::PATH));
        catalog.cyrillic_allowed = config.cyrillic_allowed.clone();
        for (code, from) in &config.transliterated {
            let at = Location::at(&config_file, source, from.span().start);
            let (lang, from) = (Lang::new(code.as_str()), Lang::new(from.get_ref().as_str()));
            if !catalog.order.contains(&lang) || !catalog.order.contains(&from) {
                self.diags.error(at, crate::staff_msg!("check-generated-unknown", lang = &lang, from = &from));
            } else if from.code() != "uz" || config.transliterated.contains_key(from.code()) {
                self.diags.error(at, crate::staff_msg!("check-generated-only-uz", lang = &lang, from = &from));
            } else {
                // Made from a language still being translated, it lacks the
                // same texts and falls back the same way.
                if catalog.partial.contains(&from) && catalog.fallbacks.get(&lang).is_some_and(|f| !f.is_empty()) {
                    catalog.partial.insert(lang.clone());
                }
                catalog.generated.insert(lang, from);
            }
        }
    }

    /// Builds `lang` from the files of `from`, transliterated, with the
    /// overrides first so that they win. Returns the file names of `from`.
    pub(super) fn read_generated(&mut self, catalog: &mut Catalog, lang: Lang, from: &Lang) -> BTreeSet<PathBuf> {
        let files = self.list(&PathBuf::from("locales").join(from.code()), "ftl");
        let names = files.iter().filter_map(|f| f.file_name().map(PathBuf::from)).collect();
        let mut messages: BTreeMap<String, MessageInfo> = catalog
            .messages
            .get(from)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default();
        let mut resources = vec![];
        let overrides_rel = PathBuf::from("locales").join(lang.code()).join(OVERRIDES);
        if self.root.join(&overrides_rel).is_file()
            && let Some(source) = self.read(&overrides_rel)
        {
            let file = self.shown(&overrides_rel);
            let resource = self.parse_overrides(&file, source, &mut messages);
            resources.push(resource);
        }
        for rel in files {
            let Some(source) = self.read(&rel) else { continue };
            self.check_one_script(&self.shown(&rel), &source, &catalog.cyrillic_allowed);
            // The Latin file was checked already; a broken entry stays broken.
            let resource = FluentResource::try_new(script::ftl_to_cyrillic(&source)).unwrap_or_else(|(r, _)| r);
            resources.push(resource);
        }
        catalog.resources.insert(lang.clone(), resources);
        catalog.messages.insert(lang, messages);
        names
    }

    /// Reads the overrides; each must replace a message of the source.
    fn parse_overrides(
        &mut self,
        file: &std::path::Path,
        source: String,
        messages: &mut BTreeMap<String, MessageInfo>,
    ) -> FluentResource {
        let positions = message_positions(&source);
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    self.diags.error(
                        Location::at(file, &source, e.pos.start),
                        crate::staff_msg!("check-invalid-fluent", error = e.kind),
                    );
                }
                r
            }
        };
        for entry in resource.entries() {
            let ast::Entry::Message(msg) = entry else { continue };
            let id = msg.id.name;
            let location = Location::at(file, &source, positions.get(id).copied().unwrap_or(0));
            if !messages.contains_key(id) {
                self.diags.error(location, crate::staff_msg!("check-override-unknown", id = id));
                continue;
            }
            messages.insert(id.to_owned(), message_info(msg, location));
        }
        resource
    }

    /// Warns about every word with Cyrillic letters in a Latin Uzbek text:
    /// the Cyrillic language is generated, so the Latin one stays Latin.
    fn check_one_script(&mut self, file: &std::path::Path, source: &str, allowed: &[String]) {
        for (offset, text) in script::text_elements(source) {
            for (at, word) in script::cyrillic_words(text, allowed) {
                self.diags.warning(
                    Location::at(file, source, offset + at),
                    crate::staff_msg!("check-uz-cyrillic", word = word),
                );
            }
        }
    }
}
