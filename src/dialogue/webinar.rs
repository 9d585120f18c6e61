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
    use crate::dialogue::ids::text_ids;

    text_ids! {
        /// Every webinar text and the variables it takes.
        pub const ALL;
        /// "today, 15:00". Variables: `$time`.
        WHEN_TODAY = "webinar-when-today" (time);
        /// "tomorrow, 15:00". Variables: `$time`.
        WHEN_TOMORROW = "webinar-when-tomorrow" (time);
        /// "15 December, 15:00". Variables: `$day`, `$month` (1–12), `$time`.
        WHEN_DATE = "webinar-when-date" (day, month, time);
        UPCOMING = "webinar-upcoming";
        NONE = "webinar-none";
        RECORDINGS = "webinar-recordings";
        /// Variables: `$minutes`.
        DURATION = "webinar-duration" (minutes);
        /// Before the list of its languages.
        LANGUAGES = "webinar-languages";
        JOIN = "webinar-join";
        JOIN_IN_BOT = "webinar-join-in-bot";
        JOIN_LATER = "webinar-join-later";
        REGISTER = "webinar-register";
        RECORDING = "webinar-recording";
        CALENDAR = "webinar-calendar";
        REMIND = "webinar-remind";
        REMINDING = "webinar-reminding";
        STOP = "webinar-stop";
        STOPPED = "webinar-stopped";
        /// A reminder that may name its webinar. Variables: `$title`, `$when`.
        REMINDER_NAMED = "webinar-reminder-named" (title, when);
        /// A reminder that names nothing. Variables: `$when`.
        REMINDER = "webinar-reminder" (when);
        MORE = "webinar-more";
        /// After the webinar, to those who asked for a reminder.
        AFTER = "webinar-after";
        NOT_FOUND = "webinar-not-found";
        /// Only "Webinar": the calendar entry of a violence-topic webinar.
        NEUTRAL = "webinar-neutral";
        SUBSCRIBE = "webinar-subscribe";
        UNSUBSCRIBE = "webinar-unsubscribe";
        SUBSCRIBED = "webinar-subscribed";
        UNSUBSCRIBED = "webinar-unsubscribed";
        /// An announcement of a webinar. Variables: `$title`, `$when`.
        NEW_NAMED = "webinar-new-named" (title, when);
        /// An announcement of a violence-topic webinar: no topic. Variables: `$when`.
        NEW = "webinar-new" (when);
        /// The coordinators' `/announce`, and what it answers.
        CMD_ANNOUNCE = "webinar-cmd-announce";
        ADMIN_USAGE = "webinar-admin-usage" (count);
        ADMIN_PREVIEW = "webinar-admin-preview" (lang);
        ADMIN_CONFIRM = "webinar-admin-confirm" (count, langs);
        ADMIN_SEND = "webinar-admin-send";
        ADMIN_DRY = "webinar-admin-dry";
        ADMIN_CANCEL = "webinar-admin-cancel";
        ADMIN_DRY_RESULT = "webinar-admin-dry-result" (count, langs);
        ADMIN_CANCELLED = "webinar-admin-cancelled";
        ADMIN_PROGRESS = "webinar-admin-progress" (sent, total);
        ADMIN_REPORT = "webinar-admin-report" (delivered, blocked, failed);
        /// The heading of the webinar figures in `/stats`.
        ADMIN_STATS = "webinar-admin-stats";
    }
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
