//! Problems found in content files, reported the way compilers do
//! (`file:line:col: error: message`) so staff can jump straight to the spot.
//!
//! Every check pushes into one [`Diagnostics`] list instead of stopping at the
//! first problem: a staff member fixing a translation wants the whole list at
//! once, not one error per run.

use std::fmt;

use crate::dialogue::Location;

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
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {}",
            self.location.file.display(),
            self.location.line,
            self.location.col,
            self.message
        )
    }
}

/// The problems collected by one validation pass.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, location: Location, message: impl Into<String>) {
        self.push(Severity::Error, location, message);
    }

    pub fn warning(&mut self, location: Location, message: impl Into<String>) {
        self.push(Severity::Warning, location, message);
    }

    fn push(&mut self, severity: Severity, location: Location, message: impl Into<String>) {
        self.items.push(Diagnostic { severity, location, message: message.into() });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// All problems in file order, so the report reads top to bottom.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| (&a.location, &a.message).cmp(&(&b.location, &b.message)));
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
        d.error(Location { file: "dialogues/main.toml".into(), line: 3, col: 5 }, "boom");
        assert_eq!(d.sorted()[0].to_string(), "dialogues/main.toml:3:5: error: boom");
    }
}
