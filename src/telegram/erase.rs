//! Erasing her conversation: what the quick exit and `/forget` do, in one
//! place, so a feature that keeps something about her hooks its deletion
//! into [`quick_exit`] or [`forget`] with one call.
//!
//! Deletion must not lie. Every message of her chat is recorded the moment
//! it exists ([`super::record`]), stamped with its own Telegram `date`, so a turn
//! that fails half-way (a photo sent, then the text refused) leaves nothing
//! unrecorded, and the 48-hour window Telegram allows for deleting is
//! counted from when the message was really sent. A batch that Telegram
//! refuses is deleted one message at a time; ids that still fail stay
//! recorded, and both the next quick exit and [`retry_undeleted`] (a
//! background job, every minute) try them again as long as they are younger
//! than 48 hours. For that job her chat id is kept with them, sealed, until
//! they are deleted or too old. Only counts are logged, and only when
//! something could not be deleted.

use futures_util::StreamExt;
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{ChatId, MessageId},
};

use super::{App, Tg, send::briefly};
use crate::{clock::now, storage as db};

/// The most ids Telegram takes in one `deleteMessages`.
const BATCH: usize = 100;
/// Single deletions in flight at once when a batch was refused.
const ONE_BY_ONE_AT_ONCE: usize = 4;

/// The quick exit: deletes every message of her chat that Telegram still
/// lets us delete, then leaves the harmless `decoy` in their place.
pub async fn quick_exit(bot: &Tg, app: &App, chat: ChatId, person: &str, decoy: String) -> anyhow::Result<()> {
    wipe_chat(bot, app, chat, person).await?;
    // Nothing pending may bring the bot back into her chat afterwards.
    db::webinars::erase(&app.db, person).await?;
    erase_wal(app).await;
    // No wait on the per-chat sending rate: the decoy must replace what was
    // there now, and one message over the rate costs at most a short 429.
    let decoy = briefly(bot.send_message(chat, decoy)).await;
    // After the decoy, which must not wait: her questions' topics are closed.
    super::consult::on_quick_exit(bot, app, person).await;
    decoy?;
    Ok(())
}

/// `/forget`: first her chat, exactly as the quick exit deletes it, then
/// every row stored about her. The caller then sends one neutral message,
/// and records nothing of it.
pub async fn forget(bot: &Tg, app: &App, chat: ChatId, person: &str) -> anyhow::Result<()> {
    wipe_chat(bot, app, chat, person).await?;
    // Her topics in the staff group go first: their ids are in the rows.
    super::consult::on_forget(bot, app, person).await;
    db::privacy::forget(&app.db, person).await?;
    erase_wal(app).await;
    Ok(())
}

/// Deletes the recorded messages of her chat younger than 48 hours and
/// forgets their ids, except those Telegram would not delete: they stay for
/// the next try.
async fn wipe_chat(bot: &Tg, app: &App, chat: ChatId, person: &str) -> anyhow::Result<()> {
    super::record::write_unrecorded(app).await;
    let ids = db::privacy::deletable(&app.db, person, now()).await?;
    let left = delete_all(bot, chat, &ids).await;
    db::privacy::untrack_all_but(&app.db, person, &left).await?;
    let sealed = match left.is_empty() {
        true => vec![],
        false => app.config.pseudonym_key.seal_key().seal(chat.0, &seal_context(person))?,
    };
    db::privacy::set_undeleted(&app.db, person, &sealed, &left).await?;
    if !left.is_empty() {
        tracing::warn!(undeleted = left.len(), of = ids.len(), "some messages could not be deleted; kept to try again");
    }
    Ok(())
}

/// Binds a sealed chat id to the person's rows, so it opens nowhere else.
fn seal_context(person: &str) -> Vec<u8> {
    format!("undeleted:{person}").into_bytes()
}

/// Tries again to delete what a quick exit could not, for every chat that
/// has such messages younger than 48 hours. Run by a background job.
pub async fn retry_undeleted(bot: &Tg, app: &App) -> anyhow::Result<()> {
    let key = app.config.pseudonym_key.seal_key();
    let mut deleted = 0;
    for (person, sealed, ids) in db::privacy::undeleted(&app.db, now()).await? {
        let Ok(chat) = key.open(&sealed, &seal_context(&person)) else {
            // Sealed under another key, or altered: there is nowhere to delete.
            db::privacy::deleted(&app.db, &person, &ids).await?;
            continue;
        };
        let left = delete_all(bot, ChatId(chat), &ids).await;
        let gone: Vec<i32> = ids.iter().copied().filter(|id| !left.contains(id)).collect();
        db::privacy::deleted(&app.db, &person, &gone).await?;
        deleted += gone.len();
    }
    if deleted > 0 {
        tracing::info!(deleted, "deleted messages a quick exit had left behind");
        erase_wal(app).await;
    }
    Ok(())
}

/// Deletes `ids` in batches; a batch that fails is deleted one by one.
/// Returns the ids still there, as far as we can tell.
async fn delete_all(bot: &Tg, chat: ChatId, ids: &[i32]) -> Vec<i32> {
    let mut left = vec![];
    for batch in ids.chunks(BATCH) {
        let as_ids: Vec<MessageId> = batch.iter().map(|&id| MessageId(id)).collect();
        // Ids already gone are skipped by Telegram, so a failure means
        // something in the batch is still there (or the call never arrived).
        let Err(e) = briefly(bot.delete_messages(chat, as_ids)).await else { continue };
        tracing::debug!(error = %super::redact::Redacted(&e), "a batch deletion failed; deleting one by one");
        let one_by_one = futures_util::stream::iter(batch.iter().copied())
            .map(|id| async move { (id, briefly(bot.delete_message(chat, MessageId(id))).await) })
            .buffer_unordered(ONE_BY_ONE_AT_ONCE);
        let results: Vec<_> = one_by_one.collect().await;
        for (id, result) in results {
            match result {
                // Already gone (perhaps by the failed batch after all).
                Ok(_) | Err(RequestError::Api(ApiError::MessageToDeleteNotFound)) => {}
                Err(e) => {
                    tracing::debug!(error = %super::redact::Redacted(&e), "could not delete a message");
                    left.push(id);
                }
            }
        }
    }
    left.sort_unstable();
    left
}

/// After a wipe: what was deleted must not linger in the WAL file (SQLite)
/// or as dead rows (PostgreSQL): see `Db::erase_deleted`.
pub async fn erase_wal(app: &App) {
    let tables: Vec<&str> = db::privacy::PERSON_TABLES.iter().copied().chain(["inbox"]).collect();
    if let Err(e) = app.db.erase_deleted(&tables).await {
        tracing::warn!(error = %super::redact::Redacted(&e), "could not checkpoint the database after a wipe");
    }
}
