//! Measured quality on the labelled corpus (`tests/corpus/README.md`): every document is linted
//! in prose mode (Word files through `dpa_docx`, as the CLI reads them) and compared with its
//! labels. Prints precision and recall per rule, per family and overall, per document, and how
//! often the breach deadline read from the text is the one a lawyer reads:
//!
//! ```text
//! cargo test -p dpa-lint-tests --test corpus -- --nocapture
//! ```
//!
//! The test fails only when overall precision or recall drops below the floors below: they sit
//! just under the measured values, as a guard against regressions, not as a target.
//!
//! `DPA_CORPUS_DIR=<dir>` scores another directory of documents and labels in the same format
//! (a held-out set kept outside the repository); the floors guard only the shipped corpus.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use dpa_core::model::FactName;
use dpa_core::rules::{self, Family};
use dpa_core::values::{parse_date, Duration, FactValue};
use dpa_core::{lint, LintOptions, Report};
use dpa_lint_tests::repo_root;
use serde::Deserialize;

/// Regression floors, just under the figures measured when they were last raised.
const PRECISION_FLOOR: f64 = 0.97;
const RECALL_FLOOR: f64 = 0.97;

#[derive(Debug, Deserialize)]
struct Labels {
    document_date: String,
    breach_deadline_hours: Deadline,
    must_fire: Vec<String>,
    must_not_fire: Vec<String>,
}

/// `breach_deadline_hours`: hours, or `"unquantified"` / `"none"`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
enum Deadline {
    Hours(f64),
    Word(String),
}

impl std::fmt::Display for Deadline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Deadline::Hours(hours) => write!(f, "{hours} h"),
            Deadline::Word(word) => f.write_str(word),
        }
    }
}

struct Document {
    name: String,
    /// The text as linted (a Word file's Markdown rendering).
    text: String,
    today: Option<dpa_core::values::Date>,
    labels: Labels,
    report: Report,
}

/// Counts for one rule (or a family, or the whole corpus).
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }

    /// Of the reported ids that were labelled, the share that should fire (1 when none fired).
    fn precision(self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    /// Of the ids that should fire, the share reported (1 when none should).
    fn recall(self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The directory scored: `DPA_CORPUS_DIR` when set, else the shipped corpus.
fn held_out_dir() -> Option<PathBuf> {
    std::env::var_os("DPA_CORPUS_DIR").map(PathBuf::from)
}

fn corpus() -> Vec<Document> {
    let dir = held_out_dir().unwrap_or_else(|| repo_root().join("tests/corpus"));
    let mut labels: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".labels.toml"))
        .collect();
    labels.sort();
    labels.iter().map(|path| read_document(path)).collect()
}

fn read_document(labels_path: &Path) -> Document {
    let labels: Labels = toml::from_str(&std::fs::read_to_string(labels_path).expect("labels are readable"))
        .unwrap_or_else(|error| panic!("{}: {error}", labels_path.display()));
    let stem = labels_path.to_string_lossy().trim_end_matches(".labels.toml").to_string();
    let document = ["md", "txt", "docx"]
        .iter()
        .map(|extension| PathBuf::from(format!("{stem}.{extension}")))
        .find(|path| path.exists())
        .unwrap_or_else(|| panic!("{stem}: no .md, .txt or .docx next to its labels"));
    let text = match document.extension().and_then(|e| e.to_str()) {
        Some("docx") => {
            let bytes = std::fs::read(&document).expect("Word file is readable");
            dpa_docx::to_markdown(&dpa_docx::read(&bytes).expect("corpus Word files are valid"))
        }
        _ => std::fs::read_to_string(&document).expect("corpus text is UTF-8"),
    };
    // The labels are judged at the document's own date (README: freshness rules).
    let today = parse_date(&labels.document_date);
    let report = lint(&text, &LintOptions { prose: Some(true), today, ..LintOptions::default() });
    let name = document.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Document { name, text, today, labels, report }
}

/// The breach deadline the linter read: the longest quantified `breach-notice` (stated or read
/// from the prose), else a notice duty without a number, else none.
fn deadline_read(report: &Report) -> Deadline {
    let durations: Vec<Duration> = report
        .document
        .facts_named(FactName::BreachNotice)
        .filter_map(|fact| match fact.parsed() {
            Some(FactValue::Duration(duration)) => Some(*duration),
            Some(FactValue::Placeholder) => Some(Duration::Unquantified),
            _ => None,
        })
        .collect();
    let longest = durations.iter().filter_map(Duration::calendar_hours_max).max_by(f64::total_cmp);
    // A duty to notify with no time limit in it is a deadline without a number.
    let notified = !durations.is_empty() || !report.document.breach_notices.is_empty();
    match (longest, notified) {
        (Some(hours), _) => Deadline::Hours(hours),
        (None, true) => Deadline::Word("unquantified".to_string()),
        (None, false) => Deadline::Word("none".to_string()),
    }
}

fn family_name(family: Family) -> &'static str {
    family.title().en
}

#[test]
fn corpus_precision_and_recall() {
    let documents = corpus();
    assert!(held_out_dir().is_some() || documents.len() >= 12, "the corpus has at least 12 labelled documents");
    let mut per_rule: BTreeMap<String, Score> = BTreeMap::new();
    let mut out = String::new();
    let mut total = Score::default();
    let mut deadlines_right = 0;

    writeln!(out, "\nPer document (FN: should fire but did not; FP: fired but should not)").unwrap();
    for document in &documents {
        let reported: Vec<&str> = document.report.findings.iter().map(|f| f.rule.as_str()).collect();
        let mut score = Score::default();
        let mut missed = Vec::new();
        let mut wrong = Vec::new();
        for id in &document.labels.must_fire {
            let entry = per_rule.entry(id.clone()).or_default();
            if reported.contains(&id.as_str()) {
                entry.true_positives += 1;
                score.true_positives += 1;
            } else {
                entry.false_negatives += 1;
                score.false_negatives += 1;
                missed.push(id.as_str());
            }
        }
        for id in &document.labels.must_not_fire {
            if reported.contains(&id.as_str()) {
                per_rule.entry(id.clone()).or_default().false_positives += 1;
                score.false_positives += 1;
                wrong.push(id.as_str());
            } else {
                per_rule.entry(id.clone()).or_default();
            }
        }
        total.add(score);
        let read = deadline_read(&document.report);
        let right = read == document.labels.breach_deadline_hours;
        deadlines_right += usize::from(right);
        writeln!(
            out,
            "  {:<46} P {:.2}  R {:.2}  deadline {} (label {}){}",
            document.name,
            score.precision(),
            score.recall(),
            read,
            document.labels.breach_deadline_hours,
            if right { "" } else { "  ✗" },
        )
        .unwrap();
        if !missed.is_empty() {
            writeln!(out, "      FN: {}", missed.join(", ")).unwrap();
        }
        if !wrong.is_empty() {
            writeln!(out, "      FP: {}", wrong.join(", ")).unwrap();
        }
    }

    writeln!(out, "\nPer rule                            TP  FP  FN  precision  recall").unwrap();
    let mut per_family: BTreeMap<&'static str, Score> = BTreeMap::new();
    for (id, score) in &per_rule {
        let family = rules::find(id).map_or("(unknown rule)", |meta| family_name(meta.family));
        per_family.entry(family).or_default().add(*score);
        writeln!(
            out,
            "  {:<32} {:>3} {:>3} {:>3}   {:>6.2}   {:>6.2}",
            id,
            score.true_positives,
            score.false_positives,
            score.false_negatives,
            score.precision(),
            score.recall()
        )
        .unwrap();
    }
    writeln!(out, "\nPer family                          TP  FP  FN  precision  recall").unwrap();
    for (family, score) in &per_family {
        writeln!(
            out,
            "  {:<32} {:>3} {:>3} {:>3}   {:>6.2}   {:>6.2}",
            family,
            score.true_positives,
            score.false_positives,
            score.false_negatives,
            score.precision(),
            score.recall()
        )
        .unwrap();
    }
    let (precision, recall) = (total.precision(), total.recall());
    writeln!(
        out,
        "\nOverall ({} documents): precision {precision:.3}, recall {recall:.3} (TP {}, FP {}, FN {}); breach deadline read right in {deadlines_right} of {}",
        documents.len(),
        total.true_positives,
        total.false_positives,
        total.false_negatives,
        documents.len(),
    )
    .unwrap();
    println!("{out}");

    if held_out_dir().is_some() {
        return;
    }
    assert!(precision >= PRECISION_FLOOR, "precision {precision:.3} fell below {PRECISION_FLOOR}");
    assert!(recall >= RECALL_FLOOR, "recall {recall:.3} fell below {RECALL_FLOOR}");
}

/// `dpa-lint convert` writes down what prose mode infers: linting the tagged draft finds the
/// same rules as linting the original, and converting the draft again changes nothing.
#[test]
fn converted_documents_lint_the_same_and_convert_once() {
    let mut differences = Vec::new();
    for document in corpus() {
        let options = LintOptions { today: document.today, ..LintOptions::default() };
        let converted = dpa_core::convert::convert(&document.text, &options, Some(&document.name));
        let tagged = lint(&converted.text, &options);
        assert!(!tagged.document.prose, "{}: the draft uses the markup", document.name);
        let rules = |report: &Report| -> std::collections::BTreeSet<String> {
            report.findings.iter().map(|f| f.rule.clone()).filter(|id| id != "PLACEHOLDER").collect()
        };
        let (before, after) = (rules(&document.report), rules(&tagged));
        if before != after {
            let lost: Vec<_> = before.difference(&after).collect();
            let gained: Vec<_> = after.difference(&before).collect();
            differences.push(format!("{}: lost {lost:?}, gained {gained:?}", document.name));
        }
        let again = dpa_core::convert::convert(&converted.text, &options, Some(&document.name));
        assert_eq!(again.text, converted.text, "{}: converting twice changes the draft", document.name);
    }
    assert!(differences.is_empty(), "linting the converted drafts differs:\n{}", differences.join("\n"));
}
