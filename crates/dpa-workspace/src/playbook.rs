//! Reading a playbook file (language.md §5); the core parses and applies it.

use std::path::Path;

use dpa_core::{Message, Playbook};

use crate::config::{ConfigError, Location};
use crate::input::read_input;

/// Read and parse a playbook. Errors carry the playbook's path and, for bad TOML or values, the
/// line and column.
pub fn load_playbook(path: &Path) -> Result<Playbook, ConfigError> {
    let source = read_input(path).map_err(|error| {
        let reason = error.reason();
        ConfigError {
            path: path.to_path_buf(),
            location: None,
            key: None,
            detail: Message::new(format!("playbook: {}", reason.en), format!("référentiel : {}", reason.fr)),
        }
    })?;
    parse_playbook(path, &source.text)
}

/// Parse the text of the playbook at `path` (named in errors).
pub(crate) fn parse_playbook(path: &Path, text: &str) -> Result<Playbook, ConfigError> {
    Playbook::from_toml(text).map_err(|error| ConfigError {
        path: path.to_path_buf(),
        location: Some(Location { line: error.line, column: error.column }),
        key: None,
        detail: Message::new(
            format!("invalid playbook: {}", error.message),
            format!("référentiel invalide : {}", error.message),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_playbook_is_read_and_its_errors_are_located() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("positions.toml");
        std::fs::write(&good, "acting-for = \"controller\"\n[rules]\n\"PLACEHOLDER\" = \"error\"\n").unwrap();
        let playbook = load_playbook(&good).unwrap();
        assert_eq!(playbook.rules.get("PLACEHOLDER"), Some(&dpa_core::Severity::Error));

        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "acting-for = \"controller\"\nwalkaway = 3\n").unwrap();
        let error = load_playbook(&bad).unwrap_err();
        assert_eq!(error.location.map(|location| location.line), Some(2));
        assert!(error.detail.en.starts_with("invalid playbook:"), "{}", error.detail.en);

        let missing = load_playbook(&dir.path().join("missing.toml")).unwrap_err();
        assert_eq!(missing.detail.en, "playbook: no such file or directory");
    }
}
