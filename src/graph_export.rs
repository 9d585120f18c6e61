//! `kadam graph`: the dialogue graph as Mermaid or Graphviz text, for staff
//! documentation. Labels use the default
//! language's button text, so the picture reads like the bot.

use std::fmt::Write;

use crate::dialogue::{Content, kinds::Shape};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Mermaid,
    Dot,
}

pub fn render(content: &Content, format: Format) -> String {
    let graph = &content.graph;
    let lang = content.locales.default_lang();
    let label = |id: &str| {
        let shown = if content.locales.has(lang, id, Some("button")) {
            content.locales.text(lang, id, Some("button"), None)
        } else {
            id.to_owned()
        };
        shown.replace('"', "'")
    };
    let mut out = String::new();
    match format {
        Format::Mermaid => out.push_str("flowchart TD\n"),
        Format::Dot => out.push_str("digraph kadam {\n  rankdir=LR;\n  node [shape=box];\n"),
    }
    for (_, node) in graph.nodes() {
        let shape = match node.kind.behaviour().shape() {
            Shape::Menu => ("[", "]"),
            Shape::Steps | Shape::SelfCheck => ("[[", "]]"),
            Shape::Info => ("(", ")"),
            Shape::Special => ("{{", "}}"),
            Shape::Gate => ("{", "}"),
        };
        let _ = match format {
            Format::Mermaid => writeln!(out, "  {}{}\"{}\"{}", node.id, shape.0, label(&node.id), shape.1),
            Format::Dot => writeln!(out, "  \"{}\" [label=\"{}\"];", node.id, label(&node.id)),
        };
    }
    for (ix, node) in graph.nodes() {
        for target in graph.targets(ix) {
            let _ = match format {
                Format::Mermaid => writeln!(out, "  {} --> {}", node.id, graph.node(target).id),
                Format::Dot => writeln!(out, "  \"{}\" -> \"{}\";", node.id, graph.node(target).id),
            };
        }
    }
    if format == Format::Dot {
        out.push_str("}\n");
    }
    out
}
