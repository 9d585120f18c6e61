//! `self-check`: a short yes/no self-check (danger signs). The answers live
//! only in the buttons' callback data and are never stored; the result shown
//! at the end is `<id>-result-alert` (at least `alert_at` yes) or
//! `<id>-result-calm`, with `buttons` onwards.

use super::{Behaviour, Body, Draw, Extra, Graph, NodeIx, Quiz, Shape};
use crate::dialogue::{callback::Press, ids};

#[derive(Debug)]
pub struct SelfCheck {
    pub questions: Vec<String>,
    pub alert_at: usize,
    pub buttons: Vec<NodeIx>,
}

impl Behaviour for SelfCheck {
    fn targets(&self) -> Vec<NodeIx> {
        self.buttons.clone()
    }

    fn pages(&self, _graph: &Graph) -> usize {
        self.questions.len()
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, extra: &Extra<'_>) -> String {
        let (id, questions) = (&cx.node.id, &self.questions);
        // Without the press that carries the answers (a redraw, a restart)
        // the check starts again from question 1.
        let Quiz { answered, score } = extra.quiz.unwrap_or_default();
        if answered >= questions.len() {
            body.keyboard.extend(self.buttons.iter().map(|&b| vec![cx.button_to(b)]));
            return cx.t(&ids::self_check_result(id, score >= self.alert_at), None);
        }
        let answer =
            |yes: bool| Press::Answer { node: id.clone(), answered: answered + 1, score: score + usize::from(yes) };
        body.keyboard.push(vec![
            cx.button(cx.t(id, Some(ids::YES)), &answer(true)),
            cx.button(cx.t(id, Some(ids::NO)), &answer(false)),
        ]);
        let question = cx.t(&ids::part(id, &questions[answered]), None);
        format!("{}\n{}\n\n{question}", cx.t(id, None), cx.progress(answered + 1, questions.len()))
    }

    /// Its pages depend on the answers: every question, and both results.
    fn checked_pages(&self, _pages: usize) -> Vec<Option<Quiz>> {
        let n = self.questions.len();
        let quiz = |answered, score| Some(Quiz { answered, score });
        (0..n).map(|q| quiz(q, 0)).chain([quiz(n, 0), quiz(n, self.alert_at)]).collect()
    }

    fn shape(&self) -> Shape {
        Shape::SelfCheck
    }
}
