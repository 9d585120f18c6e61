//! Webinar figures for `kadam stats` and `/stats`: per webinar the reminders
//! requested, and per announcement the people reached, with counts under 5
//! suppressed like every other count. Ratings of webinars are the feedback
//! records with the topic `webinars` (in the feedback tally).

use super::stats::cell;
use crate::{
    clock,
    storage::{Db, webinars as store},
};

/// One line per webinar with reminders and per announcement sent.
pub async fn lines(db: &Db) -> sqlx::Result<Vec<String>> {
    let mut out = vec![];
    for (webinar, n) in store::reminder_counts(db).await? {
        out.push(format!("{webinar}: reminders requested {}", cell(n)));
    }
    for (id, created, webinar, delivered, blocked, failed) in store::announcement_figures(db).await? {
        let about = webinar.map(|w| format!(" {w}")).unwrap_or_default();
        out.push(format!(
            "announcement #{id} {}{about}: reached {}, blocked {}, failed {}",
            clock::day(created),
            cell(delivered),
            cell(blocked),
            cell(failed)
        ));
    }
    Ok(out)
}
