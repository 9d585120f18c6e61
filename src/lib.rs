//! Kadam: a Telegram bot that walks women in Kyrgyzstan through public
//! services and to help against violence, in Kyrgyz and Russian.
//!
//! The modules, from the inside out:

/// `kadam run`: the Telegram front end.
pub mod bot;
/// Encoding and decoding of button presses (callback data).
pub mod callback;
/// The command line.
pub mod cli;
/// Configuration of `kadam run` from the environment.
pub mod config;
/// Staff-edited content: loading, checking, localised text.
pub mod content;
/// `kadam export` and `kadam stats`: the coordinators' command-line tools.
pub mod coordinator;
/// SQLite storage and its migrations.
pub mod db;
/// The pure dialogue engine: state + input → new state + effects.
pub mod engine;
/// `kadam export` and /export: feedback records as CSV, XLSX or JSON Lines.
pub mod export;
/// Ratings, regions and texts of the consented feedback form.
pub mod feedback;
/// `kadam graph`: the dialogue graph as Mermaid or Graphviz.
pub mod graph_export;
/// Keyed hashes that stand in for Telegram ids in storage.
pub mod pseudonym;
/// `kadam report`: the donor report, charts in one HTML file.
pub mod report;
/// `kadam simulate`: the dialogues in a terminal.
pub mod simulate;
/// Counts for coordinators (/stats, `kadam stats`), with small counts suppressed.
pub mod stats;
/// `kadam translations`: texts as a spreadsheet for translators, and back.
pub mod translations;
