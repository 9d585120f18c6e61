//! `kadam export` and `kadam stats`: what coordinators run on the server to
//! prepare a report. Both read the database named by `DATABASE_URL` (from
//! the environment or `.env`, as `kadam run` does) and never write to it.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    process::ExitCode,
};

use anyhow::{Context, bail};

use super::load::load_or_report;
use crate::{
    clock,
    config::DEFAULT_DATABASE_URL,
    pseudonym::PseudonymKey,
    reports::{
        Filter,
        export::{self, Format},
        stats::{self, PARTS, ShownVisits},
    },
    storage::{Db, visits},
};

pub(super) fn export(
    format: Format,
    since: Option<String>,
    until: Option<String>,
    topic: Option<String>,
    out: Option<PathBuf>,
    content: &Path,
) -> anyhow::Result<ExitCode> {
    let (since, until) = date_range(since.as_deref(), until.as_deref())?;
    if let Some(topic) = &topic {
        let content = load_or_report(content)?;
        if content.graph.find(topic).is_none() {
            bail!(
                "--topic: there is no screen `{topic}` in {}; use a guide's id (e.g. portal-login) or `feedback` for answers given through /feedback",
                content.root.display()
            );
        }
    }
    let filter = Filter {
        since: since.map(clock::start_of),
        until: until.and_then(|d| d.next_day()).map(clock::start_of),
        topic,
    };
    let now = clock::now();
    let out = out.unwrap_or_else(|| format!("kadam-feedback-{}.{}", clock::day(now), format.extension()).into());
    let key = export_key()?;
    let tally = runtime()?.block_on(async {
        let db = open_existing().await?;
        let tally = export::write(&db, &key, &filter, format, &out).await;
        db.close().await;
        tally
    })?;
    eprintln!("wrote {} record(s) to {}", tally.total, out.display());
    Ok(ExitCode::SUCCESS)
}

pub(super) fn stats(since: Option<String>, until: Option<String>, csv: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let (since, until) = date_range(since.as_deref(), until.as_deref())?;
    let today = clock::local(clock::now()).date();
    let (since, until) = stats::whole_weeks(since, until, today).map_err(anyhow::Error::msg)?;
    let (rows, tally, webinars, consultations) = runtime()?.block_on(async {
        let db = open_existing().await?;
        // The same whole weeks as the rest: never live counts.
        let end = until.next_day().map_or(i64::MAX, clock::start_of);
        let consultations = crate::reports::consult::lines(&db, clock::start_of(since), end).await?;
        let rows = visits::totals(&db, &since.to_string(), &until.to_string()).await?;
        let filter =
            Filter { since: Some(clock::start_of(since)), until: until.next_day().map(clock::start_of), topic: None };
        let tally = stats::tally(&db, &filter).await?;
        let webinars = crate::reports::webinars::lines(&db).await?;
        db.close().await;
        anyhow::Ok((rows, tally, webinars, consultations))
    })?;
    let shown = stats::visit_rows(&rows);
    let mut out = io::stdout().lock();
    writeln!(out, "Screens shown {since} to {until}: whole weeks, Monday to Sunday (counts under 5 as <5):")?;
    let width = shown.iter().map(|v| v.node.len()).max().unwrap_or(4).max(4);
    for ShownVisits { node, step, shown } in &shown {
        let step = if *step > 0 { format!("step {}", step + 1) } else { String::new() };
        writeln!(out, "  {node:<width$}  {step:<8}  {shown:>7}")?;
    }
    writeln!(out, "\nFeedback {since} to {until}: {} record(s)", stats::cell(tally.total))?;
    for part in PARTS {
        writeln!(out, "  by {part}:")?;
        for (key, count) in tally.part(part) {
            writeln!(out, "    {key:<24}  {count:>7}")?;
        }
    }
    writeln!(
        out,
        "\nWebinars, all time (ratings: feedback topic `webinar-<id>`; violence webinars only as `webinars`):"
    )?;
    for line in &webinars {
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "\nConsultations, {since} to {until} ({}):", crate::reports::consult::COLUMNS)?;
    for line in &consultations {
        writeln!(out, "  {:<32}  {:>7}  {:>7}  {:>8}", line.group, line.asked, line.answered, line.median)?;
    }
    if let Some(path) = csv {
        let private = crate::private_file::PrivateFile::create(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let mut sink = io::BufWriter::new(private.file()?);
        sink.write_all("\u{feff}".as_bytes())?;
        let mut w = csv::Writer::from_writer(sink);
        w.write_record(["from", "to", "screen", "step", "shown"])?;
        for ShownVisits { node, step, shown } in &shown {
            w.write_record([
                since.to_string(),
                until.to_string(),
                node.clone(),
                (step + 1).to_string(),
                shown.clone(),
            ])?;
        }
        w.into_inner().map_err(|e| e.into_error())?.flush()?;
        private.finish().with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("wrote {} row(s) to {}", shown.len(), path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn date_range(since: Option<&str>, until: Option<&str>) -> anyhow::Result<(Option<time::Date>, Option<time::Date>)> {
    let parse = |flag: &str, v: Option<&str>| {
        v.map(|v| clock::parse_date(v).map_err(|e| anyhow::anyhow!("{flag}: {e}"))).transpose()
    };
    let (since, until) = (parse("--since", since)?, parse("--until", until)?);
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        bail!("--since {s} is after --until {u}");
    }
    Ok((since, until))
}

/// The key of the respondent codes: the bot's own, from `.env`, so codes are
/// the same in every export and nobody without it can make them.
fn export_key() -> anyhow::Result<PseudonymKey> {
    let _ = dotenvy::dotenv();
    let hex = super::secrets::key_hex()?.ok_or_else(|| {
        anyhow::anyhow!(
            "KADAM_PSEUDONYM_KEY is not set; run `kadam export` in the bot's folder, where its .env is, or set it (or KADAM_PSEUDONYM_KEY_FILE) as `kadam run` has it"
        )
    })?;
    PseudonymKey::from_hex(&hex).map_err(|problem| anyhow::anyhow!("KADAM_PSEUDONYM_KEY {problem}"))
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Runtime::new().context("cannot start the async runtime")
}

/// The bot's database; refuses to create an empty one where none exists,
/// since that is always a wrong path.
pub(super) async fn open_existing() -> anyhow::Result<Db> {
    let _ = dotenvy::dotenv();
    let url = std::env::var("DATABASE_URL").ok().filter(|v| !v.trim().is_empty());
    let url = url.unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    let file = Db::describe(&url);
    if !Path::new(&file).is_file() {
        bail!("there is no database at {file}; set DATABASE_URL to the one `kadam run` uses");
    }
    Db::open(&url).await
}
