//! `info`: text only, optionally with a button onwards.

use super::{Behaviour, Body, Draw, Extra, NodeIx, Shape, menu::draw_menu};

#[derive(Debug)]
pub struct Info {
    pub next: Option<NodeIx>,
}

impl Behaviour for Info {
    fn targets(&self) -> Vec<NodeIx> {
        self.next.into_iter().collect()
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        draw_menu(cx, body, self.next.as_slice())
    }

    fn shape(&self) -> Shape {
        Shape::Info
    }
}
