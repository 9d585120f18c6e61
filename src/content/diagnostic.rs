//! Problems found in content files, reported the way compilers do
//! (`file:line:col: error: message`) so staff can jump straight to the spot.
//!
//! Every check pushes into one [`Diagnostics`] list instead of stopping at the
//! first problem: a staff member fixing a translation wants the whole list at
//! once, not one error per run.

use std::{fmt, path::PathBuf};

/// How bad a problem is: errors stop the bot from starting, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A place in a content file, 1-based like every editor shows it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
}

impl Location {
    /// Turns a byte offset in `source` into a line and column (columns count
    /// characters, not bytes, so Cyrillic text lines up with the editor).
    pub fn at(file: impl Into<PathBuf>, source: &str, offset: usize) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..floor_char_boundary(source, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Self { file: file.into(), line, col }
    }

    /// The start of a file, for problems that belong to the file as a whole.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Self { file: file.into(), line: 1, col: 1 }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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
    fn location_counts_characters_not_bytes() {
        let src = "a = 1\nтекст = \"x\"\n";
        let offset = src.find('=').unwrap();
        assert_eq!(Location::at("f", src, offset), Location { file: "f".into(), line: 1, col: 3 });
        let offset = src.rfind('=').unwrap();
        assert_eq!(Location::at("f", src, offset), Location { file: "f".into(), line: 2, col: 7 });
    }

    #[test]
    fn display_is_compiler_style() {
        let mut d = Diagnostics::default();
        d.error(Location { file: "dialogues/main.toml".into(), line: 3, col: 5 }, "boom");
        assert_eq!(d.sorted()[0].to_string(), "dialogues/main.toml:3:5: error: boom");
    }
}
