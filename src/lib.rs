//! Kadam: a Telegram bot that walks women in Kyrgyzstan through public
//! services and to help against violence, in Kyrgyz and Russian.
//!
//! The modules, from the inside out:

/// Encoding and decoding of button presses (callback data).
pub mod callback;
/// The command line.
pub mod cli;
/// Staff-edited content: loading, checking, localised text.
pub mod content;
/// The pure dialogue engine: state + input → new state + effects.
pub mod engine;
/// `kadam graph`: the dialogue graph as Mermaid or Graphviz.
pub mod graph_export;
/// `kadam simulate`: the dialogues in a terminal.
pub mod simulate;
