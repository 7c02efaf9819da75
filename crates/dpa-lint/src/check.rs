//! `dpa-lint check`: from command-line paths to linted files, in a stable order.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use dpa_core::values::Date;
use dpa_core::{Lang, Playbook, Report, Severity};
use dpa_syntax::LineIndex;
use dpa_workspace::{
    lint_source, load_config, load_playbook, read_input, read_stdin, resolve_selector, Config, ConfigCache,
    FileSettings, Input, InputError, Overrides, Source,
};
use indicatif::{ProgressBar, ProgressDrawTarget};
use rayon::prelude::*;
use rayon::ThreadPoolBuilder;

use crate::cli::CheckArgs;
use crate::env;
use crate::fatal::Fatal;

/// Below this many files a progress bar flickers more than it helps.
const PROGRESS_THRESHOLD: usize = 50;

/// Everything a renderer needs.
pub struct Run {
    /// Sorted by path.
    pub files: Vec<FileResult>,
    /// The language messages are shown in.
    pub lang: Lang,
}

pub struct FileResult {
    /// As shown in every output format: the path as given or walked, with `/` separators.
    pub path: String,
    pub outcome: Outcome,
}

pub enum Outcome {
    Linted(Box<Linted>),
    /// Found while walking a directory and unreadable; the others are still linted.
    Unreadable(InputError),
}

pub struct Linted {
    pub text: String,
    pub index: LineIndex,
    pub report: Report,
}

/// Counts over a run, for summary lines and exit codes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub suppressed: usize,
    pub unreadable: usize,
}

impl Run {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary { files: self.files.len(), ..Summary::default() };
        for file in &self.files {
            match &file.outcome {
                Outcome::Linted(linted) => {
                    let report = &linted.report;
                    summary.errors += report.count(Severity::Error);
                    summary.warnings += report.count(Severity::Warning);
                    summary.infos += report.count(Severity::Info);
                    summary.suppressed += report.suppressed.len();
                }
                Outcome::Unreadable(_) => summary.unreadable += 1,
            }
        }
        summary
    }
}

/// One input to lint, with what applies to it.
struct Job {
    path: PathBuf,
    explicit: bool,
    settings: FileSettings,
    playbook: Option<Arc<Playbook>>,
    /// Standard input, already read.
    stdin: Option<Source>,
}

/// Configurations and playbooks, each read once per run; every error stops the run.
struct Loader<'a> {
    cwd: &'a Path,
    explicit_config: Option<Arc<Config>>,
    configs: ConfigCache,
    playbooks: HashMap<PathBuf, Arc<Playbook>>,
    overrides: &'a Overrides,
}

impl Loader<'_> {
    fn config_for(&mut self, path: &Path) -> Result<Option<Arc<Config>>, Fatal> {
        match &self.explicit_config {
            Some(config) => Ok(Some(Arc::clone(config))),
            None => self.configs.config_for(path).map_err(|error| Fatal::config(&error, self.cwd)),
        }
    }

    fn job(&mut self, path: PathBuf, explicit: bool, stdin: Option<Source>) -> Result<Job, Fatal> {
        // Standard input without a name is `-`, which resolves in the current directory.
        let config = self.config_for(&path)?;
        let settings = FileSettings::resolve(config.as_deref(), self.overrides, &path);
        let playbook = match &settings.playbook {
            Some(file) => Some(match self.playbooks.get(file) {
                Some(loaded) => Arc::clone(loaded),
                None => {
                    let loaded = Arc::new(load_playbook(file).map_err(|error| Fatal::config(&error, self.cwd))?);
                    self.playbooks.insert(file.clone(), Arc::clone(&loaded));
                    loaded
                }
            }),
            None => None,
        };
        Ok(Job { path, explicit, settings, playbook, stdin })
    }
}

pub fn check(args: &CheckArgs, lang_flag: Option<Lang>) -> Result<Run, Fatal> {
    let cwd = std::env::current_dir().map_err(|error| Fatal::io(Path::new("."), &error))?;
    let mut configs = ConfigCache::default();
    let explicit_config = match &args.config {
        Some(path) => Some(Arc::new(load_config(path).map_err(|error| Fatal::config(&error, &cwd))?)),
        None => None,
    };
    // Settings that concern the whole run (message language, which files a directory yields)
    // come from `--config`, else from the configuration of the current directory.
    let run_config = match &explicit_config {
        Some(config) => Some(Arc::clone(config)),
        None => configs.config_for(&cwd).map_err(|error| Fatal::config(&error, &cwd))?,
    };
    let lang = lang_flag
        .or_else(|| run_config.as_ref().and_then(|config| config.lang()))
        .or_else(|| env::locale_lang(|name| std::env::var(name).ok()))
        .unwrap_or_default();

    let overrides = overrides(args)?;
    let walk_prose = args.prose || run_config.as_ref().and_then(|config| config.prose()) == Some(true);
    let stdin_requested = args.paths.iter().any(|path| path.as_os_str() == "-");
    let mut paths: Vec<PathBuf> = args.paths.iter().filter(|path| path.as_os_str() != "-").cloned().collect();
    if args.paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let walk = dpa_workspace::walk(&paths, walk_prose).map_err(|error| Fatal::input(&error))?;

    let mut loader = Loader { cwd: &cwd, explicit_config, configs, playbooks: HashMap::new(), overrides: &overrides };
    let mut jobs = Vec::with_capacity(walk.inputs.len() + 1);
    for Input { path, explicit } in walk.inputs {
        jobs.push(loader.job(path, explicit, None)?);
    }
    if stdin_requested {
        let name = args.stdin_filename.as_deref();
        let source = read_stdin(name).map_err(|error| Fatal::input(&error))?;
        let path = name.map_or_else(|| PathBuf::from("-"), Path::to_path_buf);
        jobs.push(loader.job(path, true, Some(source))?);
    }

    let progress = progress_bar(jobs.len(), args.no_progress);
    let today = dpa_workspace::today();
    let lint_all = || -> Vec<Result<FileResult, Fatal>> {
        jobs.into_par_iter()
            .map(|job| {
                let result = lint_job(job, today, &cwd);
                progress.inc(1);
                result
            })
            .collect()
    };
    // Without `--threads`, the current pool: rayon's global one (a thread per CPU, or
    // RAYON_NUM_THREADS), or the one a caller installed.
    let results = match args.threads {
        Some(threads) => ThreadPoolBuilder::new()
            .num_threads(threads.get())
            .build()
            .map_err(|error| Fatal::threads(threads.get(), &error))?
            .install(lint_all),
        None => lint_all(),
    };
    progress.finish_and_clear();
    // Collected in input order, so that of several errors the first by path is reported
    // whichever thread met it first.
    let mut files = results.into_iter().collect::<Result<Vec<_>, _>>()?;

    files.extend(
        walk.unreadable
            .into_iter()
            .map(|error| FileResult { path: shown(&error.path), outcome: Outcome::Unreadable(error) }),
    );
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Run { files, lang })
}

fn overrides(args: &CheckArgs) -> Result<Overrides, Fatal> {
    let selectors = |given: &[String]| -> Result<Vec<String>, Fatal> {
        given
            .iter()
            .filter(|id| !id.trim().is_empty())
            .map(|id| resolve_selector(id).map_err(|unknown| Fatal::new(unknown.message())))
            .collect()
    };
    if let Some(playbook) = &args.playbook {
        if !playbook.is_file() {
            return Err(Fatal::playbook_missing(playbook));
        }
    }
    Ok(Overrides {
        select: if args.select.is_empty() { None } else { Some(selectors(&args.select)?) },
        ignore: selectors(&args.ignore)?,
        status: args.status.map(Into::into),
        prose: args.prose,
        playbook: args.playbook.clone(),
    })
}

/// Lints one input. A file named on the command line that cannot be read stops the run (the
/// user asked for it); one found in a directory becomes an unreadable entry.
fn lint_job(job: Job, today: Option<Date>, cwd: &Path) -> Result<FileResult, Fatal> {
    let path = shown(&job.path);
    let source = match job.stdin {
        Some(source) => source,
        None => match read_input(&job.path) {
            Ok(source) => source,
            Err(error) if job.explicit => return Err(Fatal::input(&error)),
            Err(error) => return Ok(FileResult { path, outcome: Outcome::Unreadable(error) }),
        },
    };
    let options = job.settings.lint_options(today, job.playbook.as_deref().cloned());
    let report = lint_source(&job.path, &source.text, options).map_err(|error| Fatal::config(&error, cwd))?;
    let index = LineIndex::new(&source.text);
    Ok(FileResult { path, outcome: Outcome::Linted(Box::new(Linted { text: source.text, index, report })) })
}

/// A path as shown in the output: as given, with `/` separators, without `.` components, and
/// with `dir/..` folded (a playbook named `../positions.toml` from `contracts/a.dpa` shows as
/// `positions.toml`). Only for display: the files are opened by their real path.
pub fn shown(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rooted = false;
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => parts.push(prefix.as_os_str().to_string_lossy().into_owned()),
            Component::RootDir => rooted = true,
            Component::CurDir => {}
            Component::ParentDir if parts.last().is_some_and(|last| last != "..") => {
                parts.pop();
            }
            Component::ParentDir => parts.push("..".to_string()),
            Component::Normal(name) => parts.push(name.to_string_lossy().into_owned()),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

fn progress_bar(files: usize, disabled: bool) -> ProgressBar {
    if shows_progress(files, disabled, env::in_ci(), std::io::stderr().is_terminal()) {
        ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    }
}

/// A bar only where a person watches a long run: a terminal on standard error, more than a few
/// files, and not a CI log (where every redraw would be a line) or `--no-progress`.
fn shows_progress(files: usize, disabled: bool, in_ci: bool, stderr_is_terminal: bool) -> bool {
    !disabled && files > PROGRESS_THRESHOLD && !in_ci && stderr_is_terminal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_bar_is_only_for_long_runs_watched_on_a_terminal() {
        let many = PROGRESS_THRESHOLD + 1;
        assert!(shows_progress(many, false, false, true));
        assert!(!shows_progress(PROGRESS_THRESHOLD, false, false, true), "a short run");
        assert!(!shows_progress(many, true, false, true), "--no-progress");
        assert!(!shows_progress(many, false, true, true), "CI, even with a terminal");
        assert!(!shows_progress(many, false, false, false), "a pipe or a file");
    }

    #[test]
    fn shown_paths_use_slashes_and_fold_dot_components() {
        assert_eq!(shown(Path::new("./contracts/acme.dpa")), "contracts/acme.dpa");
        assert_eq!(shown(Path::new("././a.dpa")), "a.dpa");
        assert_eq!(shown(Path::new("contracts/../positions/p.toml")), "positions/p.toml");
        assert_eq!(shown(Path::new("../../shared/p.toml")), "../../shared/p.toml");
        assert_eq!(shown(Path::new("/abs/a.dpa")), "/abs/a.dpa");
        assert_eq!(shown(Path::new(".")), ".");
        assert_eq!(shown(Path::new("-")), "-");
    }
}
