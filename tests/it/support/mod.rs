//! Helpers shared by the integration tests.

/// Running the real `kadam` binary on a content folder.
pub mod content_dir;
