//! `kadam migrate-db --to <URL>`: moves the bot's SQLite database (the one
//! `DATABASE_URL` names) into another database, e.g. PostgreSQL when a
//! deployment outgrows one machine. The copy is done by
//! `storage::copy`; this file checks what the operator asked for and tells
//! what happened, table by table.

use std::{io::Write, path::Path, process::ExitCode};

use anyhow::{Context, bail};
use sqlx::{SqlitePool, sqlite::SqliteConnectOptions};

use crate::{
    config,
    staff::{Msg, StaffLang},
    storage::{
        Db,
        copy::{self, CopyError},
    },
};

pub(super) fn run(to: &str, replace: bool, lang: StaffLang) -> anyhow::Result<ExitCode> {
    let from = config::database_url()?;
    if !from.starts_with("sqlite:") {
        bail!(lang.text(&Msg::new("cli-migrate-source-not-sqlite").arg("url", Db::describe(&from))));
    }
    let source_file = Db::describe(&from);
    if !Path::new(&source_file).is_file() {
        bail!(lang.text(&Msg::new("cli-no-database").arg("file", source_file)));
    }
    if to.starts_with("sqlite:") && same_file(&source_file, &Db::describe(to)) {
        bail!(lang.text(&Msg::new("cli-migrate-same").arg("file", source_file)));
    }
    // Without its password (Db::describe).
    let target_name = Db::describe(to);
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let copied = runtime.block_on(async {
        // Brings the source's schema up to date first, as `kadam run` would,
        // so both ends have the same tables.
        Db::open(&from).await?.close().await;
        let options = from.parse::<SqliteConnectOptions>()?.read_only(true);
        let source = SqlitePool::connect_with(options).await?;
        let target = Db::open(to)
            .await
            .with_context(|| lang.text(&Msg::new("cli-migrate-no-target").arg("target", &target_name)))?;
        let copied = copy::copy(&source, &target, replace).await;
        target.close().await;
        source.close().await;
        anyhow::Ok(copied)
    })?;
    let copied = match copied {
        Ok(copied) => copied,
        Err(CopyError::NotEmpty(held)) => {
            let rows: i64 = held.iter().map(|(_, n)| n).sum();
            let tables = held.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(", ");
            bail!(lang.text(
                &Msg::new("cli-migrate-not-empty").arg("target", &target_name).arg("rows", rows).arg("tables", tables)
            ));
        }
        Err(e) => bail!(lang.text(&Msg::new("cli-migrate-failed").arg("error", e))),
    };
    let mut out = std::io::stdout().lock();
    let width = copied.tables.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    for (table, rows) in &copied.tables {
        writeln!(out, "  {table:<width$}  {rows:>9}")?;
    }
    let done = Msg::new("cli-migrate-done")
        .arg("tables", copied.tables.len())
        .arg("rows", copied.rows())
        .arg("source", &source_file)
        .arg("target", &target_name);
    writeln!(out, "{}", lang.text(&done))?;
    Ok(ExitCode::SUCCESS)
}

/// Whether two paths name the same file (the target may not exist yet).
fn same_file(a: &str, b: &str) -> bool {
    let canonical = |p: &str| std::fs::canonicalize(p).ok();
    a == b || canonical(a).is_some_and(|a| Some(a) == canonical(b))
}
