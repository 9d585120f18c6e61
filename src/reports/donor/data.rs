//! The report's numbers, aggregated by SQLite: every query groups by week
//! (or by screen over the whole period) so only a few thousand rows come
//! back however many days and records there are, and they are folded into
//! fixed-size tables as they stream. Memory depends on the content (screens,
//! languages, weeks), never on the amount of data.

use std::collections::{BTreeMap, HashMap};

use futures_util::TryStreamExt;
use sqlx::Row;
use time::Date;

use crate::storage::{Backend, Db};

/// Weekly buckets: ISO weeks (Monday to Sunday) clipped to the period.
#[derive(Clone, Debug)]
pub struct Weeks {
    /// First day of each bucket (the `from` day for the first one).
    pub starts: Vec<Date>,
    /// Last day of each bucket.
    pub ends: Vec<Date>,
    first_monday: Date,
}

pub fn monday(d: Date) -> Date {
    d - time::Duration::days(i64::from(d.weekday().number_days_from_monday()))
}

impl Weeks {
    pub fn new(from: Date, to: Date) -> Self {
        let first_monday = monday(from);
        let (mut starts, mut ends) = (vec![], vec![]);
        let mut start = from;
        while start <= to {
            let end = (monday(start) + time::Duration::days(6)).min(to);
            starts.push(start);
            ends.push(end);
            start = end + time::Duration::days(1);
        }
        Self { starts, ends, first_monday }
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The bucket of a week's Monday as SQLite names it (`YYYY-MM-DD`).
    fn index(&self, monday_text: &str) -> Option<usize> {
        let day = crate::clock::parse_date(monday_text).ok()?;
        let ix = usize::try_from((day - self.first_monday).whole_days() / 7).ok()?;
        (ix < self.len()).then_some(ix)
    }
}

/// SQL for the Monday of the week of `day` (a `YYYY-MM-DD` column), as
/// `YYYY-MM-DD`: date functions are where SQLite and PostgreSQL differ.
fn monday_of_day(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "date(day, 'weekday 0', '-6 days')",
        Backend::Postgres => "to_char(date_trunc('week', CAST(day AS date)), 'YYYY-MM-DD')",
    }
}

/// SQL for the Monday (Bishkek time) of the week of `column`, unix seconds.
/// Bishkek is UTC+6 all year: shift to local time before taking the date.
fn monday_of_time(backend: Backend, column: &str) -> String {
    match backend {
        Backend::Sqlite => format!("date({column} + 21600, 'unixepoch', 'weekday 0', '-6 days')"),
        Backend::Postgres => {
            format!("to_char(date_trunc('week', to_timestamp({column} + 21600) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')")
        }
    }
}

/// Everything the report shows, before suppression.
#[derive(Debug, Default)]
pub struct Raw {
    /// Per language: people reached and screens per week.
    pub people: BTreeMap<String, Vec<i64>>,
    pub screens_lang: BTreeMap<String, Vec<i64>>,
    /// Per language: people whose first screen of a month fell in the period.
    pub people_month: BTreeMap<String, i64>,
    /// Per node id: screens per week.
    pub screens_node: HashMap<String, Vec<i64>>,
    /// Per (node id, page): screens over the whole period.
    pub pages: HashMap<(String, i64), i64>,
    /// Feedback per week and rating (3, 2, 1 at indexes 0, 1, 2).
    pub rating_week: Vec<[i64; 3]>,
    /// Feedback per topic and rating.
    pub rating_topic: BTreeMap<String, [i64; 3]>,
    /// Latest comments per topic (at most [`COMMENTS_PER_TOPIC`]), newest first.
    pub comments: BTreeMap<String, Vec<String>>,
    /// Per consultant: questions asked per week.
    pub consult_asked: BTreeMap<String, Vec<i64>>,
    /// Seconds from asking to the first answer, for each question asked in
    /// the period and answered.
    pub consult_waits: Vec<i64>,
    /// Reminders requested per webinar id, all time.
    pub webinar_reminders: BTreeMap<String, i64>,
    /// People reached by the announcements sent in the period.
    pub announced: i64,
}

/// How many comments the report quotes per topic.
pub const COMMENTS_PER_TOPIC: i64 = 5;

/// Reads and aggregates the period `[from, to]` (Bishkek days).
pub async fn read(db: &Db, weeks: &Weeks, from: Date, to: Date) -> anyhow::Result<Raw> {
    let n = weeks.len();
    let (from_day, to_day) = (from.to_string(), to.to_string());
    let mut raw = Raw { rating_week: vec![[0; 3]; n], ..Raw::default() };

    let monday = monday_of_day(db.backend);
    let sql = format!(
        "SELECT {monday} AS monday, lang, CAST(SUM(screens) AS BIGINT) AS screens, CAST(SUM(people_week) AS BIGINT) AS week,
         CAST(SUM(people_month) AS BIGINT) AS month
         FROM visit_lang WHERE day >= $1 AND day <= $2 GROUP BY monday, lang"
    );
    let mut rows = sqlx::query(&sql).bind(&from_day).bind(&to_day).fetch(&db.read);
    while let Some(row) = rows.try_next().await? {
        let Some(w) = weeks.index(row.try_get("monday")?) else { continue };
        let lang: String = row.try_get("lang")?;
        raw.screens_lang.entry(lang.clone()).or_insert_with(|| vec![0; n])[w] += row.try_get::<i64, _>("screens")?;
        raw.people.entry(lang.clone()).or_insert_with(|| vec![0; n])[w] += row.try_get::<i64, _>("week")?;
        *raw.people_month.entry(lang).or_default() += row.try_get::<i64, _>("month")?;
    }
    drop(rows);

    // One query per week: SQLite groups by sorting, and 52 sorts of a
    // week's rows are about twice as fast as one sort of the year's
    // (measured on a million rows, docs/performance.md).
    for (w, (start, end)) in weeks.starts.iter().zip(&weeks.ends).enumerate() {
        let mut rows = sqlx::query(
            "SELECT node, step, CAST(SUM(count) AS BIGINT) AS n FROM node_visit WHERE day >= $1 AND day <= $2 GROUP BY node, step",
        )
        .bind(start.to_string())
        .bind(end.to_string())
        .fetch(&db.read);
        while let Some(row) = rows.try_next().await? {
            let (node, step, count): (String, i64, i64) =
                (row.try_get("node")?, row.try_get("step")?, row.try_get("n")?);
            match raw.screens_node.get_mut(&node) {
                Some(weekly) => weekly[w] += count,
                None => {
                    let mut weekly = vec![0; n];
                    weekly[w] = count;
                    raw.screens_node.insert(node.clone(), weekly);
                }
            }
            *raw.pages.entry((node, step)).or_default() += count;
        }
    }

    let (since, until) = (crate::clock::start_of(from), to.next_day().map_or(i64::MAX, crate::clock::start_of));
    feedback(db, weeks, since, until, &mut raw).await?;
    services(db, weeks, since, until, &mut raw).await?;
    Ok(raw)
}

/// Consultations asked in the period, webinar reminders, announcements.
async fn services(db: &Db, weeks: &Weeks, since: i64, until: i64, raw: &mut Raw) -> anyhow::Result<()> {
    let sql = format!(
        "SELECT {} AS monday, consultant, first_answer_at - asked_at AS wait
         FROM consult_question WHERE asked_at >= $1 AND asked_at < $2",
        monday_of_time(db.backend, "asked_at")
    );
    let mut rows = sqlx::query(&sql).bind(since).bind(until).fetch(&db.read);
    while let Some(row) = rows.try_next().await? {
        let Some(w) = weeks.index(row.try_get("monday")?) else { continue };
        let consultant: String = row.try_get("consultant")?;
        raw.consult_asked.entry(consultant).or_insert_with(|| vec![0; weeks.len()])[w] += 1;
        if let Some(wait) = row.try_get::<Option<i64>, _>("wait")? {
            raw.consult_waits.push(wait.max(0));
        }
    }
    drop(rows);
    raw.webinar_reminders = sqlx::query_as("SELECT webinar, count FROM webinar_count WHERE what = 'reminders'")
        .fetch_all(&db.read)
        .await?
        .into_iter()
        .collect();
    raw.announced = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(delivered), 0) AS BIGINT) FROM announcement WHERE created_at >= $1 AND created_at < $2",
    )
    .bind(since)
    .bind(until)
    .fetch_one(&db.read)
    .await?;
    Ok(())
}

async fn feedback(db: &Db, weeks: &Weeks, since: i64, until: i64, raw: &mut Raw) -> anyhow::Result<()> {
    let sql = format!(
        "SELECT {} AS monday, topic, rating, COUNT(*) AS n
         FROM feedback WHERE created_at >= $1 AND created_at < $2 GROUP BY monday, topic, rating",
        monday_of_time(db.backend, "created_at")
    );
    let mut rows = sqlx::query(&sql).bind(since).bind(until).fetch(&db.read);
    while let Some(row) = rows.try_next().await? {
        let rating: i64 = row.try_get("rating")?;
        let Some(r) = usize::try_from(3 - rating).ok().filter(|r| *r < 3) else { continue };
        let n: i64 = row.try_get("n")?;
        if let Some(w) = weeks.index(row.try_get("monday")?) {
            raw.rating_week[w][r] += n;
        }
        raw.rating_topic.entry(row.try_get("topic")?).or_default()[r] += n;
    }
    drop(rows);
    let sql = "SELECT topic, comment FROM (
             SELECT topic, comment, ROW_NUMBER() OVER (PARTITION BY topic ORDER BY id DESC) AS k
             FROM feedback WHERE created_at >= $1 AND created_at < $2 AND comment IS NOT NULL AND trim(comment) != '') AS latest
         WHERE k <= $3 ORDER BY topic, k";
    let mut rows = sqlx::query(sql).bind(since).bind(until).bind(COMMENTS_PER_TOPIC).fetch(&db.read);
    while let Some(row) = rows.try_next().await? {
        raw.comments.entry(row.try_get("topic")?).or_default().push(row.try_get("comment")?);
    }
    Ok(())
}
