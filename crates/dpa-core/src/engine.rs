//! Runs the registry over a document, applies suppressions, filters and severity policy.

use std::collections::BTreeMap;

use dpa_syntax::Parse;
use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Severity, Suppressed};
use crate::lang::Message;
use crate::model::{self, Document, Status};
use crate::playbook::Playbook;
use crate::rules::{self, Context, Sink};
use crate::values::Date;

/// Which rules run and at what severity, from configuration files and command-line flags.
/// Unlike a playbook, this is the user's own explicit choice and may turn any rule off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleFilter {
    /// When non-empty, only these rule ids (or id prefixes such as `BREACH-`) run.
    pub select: Vec<String>,
    /// Rule ids or prefixes that never run.
    pub ignore: Vec<String>,
    /// Severity per rule id.
    pub severity: BTreeMap<String, Severity>,
}

impl RuleFilter {
    pub fn enabled(&self, id: &str) -> bool {
        let matches = |pattern: &String| {
            let pattern = pattern.trim();
            pattern.eq_ignore_ascii_case(id)
                || pattern.eq_ignore_ascii_case("ALL")
                || (pattern.ends_with('-') && id.to_ascii_uppercase().starts_with(&pattern.to_ascii_uppercase()))
        };
        (self.select.is_empty() || self.select.iter().any(matches)) && !self.ignore.iter().any(matches)
    }
}

#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Overrides the front matter's `status:`.
    pub status: Option<Status>,
    /// `Some(true)`: treat the text as an untagged DPA and infer clause kinds; `None`: decide from
    /// the text (no tags and no facts means prose).
    pub prose: Option<bool>,
    /// The date freshness rules compare against when the document has no `date:`.
    pub today: Option<Date>,
    pub filter: RuleFilter,
    /// Text of the document's linked translation (front matter `translation:`), read by the
    /// caller; TRANSLATION-MISMATCH compares the two.
    pub translation: Option<String>,
    /// Why the linked translation could not be read, when the caller tried: TRANSLATION-MISMATCH
    /// then says the two versions were not compared.
    pub translation_unreadable: Option<Message>,
    /// Clause kinds a firm added in its configuration (`firm-insurance`), accepted in tags.
    pub custom_kinds: Vec<String>,
    /// The firm's negotiation positions (language.md §5), read by the caller.
    pub playbook: Option<Playbook>,
    /// Why the playbook the front matter links could not be read, when the caller tried:
    /// PLAYBOOK-POSITION then says its positions were not applied.
    pub playbook_unreadable: Option<Message>,
}

/// The result of linting one document.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub document: Document,
    pub high_risk: bool,
    /// Sorted by position, then rule id.
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
}

/// Parse, build the model and run every enabled rule. Never panics, never fails.
pub fn lint(source: &str, options: &LintOptions) -> Report {
    lint_parsed(source, &dpa_syntax::parse(source), options)
}

/// [`lint`] of a document already parsed: `parse` must be `dpa_syntax::parse(source)`. An editor
/// that also highlights from the syntax tree parses each version once.
pub fn lint_parsed(source: &str, parse: &Parse, options: &LintOptions) -> Report {
    lint_model(source, parse, build_model(source, parse, options), options)
}

/// The model [`lint`] builds, for a caller that reads it before it finishes the options (the
/// files the front matter links): [`lint_model`] then lints it without building it again.
pub fn build_model(source: &str, parse: &Parse, options: &LintOptions) -> Document {
    model::build(source, parse, options.prose, &options.custom_kinds)
}

/// [`lint_parsed`] of a model made by [`build_model`] from the same source and parse, with the
/// same `prose` and `custom_kinds`; the other options do not change the model and may differ.
pub fn lint_model(source: &str, parse: &Parse, mut document: Document, options: &LintOptions) -> Report {
    if let Some(status) = options.status {
        document.front_matter.status = Some(status);
    }
    let high_risk = document.is_high_risk();
    let today = document.front_matter.date.or(options.today);
    let cx = Context { source, doc: &document, options, high_risk, today, readings: Default::default() };

    let mut sink = Sink::default();
    crate::rules::syntax_findings(&cx, &parse.diagnostics, &mut sink);
    for rule in rules::registry() {
        if rule.meta().id != "SUPPRESSION-UNUSED" && options.filter.enabled(rule.meta().id) {
            rule.check(&cx, &mut sink);
        }
    }
    let mut findings = sink.findings;
    for finding in &mut findings {
        apply_severity_policy(finding, options);
    }
    let (mut findings, mut suppressed, used) = apply_suppressions(&document, findings);
    if options.filter.enabled("SUPPRESSION-UNUSED") {
        findings.extend(crate::rules::unused_suppressions(&cx, &used));
    }
    findings.sort_by(|a, b| (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule)));
    suppressed.sort_by_key(|s| (s.finding.span.start, s.finding.rule.clone()));
    Report { document, high_risk, findings, suppressed }
}

/// Playbook overrides first (they may raise any rule but lower only the strength and document
/// layers: statutory minima are waived only by a reasoned suppression), then the user's own
/// configuration, which is an explicit choice and wins.
fn apply_severity_policy(finding: &mut Finding, options: &LintOptions) {
    if let Some(&wanted) = options.playbook.as_ref().and_then(|p| p.rules.get(&finding.rule)) {
        let law = rules::find(&finding.rule).is_some_and(|meta| meta.layer == rules::Layer::Law);
        if !(law && wanted < finding.severity) {
            finding.severity = wanted;
        }
    }
    if let Some(&severity) = options.filter.severity.get(&finding.rule) {
        finding.severity = severity;
    }
}

/// Moves findings covered by a reasoned suppression to `suppressed`; returns which suppressions
/// (by index) were used.
fn apply_suppressions(doc: &Document, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Suppressed>, Vec<bool>) {
    let mut used = vec![false; doc.suppressions.len()];
    let mut kept = Vec::new();
    let mut suppressed = Vec::new();
    for finding in findings {
        let waiver = doc.suppressions.iter().enumerate().find(|(_, s)| {
            s.reason.is_some()
                && s.rules.iter().any(|(id, _)| id.eq_ignore_ascii_case(&finding.rule))
                && s.scope.start <= finding.span.start
                && finding.span.start <= s.scope.end
        });
        match waiver {
            // A suppression may not waive the findings about suppressions themselves.
            Some((index, suppression)) if !finding.rule.starts_with("SUPPRESSION-") => {
                used[index] = true;
                suppressed.push(Suppressed {
                    reason: suppression.reason.clone().unwrap_or_default(),
                    suppression: suppression.span,
                    finding,
                });
            }
            _ => kept.push(finding),
        }
    }
    (kept, suppressed, used)
}
