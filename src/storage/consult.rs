//! Questions to a consultant, as stored: who asked only as a pseudonym, her
//! chat id only sealed and only while the question is open, the forum topic
//! it lives in, and timestamps for the figures. Never a message text: her
//! question and the answers live only in Telegram (the staff topic), and an
//! answer is copied to her from there when she asks to read it.

use sqlx::FromRow;

use super::Db;

/// One question, as the shell needs it.
#[derive(Clone, Debug, FromRow)]
pub struct Question {
    pub id: i64,
    pub person: String,
    pub sealed_chat: Option<Vec<u8>>,
    pub topic_id: Option<i64>,
    pub consultant: String,
    pub lang: String,
    pub area: String,
    pub asked_at: i64,
    pub first_answer_at: Option<i64>,
    pub closed_at: Option<i64>,
}

const COLUMNS: &str = "id, person, sealed_chat, topic_id, consultant, lang, area, asked_at, first_answer_at, closed_at";

/// The context her chat id is sealed with: binds the sealed bytes to the row.
pub fn seal_context(id: i64) -> Vec<u8> {
    format!("consult:Q-{id}").into_bytes()
}

/// What a new question is about.
pub struct New<'a> {
    pub person: &'a str,
    pub consultant: &'a str,
    pub lang: &'a str,
    pub area: &'a str,
}

/// Adds a question and returns its number. The sealed chat id is set
/// afterwards with [`set_contact`], because its context names the number.
pub async fn create(db: &Db, new: &New<'_>, now: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO consult_question (person, consultant, lang, area, asked_at, last_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new.person)
    .bind(new.consultant)
    .bind(new.lang)
    .bind(new.area)
    .bind(now)
    .bind(now)
    .fetch_one(&db.write)
    .await
}

pub async fn set_contact(db: &Db, id: i64, sealed: &[u8], topic_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET sealed_chat = ?, topic_id = ? WHERE id = ?")
        .bind(sealed)
        .bind(topic_id)
        .bind(id)
        .execute(&db.write)
        .await?;
    Ok(())
}

/// Removes a question that never reached the staff group.
pub async fn discard(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM consult_question WHERE id = ?").bind(id).execute(&db.write).await?;
    Ok(())
}

/// Her open questions, oldest first.
pub async fn open_of(db: &Db, person: &str) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM consult_question WHERE person = ? AND closed_at IS NULL ORDER BY id"
    ))
    .bind(person)
    .fetch_all(&db.read)
    .await
}

/// Every question of hers, open or closed (for `/forget`).
pub async fn all_of(db: &Db, person: &str) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE person = ? ORDER BY id"))
        .bind(person)
        .fetch_all(&db.read)
        .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE id = ?"))
        .bind(id)
        .fetch_optional(&db.read)
        .await
}

/// The question living in a topic of the staff group, open or closed.
pub async fn in_topic(db: &Db, topic_id: i64) -> Result<Option<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE topic_id = ? ORDER BY id DESC LIMIT 1"))
        .bind(topic_id)
        .fetch_optional(&db.read)
        .await
}

/// Something new happened in the question (she added to it).
pub async fn touch(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET last_at = ? WHERE id = ?").bind(now).bind(id).execute(&db.write).await?;
    Ok(())
}

/// Closes a question: her sealed chat id is deleted with it.
pub async fn close(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET closed_at = ?, sealed_chat = NULL WHERE id = ? AND closed_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&db.write)
        .await?;
    Ok(())
}

/// Stores where an answer is, for her "Read" button; returns its id.
pub async fn add_answer(db: &Db, q: &Question, staff_message: i32, now: i64) -> Result<i64, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    sqlx::query("UPDATE consult_question SET first_answer_at = COALESCE(first_answer_at, ?), last_at = ? WHERE id = ?")
        .bind(now)
        .bind(now)
        .bind(q.id)
        .execute(&mut *tx)
        .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO consult_answer (question, person, staff_message, sent_at) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(q.id)
    .bind(&q.person)
    .bind(staff_message)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An answer waiting for her, if it is hers: `(question, staff message)`.
pub async fn answer_for(db: &Db, id: i64, person: &str) -> Result<Option<(i64, i32)>, sqlx::Error> {
    sqlx::query_as("SELECT question, staff_message FROM consult_answer WHERE id = ? AND person = ?")
        .bind(id)
        .bind(person)
        .fetch_optional(&db.read)
        .await
}

/// Open questions asked before `before` that nobody answered and that were
/// not bumped yet.
pub async fn unanswered(db: &Db, before: i64) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM consult_question WHERE closed_at IS NULL AND first_answer_at IS NULL \
         AND bumped = 0 AND topic_id IS NOT NULL AND asked_at <= ? ORDER BY id"
    ))
    .bind(before)
    .fetch_all(&db.read)
    .await
}

pub async fn mark_bumped(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET bumped = 1 WHERE id = ?").bind(id).execute(&db.write).await?;
    Ok(())
}

/// Open questions quiet since before `before`: retention closes them.
pub async fn stale(db: &Db, before: i64) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM consult_question WHERE closed_at IS NULL AND last_at <= ? ORDER BY id"
    ))
    .bind(before)
    .fetch_all(&db.read)
    .await
}

/// Closed questions older than `before` lose the link to her and their
/// waiting answers: only the anonymous figures stay.
pub async fn unlink_closed(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    sqlx::query("DELETE FROM consult_answer WHERE question IN (SELECT id FROM consult_question WHERE closed_at <= ?)")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query("UPDATE consult_question SET person = '' WHERE closed_at <= ? AND person != ''")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

/// The figures for `/stats`: one row per question (anonymous).
#[derive(Clone, Debug, FromRow)]
pub struct Figure {
    pub consultant: String,
    pub lang: String,
    pub asked_at: i64,
    pub first_answer_at: Option<i64>,
}

pub async fn figures(db: &Db) -> Result<Vec<Figure>, sqlx::Error> {
    sqlx::query_as("SELECT consultant, lang, asked_at, first_answer_at FROM consult_question ORDER BY id")
        .fetch_all(&db.read)
        .await
}
