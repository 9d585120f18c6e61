//! Localised text: one concurrent Fluent bundle per language, shared by every
//! task, and an explicit fallback chain per language.
//!
//! Bundles are built once at load time (and again on a content reload), never
//! per update. Lookups never fail: a message missing everywhere renders as its
//! id in brackets and is logged, because a half-translated screen is better
//! than a silent bot. `kadam check` makes sure that never happens on shipped
//! content.

use std::{collections::HashMap, fmt};

use fluent_bundle::{
    FluentArgs, FluentError, FluentResource,
    concurrent::FluentBundle,
    resolver::{ResolverError, errors::ReferenceKind},
};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language code such as `ky` or `ru`, as named by a folder under `locales/`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    pub fn new(code: impl Into<String>) -> Self {
        Self(code.into())
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub type Bundle = FluentBundle<FluentResource>;

/// All languages with their bundles, in the order the language picker shows them.
pub struct Locales {
    order: Vec<Lang>,
    bundles: HashMap<Lang, Bundle>,
    /// For each language: itself first, then its fallbacks.
    chains: HashMap<Lang, Vec<Lang>>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locales").field("order", &self.order).finish_non_exhaustive()
    }
}

impl Locales {
    /// Builds bundles from already parsed resources. `resources` holds, per
    /// language, every `.ftl` file of that language.
    pub fn new(
        order: Vec<Lang>,
        resources: HashMap<Lang, Vec<FluentResource>>,
        fallbacks: HashMap<Lang, Vec<Lang>>,
    ) -> Self {
        let mut bundles = HashMap::new();
        for (lang, resources) in resources {
            let langid: LanguageIdentifier = lang.code().parse().unwrap_or_else(|_| LanguageIdentifier::default());
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Telegram clients render U+2068/U+2069 as stray boxes on older
            // Android phones, and our texts never mix writing directions.
            bundle.set_use_isolating(false);
            for resource in resources {
                // Duplicate ids are reported by the checker; at run time the
                // first definition wins.
                let _ = bundle.add_resource(resource);
            }
            bundles.insert(lang, bundle);
        }
        let chains = order
            .iter()
            .map(|lang| {
                let mut chain = vec![lang.clone()];
                for fb in fallbacks.get(lang).into_iter().flatten() {
                    if !chain.contains(fb) {
                        chain.push(fb.clone());
                    }
                }
                (lang.clone(), chain)
            })
            .collect();
        Self { order, bundles, chains }
    }

    /// Languages in picker order; the first one is the default.
    pub fn languages(&self) -> &[Lang] {
        &self.order
    }

    pub fn default_lang(&self) -> &Lang {
        &self.order[0]
    }

    /// The language with this code, if we have it. Accepts Telegram's
    /// `language_code` forms such as `ru-RU`; a code we have as such
    /// (`uz-Cyrl`) wins over its primary language (`uz`).
    pub fn find(&self, code: &str) -> Option<&Lang> {
        if let Some(exact) = self.order.iter().find(|l| l.code().eq_ignore_ascii_case(code)) {
            return Some(exact);
        }
        let primary = code.split(['-', '_']).next().unwrap_or(code).to_ascii_lowercase();
        self.order.iter().find(|l| l.code() == primary)
    }

    pub fn chain(&self, lang: &Lang) -> &[Lang] {
        self.chains.get(lang).map_or(&[], Vec::as_slice)
    }

    /// Whether `lang` itself (no fallback) has this message or attribute.
    pub fn has(&self, lang: &Lang, id: &str, attr: Option<&str>) -> bool {
        let Some(msg) = self.bundles.get(lang).and_then(|b| b.get_message(id)) else {
            return false;
        };
        match attr {
            None => msg.value().is_some(),
            Some(attr) => msg.get_attribute(attr).is_some(),
        }
    }

    /// Formats a message (or one of its attributes), walking the fallback chain.
    pub fn text(&self, lang: &Lang, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        self.format(lang, id, attr, args, Template::No)
    }

    /// A message as a template, for pages that list texts rather than show
    /// a screen (the preview's review list): its variables stay `{$name}`.
    /// Leaving them out is the point here, so it is not warned about.
    pub fn template(&self, lang: &Lang, id: &str, attr: Option<&str>) -> String {
        self.format(lang, id, attr, None, Template::Yes)
    }

    fn format(&self, lang: &Lang, id: &str, attr: Option<&str>, args: Option<&FluentArgs>, t: Template) -> String {
        for candidate in self.chain(lang) {
            if !self.has(candidate, id, attr) {
                continue;
            }
            // Only a language declared partial may lack a text (`kadam check`
            // refuses the others), so a fallback is expected, not a warning:
            // the check renders every screen at every load.
            if candidate != lang {
                tracing::debug!(%lang, fallback = %candidate, id, attr, "message missing, using fallback");
            }
            let bundle = &self.bundles[candidate];
            let msg = bundle.get_message(id).expect("checked by has()");
            let pattern = match attr {
                None => msg.value().expect("checked by has()"),
                Some(attr) => msg.get_attribute(attr).expect("checked by has()").value(),
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if t == Template::Yes {
                errors.retain(|e| !is_missing_variable(e));
            }
            if !errors.is_empty() {
                tracing::warn!(%lang, id, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::error!(%lang, id, attr, "message missing in every language");
        match attr {
            None => format!("[{id}]"),
            Some(attr) => format!("[{id}.{attr}]"),
        }
    }
}

/// Whether [`Locales::format`] fills in the variables or leaves them as they are.
#[derive(Clone, Copy, PartialEq)]
enum Template {
    No,
    Yes,
}

fn is_missing_variable(error: &FluentError) -> bool {
    matches!(error, FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable { .. })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(ky: &str, ru: &str) -> Locales {
        let res = |s: &str| vec![FluentResource::try_new(s.to_owned()).unwrap()];
        let (ky_l, ru_l) = (Lang::new("ky"), Lang::new("ru"));
        Locales::new(
            vec![ky_l.clone(), ru_l.clone()],
            HashMap::from([(ky_l.clone(), res(ky)), (ru_l.clone(), res(ru))]),
            HashMap::from([(ky_l, vec![ru_l])]),
        )
    }

    #[test]
    fn plurals_follow_cldr_for_kyrgyz_and_russian() {
        let l = locales(
            "days = { $n ->\n    [one] {$n} күн\n   *[other] {$n} күн бар\n}\n",
            "days = { $n ->\n    [one] {$n} день\n    [few] {$n} дня\n    [many] {$n} дней\n   *[other] {$n} дня\n}\n",
        );
        let fmt = |lang: &str, n: f64| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            l.text(&Lang::new(lang), "days", None, Some(&args))
        };
        // Russian: one / few / many, and "other" for fractions.
        assert_eq!(fmt("ru", 1.0), "1 день");
        assert_eq!(fmt("ru", 21.0), "21 день");
        assert_eq!(fmt("ru", 3.0), "3 дня");
        assert_eq!(fmt("ru", 24.0), "24 дня");
        assert_eq!(fmt("ru", 5.0), "5 дней");
        assert_eq!(fmt("ru", 11.0), "11 дней");
        assert_eq!(fmt("ru", 1.5), "1.5 дня");
        // Kyrgyz: one / other only.
        assert_eq!(fmt("ky", 1.0), "1 күн");
        assert_eq!(fmt("ky", 2.0), "2 күн бар");
        assert_eq!(fmt("ky", 21.0), "21 күн бар");
    }

    #[test]
    fn no_isolation_marks_and_fallback_chain() {
        let l = locales("hi = Салам { $name }\n", "hi = Привет { $name }\nonly-ru = Только\n");
        let mut args = FluentArgs::new();
        args.set("name", "Айгүл");
        assert_eq!(l.text(&Lang::new("ky"), "hi", None, Some(&args)), "Салам Айгүл");
        assert_eq!(l.text(&Lang::new("ky"), "only-ru", None, None), "Только");
        assert_eq!(l.text(&Lang::new("ru"), "nowhere", None, None), "[nowhere]");
    }

    #[test]
    fn a_template_keeps_its_variables_and_walks_the_fallback_chain() {
        let l = locales("hi = Салам { $name }\n", "hi = Привет { $name }\nonly-ru = Только { $n }\n");
        assert_eq!(l.template(&Lang::new("ky"), "hi", None), "Салам {$name}");
        assert_eq!(l.template(&Lang::new("ky"), "only-ru", None), "Только {$n}");
    }

    #[test]
    fn telegram_codes_map_to_our_languages() {
        let l = locales("", "");
        assert_eq!(l.find("ru-RU"), Some(&Lang::new("ru")));
        assert_eq!(l.find("KY"), Some(&Lang::new("ky")));
        assert_eq!(l.find("en"), None);
    }
}
