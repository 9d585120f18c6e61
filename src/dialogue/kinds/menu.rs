//! `menu`: text and a button per target node, one per row.

use super::{Behaviour, Body, Draw, Extra, NodeIx, Shape};

#[derive(Debug)]
pub struct Menu {
    pub buttons: Vec<NodeIx>,
}

impl Behaviour for Menu {
    fn targets(&self) -> Vec<NodeIx> {
        self.buttons.clone()
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        draw_menu(cx, body, &self.buttons)
    }

    fn shape(&self) -> Shape {
        Shape::Menu
    }
}

/// The node's text with a button per target: shared with `info`.
pub(super) fn draw_menu(cx: &Draw<'_>, body: &mut Body, buttons: &[NodeIx]) -> String {
    body.keyboard.extend(buttons.iter().map(|&b| vec![cx.button_to(b)]));
    cx.t(&cx.node.id, None)
}
