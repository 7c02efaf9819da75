//! What applies to one file: the command line (or editor settings) over its configuration file
//! over its front matter.

use std::path::{Path, PathBuf};

use dpa_core::model::Status;
use dpa_core::values::Date;
use dpa_core::{LintOptions, Report, RuleFilter};

use crate::config::Config;
use crate::input::read_input;

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
    pub playbook: Option<PathBuf>,
    /// Firm clause kinds accepted in tags besides the namespaced `firm-…` ones.
    pub custom_kinds: Vec<String>,
}

impl FileSettings {
    /// `file` names the input (for `per-file-ignores`); `implies_prose` comes from its kind.
    pub fn resolve(
        config: Option<&Config>,
        overrides: &Overrides,
        file: &Path,
        implies_prose: bool,
    ) -> Self {
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
        let prose = if overrides.prose || implies_prose {
            Some(true)
        } else {
            config.and_then(Config::prose)
        };
        FileSettings {
            filter,
            status: overrides.status.or_else(|| config.and_then(Config::status)),
            prose,
            playbook: overrides
                .playbook
                .clone()
                .or_else(|| config.and_then(Config::playbook).map(Path::to_path_buf)),
            custom_kinds: config
                .map(|config| config.custom_kinds().to_vec())
                .unwrap_or_default(),
        }
    }

    /// Options for [`dpa_core::lint`]; `today` is what date rules compare against when the
    /// document has no date.
    pub fn lint_options(&self, today: Option<Date>) -> LintOptions {
        LintOptions {
            status: self.status,
            prose: self.prose,
            today,
            filter: self.filter.clone(),
            translation: None,
            custom_kinds: self.custom_kinds.clone(),
        }
    }
}

/// Lint one input. When its front matter links a translation (`translation: fr = x.fr.dpa`),
/// the linked file is read, relative to `path`, so TRANSLATION-MISMATCH can compare the two;
/// when it cannot be read the document is linted alone.
pub fn lint_source(path: &Path, text: &str, mut options: LintOptions) -> Report {
    let report = dpa_core::lint(text, &options);
    let Some((_, linked)) = &report.document.front_matter.translation else {
        return report;
    };
    let linked = path.parent().unwrap_or(Path::new("")).join(linked.trim());
    match read_input(&linked) {
        Ok(source) => {
            options.translation = Some(source.text);
            dpa_core::lint(text, &options)
        }
        Err(_) => report,
    }
}
