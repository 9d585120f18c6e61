//! The staff guides exist in English and Russian (`dialogues/README.md` and
//! `README.ru.md`, `docs/consultations.md` and `consultations.ru.md`). Their
//! words differ, but not their shape: the same headings at the same levels
//! (with the same `code` in them), and the same code blocks with the same
//! commands and examples, comments aside. When one version gains a section
//! or a command and the other does not, this fails.

use crate::support::content_dir::repo_root;

/// The English guide and its Russian version.
const PAIRS: &[(&str, &str)] =
    &[("dialogues/README.md", "dialogues/README.ru.md"), ("docs/consultations.md", "docs/consultations.ru.md")];

/// What must match between two versions of a guide.
#[derive(Debug, PartialEq)]
enum Part {
    /// A heading's level and the `code` spans in it.
    Heading { level: usize, code: Vec<String> },
    /// A fenced block's language and, except for sample output (no
    /// language), its lines without comments.
    Block { lang: String, lines: Vec<String> },
}

/// The `code` spans of a line.
fn code_spans(line: &str) -> Vec<String> {
    line.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// A line of a command or an example without its `#` comment: a comment
/// starts a line or follows a space, and a `##` section line of Fluent is one
/// too. What is left is what must stay the same in every language.
fn without_comment(line: &str) -> Option<String> {
    let cut = line.match_indices('#').find(|(i, _)| *i == 0 || line[..*i].ends_with(' ')).map(|(i, _)| i);
    let kept = cut.map_or(line, |i| &line[..i]).trim_end();
    (!kept.trim().is_empty()).then(|| kept.to_owned())
}

fn shape(path: &str) -> Vec<Part> {
    let text = std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut parts = vec![];
    let mut block: Option<(String, Vec<String>)> = None;
    for line in text.lines() {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut block, fence) {
            (None, Some(lang)) => block = Some((lang.trim().to_owned(), vec![])),
            (Some(_), Some(_)) => {
                let (lang, lines) = block.take().expect("open block");
                let lines = if lang.is_empty() { vec![] } else { lines };
                parts.push(Part::Block { lang, lines });
            }
            (Some((_, lines)), None) => lines.extend(without_comment(line)),
            (None, None) => {
                let level = line.chars().take_while(|c| *c == '#').count();
                if level > 0 && line[level..].starts_with(' ') {
                    parts.push(Part::Heading { level, code: code_spans(line) });
                }
            }
        }
    }
    assert!(block.is_none(), "{path}: a code block is never closed");
    parts
}

#[test]
fn the_russian_guides_have_the_sections_and_commands_of_the_english_ones() {
    for (en, ru) in PAIRS {
        let (en_parts, ru_parts) = (shape(en), shape(ru));
        assert!(en_parts.len() > 4, "{en}: {en_parts:?}");
        for (i, (a, b)) in en_parts.iter().zip(&ru_parts).enumerate() {
            assert_eq!(a, b, "part {} of {en} and {ru} differ", i + 1);
        }
        assert_eq!(en_parts.len(), ru_parts.len(), "{en} and {ru} have a different number of headings and blocks");
    }
}

#[test]
fn a_drifting_command_is_noticed() {
    let en = "# Guide\n\n## Check\n\n```sh\ncargo run -- check   # every problem\n```\n";
    let same = "# Руководство\n\n## Проверка\n\n```sh\ncargo run -- check   # все ошибки\n```\n";
    let drifted = "# Руководство\n\n## Проверка\n\n```sh\ncargo run -- check --verify-list\n```\n";
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let (en, same, drifted) = (write("en.md", en), write("same.md", same), write("drifted.md", drifted));
    assert_eq!(shape(&en), shape(&same));
    assert_ne!(shape(&en), shape(&drifted));
}

/// README.md leads staff to both versions of both guides.
#[test]
fn the_readme_links_both_languages() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    for (en, ru) in PAIRS {
        for path in [en, ru] {
            assert!(readme.contains(&format!("]({path})")), "README.md does not link {path}");
        }
    }
}
