//! Sending to Telegram without tripping its limits or giving up at the first
//! hiccup.
//!
//! * [`Rate`] keeps to Telegram's published sending rates (about one message
//!   a second per chat, with short bursts, and 30 a second in all). It is a
//!   token bucket per chat (the `governor` crate), so a message waits only
//!   as long as the limit requires. teloxide's `Throttle` adaptor instead
//!   re-checks its queue every 250 ms, which delayed the quick exit's decoy
//!   by up to a quarter second.
//! * [`retrying`] waits out 429 `retry_after` and retries dropped connections
//!   and 5xx answers a few times with growing pauses. Errors that will not
//!   heal (the person blocked the bot, a bad request) return at once.
//!   It is the one retry loop: a new message to her chat goes through it
//!   from `outbox.rs`, which hooks in ([`AfterFailure`]) to mark a send
//!   that may have arrived before it is tried again.
//! * [`briefly`] is the quick exit's version: a few quick retries, and a
//!   `retry_after` over a second is not waited out. Her chat must be wiped
//!   now, not in a minute; what still fails is kept for a later retry.
//! * [`fit`] cuts a text to the length Telegram accepts.

use std::{future::Future, num::NonZeroU32, pin::Pin, time::Duration};

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota};
use teloxide::{
    ApiError, RequestError,
    requests::{Payload, Request},
    types::ChatId,
};

const ATTEMPTS: u32 = 5;
const FIRST_PAUSE: Duration = Duration::from_millis(200);
/// A 429 asking for longer than this is not waited out inside one update.
const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(60);

const BRIEF_ATTEMPTS: u32 = 3;
const BRIEF_PAUSE: Duration = Duration::from_millis(100);

/// Telegram's sending rates, or none (for a local Bot API in tests and
/// benchmarks).
pub struct Rate(Option<Limiters>);

struct Limiters {
    per_chat: DefaultKeyedRateLimiter<i64>,
    overall: DefaultDirectRateLimiter,
}

impl Rate {
    pub fn telegram() -> Self {
        let n = |n: u32| NonZeroU32::new(n).expect("non-zero");
        Self(Some(Limiters {
            // One a second, with a burst of three: a screen, a note and a
            // picture may go out together.
            per_chat: DefaultKeyedRateLimiter::keyed(Quota::per_second(n(1)).allow_burst(n(3))),
            overall: DefaultDirectRateLimiter::direct(Quota::per_second(n(30))),
        }))
    }

    pub fn unlimited() -> Self {
        Self(None)
    }

    /// Waits until a new message to `chat` keeps within the limits.
    pub async fn until_ready(&self, chat: ChatId) {
        if let Some(l) = &self.0 {
            l.per_chat.until_key_ready(&chat.0).await;
            l.overall.until_ready().await;
        }
    }

    /// Forgets chats that have been quiet, so the table does not grow forever.
    pub fn shrink(&self) {
        if let Some(l) = &self.0 {
            l.per_chat.retain_recent();
            l.per_chat.shrink_to_fit();
        }
    }
}

/// Work to do after a failed attempt, before the next one is decided on:
/// the outbox marks a send that may have arrived (`outbox.rs`). A trait
/// object returning a boxed future rather than an async closure, whose
/// borrow of the caller made the future "not general enough" to be `Send`.
pub(super) trait AfterFailure {
    fn after<'a>(&'a mut self, error: &'a RequestError) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>>;
}

/// Nothing to do after a failure.
struct Nothing;

impl AfterFailure for Nothing {
    fn after<'a>(&'a mut self, _: &'a RequestError) -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> {
        Box::pin(std::future::ready(()))
    }
}

/// Sends `request`, retrying what may heal by itself.
pub async fn retrying<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    retrying_with(request, &mut Nothing).await
}

/// [`retrying`], with `after` run on every failed attempt before the
/// next one: the one retry loop for every send, the outbox's included.
pub(super) async fn retrying_with<R>(
    request: R,
    after: &mut (dyn AfterFailure + Send + '_),
) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut pause = FIRST_PAUSE;
    let mut attempt = 1;
    loop {
        let result = request.send_ref().await;
        if let Err(e) = &result {
            after.after(e).await;
        }
        match result {
            Err(RequestError::RetryAfter(after)) if attempt < ATTEMPTS && after.duration() <= LONGEST_RETRY_AFTER => {
                tracing::info!(seconds = after.seconds(), "Telegram asked us to slow down; waiting");
                tokio::time::sleep(after.duration()).await;
            }
            Err(e) if attempt < ATTEMPTS && is_transient(&e) => {
                tracing::debug!(error = %super::redact::Redacted(&e), attempt, "transient Telegram error; retrying");
                tokio::time::sleep(pause).await;
                pause *= 3;
            }
            result => return result,
        }
        attempt += 1;
    }
}

/// Sends `request` with at most [`BRIEF_ATTEMPTS`] quick tries, for the
/// quick exit, which must not wait a minute on a `retry_after`.
pub async fn briefly<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut attempt = 1;
    loop {
        match request.send_ref().await {
            Err(RequestError::RetryAfter(after))
                if attempt < BRIEF_ATTEMPTS && after.duration() <= BRIEF_PAUSE * 10 =>
            {
                tokio::time::sleep(after.duration()).await;
            }
            Err(e) if attempt < BRIEF_ATTEMPTS && is_transient(&e) => tokio::time::sleep(BRIEF_PAUSE).await,
            result => return result,
        }
        attempt += 1;
    }
}

pub fn is_transient(e: &RequestError) -> bool {
    match e {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            let d = description.to_ascii_lowercase();
            ["bad gateway", "internal server error", "service unavailable", "gateway timeout"]
                .iter()
                .any(|s| d.contains(s))
        }
        _ => false,
    }
}

/// Telegram refuses texts over 4,096 characters; `kadam check` keeps screens
/// well below, and this keeps a note plus a long screen from failing.
pub fn fit(text: &str) -> String {
    const LIMIT: usize = crate::dialogue::TEXT_LIMIT;
    if text.chars().count() <= LIMIT {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(LIMIT - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_to_telegram_limit() {
        let long = "ж".repeat(5000);
        let cut = fit(&long);
        assert_eq!(cut.chars().count(), 4096);
        assert!(cut.ends_with('…'));
        assert_eq!(fit("short"), "short");
    }
}
