//! The content files as written, before any checking: serde mirrors of
//! `dialogues/*.toml` (nodes, the directory of help, webinars) and of
//! `locales/locales.toml` that keep source spans so every later problem can
//! point at the exact line a staff member has to fix. Every raw type lives
//! here, and this file uses no other part of the loader, so the parts that
//! check these tables all depend on it and never it on them.
//!
//! One flat struct for every node kind (rather than a serde-tagged enum) keeps
//! serde's error messages plain ("unknown field `buton`, expected one of …")
//! and lets the checker say which fields belong to which kind.

use serde::Deserialize;
use toml::{Spanned, value::Datetime};

use crate::dialogue::Location;

/// One `dialogues/*.toml` file: a list of `[[node]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    #[serde(default)]
    pub node: Vec<RawNode>,
    /// The directory of help (see `directory.rs`).
    #[serde(default)]
    pub contact: Vec<RawContact>,
    #[serde(default)]
    pub region: Vec<RawRegion>,
    /// The webinar programme (see `webinars.rs`).
    #[serde(default)]
    pub webinar: Vec<RawWebinar>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    pub kind: Spanned<String>,
    /// menu: the nodes offered as buttons, one per row.
    pub buttons: Option<Vec<Spanned<String>>>,
    /// steps: step names; each step's text is the message `<id>-<step>`.
    pub steps: Option<Vec<Spanned<String>>>,
    /// steps, info: where the "next" button at the end leads.
    pub next: Option<Spanned<String>>,
    /// any kind: web links shown as URL buttons.
    pub links: Option<Vec<Spanned<RawLink>>>,
    /// any kind: a picture, voice note or document sent with the screen.
    pub photo: Option<Spanned<String>>,
    pub voice: Option<Spanned<String>>,
    pub document: Option<Spanned<String>>,
    /// any kind: violence-related; shows the quick-exit button and is only
    /// reached through the safety check.
    pub sensitive: Option<Spanned<bool>>,
    /// any kind: shows the quick-exit button without the safety check, for
    /// screens with help lines that must stay one tap away (`emergency`).
    #[serde(rename = "quick-exit")]
    pub quick_exit: Option<Spanned<bool>>,
    /// feedback: the version of the consent notice, stored with each record;
    /// raise it whenever the notice's text changes.
    #[serde(rename = "consent-version")]
    pub consent_version: Option<Spanned<u32>>,
    /// self-check: question names; each question's text is `<id>-<name>`.
    pub questions: Option<Vec<Spanned<String>>>,
    /// self-check: how many "yes" answers show the urgent result.
    #[serde(rename = "alert-at")]
    pub alert_at: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    /// The Fluent message holding the button label.
    pub label: Spanned<String>,
    pub url: Spanned<String>,
}

/// `locales/locales.toml`: which languages exist, their order in the language
/// picker, and where each falls back when a message is missing.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLocales {
    pub languages: Vec<Spanned<String>>,
    #[serde(default)]
    pub fallback: std::collections::BTreeMap<String, Vec<Spanned<String>>>,
    /// Languages still being translated: a message missing in one of them
    /// is a warning (it falls back) instead of an error.
    #[serde(default)]
    pub partial: Vec<Spanned<String>>,
    /// Languages generated from another one by transliteration
    /// (`uz-Cyrl = "uz"`): their folder holds only `overrides.ftl`.
    #[serde(default)]
    pub transliterated: std::collections::BTreeMap<String, Spanned<String>>,
    /// Words in Cyrillic letters allowed inside Latin Uzbek texts (proper
    /// names written so on signs and documents).
    #[serde(default)]
    pub cyrillic_allowed: Vec<String>,
}

impl RawLocales {
    /// Where the file lives under the content root.
    pub const PATH: &'static str = "locales/locales.toml";

    /// Parses the file's text; the loader reports errors with their span,
    /// `kadam translations` refers the user to `kadam check`.
    pub fn parse(source: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(source)
    }

    /// The listed language codes, in picker order, without spans.
    pub fn language_codes(&self) -> Vec<String> {
        self.languages.iter().map(|l| l.get_ref().clone()).collect()
    }

    /// Each language's fallbacks, without spans.
    pub fn fallback_codes(&self) -> std::collections::BTreeMap<String, Vec<String>> {
        self.fallback.iter().map(|(k, v)| (k.clone(), v.iter().map(|l| l.get_ref().clone()).collect())).collect()
    }

    /// The generated languages: they have no files of their own to translate.
    pub fn generated_codes(&self) -> Vec<String> {
        self.transliterated.keys().cloned().collect()
    }

    /// The partial languages, without spans.
    pub fn partial_codes(&self) -> Vec<String> {
        self.partial.iter().map(|l| l.get_ref().clone()).collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: Spanned<String>,
    /// Where the region's centre is, to find the nearest region to a shared
    /// location. Approximate is enough.
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: Spanned<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub url: Option<Spanned<String>>,
    /// Region ids, or `["all"]` for the whole country.
    pub regions: Spanned<Vec<Spanned<String>>>,
    pub source: Option<Spanned<String>>,
    pub verified_on: Option<Spanned<toml::value::Datetime>>,
    /// A number everyone calls for anything (police, ambulance, the
    /// services' info line): a screen showing only such entries needs no
    /// quick-exit button.
    #[serde(default)]
    pub everyday: bool,
    /// The phone number rests on one source that is not the organisation's
    /// own or a state body's (a news item, an unverified listing): it is
    /// not shown until staff have called it and set `verified_by_phone`.
    #[serde(default)]
    pub single_source: bool,
    /// The day staff called the number and it answered as described
    /// (`verified_by_phone = 2026-12-01`). Read as any TOML value so that a
    /// date in quotes gets a clear answer instead of a serde type error.
    pub verified_by_phone: Option<Spanned<toml::Value>>,
}

/// A raw table with the file it came from.
pub struct Sourced<T> {
    pub file: std::path::PathBuf,
    pub source: String,
    pub raw: T,
}

impl<T> Sourced<T> {
    pub(super) fn at(&self, offset: usize) -> Location {
        Location::at(&self.file, &self.source, offset)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWebinar {
    pub id: Spanned<String>,
    /// A TOML date-time: `2026-12-15T15:00:00+06:00`, or without an offset
    /// (`2026-12-15T15:00:00`, `2026-12-15 15:00:00`) for Bishkek time.
    pub start: Spanned<Datetime>,
    /// Minutes.
    pub duration: Spanned<u32>,
    pub languages: Spanned<Vec<Spanned<String>>>,
    /// `services` or `violence` (sensitive).
    pub topic: Spanned<String>,
    /// A link to the meeting, or `in-bot` for a Telegram live stream.
    pub join: Option<Spanned<String>>,
    pub register: Option<Spanned<String>>,
    pub recording: Option<Spanned<String>>,
    /// `draft = true`: checked, but shown to nobody, not announced, and no
    /// reminder fires, until staff delete the line.
    pub draft: Option<Spanned<bool>>,
}
