//! The texts against their sources: every phone number and web address a
//! text shows must be in the directory of help or in `dialogues/SOURCES.md`,
//! every directory entry's source must be listed there, and no source may be
//! older than two years. Only content with a SOURCES.md is held to this.

use std::path::{Path, PathBuf};

use super::context::{Catalog, Loader};
use crate::{
    content::{
        facts::{self, Sources},
        script,
    },
    dialogue::Location,
};

impl Loader {
    pub(super) fn check_against_sources(&mut self, catalog: &Catalog) {
        let rel = PathBuf::from(facts::SOURCES_PATH);
        if !self.root.join(&rel).is_file() {
            return;
        }
        let Some(text) = self.read(&rel) else { return };
        let file = self.shown(&rel);
        let sources = Sources::parse(&text);
        for old in sources.old(self.today) {
            let at = Location::at(&file, &text, line_offset(&text, old.line));
            self.diags.warning(
                at,
                crate::staff_msg!(
                    "check-source-old",
                    url = &old.url,
                    date = &old.written,
                    years = facts::OLD_AFTER_YEARS
                ),
            );
        }
        let known = self.known_to_directory(&sources);
        for lang in catalog.order.iter().filter(|l| !catalog.generated.contains_key(*l)) {
            for rel in self.list(&PathBuf::from("locales").join(lang.code()), "ftl") {
                let Ok(source) = crate::content::confine::read_to_string(&self.root, &rel) else { continue };
                self.check_text_facts(&self.shown(&rel), &source, &known);
            }
        }
    }

    /// The numbers and hosts the directory and SOURCES.md give, and the
    /// numbers waiting for a phone check; says which directory sources
    /// SOURCES.md lacks.
    fn known_to_directory(&mut self, sources: &Sources) -> Known {
        let mut known = Known { phones: sources.phones.clone(), hosts: sources.hosts.clone(), waiting: vec![] };
        for c in &self.contacts {
            let raw = &c.raw;
            let keys = raw.phone.iter().flat_map(|p| facts::phones(p)).map(|f| f.key);
            if raw.single_source && raw.verified_by_phone.is_none() {
                known.waiting.extend(keys.map(|k| (k, raw.id.get_ref().clone())));
            } else {
                known.phones.extend(keys);
            }
            known.hosts.extend(raw.url.iter().map(|u| facts::host(u.get_ref())));
            if let Some(s) = &raw.source
                && !sources.urls.iter().any(|u| u == s.get_ref())
            {
                let at = Location::at(&c.file, &c.source, s.span().start);
                self.diags.warning(
                    at,
                    crate::staff_msg!(
                        "check-contact-source-unlisted",
                        id = raw.id.get_ref(),
                        file = facts::SOURCES_PATH
                    ),
                );
            }
        }
        known
    }

    fn check_text_facts(&mut self, file: &Path, source: &str, known: &Known) {
        for (offset, text) in script::text_elements(source) {
            for phone in facts::phones(text) {
                let at = Location::at(file, source, offset + phone.at);
                if let Some((_, id)) =
                    known.waiting.iter().find(|(k, _)| facts::phone_is_known(&phone.key, std::slice::from_ref(k)))
                {
                    self.diags.warning(at, crate::staff_msg!("check-phone-waits", phone = &phone.written, id = id));
                } else if !facts::phone_is_known(&phone.key, &known.phones) {
                    self.diags.warning(
                        at,
                        crate::staff_msg!("check-phone-unknown", phone = &phone.written, file = facts::SOURCES_PATH),
                    );
                }
            }
            for (at, address) in facts::web_addresses(text) {
                if !known.hosts.contains(&facts::host(address)) {
                    self.diags.warning(
                        Location::at(file, source, offset + at),
                        crate::staff_msg!("check-address-unknown", address = address, file = facts::SOURCES_PATH),
                    );
                }
            }
        }
    }
}

struct Known {
    phones: Vec<String>,
    hosts: Vec<String>,
    /// Numbers of single-source entries not yet called, with the entry's id.
    waiting: Vec<(String, String)>,
}

/// The byte offset where 1-based `line` starts.
fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum()
}
