//! `kadam export` and `kadam stats`: what coordinators run on the server to
//! prepare a report. Both read the database named by `DATABASE_URL` (from
//! the environment or `.env`, as `kadam run` does) and never write to it.

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    process::ExitCode,
};

use anyhow::{Context, bail};
use time::Date;

use super::load::load_or_report;
use crate::{
    clock, config,
    pseudonym::PseudonymKey,
    reports::{
        Filter,
        export::{self, Format},
        stats::{self, PARTS, ShownVisits},
    },
    staff::{Msg, StaffLang},
    storage::{Db, visits},
};

pub(super) fn export(
    format: Format,
    since: Option<Date>,
    until: Option<Date>,
    topic: Option<String>,
    out: Option<PathBuf>,
    content: &Path,
    lang: StaffLang,
) -> anyhow::Result<ExitCode> {
    let (since, until) = date_range(since, until, lang)?;
    if let Some(topic) = &topic {
        let content = load_or_report(content, lang)?;
        if content.graph.find(topic).is_none() {
            bail!(lang.text(&Msg::new("cli-export-no-topic").arg("topic", topic).arg("root", content.root.display())));
        }
    }
    let filter = Filter {
        since: since.map(clock::start_of),
        until: until.and_then(|d| d.next_day()).map(clock::start_of),
        topic,
    };
    let now = clock::now();
    let out = out.unwrap_or_else(|| format!("kadam-feedback-{}.{}", clock::day(now), format.extension()).into());
    let key = export_key(lang)?;
    let tally = runtime()?.block_on(async {
        let db = open_existing(lang).await?;
        let tally = export::write(&db, &key, &filter, format, &out).await;
        db.close().await;
        tally
    })?;
    eprintln!("{}", lang.text(&Msg::new("cli-wrote-records").arg("count", tally.total).arg("file", out.display())));
    Ok(ExitCode::SUCCESS)
}

pub(super) fn stats(
    since: Option<Date>,
    until: Option<Date>,
    csv: Option<PathBuf>,
    lang: StaffLang,
) -> anyhow::Result<ExitCode> {
    let (since, until) = date_range(since, until, lang)?;
    let today = clock::local(clock::now()).date();
    let (since, until) = stats::whole_weeks(since, until, today).map_err(anyhow::Error::msg)?;
    let (rows, tally, webinars, consultations) = runtime()?.block_on(async {
        let db = open_existing(lang).await?;
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
    let period = |id| Msg::new(id).arg("since", since).arg("until", until);
    writeln!(out, "{}", lang.text(&period("cli-stats-screens")))?;
    let width = shown.iter().map(|v| v.node.len()).max().unwrap_or(4).max(4);
    for ShownVisits { node, step, shown } in &shown {
        let step = if *step > 0 { lang.text(&Msg::new("cli-stats-step").arg("step", step + 1)) } else { String::new() };
        writeln!(out, "  {node:<width$}  {step:<8}  {shown:>7}")?;
    }
    writeln!(out, "\n{}", lang.text(&period("cli-stats-feedback").arg("count", stats::cell(tally.total))))?;
    for part in PARTS {
        writeln!(out, "  {}", lang.text(&Msg::new("cli-stats-by").arg("part", part)))?;
        for (key, count) in tally.part(part) {
            writeln!(out, "    {key:<24}  {count:>7}")?;
        }
    }
    writeln!(out, "\n{}", lang.get("cli-stats-webinars"))?;
    for line in &webinars {
        writeln!(out, "  {line}")?;
    }
    let columns = Msg::new("cli-stats-consultations")
        .arg("since", since)
        .arg("until", until)
        .arg("columns", crate::reports::consult::COLUMNS);
    writeln!(out, "\n{}", lang.text(&columns))?;
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
        eprintln!("{}", lang.text(&Msg::new("cli-wrote-rows").arg("count", shown.len()).arg("file", path.display())));
    }
    Ok(ExitCode::SUCCESS)
}

fn date_range(
    since: Option<Date>,
    until: Option<Date>,
    lang: StaffLang,
) -> anyhow::Result<(Option<Date>, Option<Date>)> {
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        bail!(lang.text(&Msg::new("cli-since-after-until").arg("since", s).arg("until", u)));
    }
    Ok((since, until))
}

/// The key of the respondent codes: the bot's own, from `.env`, so codes are
/// the same in every export and nobody without it can make them.
fn export_key(lang: StaffLang) -> anyhow::Result<PseudonymKey> {
    config::load_dotenv();
    let hex = super::secrets::key_hex()?.ok_or_else(|| anyhow::anyhow!(lang.get("cli-no-key")))?;
    PseudonymKey::from_hex(&hex).map_err(|problem| anyhow::anyhow!("KADAM_PSEUDONYM_KEY {problem}"))
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Runtime::new().context("cannot start the async runtime")
}

/// The bot's database; refuses to create an empty one where none exists,
/// since that is always a wrong path.
pub(super) async fn open_existing(lang: StaffLang) -> anyhow::Result<Db> {
    let url = config::database_url()?;
    let file = Db::describe(&url);
    // A PostgreSQL database is not a file: connecting says whether it exists.
    if crate::storage::Backend::of(&url) == Some(crate::storage::Backend::Sqlite) && !Path::new(&file).is_file() {
        bail!(lang.text(&Msg::new("cli-no-database").arg("file", file)));
    }
    Db::open(&url).await
}
