//! One decoder of button data into a typed press, and of a webinar deep
//! link into the same typed webinar request. The routing table
//! ([`super::schema`]) routes on them, as it routes commands: a
//! consultation button to `consult.rs`, an announcement button to
//! `announce.rs`, a webinar button or `/start webinar-<id>` to
//! `webinars.rs`, everything else to the dialogue's turn.
//!
//! Every press was answered at intake already, whatever route it takes.

use teloxide::types::{CallbackQuery, ChatId, MaybeInaccessibleMessage, Message, MessageId};

use super::{
    announce::APress,
    command::{Command, Public},
    webinar_text::WPress,
};

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

impl Press {
    /// The webinar request of a `w:` press, for the webinar route.
    pub fn webinar(self) -> Option<WebinarAsk> {
        let Pressed::Webinar(what) = self.what else { return None };
        Some(WebinarAsk { chat: self.chat, on: self.on, hint: self.hint, what })
    }
}

/// A webinar button pressed, or a webinar's deep link followed, in a
/// private chat.
#[derive(Clone, Debug)]
pub struct WebinarAsk {
    pub chat: ChatId,
    /// The message whose button was pressed, to edit in place; `None` for a
    /// deep link (the webinar's screen comes as a new message).
    pub on: Option<MessageId>,
    /// Her Telegram's language.
    pub hint: Option<String>,
    pub what: WPress,
}

/// `/start webinar-<id>` in a private chat: the deep link a coordinator
/// shares, asking for that webinar's screen as its button would.
pub fn webinar_link(msg: Message) -> Option<WebinarAsk> {
    if !msg.chat.is_private() {
        return None;
    }
    let Ok(Command::Public { command: Public::Start, arg: Some(arg) }) = msg.text()?.parse() else { return None };
    let id = arg.strip_prefix("webinar-")?;
    let hint = msg.from.as_ref().and_then(|u| u.language_code.clone());
    Some(WebinarAsk { chat: msg.chat.id, on: None, hint, what: WPress::Show(id.to_owned()) })
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

    #[test]
    fn only_a_webinar_press_takes_the_webinar_route() {
        let press = |data: &str| Press {
            chat: ChatId(7),
            on: Some(MessageId(3)),
            data: data.into(),
            hint: Some("ru".into()),
            what: Pressed::decode(data),
        };
        let ask = press("w:d:portal-basics").webinar().expect("a webinar press");
        assert_eq!(ask.what, WPress::Show("portal-basics".into()));
        assert_eq!((ask.chat, ask.on, ask.hint.as_deref()), (ChatId(7), Some(MessageId(3)), Some("ru")));
        for other in ["kq:r:12", "wa:s:3", "a87c:g:main:0", "w:x"] {
            assert!(press(other).webinar().is_none(), "{other}");
        }
    }
}
