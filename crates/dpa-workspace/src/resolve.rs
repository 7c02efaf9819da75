//! What applies to one file: the command line (or editor settings) over its configuration file
//! over its front matter; and linting it with the files its front matter links.

use std::path::{Path, PathBuf};

use dpa_core::model::Status;
use dpa_core::values::Date;
use dpa_core::{LintOptions, Playbook, Report, RuleFilter};
use dpa_syntax::Parse;

use crate::config::{Config, ConfigError};
use crate::input::{read_input, InputKind};
use crate::playbook::parse_playbook;

/// Settings given outside any configuration file: command-line flags or editor settings. They
/// win over the configuration file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// When set, replaces both `select` and `ignore` of the configuration file, so that the
    /// rules asked for on the command line run even if the file ignores them.
    pub select: Option<Vec<String>>,
    /// Added to the ignored rules (or, with `select`, the only ignored rules).
    pub ignore: Vec<String>,
    pub status: Option<Status>,
    /// `--prose`: treat every input as a DPA without markup.
    pub prose: bool,
    pub playbook: Option<PathBuf>,
}

/// The settings for one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSettings {
    pub filter: RuleFilter,
    pub status: Option<Status>,
    pub prose: Option<bool>,
    /// The playbook from the overrides or the configuration; without one, the front matter's
    /// `playbook:` is used.
    pub playbook: Option<PathBuf>,
    /// Firm clause kinds accepted in tags besides the namespaced `firm-…` ones.
    pub custom_kinds: Vec<String>,
}

impl FileSettings {
    /// `file` names the input: its kind (Markdown, text and Word imply prose) and
    /// `per-file-ignores` depend on it.
    pub fn resolve(config: Option<&Config>, overrides: &Overrides, file: &Path) -> Self {
        let mut filter = RuleFilter::default();
        match &overrides.select {
            Some(select) => {
                filter.select = select.clone();
                filter.ignore = overrides.ignore.clone();
            }
            None => {
                if let Some(config) = config {
                    filter.select = config.select().to_vec();
                    filter.ignore = config.ignore().to_vec();
                }
                filter.ignore.extend(overrides.ignore.iter().cloned());
            }
        }
        if let Some(config) = config {
            filter.ignore.extend(config.ignored_in(file));
            filter.severity = config.severity().clone();
        }
        let implies_prose = InputKind::of(file).is_some_and(InputKind::implies_prose);
        let prose = if overrides.prose || implies_prose { Some(true) } else { config.and_then(Config::prose) };
        FileSettings {
            filter,
            status: overrides.status.or_else(|| config.and_then(Config::status)),
            prose,
            playbook: overrides.playbook.clone().or_else(|| config.and_then(Config::playbook).map(Path::to_path_buf)),
            custom_kinds: config.map(|config| config.custom_kinds().to_vec()).unwrap_or_default(),
        }
    }

    /// Options for [`dpa_core::lint`]. `today` is what date rules compare against when the
    /// document has no date; `playbook` is the one loaded from [`FileSettings::playbook`].
    pub fn lint_options(&self, today: Option<Date>, playbook: Option<Playbook>) -> LintOptions {
        LintOptions {
            status: self.status,
            prose: self.prose,
            today,
            filter: self.filter.clone(),
            custom_kinds: self.custom_kinds.clone(),
            playbook,
            ..LintOptions::default()
        }
    }
}

/// Lint one input with the files its front matter links, each relative to `path`: the
/// translation (`translation: fr = x.fr.dpa`, for TRANSLATION-MISMATCH) and, when `options`
/// has no playbook, the playbook (`playbook: positions.toml`).
///
/// A linked file that cannot be read becomes a finding on its front-matter line (a warning for
/// the translation, an error for the playbook) and the document is linted without it: a
/// contract copied without its companions still gets its report, and nobody mistakes it for a
/// complete check. A playbook that exists but does not parse is an error to fix in that file.
pub fn lint_source(path: &Path, text: &str, options: LintOptions) -> Result<Report, ConfigError> {
    lint_parsed_source(path, text, &dpa_syntax::parse(text), options)
}

/// [`lint_source`] of a text already parsed (`parse` is `dpa_syntax::parse(text)`), for the
/// language server, which highlights from the same tree.
pub fn lint_parsed_source(
    path: &Path,
    text: &str,
    parse: &Parse,
    mut options: LintOptions,
) -> Result<Report, ConfigError> {
    // The model names the linked files; it is built once and then linted.
    let document = dpa_core::build_model(text, parse, &options);
    let front_matter = &document.front_matter;
    let dir = path.parent().unwrap_or(Path::new(""));
    if let Some((_, file)) = &front_matter.translation {
        match read_input(&dir.join(file.trim())) {
            Ok(source) => options.translation = Some(source.text),
            Err(error) => options.translation_unreadable = Some(error.reason()),
        }
    }
    if let (None, Some(file)) = (&options.playbook, &front_matter.playbook) {
        let file = dir.join(file.trim());
        match read_input(&file) {
            Ok(source) => options.playbook = Some(parse_playbook(&file, &source.text)?),
            Err(error) => options.playbook_unreadable = Some(error.reason()),
        }
    }
    Ok(dpa_core::lint_model(text, parse, document, &options))
}

#[cfg(test)]
mod tests {
    use super::*;

    use dpa_core::Severity;

    const CONTRACT: &str = "# Audits {audtis}\nThe Customer may audit the Provider once a year.\n";

    fn contract(front_matter: &str) -> String {
        format!("---\n{front_matter}\n---\n{CONTRACT}")
    }

    fn options(rules: &[&str]) -> LintOptions {
        let filter =
            RuleFilter { select: rules.iter().map(|rule| rule.to_string()).collect(), ..RuleFilter::default() };
        LintOptions { filter, ..LintOptions::default() }
    }

    /// The findings as (rule, severity, 1-based line).
    fn findings(text: &str, report: &Report) -> Vec<(String, Severity, usize)> {
        let index = dpa_syntax::LineIndex::new(text);
        report
            .findings
            .iter()
            .map(|finding| (finding.rule.clone(), finding.severity, index.line_col(text, finding.span.start).line))
            .collect()
    }

    #[test]
    fn an_unreadable_translation_is_a_warning_on_its_front_matter_line() {
        let dir = tempfile::tempdir().unwrap();
        let text = contract("title: Agreement\ntranslation: fr = missing.fr.dpa");
        let path = dir.path().join("contract.dpa");
        let report = lint_source(&path, &text, options(&["TRANSLATION-MISMATCH", "KIND-UNKNOWN"])).unwrap();
        assert_eq!(
            findings(&text, &report),
            [
                ("TRANSLATION-MISMATCH".to_string(), Severity::Warning, 3),
                ("KIND-UNKNOWN".to_string(), Severity::Warning, 5)
            ]
        );
        let message = &report.findings[0].message;
        assert!(
            message.en.contains("`missing.fr.dpa`") && message.en.contains("no such file or directory"),
            "{}",
            message.en
        );
        assert!(message.fr.contains("fichier ou dossier introuvable"), "{}", message.fr);

        std::fs::write(dir.path().join("missing.fr.dpa"), "---\nlangue : fr\n---\n# Audits {audit}\n").unwrap();
        let report = lint_source(&path, &text, options(&["TRANSLATION-MISMATCH"])).unwrap();
        let messages: Vec<&str> = report.findings.iter().map(|finding| finding.message.en.as_str()).collect();
        assert_eq!(messages, ["The fr translation (missing.fr.dpa) has a `audit` clause that this version lacks."]);
    }

    #[test]
    fn a_missing_front_matter_playbook_is_an_error_and_the_contract_is_still_linted() {
        let dir = tempfile::tempdir().unwrap();
        let text = contract("playbook: ../playbooks/firm.toml");
        let path = dir.path().join("copy.dpa");
        let report = lint_source(&path, &text, options(&["PLAYBOOK-POSITION", "KIND-UNKNOWN"])).unwrap();
        assert_eq!(
            findings(&text, &report),
            [("PLAYBOOK-POSITION".to_string(), Severity::Error, 2), ("KIND-UNKNOWN".to_string(), Severity::Warning, 4)]
        );
        assert!(
            report.findings[0].message.en.contains("`../playbooks/firm.toml`"),
            "{}",
            report.findings[0].message.en
        );

        // A playbook given by the configuration or the command line replaces the linked one.
        let given = LintOptions { playbook: Some(Playbook::default()), ..options(&["PLAYBOOK-POSITION"]) };
        assert!(lint_source(&path, &text, given).unwrap().findings.is_empty());
        // The user's own filter decides, as for any rule.
        assert_eq!(lint_source(&path, &text, options(&["KIND-UNKNOWN"])).unwrap().findings.len(), 1);
    }

    #[test]
    fn a_front_matter_playbook_that_does_not_parse_stops_with_its_position() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("positions.toml"), "acting-for = \"controller\"\nwalkaway = 3\n").unwrap();
        let text = contract("playbook: positions.toml");
        let error = lint_source(&dir.path().join("a.dpa"), &text, LintOptions::default()).unwrap_err();
        assert_eq!(error.path, dir.path().join("positions.toml"));
        assert_eq!(error.location.map(|location| location.line), Some(2));
    }
}
