//! dpa-workspace: everything dpa-lint reads from disk, shared by the command line and the
//! language server so both see the same configuration and the same files.
//!
//! - [`discover_config`] / [`load_config`] / [`ConfigCache`]: `dpa-lint.toml`, the closest one
//!   above each file, validated with file, line and key in every error.
//! - [`FileSettings::resolve`]: command line over configuration over front matter, per file;
//!   [`lint_source`] lints with the translation and playbook the front matter links.
//! - [`walk`]: the files under the paths given, in a stable order, honouring `.gitignore`.
//! - [`read_input`] / [`read_stdin`]: text with clear errors for missing, binary, UTF-16 and
//!   invalid UTF-8 input.
//! - [`today`]: the date that date rules use when a document has none.
//!
//! The core (`dpa-core`) never does IO; this crate is where it happens.

mod clock;
mod config;
mod input;
mod playbook;
mod resolve;
mod rules;
mod walk;

pub use clock::today;
pub use config::{
    config_schema, discover_config, find_config_file, load_config, Config, ConfigCache, ConfigError, Location,
    CONFIG_FILE_NAME,
};
pub use input::{read_input, read_stdin, InputError, InputErrorKind, InputKind, Source};
pub use playbook::load_playbook;
pub use resolve::{lint_parsed_source, lint_source, FileSettings, Overrides};
pub use rules::{find_rule, resolve_rule_id, resolve_selector, UnknownRule};
pub use walk::{walk, Input, Walk};
