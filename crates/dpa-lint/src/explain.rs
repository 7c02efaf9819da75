//! `dpa-lint rules` and `dpa-lint explain`: the rule registry as a table, and one rule's
//! documentation. Both read the core's [`RuleMeta`], the single source of rule documentation.

use dpa_core::rules::{registry, Layer, RuleMeta};
use dpa_core::Lang;
use serde::Serialize;

use crate::cli::ListFormat;
use crate::fatal::Fatal;
use crate::output::json_text;

/// `dpa-lint rules`.
pub fn rules(format: ListFormat, lang: Lang) -> Result<String, Fatal> {
    let metas: Vec<&RuleMeta> = registry().iter().map(|rule| rule.meta()).collect();
    match format {
        ListFormat::Json => json_text(&metas.iter().map(|meta| RuleEntry::new(meta, lang)).collect::<Vec<_>>()),
        ListFormat::Text => {
            let headers = match lang {
                Lang::En => ["RULE", "SEVERITY", "FAMILY", "SUMMARY"],
                Lang::Fr => ["RÈGLE", "GRAVITÉ", "FAMILLE", "RÉSUMÉ"],
            };
            let rows: Vec<[String; 4]> = metas
                .iter()
                .map(|meta| {
                    [
                        meta.id.to_string(),
                        severity_text(meta, lang),
                        meta.family.title().get(lang).to_string(),
                        meta.summary.get(lang).to_string(),
                    ]
                })
                .collect();
            Ok(table(headers, &rows))
        }
    }
}

/// `dpa-lint explain`, as Markdown (also readable as plain text).
pub fn explain(meta: &RuleMeta, format: ListFormat, lang: Lang) -> Result<String, Fatal> {
    match format {
        ListFormat::Json => json_text(&RuleExplanation::new(meta, lang)),
        ListFormat::Text => Ok(markdown(meta, lang)),
    }
}

/// The documentation of a rule in Markdown; also the SARIF rule help.
pub fn markdown(meta: &RuleMeta, lang: Lang) -> String {
    let [what, why, failing, passing, companion] = match lang {
        Lang::En => [
            "What it checks",
            "Why it matters",
            "Example that fails",
            "The same example, fixed",
            "Second file the examples use",
        ],
        Lang::Fr => [
            "Ce que la règle vérifie",
            "Pourquoi",
            "Exemple qui déclenche la règle",
            "Le même exemple, corrigé",
            "Second fichier utilisé par les exemples",
        ],
    };
    let facts = match lang {
        Lang::En => format!(
            "Severity: {} · Family: {} · Layer: {} · {}",
            severity_text(meta, lang),
            meta.family.title().en,
            layer_text(meta.layer, lang),
            meta.citation
        ),
        Lang::Fr => format!(
            "Gravité : {} · Famille : {} · Couche : {} · {}",
            severity_text(meta, lang),
            meta.family.title().fr,
            layer_text(meta.layer, lang),
            meta.citation
        ),
    };
    let doc = &meta.doc;
    let mut text = format!(
        "# {}\n\n{}\n\n{facts}\n\n## {what}\n\n{}\n\n## {why}\n\n{}\n\n## {failing}\n\n{}\n## {passing}\n\n{}",
        meta.id,
        meta.summary.get(lang),
        doc.what.get(lang),
        doc.why.get(lang),
        fenced(doc.failing),
        fenced(doc.passing),
    );
    if let Some(second) = doc.companion {
        text.push_str(&format!("\n## {companion}\n\n{}", fenced(second)));
    }
    text
}

/// "error" or "warning, one level higher under high risk".
fn severity_text(meta: &RuleMeta, lang: Lang) -> String {
    let label = meta.default_severity.label(lang);
    match (meta.escalates, lang) {
        (false, _) => label.to_string(),
        (true, Lang::En) => format!("{label} ↑ high risk"),
        (true, Lang::Fr) => format!("{label} ↑ risque élevé"),
    }
}

fn layer_text(layer: Layer, lang: Lang) -> &'static str {
    match (layer, lang) {
        (Layer::Law, Lang::En) => "law (a playbook cannot relax it)",
        (Layer::Law, Lang::Fr) => "loi (un référentiel ne peut pas l'assouplir)",
        (Layer::Strength, Lang::En) => "strength of the terms",
        (Layer::Strength, Lang::Fr) => "force des clauses",
        (Layer::Document, Lang::En) => "the document itself",
        (Layer::Document, Lang::Fr) => "le document lui-même",
    }
}

fn fenced(snippet: &str) -> String {
    let body = snippet.trim_end_matches('\n');
    format!("```dpa\n{body}\n```\n")
}

/// Left-aligned columns separated by two spaces; the last column is not padded.
fn table<const N: usize>(headers: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths = headers.map(|header| header.chars().count());
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(cell);
            if i + 1 < N {
                text.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
            }
        }
        text.push('\n');
        text
    };
    let mut out = line(headers.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

#[derive(Serialize)]
struct RuleEntry {
    id: &'static str,
    severity: dpa_core::Severity,
    escalates: bool,
    family: dpa_core::rules::Family,
    family_title: &'static str,
    layer: Layer,
    citation: &'static str,
    summary: &'static str,
}

impl RuleEntry {
    fn new(meta: &RuleMeta, lang: Lang) -> Self {
        RuleEntry {
            id: meta.id,
            severity: meta.default_severity,
            escalates: meta.escalates,
            family: meta.family,
            family_title: meta.family.title().get(lang),
            layer: meta.layer,
            citation: meta.citation,
            summary: meta.summary.get(lang),
        }
    }
}

#[derive(Serialize)]
struct RuleExplanation {
    #[serde(flatten)]
    entry: RuleEntry,
    what: &'static str,
    why: &'static str,
    failing: &'static str,
    passing: &'static str,
    companion: Option<&'static str>,
}

impl RuleExplanation {
    fn new(meta: &RuleMeta, lang: Lang) -> Self {
        RuleExplanation {
            entry: RuleEntry::new(meta, lang),
            what: meta.doc.what.get(lang),
            why: meta.doc.why.get(lang),
            failing: meta.doc.failing,
            passing: meta.doc.passing,
            companion: meta.doc.companion,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_align_columns_by_characters() {
        let rows = [["É".to_string(), "x".to_string()], ["long".to_string(), "y".to_string()]];
        assert_eq!(table(["A", "B"], &rows), "A     B\nÉ     x\nlong  y\n");
    }
}
