//! Rule ids as users write them in configuration files and on the command line.

use dpa_core::rules::{registry, RuleMeta};
use dpa_core::Message;

/// A rule id or selector that names no rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    pub given: String,
    /// The closest existing rule id, for "did you mean".
    pub suggestion: Option<&'static str>,
}

impl UnknownRule {
    pub fn message(&self) -> Message {
        match self.suggestion {
            Some(id) => Message::new(
                format!("unknown rule `{}`; did you mean `{id}`?", self.given),
                format!("règle inconnue « {} » ; vouliez-vous dire « {id} » ?", self.given),
            ),
            None => Message::new(
                format!("unknown rule `{}`; `dpa-lint rules` lists every rule", self.given),
                format!("règle inconnue « {} » ; `dpa-lint rules` liste toutes les règles", self.given),
            ),
        }
    }
}

/// The rule with this id, written in any case.
pub fn find_rule(given: &str) -> Result<&'static RuleMeta, UnknownRule> {
    dpa_core::rules::find(given).ok_or_else(|| unknown(given))
}

/// The canonical id of an existing rule, written in any case.
pub fn resolve_rule_id(given: &str) -> Result<&'static str, UnknownRule> {
    find_rule(given).map(|meta| meta.id)
}

/// A selector for `select` / `ignore`: an exact rule id, `ALL`, or a prefix ending in `-`
/// (`BREACH-`) that names at least one rule. Returns it in canonical (upper) case.
pub fn resolve_selector(given: &str) -> Result<String, UnknownRule> {
    let trimmed = given.trim();
    if trimmed.eq_ignore_ascii_case("ALL") {
        return Ok("ALL".to_string());
    }
    if let Some(prefix) = trimmed.strip_suffix('-') {
        let prefix = format!("{}-", prefix.to_ascii_uppercase());
        if registry().iter().any(|rule| rule.meta().id.starts_with(&prefix)) {
            return Ok(prefix);
        }
        return Err(unknown(given));
    }
    resolve_rule_id(trimmed).map(str::to_string)
}

fn unknown(given: &str) -> UnknownRule {
    let ids: Vec<&'static str> = registry().iter().map(|rule| rule.meta().id).collect();
    let lowercase: Vec<String> = ids.iter().map(|id| id.to_ascii_lowercase()).collect();
    let suggestion = dpa_core::lexicon::suggest(given, lowercase.iter().map(String::as_str))
        .and_then(|found| ids.iter().copied().find(|id| id.eq_ignore_ascii_case(&found)));
    UnknownRule { given: given.trim().to_string(), suggestion }
}
