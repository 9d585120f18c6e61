//! What runs beside the dispatcher: content reload (file watching, SIGHUP),
//! retention, graceful stop on SIGTERM, and the health endpoint.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use axum::{http::StatusCode, routing::get};
use notify::Watcher;
use teloxide::dispatching::ShutdownToken;
use tokio::{sync::mpsc, task::JoinSet};

use super::App;
use crate::content::{Content, Severity};

/// How long to wait for an editor to finish writing before reloading.
const SETTLE: Duration = Duration::from_millis(300);
/// Often enough that no message id outlives 48 hours by much.
const RETENTION_EVERY: Duration = Duration::from_secs(10 * 60);

pub fn spawn(app: Arc<App>, shutdown: ShutdownToken) -> JoinSet<()> {
    let mut jobs = JoinSet::new();
    jobs.spawn(stop_on_sigterm(shutdown));
    // The watcher starts here, before the bot takes its first update, so no
    // edit made after start-up can slip past it.
    let (tx, rx) = mpsc::channel::<()>(1);
    let watcher = app.config.watch_content.then(|| watch(&app, tx.clone())).flatten();
    jobs.spawn(reload_on_signal_or_change(app.clone(), tx, rx, watcher));
    jobs.spawn(flush_visits(app.clone()));
    jobs.spawn(retention(app));
    jobs
}

/// What a reload did, for the log and for the admin who asked.
pub enum Reloaded {
    Swapped { nodes: usize, warnings: usize },
    Kept { errors: Vec<String> },
}

/// Loads the content again with the same checks as at start; swaps it in
/// only if it has no errors, so a broken edit never reaches anyone.
pub fn reload(app: &App) -> Reloaded {
    let (content, diags) = Content::load(&app.config.content_dir);
    match content {
        Some(content) => {
            let nodes = content.graph.nodes().count();
            app.content.store(Arc::new(content));
            tracing::info!(nodes, "content reloaded");
            Reloaded::Swapped { nodes, warnings: diags.count(Severity::Warning) }
        }
        None => {
            let errors: Vec<String> =
                diags.sorted().into_iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
            for e in &errors {
                tracing::warn!("{e}");
            }
            tracing::warn!(errors = errors.len(), "content edit has errors; still serving the previous content");
            Reloaded::Kept { errors }
        }
    }
}

async fn stop_on_sigterm(shutdown: ShutdownToken) {
    #[cfg(unix)]
    {
        let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) else { return };
        let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
        tokio::select! {
            _ = term.recv() => {}
            _ = async { match &mut int { Some(s) => { s.recv().await; } None => std::future::pending().await } } => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("stopping: finishing the updates in progress");
    // The dispatcher may still be starting; keep asking until it listens.
    for _ in 0..100 {
        if let Ok(done) = shutdown.shutdown() {
            done.await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn reload_on_signal_or_change(
    app: Arc<App>,
    tx: mpsc::Sender<()>,
    mut rx: mpsc::Receiver<()>,
    // Kept alive for as long as this task runs.
    _watcher: Option<notify::RecommendedWatcher>,
) {
    #[cfg(unix)]
    {
        let tx = tx.clone();
        if let Ok(mut hup) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
            tokio::spawn(async move {
                while hup.recv().await.is_some() {
                    let _ = tx.try_send(());
                }
            });
        }
    }
    while rx.recv().await.is_some() {
        tokio::time::sleep(SETTLE).await;
        while rx.try_recv().is_ok() {}
        let app = app.clone();
        let _ = tokio::task::spawn_blocking(move || reload(&app)).await;
    }
}

fn watch(app: &App, tx: mpsc::Sender<()>) -> Option<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| !e.kind.is_access()) {
            let _ = tx.try_send(());
        }
    })
    .inspect_err(|e| tracing::warn!(error = %e, "cannot watch content files; use SIGHUP or /reload"))
    .ok()?;
    for dir in ["dialogues", "locales"] {
        let path = app.config.content_dir.join(dir);
        if let Err(e) = watcher.watch(&path, notify::RecursiveMode::Recursive) {
            tracing::warn!(error = %e, dir, "cannot watch a content folder");
        }
    }
    Some(watcher)
}

/// Deletes the dialogue state of people inactive longer than the retention
/// period: the less we keep, the less can leak.
async fn retention(app: Arc<App>) {
    let mut tick = tokio::time::interval(RETENTION_EVERY);
    loop {
        tick.tick().await;
        app.rate.shrink();
        let now = super::handlers::now();
        let cutoff = now - i64::from(app.config.retention_days) * 24 * 60 * 60;
        match crate::db::state::purge_inactive(&app.db, cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged inactive dialogue states"),
            Err(e) => tracing::warn!(error = %e, "retention purge failed; will try again"),
        }
        let feedback_cutoff = now - i64::from(crate::feedback::KEEP_DAYS) * 24 * 60 * 60;
        match crate::db::feedback::purge_older_than(&app.db, feedback_cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged feedback older than the consent notice promises"),
            Err(e) => tracing::warn!(error = %e, "feedback retention purge failed; will try again"),
        }
        match crate::db::privacy::purge_tracked(&app.db, now).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged message ids older than 48 hours"),
            Err(e) => tracing::warn!(error = %e, "purging old message ids failed; will try again"),
        }
    }
}

/// Writes the screen counts every minute: a crash loses at most a minute
/// of anonymous counts, and no person's turn waits for them.
async fn flush_visits(app: Arc<App>) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        if let Err(e) = app.visits.flush(&app.db).await {
            tracing::warn!(error = %e, "could not write screen counts; will try again");
        }
    }
}

/// Serves `GET /health` (200 when the database answers) next to `router`
/// (the webhook, in webhook mode).
/// (the webhook, in webhook mode) until `stop` completes. The webhook's
/// update stream ends only when its router is dropped, so the server must
/// stop with the dispatcher for a clean exit.
pub async fn serve_health(
    app: Arc<App>,
    addr: SocketAddr,
    router: axum::Router,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let router = router.route(
        "/health",
        get(move || {
            let app = app.clone();
            async move {
                match sqlx::query("SELECT 1").execute(&app.db.read).await {
                    Ok(_) => (StatusCode::OK, "ok"),
                    Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable"),
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("KADAM_LISTEN: cannot listen on {addr}: {e}"))?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).with_graceful_shutdown(stop).await {
            tracing::error!(error = %e, "health endpoint stopped");
        }
    });
    Ok(())
}
