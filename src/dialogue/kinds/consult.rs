//! `consult`: "Ask a lawyer" and the like. The screen says in a few lines
//! what happens (staff see only her message; when to expect an answer; no
//! names or numbers; the emergency numbers), then whatever text she writes
//! here becomes her question (the engine hands it to the shell as an
//! [`crate::dialogue::engine::Ask`]). The node's id names the consultant in
//! the staff group's topic (`lawyer`, `psychologist`, …).
//!
//! The shell's own texts for consultations are listed in [`MESSAGES`]; every
//! `consult` node requires them, so `kadam check` keeps them in every language.

use super::{Behaviour, Body, Draw, Extra, Shape};

#[derive(Debug)]
pub struct Consult;

impl Behaviour for Consult {
    fn draw(&self, cx: &Draw<'_>, _body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        cx.t(&cx.node.id, None)
    }

    fn shape(&self) -> Shape {
        Shape::Special
    }
}

/// Shown when she sends a photo, voice note or sticker as a question.
pub const TEXT_ONLY: &str = "consult-text-only";
/// Her question reached the staff. Variables: `$number`.
pub const RECEIVED: &str = "consult-received";
/// What she wrote was added to her open question. Variables: `$number`.
pub const ADDED: &str = "consult-added";
/// Outside consultation hours: when someone will read it. Variables: `$when`.
pub const OFF_HOURS: &str = "consult-off-hours";
/// She has as many open questions as allowed. Variables: `$max`.
pub const LIMIT: &str = "consult-limit";
/// She asked as many new questions today as a day allows. Variables: `$max`.
pub const DAILY_LIMIT: &str = "consult-daily-limit";
/// Consultations are not set up, or the staff group cannot be reached.
pub const UNAVAILABLE: &str = "consult-unavailable";
/// The neutral note an answer arrives as, and its button.
pub const NEW_MESSAGE: &str = "consult-new-message";
pub const READ: &str = "consult-read";
/// Before showing an answer to a sensitive question.
pub const SAFE_TO_READ: &str = "consult-safe-to-read";
/// Under an answer she opened: what she can do next.
pub const AFTER_READ: &str = "consult-after-read";
pub const WRITE_MORE: &str = "consult-write-more";
pub const HELPED: &str = "consult-helped";
pub const CLOSE: &str = "consult-close";
/// After she closed her question.
pub const CLOSED: &str = "consult-closed";
/// The answer was withdrawn by the consultant, or is gone.
pub const GONE: &str = "consult-gone";

/// Staff texts, in the staff group: how to answer (in each new topic).
pub const STAFF_HELP: &str = "consult-staff-help";
/// Why a topic was closed.
pub const STAFF_CLOSED: &str = "consult-staff-closed";
pub const STAFF_CLOSED_HELPED: &str = "consult-staff-closed-helped";
pub const STAFF_CLOSED_BY_PERSON: &str = "consult-staff-closed-by-person";
pub const STAFF_CLOSED_RETENTION: &str = "consult-staff-closed-retention";
/// An answer could not reach her.
pub const STAFF_NOT_DELIVERED: &str = "consult-staff-not-delivered";
/// A question nobody answered yet. Variables: `$number`, `$hours`.
pub const STAFF_BUMP: &str = "consult-staff-bump";
/// In a topic, under a message from someone who is not a consultant.
pub const STAFF_NOT_CONSULTANT: &str = "consult-staff-not-consultant";
/// In the General topic: someone who is not a consultant joined. Variables: `$name`.
pub const STAFF_NEW_MEMBER: &str = "consult-staff-new-member";

/// Every consultation text the shell shows, with the variables it fills in.
pub const MESSAGES: &[(&str, &[&str])] = &[
    (TEXT_ONLY, &[]),
    (RECEIVED, &["number"]),
    (ADDED, &["number"]),
    (OFF_HOURS, &["when"]),
    (LIMIT, &["max"]),
    (DAILY_LIMIT, &["max"]),
    (UNAVAILABLE, &[]),
    (NEW_MESSAGE, &[]),
    (READ, &[]),
    (SAFE_TO_READ, &[]),
    (AFTER_READ, &[]),
    (WRITE_MORE, &[]),
    (HELPED, &[]),
    (CLOSE, &[]),
    (CLOSED, &[]),
    (GONE, &[]),
    (STAFF_HELP, &[]),
    (STAFF_CLOSED, &[]),
    (STAFF_CLOSED_HELPED, &[]),
    (STAFF_CLOSED_BY_PERSON, &[]),
    (STAFF_CLOSED_RETENTION, &[]),
    (STAFF_NOT_DELIVERED, &[]),
    (STAFF_BUMP, &["number", "hours"]),
    (STAFF_NOT_CONSULTANT, &[]),
    (STAFF_NEW_MEMBER, &["name"]),
];
