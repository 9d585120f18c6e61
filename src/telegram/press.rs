//! One decoder of button data into a typed press. The routing table
//! ([`super::schema`]) routes on it, as it routes commands: a consultation
//! button to `consult.rs`, an announcement button to `announce.rs`,
//! everything else to the dialogue's turn (where webinar buttons are taken
//! before the engine, as webinar deep links are).
//!
//! Every press was answered at intake already, whatever route it takes.

use teloxide::types::{CallbackQuery, ChatId, MaybeInaccessibleMessage, MessageId};

use super::{announce::APress, webinar_text::WPress};

/// What a button press asks for, by the prefix of its data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pressed {
    /// `kq:…`: a consultation button (its verb and question are read by `consult.rs`).
    Consult(String),
    /// `wa:…`: an announcement button; only a coordinator's chat shows them.
    Announce(APress),
    /// `w:…`: a webinar button.
    Webinar(WPress),
    /// The engine's own, or a stale, forged or unknown one (the engine
    /// answers those with the current screen).
    Engine,
}

impl Pressed {
    pub fn decode(data: &str) -> Self {
        if data.starts_with("kq:") {
            Pressed::Consult(data.to_owned())
        } else if let Some(press) = APress::decode(data) {
            Pressed::Announce(press)
        } else if let Some(press) = WPress::decode(data) {
            Pressed::Webinar(press)
        } else {
            Pressed::Engine
        }
    }
}

/// A press in a private chat, with where it was made.
#[derive(Clone, Debug)]
pub struct Press {
    pub chat: ChatId,
    /// The message whose button was pressed (`None` when it is older than
    /// 48 hours and can no longer be edited).
    pub on: Option<MessageId>,
    /// The raw data, for the turn.
    pub data: String,
    /// Her Telegram's language.
    pub hint: Option<String>,
    pub what: Pressed,
}

/// The press in `q`, or `None` for one outside a private chat or on a
/// message the bot cannot see: there is nothing to do for those.
pub fn decode(q: CallbackQuery) -> Option<Press> {
    let message = q.message.as_ref()?;
    if !message.chat().is_private() {
        return None;
    }
    let on = match message {
        MaybeInaccessibleMessage::Regular(m) => Some(m.id),
        MaybeInaccessibleMessage::Inaccessible(_) => None,
    };
    let data = q.data.clone().unwrap_or_default();
    let what = Pressed::decode(&data);
    Some(Press { chat: message.chat().id, on, data, hint: q.from.language_code.clone(), what })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_prefix_has_its_route() {
        assert_eq!(Pressed::decode("kq:r:12"), Pressed::Consult("kq:r:12".into()));
        assert_eq!(Pressed::decode("wa:s:3"), Pressed::Announce(APress::Send(3)));
        assert_eq!(Pressed::decode("w:s"), Pressed::Webinar(WPress::Stop));
        assert_eq!(Pressed::decode("a87c:g:main:0"), Pressed::Engine);
        assert_eq!(Pressed::decode("not-ours"), Pressed::Engine);
    }
}
