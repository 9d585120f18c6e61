//! Kadam: a Telegram bot that walks women in Kyrgyzstan through public
//! services and to help against violence, in Kyrgyz, Russian and Uzbek.
//!
//! The modules, from the inside out. Each layer uses only the ones above it
//! in this list, never one below: the dialogue core at the bottom, the
//! content loader beside it, then storage, reports, the shells (Telegram,
//! terminal, graph, translations) and the CLI on top.
//! `docs/architecture.md` draws the picture.

/// Staff-edited content: reads `dialogues/` and `locales/` into the core's
/// types and reports every problem.
pub mod content;
/// The pure dialogue core: graph, texts, button data, engine. Depends on
/// nothing else in the crate and reads no files, clock or environment.
pub mod dialogue;
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
/// Consultation hours in Bishkek time: open now, and when next.
pub mod hours;
/// Escaping text for HTML and SVG, shared by the report and the preview.
pub mod markup;
/// `kadam preview`: the bot in a browser, for staff and newcomers.
pub mod preview;
/// Files written for staff: owner-only, renamed in place once complete.
pub mod private_file;
/// Keyed hashes that stand in for Telegram ids in storage.
pub mod pseudonym;
/// Coordinators' reports: the stream of feedback records, exports and counts.
pub mod reports;
/// Chat ids sealed at rest (AEAD), kept only while a reply is owed.
pub mod sealed;
/// The staff's texts (`locales/staff/`) in Russian, Kyrgyz or English.
pub mod staff;
/// SQLite storage and its migrations.
pub mod storage;
/// `kadam run`: the Telegram shell.
pub mod telegram;
/// The content watcher the bot and the preview share.
pub mod watch;
