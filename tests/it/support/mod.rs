//! Helpers shared by the integration tests.

/// Running the real `kadam` binary on a content folder.
pub mod content_dir;

/// Running `kadam run` itself against the fake Bot API.
pub mod kadam;

/// A fake Telegram Bot API on loopback, for running the real dispatcher.
pub mod fake_api;

/// The shipped content's texts, the chat as a person sees it, and waits for
/// the screen or request a test needs next.
pub mod bot;
