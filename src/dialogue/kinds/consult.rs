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
use crate::dialogue::ids::text_ids;

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

text_ids! {
    /// Every consultation text the shell shows, with the variables it fills in.
    pub const MESSAGES;
    /// Shown when she sends a photo, voice note or sticker as a question.
    TEXT_ONLY = "consult-text-only";
    /// Her question reached the staff. Variables: `$number`.
    RECEIVED = "consult-received" (number);
    /// What she wrote was added to her open question. Variables: `$number`.
    ADDED = "consult-added" (number);
    /// Outside consultation hours: when someone will read it. Variables: `$when`.
    OFF_HOURS = "consult-off-hours" (when);
    /// She has as many open questions as allowed. Variables: `$max`.
    LIMIT = "consult-limit" (max);
    /// She asked as many new questions today as a day allows. Variables: `$max`.
    DAILY_LIMIT = "consult-daily-limit" (max);
    /// Consultations are not set up, or the staff group cannot be reached.
    UNAVAILABLE = "consult-unavailable";
    /// The neutral note an answer arrives as, and its button.
    NEW_MESSAGE = "consult-new-message";
    READ = "consult-read";
    /// Before showing an answer to a sensitive question.
    SAFE_TO_READ = "consult-safe-to-read";
    /// Under an answer she opened: what she can do next.
    AFTER_READ = "consult-after-read";
    WRITE_MORE = "consult-write-more";
    HELPED = "consult-helped";
    CLOSE = "consult-close";
    /// After she closed her question.
    CLOSED = "consult-closed";
    /// The answer was withdrawn by the consultant, or is gone.
    GONE = "consult-gone";

    /// Staff texts, in the staff group: how to answer (in each new topic).
    STAFF_HELP = "consult-staff-help";
    /// Why a topic was closed.
    STAFF_CLOSED = "consult-staff-closed";
    STAFF_CLOSED_HELPED = "consult-staff-closed-helped";
    STAFF_CLOSED_BY_PERSON = "consult-staff-closed-by-person";
    STAFF_CLOSED_RETENTION = "consult-staff-closed-retention";
    /// An answer could not reach her.
    STAFF_NOT_DELIVERED = "consult-staff-not-delivered";
    /// A question nobody answered yet. Variables: `$number`, `$hours`.
    STAFF_BUMP = "consult-staff-bump" (number, hours);
    /// In a topic, under a message from someone who is not a consultant.
    STAFF_NOT_CONSULTANT = "consult-staff-not-consultant";
    /// In the General topic: someone who is not a consultant joined. Variables: `$name`.
    STAFF_NEW_MEMBER = "consult-staff-new-member" (name);
}
