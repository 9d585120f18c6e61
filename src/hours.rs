//! Consultation hours (`KADAM_CONSULT_HOURS`, e.g. `Mon-Fri 09:00-18:00`),
//! in Bishkek time: whether staff are at work at a moment, and when they
//! next will be, so a question asked at night says when it will be read.

use std::fmt;

use time::{Duration, Time, Weekday};

use crate::clock;

/// Working days and the daily hours, Bishkek time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hours {
    /// Monday = 0 … Sunday = 6, inclusive range (may wrap, e.g. Sat-Mon).
    first_day: u8,
    last_day: u8,
    opens: Time,
    closes: Time,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Hours {
    /// Always open: no hours configured.
    pub fn always() -> Self {
        Self { first_day: 0, last_day: 6, opens: Time::MIDNIGHT, closes: Time::MIDNIGHT }
    }

    /// Parses `Mon-Fri 09:00-18:00`, `Mon-Sun 10:00-20:00` or `Sat 10:00-14:00`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not like `Mon-Fri 09:00-18:00` (days, then hours, Bishkek time)");
        let (days, times) = text.trim().split_once(char::is_whitespace).ok_or_else(bad)?;
        let day = |d: &str| DAYS.iter().position(|n| d.trim().eq_ignore_ascii_case(n)).map(|i| i as u8);
        let (first_day, last_day) = match days.split_once('-') {
            Some((a, b)) => (day(a).ok_or_else(bad)?, day(b).ok_or_else(bad)?),
            None => {
                let d = day(days).ok_or_else(bad)?;
                (d, d)
            }
        };
        let (opens, closes) = times.trim().split_once('-').ok_or_else(bad)?;
        let hm = |t: &str| {
            let (h, m) = t.trim().split_once(':')?;
            Time::from_hms(h.parse().ok()?, m.parse().ok()?, 0).ok()
        };
        let (opens, closes) = (hm(opens).ok_or_else(bad)?, hm(closes).ok_or_else(bad)?);
        if opens >= closes {
            return Err(format!("`{text}`: the hours must open before they close, within one day"));
        }
        Ok(Self { first_day, last_day, opens, closes })
    }

    fn is_work_day(&self, day: Weekday) -> bool {
        let d = day.number_days_from_monday();
        if self.first_day <= self.last_day {
            (self.first_day..=self.last_day).contains(&d)
        } else {
            d >= self.first_day || d <= self.last_day
        }
    }

    fn all_day(&self) -> bool {
        self.opens == self.closes
    }

    /// Whether staff are at work at `unix`.
    pub fn is_open(&self, unix: i64) -> bool {
        let at = clock::local(unix);
        self.is_work_day(at.weekday()) && (self.all_day() || (at.time() >= self.opens && at.time() < self.closes))
    }

    /// The next moment staff are at work, from `unix` on (`unix` itself if open).
    pub fn next_open(&self, unix: i64) -> i64 {
        if self.is_open(unix) {
            return unix;
        }
        let at = clock::local(unix);
        for ahead in 0..8 {
            let date = at.date() + Duration::days(ahead);
            let start = date.with_time(self.opens).assume_offset(clock::BISHKEK);
            if self.is_work_day(date.weekday()) && start.unix_timestamp() > unix {
                return start.unix_timestamp();
            }
        }
        unix
    }

    /// `dd.mm, HH:MM` in Bishkek: language-neutral for every locale's text.
    pub fn when(unix: i64) -> String {
        let at = clock::local(unix);
        format!("{:02}.{:02}, {:02}:{:02}", at.day(), u8::from(at.month()), at.hour(), at.minute())
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |d: u8| DAYS[usize::from(d)];
        write!(
            f,
            "{}-{} {:02}:{:02}-{:02}:{:02}",
            name(self.first_day),
            name(self.last_day),
            self.opens.hour(),
            self.opens.minute(),
            self.closes.hour(),
            self.closes.minute()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-01 is a Tuesday. 10:00 in Bishkek is 04:00 UTC.
    const TUE_10: i64 = 1_796_097_600;

    #[test]
    fn open_on_work_days_within_hours() {
        let h = Hours::parse("Mon-Fri 09:00-18:00").unwrap();
        assert_eq!(Hours::when(TUE_10), "01.12, 10:00");
        assert!(h.is_open(TUE_10));
        assert!(!h.is_open(TUE_10 + 8 * 3600), "18:00 is closed");
        assert_eq!(h.next_open(TUE_10), TUE_10);
        // Tuesday 20:00 → Wednesday 09:00.
        assert_eq!(Hours::when(h.next_open(TUE_10 + 10 * 3600)), "02.12, 09:00");
        // Friday 19:00 → Monday 09:00.
        let fri_19 = TUE_10 + 3 * 86_400 + 9 * 3600;
        assert!(!h.is_open(fri_19));
        assert_eq!(Hours::when(h.next_open(fri_19)), "07.12, 09:00");
        // Tuesday 07:00 → the same day 09:00.
        assert_eq!(Hours::when(h.next_open(TUE_10 - 3 * 3600)), "01.12, 09:00");
    }

    #[test]
    fn bad_hours_are_explained() {
        for bad in ["", "Mon-Fri", "Mon-Xyz 09:00-18:00", "Mon-Fri 9-18", "Mon-Fri 18:00-09:00", "Mon 25:00-26:00"] {
            assert!(Hours::parse(bad).is_err(), "{bad}");
        }
        assert!(Hours::parse("sat 10:00-14:00").unwrap().is_open(TUE_10 + 4 * 86_400));
        assert!(Hours::always().is_open(TUE_10 + 15 * 3600));
        assert_eq!(Hours::parse("Mon-Fri 09:00-18:00").unwrap().to_string(), "mon-fri 09:00-18:00");
    }
}
