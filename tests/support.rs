//! Shared helpers for the cross-crate tests.

use std::path::PathBuf;

/// The repository root (parent of this `tests/` crate).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().map(PathBuf::from).unwrap_or_default()
}
