//! Coordinators' figures on consultations (`/stats`, `kadam stats`):
//! questions asked, answered, and the median time to the first answer, in
//! all and by consultant and by language. Counts under [`SMALL`] show as
//! "<5", and a median over fewer than five answers is not shown at all, so
//! no single question can be singled out. They are counted over whole weeks
//! that are over, like every other figure: live all-time counts, polled,
//! would show each new question's consultant, language and time.

use std::collections::BTreeMap;

use super::stats::{SMALL, cell};
use crate::storage::{Db, consult::Figure};

/// One line of the figures, every value already suppressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// `all`, `consultant <id>` or `language <code>`.
    pub group: String,
    pub asked: String,
    pub answered: String,
    /// Like `3h 20m`, or `-` when fewer than five were answered.
    pub median: String,
}

/// What the header of the figures says each column is.
pub const COLUMNS: &str = "asked / answered / median time to first answer";

/// The lines for the questions asked from `since` until before `until`
/// (unix seconds; the bounds of whole weeks that are over).
pub async fn lines(db: &Db, since: i64, until: i64) -> Result<Vec<Line>, sqlx::Error> {
    Ok(summarise(&crate::storage::consult::figures(db, since, until).await?))
}

/// The lines for `figures`: all, then by consultant, then by language.
pub fn summarise(figures: &[Figure]) -> Vec<Line> {
    let mut groups: BTreeMap<(u8, String), Vec<&Figure>> = BTreeMap::new();
    for f in figures {
        groups.entry((0, "all".to_owned())).or_default().push(f);
        groups.entry((1, format!("consultant {}", f.consultant))).or_default().push(f);
        groups.entry((2, format!("language {}", f.lang))).or_default().push(f);
    }
    groups.into_iter().map(|((_, group), members)| line(group, &members)).collect()
}

fn line(group: String, members: &[&Figure]) -> Line {
    let mut waits: Vec<i64> =
        members.iter().filter_map(|f| f.first_answer_at.map(|a| (a - f.asked_at).max(0))).collect();
    waits.sort_unstable();
    let answered = waits.len() as i64;
    let median = if answered < SMALL { "-".to_owned() } else { duration(median(&waits)) };
    Line { group, asked: cell(members.len() as i64), answered: cell(answered), median }
}

/// The middle of `sorted` (the mean of the two middle values for an even count).
pub(crate) fn median(sorted: &[i64]) -> i64 {
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) { (sorted[mid - 1] + sorted[mid]) / 2 } else { sorted[mid] }
}

/// Seconds as `2d 3h`, `3h 20m` or `12m`.
fn duration(secs: i64) -> String {
    let (days, hours, minutes) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match (days, hours) {
        (0, 0) => format!("{minutes}m"),
        (0, _) => format!("{hours}h {minutes}m"),
        _ => format!("{days}d {hours}h"),
    }
}

impl Line {
    /// As one line of `/stats`.
    pub fn shown(&self) -> String {
        format!("{}: {} / {} / {}", self.group, self.asked, self.answered, self.median)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(consultant: &str, lang: &str, wait: Option<i64>) -> Figure {
        Figure {
            consultant: consultant.into(),
            lang: lang.into(),
            asked_at: 1000,
            first_answer_at: wait.map(|w| 1000 + w),
        }
    }

    #[test]
    fn small_counts_are_hidden_and_medians_need_five_answers() {
        let mut figures: Vec<Figure> = (0..6).map(|i| fig("lawyer", "ru", Some(3600 * (i + 1)))).collect();
        figures.push(fig("lawyer", "ky", None));
        figures.push(fig("psychologist", "ky", Some(60)));
        let lines = summarise(&figures);
        let find = |g: &str| lines.iter().find(|l| l.group == g).unwrap_or_else(|| panic!("{g}: {lines:?}"));
        assert_eq!(find("all").shown(), "all: 8 / 7 / 3h 0m");
        assert_eq!(find("consultant lawyer").shown(), "consultant lawyer: 7 / 6 / 3h 30m");
        assert_eq!(find("consultant psychologist").shown(), "consultant psychologist: <5 / <5 / -");
        assert_eq!(find("language ky").shown(), "language ky: <5 / <5 / -");
        assert_eq!(duration(2 * 86_400 + 3 * 3600), "2d 3h");
        assert_eq!(duration(720), "12m");
        assert!(summarise(&[]).is_empty());
    }
}
