//! The outbox: the one way anything new reaches her chat.
//!
//! Every send to her chat (a screen, a note, media, a document, a copy of a
//! consultant's answer, an announcement, a reminder) goes through
//! [`Recorder::send`] or [`Recorder::copy`], and every edit through
//! [`Recorder::edit`]. Each of them, in this order:
//!
//! 1. waits for Telegram's sending rate (`send::Rate`);
//! 2. checks the wipe epoch: nothing of an update taken before her quick
//!    exit or `/forget` is sent ([`Recorder::stale`]);
//! 3. sends, and tries again only knowingly: after a timeout, a reset or a
//!    5xx the first copy may exist unseen by us, so before any new attempt
//!    the send is marked *in doubt*: the ids just above the newest recorded
//!    one are recorded too, and the wipe deletes whatever took them
//!    (`deleteMessages` skips ids that do not exist). A copy that did
//!    arrive is erased with the rest, never left behind. A 429 or a
//!    connection never made is retried as is (nothing arrived). Edits
//!    change nothing twice and are retried as they are;
//! 4. records the new message's id before returning.
//!
//! Her own messages are recorded at intake, the moment the bot has them.
//! The one exception is the wipe itself (`erase.rs`): its deletions and the
//! decoy must not wait for the rate limiter, and the decoy is meant to stay.

use std::{future::Future, pin::Pin};

use teloxide::{
    RequestError,
    payloads::{CopyMessage, EditMessageText},
    prelude::*,
    requests::{JsonRequest, Payload, Request},
    types::MessageId,
};

use super::{
    record::Recorder,
    send::{AfterFailure, is_transient, retrying, retrying_with},
};
use crate::{clock::now, storage as db};

/// Ids recorded above the newest known one when a send is in doubt: the
/// message, if it exists, took one of them (her messages arriving meanwhile
/// are recorded at intake with their own ids).
const IN_DOUBT_IDS: i32 = 3;

impl Recorder<'_> {
    /// Sends a new message to her chat. `Ok(None)`: not sent, a wipe of her
    /// chat began after the update that asked for it.
    pub async fn send<R>(&self, request: R) -> Result<Option<Message>, RequestError>
    where
        R: Request<Err = RequestError>,
        R::Payload: Payload<Output = Message>,
    {
        self.app.rate.until_ready(self.chat).await;
        if self.stale() {
            return Ok(None);
        }
        let sent = self.deliver(request).await?;
        self.keep(sent.id, sent.date.timestamp()).await;
        Ok(Some(sent))
    }

    /// Copies a message (a consultant's answer) into her chat; `Ok(None)`
    /// as for [`Self::send`].
    pub async fn copy(&self, request: JsonRequest<CopyMessage>) -> Result<Option<MessageId>, RequestError> {
        self.app.rate.until_ready(self.chat).await;
        if self.stale() {
            return Ok(None);
        }
        let copied = self.deliver(request).await?;
        // copyMessage answers with the id only: the copy is as old as now.
        self.keep(copied, now()).await;
        Ok(Some(copied))
    }

    /// Edits a message of her chat in place; `Ok(false)` when a wipe began
    /// after the update that asked for it.
    pub async fn edit(&self, request: JsonRequest<EditMessageText>) -> Result<bool, RequestError> {
        if self.stale() {
            return Ok(false);
        }
        retrying(request).await.map(|_| true)
    }

    /// Records a message that exists. If the database cannot take it now,
    /// it waits in memory for the next record or wipe (see `record.rs`).
    async fn keep(&self, id: MessageId, date: i64) {
        if let Err(e) = self.id(id, date).await {
            tracing::warn!(error = %e, "could not record a message for deletion yet; kept in memory");
        }
    }

    /// Sends a request that makes a new message, retrying what may heal
    /// (the one retry loop, `send::retrying_with`), and marking the send in
    /// doubt before any attempt after one that may have arrived.
    async fn deliver<R>(&self, request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
    where
        R: Request<Err = RequestError>,
    {
        retrying_with(request, &mut Doubt { record: self, doubted: false }).await
    }

    /// Records the ids just above the newest one known, so that a copy the
    /// failed attempt may have left is deleted by the wipe.
    async fn in_doubt(&self, e: &RequestError) {
        tracing::info!(error = %super::redact::Redacted(e), "a send to her chat may have arrived; its possible id is kept for the wipe");
        match db::privacy::newest(&self.app.db, self.person).await {
            Ok(newest) => {
                let newest = newest.unwrap_or_default();
                for id in newest + 1..=newest + IN_DOUBT_IDS {
                    self.keep(MessageId(id), now()).await;
                }
            }
            Err(db_error) => tracing::warn!(error = %db_error, "could not mark a send in doubt"),
        }
    }
}

/// Marks a send in doubt after its first failure that may have arrived.
struct Doubt<'r, 'a> {
    record: &'r Recorder<'a>,
    doubted: bool,
}

impl AfterFailure for Doubt<'_, '_> {
    fn after<'f>(&'f mut self, error: &'f RequestError) -> Pin<Box<dyn Future<Output = ()> + Send + 'f>> {
        Box::pin(async move {
            if !self.doubted && may_have_arrived(error) {
                self.doubted = true;
                self.record.in_doubt(error).await;
            }
        })
    }
}

/// A failure after which the message may exist: the request may have
/// reached Telegram (a reset, a timeout, a 5xx, an answer we could not read).
fn may_have_arrived(e: &RequestError) -> bool {
    match e {
        RequestError::Network(n) => !n.is_connect(),
        other => is_transient(other),
    }
}
