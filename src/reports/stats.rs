//! Counts for coordinators: feedback by topic, rating, language, region and
//! week (`/stats`, the summary sheet of an export) and the anonymous screen
//! visits (`kadam stats`), always with small cells suppressed.
//!
//! Suppression: a count under [`SMALL`] is shown as "<5", so a rare answer
//! (one woman from a small region on a rare topic) cannot be singled out. A
//! breakdown shown with its total also hides its next-smallest count when
//! exactly one is hidden, since otherwise subtraction would reveal it.
//!
//! Dates are Bishkek's, as the coordinators read them (see [`crate::clock`]).

use std::collections::BTreeMap;

use futures_util::TryStreamExt;

use crate::{
    clock::week,
    dialogue::feedback,
    storage::{
        Db,
        feedback::{Filter, Order, Record, records},
        visits::VisitTotal,
    },
};

/// Counts below this are shown as "<5".
pub const SMALL: i64 = 5;

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

/// The period `kadam stats` and `/stats` count: widened to whole weeks (Monday to
/// Sunday) and ending with the last week that is over. Counting any finer
/// would let two tables that differ by a day be subtracted to reveal that
/// day's counts, small ones included; a week is the finest cut anywhere.
/// Without dates: the four weeks up to last Sunday.
pub fn whole_weeks(
    since: Option<time::Date>,
    until: Option<time::Date>,
    today: time::Date,
) -> Result<(time::Date, time::Date), String> {
    let last_over = crate::clock::week_bounds(today).0 - time::Duration::days(1);
    let until = until.map_or(last_over, |u| crate::clock::week_bounds(u).1.min(last_over));
    let since = since.map_or(until - time::Duration::days(27), |s| crate::clock::week_bounds(s).0);
    if since > until {
        return Err(format!(
            "counts go by whole weeks, and this week is not over yet: the latest period is up to {last_over} (last Sunday)"
        ));
    }
    Ok((since, until))
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

/// Counts the records `filter` selects, reading them one at a time.
pub async fn tally(db: &Db, filter: &Filter) -> sqlx::Result<Tally> {
    let mut tally = Tally::default();
    let mut stream = std::pin::pin!(records(db, filter, Order::Written));
    while let Some(record) = stream.try_next().await? {
        tally.add(&record);
    }
    Ok(tally)
}

/// How often a screen was shown, as a coordinator may see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownVisits {
    pub node: String,
    /// The page of the screen, from 0.
    pub step: i64,
    /// The count through the suppression: a number, or "<5".
    pub shown: String,
}

/// Screen visit totals with small counts suppressed.
pub fn visit_rows(rows: &[VisitTotal]) -> Vec<ShownVisits> {
    rows.iter().map(|v| ShownVisits { node: v.node.clone(), step: v.step, shown: cell(v.count) }).collect()
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
    fn periods_are_whole_weeks_that_are_over() {
        let d = |s: &str| crate::clock::parse_date(s).unwrap();
        let today = d("2026-11-30"); // a Monday: last week is over
        let show = |r: (time::Date, time::Date)| (r.0.to_string(), r.1.to_string());
        assert_eq!(show(whole_weeks(None, None, today).unwrap()), ("2026-11-02".into(), "2026-11-29".into()));
        // Any day of a week gives the whole week, so one-day slices cannot be subtracted.
        let tue = whole_weeks(Some(d("2026-11-10")), Some(d("2026-11-10")), today).unwrap();
        let wed = whole_weeks(Some(d("2026-11-11")), Some(d("2026-11-11")), today).unwrap();
        assert_eq!(tue, wed);
        assert_eq!(show(tue), ("2026-11-09".into(), "2026-11-15".into()));
        // The week under way is not counted until it is over.
        let busy = whole_weeks(Some(d("2026-11-20")), Some(d("2026-12-02")), d("2026-12-02")).unwrap();
        assert_eq!(show(busy), ("2026-11-16".into(), "2026-11-29".into()));
        assert!(whole_weeks(Some(d("2026-12-01")), None, d("2026-12-02")).unwrap_err().contains("last Sunday"));
    }
}
