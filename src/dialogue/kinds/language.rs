//! `language`: the language picker, one button per configured language.

use super::{Behaviour, Body, Draw, Extra, Shape};
use crate::dialogue::{Lang, callback::Press, ui};

#[derive(Debug)]
pub struct Language;

impl Behaviour for Language {
    fn draw(&self, cx: &Draw<'_>, body: &mut Body, hint: Option<&str>, _extra: &Extra<'_>) -> String {
        let locales = &cx.content.locales;
        let mut langs: Vec<&Lang> = locales.languages().iter().collect();
        // The hint only puts the person's likely language first.
        if let Some(hinted) = hint.and_then(|h| locales.find(h)) {
            langs.sort_by_key(|l| *l != hinted);
        }
        body.keyboard.extend(langs.iter().map(|l| {
            let label = locales.text(l, ui::LANGUAGE_NAME, None, None);
            vec![cx.button(label, &Press::Lang(l.code().to_owned()))]
        }));
        if cx.state.lang.is_none() {
            // Before a language is chosen there is nowhere to go back to.
            body.back = None;
        }
        // Everyone can read the prompt in their own language; the emergency
        // numbers need no language, so they come once, last.
        let mut lines: Vec<String> = langs.iter().map(|l| locales.text(l, &cx.node.id, None, None)).collect();
        lines.extend(
            langs
                .first()
                .filter(|l| locales.has(l, ui::LANGUAGE_SOS, None))
                .map(|l| locales.text(l, ui::LANGUAGE_SOS, None, None)),
        );
        lines.join("\n")
    }

    fn shape(&self) -> Shape {
        Shape::Special
    }
}
