//! `kadam report`: what Kadam did in a period, as one HTML file a
//! coordinator can forward to a donor without editing: reach by week,
//! language and section, the route through the guides, feedback, help
//! sought, each as a chart with a plain-language takeaway and its numbers.
//!
//! The numbers come from anonymous counters only (`node_visit`,
//! `visit_lang`) and from consented feedback, aggregated in SQL
//! ([`data`]), cut no finer than a week and a region, with small counts
//! suppressed ([`privacy`]); then labelled from the content ([`model`]),
//! drawn ([`chart`]) and laid out ([`html`]) in the report's language
//! ([`texts`]).

pub mod chart;
pub mod data;
pub mod html;
pub mod model;
pub mod privacy;
pub mod texts;

use std::io::Write;

use time::Date;

use crate::{dialogue::Content, storage::Db};

/// The last full calendar month before `today`: the default period.
pub fn last_month(today: Date) -> (Date, Date) {
    let this_month = today.replace_day(1).expect("day 1 exists");
    let end = this_month.previous_day().unwrap_or(this_month);
    (end.replace_day(1).expect("day 1 exists"), end)
}

/// What to report on.
#[derive(Clone, Debug)]
pub struct Options {
    /// First and last day (Bishkek), inclusive.
    pub from: Date,
    pub to: Date,
    /// `ru` (default), `ky` or `en`: see [`texts::LANGUAGES`].
    pub lang: String,
    /// The date printed as "prepared on".
    pub made: Date,
}

/// Longest period one report covers: a year and a bit, so a yearly report
/// fits and a typo in a year does not scan the whole database.
pub const MAX_DAYS: i64 = 400;

/// Writes the report for `opts` to `out` and returns what it shows.
pub async fn build(db: &Db, content: &Content, opts: &Options, out: &mut impl Write) -> anyhow::Result<model::Summary> {
    if opts.from > opts.to {
        anyhow::bail!("the period starts ({}) after it ends ({})", opts.from, opts.to);
    }
    if (opts.to - opts.from).whole_days() >= MAX_DAYS {
        anyhow::bail!("a report covers at most {MAX_DAYS} days; make one per year");
    }
    let texts = texts::Texts::load(&content.root, &opts.lang)?;
    let weeks = data::Weeks::new(opts.from, opts.to);
    let raw = data::read(db, &weeks, opts.from, opts.to).await?;
    let summary = model::summarise(&raw, content, &texts, &weeks, &day(opts.from), &day(opts.to));
    let labels: Vec<String> = weeks.starts.iter().zip(&weeks.ends).map(|(s, e)| week_label(*s, *e)).collect();
    html::write(out, &summary, &texts, &labels, &day(opts.made))?;
    Ok(summary)
}

/// `DD.MM.YYYY`, as dates are written in Kyrgyzstan.
fn day(d: Date) -> String {
    format!("{:02}.{:02}.{}", d.day(), u8::from(d.month()), d.year())
}

/// `DD.MM–DD.MM`, or one day.
fn week_label(start: Date, end: Date) -> String {
    let short = |d: Date| format!("{:02}.{:02}", d.day(), u8::from(d.month()));
    if start == end { short(start) } else { format!("{}–{}", short(start), short(end)) }
}
