//! Errors as they may be logged. A reply from Telegram that teloxide cannot
//! parse comes back as `RequestError::InvalidJson`, whose text holds the raw
//! reply: for a message sent to her chat, that is her chat id and her name,
//! and serde's message (its source) quotes a value of it. Every log line
//! that shows a Telegram error goes through [`Redacted`], at any level.

use std::{error::Error, fmt};

use teloxide::RequestError;

/// Shows an error as `%e` would, unless a reply that could not be parsed is
/// anywhere in its chain: then only the reply's size.
/// `tracing::warn!(error = %Redacted(&e), …)`; for an `anyhow::Error`,
/// [`Redacted::any`].
pub struct Redacted<'a>(pub &'a (dyn Error + 'static));

impl<'a> Redacted<'a> {
    /// An `anyhow::Error` with its whole chain of contexts, `a: b: c`, cut
    /// where a reply could not be parsed.
    pub fn any(error: &'a anyhow::Error) -> Chain<'a> {
        Chain(error.as_ref())
    }
}

/// See [`Redacted::any`].
pub struct Chain<'a>(&'a (dyn Error + 'static));

fn causes<'a>(error: &'a (dyn Error + 'static)) -> impl Iterator<Item = &'a (dyn Error + 'static)> {
    std::iter::successors(Some(error), |&e| e.source())
}

/// The size of a reply that could not be parsed, if `error` is one.
fn unparsed(error: &(dyn Error + 'static)) -> Option<usize> {
    match error.downcast_ref::<RequestError>() {
        Some(RequestError::InvalidJson { raw, .. }) => Some(raw.len()),
        _ => None,
    }
}

fn not_shown(f: &mut fmt::Formatter<'_>, bytes: usize) -> fmt::Result {
    write!(f, "a reply from Telegram could not be parsed ({bytes} bytes, not shown)")
}

impl fmt::Display for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A wrapper's own text may quote its source, so nothing of the
        // chain is shown once the reply is in it.
        match causes(self.0).find_map(unparsed) {
            Some(bytes) => not_shown(f, bytes),
            None => write!(f, "{}", self.0),
        }
    }
}

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in causes(self.0).enumerate() {
            if i > 0 {
                f.write_str(": ")?;
            }
            if let Some(bytes) = unparsed(error) {
                return not_shown(f, bytes);
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn a_reply_that_cannot_be_parsed_is_shown_without_its_contents() {
        let source = serde_json::from_str::<i32>("\"Айгуль Осмонова\"").unwrap_err();
        let raw = r#"{"ok":true,"result":{"chat":{"id":5734512001,"first_name":"Айгуль"}}}"#;
        let error = RequestError::InvalidJson { source: Arc::new(source), raw: raw.into() };
        let shown = Redacted(&error).to_string();
        assert_eq!(shown, format!("a reply from Telegram could not be parsed ({} bytes, not shown)", raw.len()));
        let wrapped = anyhow::Error::new(error).context("could not send a screen");
        let shown = Redacted::any(&wrapped).to_string();
        assert!(shown.starts_with("could not send a screen: a reply from Telegram"), "{shown}");
        assert!(!shown.contains("Айгуль") && !shown.contains("5734512001"), "{shown}");
    }

    #[test]
    fn other_errors_are_shown_whole() {
        let error = RequestError::Api(teloxide::ApiError::BotBlocked);
        assert_eq!(Redacted(&error).to_string(), error.to_string());
    }
}
