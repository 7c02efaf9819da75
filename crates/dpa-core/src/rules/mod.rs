//! The rule registry. Every rule lives in its own file (or one file per family) with its
//! documentation as data ([`RuleDoc`]); `dpa-lint explain`, `dpa-lint rules`, the generated
//! `docs/rules/` pages and the language server's hovers all read the same [`RuleMeta`].

use dpa_syntax::Span;

use crate::finding::{Finding, Fix, Related, Severity};
use crate::lang::{L10n, Lang, Message};
use crate::model::{Clause, Document};
use crate::values::Date;
use crate::LintOptions;
pub use readings::Readings;

pub(crate) mod audits;
mod breach;
pub(crate) mod completeness;
pub mod docs;
mod document;
pub mod fixes;
mod playbook;
pub mod query;
mod readings;
pub(crate) mod roles;
pub(crate) mod search;
pub(crate) mod security;
pub(crate) mod subprocessors;
pub(crate) mod transfers;

/// Which layer a rule belongs to. Playbooks may tighten anything but can only relax the
/// `Strength` and `Document` layers: the law layer is relaxed only by a suppression with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    Law,
    Strength,
    Document,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Completeness,
    Breach,
    Security,
    SubProcessors,
    Audits,
    Transfers,
    Document,
    Playbook,
}

impl Family {
    pub fn title(self) -> L10n {
        match self {
            Family::Completeness => L10n::new("Art. 28 completeness", "Complétude de l'art. 28"),
            Family::Breach => L10n::new("Breach handling", "Gestion des violations"),
            Family::Security => L10n::new("Security and encryption evidence", "Sécurité et preuves de chiffrement"),
            Family::SubProcessors => L10n::new("Sub-processors", "Sous-traitants ultérieurs"),
            Family::Audits => L10n::new("Audits", "Audits"),
            Family::Transfers => L10n::new("Transfers", "Transferts"),
            Family::Document => L10n::new("The document itself", "Le document lui-même"),
            Family::Playbook => L10n::new("Playbook positions", "Positions du référentiel"),
        }
    }
}

/// A rule's documentation, the single source for `explain`, generated docs and hovers.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct RuleDoc {
    /// What it checks.
    pub what: L10n,
    /// Why it matters, with the article.
    pub why: L10n,
    /// A `.dpa` snippet on which the rule fires (tested).
    pub failing: &'static str,
    /// The same snippet fixed, on which it does not fire (tested).
    pub passing: &'static str,
    /// The second file the examples need: the linked translation for rules that compare two
    /// documents, the playbook TOML for playbook rules. See [`example_options`].
    pub companion: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct RuleMeta {
    pub id: &'static str,
    pub family: Family,
    pub layer: Layer,
    pub default_severity: Severity,
    /// The severity is raised one level under high risk (↑ in rules.md).
    pub escalates: bool,
    pub citation: &'static str,
    pub summary: L10n,
    pub doc: RuleDoc,
}

pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, sink: &mut Sink);
}

/// Everything a rule may look at.
pub struct Context<'a> {
    pub source: &'a str,
    pub doc: &'a Document,
    pub options: &'a LintOptions,
    pub high_risk: bool,
    /// The document date, else the day of the run given in the options.
    pub today: Option<Date>,
    /// What rules read once for all of them ([`Context::reading`]).
    pub readings: Readings,
}

impl Context<'_> {
    /// A rule's severity for this document: the given one, raised under high risk when the rule
    /// escalates.
    pub fn severity(&self, meta: &RuleMeta, base: Severity) -> Severity {
        if meta.escalates && self.high_risk {
            base.escalated()
        } else {
            base
        }
    }

    /// Text of a source span.
    pub fn text(&self, span: Span) -> &str {
        span.text(self.source)
    }

    /// The document's language, for fixes that insert contract text.
    pub fn doc_lang(&self) -> Lang {
        self.doc.language
    }

    /// Where to point a "missing clause" finding.
    pub fn missing_span(&self) -> Span {
        self.doc.anchor_span
    }

    pub fn clause(&self, id: Option<usize>) -> Option<&Clause> {
        id.and_then(|id| self.doc.clauses.get(id))
    }

    /// Where a fact stands against the playbook's positions, when a playbook has some for it.
    pub fn position(&self, fact: &crate::model::Fact) -> Option<crate::playbook::Position> {
        self.options.playbook.as_ref()?.position(fact, self.doc.front_matter.acting_for)
    }
}

/// Collects a rule's findings.
#[derive(Default)]
pub struct Sink {
    pub(crate) findings: Vec<Finding>,
}

impl Sink {
    /// Report a finding at the rule's default severity (escalated under high risk when the rule
    /// escalates).
    pub fn report(&mut self, cx: &Context<'_>, meta: &RuleMeta, span: Span, message: Message) -> &mut Finding {
        let severity = cx.severity(meta, meta.default_severity);
        self.report_with(meta, severity, span, message)
    }

    /// Report with an explicit severity (already escalated if it should be).
    pub fn report_with(&mut self, meta: &RuleMeta, severity: Severity, span: Span, message: Message) -> &mut Finding {
        self.findings.push(Finding {
            rule: meta.id.to_string(),
            severity,
            message,
            citation: meta.citation.to_string(),
            span,
            inferred: false,
            fix: None,
            related: Vec::new(),
        });
        self.findings.last_mut().expect("just pushed")
    }
}

impl Finding {
    pub fn with_fix(&mut self, fix: Fix) -> &mut Self {
        self.fix = Some(fix);
        self
    }

    pub fn inferred(&mut self, inferred: bool) -> &mut Self {
        self.inferred = inferred;
        self
    }

    pub fn related(&mut self, span: Span, message: Message) -> &mut Self {
        self.related.push(Related { span, message });
        self
    }
}

/// Every rule, in id order. New rules are added here.
pub fn registry() -> &'static [&'static dyn Rule] {
    static RULES: std::sync::OnceLock<Vec<&'static dyn Rule>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules: Vec<&'static dyn Rule> = Vec::new();
        rules.extend_from_slice(audits::RULES);
        rules.extend_from_slice(breach::RULES);
        rules.extend_from_slice(completeness::RULES);
        rules.extend_from_slice(document::RULES);
        rules.extend_from_slice(security::RULES);
        rules.extend_from_slice(subprocessors::RULES);
        rules.extend_from_slice(transfers::RULES);
        rules.push(&playbook::PlaybookPosition);
        rules.sort_by_key(|rule| rule.meta().id);
        rules
    })
}

/// The rule context of `source` linted with the default options, handed to `read`: unit tests
/// of the readings rules share look at them through this.
#[cfg(test)]
pub(crate) fn with_test_context<T>(source: &str, read: impl FnOnce(&Context<'_>) -> T) -> T {
    let options = LintOptions::default();
    let report = crate::lint(source, &options);
    let cx = Context {
        source,
        doc: &report.document,
        options: &options,
        high_risk: false,
        today: None,
        readings: Readings::default(),
    };
    read(&cx)
}

/// The options under which a rule's documented examples are checked (and shown by `explain`):
/// the companion file as the linked translation, or as the playbook for playbook rules.
pub fn example_options(meta: &RuleMeta) -> LintOptions {
    let mut options = LintOptions::default();
    match (meta.family, meta.doc.companion) {
        (Family::Playbook, Some(toml)) => options.playbook = crate::Playbook::from_toml(toml).ok(),
        (_, Some(text)) => options.translation = Some(text.to_string()),
        (_, None) => {}
    }
    options
}

/// Metadata of the rule with this id (case-insensitive).
pub fn find(id: &str) -> Option<&'static RuleMeta> {
    registry().iter().map(|rule| rule.meta()).find(|meta| meta.id.eq_ignore_ascii_case(id.trim()))
}

pub(crate) use document::{syntax_findings, unused_suppressions};
