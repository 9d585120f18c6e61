//! Draws the screen for where a person is: each node kind draws its own part
//! (in `kinds/`, with the helpers of `draw.rs`), and this module puts around
//! it the frame every screen shares (quick exit, links, Back and Main menu).

use super::{
    Content, Kind, NodeIx,
    callback::Press,
    draw::{Body, Draw, Extra},
    graph,
    screen::{Action, Button, Screen},
    state::{Position, State},
    ui,
};

/// Draws the screen for `state.at` (the main menu if it is unset or gone).
pub fn render(content: &Content, state: &State, hint: Option<&str>, extra: Extra<'_>) -> Screen {
    let graph = &content.graph;
    let at = state.at.clone().unwrap_or_else(|| Position::new(graph::MAIN, 0));
    let ix = graph.find(&at.node).unwrap_or(graph.main());
    let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
    let cx = Draw { content, state, node: graph.node(ix), lang, page: at.page };
    let back = Some(state.trail.last().cloned().unwrap_or_else(|| Position::new(graph::MAIN, 0)));
    let mut body = Body { text: String::new(), keyboard: vec![], back };
    let text = cx.body(&mut body, hint, &extra);
    body.text = text;
    cx.frame(ix, body)
}

impl Draw<'_> {
    /// The node kind's own part of the screen: its text, and its buttons into `body`.
    fn body(&self, body: &mut Body, hint: Option<&str>, extra: &Extra<'_>) -> String {
        self.node.kind.behaviour().draw(self, body, hint, extra)
    }

    /// What every screen shares around the kind's part: the quick exit,
    /// the node's links, Back and Main menu.
    fn frame(self, ix: NodeIx, body: Body) -> Screen {
        let Body { text, mut keyboard, back } = body;
        let (graph, node, state) = (&self.content.graph, self.node, self.state);
        // Feedback on a sensitive guide keeps that guide's quick exit.
        let about_sensitive = matches!(node.kind, Kind::Feedback { .. })
            && state.form.as_ref().and_then(|f| graph.find(&f.topic)).is_some_and(|ix| graph.node(ix).sensitive);
        let guarded = node.sensitive || node.quick_exit || about_sensitive;
        // A number in text cannot be tapped: on the screens of help (the 🆘
        // screen, the directory, the sensitive pages) one call card per
        // number shown, two a row, at the top (under the quick exit). Not on
        // the menus, where 🆘 stays the first button.
        let help = guarded || matches!(node.kind, Kind::Contacts(_));
        let shown = if help { graph.directory.cards_for(&text) } else { vec![] };
        let cards: Vec<Button> = (shown.into_iter())
            .filter_map(|c| {
                let phone = c.phone.as_deref()?;
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("phone", phone);
                Some(self.button(self.args(ui::CALL, &args), &Press::Call { contact: c.id.clone() }))
            })
            .collect();
        keyboard.splice(0..0, cards.chunks(2).map(<[Button]>::to_vec));
        if guarded {
            // First, where a thumb finds it without looking.
            keyboard.insert(0, vec![self.button(self.t(ui::QUICK_EXIT, None), &Press::Exit)]);
        }
        keyboard.extend(
            node.links
                .iter()
                .map(|l| vec![Button { label: self.t(&l.label, None), action: Action::Url(l.url.clone()) }]),
        );
        if ix != graph.main() {
            let mut row = vec![];
            let back_is_main = back.as_ref().is_some_and(|b| b.node == graph::MAIN);
            if let Some(b) = back {
                row.push(Button { label: self.t(ui::BACK, None), action: self.go(&b.node, b.page) });
            }
            let choosing_first_language = state.lang.is_none() && matches!(node.kind, Kind::Language);
            if !back_is_main && !choosing_first_language {
                row.push(Button { label: self.t(ui::MAIN_MENU, None), action: self.go(graph::MAIN, 0) });
            }
            if !row.is_empty() {
                keyboard.push(row);
            }
        }
        Screen { lang: self.lang, text, keyboard, media: node.media.clone() }
    }
}
