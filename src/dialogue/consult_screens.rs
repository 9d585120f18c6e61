//! Her side of a consultation as the practice shells show it (`kadam
//! simulate`, the preview): they cannot pass a question to the staff, so
//! after her question they show the confirmation the bot would send, with a
//! practice number. The Telegram shell sends the real one from
//! `telegram/consult.rs`, with the number of the question it opened.

use fluent_bundle::FluentArgs;

use super::{
    Content, Lang,
    callback::{self, Press},
    engine::{Action, Button, Screen},
    graph,
    kinds::consult as text,
    ui,
};

/// The number a practice question is shown with.
pub const PRACTICE_NUMBER: i64 = 0;

/// "Your question is received (No. …)", with the quick exit and the main
/// menu under it, as after a question in the bot.
pub fn practice_confirmation(content: &Content, lang: &Lang) -> Screen {
    let mut args = FluentArgs::new();
    args.set("number", PRACTICE_NUMBER);
    let button = |label: &str, press: &Press| Button {
        label: content.locales.text(lang, label, None, None),
        action: Action::Callback(callback::encode(&content.fingerprint, press)),
    };
    let keyboard = vec![
        vec![button(ui::QUICK_EXIT, &Press::Exit)],
        vec![button(ui::MAIN_MENU, &Press::Go { node: graph::MAIN.to_owned(), page: 0 })],
    ];
    let text = content.locales.text(lang, text::RECEIVED, None, Some(&args));
    Screen { lang: lang.clone(), text, keyboard, media: None }
}
