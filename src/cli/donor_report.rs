//! `kadam report` on the command line (the report itself is
//! [`crate::reports::donor`]): the period (last calendar month by
//! default; whole months, or else widened to whole weeks), the database named by `DATABASE_URL` as `kadam run` uses it
//! (read only, never created), and the file to write.

use std::{
    io::{BufWriter, Write},
    path::PathBuf,
    process::ExitCode,
};

use anyhow::{Context, bail};
use time::Date;

use super::reports::open_existing;
use crate::{
    clock,
    dialogue::Content,
    reports::donor::{Options, last_month},
};

/// `load` reads the content (the caller's, so that errors in it are listed
/// the way every command lists them).
pub fn run(
    from: Option<Date>,
    to: Option<Date>,
    lang: &str,
    out: Option<PathBuf>,
    load: impl FnOnce() -> anyhow::Result<Content>,
) -> anyhow::Result<ExitCode> {
    // clap took only one of `LANGUAGES`.
    let lang = lang.to_owned();
    let today = clock::local(clock::now()).date();
    let (from, to, cut) = period(from, to, today)?;
    let content = load()?;
    let out = out.unwrap_or_else(|| format!("kadam-report-{from}-{to}.html").into());
    // Opened first, so an unwritable path fails before any work; a report
    // that fails on the way leaves nothing behind (see `private_file`).
    let private = crate::private_file::PrivateFile::create(&out)
        .with_context(|| format!("cannot write the report to {}", out.display()))?;
    let file = private.file()?;
    let opts = Options { from, to, lang, made: today };
    let staff = crate::staff::StaffLang::from_code(&opts.lang).unwrap_or(crate::staff::StaffLang::Ru);
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let summary = runtime.block_on(async {
        let db = open_existing(staff).await?;
        let mut sink = BufWriter::new(file);
        let summary = crate::reports::donor::build(&db, &content, &opts, &mut sink).await;
        db.close().await;
        sink.flush()?;
        summary
    })?;
    private.finish().with_context(|| format!("cannot write the report to {}", out.display()))?;
    let wrote = crate::staff::Msg::new("cli-report-wrote")
        .arg("from", from)
        .arg("to", to)
        .arg("period", staff.get(cut.staff_id()))
        .arg("weeks", summary.weeks.len())
        .arg("guides", summary.guides.len())
        .arg("file", out.display());
    eprintln!("{}", staff.text(&wrote));
    Ok(ExitCode::SUCCESS)
}

/// How a period was cut: the report says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// Whole calendar months, all of them over.
    Months,
    /// Whole weeks, Monday to Sunday, all of them over.
    Weeks,
}

impl Cut {
    /// The staff text that says which (`cli-period-months`: "whole calendar
    /// months", `cli-period-weeks`: "whole weeks, Monday to Sunday").
    pub fn staff_id(self) -> &'static str {
        match self {
            Self::Months => "cli-period-months",
            Self::Weeks => "cli-period-weeks",
        }
    }
}

/// The period asked for; without dates, the last full calendar month. A
/// period of whole calendar months stays as it is; any other is widened to
/// whole weeks. Either way it must be over: two reports whose periods differ
/// by a day could be subtracted to reveal that day, one person included.
pub fn period(from: Option<Date>, to: Option<Date>, today: Date) -> anyhow::Result<(Date, Date, Cut)> {
    let to = to.unwrap_or_else(|| last_month(today).1);
    let from = from.unwrap_or_else(|| to.replace_day(1).expect("day 1 exists"));
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    let months = from.day() == 1 && to.next_day().is_none_or(|d| d.day() == 1);
    if months {
        let this_month = today.replace_day(1).expect("day 1 exists");
        if to >= this_month {
            bail!("--to {to}: this month is not over yet; the latest whole month ends {}", last_month(today).1);
        }
        return Ok((from, to, Cut::Months));
    }
    let (from, to) = crate::reports::stats::whole_weeks(Some(from), Some(to), today).map_err(anyhow::Error::msg)?;
    Ok((from, to, Cut::Weeks))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_period_is_last_month() {
        let day = |d| clock::parse_date(d).ok();
        let today = clock::parse_date("2026-12-03").unwrap();
        let (from, to, cut) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string(), cut), ("2026-11-01".into(), "2026-11-30".into(), Cut::Months));
        let today = clock::parse_date("2027-01-15").unwrap();
        let (from, to, cut) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string(), cut), ("2026-12-01".into(), "2026-12-31".into(), Cut::Months));
        assert!(period(day("2026-11-30"), day("2026-11-01"), today).unwrap_err().to_string().contains("after"));
    }

    /// Two overlapping reports a day apart, as someone subtracting them to
    /// find one person would ask for: both are widened to the same whole
    /// weeks, so the difference is nothing.
    #[test]
    fn any_other_period_is_widened_to_whole_weeks_that_are_over() {
        let day = |d| clock::parse_date(d).ok();
        let today = clock::parse_date("2026-12-03").unwrap(); // a Thursday
        let one = period(day("2026-11-03"), day("2026-11-17"), today).unwrap();
        let other = period(day("2026-11-04"), day("2026-11-18"), today).unwrap();
        assert_eq!(one, other);
        assert_eq!(
            (one.0.to_string(), one.1.to_string(), one.2),
            ("2026-11-02".into(), "2026-11-22".into(), Cut::Weeks)
        );
        // Up to today: cut at the last Sunday that is over.
        let (_, to, _) = period(day("2026-11-16"), day("2026-12-03"), today).unwrap();
        assert_eq!(to.to_string(), "2026-11-29");
        // A month that is not over is refused, not cut.
        assert!(period(day("2026-12-01"), day("2026-12-31"), today).unwrap_err().to_string().contains("not over"));
    }
}
