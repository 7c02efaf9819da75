//! Fixture contracts for every rule, in English and French (`tests/fixtures/rules/<family>/`).
//!
//! A file named `<RULE-ID>.fail[.<variant>].<lang>.dpa` must make that rule fire, and
//! `<RULE-ID>.pass[.<variant>].<lang>.dpa` must not. Every fixture's findings are also
//! snapshotted (rule, severity, line, messages in both languages, fix title) so any change in
//! what users see is reviewed. Other files beside them (`<RULE-ID>.companion.fr.dpa`, a playbook)
//! are the translations and playbooks the fixtures link to.

use std::path::{Path, PathBuf};

use dpa_core::{Lang, LintOptions};
use dpa_lint_tests::repo_root;

struct Fixture {
    path: PathBuf,
    rule: String,
    expect_fire: bool,
}

fn fixtures() -> Vec<Fixture> {
    let mut found = Vec::new();
    collect(&repo_root().join("tests/fixtures/rules"), &mut found);
    found.sort();
    found
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_string();
            let (rule, rest) = name.split_once('.')?;
            let expect_fire = match rest.split('.').next()? {
                "fail" => true,
                "pass" => false,
                _ => return None,
            };
            Some(Fixture { rule: rule.to_string(), expect_fire, path })
        })
        .collect()
}

fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|e| e == "dpa") {
            found.push(path);
        }
    }
}

/// What a reviewer needs to see of a finding, without byte offsets that shift with every edit.
fn summary(source: &str, report: &dpa_core::Report) -> serde_json::Value {
    let index = dpa_core::LineIndex::new(source);
    let findings: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "rule": f.rule,
                "severity": f.severity,
                "line": index.line_col(source, f.span.start).line,
                "text": f.span.text(source).chars().take(80).collect::<String>(),
                "en": f.message.get(Lang::En),
                "fr": f.message.get(Lang::Fr),
                "fix": f.fix.as_ref().map(|fix| fix.title.en.clone()),
                "inferred": f.inferred,
            })
        })
        .collect();
    let suppressed: Vec<_> =
        report.suppressed.iter().map(|s| serde_json::json!({ "rule": s.finding.rule, "reason": s.reason })).collect();
    serde_json::json!({ "findings": findings, "suppressed": suppressed })
}

#[test]
fn rule_fixtures_fire_as_their_names_say() {
    let linted: Vec<(Fixture, String, dpa_core::Report)> = fixtures()
        .into_iter()
        .map(|fixture| {
            let source = std::fs::read_to_string(&fixture.path).unwrap();
            // Read as the CLI reads it, so a fixture can link a translation or a playbook beside it.
            let report = dpa_workspace::lint_source(&fixture.path, &source, LintOptions::default()).unwrap();
            (fixture, source, report)
        })
        .collect();
    let failures: Vec<String> = linted
        .iter()
        .filter(|(fixture, _, report)| report.findings.iter().any(|f| f.rule == fixture.rule) != fixture.expect_fire)
        .map(|(fixture, _, report)| {
            let relative = fixture.path.strip_prefix(repo_root()).unwrap_or(&fixture.path).display().to_string();
            let found: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
            let not = if fixture.expect_fire { "" } else { "not " };
            format!("{relative}: expected {} to {not}fire; findings: {found:?}", fixture.rule)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Then what users see, once every expectation holds.
    for (fixture, source, report) in &linted {
        let name = fixture.path.file_stem().unwrap().to_string_lossy().replace('.', "_");
        insta::with_settings!({ snapshot_path => repo_root().join("tests/snapshots/rules"), prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!(name, summary(source, report));
        });
    }
}

#[test]
fn every_rule_has_failing_and_passing_fixtures_in_both_languages() {
    let fixtures = fixtures();
    let mut missing = Vec::new();
    for rule in dpa_core::rules::registry() {
        let id = rule.meta().id;
        for (kind, lang) in [("fail", "en"), ("pass", "en"), ("fail", "fr"), ("pass", "fr")] {
            let has = fixtures.iter().any(|f| {
                let name = f.path.file_name().unwrap().to_string_lossy();
                f.rule == id && name.split('.').nth(1) == Some(kind) && name.ends_with(&format!(".{lang}.dpa"))
            });
            if !has {
                missing.push(format!("{id}.{kind}.{lang}"));
            }
        }
    }
    assert!(missing.is_empty(), "rules without fixtures: {}", missing.join(", "));
}
