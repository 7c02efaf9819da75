//! Interface languages and localised text.

use serde::{Deserialize, Serialize};

/// A language: of a document (what it is written in) or of messages (what the user reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// `en`, `EN`, `en_GB.UTF-8`, `fr-CA`, `français`… → a language; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_lowercase();
        let primary = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match primary {
            "en" | "english" | "anglais" => Some(Lang::En),
            "fr" | "french" | "français" | "francais" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// Static text in every interface language (rule documentation, summaries, fix titles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct L10n {
    pub en: &'static str,
    pub fr: &'static str,
}

impl L10n {
    pub const fn new(en: &'static str, fr: &'static str) -> Self {
        L10n { en, fr }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

/// A message built at lint time, in every interface language, so one report serves any reader.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Message {
    pub en: String,
    pub fr: String,
}

impl Message {
    pub fn new(en: impl Into<String>, fr: impl Into<String>) -> Self {
        Message { en: en.into(), fr: fr.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

impl From<L10n> for Message {
    fn from(text: L10n) -> Self {
        Message::new(text.en, text.fr)
    }
}
