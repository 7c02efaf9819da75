//! dpa-core: the typed model of a GDPR data-processing agreement and the rules that check it.
//!
//! One call takes contract text to a [`Report`]: the typed [`Document`] and the findings.
//!
//! ```
//! use dpa_core::{lint, LintOptions, Lang};
//!
//! let source = "# Personal data breaches {breach-notification}\n\
//!               The Provider shall notify the Customer within [[breach-notice: 96 hours]].\n";
//! let report = lint(source, &LintOptions::default());
//! let finding = report.findings.iter().find(|f| f.rule == "BREACH-DEADLINE").unwrap();
//! assert_eq!(finding.severity, dpa_core::Severity::Error);
//! println!("{}", finding.message.get(Lang::Fr));
//! let json = serde_json::to_string(&report).unwrap();
//! assert!(json.contains("breach-notice"));
//! ```
//!
//! Invariants: no IO, no terminal, no LSP; [`lint`] never panics and never fails.

pub mod convert;
pub mod engine;
pub mod finding;
pub mod model;
pub mod playbook;
pub mod rules;

pub use dpa_lexicon as lexicon;
pub use dpa_lexicon::{lang, values};
pub use dpa_syntax::{LineCol, LineIndex, Span};

pub use engine::{build_model, lint, lint_model, lint_parsed, LintOptions, Report, RuleFilter};
pub use finding::{Edit, Finding, Fix, Related, Severity, Suppressed};
pub use lang::{L10n, Lang, Message};
pub use model::Document;
pub use playbook::{Playbook, PlaybookError};
