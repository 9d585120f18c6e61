//! Problems found in content files, reported the way compilers do
//! (`file:line:col: error: message`) so staff can jump straight to the spot.
//!
//! Every check pushes into one [`Diagnostics`] list instead of stopping at the
//! first problem: a staff member fixing a translation wants the whole list at
//! once, not one error per run.

use std::fmt;

use crate::{
    dialogue::Location,
    staff::{Msg, StaffLang},
};

/// How bad a problem is: errors stop the bot from starting, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Location,
    /// A staff text, rendered in the reader's language when shown.
    pub message: Msg,
}

impl Diagnostic {
    /// `file:line:col: error: message` in `lang`: the pointer stays as
    /// compilers write it, so editors still jump to the spot.
    pub fn render(&self, lang: StaffLang) -> String {
        let severity = lang.get(match self.severity {
            Severity::Error => "check-severity-error",
            Severity::Warning => "check-severity-warning",
        });
        format!(
            "{}:{}:{}: {severity}: {}",
            self.location.file.display(),
            self.location.line,
            self.location.col,
            lang.text(&self.message)
        )
    }
}

/// English, for logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(StaffLang::En))
    }
}

/// The problems collected by one validation pass.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, location: Location, message: Msg) {
        self.push(Severity::Error, location, message);
    }

    pub fn warning(&mut self, location: Location, message: Msg) {
        self.push(Severity::Warning, location, message);
    }

    pub fn push(&mut self, severity: Severity, location: Location, message: Msg) {
        self.items.push(Diagnostic { severity, location, message });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// All problems in file order, so the report reads top to bottom. At
    /// one spot they go in the order of their English text, so every
    /// language lists them alike.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_cached_key(|d| (d.location.clone(), crate::staff::StaffLang::En.text(&d.message)));
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_compiler_style() {
        let mut d = Diagnostics::default();
        let at = Location { file: "dialogues/main.toml".into(), line: 3, col: 5 };
        d.error(at, crate::staff_msg!("check-unknown-target", id = "topik"));
        let shown = d.sorted().remove(0);
        assert_eq!(shown.to_string(), "dialogues/main.toml:3:5: error: there is no node with id `topik`");
        assert_eq!(shown.render(StaffLang::Ru), "dialogues/main.toml:3:5: ошибка: нет узла с id `topik`");
    }
}
