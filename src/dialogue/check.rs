//! Renders every page of every node in every language and reports what
//! Telegram would refuse. The loader calls this once the content loads and
//! turns each [`Problem`] into a diagnostic: the check needs the renderer,
//! and the core never needs the loader.

use super::{
    CALLBACK_LIMIT, Content, Lang, Location, Node, NodeIx, TEXT_LIMIT,
    callback::{self, Press},
    draw::Extra,
    render,
    state::{Position, State},
};

/// Something Telegram would refuse (`error`) or a woman would struggle to
/// read (a warning), at the node it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub error: bool,
    pub at: Location,
    pub message: String,
}

/// Renders every page of every node in every language and reports what
/// Telegram would refuse: texts over 4,096 characters and callback data over
/// 64 bytes. Long screens get a warning, since women read on small phones.
pub fn check_screens(content: &Content) -> Vec<Problem> {
    let mut problems = vec![];
    let mut error = |at: Location, message: String| problems.push(Problem { error: true, at, message });
    // The longest id a Back button can carry is that of any node.
    for (ix, node) in content.graph.nodes() {
        let longest = callback::encode(
            &content.fingerprint,
            &Press::Go { node: node.id.clone(), page: content.graph.pages(ix).saturating_sub(1) },
        );
        if longest.len() > CALLBACK_LIMIT {
            error(
                node.origin.clone(),
                format!(
                    "node id `{}` is too long for a Telegram button ({} of 64 bytes); shorten it",
                    node.id,
                    longest.len()
                ),
            );
        }
    }
    for lang in content.locales.languages() {
        for (ix, node) in content.graph.nodes() {
            problems.extend(check_node(content, lang, ix, node));
        }
    }
    problems
}

/// Every page of one node in one language.
fn check_node(content: &Content, lang: &Lang, ix: NodeIx, node: &Node) -> Vec<Problem> {
    const LONG_SCREEN: usize = 700;
    let mut problems = vec![];
    let mut push = |error: bool, at: Location, message: String| problems.push(Problem { error, at, message });
    let pages = content.graph.pages(ix);
    let behaviour = node.kind.behaviour();
    let quizzes = behaviour.checked_pages(pages);
    for (page, quiz) in quizzes.into_iter().enumerate() {
        let state = State {
            lang: Some(lang.clone()),
            at: Some(Position::new(node.id.clone(), page.min(pages.saturating_sub(1)))),
            ..State::default()
        };
        let screen = render::render(content, &state, None, Extra { consent: None, quiz });
        let chars = screen.text.chars().count();
        let at: Location = node.origin.clone();
        let which = behaviour.page_name(&content.graph, &node.id, page, pages);
        if chars > TEXT_LIMIT {
            push(
                true,
                at,
                format!(
                    "the screen {which} in {lang} has {chars} characters; Telegram allows 4096: split it into steps"
                ),
            );
        } else if chars > LONG_SCREEN {
            push(
                false,
                at,
                format!(
                    "the screen {which} in {lang} has {chars} characters; aim under {LONG_SCREEN} so it fits a phone screen"
                ),
            );
        }
        for button in screen.keyboard.iter().flatten() {
            if button.label.trim().is_empty() {
                push(true, node.origin.clone(), format!("a button on {which} in {lang} has an empty label"));
            }
        }
    }
    problems
}
