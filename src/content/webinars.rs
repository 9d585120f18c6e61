//! The webinar programme: `[[webinar]]` tables in `dialogues/webinars.toml`
//! (any `dialogues/*.toml` file is read, as for the directory), checked into
//! the core's [`Schedule`] with a `file:line:col` for every problem.
//!
//! Times, links and languages are data, so they live in TOML; titles and
//! descriptions are language, so they live in Fluent (`webinar-<id>` and its
//! `.about`). A start without an offset is Bishkek time.

use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};
use toml::{Spanned, value::Datetime};

use super::{
    load::context::{Catalog, Loader},
    raw::{RawWebinar, Sourced},
};
use crate::{
    clock::BISHKEK,
    dialogue::{
        Graph, Lang,
        ids::is_kebab,
        webinar::{self, Join, Schedule, Topic, Webinar, texts},
    },
    staff::Msg,
};

/// Longest webinar id: `/start webinar-<id>` must fit Telegram's 64-character
/// deep-link payload, and its buttons the 64-byte callback data.
pub const ID_LIMIT: usize = 40;
/// Longest webinar, in minutes: a typo like `duration = 6000` is caught.
const LONGEST: u32 = 8 * 60;

impl Loader {
    /// Checks and lifts the `[[webinar]]` tables, and requires the webinar
    /// screens' texts when there is anything to show them for.
    pub(super) fn build_webinars(
        &mut self,
        raw: Vec<Sourced<RawWebinar>>,
        graph: Option<&Graph>,
        catalog: &Catalog,
    ) -> Schedule {
        let mut schedule = Schedule::default();
        let screen = graph.and_then(|g| g.find(webinar::NODE).map(|ix| g.node(ix).origin.clone()));
        if let Some(at) = screen.or_else(|| raw.first().map(|w| w.at(w.raw.id.span().start))) {
            for (id, vars) in texts::ALL {
                self.require_message_with(catalog, id, None, vars, at.clone());
            }
        }
        for w in &raw {
            if let Some(webinar) = self.build_webinar(w, catalog) {
                let twin = schedule.find(&webinar.id).or_else(|| schedule.drafts.iter().find(|d| d.id == webinar.id));
                if let Some(first) = twin {
                    let message = crate::staff_msg!(
                        "check-webinar-twice",
                        id = &webinar.id,
                        other = first.origin.file.display(),
                        line = first.origin.line
                    );
                    self.diags.error(webinar.origin.clone(), message);
                    continue;
                }
                if w.raw.draft.as_ref().is_some_and(|d| *d.get_ref()) {
                    let message = crate::staff_msg!("check-webinar-draft", id = &webinar.id);
                    self.diags.warning(webinar.origin.clone(), message);
                    schedule.drafts.push(webinar);
                } else {
                    schedule.webinars.push(webinar);
                }
            }
        }
        schedule.webinars.sort_by_key(|w| w.start);
        schedule
    }

    fn build_webinar(&mut self, w: &Sourced<RawWebinar>, catalog: &Catalog) -> Option<Webinar> {
        let raw = &w.raw;
        let id = raw.id.get_ref().clone();
        let origin = w.at(raw.id.span().start);
        let mut ok = true;
        if !is_kebab(&id) || id.len() > ID_LIMIT {
            self.diags.error(origin.clone(), crate::staff_msg!("check-webinar-id", id = &id, limit = ID_LIMIT));
            ok = false;
        }
        let start = match start_time(raw.start.get_ref()) {
            Ok(start) => Some(start),
            Err(why) => {
                self.diags.error(w.at(raw.start.span().start), why);
                None
            }
        };
        let minutes = *raw.duration.get_ref();
        if minutes == 0 || minutes > LONGEST {
            self.diags.error(
                w.at(raw.duration.span().start),
                crate::staff_msg!("check-webinar-duration", longest = LONGEST, minutes = minutes),
            );
            ok = false;
        }
        let langs = self.webinar_langs(w, catalog);
        let topic = match raw.topic.get_ref().as_str() {
            "services" => Some(Topic::Services),
            "violence" => Some(Topic::Violence),
            other => {
                let message = crate::staff_msg!("check-webinar-topic", topic = other);
                self.diags.error(w.at(raw.topic.span().start), message);
                None
            }
        };
        let join = match &raw.join {
            None => Join::Later,
            Some(j) if j.get_ref() == "in-bot" => Join::InBot,
            Some(j) => Join::Link(self.web_link(w, j, "join")?),
        };
        let register = match &raw.register {
            Some(r) => Some(self.web_link(w, r, "register")?),
            None => None,
        };
        let recording = match &raw.recording {
            Some(r) => Some(self.web_link(w, r, "recording")?),
            None => None,
        };
        let title = webinar::text_id(&id);
        self.require_message(catalog, &title, None, origin.clone());
        self.require_message(catalog, &title, Some(webinar::ABOUT), origin.clone());
        let (start, topic) = (start?, topic?);
        (ok && !langs.is_empty()).then_some(Webinar {
            id,
            start,
            minutes,
            langs,
            topic,
            join,
            register,
            recording,
            origin,
        })
    }

    fn webinar_langs(&mut self, w: &Sourced<RawWebinar>, catalog: &Catalog) -> Vec<Lang> {
        let listed = w.raw.languages.get_ref();
        if listed.is_empty() {
            self.diags.error(w.at(w.raw.languages.span().start), crate::staff_msg!("check-webinar-no-languages"));
        }
        let known: Vec<String> = catalog.order.iter().map(|l| l.code().to_owned()).collect();
        let mut langs = vec![];
        for code in listed {
            match catalog.order.iter().find(|l| l.code() == code.get_ref()) {
                Some(lang) => langs.push(lang.clone()),
                None => self.diags.error(
                    w.at(code.span().start),
                    crate::staff_msg!("check-webinar-language", lang = code.get_ref(), known = known.join(", ")),
                ),
            }
        }
        langs
    }

    fn web_link(&mut self, w: &Sourced<RawWebinar>, link: &Spanned<String>, field: &str) -> Option<String> {
        let url = link.get_ref();
        if url::Url::parse(url).is_ok_and(|u| u.scheme() == "https") {
            return Some(url.clone());
        }
        let message = match field {
            "join" => crate::staff_msg!("check-webinar-join-link", url = url),
            _ => crate::staff_msg!("check-webinar-link", field = field, url = url),
        };
        self.diags.error(w.at(link.span().start), message);
        None
    }
}

/// Unix seconds of a TOML date-time; without an offset it is Bishkek time.
fn start_time(dt: &Datetime) -> Result<i64, Msg> {
    let how = || crate::staff_msg!("check-webinar-start-how");
    let (Some(d), Some(t)) = (dt.date, dt.time) else {
        return Err(crate::staff_msg!("check-webinar-start-not-datetime", value = dt, how = how()));
    };
    let date = Date::from_calendar_date(i32::from(d.year), time::Month::try_from(d.month).map_err(|_| how())?, d.day)
        .map_err(|_| crate::staff_msg!("check-webinar-start-not-date", value = dt, how = how()))?;
    let time = Time::from_hms(t.hour, t.minute, t.second)
        .map_err(|_| crate::staff_msg!("check-webinar-start-not-time", value = dt, how = how()))?;
    let offset = match dt.offset {
        None => BISHKEK,
        Some(toml::value::Offset::Z) => UtcOffset::UTC,
        Some(toml::value::Offset::Custom { minutes }) => {
            UtcOffset::from_whole_seconds(i32::from(minutes) * 60).map_err(|_| how())?
        }
    };
    let at: OffsetDateTime = PrimitiveDateTime::new(date, time).assume_offset(offset);
    Ok(at.unix_timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_without_offset_is_bishkek_time() {
        let local: Datetime = "2026-12-15T15:00:00".parse().unwrap();
        let utc: Datetime = "2026-12-15T09:00:00Z".parse().unwrap();
        assert_eq!(start_time(&local), start_time(&utc));
        let date_only: Datetime = "2026-12-15".parse().unwrap();
        assert!(crate::staff::StaffLang::En.text(&start_time(&date_only).unwrap_err()).contains("e.g."));
    }
}
