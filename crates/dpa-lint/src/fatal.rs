//! Errors that stop a run before any output: exit code 2, one line on standard error.

use std::path::{Path, PathBuf};

use dpa_core::{Lang, Message};
use dpa_workspace::{ConfigError, InputError};

use crate::check::shown;

#[derive(Debug)]
pub struct Fatal(Message);

impl Fatal {
    pub fn new(message: Message) -> Self {
        Fatal(message)
    }

    pub fn input(error: &InputError) -> Self {
        let path = shown(&error.path);
        let reason = error.reason();
        Fatal(Message::new(format!("{path}: {}", reason.en), format!("{path} : {}", reason.fr)))
    }

    pub fn io(path: &Path, error: &std::io::Error) -> Self {
        Fatal::input(&InputError::from_io(path, error))
    }

    /// Configuration errors name the file relative to the current directory when they can.
    pub fn config(error: &ConfigError, cwd: &Path) -> Self {
        let mut error = error.clone();
        let relative = error.path.strip_prefix(cwd).unwrap_or(&error.path);
        error.path = PathBuf::from(shown(relative));
        Fatal(Message::new(error.message(Lang::En), error.message(Lang::Fr)))
    }

    pub fn playbook_missing(path: &Path) -> Self {
        let path = shown(path);
        Fatal(Message::new(format!("playbook file not found: {path}"), format!("référentiel introuvable : {path}")))
    }

    pub fn threads(count: usize, error: &rayon::ThreadPoolBuildError) -> Self {
        Fatal(Message::new(
            format!("could not start {count} threads: {error}"),
            format!("impossible de démarrer {count} fils d'exécution : {error}"),
        ))
    }

    pub fn message(&self, lang: Lang) -> &str {
        self.0.get(lang)
    }
}
