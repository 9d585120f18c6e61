//! Renders every page of every node in every language and reports what
//! Telegram would refuse. The loader calls this once the content loads and
//! turns each [`Problem`] into a diagnostic: the check needs the renderer,
//! and the core never needs the loader.

use super::{
    CALLBACK_LIMIT, Content, Kind, Lang, Location, Node, NodeIx, TEXT_LIMIT,
    callback::{self, Press},
    directory::phone_digits,
    draw::Extra,
    render,
    screen::{Action, Button},
    staff_text::Msg,
    state::{Position, State},
};

/// Something Telegram would refuse (`error`) or a woman would struggle to
/// read (a warning), at the node it comes from. The message is the id of a
/// staff text and its values: the loader words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub error: bool,
    pub at: Location,
    pub message: Msg,
}

/// Renders every page of every node in every language and reports what
/// Telegram would refuse: texts over 4,096 characters and callback data over
/// 64 bytes. Long screens get a warning, since women read on small phones.
pub fn check_screens(content: &Content) -> Vec<Problem> {
    let mut problems = vec![];
    // The longest id a Back button can carry is that of any node.
    for (ix, node) in content.graph.nodes() {
        let longest = callback::encode(
            &content.fingerprint,
            &Press::Go { node: node.id.clone(), page: content.graph.pages(ix).saturating_sub(1) },
        );
        if longest.len() > CALLBACK_LIMIT {
            problems.push(Problem {
                error: true,
                at: node.origin.clone(),
                message: crate::staff_msg!("check-id-too-long-for-button", id = &node.id, bytes = longest.len()),
            });
        }
    }
    let mut help_lines: Vec<NodeIx> = vec![];
    for lang in content.locales.languages() {
        for (ix, node) in content.graph.nodes() {
            problems.extend(check_node(content, lang, ix, node, &mut help_lines));
        }
    }
    for ix in help_lines {
        let node = content.graph.node(ix);
        problems.push(Problem {
            error: false,
            at: node.origin.clone(),
            message: crate::staff_msg!("check-help-line-unguarded", id = &node.id),
        });
    }
    problems
}

/// Whether a screen shows a help line (a directory entry that is not
/// `everyday`) by its number or web address. Whoever reads such a screen
/// over her shoulder learns why she is here, so it needs a way out.
pub fn shows_help_line(content: &Content, text: &str) -> bool {
    let numbers = phone_digits(text);
    content.graph.directory.contacts.iter().filter(|c| !c.everyday).any(|c| {
        let by_phone = c.dialled_in(&numbers);
        let by_url = c.url.as_deref().and_then(|u| u.split("://").nth(1)).is_some_and(|rest| {
            let host = rest.split('/').next().unwrap_or(rest);
            text.contains(host.trim_start_matches("www."))
        });
        by_phone || by_url
    })
}

/// Every page of one node in one language.
fn check_node(content: &Content, lang: &Lang, ix: NodeIx, node: &Node, help_lines: &mut Vec<NodeIx>) -> Vec<Problem> {
    const LONG_SCREEN: usize = 700;
    let mut problems = vec![];
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
        let guarded = node.sensitive || node.quick_exit;
        if !guarded
            && (matches!(node.kind, Kind::Contacts(_)) || shows_help_line(content, &screen.text))
            && !help_lines.contains(&ix)
        {
            help_lines.push(ix);
        }
        let chars = screen.text.chars().count();
        let at: Location = node.origin.clone();
        let which = behaviour.page_name(&content.graph, &node.id, page, pages);
        if chars > TEXT_LIMIT {
            let message =
                crate::staff_msg!("check-screen-too-long", screen = which.clone(), lang = lang, chars = chars);
            problems.push(Problem { error: true, at, message });
        } else if chars > LONG_SCREEN {
            let message = crate::staff_msg!(
                "check-screen-long",
                screen = which.clone(),
                lang = lang,
                chars = chars,
                aim = LONG_SCREEN
            );
            problems.push(Problem { error: false, at, message });
        }
        for button in screen.keyboard.iter().flatten() {
            if button.label.trim().is_empty() {
                let message = crate::staff_msg!("check-button-empty", screen = which.clone(), lang = lang);
                problems.push(Problem { error: true, at: node.origin.clone(), message });
            }
            if let Some(id) = unknown_card(content, button) {
                let message = crate::staff_msg!("check-card-unknown", screen = which.clone(), lang = lang, id = id);
                problems.push(Problem { error: true, at: node.origin.clone(), message });
            }
        }
    }
    problems
}

/// The entry a call-card button names when the directory has no number
/// for it to send: a card must only ever carry a sourced, checked number.
fn unknown_card(content: &Content, button: &Button) -> Option<String> {
    let Action::Callback(data) = &button.action else { return None };
    match callback::decode(&content.fingerprint, data) {
        Ok(Press::Call { contact }) if content.graph.directory.callable(&contact).is_none() => Some(contact),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_written_with_its_city_code_is_one_number() {
        assert_eq!(phone_digits("+996 (312) 65-10-10 или 102"), ["996312651010", "102"]);
        assert_eq!(phone_digits("27.11.2026"), ["27", "11", "2026"]);
    }

    #[test]
    fn a_card_for_a_number_not_in_the_directory_is_refused() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::dialogue::Content::load(root);
        let content = content.expect("the shipped content loads");
        let card = |id: &str| Button {
            label: "📞".into(),
            action: Action::Callback(callback::encode(&content.fingerprint, &Press::Call { contact: id.into() })),
        };
        assert_eq!(unknown_card(&content, &card("police-102")), None);
        assert_eq!(unknown_card(&content, &card("no-such-entry")), Some("no-such-entry".into()));
        // Held back until staff have called it: no card either.
        assert_eq!(unknown_card(&content, &card("violence-line-117")), Some("violence-line-117".into()));
    }
}
