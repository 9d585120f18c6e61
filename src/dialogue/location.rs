//! Where something is defined in a content file, 1-based like every editor
//! shows it. The loader attaches one to every node, so anything that finds a
//! problem later (the screen check) can point at the line to fix.

use std::path::PathBuf;

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
}
