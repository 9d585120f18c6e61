//! `kadam check` on the broken fixtures under `tests/fixtures/` and on the
//! shipped content. Each fixture is a full content root broken in one way
//! (see `tests/fixtures/README.md`); its `expected.txt` holds exactly what
//! `kadam check --content tests/fixtures/<case>` prints, so a reviewer reads
//! the diagnostics a staff member would get (and `expected.ru.txt`,
//! `expected.ky.txt` the same in Russian and Kyrgyz). After a deliberate change to
//! the checker, rewrite them with `UPDATE_EXPECTED=1 cargo test --test it
//! content` and review the diff line by line.
//!
//! `kadam graph` is checked here too: it reads the same content.

use std::{collections::BTreeSet, fs, time::Instant};

use pretty_assertions::assert_eq;

use crate::support::content_dir::{
    CHECK_CLOCK, FIXTURES, check, check_in, copy_dir, fixture, kadam, normalise_timing, repo_root, simulate,
};

/// Whether a fixture must be refused (exit 1) or accepted (exit 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Accepted,
    Refused,
}
use Verdict::{Accepted, Refused};

/// Every fixture, whether `check` must refuse it, and what its report must
/// contain. The expected files hold the exact output; these fragments keep
/// `UPDATE_EXPECTED=1` from quietly accepting a report that lost the very
/// problem the fixture exists for.
const CASES: &[(&str, Verdict, &[&str])] = &[
    ("valid", Accepted, &["content OK: 7 nodes, languages ky, ru; 0 warning(s)"]),
    ("toml-syntax", Refused, &["dialogues/more.toml:21:9: error: this is not valid TOML: invalid string"]),
    ("ftl-syntax", Refused, &["locales/ru/main.ftl:14:6: error: this is not valid Fluent"]),
    (
        "duplicate-id",
        Refused,
        &[
            "dialogues/main.toml:14:6: error: node id `help` is used twice; the other one is at tests/fixtures/duplicate-id/dialogues/more.toml:24",
            "dialogues/more.toml:24:6: error: node id `help` is used twice; the other one is at tests/fixtures/duplicate-id/dialogues/main.toml:14",
        ],
    ),
    ("unknown-target", Refused, &["dialogues/more.toml:5:8: error: there is no node with id `topik`"]),
    ("unreachable", Accepted, &["dialogues/more.toml:24:6: warning: node `orphan` cannot be reached"]),
    (
        "unguarded-help-line",
        Accepted,
        &[
            "dialogues/more.toml:14:6: warning: `leaf` shows a help line but has no quick-exit button: mark it `sensitive = true`",
        ],
    ),
    ("dead-end-menu", Refused, &["dialogues/main.toml:14:6: error: this menu is a dead end"]),
    ("missing-message", Refused, &["locales/ru/main.ftl:9:1: error: message `guide-two` is missing in ky"]),
    ("missing-button", Refused, &["locales/ru/main.ftl:14:1: error: message `leaf` in ru lacks attribute `.button`"]),
    (
        "unused-message",
        Accepted,
        &[
            "locales/ky/main.ftl:18:1: warning: message `leaf-old` in ky is not used",
            "locales/ru/main.ftl:18:1: warning: message `leaf-old` in ru is not used",
        ],
    ),
    (
        "placeholder-mismatch",
        Refused,
        &["locales/ru/main.ftl:8:1: error: `guide-one` uses variables $name in ru but none in ky"],
    ),
    (
        "id-too-long",
        Refused,
        &[
            "dialogues/more.toml:14:6: error: node id `leaf-with-a-very-long-name-that-does-not-fit` is 44 characters long",
        ],
    ),
    (
        "text-too-long",
        Refused,
        &["dialogues/main.toml:14:6: error: the screen `help` in ru has 4179 characters; Telegram allows 4096"],
    ),
    ("bad-url", Refused, &["dialogues/more.toml:11:39: error: `javascript:alert(1)` is not a web link"]),
    ("missing-media", Refused, &["dialogues/more.toml:21:9: error: media file `picture.png` does not exist"]),
    ("unknown-field", Refused, &["dialogues/more.toml:16:1: error: this is not valid TOML: unknown field `nxt`"]),
    ("unknown-kind", Refused, &["dialogues/more.toml:15:8: error: unknown node kind `page`"]),
    ("missing-required", Refused, &["dialogues:1:1: error: there must be a node with id `help`"]),
    ("uz-missing-message", Refused, &["locales/ky/main.ftl:9:1: error: message `guide-two` is missing in uz"]),
    (
        "uz-partial",
        Accepted,
        &[
            "locales/ky/main.ftl:9:1: warning: message `guide-two` is missing in uz; uz is partial, so it falls back to ru",
            "content OK: 7 nodes, languages ky, ru, uz; 1 warning(s)",
        ],
    ),
    (
        "uz-cyrillic",
        Accepted,
        &[
            "locales/uz/main.ftl:9:29: warning: «ЦОНga» mixes Cyrillic into a Latin Uzbek text",
            "content OK: 7 nodes, languages ky, ru, uz-Cyrl, uz; 1 warning(s)",
        ],
    ),
    (
        "unlisted-fact",
        Accepted,
        &[
            "dialogues/SOURCES.md:6:1: warning: the source https://example.org/news is dated 2019, more than 2 years ago",
            "dialogues/more.toml:46:10: warning: the source of `unlisted` is not listed in dialogues/SOURCES.md",
            "locales/ru/main.ftl:14:58: warning: `+996 (555) 44-55-66` waits for a phone check (contact `rumoured`)",
            "locales/ru/main.ftl:14:94: warning: the number `(312) 99-88-77` is neither in the directory of help nor in dialogues/SOURCES.md",
            "locales/ru/main.ftl:14:113: warning: the number `118` is neither",
            "locales/ru/main.ftl:14:142: warning: the address `evil.example.com` is neither",
        ],
    ),
    (
        "bad-verified-by-phone",
        Refused,
        &[
            "dialogues/more.toml:31:21: error: verified_by_phone of `quoted` is in quotes: write the date without them",
            "dialogues/more.toml:41:21: error: verified_by_phone of `future` is 2099-01-01, in the future",
        ],
    ),
    (
        "many-problems",
        Refused,
        &[
            "dialogues/main.toml:14:6: error: this menu is a dead end",
            "dialogues/more.toml:2:6: error: node id `guide` is used twice",
            "dialogues/more.toml:24:6: error: node id `guide` is used twice",
            "dialogues/more.toml:10:20: error: there is no node with id `pictures`",
            "dialogues/more.toml:11:39: error: `ftp://example.org` is not a web link",
            "dialogues/more.toml:15:8: error: unknown node kind `page`",
            "locales/ky/main.ftl:10:7: error: this is not valid Fluent",
            "locales/ru/main.ftl:8:1: error: `guide-one` uses variables $name in ru but none in ky",
            "locales/ru/main.ftl:9:1: error: message `guide-two` is missing in ky",
            "locales/ru/main.ftl:16:1: error: message `picture` in ru lacks attribute `.button`",
            "locales/ru/main.ftl:8:1: error: `guide-one` in ru uses `$name`, but the bot gives this text no such value",
            "content has 12 error(s)",
        ],
    ),
];

/// The languages `check` speaks, the file each fixture keeps its report in,
/// and how that language writes "error". English is what `check` says with
/// no language chosen.
const LANGUAGES: &[(Option<&str>, &str, &str)] = &[
    (None, "expected.txt", "error"),
    (Some("ru"), "expected.ru.txt", "ошибка"),
    (Some("ky"), "expected.ky.txt", "ката"),
];

/// The `file:line:col` pointers of a report, in order: the same in every
/// language, so a translation never moves or drops a problem.
fn pointers<'a>(report: &'a str, prefix: &str) -> Vec<&'a str> {
    report.lines().filter(|l| l.starts_with(prefix)).filter_map(|l| l.split(": ").next()).collect()
}

#[test]
fn every_fixture_reports_exactly_its_expected_diagnostics() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some_and(|v| v == "1");
    let mut failures = vec![];
    for &(case, verdict, fragments) in CASES {
        let dir = fixture(case);
        let prefix = format!("{FIXTURES}/{case}/");
        let mut english = String::new();
        for &(lang, file, error_word) in LANGUAGES {
            let out = check_in(Some(&dir), lang);
            let actual = normalise_timing(&out.stderr);
            let expected_file = repo_root().join(&dir).join(file);
            if update {
                fs::write(&expected_file, &actual).expect("write the expected report");
            }
            let expected = fs::read_to_string(&expected_file)
                .unwrap_or_else(|e| panic!("{}: {e}; create it with UPDATE_EXPECTED=1", expected_file.display()));
            if actual != expected {
                failures.push(format!(
                    "{case}: output differs from {}\n{}",
                    expected_file.display(),
                    pretty_assertions::StrComparison::new(&expected, &actual)
                ));
            }
            let want_code = if verdict == Refused { 1 } else { 0 };
            if out.code != want_code {
                failures.push(format!("{case} ({file}): exit code {} instead of {want_code}", out.code));
            }
            let has_error_line = actual.lines().any(|l| l.contains(&format!(": {error_word}: ")));
            if has_error_line != (verdict == Refused) {
                failures.push(format!("{case} ({file}): error lines present = {has_error_line}"));
            }
            match lang {
                None => english = actual,
                Some(code) => {
                    if pointers(&actual, &prefix) != pointers(&english, &prefix) {
                        failures.push(format!("{case}: the {code} report points at other places than the English one"));
                    }
                }
            }
        }
        // The fragments name the problem each fixture exists for, in English.
        let actual = english;
        for fragment in fragments {
            // Location fragments are given relative to the fixture; the
            // summary fragment is matched as is.
            let located =
                if fragment.starts_with("content ") { (*fragment).to_owned() } else { prefix.clone() + fragment };
            if !actual.contains(&located) {
                failures.push(format!("{case}: the report lacks `{located}`"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `check` speaks the language named by `--lang`, else `KADAM_STAFF_LANG`,
/// else the system's `LANG`, else English; a language it does not speak,
/// asked for by name, is refused with the choices rather than ignored.
#[test]
fn the_staff_language_comes_from_the_flag_then_the_environment() {
    let dir = fixture("unknown-target");
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = vec!["check", "--content", dir.to_str().unwrap()];
        all.extend(args);
        let mut cmd = kadam(&all);
        cmd.env("KADAM_CLOCK_FILE", repo_root().join(CHECK_CLOCK));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // The problem as each staff language words it, from locales/staff/ by id.
    let says = |code: &str| {
        let lang = kadam::staff::StaffLang::from_code(code).expect("a staff language");
        let problem = kadam::dialogue::staff_text::Msg::new("check-unknown-target").arg("id", "topik");
        format!("{}: {}", lang.get("check-severity-error"), lang.text(&problem))
    };
    let (english, russian, kyrgyz) = (&says("en"), &says("ru"), &says("ky"));
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: &[Case] = &[
        (&[], &[], english),
        (&[], &[("LANG", "ru_RU.UTF-8")], russian),
        (&[], &[("LANG", "de_DE.UTF-8")], english),
        (&[], &[("LANG", "ru_RU.UTF-8"), ("KADAM_STAFF_LANG", "ky")], kyrgyz),
        (&["--lang", "en"], &[("LANG", "ru_RU.UTF-8"), ("KADAM_STAFF_LANG", "ky")], english),
        (&["--lang", "ru"], &[], russian),
    ];
    for (args, env, want) in cases {
        let (code, stderr) = run(args, env);
        assert_eq!(code, Some(1), "{args:?} {env:?}");
        assert!(stderr.contains(want), "{args:?} {env:?}: {stderr}");
    }
    let (code, stderr) = run(&[], &[("KADAM_STAFF_LANG", "de")]);
    assert_ne!(code, Some(1), "a wrong language is not a content problem");
    assert!(stderr.contains("KADAM_STAFF_LANG `de` is not a staff language; choose one of: en, ru, ky"), "{stderr}");
    assert!(!stderr.contains("topik"), "nothing is checked in a language nobody asked for: {stderr}");
}

/// A fixture folder without a row in [`CASES`] would never be checked.
#[test]
fn every_fixture_folder_is_listed() {
    let on_disk: BTreeSet<String> = fs::read_dir(repo_root().join(FIXTURES))
        .expect("read tests/fixtures")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = CASES.iter().map(|(c, ..)| (*c).to_owned()).collect();
    assert_eq!(on_disk, listed, "tests/fixtures/ and CASES in tests/it/content.rs must name the same folders");
}

/// The fixtures hold copies of `valid`'s own texts (`ui.ftl`): not symbolic
/// links, which `kadam check` refuses. A new `ui-…` text added to `valid`
/// alone would make every report differ; this says which copy is behind.
#[test]
fn fixtures_share_the_bots_own_texts() {
    let mut differing = vec![];
    for &(case, ..) in CASES {
        for lang in ["ky", "ru"] {
            let rel = format!("locales/{lang}/ui.ftl");
            let base = fs::read_to_string(repo_root().join(fixture("valid")).join(&rel)).expect("read valid ui.ftl");
            let own = fs::read_to_string(repo_root().join(fixture(case)).join(&rel)).unwrap_or_default();
            if own != base {
                differing.push(format!("{FIXTURES}/{case}/{rel}"));
            }
        }
    }
    assert!(differing.is_empty(), "these should be copies of tests/fixtures/valid/locales/*/ui.ftl: {differing:?}");
}

/// A copy of the `valid` fixture with a `.env` beside it, as on a server
/// where the content folder is the bot's working folder.
fn valid_with_secrets() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo_root().join(fixture("valid")), dir.path());
    fs::remove_file(dir.path().join("expected.txt")).expect("remove expected.txt");
    fs::write(dir.path().join(".env"), "TELOXIDE_TOKEN=123:secret\nKADAM_PSEUDONYM_KEY=00ff\n").expect("write .env");
    dir
}

/// A staff member (or someone who got her laptop) replaces a media file
/// with a link to the bot's secrets: the bot would upload the token to
/// whoever opens the screen. `check` must refuse it, naming the link.
#[test]
fn a_media_file_linked_to_the_secrets_is_refused() {
    let dir = valid_with_secrets();
    let media = dir.path().join("dialogues/media/picture.jpg");
    fs::remove_file(&media).expect("remove picture");
    std::os::unix::fs::symlink("../../.env", &media).expect("link");
    let out = check(Some(dir.path()));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("dialogues/media/picture.jpg` is a symbolic link"), "{}", out.stderr);
    // A linked media folder, or a per-language copy that is a link, is no way round.
    fs::remove_file(&media).expect("remove link");
    fs::create_dir(dir.path().join("dialogues/media/ru")).expect("ru folder");
    std::os::unix::fs::symlink("../../../.env", dir.path().join("dialogues/media/ru/picture.jpg")).expect("link");
    fs::write(&media, "jpg").expect("shared copy");
    let out = check(Some(dir.path()));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("dialogues/media/ru/picture.jpg` is a symbolic link"), "{}", out.stderr);
    fs::remove_file(dir.path().join("dialogues/media/ru/picture.jpg")).expect("remove link");
    fs::remove_dir(dir.path().join("dialogues/media/ru")).expect("remove ru");
    let outside = tempfile::tempdir().expect("outside");
    fs::write(outside.path().join("picture.jpg"), "jpg").expect("outside picture");
    fs::remove_dir_all(dir.path().join("dialogues/media")).expect("remove media");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("dialogues/media")).expect("link folder");
    let out = check(Some(dir.path()));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("dialogues/media` is a symbolic link"), "{}", out.stderr);
}

/// Texts, dialogue files (the directory and webinars live in them) and the
/// language list are read the same way: a link to a file outside is refused,
/// never read, so no secret reaches a screen or a translator's sheet.
#[test]
fn linked_texts_and_dialogue_files_are_refused() {
    for rel in ["locales/ru/main.ftl", "locales/locales.toml", "dialogues/more.toml"] {
        let dir = valid_with_secrets();
        let file = dir.path().join(rel);
        let outside = tempfile::tempdir().expect("outside");
        fs::copy(&file, outside.path().join("copy")).expect("copy out");
        fs::remove_file(&file).expect("remove");
        std::os::unix::fs::symlink(outside.path().join("copy"), &file).expect("link");
        let out = check(Some(dir.path()));
        assert_eq!(out.code, 1, "{rel}: {}", out.stderr);
        assert!(out.stderr.contains(&format!("{rel}` is a symbolic link")), "{rel}: {}", out.stderr);
    }
}

/// The content the bot ships with must pass, and `check` must stay fast
/// enough to run on every save. The time is printed, not asserted: CI
/// machines vary too much for a hard limit.
#[test]
fn shipped_content_passes() {
    let started = Instant::now();
    let out = check(None);
    let elapsed = started.elapsed();
    println!("kadam check on the shipped content took {elapsed:?} (process included):\n{}", out.stderr);
    assert_eq!(out.code, 0, "kadam check failed on the shipped content:\n{}", out.stderr);
    let errors: Vec<&str> = out.stderr.lines().filter(|l| l.contains(": error: ")).collect();
    assert!(errors.is_empty(), "errors in the shipped content: {errors:#?}");
    assert!(
        out.stderr.lines().last().is_some_and(|l| l.starts_with("content OK: ")),
        "no summary line:\n{}",
        out.stderr
    );
}

/// `kadam check --verify-list` prints, on stdout, what staff call before
/// launch: the hidden single-source number with its source, the ⚠️ fact
/// and the item under "To verify before launch", each at its file:line.
#[test]
fn verify_list_names_each_item_and_its_source() {
    let dir = fixture("unlisted-fact");
    let out = kadam(&["check", "--verify-list", "--content", dir.to_str().expect("UTF-8 path")])
        .env("KADAM_CLOCK_FILE", repo_root().join(CHECK_CLOCK))
        .output()
        .expect("run kadam check --verify-list");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = String::from_utf8_lossy(&out.stdout);
    let prefix = format!("{FIXTURES}/unlisted-fact/");
    let expected = [
        "Verify before launch (3 items)".to_owned(),
        format!(
            "{prefix}dialogues/more.toml:34: call `rumoured` at +996 (555) 44-55-66 (single source: https://example.org/news)"
        ),
        format!(
            "{prefix}dialogues/SOURCES.md:6: ⚠️ A line heard of in the news, +996 (555) 44-55-66 — none yet — https://example.org/news (2019)"
        ),
        format!("{prefix}dialogues/SOURCES.md:10: 1. The line in the news: call it."),
    ];
    for line in expected {
        assert!(list.contains(&line), "the list lacks `{line}`:\n{list}");
    }
    // The shown entry (`hotline`) and the unlisted one are not on the list.
    assert!(!list.contains("hotline") && !list.contains("`unlisted`"), "{list}");
}

/// Cyrillic Uzbek is generated from the Latin files, and a message in
/// `locales/uz-Cyrl/overrides.ftl` replaces the generated one.
#[test]
fn cyrillic_uzbek_is_generated_and_overridden() {
    let walk = simulate(Some(&fixture("uz-cyrillic")), Some("uz-Cyrl"), "1\n2\n2\n");
    for line in ["Биринчи қадам: ЦОНга боринг.", "Иккинчи қадам: ЦОНга боринг, йўл қисқа.", "Учинчи қадам (override)."]
    {
        assert!(walk.contains(line), "the walk lacks `{line}`:\n{walk}");
    }
    assert!(!walk.contains("Uchinchi"), "the override must replace the generated text:\n{walk}");
}

/// `kadam graph` in both formats on the fixture: every node once, every
/// button, guide `next` and onward link as an edge, labelled like the bot.
#[test]
fn graph_of_the_fixture() {
    for format in ["mermaid", "dot"] {
        let dir = fixture("valid");
        let out = kadam(&["graph", "--format", format, "--content", dir.to_str().expect("UTF-8 path")])
            .output()
            .expect("run kadam graph");
        assert!(out.status.success(), "kadam graph --format {format}: {}", String::from_utf8_lossy(&out.stderr));
        insta::assert_snapshot!(format!("graph_{format}"), String::from_utf8_lossy(&out.stdout));
    }
}

/// The map staff paste into a viewer must be drawable from the shipped content.
#[test]
fn graph_of_the_shipped_content() {
    let out = kadam(&["graph"]).output().expect("run kadam graph");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("flowchart TD\n"), "{text}");
    assert!(text.contains("main --> services"), "the main menu leads to the services menu:\n{text}");
}
