//! One analysed state of a document: the text, its parse and the core's report. Computed on a
//! blocking thread, because it reads the configuration and a linked translation from disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use dpa_core::values::Date;
use dpa_core::{Playbook, Report};
use dpa_syntax::{ColumnUnit, LineIndex, Parse};
use dpa_workspace::{discover_config, lint_parsed_source, load_playbook, ConfigError, FileSettings, Overrides};

use crate::documents::Snapshot;
use crate::position::Positions;
use crate::settings::Settings;

/// What linting depends on besides the text: editor settings and the workspace root.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub settings: Settings,
    /// The first workspace folder: a relative `dpaLint.playbook` is resolved against it.
    pub root: Option<PathBuf>,
}

pub struct Analysis {
    pub text: Arc<String>,
    pub index: Arc<LineIndex>,
    pub version: i32,
    pub parse: Arc<Parse>,
    pub report: Report,
    /// The playbook the document was linted against, for hovers.
    pub playbook: Option<Playbook>,
    /// Files that could not be used (`dpa-lint.toml`, a playbook); linting went on without them.
    pub config_errors: Vec<ConfigError>,
}

impl Analysis {
    pub fn compute(snapshot: &Snapshot, environment: &Environment) -> Analysis {
        let text = Arc::clone(&snapshot.text);
        let parse = snapshot.parse();
        let path = snapshot.uri.to_file_path().map(|path| path.into_owned());
        let (report, playbook, config_errors) = environment.lint(path.as_deref(), &text, &parse);
        Analysis {
            parse,
            report,
            playbook,
            index: Arc::clone(&snapshot.index),
            version: snapshot.version,
            text,
            config_errors,
        }
    }

    pub fn positions(&self, unit: ColumnUnit) -> Positions<'_> {
        Positions::new(&self.text, &self.index, unit)
    }
}

impl Environment {
    /// Lints as the command line does (`dpa_workspace`): editor settings over the closest
    /// `dpa-lint.toml` over the front matter, with the files the front matter links. Documents
    /// that are not files (unsaved buffers) get the editor settings alone.
    fn lint(&self, path: Option<&Path>, text: &str, parse: &Parse) -> (Report, Option<Playbook>, Vec<ConfigError>) {
        let mut problems = Vec::new();
        let config = match path.map(discover_config) {
            Some(Ok(config)) => config,
            Some(Err(error)) => {
                problems.push(error);
                None
            }
            None => None,
        };
        let overrides = Overrides {
            status: self.settings.status,
            playbook: self.settings.playbook.as_deref().map(|playbook| self.resolve(Path::new(playbook), path)),
            ..Overrides::default()
        };
        let file = FileSettings::resolve(config.as_ref(), &overrides, path.unwrap_or(Path::new("")));
        let playbook = file
            .playbook
            .as_deref()
            .and_then(|playbook| load_playbook(playbook).map_err(|error| problems.push(error)).ok());
        let options = file.lint_options(today(), playbook.clone());
        let Some(path) = path else {
            return (dpa_core::lint_parsed(text, parse, &options), playbook, problems);
        };
        let report = lint_parsed_source(path, text, parse, options.clone()).unwrap_or_else(|error| {
            problems.push(error);
            dpa_core::lint_parsed(text, parse, &options)
        });
        // The front matter's own playbook, which `lint_source` loaded when no setting named one.
        let playbook = playbook.or_else(|| {
            let linked = report.document.front_matter.playbook.as_deref()?;
            load_playbook(&path.parent().unwrap_or(Path::new("")).join(linked.trim())).ok()
        });
        (report, playbook, problems)
    }

    /// A relative path from the settings, against the workspace root, else the document's folder.
    fn resolve(&self, relative: &Path, document: Option<&Path>) -> PathBuf {
        let base = self.root.as_deref().or_else(|| document.and_then(Path::parent));
        match base {
            Some(base) if relative.is_relative() => base.join(relative),
            _ => relative.to_path_buf(),
        }
    }
}

/// Today's date (UTC), which date rules use when a document has no `date:`.
fn today() -> Option<Date> {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs() / 86_400;
    Some(Date { year: 1970, month: 1, day: 1 }.add_days(i64::try_from(days).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_playbooks_resolve_against_the_root_then_the_document() {
        let with_root = Environment { root: Some(PathBuf::from("/work")), ..Environment::default() };
        assert_eq!(
            with_root.resolve(Path::new("p.toml"), Some(Path::new("/docs/a.dpa"))),
            PathBuf::from("/work/p.toml")
        );
        let without = Environment::default();
        assert_eq!(without.resolve(Path::new("p.toml"), Some(Path::new("/docs/a.dpa"))), PathBuf::from("/docs/p.toml"));
        assert_eq!(without.resolve(Path::new("/abs.toml"), None), PathBuf::from("/abs.toml"));
    }
}
