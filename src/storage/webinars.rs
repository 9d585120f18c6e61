//! Webinar reminders, "tell me about new webinars", and the persistent
//! queue of announcements (see `migrations/0006_webinars.sql`).
//!
//! Chat ids arrive here already sealed and leave sealed: this module never
//! sees one in the clear. Each sealed value is bound to its row's purpose by
//! the context the caller sealed it with ([`reminder_context`] …).

use sqlx::Row;

use super::Db;

/// What a reminder row is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    DayBefore,
    HourBefore,
    /// After the webinar: "was it useful?".
    After,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::DayBefore, Kind::HourBefore, Kind::After];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::DayBefore => "day",
            Kind::HourBefore => "hour",
            Kind::After => "after",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The associated data a reminder's chat id is sealed with.
pub fn reminder_context(webinar: &str, kind: Kind, due: i64) -> Vec<u8> {
    format!("webinar:{webinar}:{}:{due}", kind.as_str()).into_bytes()
}

/// The associated data of a subscriber's chat id.
pub const SUBSCRIBER_CONTEXT: &[u8] = b"webinar-news";

/// The associated data of a queued announcement's chat id.
pub fn queue_context(announcement: i64, seq: i64) -> Vec<u8> {
    format!("announce:{announcement}:{seq}").into_bytes()
}

/// A reminder to write: when it is due and her sealed chat id.
pub struct NewReminder {
    pub kind: Kind,
    pub due: i64,
    pub chat: Vec<u8>,
}

/// Stores her reminders for `webinar` (replacing earlier ones for it) and
/// counts the request once per person and webinar. Returns whether she had
/// none for it before.
pub async fn remind(db: &Db, person: &str, webinar: &str, rows: &[NewReminder]) -> sqlx::Result<bool> {
    let mut tx = db.write.begin().await?;
    let had: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webinar_reminder WHERE person = ? AND webinar = ?")
        .bind(person)
        .bind(webinar)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM webinar_reminder WHERE person = ? AND webinar = ?")
        .bind(person)
        .bind(webinar)
        .execute(&mut *tx)
        .await?;
    for row in rows {
        sqlx::query("INSERT INTO webinar_reminder (person, webinar, kind, due, chat) VALUES (?, ?, ?, ?, ?)")
            .bind(person)
            .bind(webinar)
            .bind(row.kind.as_str())
            .bind(row.due)
            .bind(&row.chat)
            .execute(&mut *tx)
            .await?;
    }
    if had == 0 {
        count(&mut tx, webinar, "reminders").await?;
    }
    tx.commit().await?;
    Ok(had == 0)
}

async fn count(tx: &mut sqlx::SqliteConnection, webinar: &str, what: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO webinar_count (webinar, what, count) VALUES (?, ?, 1)
         ON CONFLICT (webinar, what) DO UPDATE SET count = count + 1",
    )
    .bind(webinar)
    .bind(what)
    .execute(tx)
    .await?;
    Ok(())
}

/// Whether she has a reminder pending for `webinar`.
pub async fn is_reminded(db: &Db, person: &str, webinar: &str) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM webinar_reminder WHERE person = ? AND webinar = ? AND kind != 'after'",
    )
    .bind(person)
    .bind(webinar)
    .fetch_one(&db.read)
    .await?;
    Ok(n > 0)
}

/// "Stop reminders": every reminder she has, for every webinar.
pub async fn stop(db: &Db, person: &str) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM webinar_reminder WHERE person = ?").bind(person).execute(&db.write).await?;
    Ok(done.rows_affected())
}

/// A reminder that is due.
pub struct Due {
    pub id: i64,
    pub person: String,
    pub webinar: String,
    pub kind: Kind,
    pub due: i64,
    pub chat: Vec<u8>,
}

/// Reminders due at `now`, oldest first.
pub async fn due(db: &Db, now: i64, limit: i64) -> sqlx::Result<Vec<Due>> {
    let rows = sqlx::query(
        "SELECT id, person, webinar, kind, due, chat FROM webinar_reminder WHERE due <= ? ORDER BY due, id LIMIT ?",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.write)
    .await?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some(Due {
                id: r.get("id"),
                person: r.get("person"),
                webinar: r.get("webinar"),
                kind: Kind::parse(r.get::<&str, _>("kind"))?,
                due: r.get("due"),
                chat: r.get("chat"),
            })
        })
        .collect())
}

/// Takes a due reminder off the list before it is sent: whatever happens to
/// the send, she is never reminded twice. False if it was already gone
/// (stopped or forgotten in the meantime).
pub async fn take(db: &Db, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM webinar_reminder WHERE id = ?").bind(id).execute(&db.write).await?;
    Ok(done.rows_affected() > 0)
}

/// Subscribes her to news of webinars (or updates her language).
pub async fn subscribe(db: &Db, person: &str, lang: &str, chat: &[u8], now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO webinar_subscriber (person, lang, chat, since) VALUES (?, ?, ?, ?)
         ON CONFLICT (person) DO UPDATE SET lang = excluded.lang, chat = excluded.chat",
    )
    .bind(person)
    .bind(lang)
    .bind(chat)
    .bind(now)
    .execute(&db.write)
    .await?;
    Ok(())
}

/// Ends her subscription, and drops her from announcements not yet sent to her.
pub async fn unsubscribe(db: &Db, person: &str) -> sqlx::Result<()> {
    let mut tx = db.write.begin().await?;
    sqlx::query("DELETE FROM webinar_subscriber WHERE person = ?").bind(person).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM announcement_queue WHERE person = ? AND state = 'queued'")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

pub async fn is_subscribed(db: &Db, person: &str) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webinar_subscriber WHERE person = ?")
        .bind(person)
        .fetch_one(&db.read)
        .await?;
    Ok(n > 0)
}

/// The quick exit: her reminders, her subscription and her place in any
/// announcement queue, gone. (`/forget` does the same through
/// `privacy::PERSON_TABLES`.)
pub async fn erase(db: &Db, person: &str) -> sqlx::Result<()> {
    let mut tx = db.write.begin().await?;
    for table in ["webinar_reminder", "webinar_subscriber", "announcement_queue"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE person = ?")).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Reminders requested per webinar, for `kadam stats` and `/stats`.
pub async fn reminder_counts(db: &Db) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT webinar, count FROM webinar_count WHERE what = 'reminders' ORDER BY webinar")
        .fetch_all(&db.read)
        .await
}
