//! `safety-check`: "Is it safe to read this now?" in front of sensitive
//! nodes: yes goes on (to where the person was heading, or `next`), "not
//! now" is the quick exit.

use super::{Behaviour, Body, Draw, Extra, NodeIx, Shape};
use crate::dialogue::{callback::Press, ui};

#[derive(Debug)]
pub struct SafetyCheck {
    pub next: NodeIx,
}

impl Behaviour for SafetyCheck {
    fn targets(&self) -> Vec<NodeIx> {
        vec![self.next]
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        body.keyboard.push(vec![cx.button(cx.t(ui::SAFETY_YES, None), &Press::Safe)]);
        body.keyboard.push(vec![cx.button(cx.t(ui::SAFETY_NO, None), &Press::Exit)]);
        cx.t(&cx.node.id, None)
    }

    fn shape(&self) -> Shape {
        Shape::Gate
    }
}
