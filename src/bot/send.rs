//! Sending to Telegram without giving up at the first hiccup.
//!
//! `Throttle` already waits out 429 `retry_after`. What it does not retry is
//! a dropped connection or a 5xx from Telegram's front servers, which on a
//! weak link are routine; those get a few retries with growing pauses.
//! Errors that will not heal (the person blocked the bot, a bad request) are
//! returned at once.

use std::time::Duration;

use teloxide::{
    ApiError, RequestError,
    requests::{Payload, Request},
};

const ATTEMPTS: u32 = 4;
const FIRST_PAUSE: Duration = Duration::from_millis(200);

/// Sends `request`, retrying transient failures.
pub async fn retrying<R>(request: R) -> Result<<R::Payload as Payload>::Output, RequestError>
where
    R: Request<Err = RequestError>,
{
    let mut pause = FIRST_PAUSE;
    let mut attempt = 1;
    loop {
        match request.send_ref().await {
            Err(e) if attempt < ATTEMPTS && is_transient(&e) => {
                tracing::debug!(error = %e, attempt, "transient Telegram error; retrying");
                tokio::time::sleep(pause).await;
                pause *= 3;
                attempt += 1;
            }
            result => return result,
        }
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
