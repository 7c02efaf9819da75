//! The Word documents of the labelled corpus (`tests/corpus/docx-*.docx`, written by python-docx
//! like a lawyer's Word file) read into the structure the linter relies on.

use std::path::PathBuf;

use dpa_docx::{read, to_markdown, DocxDocument, ParagraphKind};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn read_corpus(name: &str) -> DocxDocument {
    let path = corpus_dir().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    read(&bytes).unwrap_or_else(|error| panic!("{name}: {error}"))
}

#[test]
fn every_corpus_docx_reads_with_headings_numbering_and_tables() {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus directory")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("docx-") && name.ends_with(".docx"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "expected the corpus .docx files, found {names:?}");
    for name in &names {
        let document = read_corpus(name);
        let markdown = to_markdown(&document);
        assert_eq!(markdown.lines().count(), document.paragraphs.len(), "{name}: one line per paragraph");
        let headings = document.paragraphs.iter().filter(|p| matches!(p.kind, ParagraphKind::Heading { .. })).count();
        let numbered = document.paragraphs.iter().filter(|p| p.label.is_some()).count();
        let delimiters =
            document.paragraphs.iter().filter(|p| matches!(p.kind, ParagraphKind::TableDelimiter { .. })).count();
        assert!(headings >= 10, "{name}: {headings} headings");
        assert!(numbered >= 30, "{name}: {numbered} numbered paragraphs");
        assert!(delimiters >= 1, "{name}: no table");
    }
}

#[test]
fn french_article_numbering_and_breach_clause_come_out_as_word_shows_them() {
    let document = read_corpus("docx-fr-avenant-hebergement.docx");
    let markdown = to_markdown(&document);
    let lines: Vec<&str> = markdown.lines().collect();
    let heading = lines
        .iter()
        .position(|line| *line == "# Article 10 – Violations de données à caractère personnel")
        .expect("numbered article heading");
    assert!(lines[heading + 1].starts_with("10.1 Le Prestataire notifie"));
    assert!(lines[heading + 1].contains("3 jours ouvrés"));
    assert!(lines.contains(&"d) conservation des mots de passe des comptes abonnés de l'application historique sous forme d'empreintes SHA-1 salées, jusqu'à la migration de cette application prévue au second semestre 2026 ;"));
    assert!(lines.contains(&"| Pagerfox Inc. |  | Gestion des astreintes et escalade des alertes | CCT 2021/914 module 3, analyse d'impact du 2 février 2026 |"));
    let line_number = heading + 1;
    let paragraph = document.paragraph_at_line(line_number).expect("heading paragraph");
    assert_eq!(paragraph.kind, ParagraphKind::Heading { level: 1 });
    assert_eq!(paragraph.label.as_ref().map(|label| label.text.as_str()), Some("Article 10 –"));
}

#[test]
fn english_schedules_keep_their_key_value_and_sub_processor_tables() {
    let markdown = to_markdown(&read_corpus("docx-en-payroll-services.docx"));
    assert!(markdown.contains("\n# 10. Personal data breaches\n10.1 Ledgerline shall notify the Customer of any Personal Data Breach without undue delay after becoming aware of it.\n"));
    assert!(markdown.contains("\n| Item | Description |\n|---|---|\n| Subject matter | Payroll calculation"));
    assert!(markdown.contains("\n| Manila Payroll Operations Inc. | PH | Second-line validation of payroll calculations | SCC 2021/914 Module Two, TIA dated 2026-01-20 |\n"));
    assert!(markdown.contains("\n- Key management: keys in a cloud hardware security module"));
}
