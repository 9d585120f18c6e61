//! Counts for coordinators: feedback by topic, rating, language, region and
//! week (`/stats`, the summary sheet of an export) and the anonymous screen
//! visits (`kadam stats`), always with small cells suppressed.
//!
//! Suppression: a count under [`SMALL`] is shown as "<5", so a rare answer
//! (one woman from a small region on a rare topic) cannot be singled out. A
//! breakdown shown with its total also hides its next-smallest count when
//! exactly one is hidden, since otherwise subtraction would reveal it.
//!
//! Dates are Bishkek's (UTC+6 all year; Kyrgyzstan has no daylight saving),
//! as the coordinators read them.

use std::collections::BTreeMap;

use time::{Date, OffsetDateTime, UtcOffset, macros::offset};

use crate::{db::feedback::Record, feedback};

/// Counts below this are shown as "<5".
pub const SMALL: i64 = 5;

pub const BISHKEK: UtcOffset = offset!(+6);

/// How a count is shown: the number, or "<5".
pub fn cell(n: i64) -> String {
    if n < SMALL { format!("<{SMALL}") } else { n.to_string() }
}

/// A breakdown as shown beside its total: small counts hidden, and one more
/// when only one is hidden (see the module docs).
pub fn suppress(counts: &[(String, i64)]) -> Vec<(String, String)> {
    let mut hidden: Vec<bool> = counts.iter().map(|(_, n)| *n < SMALL).collect();
    if hidden.iter().filter(|h| **h).count() == 1 {
        let next = counts.iter().enumerate().filter(|(i, _)| !hidden[*i]).min_by_key(|(_, (_, n))| *n).map(|(i, _)| i);
        if let Some(i) = next {
            hidden[i] = true;
        }
    }
    counts
        .iter()
        .zip(hidden)
        .map(|((key, n), hide)| (key.clone(), if hide { format!("<{SMALL}") } else { n.to_string() }))
        .collect()
}

pub fn local(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(BISHKEK)
}

/// `YYYY-MM-DD` in Bishkek.
pub fn day(unix: i64) -> String {
    local(unix).date().to_string()
}

/// ISO week in Bishkek, e.g. `2025-W07`.
pub fn week(unix: i64) -> String {
    let (year, week, _) = local(unix).date().to_iso_week_date();
    format!("{year}-W{week:02}")
}

/// Unix seconds at the start of `date` in Bishkek.
pub fn start_of(date: Date) -> i64 {
    date.midnight().assume_offset(BISHKEK).unix_timestamp()
}

/// Parses `YYYY-MM-DD`, with a message a coordinator can act on.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format)
        .map_err(|_| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31"))
}

/// Feedback counts, filled one record at a time so an export can count
/// while it streams.
#[derive(Debug, Default)]
pub struct Tally {
    pub total: i64,
    pub topic: BTreeMap<String, i64>,
    pub rating: BTreeMap<String, i64>,
    pub language: BTreeMap<String, i64>,
    pub region: BTreeMap<String, i64>,
    pub week: BTreeMap<String, i64>,
}

/// The parts of a [`Tally`], in the order `/stats` shows them.
pub const PARTS: &[&str] = &["topic", "rating", "language", "region", "week"];

impl Tally {
    pub fn add(&mut self, r: &Record) {
        self.total += 1;
        *self.topic.entry(r.topic.clone()).or_default() += 1;
        *self.rating.entry(feedback::rating_id(r.rating).unwrap_or("?").to_owned()).or_default() += 1;
        *self.language.entry(r.lang.clone()).or_default() += 1;
        *self.region.entry(r.region.clone().unwrap_or_else(|| "not-answered".to_owned())).or_default() += 1;
        *self.week.entry(week(r.created_at)).or_default() += 1;
    }

    /// One part by name (see [`PARTS`]), suppressed.
    pub fn part(&self, name: &str) -> Vec<(String, String)> {
        let map = match name {
            "topic" => &self.topic,
            "rating" => &self.rating,
            "language" => &self.language,
            "region" => &self.region,
            _ => &self.week,
        };
        let mut counts: Vec<(String, i64)> = map.iter().map(|(k, n)| (k.clone(), *n)).collect();
        if name == "rating" {
            // Best first, as the buttons show them.
            counts.sort_by_key(|(k, _)| feedback::RATINGS.iter().position(|(_, id)| id == k));
        }
        suppress(&counts)
    }
}

/// Screen visits per (node, step) as rows of (node, step, shown count).
pub fn visit_rows(rows: &[(String, i64, i64)]) -> Vec<(String, i64, String)> {
    rows.iter().map(|(node, step, n)| (node.clone(), *step, cell(*n))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
        pairs.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
    }

    #[test]
    fn counts_under_five_are_hidden() {
        assert_eq!(cell(0), "<5");
        assert_eq!(cell(4), "<5");
        assert_eq!(cell(5), "5");
        let shown = suppress(&counts(&[("a", 12), ("b", 3), ("c", 2), ("d", 40)]));
        assert_eq!(
            shown,
            vec![
                ("a".into(), "12".into()),
                ("b".into(), "<5".into()),
                ("c".into(), "<5".into()),
                ("d".into(), "40".into())
            ]
        );
    }

    #[test]
    fn a_lone_hidden_count_takes_the_next_smallest_with_it() {
        // Total 60: without the second hiding, 60 - 40 - 12 = 8... would show b = 3.
        let shown = suppress(&counts(&[("a", 12), ("b", 3), ("d", 40), ("e", 5)]));
        let hidden: Vec<&str> = shown.iter().filter(|(_, v)| v == "<5").map(|(k, _)| k.as_str()).collect();
        assert_eq!(hidden, ["b", "e"]);
        assert_eq!(suppress(&counts(&[("a", 7), ("b", 9)])), vec![("a".into(), "7".into()), ("b".into(), "9".into())]);
    }

    #[test]
    fn dates_are_bishkek_dates() {
        // 2025-03-31 20:30 UTC is already April 1st in Bishkek.
        let t = 1_743_453_000;
        assert_eq!(day(t), "2025-04-01");
        assert_eq!(week(t), "2025-W14");
        let date = parse_date("2025-04-01").unwrap();
        assert_eq!(start_of(date), 1_743_444_000, "midnight in Bishkek is 18:00 UTC the day before");
        assert!(parse_date("01.04.2025").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2025-02-30").is_err());
    }
}
