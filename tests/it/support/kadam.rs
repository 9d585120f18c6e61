//! Running the real `kadam run` binary against the fake Bot API, with its own
//! temporary folder (database, logs) and content, as production runs it.

use std::{
    path::{Path, PathBuf},
    process::{ExitStatus, Stdio},
};

use tokio::process::{Child, Command};

use super::fake_api::{DEFAULT_TIMEOUT, FakeApi, TOKEN};

/// A pseudonym key for tests; any 32-byte hex string works.
pub const TEST_KEY: &str = "6b6164616d2d746573742d6b65792d6e6f742d666f722d70726f64756374696f6e";

/// One bot's home: database and logs survive restarts of the process.
pub struct Home {
    pub dir: tempfile::TempDir,
    pub content: PathBuf,
    /// A PostgreSQL database instead of the SQLite file in `dir`.
    pub postgres: Option<String>,
}

impl Home {
    /// A home serving the shipped content.
    pub fn new() -> Self {
        Self::with_content(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    pub fn with_content(content: &Path) -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir"), content: content.to_owned(), postgres: None }
    }

    /// The same home with its database on PostgreSQL at `url` (from
    /// `support::postgres::fresh_database`).
    pub fn on_postgres(self, url: String) -> Self {
        Self { postgres: Some(url), ..self }
    }

    /// Fails if a home on PostgreSQL made an SQLite file after all: the
    /// PostgreSQL variants of the flows must really run there.
    pub fn assert_on_its_backend(&self) {
        if self.postgres.is_some() {
            assert!(!self.db_path().exists(), "a PostgreSQL run created {}", self.db_path().display());
        }
    }

    /// The `DATABASE_URL` the bot and the CLI get.
    pub fn database_url(&self) -> String {
        self.postgres.clone().unwrap_or_else(|| format!("sqlite://{}", self.db_path().display()))
    }

    /// A connection to the bot's database whichever the backend, to put
    /// rows in (the bot not running, or used as the bot's own writes are).
    pub async fn connect_db_writable(&self) -> sqlx::AnyConnection {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect(&self.database_url()).await.expect("connect to the bot's database")
    }

    /// A connection to the bot's database whichever the backend (SQLite
    /// read-only), for tests that look at the rows.
    pub async fn connect_db(&self) -> sqlx::AnyConnection {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let url = match &self.postgres {
            Some(url) => url.clone(),
            None => format!("{}?mode=ro", self.database_url()),
        };
        sqlx::AnyConnection::connect(&url).await.expect("connect to the bot's database")
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("data").join("kadam.db")
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir.path().join("kadam.log")
    }

    fn clock_path(&self) -> PathBuf {
        self.dir.path().join("clock")
    }

    /// Steers the bot's clock to `unix` seconds (see `kadam::clock`). Call it
    /// before [`Home::start`] to steer a run at all; calling it again moves
    /// time for the running bot, whose jobs then poll every fraction of a second.
    pub fn set_clock(&self, unix: i64) {
        std::fs::write(self.clock_path(), unix.to_string()).expect("write the steered clock");
    }

    /// Everything the bot logged so far, over all its runs.
    pub fn logs(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// Starts `kadam run` and waits until it polls for updates.
    pub async fn start(&self, api: &FakeApi, extra_env: &[(&str, &str)]) -> Kadam {
        let mut cmd = self.command(api);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        let polls_before = api.calls_of("getUpdates").len();
        let child = cmd.spawn().expect("spawn kadam");
        let kadam = Kadam { child };
        api.wait_until(|api| api.calls_of("getUpdates").len() > polls_before, DEFAULT_TIMEOUT)
            .await
            .unwrap_or_else(|e| panic!("kadam did not start polling: {e}\n--- log ---\n{}", self.logs()));
        kadam
    }

    /// `kadam run` configured for this home and `api`, not yet started.
    pub fn command(&self, api: &FakeApi) -> Command {
        self.command_via(api, &[])
    }

    /// [`Home::command`] run through another program, `via` (its path and
    /// arguments; empty: none), e.g. `valgrind --tool=callgrind` in
    /// `benches/e2e.rs`, which counts instructions per update.
    pub fn command_via(&self, api: &FakeApi, via: &[String]) -> Command {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log_path()).expect("log file");
        let mut cmd = match via.split_first() {
            Some((program, args)) => {
                let mut cmd = Command::new(program);
                cmd.args(args).arg(env!("CARGO_BIN_EXE_kadam"));
                cmd
            }
            None => Command::new(env!("CARGO_BIN_EXE_kadam")),
        };
        cmd.arg("run")
            // Run in the temp dir so no developer's .env is picked up.
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", api.url().as_str())
            .env("DATABASE_URL", self.database_url())
            .env("KADAM_CONTENT_DIR", &self.content)
            .env("KADAM_PSEUDONYM_KEY", TEST_KEY)
            .env("KADAM_WATCH_CONTENT", "false")
            .env("KADAM_LOG", "info")
            // Telegram allows one message a second per chat; the fake does not
            // care, and tests that need the real limits pass KADAM_THROTTLE.
            .env("KADAM_THROTTLE", "off")
            .env("KADAM_CLOCK_FILE", if self.clock_path().exists() { self.clock_path() } else { PathBuf::new() })
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .kill_on_drop(true);
        cmd
    }
}

/// Runs a one-shot command (`kadam export`, `kadam report`, …) on the
/// database at `url`, in `dir` (so no developer's `.env` is read), with the
/// test key; `env` adds or overrides variables (an empty value unsets one).
pub fn cli(dir: &Path, url: &str, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kadam"));
    cmd.args(args)
        .current_dir(dir)
        .env_clear()
        .env("DATABASE_URL", url)
        .env("KADAM_CONTENT_DIR", env!("CARGO_MANIFEST_DIR"))
        .env("KADAM_PSEUDONYM_KEY", TEST_KEY);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run kadam")
}

pub struct Kadam {
    child: Child,
}

impl Kadam {
    /// SIGTERM, as a service manager stops it; waits for a clean exit.
    pub async fn stop(mut self) -> ExitStatus {
        let pid = self.child.id().expect("running").to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status().await;
        tokio::time::timeout(DEFAULT_TIMEOUT, self.child.wait())
            .await
            .expect("kadam stops after SIGTERM")
            .expect("wait for kadam")
    }

    /// A running `kadam run` started elsewhere (e.g. from [`Home::command_via`]).
    #[allow(dead_code, reason = "used by benches/e2e.rs only")]
    pub fn from_child(child: Child) -> Self {
        Self { child }
    }

    /// SIGKILL: no chance to clean up, like a crash or power loss.
    pub async fn kill(mut self) {
        let _ = self.child.kill().await;
    }

    /// The process id, e.g. to read its peak memory from `/proc`.
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

/// Fails unless `path` is readable and writable by its owner only (0600):
/// files made for staff hold what people told the bot.
pub fn assert_owner_only(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).expect("the file exists").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{} has mode {mode:o}, not 600", path.display());
}
