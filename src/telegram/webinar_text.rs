//! What the webinar screens and announcements share, now built by the core
//! ([`crate::dialogue::webinar_screens`]): the data of webinar buttons and a
//! start time written the way people write it. Kept as this shell's name
//! for them so its modules need not know where the core keeps them.

pub use crate::dialogue::webinar_screens::{WPress, when};
