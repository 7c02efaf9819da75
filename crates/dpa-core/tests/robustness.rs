//! The core never panics on any input, and every span it reports lies inside the input on char
//! boundaries (findings, fixes, related locations, suppressed findings).

use dpa_core::{lint, Finding, LintOptions};
use proptest::prelude::*;

fn assert_spans_valid(source: &str, finding: &Finding) {
    let spans = std::iter::once(finding.span)
        .chain(finding.related.iter().map(|r| r.span))
        .chain(finding.fix.iter().flat_map(|fix| fix.edits.iter().map(|e| e.span)));
    for span in spans {
        assert!(
            span.start <= span.end && span.end <= source.len(),
            "{} span {span:?} out of {}",
            finding.rule,
            source.len()
        );
        assert!(
            source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
            "{} span {span:?} splits a char",
            finding.rule
        );
    }
}

fn check(source: &str) {
    let report = lint(source, &LintOptions::default());
    for finding in report.findings.iter().chain(report.suppressed.iter().map(|s| &s.finding)) {
        assert_spans_valid(source, finding);
    }
    serde_json::to_string(&report).expect("the report serialises");
}

/// Fragments of the language, so generated inputs hit real constructs and their broken forms.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("[[breach-notice: 96 hours]]".to_string()),
        Just("[[délai-violation : quarante-huit heures]]".to_string()),
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("{breach-notification}".to_string()),
        Just("{annexe liste-sous-traitants-ulterieurs #a}".to_string()),
        Just("# ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("---\n".to_string()),
        Just("| Sub-processor | Country |\n|---|---|\n| X | Inde |".to_string()),
        Just("%% lint: allow BREACH-DEADLINE -- reason: ok".to_string()),
        Just("%% NOTE x".to_string()),
        Just("« Données » désigne".to_string()),
        Just("[[ref: a]]".to_string()),
        Just("\u{a0}:\u{202f}".to_string()),
        Just("😀é".to_string()),
        Just("\u{feff}".to_string()),
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_lints_without_panic(source in "\\PC*") {
        check(&source);
    }

    #[test]
    fn any_mix_of_constructs_lints_without_panic(parts in prop::collection::vec(fragment(), 0..40)) {
        check(&parts.concat());
    }
}

#[test]
fn pathological_inputs() {
    for source in [
        String::new(),
        "\u{feff}".to_string(),
        "#".repeat(10_000),
        "[[".repeat(5_000),
        "{".repeat(5_000),
        "---\ntitle: x\n".to_string(),
        "\0\u{1}binary\u{7f}".repeat(100),
        format!("# T {{audit}}\n{}", "word ".repeat(200_000)),
    ] {
        check(&source);
    }
}
