//! Helpers shared by the integration tests.

/// Running the real `kadam` binary on a content folder.
pub mod content_dir;

/// Running `kadam run` itself against the fake Bot API.
pub mod kadam;

/// A fake Telegram Bot API on loopback, for running the real dispatcher.
pub mod fake_api;

/// A throwaway PostgreSQL server, one per test binary, a database per test.
pub mod postgres;

/// The shipped content's texts, the chat as a person sees it, and waits for
/// the screen or request a test needs next.
pub mod bot;

use std::path::PathBuf;

/// Set to `1` to let the tests that need headless Chromium pass without it.
pub const SKIP_BROWSER: &str = "KADAM_SKIP_BROWSER_TEST";

/// The first of `names` found in a folder of `PATH`, wherever the machine
/// installed it.
pub fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).flat_map(|dir| names.iter().map(move |n| dir.join(n))).find(|p| p.is_file())
}

/// The first of `names` on `PATH`, for a browser test. Missing, it fails the
/// test saying what to install, or returns `None` (skip) when
/// `KADAM_SKIP_BROWSER_TEST=1`.
pub fn browser_tool(names: &[&str]) -> Option<PathBuf> {
    if let Some(found) = on_path(names) {
        return Some(found);
    }
    if std::env::var(SKIP_BROWSER).is_ok_and(|v| v == "1") {
        eprintln!("skipped: none of {names:?} on PATH and {SKIP_BROWSER}=1");
        return None;
    }
    panic!(
        "this test needs headless Chromium: none of {names:?} is on PATH. Install it with \
         `apt-get install chromium chromium-driver` (as .ci/run does), or set {SKIP_BROWSER}=1 to skip it"
    );
}
