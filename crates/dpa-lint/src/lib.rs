//! The `dpa-lint` command line as a library: [`run`] does what the binary does, short of
//! printing, and [`check::check`] is the lint pipeline of `check` (walk, configuration, parallel
//! linting). The binary and the benchmarks use it; it is not a stable API.
//!
//! A thin adapter: the core lints, `dpa-workspace` reads files and configuration, this crate
//! parses flags, renders and picks the exit code.
//!
//! Exit codes: 0 no error-level finding; 1 error-level findings (or warnings with
//! `--error-on-warnings`); 2 the tool could not do what was asked (one line on standard error,
//! nothing on standard output), or a file found in a directory could not be read (after the
//! report on the others).

use std::io::IsTerminal;
use std::path::PathBuf;

use dpa_core::Lang;

pub mod check;
pub mod cli;
mod convert;
mod env;
mod explain;
mod fatal;
mod output;

use check::Run;
use cli::{CheckArgs, Cli, Command, ConfigArgs, ExplainArgs, Format};
pub use fatal::Fatal;

/// The message language before any configuration is read: the `--lang` flag, else the locale,
/// else English.
pub fn message_lang(flag: Option<Lang>) -> Lang {
    flag.or_else(|| env::locale_lang(|name| std::env::var(name).ok())).unwrap_or_default()
}

/// What a successful run prints and returns.
pub struct Output {
    pub text: String,
    /// Lines for standard error, printed after the output.
    pub diagnostics: Vec<String>,
    pub code: u8,
}

impl Output {
    fn text(text: String) -> Self {
        Output { text, diagnostics: Vec::new(), code: 0 }
    }
}

/// Runs the command `cli` names, with messages in `lang`.
pub fn run(cli: &Cli, lang: Lang) -> Result<Output, Fatal> {
    match &cli.command {
        Command::Check(args) => check_command(args, cli.lang),
        Command::Rules(args) => Ok(Output::text(explain::rules(args.format, lang)?)),
        Command::Explain(args) => explain_command(args, lang),
        Command::Config(args) => config_command(args, lang),
        Command::Convert(args) => convert::convert(args, lang),
        Command::Lsp => Ok(Output { code: dpa_lsp::run_stdio(), ..Output::text(String::new()) }),
    }
}

fn check_command(args: &CheckArgs, lang_flag: Option<Lang>) -> Result<Output, Fatal> {
    let run = check::check(args, lang_flag)?;
    let color = args.format == Format::Human && std::io::stdout().is_terminal() && !env::no_color();
    let text = output::render(args.format, &run, color)?;
    let summary = run.summary();
    // The human report already shows unreadable files; machine formats go to files or
    // services, so say it where a person watching the job will see it.
    let diagnostics = if args.format == Format::Human { Vec::new() } else { unreadable_lines(&run) };
    let code = if summary.unreadable > 0 {
        2
    } else if args.exit_zero {
        0
    } else if summary.errors > 0 || (args.error_on_warnings && summary.warnings > 0) {
        1
    } else {
        0
    };
    Ok(Output { text, diagnostics, code })
}

fn unreadable_lines(run: &Run) -> Vec<String> {
    run.files
        .iter()
        .filter_map(|file| match &file.outcome {
            check::Outcome::Unreadable(error) => {
                let separator = if run.lang == Lang::Fr { " : " } else { ": " };
                Some(format!("{}{separator}{}", file.path, error.reason().get(run.lang)))
            }
            check::Outcome::Linted(_) => None,
        })
        .collect()
}

fn explain_command(args: &ExplainArgs, lang: Lang) -> Result<Output, Fatal> {
    let meta = dpa_workspace::find_rule(&args.rule).map_err(|unknown| Fatal::new(unknown.message()))?;
    Ok(Output::text(explain::explain(meta, args.format, lang)?))
}

fn config_command(args: &ConfigArgs, lang: Lang) -> Result<Output, Fatal> {
    if args.schema {
        return Ok(Output::text(dpa_workspace::config_schema()));
    }
    let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    if !path.exists() {
        let error = dpa_workspace::InputError::new(&path, dpa_workspace::InputErrorKind::NotFound);
        return Err(Fatal::input(&error));
    }
    let cwd = std::env::current_dir().map_err(|error| Fatal::io(&path, &error))?;
    let shown = check::shown(&path);
    let text = match dpa_workspace::discover_config(&path).map_err(|error| Fatal::config(&error, &cwd))? {
        Some(config) => {
            let file = config.path().strip_prefix(&cwd).unwrap_or(config.path());
            match lang {
                Lang::En => format!("{} applies to {shown} and is valid.\n", check::shown(file)),
                Lang::Fr => format!("{} s'applique à {shown} et est valide.\n", check::shown(file)),
            }
        }
        None => match lang {
            Lang::En => format!("No {} applies to {shown}; the defaults are used.\n", dpa_workspace::CONFIG_FILE_NAME),
            Lang::Fr => format!(
                "Aucun {} ne s'applique à {shown} ; les réglages par défaut sont utilisés.\n",
                dpa_workspace::CONFIG_FILE_NAME
            ),
        },
    };
    Ok(Output::text(text))
}
