//! Feedback records, kept only after consent.
//!
//! A record is created from the Telegram update that carried her "yes"; the
//! UNIQUE `update_id` makes a redelivered update a no-op instead of a second
//! record. Her comment and region are added to her most recent record, since
//! the form asks for them right after the "yes". A person keeps at most one
//! record per topic and (Bishkek) day: a new "yes" replaces that day's
//! earlier answer, so how often she came back to a guide is not recorded.

use futures_util::{Stream, StreamExt};
use sqlx::{AnyConnection, Row, any::AnyRow};

use super::Db;
use crate::{clock, dialogue::engine::FeedbackEffect};

/// Applies one feedback effect for `person`. Returns whether anything changed
/// (false for a redelivered "yes").
pub async fn apply(db: &Db, person: &str, update_id: u32, now: i64, effect: &FeedbackEffect) -> sqlx::Result<bool> {
    let mut tx = db.write.begin().await?;
    let changed = apply_in(&mut tx, person, update_id, now, effect).await?;
    tx.commit().await?;
    Ok(changed)
}

/// [`apply`] on a connection of the caller's: inside a transaction (a new
/// record replaces that day's earlier one in two statements), e.g. the one
/// that also saves the state moving past the form.
pub async fn apply_in(
    conn: &mut AnyConnection,
    person: &str,
    update_id: u32,
    now: i64,
    effect: &FeedbackEffect,
) -> sqlx::Result<bool> {
    let done = match effect {
        FeedbackEffect::Create { topic, rating, lang, consent_version } => {
            // Her earlier answer on this topic today goes, unless this very
            // update was stored already (a redelivery must change nothing).
            // The caller runs both statements in one transaction.
            let today = clock::start_of(clock::local(now).date());
            sqlx::query(
                "DELETE FROM feedback WHERE person = $1 AND topic = $2 AND created_at >= $3 AND created_at < $4
                 AND NOT EXISTS (SELECT 1 FROM feedback WHERE update_id = $5)",
            )
            .bind(person)
            .bind(topic)
            .bind(today)
            .bind(today + 24 * 60 * 60)
            .bind(i64::from(update_id))
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO feedback (created_at, person, lang, topic, rating, consent_version, update_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (update_id) DO NOTHING",
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
    conn: &mut AnyConnection,
    person: &str,
    column: &'static str,
    value: &str,
) -> sqlx::Result<sqlx::any::AnyQueryResult> {
    sqlx::query(&format!(
        "UPDATE feedback SET {column} = $1 WHERE id = (SELECT MAX(id) FROM feedback WHERE person = $2)"
    ))
    .bind(value)
    .bind(person)
    .execute(conn)
    .await
}

/// Deletes records created before `cutoff` (unix seconds): the consent
/// notice promises how long they are kept.
pub async fn purge_older_than(db: &Db, cutoff: i64) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM feedback WHERE created_at < $1").bind(cutoff).execute(&db.write).await?;
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
    pub fn from_row(row: &AnyRow) -> sqlx::Result<Self> {
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

/// In which order records come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// As they were written: for counting.
    Written,
    /// By Bishkek day, topic and pseudonym: for files that leave the server,
    /// where the order of rows must not tell who answered after whom.
    Unlinkable,
}

impl Filter {
    /// The query for the records this filter selects.
    fn query(&self, order: Order) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
        let sql = match order {
            Order::Written => {
                "SELECT id, created_at, person, lang, topic, rating, comment, region, consent_version FROM feedback
                 WHERE created_at >= $1 AND created_at < $2 AND ($3 IS NULL OR topic = $4) ORDER BY id"
            }
            // Bishkek is UTC+6 all year: its day starts at 18:00 UTC.
            Order::Unlinkable => {
                "SELECT id, created_at, person, lang, topic, rating, comment, region, consent_version FROM feedback
                 WHERE created_at >= $1 AND created_at < $2 AND ($3 IS NULL OR topic = $4)
                 ORDER BY (created_at + 21600) / 86400, topic, person"
            }
        };
        sqlx::query(sql)
            .bind(self.since.unwrap_or(i64::MIN))
            .bind(self.until.unwrap_or(i64::MAX))
            .bind(self.topic.clone())
            .bind(self.topic.clone())
    }
}

/// The records `filter` selects, oldest first, one row at a time: memory
/// stays flat however many there are.
pub fn records<'a>(
    db: &'a Db,
    filter: &'a Filter,
    order: Order,
) -> impl Stream<Item = sqlx::Result<Record>> + Send + 'a {
    filter.query(order).fetch(&db.read).map(|row| row.and_then(|row| Record::from_row(&row)))
}
