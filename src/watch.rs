//! The one content watcher, for the bot and the preview: it says when
//! anything under `dialogues/` or `locales/` changed, and each shell decides
//! when and how to reload. Only notices are sent, never paths: a burst of
//! saves is one notice waiting in a channel of one.

use std::path::Path;

use notify::Watcher;
use tokio::sync::mpsc;

/// The folders staff edit, under the content root.
const FOLDERS: [&str; 2] = ["dialogues", "locales"];

/// Watches the content under `root` and sends `()` on `changed` after every
/// change (reads do not count). Without a watcher (the system refused one)
/// it logs why and what to do `otherwise`, and returns `None`; a folder that
/// cannot be watched is logged and skipped. Keep the watcher alive for as
/// long as changes matter.
pub fn content(root: &Path, changed: mpsc::Sender<()>, otherwise: &str) -> Option<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| !e.kind.is_access()) {
            // Full means a notice is already waiting: nothing is lost.
            let _ = changed.try_send(());
        }
    })
    .inspect_err(|e| tracing::warn!(error = %e, "cannot watch content files; {otherwise}"))
    .ok()?;
    for dir in FOLDERS {
        if let Err(e) = watcher.watch(&root.join(dir), notify::RecursiveMode::Recursive) {
            tracing::warn!(error = %e, dir, "cannot watch a content folder");
        }
    }
    Some(watcher)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn an_edit_under_locales_is_noticed() {
        let root = tempfile::tempdir().unwrap();
        for dir in FOLDERS {
            std::fs::create_dir(root.path().join(dir)).unwrap();
        }
        let (tx, mut rx) = mpsc::channel(1);
        let _watcher = content(root.path(), tx, "restart").expect("a watcher");
        std::fs::write(root.path().join("locales/main.ftl"), "main = Салам\n").unwrap();
        let noticed = tokio::time::timeout(Duration::from_secs(30), rx.recv()).await;
        assert_eq!(noticed.expect("a notice in time"), Some(()));
    }
}
