//! Inputs a lawyer may feed the linter by mistake: a damaged or password-protected Word file,
//! an empty file, tens of megabytes of text. Each gives a clear message or a result, never a
//! panic or a hang.
//!
//! The long-text case lints 50 MB in an optimised build and 1 MB in a debug one (a debug build
//! is some twenty times slower); it prints the time taken:
//!
//! ```text
//! cargo test --release -p dpa-lint-tests --test bad_input -- --nocapture
//! ```

use std::io::Write;
use std::time::Instant;

use dpa_core::{lint, LintOptions};
use dpa_docx::DocxError;
use dpa_lint_tests::repo_root;

fn prose() -> LintOptions {
    LintOptions { prose: Some(true), ..LintOptions::default() }
}

/// A Word package holding `document.xml`.
fn docx(document_xml: &str) -> Vec<u8> {
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    archive.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).expect("zip entry");
    archive.write_all(document_xml.as_bytes()).expect("zip write");
    archive.finish().expect("zip finish").into_inner()
}

const WORD_NAMESPACE: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

#[test]
fn a_damaged_word_file_is_refused_with_a_reason() {
    let signed = std::fs::read(repo_root().join("tests/corpus/docx-en-payroll-services.docx")).expect("corpus file");
    let cut_short = &signed[..signed.len() / 2];
    let renamed_text = b"The Provider shall notify the Customer within 48 hours.".to_vec();
    for bytes in [cut_short.to_vec(), renamed_text] {
        let error = dpa_docx::read(&bytes).expect_err("a damaged file is refused");
        let message = error.message();
        assert!(!message.en.is_empty() && !message.fr.is_empty(), "{error:?}");
    }
    // A document part cut off in the middle of a paragraph: refused, or read as far as it goes.
    let cut_xml = docx(&format!("<w:document xmlns:w=\"{WORD_NAMESPACE}\"><w:body><w:p><w:r><w:t>Clause"));
    match dpa_docx::read(&cut_xml) {
        Ok(document) => {
            lint(&dpa_docx::to_markdown(&document), &prose());
        }
        Err(error) => assert!(!error.message().en.is_empty()),
    }
}

#[test]
fn a_password_protected_word_file_says_how_to_open_it() {
    // Word saves an encrypted .docx as an OLE compound file holding an `EncryptionInfo` stream.
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.extend([0; 504]);
    encrypted.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    let error = dpa_docx::read(&encrypted).expect_err("an encrypted file cannot be read");
    assert_eq!(error, DocxError::PasswordProtected);
    assert!(error.message().en.contains("password"), "{}", error.message().en);
    assert!(error.message().fr.contains("mot de passe"), "{}", error.message().fr);
}

#[test]
fn empty_inputs_lint_to_a_report() {
    let empty_word = docx(&format!("<w:document xmlns:w=\"{WORD_NAMESPACE}\"><w:body/></w:document>"));
    let from_word = dpa_docx::to_markdown(&dpa_docx::read(&empty_word).expect("an empty document is a document"));
    for text in ["", "\u{feff}", "\n\n\n", from_word.as_str()] {
        let report = lint(text, &prose());
        assert!(report.document.paragraphs.is_empty());
        // Nothing is agreed, so the Art. 28 duties are all missing.
        assert!(report.findings.iter().any(|finding| finding.rule == "ART28-PARTIES"), "{text:?}");
        let converted = dpa_core::convert::convert(text, &LintOptions::default(), Some("empty"));
        assert!(converted.text.contains("title: empty"), "{}", converted.text);
    }
}

#[test]
fn tens_of_megabytes_of_text_lint_to_the_end() {
    let size = if cfg!(debug_assertions) { 1_000_000 } else { 50_000_000 };
    let corpus: Vec<String> =
        ["en-saas-addendum.md", "fr-cnil-accord-sous-traitance.md", "en-commissioned-processing.txt"]
            .iter()
            .map(|name| std::fs::read_to_string(repo_root().join("tests/corpus").join(name)).expect("corpus text"))
            .collect();
    let mut text = String::with_capacity(size + 10_000);
    for document in corpus.iter().cycle() {
        if text.len() >= size {
            break;
        }
        text.push_str(document);
        text.push('\n');
    }
    let started = Instant::now();
    let report = lint(&text, &prose());
    let elapsed = started.elapsed();
    println!(
        "linted {:.1} MB of prose in {:.1} s: {} paragraphs, {} clauses, {} findings",
        text.len() as f64 / 1e6,
        elapsed.as_secs_f64(),
        report.document.paragraphs.len(),
        report.document.clauses.len(),
        report.findings.len()
    );
    assert!(report.document.paragraphs.len() > text.len() / 2_000, "every paragraph is read");
    assert!(report.findings.iter().any(|finding| finding.rule == "BREACH-DEADLINE"), "the rules ran to the end");
}
