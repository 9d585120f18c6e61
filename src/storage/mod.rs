//! Storage: one SQLite file, its schema applied from `migrations/` at start.
//!
//! SQLite allows one writer at a time. Several pooled connections writing at
//! once queue on that lock with busy-sleeps of up to 100 ms, so writes go
//! through a pool of exactly one connection while reads use their own small
//! pool; WAL lets those reads run alongside the write.

pub mod consult;
pub mod copy;
pub mod exports;
pub mod feedback;
pub mod inbox;
pub mod privacy;
pub mod state;
pub mod visits;
pub mod webinars;

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

/// A new database folder that only its owner can open (0700): it holds
/// who asked what, however pseudonymous.
fn owner_only_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The database and its `-wal`/`-shm` files readable by their owner only
/// (0600), also when an older version created them with wider rights.
/// New files get it from the process's umask (see `cli::run_bot`).
fn owner_only_files(db: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt;
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let path = Path::new(&name);
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} readable by its owner only", path.display()))?;
        }
    }
    Ok(())
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
            .foreign_keys(true)
            // Deleted rows are overwritten with zeros, not left in free pages
            // where anyone with the file could read a forgotten comment.
            .pragma("secure_delete", "ON");
        if let Some(dir) = options.get_filename().parent()
            && !dir.as_os_str().is_empty()
        {
            // SQLite would only say "unable to open database file".
            if dir.exists() && !dir.is_dir() {
                anyhow::bail!(
                    "cannot use the database folder {}: it is a file, not a folder; change DATABASE_URL",
                    dir.display()
                );
            }
            if !dir.exists() {
                owner_only_dir(dir).with_context(|| format!("cannot create the database folder {}", dir.display()))?;
            }
        }
        let write = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(|e| locked_hint(e, options.get_filename()))
            .with_context(|| format!("cannot open the database {}", options.get_filename().display()))?;
        owner_only_files(options.get_filename())?;
        sqlx::migrate!("./migrations")
            .run(&write)
            .await
            .map_err(|e| match e {
                sqlx::migrate::MigrateError::Execute(e) => locked_hint(e, options.get_filename()),
                other => other.into(),
            })
            .context("cannot apply the database migrations")?;
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

    /// Copies the WAL into the database and empties it, so that what was
    /// just deleted (zeroed by `secure_delete`) is not still in `-wal`.
    /// Run after `/forget`, the quick exit and the retention purge. SQLite
    /// reports whether it could: a reader in the way leaves frames in `-wal`,
    /// which is logged (counts only) and returned; the next checkpoint
    /// copies them.
    pub async fn checkpoint(&self) -> Result<Checkpoint, sqlx::Error> {
        let (busy, log, copied): (i64, i64, i64) =
            sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&self.write).await?;
        let done = Checkpoint { complete: busy == 0 && copied == log, log_frames: log, copied_frames: copied };
        if done.complete {
            tracing::debug!(frames = copied, "database checkpoint");
        } else {
            tracing::warn!(
                busy,
                log_frames = log,
                copied_frames = copied,
                "the database checkpoint was incomplete: deleted data may stay in the -wal file until the next one"
            );
        }
        Ok(done)
    }

    pub async fn close(&self) {
        self.read.close().await;
        self.write.close().await;
    }
}

/// What a WAL checkpoint did (see [`Db::checkpoint`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// Every frame was copied and the `-wal` file emptied.
    pub complete: bool,
    /// Frames in the WAL (-1 when the database is not in WAL mode).
    pub log_frames: i64,
    pub copied_frames: i64,
}

/// Says who is likely to blame when SQLite reports the file as busy for
/// longer than the busy timeout: another program holding a lock on it.
fn locked_hint(e: sqlx::Error, file: &Path) -> anyhow::Error {
    let busy = e.as_database_error().and_then(|d| d.code()).is_some_and(|c| c == "5" || c == "6");
    if busy {
        anyhow::Error::new(e).context(format!(
            "{} is locked by another program (another kadam on the same file, or a tool with an open transaction); stop it and start again",
            file.display()
        ))
    } else {
        e.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checkpoint's result is read, not assumed: after a write it says
    /// it copied every frame, and the WAL is empty.
    #[tokio::test]
    async fn a_checkpoint_reports_what_it_copied() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&format!("sqlite://{}", dir.path().join("kadam.db").display())).await.unwrap();
        sqlx::query("INSERT INTO visit_lang (day, lang, screens, people_week, people_month) VALUES ('2026-01-01', 'ru', 1, 0, 0)")
            .execute(&db.write)
            .await
            .unwrap();
        let done = db.checkpoint().await.unwrap();
        assert!(done.complete, "{done:?}");
        assert_eq!(done.copied_frames, done.log_frames, "{done:?}");
        let wal = std::fs::metadata(dir.path().join("kadam.db-wal")).map(|m| m.len()).unwrap_or(0);
        assert_eq!(wal, 0, "TRUNCATE empties the -wal file");
    }
}
