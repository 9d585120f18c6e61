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
        "INSERT INTO consult_question (person, consultant, lang, area, asked_at, last_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
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
    sqlx::query("UPDATE consult_question SET sealed_chat = $1, topic_id = $2 WHERE id = $3")
        .bind(sealed)
        .bind(topic_id)
        .bind(id)
        .execute(&db.write)
        .await?;
    Ok(())
}

/// Removes a question that never reached the staff group.
pub async fn discard(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM consult_question WHERE id = $1").bind(id).execute(&db.write).await?;
    Ok(())
}

/// Her open questions, oldest first.
pub async fn open_of(db: &Db, person: &str) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM consult_question WHERE person = $1 AND closed_at IS NULL ORDER BY id"
    ))
    .bind(person)
    .fetch_all(&db.read)
    .await
}

/// Every question of hers, open or closed (for `/forget`).
pub async fn all_of(db: &Db, person: &str) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE person = $1 ORDER BY id"))
        .bind(person)
        .fetch_all(&db.read)
        .await
}

pub async fn get(db: &Db, id: i64) -> Result<Option<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.read)
        .await
}

/// The question living in a topic of the staff group, open or closed.
pub async fn in_topic(db: &Db, topic_id: i64) -> Result<Option<Question>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM consult_question WHERE topic_id = $1 ORDER BY id DESC LIMIT 1"))
        .bind(topic_id)
        .fetch_optional(&db.read)
        .await
}

/// Something new happened in the question (she added to it).
pub async fn touch(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET last_at = $1 WHERE id = $2").bind(now).bind(id).execute(&db.write).await?;
    Ok(())
}

/// Closes a question: her sealed chat id goes, and so do the answers waiting
/// behind her buttons, so an old "Open" shows nothing. Returns whether this
/// call closed it (false when it was closed already).
pub async fn close(db: &Db, id: i64, now: i64) -> Result<bool, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    let done = sqlx::query(
        "UPDATE consult_question SET closed_at = $1, sealed_chat = NULL WHERE id = $2 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM consult_answer WHERE question = $1").bind(id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(done.rows_affected() > 0)
}

/// The quick exit: every answer waiting for her goes at once, from closed
/// questions too.
pub async fn drop_answers_of(db: &Db, person: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM consult_answer WHERE person = $1").bind(person).execute(&db.write).await?;
    Ok(done.rows_affected())
}

/// How many questions she opened since `since` (for the daily limit).
pub async fn asked_since(db: &Db, person: &str, since: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM consult_question WHERE person = $1 AND asked_at >= $2")
        .bind(person)
        .bind(since)
        .fetch_one(&db.write)
        .await
}

/// An answer claimed for delivery: its id for her "Read" button, and her
/// sealed chat id as it was at the moment of the claim.
pub struct Claim {
    pub answer: i64,
    pub sealed_chat: Option<Vec<u8>>,
    pub person: String,
}

/// Stores where an answer is, for her "Read" button, but only if the
/// question is still open at this very moment: the check and the write are
/// one statement, so an answer racing her quick exit either is claimed
/// before the exit closes the question (and the exit then deletes it), or
/// finds it closed and gets `None`. `by` is the consultant's code.
pub async fn claim_answer(
    db: &Db,
    question: i64,
    staff_message: i32,
    by: &str,
    now: i64,
) -> Result<Option<Claim>, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    let open: Option<(Option<Vec<u8>>, String)> = sqlx::query_as(
        "UPDATE consult_question SET first_answer_at = COALESCE(first_answer_at, $1), \
         answered_by = COALESCE(answered_by, $2), last_at = $3 \
         WHERE id = $4 AND closed_at IS NULL RETURNING sealed_chat, person",
    )
    .bind(now)
    .bind(by)
    .bind(now)
    .bind(question)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((sealed_chat, person)) = open else { return Ok(None) };
    let answer = sqlx::query_scalar(
        "INSERT INTO consult_answer (question, person, staff_message, sent_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(question)
    .bind(&person)
    .bind(staff_message)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(Claim { answer, sealed_chat, person }))
}

/// An answer waiting for her, if it is hers: `(question, staff message)`.
pub async fn answer_for(db: &Db, id: i64, person: &str) -> Result<Option<(i64, i32)>, sqlx::Error> {
    sqlx::query_as("SELECT question, staff_message FROM consult_answer WHERE id = $1 AND person = $2")
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
         AND bumped = 0 AND topic_id IS NOT NULL AND asked_at <= $1 ORDER BY id"
    ))
    .bind(before)
    .fetch_all(&db.read)
    .await
}

pub async fn mark_bumped(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET bumped = 1 WHERE id = $1").bind(id).execute(&db.write).await?;
    Ok(())
}

/// Open questions quiet since before `before`: retention closes them.
pub async fn stale(db: &Db, before: i64) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM consult_question WHERE closed_at IS NULL AND last_at <= $1 ORDER BY id"
    ))
    .bind(before)
    .fetch_all(&db.read)
    .await
}

/// Closed questions older than `before` lose the link to her and their
/// waiting answers: only the anonymous figures stay.
pub async fn unlink_closed(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let mut tx = db.write.begin().await?;
    sqlx::query("DELETE FROM consult_answer WHERE question IN (SELECT id FROM consult_question WHERE closed_at <= $1)")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query("UPDATE consult_question SET person = '' WHERE closed_at <= $1 AND person != ''")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

/// Topics of questions past retention (unlinked from her) that are still
/// in the staff group: `(question, topic)`. Deleted one by one, and tried
/// again at the next look when Telegram refused.
pub async fn topics_to_delete(db: &Db) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, topic_id FROM consult_question WHERE person = '' AND closed_at IS NOT NULL \
         AND topic_id IS NOT NULL ORDER BY id",
    )
    .fetch_all(&db.read)
    .await
}

/// The question's topic is gone from the staff group.
pub async fn topic_deleted(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consult_question SET topic_id = NULL WHERE id = $1").bind(id).execute(&db.write).await?;
    Ok(())
}

/// The figures for `/stats`: one row per question (anonymous).
#[derive(Clone, Debug, FromRow)]
pub struct Figure {
    pub consultant: String,
    pub lang: String,
    pub asked_at: i64,
    pub first_answer_at: Option<i64>,
}

/// The questions asked from `since` until before `until` (unix seconds), as
/// the figures see them: an answer after `until` does not count yet, so the
/// figures of a period that is over never change.
pub async fn figures(db: &Db, since: i64, until: i64) -> Result<Vec<Figure>, sqlx::Error> {
    let mut figures: Vec<Figure> = sqlx::query_as(
        "SELECT consultant, lang, asked_at, first_answer_at FROM consult_question \
         WHERE asked_at >= $1 AND asked_at < $2 ORDER BY id",
    )
    .bind(since)
    .bind(until)
    .fetch_all(&db.read)
    .await?;
    for f in &mut figures {
        f.first_answer_at = f.first_answer_at.filter(|at| *at < until);
    }
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer racing her quick exit: once the question is closed, the
    /// claim finds nothing, stores nothing and gives no chat id.
    #[tokio::test]
    async fn an_answer_claims_only_an_open_question_and_closing_drops_waiting_answers() {
        // Both backends: SQLite, then PostgreSQL (storage::testing).
        for db in crate::storage::testing::both().await {
            let new = New { person: "p1", consultant: "lawyer", lang: "ru", area: "violence" };
            let id = create(&db, &new, 100).await.unwrap();
            set_contact(&db, id, b"sealed", 7).await.unwrap();
            let claim = claim_answer(&db, id, 11, "staff-a", 200).await.unwrap().expect("open: claimed");
            assert_eq!((claim.sealed_chat.as_deref(), claim.person.as_str()), (Some(&b"sealed"[..]), "p1"));
            assert!(answer_for(&db, claim.answer, "p1").await.unwrap().is_some());
            let answered_by: Option<String> =
                sqlx::query_scalar("SELECT answered_by FROM consult_question").fetch_one(&db.read).await.unwrap();
            assert_eq!(answered_by.as_deref(), Some("staff-a"));

            assert!(close(&db, id, 300).await.unwrap(), "the first close closes");
            assert!(!close(&db, id, 301).await.unwrap(), "a second close finds it closed");
            assert!(answer_for(&db, claim.answer, "p1").await.unwrap().is_none(), "her old Open button shows nothing");
            assert!(claim_answer(&db, id, 12, "staff-b", 400).await.unwrap().is_none(), "nothing after the close");
            let answers: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM consult_answer").fetch_one(&db.read).await.unwrap();
            assert_eq!(answers, 0);
        }
    }

    #[tokio::test]
    async fn new_questions_are_counted_per_person_since_a_time() {
        // Both backends: SQLite, then PostgreSQL (storage::testing).
        for db in crate::storage::testing::both().await {
            for (person, at) in [("p1", 100), ("p1", 200), ("p2", 200), ("p1", 300)] {
                create(&db, &New { person, consultant: "lawyer", lang: "ru", area: "main" }, at).await.unwrap();
            }
            assert_eq!(asked_since(&db, "p1", 150).await.unwrap(), 2);
            assert_eq!(asked_since(&db, "p2", 0).await.unwrap(), 1);
        }
    }
}
