//! Editor settings (`dpaLint.*`), from `initializationOptions` or `workspace/didChangeConfiguration`.

use dpa_core::model::Status;
use dpa_core::Lang;
use serde_json::Value;

/// The section name under which editors keep these settings.
pub const SECTION: &str = "dpaLint";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// `dpaLint.language`: `auto` (`None`), `en` or `fr`.
    pub language: Option<Lang>,
    /// `dpaLint.playbook`: a playbook path, used when the document names none.
    pub playbook: Option<String>,
    /// `dpaLint.status`: `auto` (`None`, the front matter decides), `draft` or `final`.
    pub status: Option<Status>,
}

impl Settings {
    /// Reads `{"dpaLint": {...}}` or the section's content itself; `None` when neither shape is
    /// there (a client that sends empty notifications and expects to be asked instead).
    pub fn from_json(value: &Value) -> Option<Settings> {
        let section = match value.get(SECTION) {
            Some(section) => section,
            None if ["language", "playbook", "status"].iter().any(|key| value.get(key).is_some()) => value,
            None => return None,
        };
        let text = |key: &str| section.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
        Some(Settings {
            language: text("language").and_then(Lang::from_tag),
            playbook: text("playbook").map(str::to_string),
            status: text("status").and_then(dpa_core::lexicon::status),
        })
    }

    /// The language messages are shown in: the setting, else the client's interface locale,
    /// else English.
    pub fn message_language(&self, client_locale: Option<&str>) -> Lang {
        self.language.or_else(|| client_locale.and_then(Lang::from_tag)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_both_shapes_and_ignores_auto() {
        let nested =
            Settings::from_json(&json!({"dpaLint": {"language": "fr", "status": "final", "playbook": "p.toml"}}));
        assert_eq!(
            nested,
            Some(Settings { language: Some(Lang::Fr), playbook: Some("p.toml".into()), status: Some(Status::Final) })
        );
        let flat = Settings::from_json(&json!({"language": "auto", "status": "auto", "playbook": ""}));
        assert_eq!(flat, Some(Settings::default()));
        assert_eq!(Settings::from_json(&json!({"other": 1})), None);
        assert_eq!(Settings::from_json(&Value::Null), None);
    }

    #[test]
    fn language_falls_back_to_the_locale_then_english() {
        let auto = Settings::default();
        assert_eq!(auto.message_language(Some("fr-CA")), Lang::Fr);
        assert_eq!(auto.message_language(Some("de")), Lang::En);
        assert_eq!(auto.message_language(None), Lang::En);
        let english = Settings { language: Some(Lang::En), ..Settings::default() };
        assert_eq!(english.message_language(Some("fr")), Lang::En);
    }
}
