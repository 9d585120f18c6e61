//! Where one person is in the dialogue: small, serialized as JSON into the
//! database, and naming nodes by their staff-facing ids so it survives
//! restarts and content edits.

use serde::{Deserialize, Serialize};

use super::Lang;

/// Where one person is. Serialized as JSON into the database.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Position>,
    /// Screens to return to with "Back", oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trail: Vec<Position>,
    /// Where to go once the current question is answered: a deep link that
    /// arrived before a language was chosen, or the sensitive node the
    /// safety check stands in front of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<String>,
    /// The person said it is safe to read now. Forgotten as soon as she
    /// leaves the sensitive part, so every new visit asks again, and
    /// [`SAFE_FOR_SECS`] after she said it, since whoever holds the phone
    /// a quarter of an hour later may not be her.
    #[serde(default, skip_serializing_if = "is_false")]
    pub safe: bool,
    /// When she said it was safe (unix seconds, the shell's clock), while
    /// `safe`; `None` where the shell keeps no time (`kadam simulate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_at: Option<i64>,
    /// The feedback form, while she is on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<Form>,
}

/// How long "safe to read now" holds: 15 minutes.
pub const SAFE_FOR_SECS: i64 = 15 * 60;

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub node: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub page: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Position {
    pub fn new(node: impl Into<String>, page: usize) -> Self {
        Self { node: node.into(), page }
    }
}

/// The feedback form she is filling in. Before her consent it holds only the
/// topic, which her trail shows anyway: the rating she picks travels in the
/// consent buttons alone, so nothing of her answer is stored until "yes".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// The node the feedback is about: a guide, or the form itself for `/feedback`.
    pub topic: String,
    pub stage: Stage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// "Was this helpful?" (and, for one turn, the consent notice).
    Rate,
    /// After her yes: an optional comment.
    Comment,
    /// After the comment: an optional region.
    Region,
}

impl Form {
    pub fn new(topic: impl Into<String>) -> Self {
        Self { topic: topic.into(), stage: Stage::Rate }
    }
}
