//! `--format junit`: one test suite per file, one test case per rule that fired (a failure per
//! finding, in document order), so CI test dashboards list contract problems next to test
//! results.

use dpa_core::{Finding, Lang};
use quick_xml::escape::escape;

use crate::check::{Linted, Outcome, Run};

/// Counts for the `<testsuites>` element.
#[derive(Default)]
struct Totals {
    tests: usize,
    failures: usize,
    errors: usize,
}

pub fn render(run: &Run) -> String {
    let mut totals = Totals::default();
    let mut suites = String::new();
    for file in &run.files {
        let path = xml(&file.path);
        match &file.outcome {
            Outcome::Linted(linted) => suites.push_str(&linted_suite(&path, linted, run.lang, &mut totals)),
            Outcome::Unreadable(error) => {
                totals.tests += 1;
                totals.errors += 1;
                let reason = xml(error.reason().get(run.lang));
                suites.push_str(&format!(
                    "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    \
                     <testcase classname=\"{path}\" name=\"read\">\n      \
                     <error type=\"unreadable\" message=\"{reason}\">{reason}</error>\n    \
                     </testcase>\n  </testsuite>\n"
                ));
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"dpa-lint\" tests=\"{}\" failures=\"{}\" \
         errors=\"{}\">\n{suites}</testsuites>\n",
        totals.tests, totals.failures, totals.errors
    )
}

fn linted_suite(path: &str, linted: &Linted, lang: Lang, totals: &mut Totals) -> String {
    // Test cases in the order their rule first fires, so a suite reads top to bottom like the
    // contract (findings come sorted by position).
    let mut by_rule: Vec<(&str, Vec<&Finding>)> = Vec::new();
    for finding in &linted.report.findings {
        match by_rule.iter_mut().find(|(rule, _)| *rule == finding.rule) {
            Some((_, findings)) => findings.push(finding),
            None => by_rule.push((&finding.rule, vec![finding])),
        }
    }
    // A clean file still gets one passing test case, so it shows up as checked.
    let tests = by_rule.len().max(1);
    totals.tests += tests;
    totals.failures += by_rule.len();
    let mut suite =
        format!("  <testsuite name=\"{path}\" tests=\"{tests}\" failures=\"{}\" errors=\"0\">\n", by_rule.len());
    if by_rule.is_empty() {
        suite.push_str(&format!("    <testcase classname=\"{path}\" name=\"dpa-lint\"/>\n"));
    }
    for (rule, findings) in by_rule {
        suite.push_str(&format!("    <testcase classname=\"{path}\" name=\"{}\">\n", xml(rule)));
        for finding in findings {
            suite.push_str(&failure(finding, linted, lang));
        }
        suite.push_str("    </testcase>\n");
    }
    suite.push_str("  </testsuite>\n");
    suite
}

fn failure(finding: &Finding, linted: &Linted, lang: Lang) -> String {
    let position = linted.position(finding.span);
    let place = match lang {
        Lang::En => format!("line {}, column {}", position.line, position.column),
        Lang::Fr => format!("ligne {}, colonne {}", position.line, position.column),
    };
    let message = finding.message.get(lang);
    format!(
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
        finding.severity.id(),
        xml(&format!("{place}: {message}")),
        xml(&format!("{place}: {message}\n{}", finding.citation)),
    )
}

/// Escaped text without the control characters XML 1.0 forbids even when escaped.
fn xml(text: &str) -> String {
    let allowed: String = text.chars().filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).collect();
    escape(allowed.as_str()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(xml("a < b & \"c\" \u{1}d"), "a &lt; b &amp; &quot;c&quot; d");
    }
}
