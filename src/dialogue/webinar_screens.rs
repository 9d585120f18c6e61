//! The webinar screens every shell shows: the programme under "📅 Webinars"
//! (upcoming ones, recordings, the news toggle), a webinar's own screen, the
//! "reminders stopped" screen, and the pointer to the next webinar at the
//! end of a guide. Which webinars are still to come depends on the time, so
//! each takes `now` from the shell (the core reads no clock); whether she
//! asked for news or a reminder is the shell's to know, and passed in too.
//!
//! Webinar buttons carry `w:<verb>:<args>` data ([`WPress`]), which the
//! engine's codec never produces: the Telegram shell takes those presses
//! before the engine, and the practice shells (`kadam simulate`, the
//! preview) answer them with [`practice`], which stores nothing.

use fluent_bundle::FluentArgs;
use time::{OffsetDateTime, UtcOffset, macros::offset};

use super::{
    Content, Kind, Lang,
    callback::{self, Press},
    engine::{Action, Button, Input, Screen, State},
    graph, ui,
    webinar::{self, Join, Webinar, texts},
};

/// Bishkek's offset: UTC+6 all year (Kyrgyzstan has no daylight saving).
pub const BISHKEK: UtcOffset = offset!(+6);

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

    /// The webinar press a button or a deep link (`/start webinar-<id>`) means.
    pub fn of_input(input: &Input) -> Option<Self> {
        match input {
            Input::Press(data) => WPress::decode(data),
            Input::Command { name, arg: Some(arg) } if name == "start" => {
                arg.strip_prefix("webinar-").map(|id| WPress::Show(id.to_owned()))
            }
            _ => None,
        }
    }
}

/// When a webinar starts, as people write it in her language: "today at
/// 15:00", "tomorrow at 15:00", "16 December at 15:00" (Bishkek time).
pub fn when(content: &Content, lang: &Lang, start: i64, now: i64) -> String {
    let local =
        |unix: i64| OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(BISHKEK);
    let at = local(start);
    let today = local(now).date();
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

fn button(label: String, press: &WPress) -> Button {
    Button { label, action: Action::Callback(press.encode()) }
}

fn go(content: &Content, lang: &Lang, label: &str, node: &str) -> Button {
    let press = Press::Go { node: node.to_owned(), page: 0 };
    Button {
        label: content.locales.text(lang, label, None, None),
        action: Action::Callback(callback::encode(&content.fingerprint, &press)),
    }
}

/// A webinar's title in `lang`.
pub fn title(content: &Content, lang: &Lang, w: &Webinar) -> String {
    content.locales.text(lang, &w.text_id(), None, None)
}

/// Adds what depends on the time to the screen the engine just drew: the
/// programme on a `webinars` (or `webinars-violence`) screen, the next
/// webinar at the last step of a guide. `subscribed`: whether she asked for
/// news of new webinars. Other screens pass through.
pub fn dress(content: &Content, state: &State, screen: &mut Screen, now: i64, subscribed: bool) {
    if is_list(state) {
        list(content, state, screen, now, subscribed);
    } else {
        related(content, state, screen, now);
    }
}

/// Whether `state` is at a webinars list (the shell then looks up `subscribed`).
pub fn is_list(state: &State) -> bool {
    let node = state.at.as_ref().map(|at| at.node.as_str());
    matches!(node, Some(webinar::NODE | webinar::SENSITIVE_NODE))
}

/// Adds the webinars to the engine's `webinars` (or `webinars-violence`)
/// screen: upcoming ones (her language first) as text and buttons, the
/// recordings of past ones, and the news toggle. Other screens pass through.
pub fn list(content: &Content, state: &State, screen: &mut Screen, now: i64, subscribed: bool) {
    let Some(at) = &state.at else { return };
    let sensitive = match at.node.as_str() {
        webinar::NODE => false,
        webinar::SENSITIVE_NODE => true,
        _ => return,
    };
    let lang = screen.lang.clone();
    let t = |id: &str| content.locales.text(&lang, id, None, None);
    let upcoming = content.webinars.upcoming(now, &lang, sensitive);
    let mut text = String::new();
    let mut rows = vec![];
    if upcoming.is_empty() {
        text.push_str(&t(texts::NONE));
    } else {
        text.push_str(&t(texts::UPCOMING));
        for w in &upcoming {
            let line = format!("📅 {} — {}", when(content, &lang, w.start, now), title(content, &lang, w));
            text.push_str(&format!("\n{line}"));
            rows.push(vec![button(line, &WPress::Show(w.id.clone()))]);
        }
    }
    let recordings = content.webinars.recordings(now, sensitive);
    if !recordings.is_empty() {
        text.push_str(&format!("\n\n{}", t(texts::RECORDINGS)));
        for w in recordings {
            let url = w.recording.clone().unwrap_or_default();
            rows.push(vec![Button { label: format!("🎞 {}", title(content, &lang, w)), action: Action::Url(url) }]);
        }
    }
    if !sensitive {
        if subscribed {
            text.push_str(&format!("\n\n{}", t(texts::SUBSCRIBED)));
        }
        let toggle = if subscribed { texts::UNSUBSCRIBE } else { texts::SUBSCRIBE };
        rows.push(vec![button(t(toggle), &WPress::News(!subscribed))]);
    }
    screen.text = format!("{}\n\n{text}", screen.text);
    rows.append(&mut screen.keyboard);
    screen.keyboard = rows;
}

/// A webinar's own screen, with `note` (e.g. "I will remind you") on top.
/// `reminded`: whether she asked for its reminders.
pub fn detail(content: &Content, lang: &Lang, w: &Webinar, now: i64, reminded: bool, note: Option<&str>) -> Screen {
    let t = |id: &str| content.locales.text(lang, id, None, None);
    let mut args = FluentArgs::new();
    args.set("minutes", w.minutes);
    let langs: Vec<String> = w.langs.iter().map(|l| content.locales.text(l, ui::LANGUAGE_NAME, None, None)).collect();
    let mut text = note.map(|n| format!("{}\n\n", t(n))).unwrap_or_default();
    text.push_str(&format!(
        "{}\n📅 {} ({})\n🗣 {} {}\n\n{}",
        title(content, lang, w),
        when(content, lang, w.start, now),
        content.locales.text(lang, texts::DURATION, None, Some(&args)),
        t(texts::LANGUAGES),
        langs.join(", "),
        content.locales.text(lang, &w.text_id(), Some(webinar::ABOUT), None),
    ));
    let mut rows = vec![];
    if w.is_upcoming(now) {
        match &w.join {
            Join::Link(url) => rows.push(vec![Button { label: t(texts::JOIN), action: Action::Url(url.clone()) }]),
            Join::InBot => text.push_str(&format!("\n\n{}", t(texts::JOIN_IN_BOT))),
            Join::Later => text.push_str(&format!("\n\n{}", t(texts::JOIN_LATER))),
        }
        if let Some(url) = &w.register {
            rows.push(vec![Button { label: t(texts::REGISTER), action: Action::Url(url.clone()) }]);
        }
        rows.push(vec![button(t(texts::CALENDAR), &WPress::Calendar(w.id.clone()))]);
        rows.push(vec![if reminded {
            button(t(texts::STOP), &WPress::Stop)
        } else {
            button(t(texts::REMIND), &WPress::Remind(w.id.clone()))
        }]);
    } else if let Some(url) = &w.recording {
        rows.push(vec![Button { label: t(texts::RECORDING), action: Action::Url(url.clone()) }]);
    }
    let list = if w.topic.is_sensitive() { webinar::SENSITIVE_NODE } else { webinar::NODE };
    rows.push(vec![go(content, lang, ui::BACK, list), go(content, lang, ui::MAIN_MENU, graph::MAIN)]);
    if w.topic.is_sensitive() {
        let exit = callback::encode(&content.fingerprint, &Press::Exit);
        rows.push(vec![Button { label: t(ui::QUICK_EXIT), action: Action::Callback(exit) }]);
    }
    Screen { lang: lang.clone(), text, keyboard: rows, media: None }
}

/// After "stop reminders": the way back to the programme and the main menu.
pub fn stopped(content: &Content, lang: &Lang) -> Screen {
    let rows = vec![vec![
        Button {
            label: content.locales.text(lang, webinar::NODE, Some("button"), None),
            action: go(content, lang, ui::BACK, webinar::NODE).action,
        },
        go(content, lang, ui::MAIN_MENU, graph::MAIN),
    ]];
    let text = content.locales.text(lang, texts::STOPPED, None, None);
    Screen { lang: lang.clone(), text, keyboard: rows, media: None }
}

/// At the last step of a guide, the next webinar on its side of the bot in
/// her language, if one is coming: violence webinars after a violence guide
/// (she has passed the same safety check), services webinars after the
/// others. Placed above Back and Main menu, which stay last.
pub fn related(content: &Content, state: &State, screen: &mut Screen, now: i64) {
    let graph = &content.graph;
    let Some((at, ix)) = state.at.as_ref().and_then(|at| Some((at, graph.find(&at.node)?))) else { return };
    let node = graph.node(ix);
    if !matches!(node.kind, Kind::Steps(_)) || at.page + 1 != graph.pages(ix) {
        return;
    }
    let lang = screen.lang.clone();
    let upcoming = content.webinars.upcoming(now, &lang, node.sensitive);
    let Some(w) = upcoming.into_iter().find(|w| w.is_held_in(&lang)) else { return };
    let label = format!("📅 {} — {}", when(content, &lang, w.start, now), title(content, &lang, w));
    let row = screen.keyboard.len().saturating_sub(1);
    screen.keyboard.insert(row, vec![button(label, &WPress::Show(w.id.clone()))]);
}

/// How a practice shell answers a webinar press.
#[derive(Clone, Debug, PartialEq)]
pub enum Practice {
    /// Show this screen; the state stays as it was.
    Show(Screen),
    /// Let the engine take this input instead (the list, or the safety
    /// check in front of a violence-topic webinar).
    Engine(Input),
}

/// A webinar press or deep link in a shell that keeps nothing (`kadam
/// simulate`, the preview): the same screens as in the bot, with nothing
/// stored, no reminder set and no file sent. `None`: not a webinar press.
pub fn practice(content: &Content, state: &State, input: &Input, now: i64) -> Option<Practice> {
    let press = WPress::of_input(input)?;
    let to_list = |node: &str| Practice::Engine(Input::Command { name: "start".into(), arg: Some(node.to_owned()) });
    let Some(lang) = state.lang.clone() else { return Some(to_list(webinar::NODE)) };
    let found = match &press {
        WPress::Show(id) | WPress::Calendar(id) | WPress::Remind(id) => match content.webinars.find(id) {
            Some(w) => Some(w),
            None => return Some(to_list(webinar::NODE)),
        },
        WPress::Stop | WPress::News(_) => None,
    };
    if let Some(w) = found
        && w.topic.is_sensitive()
        && !state.safe
    {
        return Some(Practice::Engine(Input::Command { name: webinar::SENSITIVE_NODE.into(), arg: None }));
    }
    Some(match (press, found) {
        (WPress::Remind(_), Some(w)) => Practice::Show(detail(content, &lang, w, now, true, Some(texts::REMINDING))),
        (_, Some(w)) => Practice::Show(detail(content, &lang, w, now, false, None)),
        (WPress::Stop, None) => Practice::Show(stopped(content, &lang)),
        _ => to_list(webinar::NODE),
    })
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
