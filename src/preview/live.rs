//! The content the preview runs, kept live: loaded at start, loaded again
//! whenever a file under `dialogues/` or `locales/` changes. A load with
//! errors keeps the last good content running and publishes the problems,
//! so the page can show them while the chat still works.

use std::{
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use arc_swap::ArcSwap;
use serde::Serialize;
use tokio::sync::{mpsc, watch};

use super::review::Review;
use crate::{
    content::{Diagnostic, Severity},
    dialogue::Content,
    staff::StaffLang,
};

/// Editors write a file in several steps (truncate, write, rename); wait
/// this long after the last change so one save is one reload, well within
/// the second the page promises.
const SETTLE: Duration = Duration::from_millis(150);

/// One load's result.
struct Live {
    /// The last content that loaded without errors.
    content: Option<Arc<Content>>,
    review: Arc<Review>,
    /// The problems of the newest load, worded for each viewer when shown;
    /// empty when the newest load is the one running.
    errors: Vec<Diagnostic>,
    warnings: usize,
    version: u64,
}

/// What the page is told after every load.
#[derive(Serialize)]
pub struct Status {
    pub version: u64,
    pub ok: bool,
    pub running: bool,
    /// The problems as `kadam check --lang <viewer's language>` prints them.
    pub errors: Vec<String>,
    pub warnings: usize,
    pub root: String,
    /// Language codes and names, in picker order.
    pub languages: Vec<(String, String)>,
    pub load_ms: u128,
}

pub struct App {
    root: PathBuf,
    live: ArcSwap<Live>,
    changes: watch::Sender<u64>,
    load_ms: std::sync::atomic::AtomicU64,
    /// Kept alive for as long as the server runs.
    _watcher: std::sync::Mutex<Option<notify::RecommendedWatcher>>,
}

impl App {
    /// Loads the content and starts watching it. Errors at start are not
    /// fatal: the page shows them, and the chat starts once they are fixed.
    pub fn start(root: PathBuf) -> anyhow::Result<Arc<Self>> {
        if !root.join("dialogues").is_dir() {
            anyhow::bail!(
                "{} has no dialogues/ folder; run this in the Kadam folder or pass --content",
                root.display()
            );
        }
        let (changes, _) = watch::channel(0);
        let empty = Live { content: None, review: Arc::default(), errors: vec![], warnings: 0, version: 0 };
        let app = Arc::new(Self {
            root,
            live: ArcSwap::from_pointee(empty),
            changes,
            load_ms: 0.into(),
            _watcher: std::sync::Mutex::new(None),
        });
        app.reload();
        let (tx, rx) = mpsc::channel::<()>(1);
        let watcher = crate::watch::content(&app.root, tx, "restart the preview after edits");
        *app._watcher.lock().expect("not poisoned") = watcher;
        tokio::spawn(reload_on_change(app.clone(), rx));
        Ok(app)
    }

    /// Loads the content again with every check of `kadam check`.
    fn reload(&self) {
        let started = Instant::now();
        let (content, diags) = Content::load(&self.root);
        let warnings = diags.count(Severity::Warning);
        let old = self.live.load();
        let version = old.version + 1;
        let next = match content {
            Some(content) => {
                let review = Review::load(&self.root, &content);
                Live { content: Some(Arc::new(content)), review: Arc::new(review), errors: vec![], warnings, version }
            }
            None => {
                let errors = diags.sorted().into_iter().filter(|d| d.severity == Severity::Error).collect();
                Live { content: old.content.clone(), review: old.review.clone(), errors, warnings, version }
            }
        };
        let ms = started.elapsed().as_millis();
        self.load_ms.store(ms as u64, std::sync::atomic::Ordering::Relaxed);
        // The first load is announced by the banner, which must come first on screen.
        if version == 1 {
            tracing::debug!(version, errors = next.errors.len(), ms, "preview content loaded");
        } else {
            tracing::info!(version, errors = next.errors.len(), ms, "preview content loaded");
        }
        self.live.store(Arc::new(next));
        self.changes.send_replace(version);
    }

    pub fn content(&self) -> Option<Arc<Content>> {
        self.live.load().content.clone()
    }

    pub fn review(&self) -> Arc<Review> {
        self.live.load().review.clone()
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    /// The page's news, its problems worded in the viewer's `lang`.
    pub fn status(&self, lang: StaffLang) -> Status {
        let live = self.live.load();
        let languages = live
            .content
            .as_ref()
            .map(|c| {
                c.locales
                    .languages()
                    .iter()
                    .map(|l| (l.code().to_owned(), c.locales.text(l, crate::dialogue::ui::LANGUAGE_NAME, None, None)))
                    .collect()
            })
            .unwrap_or_default();
        Status {
            version: live.version,
            ok: live.errors.is_empty(),
            running: live.content.is_some(),
            errors: live.errors.iter().map(|d| d.render(lang)).collect(),
            warnings: live.warnings,
            root: self.root.display().to_string(),
            languages,
            load_ms: u128::from(self.load_ms.load(std::sync::atomic::Ordering::Relaxed)),
        }
    }
}

async fn reload_on_change(app: Arc<App>, mut rx: mpsc::Receiver<()>) {
    while rx.recv().await.is_some() {
        tokio::time::sleep(SETTLE).await;
        while rx.try_recv().is_ok() {}
        let app = app.clone();
        let _ = tokio::task::spawn_blocking(move || app.reload()).await;
    }
}
