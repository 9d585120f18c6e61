//! Kadam: a Telegram bot that walks women in Kyrgyzstan through public
//! services and to help against violence, in Kyrgyz and Russian.
//!
//! The modules, from the inside out. Each layer uses only the ones above it
//! in this list, never one below: the CLI on top, then the Telegram shell,
//! reports, storage, and the dialogue core at the bottom.

/// Encoding and decoding of button presses (callback data).
pub mod callback;
/// Staff-edited content: loading, checking, localised text.
pub mod content;
/// The pure dialogue engine: state + input → new state + effects.
pub mod engine;
/// Ratings, regions and texts of the consented feedback form.
pub mod feedback;
/// `kadam graph`: the dialogue graph as Mermaid or Graphviz.
pub mod graph_export;
/// `kadam simulate`: the dialogues in a terminal.
pub mod simulate;
/// `kadam translations`: texts as a spreadsheet for translators, and back.
pub mod translations;

/// The command line, on top of everything.
pub mod cli;
/// The one clock: the time now, and dates as Bishkek reads them.
pub mod clock;
/// Configuration of `kadam run` from the environment.
pub mod config;
/// Keyed hashes that stand in for Telegram ids in storage.
pub mod pseudonym;
/// Coordinators' reports: the stream of feedback records, exports and counts.
pub mod reports;
/// SQLite storage and its migrations.
pub mod storage;
/// `kadam run`: the Telegram shell.
pub mod telegram;
