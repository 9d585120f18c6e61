//! The webinar programme as staff wrote it in `dialogues/webinars.toml`,
//! checked by the loader: plain data the shells read. Which webinars are
//! still to come depends on the time, so every question about it takes
//! `now` as an argument (the core reads no clock).

use super::{Lang, Location};

/// What a webinar is about. Violence-topic webinars are sensitive: reached
/// through the safety check, and never named in a reminder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Services,
    Violence,
}

impl Topic {
    pub fn is_sensitive(self) -> bool {
        self == Topic::Violence
    }
}

/// How to join.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Join {
    /// A link to the meeting.
    Link(String),
    /// A Telegram live stream in this bot's channel or chat.
    InBot,
    /// Not announced yet.
    Later,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Webinar {
    /// Staff-facing id: `/start webinar-<id>`, and its texts `webinar-<id>`.
    pub id: String,
    /// Unix seconds.
    pub start: i64,
    pub minutes: u32,
    /// The languages it is held in, in the order staff listed them.
    pub langs: Vec<Lang>,
    pub topic: Topic,
    pub join: Join,
    pub register: Option<String>,
    pub recording: Option<String>,
    pub origin: Location,
}

impl Webinar {
    pub fn end(&self) -> i64 {
        self.start + i64::from(self.minutes) * 60
    }

    /// Still to come or going on at `now`.
    pub fn is_upcoming(&self, now: i64) -> bool {
        self.end() > now
    }

    /// Held in `lang`, or in the language `lang` is a script of (a webinar
    /// in `uz` is held in `uz-Cyrl` too).
    pub fn is_held_in(&self, lang: &Lang) -> bool {
        let base = lang.code().split('-').next().unwrap_or_default();
        self.langs.iter().any(|l| l == lang || l.code() == base)
    }

    /// Its title's Fluent id; the description is its `.about` attribute.
    pub fn text_id(&self) -> String {
        text_id(&self.id)
    }
}

/// The Fluent id of a webinar's title.
pub fn text_id(id: &str) -> String {
    format!("webinar-{id}")
}

/// The attribute holding a webinar's description.
pub const ABOUT: &str = "about";

/// The deep-link payload for a webinar: `/start webinar-<id>`.
pub fn deep_link(id: &str) -> String {
    format!("webinar-{id}")
}

/// The programme, ordered by start time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    /// What people see, by start time.
    pub webinars: Vec<Webinar>,
    /// Checked like the others but shown to nobody (`draft = true`): the
    /// examples staff copy, or a webinar not yet confirmed.
    pub drafts: Vec<Webinar>,
}

impl Schedule {
    pub fn find(&self, id: &str) -> Option<&Webinar> {
        self.webinars.iter().find(|w| w.id == id)
    }

    /// Webinars still to come on `topic`-sensitivity `sensitive`: those held
    /// in `lang` first, then the others, each group by start time.
    pub fn upcoming(&self, now: i64, lang: &Lang, sensitive: bool) -> Vec<&Webinar> {
        let mut list: Vec<&Webinar> =
            self.webinars.iter().filter(|w| w.is_upcoming(now) && w.topic.is_sensitive() == sensitive).collect();
        list.sort_by_key(|w| (!w.is_held_in(lang), w.start));
        list
    }

    /// Past webinars with a recording, newest first.
    pub fn recordings(&self, now: i64, sensitive: bool) -> Vec<&Webinar> {
        let mut list: Vec<&Webinar> = self
            .webinars
            .iter()
            .filter(|w| !w.is_upcoming(now) && w.recording.is_some() && w.topic.is_sensitive() == sensitive)
            .collect();
        list.sort_by_key(|w| std::cmp::Reverse(w.start));
        list
    }
}

/// The texts of the webinar screens and messages, with the variables the
/// shell gives each. Required in every language once the content has
/// webinars or a `webinars` screen.
pub mod texts {
    /// "today, 15:00". Variables: `$time`.
    pub const WHEN_TODAY: &str = "webinar-when-today";
    /// "tomorrow, 15:00". Variables: `$time`.
    pub const WHEN_TOMORROW: &str = "webinar-when-tomorrow";
    /// "15 December, 15:00". Variables: `$day`, `$month` (1–12), `$time`.
    pub const WHEN_DATE: &str = "webinar-when-date";
    pub const UPCOMING: &str = "webinar-upcoming";
    pub const NONE: &str = "webinar-none";
    pub const RECORDINGS: &str = "webinar-recordings";
    /// Variables: `$minutes`.
    pub const DURATION: &str = "webinar-duration";
    /// Before the list of its languages.
    pub const LANGUAGES: &str = "webinar-languages";
    pub const JOIN: &str = "webinar-join";
    pub const JOIN_IN_BOT: &str = "webinar-join-in-bot";
    pub const JOIN_LATER: &str = "webinar-join-later";
    pub const REGISTER: &str = "webinar-register";
    pub const RECORDING: &str = "webinar-recording";
    pub const CALENDAR: &str = "webinar-calendar";
    pub const REMIND: &str = "webinar-remind";
    pub const REMINDING: &str = "webinar-reminding";
    pub const STOP: &str = "webinar-stop";
    pub const STOPPED: &str = "webinar-stopped";
    /// A reminder that may name its webinar. Variables: `$title`, `$when`.
    pub const REMINDER_NAMED: &str = "webinar-reminder-named";
    /// A reminder that names nothing. Variables: `$when`.
    pub const REMINDER: &str = "webinar-reminder";
    pub const MORE: &str = "webinar-more";
    /// After the webinar, to those who asked for a reminder.
    pub const AFTER: &str = "webinar-after";
    pub const NOT_FOUND: &str = "webinar-not-found";
    /// Only "Webinar": the calendar entry of a violence-topic webinar.
    pub const NEUTRAL: &str = "webinar-neutral";
    pub const SUBSCRIBE: &str = "webinar-subscribe";
    pub const UNSUBSCRIBE: &str = "webinar-unsubscribe";
    pub const SUBSCRIBED: &str = "webinar-subscribed";
    pub const UNSUBSCRIBED: &str = "webinar-unsubscribed";
    /// Near the end of a year of news: keep them? (A subscription ends
    /// after 12 months unless she renews it.)
    pub const RENEW: &str = "webinar-renew";
    pub const RENEW_YES: &str = "webinar-renew-yes";
    /// An announcement of a webinar. Variables: `$title`, `$when`.
    pub const NEW_NAMED: &str = "webinar-new-named";
    /// An announcement of a violence-topic webinar: no topic. Variables: `$when`.
    pub const NEW: &str = "webinar-new";
    /// The coordinators' `/announce`, and what it answers.
    pub const CMD_ANNOUNCE: &str = "webinar-cmd-announce";
    pub const ADMIN_USAGE: &str = "webinar-admin-usage";
    pub const ADMIN_PREVIEW: &str = "webinar-admin-preview";
    pub const ADMIN_CONFIRM: &str = "webinar-admin-confirm";
    pub const ADMIN_SEND: &str = "webinar-admin-send";
    pub const ADMIN_DRY: &str = "webinar-admin-dry";
    pub const ADMIN_CANCEL: &str = "webinar-admin-cancel";
    pub const ADMIN_DRY_RESULT: &str = "webinar-admin-dry-result";
    pub const ADMIN_CANCELLED: &str = "webinar-admin-cancelled";
    pub const ADMIN_PROGRESS: &str = "webinar-admin-progress";
    pub const ADMIN_REPORT: &str = "webinar-admin-report";
    /// The heading of the webinar figures in `/stats`.
    pub const ADMIN_STATS: &str = "webinar-admin-stats";

    pub const ALL: &[(&str, &[&str])] = &[
        (WHEN_TODAY, &["time"]),
        (WHEN_TOMORROW, &["time"]),
        (WHEN_DATE, &["day", "month", "time"]),
        (UPCOMING, &[]),
        (NONE, &[]),
        (RECORDINGS, &[]),
        (DURATION, &["minutes"]),
        (LANGUAGES, &[]),
        (JOIN, &[]),
        (JOIN_IN_BOT, &[]),
        (JOIN_LATER, &[]),
        (REGISTER, &[]),
        (RECORDING, &[]),
        (CALENDAR, &[]),
        (REMIND, &[]),
        (REMINDING, &[]),
        (STOP, &[]),
        (STOPPED, &[]),
        (REMINDER_NAMED, &["title", "when"]),
        (REMINDER, &["when"]),
        (MORE, &[]),
        (AFTER, &[]),
        (NOT_FOUND, &[]),
        (NEUTRAL, &[]),
        (SUBSCRIBE, &[]),
        (UNSUBSCRIBE, &[]),
        (SUBSCRIBED, &[]),
        (UNSUBSCRIBED, &[]),
        (RENEW, &[]),
        (RENEW_YES, &[]),
        (NEW_NAMED, &["title", "when"]),
        (NEW, &["when"]),
        (CMD_ANNOUNCE, &[]),
        (ADMIN_USAGE, &["count"]),
        (ADMIN_PREVIEW, &["lang"]),
        (ADMIN_CONFIRM, &["count", "langs"]),
        (ADMIN_SEND, &[]),
        (ADMIN_DRY, &[]),
        (ADMIN_CANCEL, &[]),
        (ADMIN_DRY_RESULT, &["count", "langs"]),
        (ADMIN_CANCELLED, &[]),
        (ADMIN_PROGRESS, &["sent", "total"]),
        (ADMIN_REPORT, &["delivered", "blocked", "failed"]),
        (ADMIN_STATS, &[]),
    ];
}

/// The feedback topic of one webinar, so ratings can be reported per
/// webinar: `webinar-<id>`, within a button's 64 bytes (ids are short).
pub fn feedback_topic(id: &str) -> String {
    format!("{TOPIC_PREFIX}{id}")
}

/// The webinar a feedback topic is about, if it is one.
pub fn of_feedback_topic(topic: &str) -> Option<&str> {
    topic.strip_prefix(TOPIC_PREFIX)
}

const TOPIC_PREFIX: &str = "webinar-";

/// The screen listing webinars, and its sensitive twin behind the safety check.
pub const NODE: &str = "webinars";
pub const SENSITIVE_NODE: &str = "webinars-violence";

#[cfg(test)]
mod tests {
    use super::*;

    fn webinar(id: &str, start: i64, lang: &str, topic: Topic, recording: bool) -> Webinar {
        Webinar {
            id: id.into(),
            start,
            minutes: 60,
            langs: vec![Lang::new(lang)],
            topic,
            join: Join::Later,
            register: None,
            recording: recording.then(|| "https://example.org/r".into()),
            origin: Location::file("dialogues/webinars.toml"),
        }
    }

    #[test]
    fn her_language_first_and_past_ones_become_recordings() {
        let schedule = Schedule {
            webinars: vec![
                webinar("a", 1000, "ru", Topic::Services, true),
                webinar("b", 9000, "ru", Topic::Services, false),
                webinar("c", 20_000, "ky", Topic::Services, false),
                webinar("d", 30_000, "ky", Topic::Violence, false),
            ],
            drafts: vec![],
        };
        let ky = Lang::new("ky");
        let ids = |list: Vec<&Webinar>| list.into_iter().map(|w| w.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(schedule.upcoming(5000, &ky, false)), ["c", "b"]);
        assert_eq!(ids(schedule.upcoming(5000, &ky, true)), ["d"]);
        // `a` ended at 4600: a recording now; still going on at 4000.
        assert_eq!(ids(schedule.recordings(5000, false)), ["a"]);
        assert!(schedule.recordings(4000, false).is_empty());
        assert_eq!(ids(schedule.upcoming(4000, &ky, false)), ["c", "a", "b"]);
    }

    #[test]
    fn a_script_of_a_language_is_held_in_it() {
        let uz = webinar("u", 1000, "uz", Topic::Services, false);
        assert!(uz.is_held_in(&Lang::new("uz-Cyrl")));
        assert!(uz.is_held_in(&Lang::new("uz")));
        assert!(!uz.is_held_in(&Lang::new("ru")));
        assert!(!webinar("k", 1000, "ky", Topic::Services, false).is_held_in(&Lang::new("uz-Cyrl")));
    }
}
