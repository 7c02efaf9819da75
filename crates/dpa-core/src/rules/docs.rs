//! Rule documentation rendered from [`RuleMeta`]: the one source for `dpa-lint explain`, the
//! generated `docs/rules/*.md` pages and the language server's hovers.

use std::fmt::Write;

use super::{registry, Family, RuleMeta};
use crate::lang::Lang;

/// Labels of the documentation sections, per language.
fn labels(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::En => [
            "Family",
            "Default severity",
            "Escalates under high risk",
            "Citation",
            "What it checks",
            "Why it matters",
            "Failing example",
            "Passing example",
            "Companion file used by the examples",
        ],
        Lang::Fr => [
            "Famille",
            "Gravité par défaut",
            "Aggravée en cas de risque élevé",
            "Référence",
            "Ce que la règle vérifie",
            "Pourquoi c'est important",
            "Exemple qui échoue",
            "Exemple conforme",
            "Fichier associé utilisé par les exemples",
        ],
    }
}

/// The project's public repository, as the crates name it in `Cargo.toml`. None while it names
/// none, so editors and SARIF viewers never get a dead link; hover, `explain` and SARIF `help`
/// carry the rules' full text anyway.
pub fn project_url() -> Option<&'static str> {
    Some(env!("CARGO_PKG_REPOSITORY")).filter(|repository| !repository.is_empty())
}

/// Where a rule's page is published: `docs/rules/<ID>.md` in the project's repository.
pub fn page_url(rule: &str) -> Option<String> {
    project_url().map(|repository| format!("{repository}/blob/main/docs/rules/{rule}.md"))
}

/// The rule's documentation as Markdown.
pub fn markdown(meta: &RuleMeta, lang: Lang) -> String {
    let [family, severity, escalates, citation, what, why, failing, passing, companion] = labels(lang);
    let yes_no = match (meta.escalates, lang) {
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
        (true, Lang::Fr) => "oui",
        (false, Lang::Fr) => "non",
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", meta.id);
    let _ = writeln!(out, "{}\n", meta.summary.get(lang));
    let _ = writeln!(out, "- {family}: {}", meta.family.title().get(lang));
    let _ = writeln!(out, "- {severity}: {}", meta.default_severity.label(lang));
    let _ = writeln!(out, "- {escalates}: {yes_no}");
    let _ = writeln!(out, "- {citation}: {}\n", meta.citation);
    let _ = writeln!(out, "## {what}\n\n{}\n", meta.doc.what.get(lang));
    let _ = writeln!(out, "## {why}\n\n{}\n", meta.doc.why.get(lang));
    let _ = writeln!(out, "## {failing}\n\n```dpa\n{}```\n", meta.doc.failing);
    let _ = writeln!(out, "## {passing}\n\n```dpa\n{}```", meta.doc.passing);
    if let Some(text) = meta.doc.companion {
        let fence = if meta.family == Family::Playbook { "toml" } else { "dpa" };
        let _ = writeln!(out, "\n## {companion}\n\n```{fence}\n{text}```");
    }
    out
}

/// The index page listing every rule by family.
pub fn index(lang: Lang) -> String {
    let mut out = String::from(match lang {
        Lang::En => "# dpa-lint rules\n\nGenerated from the rule registry (`cargo test -p dpa-core --test rule_docs` checks it; `UPDATE_DOCS=1` rewrites it).\n",
        Lang::Fr => "# Règles de dpa-lint\n\nGénéré depuis le registre des règles.\n",
    });
    let mut families: Vec<Family> = registry().iter().map(|r| r.meta().family).collect();
    families.sort_by_key(|family| *family as u8);
    families.dedup();
    for family in families {
        let _ = writeln!(out, "\n## {}\n\n| id | severity | summary |\n|---|---|---|", family.title().get(lang));
        for meta in registry().iter().map(|r| r.meta()).filter(|m| m.family == family) {
            let _ = writeln!(
                out,
                "| [{}]({}.md) | {} | {} |",
                meta.id,
                meta.id,
                meta.default_severity.label(lang),
                meta.summary.get(lang).replace('|', "\\|")
            );
        }
    }
    out
}
