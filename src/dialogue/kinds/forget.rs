//! `forget`: "Delete everything about me?" with a confirm button.

use super::{Behaviour, Body, Draw, Extra, Shape};
use crate::dialogue::{callback::Press, ui};

#[derive(Debug)]
pub struct Forget;

impl Behaviour for Forget {
    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        body.keyboard.push(vec![cx.button(cx.t(ui::FORGET_YES, None), &Press::Forget)]);
        cx.t(&cx.node.id, None)
    }

    fn shape(&self) -> Shape {
        Shape::Special
    }
}
