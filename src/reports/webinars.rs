//! Webinar figures for `kadam stats` and `/stats`: per webinar the reminders
//! requested, and per announcement the people reached, with counts under 5
//! suppressed like every other count. Ratings of a webinar are the feedback
//! records with the topic `webinar-<id>`, asked for after it in the
//! reminder (they are in the feedback tally and exports under that topic
//! too); violence webinars are rated only under the neutral `webinars`.

use std::collections::BTreeMap;

use super::stats::cell;
use crate::{
    clock,
    storage::{Db, webinars},
};

/// One line per webinar with reminders and per announcement sent.
pub async fn lines(db: &Db) -> sqlx::Result<Vec<String>> {
    let mut per_webinar: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for (webinar, n) in webinars::reminder_counts(db).await? {
        per_webinar.entry(webinar).or_default().0 = n;
    }
    for (webinar, rated, helpful) in webinars::rating_counts(db).await? {
        let entry = per_webinar.entry(webinar).or_default();
        (entry.1, entry.2) = (rated, helpful);
    }
    let mut out = vec![];
    for (webinar, (reminders, rated, helpful)) in per_webinar {
        out.push(format!(
            "{webinar}: reminders requested {}, rated {} (helpful {})",
            cell(reminders),
            cell(rated),
            cell(helpful)
        ));
    }
    for (id, created, webinar, delivered, blocked, failed) in webinars::announcement_figures(db).await? {
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
