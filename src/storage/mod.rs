//! Storage: one SQLite file (the default) or a PostgreSQL database, its
//! schema applied at start from `migrations/` (SQLite) or
//! `migrations/postgres/` (PostgreSQL), through sqlx's `Any` driver so that
//! one set of SQL serves both (`docs/architecture.md`).
//!
//! SQLite allows one writer at a time. Several pooled connections writing at
//! once queue on that lock with busy-sleeps of up to 100 ms, so writes go
//! through a pool of exactly one connection while reads use their own small
//! pool; WAL lets those reads run alongside the write. PostgreSQL has one
//! pool for both.

pub mod consult;
pub mod copy;
pub mod exports;
pub mod feedback;
pub mod inbox;
pub mod privacy;
pub mod replica;
pub mod state;
pub mod visits;
pub mod webinars;

#[cfg(test)]
mod both_tests;
#[cfg(test)]
pub(crate) mod testing;

use std::{path::Path, str::FromStr};

use anyhow::Context;
use sqlx::{
    AnyConnection, AnyPool, Connection, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
    sqlite::SqliteConnectOptions,
};

/// Which database a [`Db`] talks to. The SQL is the same on both; only
/// opening, migrating and making deletions stick differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a `DATABASE_URL` names, if any.
    pub fn of(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    /// The single writer connection (SQLite); the one pool (PostgreSQL).
    pub write: AnyPool,
    /// Readers; never used for writes. On PostgreSQL the same pool as `write`.
    pub read: AnyPool,
    pub backend: Backend,
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

/// Connections per PostgreSQL process: the server handles concurrent
/// writers itself, so reads and writes share one small pool.
const POSTGRES_CONNECTIONS: u32 = 8;

/// What every SQLite connection sets first. The `Any` driver takes its
/// options from a URL, which cannot carry pragmas, so they run once per
/// connection (never per query).
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";
/// Deleted rows are overwritten with zeros (`secure_delete`), not left in
/// free pages where anyone with the file could read a forgotten comment.
/// In WAL mode NORMAL is crash-safe for the database; a power cut may lose
/// the last commits, never corrupt the file.
const SQLITE_WRITER_PRAGMAS: &str = "PRAGMA synchronous = NORMAL;";
/// WAL lets readers run alongside the one writer; it stays set in the file.
const SQLITE_WAL: &str = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;";

impl Db {
    /// Opens (creating the file and its folder if needed) and migrates.
    pub async fn open(url: &str) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        match Backend::of(url) {
            Some(Backend::Sqlite) => Self::open_sqlite(url).await,
            Some(Backend::Postgres) => Self::open_postgres(url).await,
            None => anyhow::bail!(
                "DATABASE_URL `{}` is neither sqlite: nor postgres://",
                url.split(':').next().unwrap_or_default()
            ),
        }
    }

    async fn open_sqlite(url: &str) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| format!("DATABASE_URL `{url}` is not an SQLite URL like sqlite://data/kadam.db"))?;
        let file = options.get_filename().to_path_buf();
        if let Some(dir) = file.parent()
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
        let options = sqlite_any_options(&file, "rwc")?;
        // WAL is a setting of the file and needs its lock: set it once on a
        // connection of its own, whose errors ("locked by another program")
        // reach the operator. The pool would retry a failing `after_connect`
        // until its timeout and report only that.
        let cannot_open = || format!("cannot open the database {}", file.display());
        let mut first =
            AnyConnection::connect_with(&options).await.map_err(|e| locked_hint(e, &file)).with_context(cannot_open)?;
        first.execute(SQLITE_WAL).await.map_err(|e| locked_hint(e, &file)).with_context(cannot_open)?;
        first.close().await.with_context(cannot_open)?;
        let write = AnyPoolOptions::new()
            .max_connections(1)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(SQLITE_PRAGMAS).await?;
                    conn.execute(SQLITE_WRITER_PRAGMAS).await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| locked_hint(e, &file))
            .with_context(cannot_open)?;
        owner_only_files(&file)?;
        sqlx::migrate!("./migrations")
            .run(&write)
            .await
            .map_err(|e| match e {
                sqlx::migrate::MigrateError::Execute(e) => locked_hint(e, &file),
                other => other.into(),
            })
            .context("cannot apply the database migrations")?;
        let read = AnyPoolOptions::new()
            .max_connections(4)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(SQLITE_PRAGMAS).await?;
                    Ok(())
                })
            })
            .connect_with(sqlite_any_options(&file, "ro")?)
            .await
            .context("cannot open the database for reading")?;
        Ok(Self { write, read, backend: Backend::Sqlite })
    }

    async fn open_postgres(url: &str) -> anyhow::Result<Self> {
        let shown = Self::describe(url);
        let options = AnyConnectOptions::from_str(url).with_context(|| {
            format!("DATABASE_URL `{shown}` is not a PostgreSQL URL like postgres://kadam@localhost/kadam")
        })?;
        // One connection first: the pool would retry a refused connection
        // until its timeout and then report only the timeout, not why.
        let cannot_connect = || format!("cannot connect to the database {shown}");
        AnyConnection::connect_with(&options).await.with_context(cannot_connect)?.close().await.ok();
        let pool = AnyPoolOptions::new()
            .max_connections(POSTGRES_CONNECTIONS)
            .connect_with(options)
            .await
            .with_context(cannot_connect)?;
        sqlx::migrate!("./migrations/postgres")
            .run(&pool)
            .await
            .with_context(|| format!("cannot apply the database migrations to {shown}"))?;
        Ok(Self { write: pool.clone(), read: pool, backend: Backend::Postgres })
    }

    /// The database, for messages: the SQLite file, or the PostgreSQL URL
    /// without its password.
    pub fn describe(url: &str) -> String {
        match Backend::of(url) {
            Some(Backend::Postgres) => redact_password(url),
            _ => SqliteConnectOptions::from_str(url)
                .map(|o| Path::new(o.get_filename()).display().to_string())
                .unwrap_or_else(|_| url.split(':').next().unwrap_or_default().to_owned() + ":…"),
        }
    }

    /// Makes what was just deleted as unrecoverable as the backend allows.
    /// Run after `/forget`, the quick exit and the purges. SQLite: see
    /// [`Db::checkpoint`]. PostgreSQL keeps deleted rows ("dead tuples") in
    /// its files until VACUUM; `VACUUM` of `tables` makes their space free
    /// for reuse at once, but PostgreSQL does not zero it, so the bytes may
    /// stay on disk until overwritten (`docs/privacy.md`).
    pub async fn erase_deleted(&self, tables: &[&str]) -> Result<(), sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.checkpoint().await.map(drop),
            Backend::Postgres => {
                // VACUUM cannot run in a transaction; each statement alone.
                for table in tables {
                    self.write.execute(format!("VACUUM {table}").as_str()).await?;
                }
                tracing::debug!(tables = tables.len(), "database vacuum");
                Ok(())
            }
        }
    }

    /// Copies the WAL into the database and empties it, so that what was
    /// just deleted (zeroed by `secure_delete`) is not still in `-wal`.
    /// Run after `/forget`, the quick exit and the retention purge. SQLite
    /// reports whether it could: a reader in the way leaves frames in `-wal`,
    /// which is logged (counts only) and returned; the next checkpoint
    /// copies them. On PostgreSQL there is no WAL file to empty (see
    /// [`Db::erase_deleted`]): it reports complete.
    pub async fn checkpoint(&self) -> Result<Checkpoint, sqlx::Error> {
        if self.backend == Backend::Postgres {
            return Ok(Checkpoint { complete: true, log_frames: -1, copied_frames: -1 });
        }
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

/// `Any` options for the SQLite file in `mode` (`rwc` creates it, `ro`
/// reads only). The `sqlite:` URL without `//` keeps a relative path a
/// path (with `//` its first folder would be a host name, lower-cased).
pub(crate) fn sqlite_any_options(file: &Path, mode: &str) -> anyhow::Result<AnyConnectOptions> {
    let mut encoded = String::new();
    for byte in file.as_os_str().as_encoded_bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'.' | b'_' | b'-' | b'~' => encoded.push(*byte as char),
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    AnyConnectOptions::from_str(&format!("sqlite:{encoded}?mode={mode}"))
        .with_context(|| format!("cannot use {} as an SQLite database", file.display()))
}

/// The URL with `***` for its password, in the user part or as a
/// `password=` parameter, for logs and messages. A URL that does not parse
/// shows only its scheme: it may hold a password where none is expected.
fn redact_password(url: &str) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.split(':').next().unwrap_or_default().to_owned() + "://…";
    };
    if parsed.password().is_some() {
        // Only fails for URLs that cannot have a user part, which parsed
        // postgres:// URLs with a password always can.
        let _ = parsed.set_password(Some("***"));
    }
    if parsed.query_pairs().any(|(key, _)| key == "password") {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(key, value)| {
                let value = if key == "password" { "***".to_owned() } else { value.into_owned() };
                (key.into_owned(), value)
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
    }
    parsed.to_string()
}

/// Placeholders `$from, $from+1, …` for `n` values. Both backends read
/// `$N`; `QueryBuilder<Any>` would write `?`, which PostgreSQL refuses.
pub(crate) fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// `($1, $2), ($3, $4)` for a multi-row `VALUES` of `rows` rows of `cols`.
pub(crate) fn value_rows(rows: usize, cols: usize) -> String {
    (0..rows).map(|r| format!("({})", placeholders(1 + r * cols, cols))).collect::<Vec<_>>().join(", ")
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

    #[test]
    fn describe_never_shows_a_password() {
        assert_eq!(Db::describe("postgres://kadam:s3cret@db:5432/kadam"), "postgres://kadam:***@db:5432/kadam");
        assert_eq!(
            Db::describe("postgresql://kadam@db/kadam?sslmode=require&password=s3cret"),
            "postgresql://kadam@db/kadam?sslmode=require&password=***"
        );
        assert_eq!(Db::describe("postgres://db/kadam"), "postgres://db/kadam");
        assert_eq!(Db::describe("postgres://kadam:p@ss@db/kadam"), "postgres://kadam:***@db/kadam");
        assert_eq!(Db::describe("postgres://kadam:s3cret@[broken/kadam"), "postgres://…");
        assert_eq!(Db::describe("sqlite://data/kadam.db"), "data/kadam.db");
    }

    #[test]
    fn placeholders_number_from_where_they_start() {
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
        assert_eq!(value_rows(2, 2), "($1, $2), ($3, $4)");
    }

    /// A file name keeps its case and its odd characters through the `Any`
    /// URL.
    #[tokio::test]
    async fn an_odd_file_name_is_opened_as_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("Data #1 ü").join("Kadam db.sqlite");
        let db = Db::open(&format!("sqlite://{}", file.display())).await.unwrap();
        db.close().await;
        assert!(file.exists(), "{}", file.display());
    }

    /// The pragmas hold on both pools, and the checkpoint's result is read,
    /// not assumed: after a write it says it copied every frame, and the WAL
    /// is empty.
    #[tokio::test]
    async fn a_checkpoint_reports_what_it_copied() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&format!("sqlite://{}", dir.path().join("kadam.db").display())).await.unwrap();
        for (pragma, expected) in [("journal_mode", "wal"), ("secure_delete", "1"), ("foreign_keys", "1")] {
            let sql = format!("PRAGMA {pragma}");
            for pool in [&db.write, &db.read] {
                let row = sqlx::query(&sql).fetch_one(pool).await.unwrap();
                let value = sqlx::Row::try_get::<String, _>(&row, 0)
                    .or_else(|_| sqlx::Row::try_get::<i64, _>(&row, 0).map(|n| n.to_string()))
                    .unwrap();
                assert_eq!(value, expected, "{pragma}");
            }
        }
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
