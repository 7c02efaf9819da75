//! `--format sarif`: SARIF 2.1.0 with one run. Every rule is listed in `tool.driver.rules`, so
//! dashboards can show rules that found nothing; suppressed findings are results with an
//! in-source suppression; unreadable files are tool execution notifications.

use std::collections::HashMap;

use dpa_core::rules::{registry, RuleMeta};
use dpa_core::{Finding, Lang, Suppressed};
use dpa_syntax::Span;
use serde_json::{json, Value};

use super::{json_text, sarif_level};
use crate::check::{Linted, Outcome, Run};
use crate::explain;
use crate::fatal::Fatal;

const SCHEMA_URI: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub fn render(run: &Run) -> Result<String, Fatal> {
    let lang = run.lang;
    let metas: Vec<&RuleMeta> = registry().iter().map(|rule| rule.meta()).collect();
    let rule_index: HashMap<&str, usize> = metas.iter().enumerate().map(|(index, meta)| (meta.id, index)).collect();

    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for file in &run.files {
        let uri = uri_reference(&file.path);
        match &file.outcome {
            Outcome::Linted(linted) => {
                let site = Site { linted, uri: &uri, lang, rule_index: &rule_index };
                let report = &linted.report;
                // Suppressed findings take their place among the others: results in document order.
                let mut located: Vec<(&Finding, Option<&Suppressed>)> =
                    report.findings.iter().map(|finding| (finding, None)).collect();
                located.extend(report.suppressed.iter().map(|suppressed| (&suppressed.finding, Some(suppressed))));
                located.sort_by(|(a, _), (b, _)| {
                    (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule))
                });
                results.extend(located.into_iter().map(|(finding, suppressed)| site.result(finding, suppressed)));
            }
            Outcome::Unreadable(error) => notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{}: {}", file.path, error.reason().get(lang)) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri } } }],
            })),
        }
    }

    let mut log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "dpa-lint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": metas.iter().map(|meta| rule_descriptor(meta, lang)).collect::<Vec<_>>(),
                }
            },
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "language": lang.code(),
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    if let Some(home) = dpa_core::rules::docs::project_url() {
        log["runs"][0]["tool"]["driver"]["informationUri"] = Value::String(home.to_string());
    }
    json_text(&log)
}

fn rule_descriptor(meta: &RuleMeta, lang: Lang) -> Value {
    let help = explain::markdown(meta, lang);
    let mut descriptor = json!({
        "id": meta.id,
        "name": rule_name(meta.id),
        "shortDescription": { "text": meta.summary.get(lang) },
        "fullDescription": { "text": meta.doc.what.get(lang) },
        "help": { "text": help, "markdown": help },
        "defaultConfiguration": { "level": sarif_level(meta.default_severity) },
        "properties": {
            "tags": [family_id(meta), "gdpr"],
            "citation": meta.citation,
        },
    });
    if let Some(page) = dpa_core::rules::docs::page_url(meta.id) {
        descriptor["helpUri"] = Value::String(page);
    }
    descriptor
}

fn family_id(meta: &RuleMeta) -> String {
    serde_json::to_value(meta.family).ok().and_then(|value| value.as_str().map(str::to_string)).unwrap_or_default()
}

/// SARIF rule names are identifiers: `BREACH-DEADLINE` → `BreachDeadline`.
fn rule_name(id: &str) -> String {
    id.split('-')
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// What every result of one file shares.
struct Site<'a> {
    linted: &'a Linted,
    uri: &'a str,
    lang: Lang,
    rule_index: &'a HashMap<&'a str, usize>,
}

impl Site<'_> {
    fn result(&self, finding: &Finding, suppressed: Option<&Suppressed>) -> Value {
        let mut result = json!({
            "ruleId": finding.rule,
            "level": sarif_level(finding.severity),
            "message": { "text": format!("{} ({})", finding.message.get(self.lang), finding.citation) },
            "locations": [{ "physicalLocation": self.physical_location(finding.span) }],
            "properties": { "citation": finding.citation, "inferred": finding.inferred },
        });
        if let Some(index) = self.rule_index.get(finding.rule.as_str()) {
            result["ruleIndex"] = json!(index);
        }
        if !finding.related.is_empty() {
            result["relatedLocations"] = finding
                .related
                .iter()
                .enumerate()
                .map(|(id, related)| {
                    json!({
                        "id": id,
                        "physicalLocation": self.physical_location(related.span),
                        "message": { "text": related.message.get(self.lang) },
                    })
                })
                .collect();
        }
        if let Some(fix) = &finding.fix {
            let replacements: Vec<Value> = fix
                .edits
                .iter()
                .map(|edit| json!({ "deletedRegion": self.region(edit.span), "insertedContent": { "text": edit.replacement } }))
                .collect();
            result["fixes"] = json!([{
                "description": { "text": fix.title.get(self.lang) },
                "artifactChanges": [{ "artifactLocation": { "uri": self.uri }, "replacements": replacements }],
            }]);
        }
        if let Some(suppressed) = suppressed {
            result["suppressions"] = json!([{ "kind": "inSource", "justification": suppressed.reason }]);
        }
        result
    }

    fn physical_location(&self, span: Span) -> Value {
        json!({ "artifactLocation": { "uri": self.uri }, "region": self.region(span) })
    }

    fn region(&self, span: Span) -> Value {
        let position = self.linted.position(span);
        json!({
            "startLine": position.line,
            "startColumn": position.column,
            "endLine": position.end_line,
            "endColumn": position.end_column,
        })
    }
}

/// A relative path as a URI reference: `/` kept, everything outside the unreserved set
/// percent-encoded (spaces and accents are common in contract file names).
fn uri_reference(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(rule_name("BREACH-DEADLINE"), "BreachDeadline");
        assert_eq!(rule_name("ART28-3A-INSTRUCTIONS"), "Art283aInstructions");
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri_reference("contracts/acme v2.dpa"), "contracts/acme%20v2.dpa");
        assert_eq!(uri_reference("accords/société.dpa"), "accords/soci%C3%A9t%C3%A9.dpa");
    }
}
