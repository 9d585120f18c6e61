//! A throwaway PostgreSQL server for tests: `initdb` in a temporary folder,
//! `postgres` on a free loopback port, one server per test binary and a
//! fresh database per test. Nothing runs unless a test asks for it.
//!
//! This file is shared: the integration tests use it as
//! `support::postgres`, the library's unit tests include it by path
//! (`src/storage/mod.rs`), so it needs nothing but std, tempfile and sqlx.
//!
//! The server must not outlive the test process, which exits without
//! running destructors of statics: a small watchdog shell waits for the
//! test process to end, then stops the server at once and removes its folder.
//! When no server can be started the test fails saying why, unless
//! `KADAM_SKIP_POSTGRES_TEST=1`, when it says it skipped.

#![allow(dead_code)]

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::{
        OnceLock,
        atomic::{AtomicU32, Ordering},
    },
    time::{Duration, Instant},
};

/// Set to `1` to let the tests that need PostgreSQL pass without it.
pub const SKIP_POSTGRES: &str = "KADAM_SKIP_POSTGRES_TEST";

/// One running server of this test process.
pub struct Server {
    /// The temporary folder (data, socket, log); removed by the watchdog.
    pub dir: PathBuf,
    pub port: u16,
}

static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
static DATABASES: AtomicU32 = AtomicU32::new(0);

/// The URL of a new, empty database on the shared server, or `None` when
/// there is no server and `KADAM_SKIP_POSTGRES_TEST=1` (the caller returns).
/// Without that setting, no server is a test failure.
pub async fn fresh_database() -> Option<String> {
    let server = match SERVER.get_or_init(start) {
        Ok(server) => server,
        Err(why) if std::env::var(SKIP_POSTGRES).is_ok_and(|v| v == "1") => {
            eprintln!("skipped: no PostgreSQL server ({why}); {SKIP_POSTGRES}=1");
            return None;
        }
        Err(why) => panic!(
            "cannot start a throwaway PostgreSQL server: {why}\n\
             Install PostgreSQL (Debian: apt-get install postgresql), or set {SKIP_POSTGRES}=1 to skip this test"
        ),
    };
    let name = format!("kadam_test_{}", DATABASES.fetch_add(1, Ordering::Relaxed));
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(&server.url("postgres")).await.expect("connect to the test server");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("create a test database");
    let _ = admin.close().await;
    Some(server.url(&name))
}

/// The data folder of this process's server, once one runs.
pub fn data_dir() -> Option<PathBuf> {
    SERVER.get()?.as_ref().ok().map(|s| s.dir.join("data"))
}

impl Server {
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }
}

/// The folder holding `initdb`, `postgres`: on `PATH`, or Debian's
/// `/usr/lib/postgresql/<version>/bin`, newest version first.
fn bin_dir() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if dir.join("initdb").is_file() && dir.join("postgres").is_file() {
                return Ok(dir);
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "no initdb on PATH and no /usr/lib/postgresql".to_owned())?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(|| "no initdb in /usr/lib/postgresql/*/bin".to_owned())
}

/// PostgreSQL refuses to run as root: as root, its programs run as the
/// `postgres` user (uid, gid), which must own the folder.
fn run_as() -> Result<Option<(u32, u32)>, String> {
    let id = |args: &[&str]| -> Option<u32> {
        let out = Command::new("id").args(args).output().ok()?;
        String::from_utf8(out.stdout).ok()?.trim().parse().ok()
    };
    if id(&["-u"]) != Some(0) {
        return Ok(None);
    }
    match (id(&["-u", "postgres"]), id(&["-g", "postgres"])) {
        (Some(uid), Some(gid)) => Ok(Some((uid, gid))),
        _ => Err("running as root, and there is no `postgres` user to run PostgreSQL as".to_owned()),
    }
}

fn command(program: &Path, user: Option<(u32, u32)>) -> Command {
    let mut cmd = Command::new(program);
    if let Some((uid, gid)) = user {
        use std::os::unix::process::CommandExt;
        cmd.uid(uid).gid(gid);
    }
    cmd.env("LC_ALL", "C.UTF-8");
    cmd
}

fn start() -> Result<Server, String> {
    let bin = bin_dir()?;
    let user = run_as()?;
    let dir = tempfile::Builder::new().prefix("kadam-pg-").tempdir().map_err(|e| e.to_string())?.keep();
    watchdog(&dir);
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).map_err(|e| format!("chown {}: {e}", dir.display()))?;
    }
    let data = dir.join("data");
    let init = command(&bin.join("initdb"), user)
        .args(["-D", path(&data)?, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"])
        .output()
        .map_err(|e| format!("cannot run initdb: {e}"))?;
    if !init.status.success() {
        return Err(format!("initdb failed: {}", String::from_utf8_lossy(&init.stderr)));
    }
    for _ in 0..5 {
        let port = free_port()?;
        match run_server(&bin, user, &dir, port)? {
            true => return Ok(Server { dir, port }),
            false => continue, // the port was taken meanwhile: another one
        }
    }
    Err("no free port after 5 tries".to_owned())
}

fn path(p: &Path) -> Result<&str, String> {
    p.to_str().ok_or_else(|| format!("{} is not UTF-8", p.display()))
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Starts `postgres` on `port` and waits until it accepts connections:
/// `Ok(false)` when the port was taken, an error when it failed otherwise.
fn run_server(bin: &Path, user: Option<(u32, u32)>, dir: &Path, port: u16) -> Result<bool, String> {
    let log = dir.join(format!("server-{port}.log"));
    let log_file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(&log, Some(uid), Some(gid)).map_err(|e| e.to_string())?;
    }
    let mut child = command(&bin.join("postgres"), user)
        .args(["-D", path(&dir.join("data"))?, "-p", &port.to_string(), "-k", path(dir)?])
        .args(["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"])
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
        .stderr(log_file)
        .spawn()
        .map_err(|e| format!("cannot run postgres: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if text.contains("ready to accept connections") {
            return Ok(true);
        }
        if let Ok(Some(status)) = child.try_wait() {
            if text.contains("could not bind") || text.contains("already in use") {
                return Ok(false);
            }
            return Err(format!("postgres exited ({status}):\n{text}"));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err(format!("postgres did not get ready in 60 s:\n{text}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A shell that outlives nothing: when this test process is gone, it stops
/// the server at once (SIGQUIT, immediate shutdown, via its pid file) and
/// deletes the folder.
fn watchdog(dir: &Path) {
    let script = r#"while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
if [ -f "$2/data/postmaster.pid" ]; then kill -QUIT "$(head -n 1 "$2/data/postmaster.pid")" 2>/dev/null; sleep 1; fi
rm -rf "$2""#;
    let _ = Command::new("sh")
        .args(["-c", script, "watchdog", &std::process::id().to_string()])
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}
