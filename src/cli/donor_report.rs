//! `kadam report` on the command line (the report itself is
//! [`crate::reports::donor`]): the period (last calendar month by
//! default), the database named by `DATABASE_URL` as `kadam run` uses it
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
    let (from, to) = period(from, to, today)?;
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
        .arg("weeks", summary.weeks.len())
        .arg("guides", summary.guides.len())
        .arg("file", out.display());
    eprintln!("{}", staff.text(&wrote));
    Ok(ExitCode::SUCCESS)
}

/// The period asked for; without dates, the last full calendar month.
pub fn period(from: Option<Date>, to: Option<Date>, today: Date) -> anyhow::Result<(Date, Date)> {
    let to = to.unwrap_or_else(|| last_month(today).1);
    let from = from.unwrap_or_else(|| to.replace_day(1).expect("day 1 exists"));
    if from > to {
        bail!("--from {from} is after --to {to}");
    }
    Ok((from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_period_is_last_month() {
        let today = clock::parse_date("2026-12-03").unwrap();
        let (from, to) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string()), ("2026-11-01".into(), "2026-11-30".into()));
        let today = clock::parse_date("2027-01-15").unwrap();
        let (from, to) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string()), ("2026-12-01".into(), "2026-12-31".into()));
        let day = |d| clock::parse_date(d).ok();
        assert!(period(day("2026-11-30"), day("2026-11-01"), today).unwrap_err().to_string().contains("after"));
    }
}
