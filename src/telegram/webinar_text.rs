//! What the webinar screens and announcements share: the data of webinar
//! buttons (`w:<verb>:<args>`, which the engine's codec never produces) and
//! a start time written the way people write it in her language.

use fluent_bundle::FluentArgs;

use crate::{
    clock,
    dialogue::{Content, Lang, webinar::texts},
};

/// A press on a webinar button: `w:<verb>:<args>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WPress {
    /// A webinar's own screen.
    Show(String),
    /// Its `.ics` file.
    Calendar(String),
    /// "Remind me".
    Remind(String),
    /// "Stop reminders": all of hers.
    Stop,
    /// "Tell me about new webinars" (true) or stop that (false).
    News(bool),
}

impl WPress {
    pub fn encode(&self) -> String {
        match self {
            WPress::Show(id) => format!("w:d:{id}"),
            WPress::Calendar(id) => format!("w:i:{id}"),
            WPress::Remind(id) => format!("w:r:{id}"),
            WPress::Stop => "w:s".to_owned(),
            WPress::News(on) => format!("w:n:{}", u8::from(*on)),
        }
    }

    pub fn decode(data: &str) -> Option<Self> {
        let mut parts = data.split(':');
        if parts.next()? != "w" {
            return None;
        }
        let press = match (parts.next()?, parts.next()) {
            ("d", Some(id)) => WPress::Show(id.to_owned()),
            ("i", Some(id)) => WPress::Calendar(id.to_owned()),
            ("r", Some(id)) => WPress::Remind(id.to_owned()),
            ("s", None) => WPress::Stop,
            ("n", Some("1")) => WPress::News(true),
            ("n", Some("0")) => WPress::News(false),
            _ => return None,
        };
        parts.next().is_none().then_some(press)
    }
}

/// When a webinar starts, as people write it in her language: "today at
/// 15:00", "tomorrow at 15:00", "16 December at 15:00" (Bishkek time).
pub fn when(content: &Content, lang: &Lang, start: i64, now: i64) -> String {
    let at = clock::local(start);
    let today = clock::local(now).date();
    let mut args = FluentArgs::new();
    args.set("time", format!("{:02}:{:02}", at.hour(), at.minute()));
    let id = if at.date() == today {
        texts::WHEN_TODAY
    } else if today.next_day() == Some(at.date()) {
        texts::WHEN_TOMORROW
    } else {
        args.set("day", at.day());
        args.set("month", u8::from(at.month()));
        texts::WHEN_DATE
    };
    content.locales.text(lang, id, None, Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presses_round_trip_and_stay_apart_from_the_engine() {
        for p in [
            WPress::Show("portal-basics".into()),
            WPress::Calendar("a".into()),
            WPress::Remind("a".into()),
            WPress::Stop,
            WPress::News(true),
            WPress::News(false),
        ] {
            assert_eq!(WPress::decode(&p.encode()), Some(p));
        }
        assert_eq!(WPress::decode("ab12:g:main"), None);
        assert_eq!(WPress::decode("w:n:2"), None);
        assert_eq!(WPress::decode("w:d:a:b"), None);
    }
}
