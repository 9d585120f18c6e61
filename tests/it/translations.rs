//! `kadam translations export/import` and the per-language parity rules,
//! through the real binary on copies of the content (import writes files,
//! so it never runs on the repository itself).
//!
//! The Uzbek transcripts live in `transcripts.rs` with the other walks.

use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
};

use kadam::translations::sheet::{self, Table};
use pretty_assertions::assert_eq;

use crate::support::content_dir::{check, copy_dir, fixture, kadam, repo_root};

/// A copy of a content root (`dialogues/`, `locales/`) in a temporary folder;
/// symbolic links are copied as the files they point to.
fn copy_content(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for part in ["dialogues", "locales"] {
        copy_dir(&from.join(part), &dir.path().join(part));
    }
    dir
}

/// Every file under `locales/`, by path, as bytes.
fn locale_files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for lang in fs::read_dir(root.join("locales")).unwrap().map(Result::unwrap) {
        if lang.path().is_dir() {
            for f in fs::read_dir(lang.path()).unwrap().map(Result::unwrap) {
                files.insert(f.path(), fs::read(f.path()).unwrap());
            }
        } else {
            files.insert(lang.path(), fs::read(lang.path()).unwrap());
        }
    }
    files
}

/// Runs `kadam translations …` on `content`; returns exit code and stderr.
fn translations(args: &[&str], content: &Path) -> (i32, String) {
    let mut all = vec!["translations"];
    all.extend(args);
    all.extend(["--content", content.to_str().expect("UTF-8 path")]);
    let out = kadam(&all).output().expect("run kadam translations");
    (out.status.code().expect("exited"), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn export(content: &Path, file: &Path) -> Table {
    let (code, stderr) = translations(&["export", "--out", file.to_str().unwrap()], content);
    assert_eq!(code, 0, "{stderr}");
    crate::support::kadam::assert_owner_only(file);
    sheet::read(file).expect("read the exported sheet")
}

/// How many messages a language of a content root defines (lines `id = …`),
/// so the expected counts follow the fixture when the bot gets new texts.
fn messages_in(root: &Path, lang: &str) -> usize {
    fs::read_dir(root.join("locales").join(lang))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|text| text.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains('=')).count())
        .sum()
}

fn row_of(table: &Table, name: &str) -> usize {
    table.rows.iter().position(|r| r[0] == name).unwrap_or_else(|| panic!("no row `{name}`"))
}

fn set(table: &mut Table, name: &str, lang: &str, text: &str) -> usize {
    let row = row_of(table, name);
    let col = table.column(lang).unwrap_or_else(|| panic!("no column `{lang}`"));
    table.rows[row][col] = text.to_owned();
    Table::row_number(row)
}

#[test]
fn export_then_import_without_edits_changes_no_byte() {
    let content = copy_content(repo_root());
    let before = locale_files(content.path());
    for name in ["sheet.csv", "sheet.xlsx"] {
        let file = content.path().join(name);
        let table = export(content.path(), &file);
        assert_eq!(table.header, ["id", "file", "source (ru)", "ky", "ru", "uz", "status", "note"]);
        // A row per text: the value and each attribute apart.
        let step = &table.rows[row_of(&table, "ui-step-of")];
        assert_eq!(step[1], "ui.ftl");
        assert!(step[5].contains("{ $current }") && step[5].contains("{ $total }"), "{step:?}");
        assert!(step[6].contains("uz: unreviewed"), "the Uzbek draft is not reviewed: {step:?}");
        assert!(step[7].contains("$current (Number)"), "the translators' note travels along: {step:?}");
        row_of(&table, "help.button");

        let (code, stderr) = translations(&["import", file.to_str().unwrap()], content.path());
        assert_eq!(code, 0, "{name}: {stderr}");
        assert!(stderr.contains("0 text(s) changed in 0 file(s)"), "{name}: {stderr}");
        assert!(before == locale_files(content.path()), "{name}: import without edits changed a file");
    }
}

#[test]
fn an_edited_cell_changes_only_its_own_lines() {
    let content = copy_content(repo_root());
    let before = locale_files(content.path());
    let file = content.path().join("sheet.xlsx");
    let mut table = export(content.path(), &file);
    set(&mut table, "help.button", "uz", "❓ Yordam kerak");
    set(
        &mut table,
        "tech-safety-limits",
        "uz",
        "Bot nimani o'chira olmaydi:\n• eski xabarlarni;\n• bildirishnomalarni.",
    );
    sheet::write(&file, &table).unwrap();

    let (code, stderr) = translations(&["import", file.to_str().unwrap()], content.path());
    assert_eq!(code, 0, "{stderr}");
    let after = locale_files(content.path());
    let changed: Vec<&PathBuf> = before.keys().filter(|p| before[*p] != after[*p]).collect();
    let names: Vec<String> =
        changed.iter().map(|p| p.strip_prefix(content.path()).unwrap().display().to_string()).collect();
    assert_eq!(names, ["locales/uz/main.ftl", "locales/uz/safety.ftl"]);

    // Line by line: only the edited text's lines differ, comments and order stay.
    let old = String::from_utf8(before[changed[0]].clone()).unwrap();
    let new = String::from_utf8(after[changed[0]].clone()).unwrap();
    let diff: Vec<(&str, &str)> = old.lines().zip(new.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(diff, [("    .button = ❓ Botdan qanday foydalanish", "    .button = ❓ Yordam kerak")]);
    assert_eq!(old.lines().count(), new.lines().count());
    let new = fs::read_to_string(changed[1]).unwrap();
    assert!(new.contains(
        "tech-safety-limits =\n    Bot nimani o'chira olmaydi:\n    • eski xabarlarni;\n    • bildirishnomalarni.\nforget ="
    ));

    // What was written is what the sheet said, and the content still passes.
    let out = check(Some(content.path()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let again = export(content.path(), &content.path().join("again.csv"));
    assert_eq!(again.rows[row_of(&again, "help.button")][5], "❓ Yordam kerak");
}

#[test]
fn broken_placeables_are_refused_row_by_row_and_nothing_is_written() {
    let content = copy_content(repo_root());
    let before = locale_files(content.path());
    let file = content.path().join("sheet.csv");
    let mut table = export(content.path(), &file);
    let unclosed = set(&mut table, "ui-step-of", "uz", "{ $total } ta qadamdan { $current -qadam");
    let dropped = set(&mut table, "ui-admin-reloaded", "uz", "Kontent yangilandi: ekranlar — { $nodes }.");
    let added = set(&mut table, "main", "ky", "Саламатсызбы, { $name }!");
    // A correct edit in the same sheet is not written either: all or nothing.
    set(&mut table, "help.button", "uz", "❓ Yordam kerak");
    sheet::write(&file, &table).unwrap();

    let (code, stderr) = translations(&["import", file.to_str().unwrap()], content.path());
    assert_eq!(code, 1, "{stderr}");
    for expected in [
        format!("row {unclosed} (uz, `ui-step-of`): this is not valid Fluent"),
        format!("row {dropped} (uz, `ui-admin-reloaded`): drops {{ $warnings }}, which the text in ru has"),
        format!("row {added} (ky, `main`): adds {{ $name }}, which the text in ru does not have"),
        "nothing was written: fix the 3 row(s) above".to_owned(),
    ] {
        assert!(stderr.contains(&expected), "missing `{expected}` in:\n{stderr}");
    }
    assert!(before == locale_files(content.path()), "a refused import changed a file");
}

#[test]
fn a_missing_uzbek_message_is_an_error_unless_uzbek_is_partial() {
    let strict = check(Some(&fixture("uz-missing-message")));
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(strict.stderr.contains("error: message `guide-two` is missing in uz"), "{}", strict.stderr);

    let partial = check(Some(&fixture("uz-partial")));
    assert_eq!(partial.code, 0, "{}", partial.stderr);
    assert!(
        partial.stderr.contains("warning: message `guide-two` is missing in uz; uz is partial, so it falls back to ru"),
        "{}",
        partial.stderr
    );
    let all = messages_in(&repo_root().join(fixture("uz-partial")), "ky");
    let counts = format!(
        "translations uz: {} translated, 1 fallback, {} unreviewed (of {all} messages; partial, falls back to ru)",
        all - 1,
        all - 1
    );
    assert!(partial.stderr.contains(&counts), "missing `{counts}` in:\n{}", partial.stderr);
}

#[test]
fn a_translator_fills_a_fallback_in_the_sheet() {
    let content = copy_content(&repo_root().join(fixture("uz-partial")));
    let file = content.path().join("sheet.csv");
    let mut table = export(content.path(), &file);
    let row = row_of(&table, "guide-two");
    assert_eq!(table.rows[row][6], "ky: unreviewed, ru: unreviewed, uz: fallback");
    set(&mut table, "guide-two", "uz", "Ikkinchi qadam.");
    sheet::write(&file, &table).unwrap();

    let (code, stderr) = translations(&["import", file.to_str().unwrap()], content.path());
    assert_eq!(code, 0, "{stderr}");
    // In the source's order: between the first and the third step.
    let uz = fs::read_to_string(content.path().join("locales/uz/main.ftl")).unwrap();
    assert!(uz.contains("guide-one = Birinchi qadam.\nguide-two = Ikkinchi qadam.\nguide-three ="), "{uz}");
    let out = check(Some(content.path()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning:"), "{}", out.stderr);
    let all = messages_in(content.path(), "ky");
    assert!(out.stderr.contains(&format!("translations uz: {all} translated, 0 fallback")), "{}", out.stderr);
}

/// Review marks: a `### reviewed: …` file comment counts for every message,
/// a `# reviewed` line above one message for that message.
#[test]
fn reviewed_marks_are_counted() {
    let content = copy_content(&repo_root().join(fixture("uz-partial")));
    let main = content.path().join("locales/uz/main.ftl");
    let text = fs::read_to_string(&main).unwrap();
    fs::write(&main, text.replace("guide-one =", "# reviewed: 2026-11-27 Dilnoza\nguide-one =")).unwrap();
    let ui = content.path().join("locales/uz/ui.ftl");
    let text = fs::read_to_string(&ui).unwrap();
    fs::write(&ui, format!("### reviewed: 2026-11-27 Dilnoza\n\n{text}")).unwrap();
    let out = check(Some(content.path()));
    let ui_count = text.lines().filter(|l| l.starts_with("ui-")).count();
    let translated = messages_in(content.path(), "uz");
    let expected =
        format!("translations uz: {translated} translated, 1 fallback, {} unreviewed", translated - ui_count - 1);
    assert!(out.stderr.contains(&expected), "missing `{expected}` in:\n{}", out.stderr);
}
