//! Findings: what a rule reports. Plain serde data shared by every front end (CLI renderers,
//! JSON, SARIF, the language server).

use dpa_syntax::Span;
use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn from_id(id: &str) -> Option<Severity> {
        match id.trim().to_ascii_lowercase().as_str() {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }

    /// One level more severe (the ↑ escalation under high risk).
    pub fn escalated(self) -> Severity {
        match self {
            Severity::Info => Severity::Warning,
            Severity::Warning | Severity::Error => Severity::Error,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Info, Lang::En) => "info",
            (Severity::Warning, Lang::En) => "warning",
            (Severity::Error, Lang::En) => "error",
            (Severity::Info, Lang::Fr) => "info",
            (Severity::Warning, Lang::Fr) => "avertissement",
            (Severity::Error, Lang::Fr) => "erreur",
        }
    }
}

/// One text replacement. An empty span inserts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// What applying it does ("Insert a breach-notification clause").
    pub title: Message,
    pub edits: Vec<Edit>,
}

/// Another place that explains a finding (the notice period an objection window is compared to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    pub span: Span,
    pub message: Message,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: Message,
    pub citation: String,
    pub span: Span,
    /// True when the finding rests on clause kinds or facts inferred from untagged prose.
    pub inferred: bool,
    pub fix: Option<Fix>,
    pub related: Vec<Related>,
}

/// A finding waived by a `%% lint: allow` line with a reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suppressed {
    pub finding: Finding,
    pub reason: String,
    /// Span of the suppression line.
    pub suppression: Span,
}
