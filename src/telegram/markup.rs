//! A screen's buttons as Telegram's inline keyboard: shared by everything
//! that shows a screen (the dialogue, webinars, reminders), so none of them
//! needs another's module for it.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::dialogue::engine::{Action, Screen};

/// A screen's buttons for Telegram; a link Telegram would refuse is left out.
pub fn keyboard(screen: &Screen) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(screen.keyboard.iter().map(|row| {
        row.iter()
            .filter_map(|b| match &b.action {
                Action::Callback(data) => Some(InlineKeyboardButton::callback(b.label.clone(), data.clone())),
                Action::Url(url) => match url::Url::parse(url) {
                    Ok(u) => Some(InlineKeyboardButton::url(b.label.clone(), u)),
                    // Telegram would refuse the whole screen; leave the button
                    // out and tell the staff (the address and label are
                    // content, not anything a person typed).
                    Err(e) => {
                        tracing::warn!(error = %e, url = %url, button = %b.label, "a link button has an invalid address; left it out");
                        None
                    }
                },
            })
            .collect::<Vec<_>>()
    }))
}
