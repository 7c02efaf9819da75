//! Findings → LSP diagnostics.

use dpa_core::{Finding, Lang, Severity};
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri,
};

use crate::position::Positions;

pub const SOURCE: &str = "dpa-lint";

/// The rule's published documentation page, when the project has one.
pub fn rule_doc_url(rule: &str) -> Option<Uri> {
    dpa_core::rules::docs::page_url(rule)?.parse().ok()
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub fn to_diagnostic(finding: &Finding, uri: &Uri, positions: Positions<'_>, lang: Lang) -> Diagnostic {
    let mut message = finding.message.get(lang).to_string();
    // Lawyers read the article in the diagnostic itself; most messages cite it already.
    if !finding.citation.is_empty() && !message.contains(&finding.citation) {
        message = format!("{message}\n{}", finding.citation);
    }
    let related: Vec<DiagnosticRelatedInformation> = finding
        .related
        .iter()
        .map(|related| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), positions.range(related.span)),
            message: related.message.get(lang).to_string(),
        })
        .collect();
    Diagnostic {
        range: positions.range(finding.span),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.clone())),
        code_description: rule_doc_url(&finding.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
