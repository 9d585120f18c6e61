//! The words Kadam shows its staff (the people who edit the content, answer
//! consultations and run reports), in Russian, Kyrgyz or English. They live
//! in `locales/staff/<lang>.ftl`, a Fluent set beside the donor report's and
//! apart from the bot's `locales/<lang>/`: the women using the bot never see
//! them, and English is offered here, which the bot does not offer.
//!
//! The files are compiled into the binary rather than read from the content
//! folder, because `kadam check` must speak before it knows whether that
//! folder is whole, and checks folders (fixtures, a staff member's copy) that
//! carry no staff texts of their own.
//!
//! A text is a [`Msg`]: an id and its arguments, rendered only when shown, so
//! the same diagnostic reads in the checker's terminal in one language and in
//! the preview or in Telegram in another. A message missing in the chosen
//! language falls back to Russian (for Kyrgyz, a draft), then English, then
//! shows its id, so a half-translated text still says something.

use std::{collections::BTreeSet, fmt, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use fluent_syntax::ast;

pub use crate::dialogue::staff_text::{Arg, IntoArg, Msg};

/// A language staff can work in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StaffLang {
    En,
    Ru,
    Ky,
}

/// The sources, compiled in; the order of [`StaffLang::ALL`].
const SOURCES: [(&str, &str); 3] = [
    ("en", include_str!("../locales/staff/en.ftl")),
    ("ru", include_str!("../locales/staff/ru.ftl")),
    ("ky", include_str!("../locales/staff/ky.ftl")),
];

/// The environment variable that names the staff's language.
pub const ENV: &str = "KADAM_STAFF_LANG";

impl StaffLang {
    pub const ALL: [StaffLang; 3] = [StaffLang::En, StaffLang::Ru, StaffLang::Ky];

    pub fn code(self) -> &'static str {
        SOURCES[self as usize].0
    }

    /// `ru`, `ky` or `en` exactly; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// The language of a locale such as `ru_RU.UTF-8`, `ky-KG` or `ru`:
    /// Russian or Kyrgyz when it names them, English otherwise.
    pub fn from_locale(locale: &str) -> Self {
        let code = locale.split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match code.as_str() {
            "ru" => Self::Ru,
            "ky" | "kir" => Self::Ky,
            _ => Self::En,
        }
    }

    /// The first of a browser's `Accept-Language` that staff texts exist in
    /// (Russian, Kyrgyz), else English.
    pub fn from_accept_language(header: &str) -> Self {
        header
            .split(',')
            .filter_map(|part| part.split(';').next())
            .map(|tag| tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())
            .find_map(|code| match code.as_str() {
                "ru" => Some(Self::Ru),
                "ky" => Some(Self::Ky),
                "en" => Some(Self::En),
                _ => None,
            })
            .unwrap_or(Self::En)
    }

    /// The choice for a command line: `--lang`, then `KADAM_STAFF_LANG`,
    /// then the system's `LANG`, then English. A wrong `--lang` or
    /// `KADAM_STAFF_LANG` is an error, not a quiet English: someone asked
    /// for a language by name.
    pub fn choose(flag: Option<&str>, staff_env: Option<&str>, system: Option<&str>) -> Result<Self, String> {
        let named = |source: &str, code: &str| {
            Self::from_code(code).ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|l| l.code()).collect();
                format!("{source} `{code}` is not a staff language; choose one of: {}", known.join(", "))
            })
        };
        match (flag, staff_env.filter(|v| !v.trim().is_empty())) {
            (Some(code), _) => named("--lang", code),
            (None, Some(code)) => named(ENV, code),
            (None, None) => Ok(system.map(Self::from_locale).unwrap_or(Self::En)),
        }
    }

    /// [`StaffLang::choose`] with the process's environment.
    pub fn from_env(flag: Option<&str>) -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).ok();
        Self::choose(flag, var(ENV).as_deref(), var("LANG").as_deref())
    }

    /// Where a missing message is taken from: Kyrgyz staff read Russian.
    fn chain(self) -> &'static [StaffLang] {
        match self {
            Self::En => &[Self::En],
            Self::Ru => &[Self::Ru, Self::En],
            Self::Ky => &[Self::Ky, Self::Ru, Self::En],
        }
    }

    /// Renders a message in this language.
    pub fn text(self, msg: &Msg) -> String {
        let bundles = bundles();
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Text(text) => text.clone(),
                Arg::Msg(inner) => self.text(inner),
            };
            args.set(*name, value);
        }
        for lang in self.chain() {
            let bundle = &bundles[*lang as usize];
            if let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id = msg.id, ?errors, "staff text formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id = msg.id, "staff text missing");
        format!("[{}]", msg.id)
    }

    /// A text without arguments.
    pub fn get(self, id: &'static str) -> String {
        self.text(&Msg::new(id))
    }

    /// Every text whose id starts with `prefix`, for a page that fills in
    /// the values itself: each variable is left as `{name}`.
    pub fn templates(self, prefix: &str) -> Vec<(&'static str, String)> {
        catalogue()
            .iter()
            .filter(|(id, _)| id.starts_with(prefix))
            .map(|(id, vars)| {
                let msg = vars.iter().fold(Msg::new(id), |msg, var| msg.arg(var, format!("{{{var}}}")));
                (*id, self.text(&msg))
            })
            .collect()
    }
}

/// Every id of the English file (the complete one) with its variables.
fn catalogue() -> &'static [(&'static str, Vec<&'static str>)] {
    static CATALOGUE: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let resource = fluent_syntax::parser::parse(SOURCES[0].1).unwrap_or_else(|(partial, _)| partial);
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    for pattern in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                        collect_vars(pattern, &mut vars);
                    }
                    Some((m.id.name, vars.into_iter().collect()))
                }
                _ => None,
            })
            .collect()
    })
}

/// The variables (`{ $name }`) a pattern uses, selectors included.
fn collect_vars<'s>(pattern: &ast::Pattern<&'s str>, vars: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expr(expression, vars);
        }
    }
}

fn collect_expr<'s>(expression: &ast::Expression<&'s str>, vars: &mut BTreeSet<&'s str>) {
    let inline = match expression {
        ast::Expression::Inline(inline) => inline,
        ast::Expression::Select { selector, variants } => {
            for v in variants {
                collect_vars(&v.value, vars);
            }
            selector
        }
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name);
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, vars),
        _ => {}
    }
}

impl fmt::Display for StaffLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| SOURCES.map(|(code, source)| bundle(code, source)))
}

/// A bundle of one compiled-in file. The files are checked by the tests
/// below, so a broken one is a build that never ships; should one slip
/// through, its valid messages still load and the rest show their ids.
fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
        tracing::error!(lang = code, ?errors, "locales/staff is not valid Fluent");
        partial
    });
    let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
    // Terminals and HTML show bidi isolation marks as stray characters.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang = code, ?errors, "locales/staff has a message twice");
    }
    bundle
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use fluent_syntax::ast;

    use super::*;
    use crate::staff_msg;

    /// Every message of a source with the variables it uses.
    fn messages(source: &str) -> BTreeMap<&str, BTreeSet<&str>> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("not valid Fluent: {e:?}"));
        let mut found = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                for pattern in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                    collect_vars(pattern, &mut vars);
                }
                assert!(found.insert(m.id.name, vars).is_none(), "`{}` twice", m.id.name);
            }
        }
        found
    }

    /// Every id in every language, with the same variables: a text missing
    /// in one language fails here, not in front of a staff member.
    #[test]
    fn every_staff_text_is_in_every_language_with_the_same_variables() {
        let en = messages(SOURCES[0].1);
        assert!(!en.is_empty());
        for (code, source) in &SOURCES[1..] {
            let other = messages(source);
            let missing: Vec<&&str> = en.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<&&str> = other.keys().filter(|id| !en.contains_key(*id)).collect();
            assert!(missing.is_empty(), "missing in locales/staff/{code}.ftl: {missing:?}");
            assert!(extra.is_empty(), "only in locales/staff/{code}.ftl, not in en: {extra:?}");
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "`{id}` in {code} uses other variables than in en");
            }
        }
    }

    /// The Kyrgyz texts are a draft until a native speaker has read them,
    /// marked as the content's unreviewed files are; Russian and English are
    /// complete and need no such mark.
    #[test]
    fn kyrgyz_is_marked_as_a_draft_for_review() {
        let ky = SOURCES[2].1;
        assert!(ky.lines().take(5).any(|l| l.starts_with("###") && l.contains("NOT yet reviewed")), "ky.ftl header");
        for (code, source) in &SOURCES[..2] {
            assert!(!source.contains("NOT yet reviewed"), "{code}.ftl is complete");
        }
    }

    /// Every id the code names exists in English: a typo in an id would
    /// otherwise show `[id]` to staff.
    #[test]
    fn every_id_the_code_names_exists() {
        let en = messages(SOURCES[0].1);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = vec![];
        let mut used = BTreeSet::new();
        for file in rust_files(&root) {
            let source = std::fs::read_to_string(&file).unwrap();
            for id in named_ids(&source) {
                used.insert(id.to_owned());
                if !en.contains_key(id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
        // The scanner sees the checker, the page's markup and its script.
        for seen in ["check-unknown-target", "preview-tab-map", "preview-opened"] {
            assert!(used.contains(seen), "{seen} not found in src/");
        }
        assert!(missing.is_empty(), "staff texts named in code but not in locales/staff/en.ftl: {missing:#?}");
    }

    /// The ids in `staff_msg!("…"` and `Msg::new("…"` calls, and in the
    /// preview page's `data-t="…"` attributes and `t("…"` calls.
    fn named_ids(source: &str) -> Vec<&str> {
        let mut ids = vec![];
        let openers = [
            "staff_msg!(\"",
            "Msg::new(\"",
            "lang.get(\"",
            "period(\"",
            "data-t=\"",
            "data-t-title=\"",
            "data-t-placeholder=\"",
            " t(\"",
            "(t(\"",
        ];
        for opener in openers {
            for (at, _) in source.match_indices(opener) {
                let rest = &source[at + opener.len()..];
                // The scanner's own patterns above are not ids.
                if let Some(id) = rest.split('"').next().filter(|id| {
                    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                }) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = vec![];
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html" || e == "js") {
                files.push(path);
            }
        }
        files
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_staff_variable_then_lang() {
        assert_eq!(StaffLang::choose(Some("ky"), Some("ru"), Some("ru_RU.UTF-8")), Ok(StaffLang::Ky));
        assert_eq!(StaffLang::choose(None, Some("ru"), Some("ky_KG.UTF-8")), Ok(StaffLang::Ru));
        assert_eq!(StaffLang::choose(None, Some(""), Some("ky_KG.UTF-8")), Ok(StaffLang::Ky));
        assert_eq!(StaffLang::choose(None, None, Some("ru_RU.UTF-8")), Ok(StaffLang::Ru));
        assert_eq!(StaffLang::choose(None, None, Some("de_DE.UTF-8")), Ok(StaffLang::En));
        assert_eq!(StaffLang::choose(None, None, Some("C.UTF-8")), Ok(StaffLang::En));
        assert_eq!(StaffLang::choose(None, None, None), Ok(StaffLang::En));
        let wrong = StaffLang::choose(Some("de"), None, None).unwrap_err();
        assert!(wrong.contains("`de`") && wrong.contains("en, ru, ky"), "{wrong}");
        assert!(StaffLang::choose(None, Some("uz"), None).unwrap_err().contains(ENV));
    }

    #[test]
    fn the_page_gets_its_texts_with_places_for_its_values() {
        let en: BTreeMap<_, _> = StaffLang::En.templates("preview-").into_iter().collect();
        assert_eq!(en["preview-opened"], "opened “{node}” (staff shortcut)");
        assert!(!en.contains_key("check-unknown-target"));
        let ky: BTreeMap<_, _> = StaffLang::Ky.templates("preview-").into_iter().collect();
        assert_eq!(ky.len(), en.len());
        // Kyrgyz words, not the English ones as a fallback.
        assert_ne!(ky["preview-tab-langs"], en["preview-tab-langs"]);
    }

    #[test]
    fn browsers_pick_russian_or_kyrgyz_else_english() {
        assert_eq!(StaffLang::from_accept_language("ru-RU,ru;q=0.9,en;q=0.8"), StaffLang::Ru);
        assert_eq!(StaffLang::from_accept_language("de-DE,ky;q=0.5,ru;q=0.3"), StaffLang::Ky);
        assert_eq!(StaffLang::from_accept_language("en-US,ru;q=0.5"), StaffLang::En);
        assert_eq!(StaffLang::from_accept_language("de,fr"), StaffLang::En);
        assert_eq!(StaffLang::from_accept_language(""), StaffLang::En);
    }

    #[test]
    fn arguments_and_inner_texts_are_filled_in_the_same_language() {
        let part = staff_msg!("check-part-attribute", attr = "button");
        let msg = staff_msg!("check-message-lacks", id = "leaf", lang = "ru", part = part, first = "ky");
        assert_eq!(StaffLang::En.text(&msg), "message `leaf` in ru lacks attribute `.button`, which ky has");
        // The inner text in Russian too, whatever the translators' words.
        let russian = StaffLang::Ru.text(&msg);
        assert!(russian.contains(&StaffLang::Ru.text(&part)) && !russian.contains("lacks"), "{russian}");
        assert_eq!(StaffLang::En.text(&Msg { id: "no-such-text", args: vec![] }), "[no-such-text]");
    }
}
