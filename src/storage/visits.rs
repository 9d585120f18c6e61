//! The anonymous visit counters: which screen was shown on which day, and
//! per day and language how many screens and how many people reached
//! ([`Firsts`]), never to whom. Counted in memory and written in one
//! transaction now and then, so counting adds no write to a person's turn.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use sqlx::Row;

use super::Db;

/// One counter: a screen (`node`, page `step` from 0) on one Bishkek `day`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VisitKey {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub node: String,
    pub step: i64,
}

/// Per day and language: screens shown, and people whose first turn of the
/// week / of the month it was (the donor report's "people reached").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LangCount {
    pub screens: i64,
    pub people_week: i64,
    pub people_month: i64,
}

impl LangCount {
    fn add(&mut self, other: LangCount) {
        self.screens += other.screens;
        self.people_week += other.people_week;
        self.people_month += other.people_month;
    }
}

/// Whether a turn is her first of the ISO week and of the calendar month
/// (Bishkek time), counted without keeping anything about her (see
/// migrations/0004_visit_lang.sql).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Firsts {
    pub week: bool,
    pub month: bool,
}

impl Firsts {
    /// From the time of her previous turn (`None`: none, or she had no
    /// language yet) and now, both unix seconds.
    pub fn new(previous: Option<i64>, now: i64) -> Self {
        let Some(previous) = previous else { return Self { week: true, month: true } };
        let (before, today) = (crate::clock::local(previous).date(), crate::clock::local(now).date());
        let monday = |d: time::Date| d - time::Duration::days(i64::from(d.weekday().number_days_from_monday()));
        Self {
            week: monday(before) < monday(today),
            month: (before.year(), before.month()) < (today.year(), today.month()),
        }
    }
}

/// Counts not yet written to the database.
#[derive(Debug, Default)]
pub struct Visits {
    screens: Mutex<HashMap<VisitKey, i64>>,
    langs: Mutex<HashMap<(String, String), LangCount>>,
}

impl Visits {
    pub fn count(&self, day: String, node: &str, step: usize) {
        let key = VisitKey { day, node: node.to_owned(), step: step as i64 };
        *lock(&self.screens).entry(key).or_default() += 1;
    }

    /// One screen shown in `lang`; `firsts` say whether it is her first of
    /// the week or month (pass them with one screen of a turn only).
    pub fn count_lang(&self, day: String, lang: &str, firsts: Firsts) {
        let one = LangCount { screens: 1, people_week: i64::from(firsts.week), people_month: i64::from(firsts.month) };
        lock(&self.langs).entry((day, lang.to_owned())).or_default().add(one);
    }

    /// How many counters wait to be written.
    pub fn pending(&self) -> usize {
        lock(&self.screens).len() + lock(&self.langs).len()
    }

    /// Adds what was counted since the last flush to the tables. If the
    /// write fails the counts go back, to be written by the next flush.
    pub async fn flush(&self, db: &Db) -> sqlx::Result<usize> {
        let screens = std::mem::take(&mut *lock(&self.screens));
        let langs = std::mem::take(&mut *lock(&self.langs));
        if screens.is_empty() && langs.is_empty() {
            return Ok(0);
        }
        match write(db, &screens, &langs).await {
            Ok(()) => Ok(screens.len() + langs.len()),
            Err(e) => {
                let mut pending = lock(&self.screens);
                for (key, n) in screens {
                    *pending.entry(key).or_default() += n;
                }
                let mut pending = lock(&self.langs);
                for (key, n) in langs {
                    pending.entry(key).or_default().add(n);
                }
                Err(e)
            }
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere while counting leaves the map usable.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn write(
    db: &Db,
    screens: &HashMap<VisitKey, i64>,
    langs: &HashMap<(String, String), LangCount>,
) -> sqlx::Result<()> {
    let mut tx = db.write.begin().await?;
    for (VisitKey { day, node, step }, n) in screens {
        sqlx::query(
            "INSERT INTO node_visit (day, node, step, count) VALUES ($1, $2, $3, $4)
             ON CONFLICT (day, node, step) DO UPDATE SET count = node_visit.count + excluded.count",
        )
        .bind(day)
        .bind(node)
        .bind(step)
        .bind(n)
        .execute(&mut *tx)
        .await?;
    }
    for ((day, lang), c) in langs {
        sqlx::query(
            "INSERT INTO visit_lang (day, lang, screens, people_week, people_month) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (day, lang) DO UPDATE SET screens = visit_lang.screens + excluded.screens,
             people_week = visit_lang.people_week + excluded.people_week,
             people_month = visit_lang.people_month + excluded.people_month",
        )
        .bind(day)
        .bind(lang)
        .bind(c.screens)
        .bind(c.people_week)
        .bind(c.people_month)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// How often one screen was shown in a span of days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitTotal {
    pub node: String,
    /// The page of the screen, from 0.
    pub step: i64,
    pub count: i64,
}

/// Visit totals per (node, step) for days in `[since, until]` (YYYY-MM-DD).
pub async fn totals(db: &Db, since: &str, until: &str) -> sqlx::Result<Vec<VisitTotal>> {
    let rows = sqlx::query(
        "SELECT node, step, CAST(SUM(count) AS BIGINT) AS n FROM node_visit WHERE day >= $1 AND day <= $2
         GROUP BY node, step ORDER BY node, step",
    )
    .bind(since)
    .bind(until)
    .fetch_all(&db.read)
    .await?;
    rows.iter()
        .map(|r| Ok(VisitTotal { node: r.try_get("node")?, step: r.try_get("step")?, count: r.try_get("n")? }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counts_survive_a_failed_flush() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("kadam.db").display());
        let db = Db::open(&url).await.unwrap();
        let visits = Visits::default();
        visits.count("2026-01-02".into(), "start", 0);
        visits.count("2026-01-02".into(), "start", 0);
        visits.count("2026-01-02".into(), "portal", 1);
        // A closed writer makes the write fail, as a full disk would.
        db.write.close().await;
        assert!(visits.flush(&db).await.is_err());
        assert_eq!(visits.pending(), 2, "the counts are kept for the next flush");
        visits.count("2026-01-02".into(), "start", 0);

        db.read.close().await;
        let db = Db::open(&url).await.unwrap();
        assert_eq!(visits.flush(&db).await.unwrap(), 2);
        assert_eq!(visits.pending(), 0);
        let totals = totals(&db, "2026-01-01", "2026-01-31").await.unwrap();
        let count = |node: &str| totals.iter().find(|t| t.node == node).map(|t| t.count);
        assert_eq!((count("start"), count("portal")), (Some(3), Some(1)));
        db.close().await;
    }

    /// Unix seconds of a Bishkek wall-clock time (UTC+6).
    fn at(date: &str, hour: i64) -> i64 {
        crate::clock::start_of(crate::clock::parse_date(date).unwrap()) + hour * 3600
    }

    #[test]
    fn first_of_week_and_month_follow_bishkek_calendar() {
        let now = at("2026-11-04", 10); // a Wednesday
        assert_eq!(Firsts::new(None, now), Firsts { week: true, month: true });
        // Monday of the same week: neither.
        assert_eq!(Firsts::new(Some(at("2026-11-02", 0)), now), Firsts::default());
        // Sunday before: a new week, same month.
        assert_eq!(Firsts::new(Some(at("2026-11-01", 23)), now), Firsts { week: true, month: false });
        // Friday 30 October: new week and new month.
        assert_eq!(Firsts::new(Some(at("2026-10-30", 12)), now), Firsts { week: true, month: true });
        // 1 December (a Tuesday) after Monday 30 November: same week, new month.
        assert_eq!(Firsts::new(Some(at("2026-11-30", 9)), at("2026-12-01", 9)), Firsts { week: false, month: true });
        // Sunday to Monday is a new week.
        assert!(Firsts::new(Some(at("2026-11-08", 5)), at("2026-11-09", 5)).week);
    }
}
