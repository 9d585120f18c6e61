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
    clock as stats,
    dialogue::Content,
    reports::donor::{Options, last_month, texts::LANGUAGES},
};

/// `load` reads the content (the caller's, so that errors in it are listed
/// the way every command lists them).
pub fn run(
    from: Option<&str>,
    to: Option<&str>,
    lang: &str,
    out: Option<PathBuf>,
    load: impl FnOnce() -> anyhow::Result<Content>,
) -> anyhow::Result<ExitCode> {
    let lang = lang.trim().to_ascii_lowercase();
    if !LANGUAGES.contains(&lang.as_str()) {
        bail!("--lang {lang}: the report is written in {}", LANGUAGES.join(", "));
    }
    let today = stats::local(time::OffsetDateTime::now_utc().unix_timestamp()).date();
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
pub fn period(from: Option<&str>, to: Option<&str>, today: Date) -> anyhow::Result<(Date, Date)> {
    let parse = |flag: &str, v: &str| stats::parse_date(v).map_err(|e| anyhow::anyhow!("{flag}: {e}"));
    let to = match to {
        Some(v) => parse("--to", v)?,
        None => last_month(today).1,
    };
    let from = match from {
        Some(v) => parse("--from", v)?,
        None => to.replace_day(1).expect("day 1 exists"),
    };
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
        let today = stats::parse_date("2026-12-03").unwrap();
        let (from, to) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string()), ("2026-11-01".into(), "2026-11-30".into()));
        let today = stats::parse_date("2027-01-15").unwrap();
        let (from, to) = period(None, None, today).unwrap();
        assert_eq!((from.to_string(), to.to_string()), ("2026-12-01".into(), "2026-12-31".into()));
        assert!(period(Some("2026-11-30"), Some("2026-11-01"), today).unwrap_err().to_string().contains("after"));
        assert!(period(Some("30.11.2026"), None, today).unwrap_err().to_string().contains("--from"));
    }
}
