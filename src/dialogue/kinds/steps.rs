//! `steps`: an ordered guide shown one step at a time. Each step's text is
//! the message `<node id>-<step name>`; the last step offers `next`, the
//! feedback form's question when there is a form (not on sensitive guides),
//! and "Ask a specialist" when there is a `consult` screen.

use super::{Behaviour, Body, Draw, Extra, Graph, NodeIx, Shape};
use crate::dialogue::{callback::Press, ids, screen::Button, staff_text::Msg, state::Position, ui};

#[derive(Debug)]
pub struct Steps {
    pub steps: Vec<String>,
    pub next: Option<NodeIx>,
}

impl Behaviour for Steps {
    fn targets(&self) -> Vec<NodeIx> {
        self.next.into_iter().collect()
    }

    fn pages(&self, _graph: &Graph) -> usize {
        self.steps.len()
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        let (node, steps) = (cx.node, &self.steps);
        let page = cx.page.min(steps.len() - 1);
        let mut row = vec![];
        if page > 0 {
            body.back = Some(Position::new(node.id.clone(), page - 1));
        }
        if let Some(b) = body.back.take() {
            row.push(Button { label: cx.t(ui::BACK, None), action: cx.go(&b.node, b.page) });
        }
        if page + 1 < steps.len() {
            row.push(Button { label: cx.t(ui::NEXT, None), action: cx.go(&node.id, page + 1) });
        } else if let Some(n) = self.next {
            row.push(cx.button_to(n));
        }
        body.keyboard.push(row);
        // "Was this helpful?" closes every guide when there is a feedback
        // form, except sensitive ones: a record that she rated a violence
        // guide, kept for years, is itself a risk to her.
        let graph = &cx.content.graph;
        if page + 1 == steps.len()
            && !node.sensitive
            && let Some(form) = graph.feedback()
        {
            let label = cx.t(&graph.node(form).id, Some(ids::BUTTON));
            body.keyboard.push(vec![cx.button(label, &Press::Ask { topic: node.id.clone() })]);
        }
        // A person to ask, for when the guide was not enough.
        if page + 1 == steps.len()
            && let Some(consult) = graph.consult()
            && self.next != Some(consult)
        {
            body.keyboard.push(vec![cx.button_to(consult)]);
        }
        let text = cx.t(&ids::part(&node.id, &steps[page]), None);
        format!("{}\n{}\n\n{text}", cx.t(&node.id, None), cx.progress(page + 1, steps.len()))
    }

    fn page_name(&self, _graph: &Graph, id: &str, page: usize, pages: usize) -> Msg {
        if pages > 1 {
            crate::staff_msg!("check-page-step", step = page + 1, id = id)
        } else {
            crate::staff_msg!("check-page-node", id = id)
        }
    }

    fn shape(&self) -> Shape {
        Shape::Steps
    }
}
