//! A `.ftl` file as text with positions: where each message and each of its
//! texts (value, attributes) sits, what a translator sees of it, and whether
//! a native speaker marked it reviewed.
//!
//! `fluent_syntax` gives an AST without spans, and re-serialising the AST
//! would rewrite every comment, blank line and spacing staff chose. So the
//! AST is used only to know what the file means (ids, comments, validity);
//! positions come from scanning lines the way Fluent itself delimits
//! entries, and edits replace exactly the lines of one text.

use std::{collections::BTreeSet, ops::Range};

use fluent_syntax::{ast, parser};

use crate::content::fluent::{message_id, pattern_vars};

/// The comment that marks a file (`### reviewed: …`) or a message
/// (`# reviewed: …` right above it) as reviewed by a native speaker.
pub const REVIEWED: &str = "reviewed";

/// One `.ftl` file, scanned.
#[derive(Debug)]
pub struct FtlFile {
    /// A resource comment (`### reviewed: 2026-11-27 Name`) marks every
    /// message of the file as reviewed.
    pub reviewed: bool,
    pub messages: Vec<FtlMessage>,
}

/// One message: its lines in the file and its texts.
#[derive(Debug)]
pub struct FtlMessage {
    pub id: String,
    /// From the start of the `id =` line to the end of its last non-blank
    /// line, newline included.
    pub span: Range<usize>,
    /// The value first (if any), then attributes in file order.
    pub texts: Vec<FtlText>,
    /// Its own `# reviewed` comment, or the file's.
    pub reviewed: bool,
    /// The comment above it (for translators), without the review mark.
    pub note: String,
}

/// A message's value (`attr` is `None`) or one attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlText {
    pub attr: Option<String>,
    /// What a translator sees and edits: the pattern as written, common
    /// indentation removed, without leading and trailing blank lines.
    pub text: String,
    /// The lines of this text in the file (the `id =` or `.attr =` line and
    /// its continuation lines), newline included.
    pub span: Range<usize>,
    /// Whether the text starts on the `=` line (`id = Text`) rather than on
    /// the next one; edits keep the layout.
    pub inline: bool,
    /// Indentation of an attribute line (`    .button = …`).
    pub indent: usize,
    /// The variables it uses (`{ $name }`), also inside selectors.
    pub vars: BTreeSet<String>,
}

impl FtlMessage {
    pub fn text(&self, attr: Option<&str>) -> Option<&FtlText> {
        self.texts.iter().find(|t| t.attr.as_deref() == attr)
    }
}

/// Why a file could not be scanned: its Fluent is broken (what `kadam
/// check` reports in detail) or the lines do not match the AST.
#[derive(Debug, PartialEq)]
pub struct ScanError(pub String);

/// Scans a whole file. Refuses a file with Fluent syntax errors: edits
/// there would land in lines nobody can see the meaning of.
pub fn scan(source: &str) -> Result<FtlFile, ScanError> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            let e = &errors[0];
            let line = source[..e.pos.start.min(source.len())].matches('\n').count() + 1;
            return Err(ScanError(format!("line {line}: this is not valid Fluent: {}", e.kind)));
        }
    };
    let mut file_reviewed = false;
    let mut ast_messages = vec![];
    for entry in &resource.body {
        match entry {
            ast::Entry::ResourceComment(c) => file_reviewed |= c.content.iter().any(|l| is_review_mark(l)),
            ast::Entry::Message(m) => ast_messages.push(m),
            _ => {}
        }
    }
    let spans = message_spans(source);
    if spans.len() != ast_messages.len() {
        return Err(ScanError(format!(
            "found {} message lines but Fluent sees {} messages; is a message's line indented wrongly?",
            spans.len(),
            ast_messages.len()
        )));
    }
    let mut messages = vec![];
    for ((id, span), msg) in spans.into_iter().zip(ast_messages) {
        if id != msg.id.name {
            return Err(ScanError(format!("message `{id}` at this place is `{}` for Fluent", msg.id.name)));
        }
        let comment: Vec<&str> = msg.comment.as_ref().map(|c| c.content.clone()).unwrap_or_default();
        let own_mark = comment.iter().any(|l| is_review_mark(l));
        let note = comment.iter().filter(|l| !is_review_mark(l)).copied().collect::<Vec<_>>().join("\n");
        let mut texts = split_texts(source, span.clone());
        let mut ast_patterns = msg.value.iter().map(|v| (None, v)).collect::<Vec<_>>();
        ast_patterns.extend(msg.attributes.iter().map(|a| (Some(a.id.name), &a.value)));
        if texts.len() != ast_patterns.len() {
            return Err(ScanError(format!("message `{id}`: its texts could not be told apart line by line")));
        }
        for (text, (attr, pattern)) in texts.iter_mut().zip(ast_patterns) {
            if text.attr.as_deref() != attr {
                return Err(ScanError(format!("message `{id}`: attribute lines do not match what Fluent sees")));
            }
            text.vars = pattern_vars(pattern);
        }
        messages.push(FtlMessage { id: id.to_owned(), span, texts, reviewed: file_reviewed || own_mark, note });
    }
    Ok(FtlFile { reviewed: file_reviewed, messages })
}

/// `reviewed`, `reviewed: 2026-11-27 Name`, `Reviewed by …`: a comment line
/// whose first word is "reviewed".
fn is_review_mark(line: &str) -> bool {
    let line = line.trim().to_ascii_lowercase();
    line.strip_prefix(REVIEWED).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']))
}

/// Every message definition's id and line range, in file order. A message
/// runs from its `id =` line until the next line that starts an entry at
/// column 0 (an id, a term `-id` or a comment `#`); lines starting with a
/// space, `}`, `[`, `*` or `.` continue it, as in Fluent's grammar.
fn message_spans(source: &str) -> Vec<(&str, Range<usize>)> {
    let mut spans = vec![];
    let mut current: Option<(&str, usize, usize)> = None; // id, start, end of last non-blank line
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let end = offset + line.len();
        let starts_entry = line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '#' || c == '-');
        if starts_entry {
            if let Some((id, start, last)) = current.take() {
                spans.push((id, start..last));
            }
            if let Some(id) = message_id(line) {
                current = Some((id, offset, end));
            }
        } else if let Some((_, _, last)) = current.as_mut()
            && !line.trim().is_empty()
        {
            *last = end;
        }
        offset = end;
    }
    if let Some((id, start, last)) = current {
        spans.push((id, start..last));
    }
    spans
}

/// A message's lines split into its value and attributes.
fn split_texts(source: &str, span: Range<usize>) -> Vec<FtlText> {
    struct Open {
        attr: Option<String>,
        start: usize,
        end: usize,
        first: String,
        indent: usize,
        rest: Vec<String>,
    }
    let mut texts = vec![];
    let mut open: Option<Open> = None;
    let mut offset = span.start;
    let close = |o: Open, texts: &mut Vec<FtlText>| {
        // A message without a value (`id =` directly followed by attributes)
        // has an empty first "text" that Fluent does not count.
        if o.attr.is_some() || !o.first.trim().is_empty() || o.rest.iter().any(|l| !l.trim().is_empty()) {
            texts.push(FtlText {
                inline: !o.first.trim().is_empty(),
                text: display_text(&o.first, &o.rest),
                attr: o.attr,
                span: o.start..o.end,
                indent: o.indent,
                vars: BTreeSet::new(),
            });
        }
    };
    for line in source[span.clone()].split_inclusive('\n') {
        let end = offset + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let attr_start = if offset == span.start {
            Some((None, &body[body.find('=').map_or(body.len(), |i| i + 1)..], 0))
        } else if let Some(after_dot) = trimmed.strip_prefix('.')
            && let Some(eq) = after_dot.find('=')
        {
            let name = after_dot[..eq].trim();
            Some((Some(name.to_owned()), &after_dot[eq + 1..], body.len() - trimmed.len()))
        } else {
            None
        };
        match attr_start {
            Some((attr, first, indent)) => {
                if let Some(o) = open.take() {
                    close(o, &mut texts);
                }
                open = Some(Open { attr, start: offset, end, first: first.to_owned(), indent, rest: vec![] });
            }
            None => {
                if let Some(o) = open.as_mut() {
                    o.rest.push(body.to_owned());
                    if !body.trim().is_empty() {
                        o.end = end;
                    }
                }
            }
        }
        offset = end;
    }
    if let Some(o) = open.take() {
        close(o, &mut texts);
    }
    texts
}

/// The text a translator sees: the first line's text, then the following
/// lines without their common indentation; blank lines at either end go,
/// trailing spaces on each line too (Fluent drops them as well).
fn display_text(first: &str, rest: &[String]) -> String {
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut lines = vec![first.trim().to_owned()];
    lines.extend(
        rest.iter().map(|l| if l.trim().is_empty() { String::new() } else { l[indent..].trim_end().to_owned() }),
    );
    tidy(&lines.join("\n"))
}

/// A cell as edited in a spreadsheet, in the form [`FtlText::text`] has:
/// Unix line ends, no trailing spaces, no blank lines at either end.
pub fn tidy(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// A text laid out as Fluent lines: `head` is `id` or `.attr` at `indent`
/// spaces; continuation lines go four spaces deeper. Single-line texts go
/// on the `=` line when `inline`.
pub fn render(head: &str, indent: usize, text: &str, inline: bool) -> String {
    let pad = " ".repeat(indent);
    let deeper = " ".repeat(indent + 4);
    let mut lines = text.lines();
    let mut out = String::new();
    if inline && let Some(first) = lines.next() {
        out.push_str(&format!("{pad}{head} = {first}\n"));
    } else {
        out.push_str(&format!("{pad}{head} =\n"));
    }
    for line in lines {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("{deeper}{line}\n"));
        }
    }
    out
}

/// Checks one edited text on its own, as Fluent would read it: returns the
/// variables it uses, or what is wrong in words a translator understands.
pub fn check_text(attr: Option<&str>, text: &str) -> Result<BTreeSet<String>, String> {
    if text.is_empty() {
        return Err("the text is empty; every text needs words (to remove a message, edit the .ftl file)".into());
    }
    if let Some(line) = text.lines().find(|l| l.starts_with(['[', '*', '.'])) {
        return Err(format!(
            "a line may not start with `{}` in Fluent (it would be read as syntax): `{line}`; put a word before it",
            &line[..1]
        ));
    }
    let source = match attr {
        None => render("probe", 0, text, false),
        Some(a) => format!("probe = x\n{}", render(&format!(".{a}"), 4, text, false)),
    };
    let file = match scan(&source) {
        Ok(f) => f,
        Err(ScanError(e)) => {
            let e = e.split_once(": ").map_or(e.as_str(), |(_, rest)| rest);
            return Err(format!("{e} — check that every `{{` has its `}}` and placeholders look like {{ $name }}"));
        }
    };
    let [msg] = file.messages.as_slice() else {
        return Err("the text reads as more than one message; a line may not start with `name =`".into());
    };
    let Some(read) = msg.text(attr) else {
        return Err("the text could not be read back".into());
    };
    if read.text != text || msg.texts.len() != if attr.is_some() { 2 } else { 1 } {
        return Err("the text would not read back the same: check spaces at the start of lines".into());
    }
    Ok(read.vars.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "\
### reviewed: 2026-11-27 Dilnoza

## Section
# A note for translators
ui-step-of = Qadam { $current } / { $total }
main =
    Salom!

    Tanlang:
    .button = 🏠 Menyu
# reviewed
days = { $count ->
    [one] { $count } kun
   *[other] { $count } kun
}
    .hint =
        Two
        lines
";

    #[test]
    fn finds_messages_texts_and_lines() {
        let f = scan(SRC).unwrap();
        let ids: Vec<&str> = f.messages.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["ui-step-of", "main", "days"]);
        let step = &f.messages[0];
        assert_eq!(&SRC[step.span.clone()], "ui-step-of = Qadam { $current } / { $total }\n");
        assert_eq!(step.texts[0].text, "Qadam { $current } / { $total }");
        assert!(step.texts[0].inline);
        assert_eq!(step.texts[0].vars, BTreeSet::from(["current".into(), "total".into()]));
        assert_eq!(step.note, "A note for translators");
        let main = &f.messages[1];
        assert_eq!(main.text(None).unwrap().text, "Salom!\n\nTanlang:");
        assert!(!main.text(None).unwrap().inline);
        assert_eq!(main.text(Some("button")).unwrap().text, "🏠 Menyu");
        assert_eq!(&SRC[main.text(Some("button")).unwrap().span.clone()], "    .button = 🏠 Menyu\n");
        let days = &f.messages[2];
        assert_eq!(
            days.text(None).unwrap().text,
            "{ $count ->\n    [one] { $count } kun\n   *[other] { $count } kun\n}"
        );
        assert_eq!(days.text(Some("hint")).unwrap().text, "Two\nlines");
        assert!(SRC[days.span.clone()].ends_with("        lines\n"));
    }

    #[test]
    fn review_marks_for_file_and_message() {
        let f = scan(SRC).unwrap();
        assert!(f.reviewed && f.messages.iter().all(|m| m.reviewed));
        let unmarked = SRC.replace("### reviewed: 2026-11-27 Dilnoza\n", "### Machine-assisted draft.\n");
        let f = scan(&unmarked).unwrap();
        let reviewed: Vec<bool> = f.messages.iter().map(|m| m.reviewed).collect();
        assert_eq!(reviewed, [false, false, true]);
        assert!(is_review_mark("Reviewed: 2026-11-27 Aziza"));
        assert!(!is_review_mark("not reviewed"));
        assert!(!is_review_mark("reviewers: please check"));
    }

    #[test]
    fn rendered_texts_read_back_the_same() {
        for (attr, inline, text) in [
            (None, true, "One line { $x }"),
            (None, false, "Two\n\n  indented\nlines"),
            (Some("button"), true, "🏠 Menyu"),
            (None, false, "{ $count ->\n    [one] { $count } kun\n   *[other] { $count } kun\n}"),
        ] {
            let src = match attr {
                None => render("m", 0, text, inline),
                Some(a) => format!("m = x\n{}", render(&format!(".{a}"), 4, text, inline)),
            };
            let f = scan(&src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
            assert_eq!(f.messages[0].text(attr).unwrap().text, text, "{src}");
        }
    }

    #[test]
    fn broken_texts_are_explained() {
        assert!(check_text(None, "Jami { $count").unwrap_err().contains("not valid Fluent"));
        assert!(check_text(None, "a\n[b] c").unwrap_err().contains("may not start with `[`"));
        assert!(check_text(None, "").unwrap_err().contains("empty"));
        assert!(check_text(None, "x\n.button = y").unwrap_err().contains("may not start with `.`"));
        // Indented, `name = …` is text, not a new message.
        assert!(check_text(Some("button"), "x\nother = y").is_ok());
        assert_eq!(check_text(None, "{ $a } va { $b }").unwrap(), BTreeSet::from(["a".into(), "b".into()]));
    }

    #[test]
    fn tidy_normalises_spreadsheet_cells() {
        assert_eq!(tidy("\r\n a  \r\nb\r\n\r\n"), " a\nb");
        assert_eq!(tidy("  \n "), "");
    }
}
