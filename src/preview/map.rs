//! The dialogue map: the graph `kadam graph` prints, laid out as an SVG
//! picture in Rust so the page needs no drawing library and no internet.
//!
//! Layout is by distance from the main menu: one column per step away,
//! screens in file order within a column. Simple, stable between reloads
//! (a staff member finds a screen where it was), and readable for the few
//! dozen screens Kadam has.

use std::{collections::VecDeque, fmt::Write};

use crate::{
    dialogue::{Content, NodeIx, kinds::Shape},
    markup::escape,
};

const W: usize = 190;
const H: usize = 40;
const GAP_X: usize = 70;
const GAP_Y: usize = 14;
const MARGIN: usize = 16;

/// The map as an SVG document; every screen is a `<g data-node="id">`.
pub fn svg(content: &Content) -> String {
    let graph = &content.graph;
    let count = graph.nodes().count();
    // Breadth-first from the main menu and the language picker; screens
    // nothing leads to get a column of their own at the end.
    let mut depth: Vec<Option<usize>> = vec![None; count];
    let mut queue = VecDeque::new();
    for start in [graph.language(), graph.main()] {
        depth[start.0] = Some(0);
        queue.push_back(start);
    }
    while let Some(ix) = queue.pop_front() {
        let d = depth[ix.0].unwrap_or(0);
        for t in graph.targets(ix) {
            if depth[t.0].is_none() {
                depth[t.0] = Some(d + 1);
                queue.push_back(t);
            }
        }
    }
    let last = depth.iter().flatten().max().copied().unwrap_or(0) + 1;
    let depth: Vec<usize> = depth.into_iter().map(|d| d.unwrap_or(last)).collect();
    let mut rows = vec![0usize; last + 1];
    let mut pos = vec![(0usize, 0usize); count];
    for (ix, _) in graph.nodes() {
        let col = depth[ix.0];
        pos[ix.0] = (MARGIN + col * (W + GAP_X), MARGIN + rows[col] * (H + GAP_Y));
        rows[col] += 1;
    }
    let width = 2 * MARGIN + (last + 1) * (W + GAP_X);
    let height = 2 * MARGIN + rows.iter().max().copied().unwrap_or(1) * (H + GAP_Y);
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="map" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    out.push_str(r##"<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#8a9bb0"/></marker></defs>"##);
    for (ix, _) in graph.nodes() {
        for t in graph.targets(ix) {
            edge(&mut out, pos[ix.0], pos[t.0], depth[t.0] <= depth[ix.0]);
        }
    }
    for (ix, node) in graph.nodes() {
        let (x, y) = pos[ix.0];
        let lang = content.locales.default_lang();
        let label = if content.locales.has(lang, &node.id, Some("button")) {
            content.locales.text(lang, &node.id, Some("button"), None)
        } else {
            node.id.clone()
        };
        let _ = write!(
            out,
            r#"<g class="node {kind}{sensitive}" data-node="{id}" tabindex="0"><title>{id}: {title}</title><rect x="{x}" y="{y}" width="{W}" height="{H}" rx="8"/><text x="{tx}" y="{ty1}" class="id">{id}</text><text x="{tx}" y="{ty2}" class="label">{short}</text></g>"#,
            kind = kind_class(content, ix),
            sensitive = if node.sensitive { " sensitive" } else { "" },
            id = escape(&node.id),
            title = escape(&label),
            short = escape(&shorten(&label, 26)),
            tx = x + 8,
            ty1 = y + 16,
            ty2 = y + 32,
        );
    }
    out.push_str("</svg>");
    out
}

fn edge(out: &mut String, from: (usize, usize), to: (usize, usize), back: bool) {
    let (x1, y1) = ((from.0 + W) as f64, (from.1 + H / 2) as f64);
    let (x2, y2) = (to.0 as f64, (to.1 + H / 2) as f64);
    let class = if back { "edge back" } else { "edge" };
    if back {
        // Links back to an earlier column curve above the boxes.
        let (sx, ex) = ((from.0 + W / 2) as f64, (to.0 + W / 2) as f64);
        let (sy, ey) = (from.1 as f64, to.1 as f64);
        let lift = 30.0 + (sx - ex).abs() / 8.0;
        let _ = write!(
            out,
            r#"<path class="{class}" d="M{sx},{sy} C{sx},{a} {ex},{b} {ex},{ey}" marker-end="url(#arrow)"/>"#,
            a = sy - lift,
            b = ey - lift
        );
    } else {
        let mid = (x1 + x2) / 2.0;
        let _ = write!(
            out,
            r#"<path class="{class}" d="M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}" marker-end="url(#arrow)"/>"#
        );
    }
}

fn kind_class(content: &Content, ix: NodeIx) -> &'static str {
    match content.graph.node(ix).kind.behaviour().shape() {
        Shape::Menu => "menu",
        Shape::Steps => "steps",
        Shape::SelfCheck => "selfcheck",
        Shape::Info => "info",
        Shape::Gate => "safety",
        Shape::Special => "special",
    }
}

fn shorten(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() <= max {
        return line.to_owned();
    }
    let mut cut: String = line.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn every_screen_is_a_clickable_box() {
        let content = Content::load(Path::new(env!("CARGO_MANIFEST_DIR"))).0.expect("shipped content");
        let svg = svg(&content);
        for (_, node) in content.graph.nodes() {
            assert!(svg.contains(&format!(r#"data-node="{}""#, node.id)), "{} is on the map", node.id);
        }
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(escape(r#"<a & "b">"#), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
