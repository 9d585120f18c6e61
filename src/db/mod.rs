//! Storage: one SQLite file, its schema applied from `migrations/` at start.
//!
//! SQLite allows one writer at a time. Several pooled connections writing at
//! once queue on that lock with busy-sleeps of up to 100 ms, so writes go
//! through a pool of exactly one connection while reads use their own small
//! pool; WAL lets those reads run alongside the write.

pub mod feedback;
pub mod privacy;
pub mod state;

use std::{path::Path, str::FromStr, time::Duration};

use anyhow::Context;
use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};

#[derive(Clone, Debug)]
pub struct Db {
    /// The single writer connection.
    pub write: SqlitePool,
    /// Readers; never used for writes.
    pub read: SqlitePool,
}

impl Db {
    /// Opens (creating the file and its folder if needed) and migrates.
    pub async fn open(url: &str) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| format!("DATABASE_URL `{url}` is not an SQLite URL like sqlite://data/kadam.db"))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // In WAL mode NORMAL is crash-safe for the database; a power cut
            // may lose the last commits, never corrupt the file.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
            && !dir.exists()
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the database folder {}", dir.display()))?;
        }
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .with_context(|| format!("cannot open the database {}", options.get_filename().display()))?;
        sqlx::migrate!("./migrations").run(&write).await.context("cannot apply the database migrations")?;
        let read = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options.read_only(true))
            .await
            .context("cannot open the database for reading")?;
        Ok(Self { write, read })
    }

    /// The file behind the database, for messages.
    pub fn describe(url: &str) -> String {
        SqliteConnectOptions::from_str(url)
            .map(|o| Path::new(o.get_filename()).display().to_string())
            .unwrap_or_else(|_| url.to_owned())
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}
