//! Running the real `kadam` binary the way staff do, from the repository root
//! on a content folder, so the tests see exactly what a person at a terminal
//! sees: the same paths in diagnostics, the same transcripts.

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

/// The repository root: `kadam check` prints paths relative to the working
/// directory, and the fixtures' expected output uses paths from here.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures`, relative to [`repo_root`], as passed to `--content`.
pub const FIXTURES: &str = "tests/fixtures";

/// A fixture's content root, relative to [`repo_root`].
pub fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

/// The `kadam` binary Cargo built for this test run, started in the
/// repository root with no content folder coming from the environment.
pub fn kadam(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kadam"));
    cmd.args(args).current_dir(repo_root()).env_remove("KADAM_CONTENT_DIR").env_remove("RUST_LOG");
    // Staff texts follow these; the tests that need a language name it.
    cmd.env_remove("KADAM_STAFF_LANG").env("LANG", "C.UTF-8");
    cmd
}

/// Copies the folder `from` into `to`, subfolders and media included.
/// Fixtures share some files through symbolic links; the copy holds the
/// files they point to, so a test can edit it freely.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").map(Result::unwrap) {
        let target = to.join(entry.file_name());
        // `is_dir` and `copy` follow links, so links are copied as their targets.
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// What `kadam check` did.
pub struct Checked {
    pub code: i32,
    pub stderr: String,
}

/// The day every `check` in the tests runs on (2026-11-30, noon in
/// Bishkek), so that the ages of `verified_on` dates and sources in the
/// expected reports do not change as real time passes.
pub const CHECK_CLOCK: &str = "tests/fixtures/clock";

/// Runs `kadam check`, on `content` if given, else on the shipped content.
pub fn check(content: Option<&Path>) -> Checked {
    check_in(content, None)
}

/// [`check`] with `--lang` when `lang` is given.
pub fn check_in(content: Option<&Path>, lang: Option<&str>) -> Checked {
    let mut args = vec!["check"];
    let content = content.map(|c| c.to_str().expect("fixture paths are UTF-8"));
    if let Some(c) = content {
        args.extend(["--content", c]);
    }
    if let Some(l) = lang {
        args.extend(["--lang", l]);
    }
    let out = kadam(&args).env("KADAM_CLOCK_FILE", repo_root().join(CHECK_CLOCK)).output().expect("run kadam check");
    assert!(out.stdout.is_empty(), "`kadam check` writes only to stderr, got stdout: {}", lossy(&out.stdout));
    Checked { code: out.status.code().expect("kadam exited normally"), stderr: lossy(&out.stderr) }
}

/// Runs `kadam simulate` with `script` on stdin and returns the transcript.
/// Fails the test if the binary fails or complains on stderr.
pub fn simulate(content: Option<&Path>, lang: Option<&str>, script: &str) -> String {
    simulate_at(content, lang, script, None)
}

/// [`simulate`] with the clock steered by the file `clock` (unix seconds in
/// it), for the screens that depend on the time (the webinars).
pub fn simulate_at(content: Option<&Path>, lang: Option<&str>, script: &str, clock: Option<&Path>) -> String {
    let mut args = vec!["simulate"];
    if let Some(c) = content {
        args.extend(["--content", c.to_str().expect("fixture paths are UTF-8")]);
    }
    if let Some(l) = lang {
        args.extend(["--lang", l]);
    }
    let mut cmd = kadam(&args);
    if let Some(clock) = clock {
        cmd.env("KADAM_CLOCK_FILE", clock);
    }
    let mut child =
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("start kadam simulate");
    child.stdin.take().expect("piped stdin").write_all(script.as_bytes()).expect("write the script");
    let out: Output = child.wait_with_output().expect("run kadam simulate");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "kadam {args:?} failed ({}):\n{}",
        out.status,
        lossy(&out.stderr)
    );
    lossy(&out.stdout)
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Replaces the run time in `check`'s summary line ("checked in 3 ms",
/// "проверено за 3 мс", "3 мс ичинде"), the one part of its output that
/// differs between runs: a number standing alone before " ms" or " мс".
pub fn normalise_timing(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        let words: Vec<&str> = line.split(' ').collect();
        let mut kept: Vec<&str> = Vec::with_capacity(words.len());
        for (i, word) in words.iter().enumerate() {
            let unit = words.get(i + 1).is_some_and(|next| next.starts_with("ms") || next.starts_with("мс"));
            let number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
            kept.push(if unit && number { "N" } else { word });
        }
        out.push_str(&kept.join(" "));
    }
    out
}

#[test]
fn timing_is_normalised() {
    assert_eq!(normalise_timing("content OK: 7 nodes; checked in 12 ms\n"), "content OK: 7 nodes; checked in N ms\n");
    // Only the number before " ms" goes: a message quoting the words stays.
    assert_eq!(normalise_timing("checked in time\n"), "checked in time\n");
    assert_eq!(normalise_timing("проверено за 7 мс\n"), "проверено за N мс\n");
    assert_eq!(
        normalise_timing("эскертүүлөр: 0; 15 мс ичинде текшерилди\n"),
        "эскертүүлөр: 0; N мс ичинде текшерилди\n"
    );
}
