//! The report's own words, in the language a coordinator chose: Russian by
//! default, Kyrgyz or English. They live in `locales/report/<lang>.ftl`, a
//! Fluent set apart from the bot's `locales/<lang>/`, because the report is
//! read by donors, not by the women using the bot: it needs English, which
//! the bot does not offer, and none of its texts belong in the language
//! picker or in `kadam check`'s "every node's text" rules.
//!
//! A message missing in the chosen language falls back to Russian, then
//! shows its id, so a half-translated report still goes out.

use std::path::Path;

use anyhow::Context;
use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

/// Languages the report is written in; the first is the default.
pub const LANGUAGES: &[&str] = &["ru", "ky", "en"];

pub struct Texts {
    pub lang: String,
    own: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl Texts {
    /// Reads `locales/report/<lang>.ftl` (and Russian for fallback) under `root`.
    pub fn load(root: &Path, lang: &str) -> anyhow::Result<Self> {
        if !LANGUAGES.contains(&lang) {
            anyhow::bail!("the report is written in {}; `{lang}` is not one of them", LANGUAGES.join(", "));
        }
        let own = bundle(root, lang)?;
        let fallback = if lang == LANGUAGES[0] { None } else { Some(bundle(root, LANGUAGES[0])?) };
        Ok(Self { lang: lang.to_owned(), own, fallback })
    }

    /// Whether the chosen language itself has this message.
    pub fn has(&self, id: &str) -> bool {
        self.own.get_message(id).is_some_and(|m| m.value().is_some())
    }

    pub fn get(&self, id: &str) -> String {
        self.args(id, &FluentArgs::new())
    }

    pub fn args(&self, id: &str, args: &FluentArgs) -> String {
        for bundle in std::iter::once(&self.own).chain(&self.fallback) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, ?errors, "report text formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, lang = %self.lang, "report text missing");
        format!("[{id}]")
    }
}

fn bundle(root: &Path, lang: &str) -> anyhow::Result<FluentBundle<FluentResource>> {
    let path = root.join("locales").join("report").join(format!("{lang}.ftl"));
    let source = std::fs::read_to_string(&path).with_context(|| {
        format!("cannot read the report's texts {}; is --content the bot's folder?", path.display())
    })?;
    let resource = FluentResource::try_new(source)
        .map_err(|(_, errors)| anyhow::anyhow!("{} is not valid Fluent: {errors:?}", path.display()))?;
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // The report is HTML: no bidi isolation marks around values.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|e| anyhow::anyhow!("{}: {e:?}", path.display()))?;
    Ok(bundle)
}
