//! Content reload, asked for by a file change, SIGHUP or a coordinator's
//! `/reload`: the same checks as at start, and the new content swapped in
//! only if it has no errors, so a broken edit never reaches anyone.

use std::sync::Arc;

use super::App;
use crate::{
    content::{Diagnostic, Severity},
    dialogue::Content,
};

/// What a reload did, for the log and for the coordinator who asked.
pub enum Reloaded {
    Swapped {
        nodes: usize,
        warnings: usize,
    },
    /// The errors, worded for whoever reads them.
    Kept {
        errors: Vec<Diagnostic>,
    },
}

/// Loads the content again and swaps it in if it has no errors.
fn reload(app: &App) -> Reloaded {
    let (content, diags) = Content::load(&app.config.content_dir);
    match content {
        Some(content) => {
            let nodes = content.graph.nodes().count();
            app.content.store(Arc::new(content));
            tracing::info!(nodes, "content reloaded");
            Reloaded::Swapped { nodes, warnings: diags.count(Severity::Warning) }
        }
        None => {
            let errors: Vec<Diagnostic> =
                diags.sorted().into_iter().filter(|d| d.severity == Severity::Error).collect();
            for e in &errors {
                tracing::warn!("{e}");
            }
            tracing::warn!(errors = errors.len(), "content edit has errors; still serving the previous content");
            Reloaded::Kept { errors }
        }
    }
}

/// [`reload`] on a blocking thread (reading and checking files is slow
/// work), on any kind of runtime. A panic while loading is logged and
/// leaves the previous content serving; it is `None` then.
pub async fn reload_off_thread(app: Arc<App>) -> Option<Reloaded> {
    match tokio::task::spawn_blocking(move || reload(&app)).await {
        Ok(reloaded) => Some(reloaded),
        Err(e) => {
            tracing::error!(error = %super::redact::Redacted(&e), "content reload failed unexpectedly; still serving the previous content");
            None
        }
    }
}
