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
    let had: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webinar_reminder WHERE person = $1 AND webinar = $2")
        .bind(person)
        .bind(webinar)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM webinar_reminder WHERE person = $1 AND webinar = $2")
        .bind(person)
        .bind(webinar)
        .execute(&mut *tx)
        .await?;
    for row in rows {
        sqlx::query("INSERT INTO webinar_reminder (person, webinar, kind, due, chat) VALUES ($1, $2, $3, $4, $5)")
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

async fn count(tx: &mut sqlx::AnyConnection, webinar: &str, what: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO webinar_count (webinar, what, count) VALUES ($1, $2, 1)
         ON CONFLICT (webinar, what) DO UPDATE SET count = webinar_count.count + 1",
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
        "SELECT COUNT(*) FROM webinar_reminder WHERE person = $1 AND webinar = $2 AND kind != 'after'",
    )
    .bind(person)
    .bind(webinar)
    .fetch_one(&db.read)
    .await?;
    Ok(n > 0)
}

/// "Stop reminders": every reminder she has, for every webinar.
pub async fn stop(db: &Db, person: &str) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM webinar_reminder WHERE person = $1").bind(person).execute(&db.write).await?;
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
        "SELECT id, person, webinar, kind, due, chat FROM webinar_reminder WHERE due <= $1 ORDER BY due, id LIMIT $2",
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
    let done = sqlx::query("DELETE FROM webinar_reminder WHERE id = $1").bind(id).execute(&db.write).await?;
    Ok(done.rows_affected() > 0)
}

/// How long a subscription to webinar news lasts unless she renews it.
pub const SUBSCRIPTION_DAYS: i64 = 365;
/// How long before its end she is asked whether to keep it.
pub const RENEW_ASK_DAYS: i64 = 14;

/// Subscribes her to news of webinars (or updates her language). Doing so
/// again, as from the renewal question, renews it for another year.
pub async fn subscribe(db: &Db, person: &str, lang: &str, chat: &[u8], now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO webinar_subscriber (person, lang, chat, since) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person) DO UPDATE SET lang = excluded.lang, chat = excluded.chat,
         since = excluded.since, renew_asked_at = NULL",
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
    sqlx::query("DELETE FROM webinar_subscriber WHERE person = $1").bind(person).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM announcement_queue WHERE person = $1 AND state = 'queued'")
        .bind(person)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// A subscriber to ask whether to keep the news: `(person, lang, sealed chat)`.
pub type Renewal = (String, String, Vec<u8>);

/// Subscriptions within [`RENEW_ASK_DAYS`] of their end whose holder was
/// not asked yet.
pub async fn renewals_due(db: &Db, now: i64, limit: i64) -> sqlx::Result<Vec<Renewal>> {
    sqlx::query_as(
        "SELECT person, lang, chat FROM webinar_subscriber WHERE renew_asked_at IS NULL AND since <= $1
         ORDER BY since LIMIT $2",
    )
    .bind(now - (SUBSCRIPTION_DAYS - RENEW_ASK_DAYS) * 86_400)
    .bind(limit)
    .fetch_all(&db.read)
    .await
}

/// She was asked (whether or not the question reached her): not again.
pub async fn renewal_asked(db: &Db, person: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE webinar_subscriber SET renew_asked_at = $1 WHERE person = $2")
        .bind(now)
        .bind(person)
        .execute(&db.write)
        .await?;
    Ok(())
}

/// Ends every subscription older than [`SUBSCRIPTION_DAYS`] (her sealed
/// chat id with it, and her place in any announcement not yet sent);
/// returns how many ended.
pub async fn expire(db: &Db, now: i64) -> sqlx::Result<u64> {
    let before = now - SUBSCRIPTION_DAYS * 86_400;
    let mut tx = db.write.begin().await?;
    sqlx::query(
        "DELETE FROM announcement_queue WHERE state = 'queued' AND person IN
         (SELECT person FROM webinar_subscriber WHERE since <= $1)",
    )
    .bind(before)
    .execute(&mut *tx)
    .await?;
    let done = sqlx::query("DELETE FROM webinar_subscriber WHERE since <= $1").bind(before).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

pub async fn is_subscribed(db: &Db, person: &str) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM webinar_subscriber WHERE person = $1")
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
        sqlx::query(&format!("DELETE FROM {table} WHERE person = $1")).bind(person).execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Reminders requested per webinar, for `kadam stats` and `/stats`.
pub async fn reminder_counts(db: &Db) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT webinar, count FROM webinar_count WHERE what = 'reminders' ORDER BY webinar")
        .fetch_all(&db.read)
        .await
}

/// Ratings of each webinar (feedback with the topic `webinar-<id>`):
/// (webinar, records, of them "helpful").
pub async fn rating_counts(db: &Db) -> sqlx::Result<Vec<(String, i64, i64)>> {
    sqlx::query_as(
        "SELECT substr(topic, 9), COUNT(*), CAST(SUM(CASE WHEN rating = 3 THEN 1 ELSE 0 END) AS BIGINT) FROM feedback
         WHERE topic LIKE 'webinar-%' GROUP BY topic ORDER BY topic",
    )
    .fetch_all(&db.read)
    .await
}

/// Subscribers per language, for the preview and the dry run.
pub async fn subscribers_by_lang(db: &Db) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT lang, COUNT(*) FROM webinar_subscriber GROUP BY lang ORDER BY lang")
        .fetch_all(&db.read)
        .await
}

/// An announcement not yet sent: its texts as JSON (`{"ru": "..."}`).
pub async fn create_draft(
    db: &Db,
    now: i64,
    webinar: Option<&str>,
    texts: &str,
    report_chat: Option<i64>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO announcement (created_at, webinar, texts, status, report_chat) VALUES ($1, $2, $3, 'draft', $4) RETURNING id",
    )
    .bind(now)
    .bind(webinar)
    .bind(texts)
    .bind(report_chat)
    .fetch_one(&db.write)
    .await
}

/// Cancels a draft; false if it was no longer a draft.
pub async fn cancel(db: &Db, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE announcement SET status = 'cancelled' WHERE id = $1 AND status = 'draft'")
        .bind(id)
        .execute(&db.write)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Confirms a draft: every subscriber goes into its queue, each chat id
/// sealed again for its queue row by `reseal(sealed, seq)` (a subscriber
/// whose seal does not open is left out), all in one transaction. Returns
/// the number queued, or `None` if it was no longer a draft (a double tap).
pub async fn confirm(
    db: &Db,
    id: i64,
    reseal: impl Fn(&[u8], i64) -> Option<Vec<u8>>,
    report_message: Option<i32>,
) -> sqlx::Result<Option<i64>> {
    let mut tx = db.write.begin().await?;
    let draft = sqlx::query(
        "UPDATE announcement SET status = 'sending', report_message = $1 WHERE id = $2 AND status = 'draft'",
    )
    .bind(report_message)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if draft.rows_affected() == 0 {
        return Ok(None);
    }
    let subscribers: Vec<(String, String, Vec<u8>)> =
        sqlx::query_as("SELECT person, lang, chat FROM webinar_subscriber ORDER BY since, person")
            .fetch_all(&mut *tx)
            .await?;
    let mut seq = 0;
    for (person, lang, sealed) in subscribers {
        let Some(chat) = reseal(&sealed, seq) else { continue };
        sqlx::query(
            "INSERT INTO announcement_queue (announcement, seq, person, lang, chat) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(seq)
        .bind(&person)
        .bind(&lang)
        .bind(chat)
        .execute(&mut *tx)
        .await?;
        seq += 1;
    }
    sqlx::query("UPDATE announcement SET total = $1 WHERE id = $2").bind(seq).bind(id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Some(seq))
}

/// An announcement being sent.
#[derive(Clone, Debug)]
pub struct Announcement {
    pub id: i64,
    pub webinar: Option<String>,
    pub texts: String,
    pub total: i64,
    pub delivered: i64,
    pub blocked: i64,
    pub failed: i64,
    pub report_chat: Option<i64>,
    pub report_message: Option<i64>,
}

/// The oldest announcement still being sent, with the rows a crash left
/// claimed settled as failed first: such a message may or may not have gone
/// out, and sending it again could give her two.
pub async fn resume(db: &Db) -> sqlx::Result<Option<Announcement>> {
    let Some(id): Option<i64> =
        sqlx::query_scalar("SELECT id FROM announcement WHERE status = 'sending' ORDER BY id LIMIT 1")
            .fetch_optional(&db.write)
            .await?
    else {
        return Ok(None);
    };
    let mut tx = db.write.begin().await?;
    let unsure =
        sqlx::query("UPDATE announcement_queue SET state = 'failed' WHERE announcement = $1 AND state = 'claimed'")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    sqlx::query("UPDATE announcement SET failed = failed + $1 WHERE id = $2")
        .bind(unsure as i64)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    let row = sqlx::query(
        "SELECT id, webinar, texts, total, delivered, blocked, failed, report_chat, report_message FROM announcement WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&db.write)
    .await?;
    Ok(Some(Announcement {
        id: row.get("id"),
        webinar: row.get("webinar"),
        texts: row.get("texts"),
        total: row.get("total"),
        delivered: row.get("delivered"),
        blocked: row.get("blocked"),
        failed: row.get("failed"),
        report_chat: row.get("report_chat"),
        report_message: row.get("report_message"),
    }))
}

/// A queued message.
pub struct Queued {
    pub seq: i64,
    pub person: String,
    pub lang: String,
    pub chat: Vec<u8>,
}

/// The next queued rows, in order.
pub async fn queued(db: &Db, id: i64, limit: i64) -> sqlx::Result<Vec<Queued>> {
    let rows = sqlx::query(
        "SELECT seq, person, lang, chat FROM announcement_queue WHERE announcement = $1 AND state = 'queued' ORDER BY seq LIMIT $2",
    )
    .bind(id)
    .bind(limit)
    .fetch_all(&db.write)
    .await?;
    Ok(rows
        .iter()
        .map(|r| Queued { seq: r.get("seq"), person: r.get("person"), lang: r.get("lang"), chat: r.get("chat") })
        .collect())
}

/// Marks a row as going out now; false if it is no longer queued (she
/// unsubscribed or was forgotten meanwhile).
pub async fn claim(db: &Db, id: i64, seq: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE announcement_queue SET state = 'claimed' WHERE announcement = $1 AND seq = $2 AND state = 'queued'",
    )
    .bind(id)
    .bind(seq)
    .execute(&db.write)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// How one message went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    Delivered,
    /// She blocked the bot or deleted her account: her subscription ends.
    Blocked,
    Failed,
}

/// Records how a claimed row went, in one transaction with its count (and,
/// for a blocked chat, the end of her subscription).
pub async fn settle(db: &Db, id: i64, row: &Queued, outcome: Sent) -> sqlx::Result<()> {
    let (state, column) = match outcome {
        Sent::Delivered => ("sent", "delivered"),
        Sent::Blocked => ("blocked", "blocked"),
        Sent::Failed => ("failed", "failed"),
    };
    let mut tx = db.write.begin().await?;
    sqlx::query("UPDATE announcement_queue SET state = $1 WHERE announcement = $2 AND seq = $3")
        .bind(state)
        .bind(id)
        .bind(row.seq)
        .execute(&mut *tx)
        .await?;
    sqlx::query(&format!("UPDATE announcement SET {column} = {column} + 1 WHERE id = $1"))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if outcome == Sent::Blocked {
        sqlx::query("DELETE FROM webinar_subscriber WHERE person = $1").bind(&row.person).execute(&mut *tx).await?;
    }
    tx.commit().await
}

/// Ends an announcement: its queue (people and sealed chat ids) is deleted,
/// only the counts stay.
pub async fn finish(db: &Db, id: i64) -> sqlx::Result<()> {
    let mut tx = db.write.begin().await?;
    sqlx::query("DELETE FROM announcement_queue WHERE announcement = $1").bind(id).execute(&mut *tx).await?;
    sqlx::query("UPDATE announcement SET status = 'done' WHERE id = $1").bind(id).execute(&mut *tx).await?;
    tx.commit().await
}

/// Figures of the announcements sent: id, day created (unix), webinar, delivered, blocked, failed.
pub async fn announcement_figures(db: &Db) -> sqlx::Result<Vec<(i64, i64, Option<String>, i64, i64, i64)>> {
    sqlx::query_as(
        "SELECT id, created_at, webinar, delivered, blocked, failed FROM announcement WHERE status IN ('sending', 'done') ORDER BY id",
    )
    .fetch_all(&db.read)
    .await
}

/// The counts of an announcement now.
pub async fn progress(db: &Db, id: i64) -> sqlx::Result<(i64, i64, i64, i64)> {
    sqlx::query_as("SELECT total, delivered, blocked, failed FROM announcement WHERE id = $1")
        .bind(id)
        .fetch_one(&db.read)
        .await
}
