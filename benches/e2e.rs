//! The end-to-end load tool: the real `kadam run` (release build) against
//! the fake Bot API on loopback, with many simulated people walking the menus
//! at once, and the same load against a minimal teloxide bot that keeps its
//! dialogue in teloxide's own SQLite storage, so the cost of our engine and
//! storage shows as a ratio.
//!
//! ```sh
//! cargo bench --bench e2e
//! cargo bench --bench e2e -- --users 200 --seconds 10 --stored 100000
//! cargo bench --bench e2e -- --callgrind /tmp/cg --users 20 --rate 40 --seconds 20
//! cargo bench --bench e2e -- --backend all --no-baseline --seconds 10
//! ```
//!
//! `--backend sqlite|postgres|postgres-2|all` (repeatable; default sqlite)
//! runs the same load against kadam on its SQLite file, on a throwaway
//! PostgreSQL server (`tests/it/support/postgres.rs`, fsync off) with one
//! process, and on the same server with two replicas
//! (`KADAM_REPLICAS=shared`). CPU is summed over kadam's processes; the
//! PostgreSQL server's CPU (postmaster and its backends) is shown apart.
//! `--callgrind` runs on SQLite only.
//!
//! With `--callgrind DIR` both bots run under `valgrind --tool=callgrind`
//! instead, once idle and once under the paced load, and the tool prints the
//! instructions each spends per update: a figure that other processes on a
//! busy machine do not disturb, unlike CPU time.
//!
//! Each simulated person waits for the bot's answer before the next tap (a
//! closed loop, as a person does), so throughput is what the bot sustains.
//! Latency runs from putting an update in the fake's queue to the fake
//! storing the bot's reply (the screen with buttons). Only loopback is used;
//! every run is bounded in time and count. Results: docs/performance.md.

#[allow(dead_code)]
#[path = "../tests/it/support/fake_api.rs"]
mod fake_api;
#[path = "../tests/it/support/postgres.rs"]
mod postgres;
#[allow(dead_code)]
#[path = "../tests/it/support/kadam.rs"]
mod runner;

use std::{
    process::Stdio,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use fake_api::{FakeApi, Reply};
use tokio::sync::mpsc;

/// Marks the child process that runs the baseline bot instead of the tool.
const BASELINE_ENV: &str = "KADAM_E2E_BASELINE_DB";
/// How long to wait for one answer before counting the step as lost.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);
/// Simulated people's chat ids start here, clear of the test users.
const FIRST_CHAT: i64 = 5_000_000;

struct Options {
    users: usize,
    seconds: u64,
    warmup: u64,
    stored: usize,
    /// Updates per second offered in all by the paced run.
    rate: f64,
    baseline: bool,
    /// Extra environment for `kadam run`, e.g. `MALLOC_ARENA_MAX=2`.
    kadam_env: Vec<(String, String)>,
    /// Count instructions under callgrind, its files in this folder.
    callgrind: Option<std::path::PathBuf>,
    /// Where kadam keeps its data, each run in turn.
    backends: Vec<Backend>,
}

/// The database kadam runs on, and how many processes share it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Backend {
    Sqlite,
    Postgres,
    /// Two `kadam run` replicas (`KADAM_REPLICAS=shared`) on one PostgreSQL.
    Postgres2,
}

impl Backend {
    const ALL: [Backend; 3] = [Backend::Sqlite, Backend::Postgres, Backend::Postgres2];

    fn parse(name: &str) -> Vec<Backend> {
        match name {
            "sqlite" => vec![Backend::Sqlite],
            "postgres" => vec![Backend::Postgres],
            "postgres-2" => vec![Backend::Postgres2],
            "all" => Self::ALL.to_vec(),
            other => panic!("unknown backend {other}; known: sqlite postgres postgres-2 all"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL, one process",
            Backend::Postgres2 => "PostgreSQL, two replicas",
        }
    }

    fn replicas(self) -> usize {
        if self == Backend::Postgres2 { 2 } else { 1 }
    }
}

impl Options {
    fn parse() -> Self {
        let mut o = Options {
            users: 200,
            seconds: 10,
            warmup: 2,
            stored: 100_000,
            rate: 1000.0,
            baseline: true,
            kadam_env: vec![],
            callgrind: None,
            backends: vec![],
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut num = |name: &str| -> u64 {
                args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{name} needs a number"))
            };
            match arg.as_str() {
                "--users" => o.users = num("--users") as usize,
                "--seconds" => o.seconds = num("--seconds").clamp(1, 300),
                "--warmup" => o.warmup = num("--warmup").min(60),
                "--stored" => o.stored = num("--stored") as usize,
                "--rate" => o.rate = num("--rate").max(1) as f64,
                "--no-baseline" => o.baseline = false,
                "--backend" => o.backends.extend(Backend::parse(&args.next().expect("--backend needs a name"))),
                "--callgrind" => o.callgrind = Some(args.next().expect("--callgrind needs a folder").into()),
                "--kadam-env" => {
                    let kv = args.next().expect("--kadam-env needs NAME=VALUE");
                    let (k, v) = kv.split_once('=').expect("--kadam-env needs NAME=VALUE");
                    o.kadam_env.push((k.to_owned(), v.to_owned()));
                }
                // Passed by `cargo bench`.
                "--bench" => {}
                other => panic!(
                    "unknown argument {other}; known: --users N --seconds N --warmup N --stored N --rate N --no-baseline --backend sqlite|postgres|postgres-2|all --kadam-env NAME=VALUE --callgrind DIR"
                ),
            }
        }
        o.users = o.users.clamp(1, 10_000);
        if o.backends.is_empty() {
            o.backends.push(Backend::Sqlite);
        }
        o.backends.dedup();
        o
    }
}

fn main() {
    if let Ok(db) = std::env::var(BASELINE_ENV) {
        baseline::run(&db);
        return;
    }
    let options = Options::parse();
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    match options.callgrind.clone() {
        Some(dir) => runtime.block_on(callgrind::run(options, dir)),
        None => runtime.block_on(run(options)),
    }
}

async fn run(o: Options) {
    println!(
        "kadam end-to-end load: {} users, {} stored users; each run {} s after {} s of warm-up",
        o.users, o.stored, o.seconds, o.warmup
    );
    println!(
        "machine: {} cores; load average {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average()
    );

    let check = time_check(11);
    println!("\n`kadam check` on the shipped content, median of 11 runs: {:.1} ms", ms(check));

    let mut results = vec![];
    for &backend in &o.backends {
        results.push((backend, run_kadam(&o, backend).await));
    }
    if results.len() > 1 {
        println!(
            "\nbackends side by side (saturated answered/s; paced p50 / p99 ms; CPU ms per update, kadam + server):"
        );
        for (backend, (paced, saturated)) in &results {
            println!(
                "  {:<26} {:>6.0}/s   {:>6.1} / {:>6.1} ms   {:.3} + {:.3} ms",
                backend.name(),
                saturated.rate(),
                ms(paced.pct(50.0)),
                ms(paced.pct(99.0)),
                saturated.cpu_per_update(),
                saturated.server_cpu_per_update().unwrap_or(0.0)
            );
        }
    }
    let (ours_paced, ours) = results.swap_remove(0).1;

    if !o.baseline {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("teloxide.db");
    baseline::prefill(&db, o.stored).await;
    let api = Arc::new(FakeApi::start().await);
    let mut child = tokio::process::Command::new(std::env::current_exe().expect("own path"))
        .env(BASELINE_ENV, &db)
        .env("TELOXIDE_API_URL", api.url().as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start the baseline bot");
    api.wait_until(|api| !api.calls_of("getUpdates").is_empty(), Duration::from_secs(10))
        .await
        .expect("the baseline bot polls");
    let pid = child.id().expect("baseline runs");
    let theirs_paced = load(&api, &o, Some(o.rate), &Procs::one(pid), |_| true).await;
    theirs_paced.print(&format!("teloxide baseline, paced at {} updates/s", o.rate));
    let theirs = load(&api, &o, None, &Procs::one(pid), |_| true).await;
    theirs.print("teloxide baseline, saturated");
    let _ = child.kill().await;

    println!("\nkadam on {} / baseline (below 1 is better for kadam, except updates/s):", o.backends[0].name());
    println!("  paced p50 latency      {:.3}×", ms(ours_paced.pct(50.0)) / ms(theirs_paced.pct(50.0)));
    println!("  paced p99 latency      {:.3}×", ms(ours_paced.pct(99.0)) / ms(theirs_paced.pct(99.0)));
    println!("  saturated updates/s    {:.2}×", ours.rate() / theirs.rate());
    println!("  CPU per update         {:.2}×", ours.cpu_per_update() / theirs.cpu_per_update());
    println!("  peak RSS               {:.2}×", ours.peak_rss_kb[0] as f64 / theirs.peak_rss_kb[0] as f64);
}

/// Kadam on `backend` with `o.stored` people stored: the start-up time (one
/// process), then the paced and the saturated run.
async fn run_kadam(o: &Options, backend: Backend) -> (Measured, Measured) {
    println!("\n=== kadam on {} ===", backend.name());
    let mut home = runner::Home::new();
    if backend != Backend::Sqlite {
        let url = postgres::fresh_database().await.expect("a PostgreSQL server for --backend postgres");
        home = home.on_postgres(url);
    }
    let env: Vec<(&str, &str)> = o.kadam_env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    prefill_kadam(&home.database_url(), o.stored).await;
    let api = Arc::new(FakeApi::start().await);
    // The first start applies nothing new (prefill ran the migrations) but
    // warms the page cache, as on a server that has been up for a while.
    home.start(&api, &env).await.stop().await;
    let mut starts = vec![];
    for _ in 0..5 {
        let began = Instant::now();
        let bot = home.start(&api, &env).await;
        starts.push(began.elapsed());
        bot.stop().await;
    }
    starts.sort();
    println!("start-up to the first getUpdates, {} stored users, median of 5: {:.1} ms", o.stored, ms(starts[2]));
    drop(api);

    let api = Arc::new(FakeApi::start().await);
    let mut bots = vec![];
    if backend.replicas() == 1 {
        bots.push(home.start(&api, &env).await);
    } else {
        let mut shared = env.clone();
        shared.push(("KADAM_REPLICAS", "shared"));
        // The first takes the polling lease; the others handle the shared inbox.
        bots.push(home.start(&api, &shared).await);
        for _ in 1..backend.replicas() {
            bots.push(home.start_replica(&api, &env).await);
        }
    }
    let procs = Procs {
        bots: bots.iter().map(|b| b.pid().expect("kadam runs")).collect(),
        server: if backend == Backend::Sqlite { None } else { postmaster_pid() },
    };
    let paced = load(&api, o, Some(o.rate), &procs, kadam_pressable).await;
    paced.print(&format!("kadam on {}, paced at {} updates/s", backend.name(), o.rate));
    let saturated = load(&api, o, None, &procs, kadam_pressable).await;
    saturated.print(&format!("kadam on {}, saturated (everyone taps again as soon as answered)", backend.name()));
    for bot in bots {
        bot.stop().await;
    }
    home.assert_on_its_backend();
    (paced, saturated)
}

/// The processes one load run watches: the bot's (one per replica) and,
/// on PostgreSQL, the server's postmaster.
struct Procs {
    bots: Vec<u32>,
    server: Option<u32>,
}

impl Procs {
    fn one(pid: u32) -> Self {
        Self { bots: vec![pid], server: None }
    }

    fn bots_cpu(&self) -> Duration {
        self.bots.iter().map(|&pid| cpu_time(pid)).sum()
    }

    /// The server's CPU so far: the postmaster's own, its ended children's
    /// (cutime, cstime) and its running backends'.
    fn server_cpu(&self) -> Option<Duration> {
        let master = self.server?;
        let children: Duration = std::fs::read_dir("/proc")
            .ok()?
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|&pid| stat_fields(pid).get(1) == Some(&(master as u64)))
            .map(cpu_time)
            .sum();
        let fields = stat_fields(master);
        let ended = fields.get(13).copied().unwrap_or(0) + fields.get(14).copied().unwrap_or(0);
        Some(cpu_time(master) + children + Duration::from_millis(ended * 10))
    }
}

/// The bots' CPU and the server's at one moment.
type CpuMark = (Duration, Option<Duration>);

/// The running server's postmaster, from its pid file.
fn postmaster_pid() -> Option<u32> {
    let text = std::fs::read_to_string(postgres::data_dir()?.join("postmaster.pid")).ok()?;
    text.lines().next()?.trim().parse().ok()
}

/// What one load run measured.
struct Measured {
    steps: usize,
    /// Updates sent over the whole run, warm-up included.
    sent: usize,
    lost: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
    /// Per bot process, in the order of `Procs::bots`.
    peak_rss_kb: Vec<u64>,
    /// Summed over the bot's processes.
    cpu: Duration,
    /// The PostgreSQL server's, when there is one.
    server_cpu: Option<Duration>,
}

impl Measured {
    fn rate(&self) -> f64 {
        self.steps as f64 / self.elapsed.as_secs_f64()
    }

    fn pct(&self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let i = ((p / 100.0) * (self.latencies.len() - 1) as f64).round() as usize;
        self.latencies[i]
    }

    fn cpu_per_update(&self) -> f64 {
        ms(self.cpu) / self.steps.max(1) as f64
    }

    fn server_cpu_per_update(&self) -> Option<f64> {
        self.server_cpu.map(|cpu| ms(cpu) / self.steps.max(1) as f64)
    }

    fn print(&self, name: &str) {
        println!("\n{name}:");
        println!(
            "  updates answered {} in {:.1} s: {:.0} updates/s",
            self.steps,
            self.elapsed.as_secs_f64(),
            self.rate()
        );
        println!(
            "  latency p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            ms(self.pct(50.0)),
            ms(self.pct(95.0)),
            ms(self.pct(99.0)),
            ms(self.pct(100.0))
        );
        println!("  unanswered within {} s: {}", ANSWER_TIMEOUT.as_secs(), self.lost);
        println!("  bot CPU {:.3} ms per update (over {} process(es))", self.cpu_per_update(), self.peak_rss_kb.len());
        if let Some(server) = self.server_cpu_per_update() {
            println!("  PostgreSQL server CPU {server:.3} ms per update");
        }
        let rss: Vec<String> = self.peak_rss_kb.iter().map(|kb| format!("{:.1} MB", *kb as f64 / 1024.0)).collect();
        println!("  peak RSS (VmHWM) per bot process since its start: {}", rss.join(", "));
    }
}

/// Kadam's quick exit and /forget end a walk, so people do not tap them;
/// nor a call card's button (`<fingerprint>:c:<contact>`), which answers
/// with a contact card and no buttons, so the walk would wait for a screen
/// that never comes and count the tap as lost.
fn kadam_pressable(data: &str) -> bool {
    !(data.ends_with(":x") || data.ends_with(":f") || data.split(':').nth(1) == Some("c"))
}

/// Runs `o.users` simulated people against the bot behind `api` (process
/// `procs`) for the warm-up plus the measured time. With `rate`, each person
/// taps on a schedule so that all together offer `rate` updates a second
/// (waiting for the answer first if it is late); without, each taps again
/// as soon as she is answered, which finds the most the bot can do.
/// `pressable` picks which buttons a person may tap.
async fn load(
    api: &Arc<FakeApi>,
    o: &Options,
    rate: Option<f64>,
    procs: &Procs,
    pressable: fn(&str) -> bool,
) -> Measured {
    let (router, inboxes) = route_replies(api, o.users);
    let started = Instant::now();
    let measure_from = started + Duration::from_secs(o.warmup);
    let until = measure_from + Duration::from_secs(o.seconds);
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let lost = Arc::new(Mutex::new(0usize));
    let sent_all = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    // The bots' and the server's CPU when measuring began.
    let cpu_before: Arc<Mutex<Option<CpuMark>>> = Arc::new(Mutex::new(None));
    let procs = Arc::new(Procs { bots: procs.bots.clone(), server: procs.server });
    let mut people = tokio::task::JoinSet::new();
    let users = o.users;
    for (i, mut inbox) in inboxes.into_iter().enumerate() {
        let (api, latencies, lost, cpu_before) = (api.clone(), latencies.clone(), lost.clone(), cpu_before.clone());
        let (sent_all, procs) = (sent_all.clone(), procs.clone());
        people.spawn(async move {
            let chat = FIRST_CHAT + i as i64;
            let mut seed = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut screen: Option<Reply> = None;
            let mut step = 0u64;
            let interval = rate.map(|r| Duration::from_secs_f64(users as f64 / r));
            // Spread the people over one interval, so they do not tap in lockstep.
            let mut next = interval.map(|d| started + d.mul_f64(i as f64 / users as f64));
            while Instant::now() < until {
                if let (Some(at), Some(d)) = (next.as_mut(), interval) {
                    tokio::time::sleep_until((*at).into()).await;
                    *at += d;
                }
                if Instant::now() >= measure_from {
                    cpu_before.lock().unwrap().get_or_insert_with(|| (procs.bots_cpu(), procs.server_cpu()));
                }
                // Every tenth step starts over, as people come back later.
                let choices: Vec<&String> =
                    screen.as_ref().map(|s| s.callbacks.iter().filter(|d| pressable(d)).collect()).unwrap_or_default();
                while inbox.try_recv().is_ok() {}
                let sent = Instant::now();
                if step.is_multiple_of(10) || choices.is_empty() {
                    api.send_text(chat, chat as u64, "/start");
                } else {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let data = choices[(seed % choices.len() as u64) as usize].clone();
                    let message = screen.as_ref().expect("a screen to press on").message_id;
                    api.press_raw(chat, chat as u64, message, &data);
                }
                step += 1;
                sent_all.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let answer = tokio::time::timeout(ANSWER_TIMEOUT, next_screen(&mut inbox)).await;
                let counted = sent >= measure_from && Instant::now() < until;
                match answer {
                    Ok(Some(reply)) => {
                        if counted {
                            latencies.lock().unwrap().push(reply.at.saturating_duration_since(sent));
                        }
                        screen = Some(reply);
                    }
                    _ => {
                        *lost.lock().unwrap() += 1;
                        screen = None;
                    }
                }
            }
        });
    }
    while people.join_next().await.is_some() {}
    let (bots_before, server_before) = cpu_before.lock().unwrap().unwrap_or_default();
    let cpu = procs.bots_cpu().saturating_sub(bots_before);
    let server_cpu = procs.server_cpu().map(|now| now.saturating_sub(server_before.unwrap_or_default()));
    router.abort();
    let mut latencies = std::mem::take(&mut *latencies.lock().unwrap());
    latencies.sort();
    let lost = *lost.lock().unwrap();
    Measured {
        steps: latencies.len(),
        sent: sent_all.load(std::sync::atomic::Ordering::Relaxed),
        lost,
        elapsed: Duration::from_secs(o.seconds),
        latencies,
        peak_rss_kb: procs.bots.iter().map(|&pid| peak_rss_kb(pid)).collect(),
        cpu,
        server_cpu,
    }
}

/// One inbox per simulated person, fed from the bot's replies by chat id
/// (the task that feeds them ends when aborted).
fn route_replies(api: &FakeApi, users: usize) -> (tokio::task::JoinHandle<()>, Vec<mpsc::UnboundedReceiver<Reply>>) {
    let mut replies = api.replies();
    let (senders, inboxes): (Vec<_>, Vec<_>) = (0..users).map(|_| mpsc::unbounded_channel::<Reply>()).unzip();
    let router = tokio::spawn(async move {
        while let Some(reply) = replies.recv().await {
            let i = reply.chat_id - FIRST_CHAT;
            if let Some(tx) = usize::try_from(i).ok().and_then(|i| senders.get(i)) {
                let _ = tx.send(reply);
            }
        }
    });
    (router, inboxes)
}

/// The next reply with buttons (a screen), skipping those without; `None`
/// when the replies end.
async fn next_screen(inbox: &mut mpsc::UnboundedReceiver<Reply>) -> Option<Reply> {
    loop {
        match inbox.recv().await {
            Some(r) if !r.callbacks.is_empty() => return Some(r),
            Some(_) => {}
            None => return None,
        }
    }
}

/// Fills Kadam's database at `url` with `n` people at the main menu, keyed
/// as the bot keys them, so lookups run against a table of realistic size.
/// Rows go in batches: one round trip each is slow on PostgreSQL.
async fn prefill_kadam(url: &str, n: usize) {
    const BATCH: usize = 500;
    let db = kadam::storage::Db::open(url).await.expect("open the database");
    let key = kadam::pseudonym::PseudonymKey::from_hex(runner::TEST_KEY).expect("test key");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64;
    let mut tx = db.write.begin().await.expect("begin");
    for from in (0..n).step_by(BATCH) {
        let rows = (from..n.min(from + BATCH)).collect::<Vec<_>>();
        let values: Vec<String> =
            (0..rows.len()).map(|r| format!("(${}, ${}, ${})", 3 * r + 1, 3 * r + 2, 3 * r + 3)).collect();
        let sql = format!(
            "INSERT INTO dialogue_state (person, state, updated_at) VALUES {} \
             ON CONFLICT (person) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            values.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for i in rows {
            query = query
                .bind(key.pseudonym(1_000_000_000 + i as i64))
                .bind(r#"{"lang":"ru","at":{"node":"main"}}"#)
                .bind(now);
        }
        query.execute(&mut *tx).await.expect("insert");
    }
    tx.commit().await.expect("commit");
    db.close().await;
}

fn time_check(runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let began = Instant::now();
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
                .args(["check", "--content", env!("CARGO_MANIFEST_DIR")])
                .output()
                .expect("run kadam check");
            assert!(out.status.success(), "kadam check failed: {}", String::from_utf8_lossy(&out.stderr));
            began.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// Peak resident memory of a process, from `/proc/<pid>/status`.
fn peak_rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The numeric fields of `/proc/<pid>/stat` after the parenthesised command
/// name (the state letter reads as 0): index 1 is the parent's pid, 11 and
/// 12 utime and stime, 13 and 14 those of its ended children.
fn stat_fields(pid: u32) -> Vec<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    after.split_whitespace().map(|f| f.parse().unwrap_or(0)).collect()
}

/// User plus system CPU time of a process so far, from `/proc/<pid>/stat`
/// (in clock ticks of 1/100 s, Linux's USER_HZ).
fn cpu_time(pid: u32) -> Duration {
    let fields = stat_fields(pid);
    let ticks = fields.get(11).copied().unwrap_or(0) + fields.get(12).copied().unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A minimal teloxide bot doing the same menu walk: a language picker, a main
/// menu of six sections, four guides in each, three pages per guide, edited
/// in place, with the dialogue in teloxide's `SqliteStorage` (its defaults).
mod baseline {
    use std::path::Path;

    use serde::{Deserialize, Serialize};
    use teloxide::{
        dispatching::dialogue::{Dialogue, SqliteStorage, serializer::Json},
        prelude::*,
        types::{InlineKeyboardButton, InlineKeyboardMarkup},
    };

    #[derive(Clone, Debug, Default, Serialize, Deserialize)]
    enum Screen {
        #[default]
        Language,
        Main,
        Section(u8),
        Guide {
            section: u8,
            item: u8,
            page: u8,
        },
    }

    type Storage = SqliteStorage<Json>;
    type Dlg = Dialogue<Screen, Storage>;

    pub fn run(db: &str) {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async {
            let url = std::env::var("TELOXIDE_API_URL").expect("TELOXIDE_API_URL");
            let bot = Bot::new(crate::fake_api::TOKEN).set_api_url(url.parse().expect("url"));
            let storage = Storage::open(db, Json).await.expect("open the teloxide storage");
            let handler = dptree::entry()
                .branch(Update::filter_message().enter_dialogue::<Message, Storage, Screen>().endpoint(on_message))
                .branch(
                    Update::filter_callback_query()
                        .enter_dialogue::<CallbackQuery, Storage, Screen>()
                        .endpoint(on_press),
                );
            let mut dispatcher = Dispatcher::builder(bot, handler).dependencies(dptree::deps![storage]).build();
            // Stops on Ctrl-C (SIGINT) with a normal exit, so that callgrind
            // writes its counts (see `callgrind`).
            tokio::select! {
                _ = dispatcher.dispatch() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        });
    }

    pub async fn prefill(db: &Path, n: usize) {
        let storage = Storage::open(db.to_str().expect("UTF-8 path"), Json).await.expect("open");
        drop(storage);
        let url = format!("sqlite:{}", db.display());
        let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url).await.expect("connect");
        let mut tx = sqlx::Connection::begin(&mut conn).await.expect("begin");
        let state = serde_json::to_vec(&Screen::Main).expect("json");
        for i in 0..n {
            sqlx::query("INSERT OR REPLACE INTO teloxide_dialogues (chat_id, dialogue) VALUES (?, ?)")
                .bind(1_000_000_000 + i as i64)
                .bind(&state)
                .execute(&mut *tx)
                .await
                .expect("insert");
        }
        tx.commit().await.expect("commit");
    }

    type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

    async fn on_message(bot: Bot, dialogue: Dlg, screen: Screen, msg: Message) -> HandlerResult {
        let next = match (msg.text(), screen) {
            (Some("/start"), Screen::Language) => Screen::Language,
            (Some("/start"), _) => Screen::Main,
            (_, screen) => screen,
        };
        dialogue.update(next.clone()).await?;
        let (text, keyboard) = render(&next);
        bot.send_message(msg.chat.id, text).reply_markup(keyboard).await?;
        Ok(())
    }

    async fn on_press(bot: Bot, dialogue: Dlg, q: CallbackQuery) -> HandlerResult {
        bot.answer_callback_query(q.id.clone()).await?;
        let Some(message) = q.regular_message() else { return Ok(()) };
        let next = match q.data.as_deref().unwrap_or_default().split(':').collect::<Vec<_>>()[..] {
            ["m"] | ["l", _] => Screen::Main,
            ["s", s] => Screen::Section(s.parse()?),
            ["g", s, i, p] => Screen::Guide { section: s.parse()?, item: i.parse()?, page: p.parse()? },
            _ => Screen::Main,
        };
        dialogue.update(next.clone()).await?;
        let (text, keyboard) = render(&next);
        bot.edit_message_text(message.chat.id, message.id, text).reply_markup(keyboard).await?;
        Ok(())
    }

    fn render(screen: &Screen) -> (String, InlineKeyboardMarkup) {
        let b = |label: String, data: String| vec![InlineKeyboardButton::callback(label, data)];
        match *screen {
            Screen::Language => (
                "Выберите язык / Тилди тандаңыз".into(),
                InlineKeyboardMarkup::new([b("Русский".into(), "l:ru".into()), b("Кыргызча".into(), "l:ky".into())]),
            ),
            Screen::Main => (
                "Главное меню".into(),
                InlineKeyboardMarkup::new((0..6).map(|s| b(format!("Раздел {s}"), format!("s:{s}")))),
            ),
            Screen::Section(s) => (
                format!("Раздел {s}"),
                InlineKeyboardMarkup::new(
                    (0..4)
                        .map(|i| b(format!("Тема {i}"), format!("g:{s}:{i}:0")))
                        .chain([b("Меню".into(), "m".into())]),
                ),
            ),
            Screen::Guide { section, item, page } => {
                let mut rows = vec![];
                if page < 2 {
                    rows.push(b("Далее".into(), format!("g:{section}:{item}:{}", page + 1)));
                }
                rows.push(b("Назад".into(), format!("s:{section}")));
                rows.push(b("Меню".into(), "m".into()));
                (format!("Тема {item} раздела {section}, шаг {} из 3", page + 1), InlineKeyboardMarkup::new(rows))
            }
        }
    }
}

/// Instructions per update, counted by callgrind: repeatable on a machine
/// whose other processes make CPU time noisy. Each bot runs twice under
/// valgrind, once only starting and stopping and once under the paced load;
/// the difference divided by the updates sent is its cost per update.
mod callgrind {
    use std::{path::PathBuf, sync::Arc, time::Duration};

    use super::{BASELINE_ENV, FakeApi, Options, baseline, kadam_pressable, load, prefill_kadam, runner};

    /// Valgrind runs the bot many times slower: give it time to start.
    const START: Duration = Duration::from_secs(120);

    pub async fn run(o: Options, dir: PathBuf) {
        std::fs::create_dir_all(&dir).expect("the callgrind folder");
        println!(
            "callgrind: {} users at {} updates/s for {} s after {} s of warm-up, {} stored users",
            o.users, o.rate, o.seconds, o.warmup, o.stored
        );
        let home = runner::Home::new();
        prefill_kadam(&home.database_url(), o.stored).await;
        let ours = [false, true].map(|loaded| (loaded, dir.join(format!("kadam-{loaded}.out"))));
        let mut kadam = vec![];
        for (loaded, out) in &ours {
            let api = Arc::new(FakeApi::start().await);
            let bot = runner::Kadam::from_child(
                home.command_via(&api, &valgrind(out)).spawn().expect("start kadam under valgrind"),
            );
            api.wait_until(|api| !api.calls_of("getUpdates").is_empty(), START).await.expect("kadam polls");
            let sent = if *loaded {
                load(&api, &o, Some(o.rate), &super::Procs::one(bot.pid().expect("runs")), kadam_pressable).await.sent
            } else {
                0
            };
            bot.stop().await;
            kadam.push((sent, instructions(out)));
        }
        report("kadam", &kadam);
        if !o.baseline {
            return;
        }
        let tmp = tempfile::tempdir().expect("temp dir");
        let db = tmp.path().join("teloxide.db");
        baseline::prefill(&db, o.stored).await;
        let mut theirs = vec![];
        for loaded in [false, true] {
            let out = dir.join(format!("baseline-{loaded}.out"));
            let api = Arc::new(FakeApi::start().await);
            let mut child = tokio::process::Command::new("valgrind")
                .args(valgrind(&out).iter().skip(1))
                .arg(std::env::current_exe().expect("own path"))
                .env(BASELINE_ENV, &db)
                .env("TELOXIDE_API_URL", api.url().as_str())
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("start the baseline under valgrind");
            api.wait_until(|api| !api.calls_of("getUpdates").is_empty(), START).await.expect("the baseline polls");
            let pid = child.id().expect("runs");
            let sent =
                if loaded { load(&api, &o, Some(o.rate), &super::Procs::one(pid), |_| true).await.sent } else { 0 };
            // The baseline stops on SIGINT (teloxide's Ctrl-C handler).
            let _ = tokio::process::Command::new("kill").args(["-INT", &pid.to_string()]).status().await;
            let _ = tokio::time::timeout(START, child.wait()).await;
            theirs.push((sent, instructions(&out)));
        }
        report("teloxide baseline", &theirs);
        let per = |runs: &[(usize, u64)]| (runs[1].1.saturating_sub(runs[0].1)) as f64 / runs[1].0.max(1) as f64;
        println!("\nkadam / baseline, instructions per update: {:.2}×", per(&kadam) / per(&theirs));
    }

    fn valgrind(out: &std::path::Path) -> Vec<String> {
        vec!["valgrind".into(), "--tool=callgrind".into(), format!("--callgrind-out-file={}", out.display())]
    }

    /// The total instruction count of a callgrind output file.
    fn instructions(out: &std::path::Path) -> u64 {
        let text = std::fs::read_to_string(out).unwrap_or_default();
        text.lines()
            .find_map(|l| l.strip_prefix("totals:").or_else(|| l.strip_prefix("summary:")))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    fn report(name: &str, runs: &[(usize, u64)]) {
        let (idle, (sent, loaded)) = (runs[0].1, runs[1]);
        println!("\n{name}: {idle} instructions idle (start, stop), {loaded} with {sent} updates");
        println!(
            "  {:.0} instructions per update (loaded minus idle, over updates sent)",
            (loaded.saturating_sub(idle)) as f64 / sent.max(1) as f64
        );
    }
}
