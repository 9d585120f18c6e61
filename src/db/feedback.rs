//! Feedback records (kept only after consent) and the anonymous per-screen
//! visit counters.
//!
//! A record is created from the Telegram update that carried her "yes"; the
//! UNIQUE `update_id` makes a redelivered update a no-op instead of a second
//! record. Her comment and region are added to her most recent record, since
//! the form asks for them right after the "yes".

use std::collections::HashMap;

use sqlx::{Row, SqliteConnection, sqlite::SqliteRow};

use super::Db;
use crate::engine::FeedbackEffect;

/// Applies one feedback effect for `person`. Returns whether anything changed
/// (false for a redelivered "yes").
pub async fn apply(db: &Db, person: &str, update_id: u32, now: i64, effect: &FeedbackEffect) -> sqlx::Result<bool> {
    apply_in(&mut *db.write.acquire().await?, person, update_id, now, effect).await
}

/// [`apply`] on a connection of the caller's, e.g. inside the transaction
/// that also saves the state moving past the form.
pub async fn apply_in(
    conn: &mut SqliteConnection,
    person: &str,
    update_id: u32,
    now: i64,
    effect: &FeedbackEffect,
) -> sqlx::Result<bool> {
    let done = match effect {
        FeedbackEffect::Create { topic, rating, lang, consent_version } => {
            // One statement, so atomic: the record exists before she is thanked.
            sqlx::query(
                "INSERT INTO feedback (created_at, person, lang, topic, rating, consent_version, update_id)
                 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING",
            )
            .bind(now)
            .bind(person)
            .bind(lang.code())
            .bind(topic)
            .bind(i64::from(*rating))
            .bind(i64::from(*consent_version))
            .bind(i64::from(update_id))
            .execute(&mut *conn)
            .await?
        }
        FeedbackEffect::SetComment(text) => set_latest(conn, person, "comment", text).await?,
        FeedbackEffect::SetRegion(id) => set_latest(conn, person, "region", id).await?,
    };
    Ok(done.rows_affected() > 0)
}

async fn set_latest(
    conn: &mut SqliteConnection,
    person: &str,
    column: &'static str,
    value: &str,
) -> sqlx::Result<sqlx::sqlite::SqliteQueryResult> {
    sqlx::query(&format!("UPDATE feedback SET {column} = ? WHERE id = (SELECT MAX(id) FROM feedback WHERE person = ?)"))
        .bind(value)
        .bind(person)
        .execute(conn)
        .await
}

/// Deletes records created before `cutoff` (unix seconds): the consent
/// notice promises how long they are kept.
pub async fn purge_older_than(db: &Db, cutoff: i64) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM feedback WHERE created_at < ?").bind(cutoff).execute(&db.write).await?;
    Ok(done.rows_affected())
}

/// One record as exported. `person` is already the export's respondent code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub id: i64,
    pub created_at: i64,
    pub person: String,
    pub lang: String,
    pub topic: String,
    pub rating: u8,
    pub comment: Option<String>,
    pub region: Option<String>,
    pub consent_version: i64,
}

impl Record {
    pub fn from_row(row: &SqliteRow) -> sqlx::Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            created_at: row.try_get("created_at")?,
            person: row.try_get("person")?,
            lang: row.try_get("lang")?,
            topic: row.try_get("topic")?,
            rating: u8::try_from(row.try_get::<i64, _>("rating")?).unwrap_or(0),
            comment: row.try_get("comment")?,
            region: row.try_get("region")?,
            consent_version: row.try_get("consent_version")?,
        })
    }
}

/// Which records to export or count: `since` inclusive, `until` exclusive
/// (unix seconds), and one topic.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub topic: Option<String>,
}

impl Filter {
    /// The query for the records this filter selects, oldest first. Bound
    /// with [`Filter::bind`].
    pub fn select(&self) -> String {
        "SELECT id, created_at, person, lang, topic, rating, comment, region, consent_version FROM feedback
         WHERE created_at >= ? AND created_at < ? AND (? IS NULL OR topic = ?) ORDER BY id"
            .to_owned()
    }

    pub fn bind<'q>(
        &'q self,
        query: sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
        query
            .bind(self.since.unwrap_or(i64::MIN))
            .bind(self.until.unwrap_or(i64::MAX))
            .bind(self.topic.as_deref())
            .bind(self.topic.as_deref())
    }
}

/// Visits counted in memory and written in one transaction now and then, so
/// counting adds no write to a person's turn: screens per (day, node, step),
/// and per (day, language) the screens and the people reached ([`Firsts`]).
#[derive(Debug, Default)]
pub struct Visits {
    screens: std::sync::Mutex<HashMap<(String, String, i64), i64>>,
    langs: std::sync::Mutex<HashMap<(String, String), [i64; 3]>>,
}

/// Whether a turn is her first of the ISO week and of the calendar month
/// (Bishkek time): the donor report's "people reached", counted without
/// keeping anything about her (see migrations/0004_visit_lang.sql).
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
        let (before, today) = (crate::stats::local(previous).date(), crate::stats::local(now).date());
        let monday = |d: time::Date| d - time::Duration::days(i64::from(d.weekday().number_days_from_monday()));
        Self {
            week: monday(before) < monday(today),
            month: (before.year(), before.month()) < (today.year(), today.month()),
        }
    }
}

impl Visits {
    pub fn count(&self, day: String, node: &str, step: usize) {
        let mut counts = self.screens.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *counts.entry((day, node.to_owned(), step as i64)).or_default() += 1;
    }

    /// One screen shown in `lang`; `firsts` say whether it is her first of
    /// the week or month (pass them with one screen of a turn only).
    pub fn count_lang(&self, day: String, lang: &str, firsts: Firsts) {
        let mut counts = self.langs.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = counts.entry((day, lang.to_owned())).or_default();
        entry[0] += 1;
        entry[1] += i64::from(firsts.week);
        entry[2] += i64::from(firsts.month);
    }

    /// Adds what was counted since the last flush to the tables.
    pub async fn flush(&self, db: &Db) -> sqlx::Result<usize> {
        let counts = std::mem::take(&mut *self.screens.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let langs = std::mem::take(&mut *self.langs.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        if counts.is_empty() && langs.is_empty() {
            return Ok(0);
        }
        let mut tx = db.write.begin().await?;
        for ((day, node, step), n) in &counts {
            sqlx::query(
                "INSERT INTO node_visit (day, node, step, count) VALUES (?, ?, ?, ?)
                 ON CONFLICT (day, node, step) DO UPDATE SET count = count + excluded.count",
            )
            .bind(day)
            .bind(node)
            .bind(step)
            .bind(n)
            .execute(&mut *tx)
            .await?;
        }
        for ((day, lang), [screens, week, month]) in &langs {
            sqlx::query(
                "INSERT INTO visit_lang (day, lang, screens, people_week, people_month) VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (day, lang) DO UPDATE SET screens = screens + excluded.screens,
                 people_week = people_week + excluded.people_week, people_month = people_month + excluded.people_month",
            )
            .bind(day)
            .bind(lang)
            .bind(screens)
            .bind(week)
            .bind(month)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(counts.len() + langs.len())
    }
}

/// Visit totals per (node, step) for days in `[since, until]` (YYYY-MM-DD).
pub async fn visits(db: &Db, since: &str, until: &str) -> sqlx::Result<Vec<(String, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT node, step, SUM(count) AS n FROM node_visit WHERE day >= ? AND day <= ?
         GROUP BY node, step ORDER BY node, step",
    )
    .bind(since)
    .bind(until)
    .fetch_all(&db.read)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("node")?, r.try_get("step")?, r.try_get("n")?))).collect()
}

#[cfg(test)]
mod tests {
    use super::Firsts;

    /// Unix seconds of a Bishkek wall-clock time (UTC+6).
    fn at(date: &str, hour: i64) -> i64 {
        crate::stats::start_of(crate::stats::parse_date(date).unwrap()) + hour * 3600
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
