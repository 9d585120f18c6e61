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
/// SQLite storage and its migrations.
pub mod db;
/// The pure dialogue engine: state + input → new state + effects.
pub mod engine;
/// `kadam graph`: the dialogue graph as Mermaid or Graphviz.
pub mod graph_export;
/// Keyed hashes that stand in for Telegram ids in storage.
pub mod pseudonym;
/// `kadam simulate`: the dialogues in a terminal.
pub mod simulate;
