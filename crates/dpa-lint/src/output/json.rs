//! `--format json`: the document described in cli.md. Fields may be added, never renamed.

use dpa_core::model::{Clause, Fact, KindOrigin};
use dpa_core::values::FactValue;
use dpa_core::{Finding, Lang, Severity, Suppressed};
use serde::Serialize;

use super::{json_text, Position};
use crate::check::{Linted, Outcome, Run};
use crate::fatal::Fatal;

/// The version of this JSON format (not of the tool).
const FORMAT_VERSION: &str = "0.1";

#[derive(Serialize)]
struct Output<'a> {
    version: &'static str,
    files: Vec<File<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    /// Why the file could not be read; absent when it was linted.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// The document's language (not the message language); null when unreadable.
    language: Option<&'static str>,
    findings: Vec<JsonFinding<'a>>,
    suppressed: Vec<JsonSuppressed<'a>>,
    clauses: Vec<JsonClause<'a>>,
    facts: Vec<JsonFact<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    citation: &'a str,
    span: Position,
    inferred: bool,
    fix: Option<JsonFix<'a>>,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    span: Position,
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    span: Position,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonSuppressed<'a> {
    #[serde(flatten)]
    finding: JsonFinding<'a>,
    reason: &'a str,
    /// Line of the suppression comment.
    line: usize,
}

#[derive(Serialize)]
struct JsonClause<'a> {
    /// Canonical kind id, or the firm's own kind; null when no kind could be given.
    kind: Option<&'a str>,
    line: usize,
    tagged: bool,
    title: &'a str,
    anchor: Option<&'a str>,
    inferred: bool,
}

#[derive(Serialize)]
struct JsonFact<'a> {
    name: &'static str,
    value: &'a str,
    /// The parsed value, flat as cli.md shows it (`{ "type": "duration", "hours": 96, … }`);
    /// null when it does not parse (see FACT-BAD-VALUE).
    normalized: Option<serde_json::Value>,
    line: usize,
    inferred: bool,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
    unreadable: usize,
}

pub fn render(run: &Run) -> Result<String, Fatal> {
    let lang = run.lang;
    let files = run
        .files
        .iter()
        .map(|file| match &file.outcome {
            Outcome::Linted(linted) => linted_file(&file.path, linted, lang),
            Outcome::Unreadable(error) => File {
                path: &file.path,
                error: Some(error.reason().get(lang).to_string()),
                language: None,
                findings: Vec::new(),
                suppressed: Vec::new(),
                clauses: Vec::new(),
                facts: Vec::new(),
            },
        })
        .collect();
    let counts = run.summary();
    let output = Output {
        version: FORMAT_VERSION,
        files,
        summary: Summary {
            files: counts.files,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            suppressed: counts.suppressed,
            unreadable: counts.unreadable,
        },
    };
    json_text(&output)
}

fn linted_file<'a>(path: &'a str, linted: &'a Linted, lang: Lang) -> File<'a> {
    let report = &linted.report;
    let document = &report.document;
    File {
        path,
        error: None,
        language: Some(document.language.code()),
        findings: report.findings.iter().map(|finding| json_finding(finding, linted, lang)).collect(),
        suppressed: report.suppressed.iter().map(|suppressed| json_suppressed(suppressed, linted, lang)).collect(),
        clauses: document.clauses.iter().map(|clause| json_clause(clause, linted)).collect(),
        facts: document.facts.iter().map(|fact| json_fact(fact, linted)).collect(),
    }
}

fn json_finding<'a>(finding: &'a Finding, linted: &Linted, lang: Lang) -> JsonFinding<'a> {
    JsonFinding {
        rule: &finding.rule,
        severity: finding.severity,
        message: finding.message.get(lang),
        citation: &finding.citation,
        span: linted.position(finding.span),
        inferred: finding.inferred,
        fix: finding.fix.as_ref().map(|fix| JsonFix {
            title: fix.title.get(lang),
            edits: fix
                .edits
                .iter()
                .map(|edit| JsonEdit { span: linted.position(edit.span), replacement: &edit.replacement })
                .collect(),
        }),
        related: finding
            .related
            .iter()
            .map(|related| JsonRelated { span: linted.position(related.span), message: related.message.get(lang) })
            .collect(),
    }
}

fn json_suppressed<'a>(suppressed: &'a Suppressed, linted: &Linted, lang: Lang) -> JsonSuppressed<'a> {
    JsonSuppressed {
        finding: json_finding(&suppressed.finding, linted, lang),
        reason: &suppressed.reason,
        line: linted.line(suppressed.suppression.start),
    }
}

fn json_clause<'a>(clause: &'a Clause, linted: &Linted) -> JsonClause<'a> {
    JsonClause {
        kind: clause.custom_kind.as_deref().or(clause.kind.map(|kind| kind.id())),
        line: linted.line(clause.heading_span.start),
        tagged: clause.origin == KindOrigin::Tagged,
        title: &clause.title,
        anchor: clause.anchor.as_ref().map(|anchor| anchor.name.as_str()),
        inferred: clause.origin == KindOrigin::Inferred,
    }
}

/// `{"type": t, "value": {…}}` → `{"type": t, …}`; scalar values stay under `value`.
fn normalized(value: &FactValue) -> serde_json::Value {
    let mut tagged = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    let inner = tagged.get_mut("value").map(serde_json::Value::take);
    match (inner, tagged.get("type").cloned()) {
        (Some(serde_json::Value::Object(mut fields)), Some(kind)) => {
            fields.insert("type".to_string(), kind);
            serde_json::Value::Object(fields)
        }
        (Some(scalar), Some(kind)) => serde_json::json!({ "type": kind, "value": scalar }),
        _ => tagged,
    }
}

fn json_fact<'a>(fact: &'a Fact, linted: &Linted) -> JsonFact<'a> {
    JsonFact {
        name: fact.name.id(),
        value: &fact.value_text,
        normalized: fact.parsed().map(normalized),
        line: linted.line(fact.span.start),
        inferred: fact.inferred,
    }
}
