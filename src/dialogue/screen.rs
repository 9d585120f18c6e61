//! A screen as the engine draws it: text, buttons and media in one language,
//! and whether it replaces the pressed message or comes as a new one. The
//! shells turn it into a Telegram message or a transcript.

use super::{Lang, Media};

/// Edit the message whose button was pressed, or send a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    Edit,
    Send,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Screen {
    pub lang: Lang,
    pub text: String,
    pub keyboard: Vec<Vec<Button>>,
    pub media: Option<Media>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Callback(String),
    Url(String),
}
