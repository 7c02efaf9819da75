//! What applies to one file: the command line (or editor settings) over its configuration file
//! over its front matter; and linting it with the files its front matter links.

use std::path::{Path, PathBuf};

use dpa_core::model::Status;
use dpa_core::values::Date;
use dpa_core::{LintOptions, Playbook, Report, RuleFilter};

use crate::config::{Config, ConfigError};
use crate::input::{read_input, InputKind};
use crate::playbook::load_playbook;

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
            translation: None,
            custom_kinds: self.custom_kinds.clone(),
            playbook,
        }
    }
}

/// Lint one input with the files its front matter links, each relative to `path`: the
/// translation (`translation: fr = x.fr.dpa`, for TRANSLATION-MISMATCH) and, when `options`
/// has no playbook, the playbook (`playbook: positions.toml`).
///
/// A translation that cannot be read leaves the document linted alone; a playbook that cannot
/// be read or parsed is an error, because the positions it holds would silently not apply.
pub fn lint_source(path: &Path, text: &str, mut options: LintOptions) -> Result<Report, ConfigError> {
    let report = dpa_core::lint(text, &options);
    let front_matter = &report.document.front_matter;
    let dir = path.parent().unwrap_or(Path::new(""));
    let translation =
        front_matter.translation.as_ref().and_then(|(_, linked)| read_input(&dir.join(linked.trim())).ok());
    let playbook = match &front_matter.playbook {
        Some(linked) if options.playbook.is_none() => Some(load_playbook(&dir.join(linked.trim()))?),
        _ => None,
    };
    if translation.is_none() && playbook.is_none() {
        return Ok(report);
    }
    options.translation = translation.map(|source| source.text);
    options.playbook = options.playbook.or(playbook);
    Ok(dpa_core::lint(text, &options))
}
