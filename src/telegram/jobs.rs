//! What runs beside the pipeline: content reload (file watching, SIGHUP),
//! retention, graceful stop on SIGTERM, and the health endpoint.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use axum::{http::StatusCode, routing::get};
use tokio::{
    sync::{mpsc, watch},
    task::JoinSet,
};

use super::{App, Tg, erase, reload::reload_off_thread};
use crate::{clock, storage};

/// How long to wait for an editor to finish writing before reloading.
const SETTLE: Duration = Duration::from_millis(300);
/// Often enough that no message id outlives 48 hours by much.
const RETENTION_EVERY: Duration = Duration::from_secs(10 * 60);
/// A message a quick exit left behind is on her phone for someone to see:
/// try again soon.
const RETRY_DELETIONS_EVERY: Duration = Duration::from_secs(60);

pub fn spawn(app: Arc<App>, bot: Tg, stop: watch::Sender<bool>) -> JoinSet<()> {
    let mut jobs = JoinSet::new();
    jobs.spawn(stop_on_sigterm(stop));
    // The watcher starts here, before the bot takes its first update, so no
    // edit made after start-up can slip past it.
    let (tx, rx) = mpsc::channel::<()>(1);
    let watcher = app
        .config
        .watch_content
        .then(|| crate::watch::content(&app.config.content_dir, tx.clone(), "use SIGHUP or /reload"))
        .flatten();
    jobs.spawn(reload_on_signal_or_change(app.clone(), tx, rx, watcher));
    jobs.spawn(flush_visits(app.clone()));
    jobs.spawn(super::admin::delete_expired_exports(app.clone(), bot.clone()));
    jobs.spawn(retry_deletions(app.clone(), bot));
    jobs.spawn(retention(app));
    jobs
}

/// Deletes, in the background, what a quick exit could not (see
/// [`erase::retry_undeleted`]); a steered clock makes it look often.
async fn retry_deletions(app: Arc<App>, bot: Tg) {
    loop {
        tokio::time::sleep(clock::poll(RETRY_DELETIONS_EVERY)).await;
        if let Err(e) = erase::retry_undeleted(&bot, &app).await {
            tracing::warn!(error = %super::redact::Redacted::any(&e), "retrying deletions failed; will try again");
        }
    }
}

async fn stop_on_sigterm(stop: watch::Sender<bool>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        // Without these only a kill stops the bot, and in-flight updates are
        // lost: say so loudly rather than run on unable to stop cleanly.
        let mut term = signal(SignalKind::terminate())
            .inspect_err(|e| tracing::error!(error = %e, "cannot listen for SIGTERM; a stop will not be graceful"))
            .ok();
        let mut int = signal(SignalKind::interrupt())
            .inspect_err(|e| tracing::error!(error = %e, "cannot listen for Ctrl-C (SIGINT)"))
            .ok();
        tokio::select! {
            _ = arrival(&mut term) => {}
            _ = arrival(&mut int) => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    // The intake stops taking updates; `run` then lets the workers finish.
    stop.send_replace(true);
}

/// The next signal, or never when listening for it failed.
#[cfg(unix)]
async fn arrival(signal: &mut Option<tokio::signal::unix::Signal>) {
    match signal {
        Some(s) => {
            s.recv().await;
        }
        None => std::future::pending().await,
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
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
            Ok(mut hup) => {
                tokio::spawn(async move {
                    while hup.recv().await.is_some() {
                        let _ = tx.try_send(());
                    }
                });
            }
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "cannot listen for SIGHUP; reload with /reload or a file change")
            }
        }
    }
    while rx.recv().await.is_some() {
        tokio::time::sleep(SETTLE).await;
        while rx.try_recv().is_ok() {}
        // Logged inside, whatever happens.
        let _ = reload_off_thread(app.clone()).await;
    }
}

/// Deletes the dialogue state of people inactive longer than the retention
/// period: the less we keep, the less can leak.
async fn retention(app: Arc<App>) {
    let mut tick = tokio::time::interval(RETENTION_EVERY);
    loop {
        tick.tick().await;
        app.rate.shrink();
        let now = clock::now();
        let cutoff = now - i64::from(app.config.retention_days) * 24 * 60 * 60;
        match storage::state::purge_inactive(&app.db, cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged inactive dialogue states"),
            Err(e) => tracing::warn!(error = %super::redact::Redacted(&e), "retention purge failed; will try again"),
        }
        let feedback_cutoff = now - i64::from(crate::dialogue::feedback::KEEP_DAYS) * 24 * 60 * 60;
        match storage::feedback::purge_older_than(&app.db, feedback_cutoff).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged feedback older than the consent notice promises"),
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "feedback retention purge failed; will try again")
            }
        }
        match storage::privacy::purge_tracked(&app.db, now).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "purged message ids older than 48 hours"),
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "purging old message ids failed; will try again")
            }
        }
        // What the purges deleted must not linger in the WAL file (SQLite)
        // or as dead rows (PostgreSQL).
        let purged = ["dialogue_state", "feedback", "tracked_message", "undeleted_message"];
        if let Err(e) = app.db.erase_deleted(&purged).await {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not checkpoint the database after the purge");
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
            tracing::warn!(error = %super::redact::Redacted(&e), "could not write screen counts; will try again");
        }
    }
}

/// Serves `GET /health` (200 when the database answers) next to `router`
/// (the webhook, in webhook mode) until `stop` completes. The webhook's
/// update stream ends only when its router is dropped, so the server must
/// stop with the intake for a clean exit.
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
    // Said with the real address, so that port 0 (the system picks one, as
    // the tests do) can be found.
    let bound = listener.local_addr().map_err(|e| anyhow::anyhow!("KADAM_LISTEN: {addr}: {e}"))?;
    tracing::info!("listening for /health and the webhook on {bound}");
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).with_graceful_shutdown(stop).await {
            tracing::error!(error = %super::redact::Redacted(&e), "health endpoint stopped");
        }
    });
    Ok(())
}
