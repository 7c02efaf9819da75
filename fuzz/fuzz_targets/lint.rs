//! Any bytes, read as (lossy) UTF-8, must lint without panicking, both as a tagged contract and
//! as untagged prose (clause kinds inferred), and every finding must point inside the text.
#![no_main]

use dpa_core::{lint, LintOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    for prose in [None, Some(true)] {
        let report = lint(&source, &LintOptions { prose, ..LintOptions::default() });
        for finding in report.findings.iter().chain(report.suppressed.iter().map(|suppressed| &suppressed.finding)) {
            assert!(
                source.get(finding.span.start..finding.span.end).is_some(),
                "{} reported at {:?}, outside the text or inside a character",
                finding.rule,
                finding.span
            );
        }
    }
});
