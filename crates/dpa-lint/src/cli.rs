//! Command-line arguments.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use dpa_core::model::Status;
use dpa_core::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "dpa-lint",
    version,
    about = "Lint GDPR data-processing agreements (Art. 28) written in the .dpa language or in plain prose.",
    propagate_version = true
)]
pub struct Cli {
    /// Language of the messages: en or fr [default: from LC_ALL, LC_MESSAGES, LANG or LANGUAGE, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint files and directories (`-` reads standard input).
    Check(CheckArgs),
    /// List every rule with its default severity, family and summary.
    Rules(RulesArgs),
    /// Explain a rule: what it checks, why (with the article), a failing and a passing example.
    Explain(ExplainArgs),
    /// Show which dpa-lint.toml applies to a path and check it, or print its JSON schema.
    Config(ConfigArgs),
    /// Run the language server on standard input and output (editors start it).
    Lsp,
    /// Write a tagged .dpa draft from an untagged .md, .txt or .docx contract.
    Convert(ConvertArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Draft,
    Final,
}

impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Status {
        match status {
            StatusArg::Draft => Status::Draft,
            StatusArg::Final => Status::Final,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and directories to lint; `-` reads standard input [default: .]
    #[arg(value_name = "PATHS")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Treat files without tags as DPAs and infer clause kinds; also lint .md, .txt and .docx
    /// files found in directories.
    #[arg(long)]
    pub prose: bool,

    /// Use this configuration file for every input instead of the closest dpa-lint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Playbook with the firm's negotiation positions (overrides the configuration's).
    #[arg(long, value_name = "FILE")]
    pub playbook: Option<PathBuf>,

    /// Document status, overriding the configuration and the front matter.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,

    /// Only run these rules (ids, prefixes ending in `-`, or ALL); comma-separated, repeatable.
    /// Replaces the configuration's select and ignore lists.
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub select: Vec<String>,

    /// Never run these rules; comma-separated, repeatable. Added to the configuration's list.
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub ignore: Vec<String>,

    /// Exit with 0 even when error-level findings are reported.
    #[arg(long)]
    pub exit_zero: bool,

    /// Exit with 1 when warnings are reported, not only errors.
    #[arg(long)]
    pub error_on_warnings: bool,

    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,

    /// Lint with this many threads [default: one per CPU, or RAYON_NUM_THREADS].
    #[arg(long, value_name = "N")]
    pub threads: Option<NonZeroUsize>,

    /// Name of the standard input, for configuration discovery and in the output.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The untagged contract (.md, .txt or .docx); `-` reads standard input.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,

    /// Where to write the .dpa draft [default: standard output].
    #[arg(short, long, value_name = "OUTPUT")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, such as BREACH-DEADLINE (any case).
    #[arg(value_name = "RULE-ID")]
    pub rule: String,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the JSON schema of dpa-lint.toml.
    #[arg(long, conflicts_with = "path")]
    pub schema: bool,

    /// The file or directory whose configuration to show [default: .]
    pub path: Option<PathBuf>,
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_tag(text).ok_or_else(|| format!("`{text}` is not a supported language; use `en` or `fr`"))
}
