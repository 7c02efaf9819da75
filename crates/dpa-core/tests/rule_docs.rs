//! Every rule's documentation is tested: the failing example fires the rule, the passing one
//! does not, and the generated `docs/rules/` pages match the registry.

use std::path::PathBuf;

use dpa_core::rules::{docs, example_options, registry};
use dpa_core::{lint, Lang};

#[test]
fn documented_examples_behave_as_documented() {
    let mut failures = Vec::new();
    for rule in registry() {
        let meta = rule.meta();
        let options = example_options(meta);
        let fires = |source: &str| lint(source, &options).findings.iter().any(|f| f.rule == meta.id);
        if !fires(meta.doc.failing) {
            failures.push(format!("{}: the failing example does not fire", meta.id));
        }
        if fires(meta.doc.passing) {
            failures.push(format!("{}: the passing example fires", meta.id));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_fully_documented_in_both_languages() {
    for rule in registry() {
        let meta = rule.meta();
        for text in [meta.summary, meta.doc.what, meta.doc.why] {
            assert!(!text.en.trim().is_empty() && !text.fr.trim().is_empty(), "{}", meta.id);
        }
        assert!(!meta.citation.is_empty(), "{}", meta.id);
    }
}

#[test]
fn generated_docs_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules");
    let mut expected = vec![("README.md".to_string(), docs::index(Lang::En))];
    for rule in registry() {
        let meta = rule.meta();
        let page = format!("{}\n---\n\n{}", docs::markdown(meta, Lang::En), docs::markdown(meta, Lang::Fr));
        expected.push((format!("{}.md", meta.id), page));
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            std::fs::remove_file(entry.path()).unwrap();
        }
        for (name, text) in &expected {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, text) in &expected {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let committed = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert!(
        stale.is_empty() && committed == expected.len(),
        "docs/rules is out of date ({} stale, {committed} files for {} rules): run `UPDATE_DOCS=1 cargo test -p dpa-core --test rule_docs`",
        stale.len(),
        expected.len()
    );
}
