//! `dpa-lint.toml`: finding it, reading it, and rejecting anything it cannot mean.
//!
//! The closest file above a linted file applies to it, alone (no merging between files, as in
//! Ruff): moving a folder with its configuration keeps its behaviour. Every mistake is reported
//! with the file, line, column and key, because a configuration that is silently half-applied
//! makes a compliance check say less than it seems to.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use dpa_core::model::{ClauseKind, Status};
use dpa_core::{Lang, Message, Severity};
use dpa_syntax::LineIndex;
use globset::{GlobBuilder, GlobMatcher};
use schemars::JsonSchema;
use serde::Deserialize;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::input::read_input;
use crate::rules::{resolve_rule_id, resolve_selector};

/// The name of the configuration file.
pub const CONFIG_FILE_NAME: &str = "dpa-lint.toml";

/// The file format. Values stay `Spanned` until validation so every error can point at them.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(
    title = "dpa-lint configuration (dpa-lint.toml)",
    description = "Settings for dpa-lint, the GDPR data-processing-agreement linter. The closest dpa-lint.toml above a linted file applies to it; command-line flags override it.",
    transform = drop_null_defaults
)]
struct Settings {
    /// Rules to run: rule ids, prefixes ending in `-` (such as `BREACH-`) or `ALL`. Empty or
    /// absent: every rule.
    #[schemars(with = "Vec<String>")]
    select: Vec<Spanned<String>>,
    /// Rules never to run: rule ids, prefixes ending in `-`, or `ALL`.
    #[schemars(with = "Vec<String>")]
    ignore: Vec<Spanned<String>>,
    /// Severity per rule id, for example `"BREACH-DEADLINE" = "warning"`.
    #[schemars(
        with = "BTreeMap<String, String>",
        extend("additionalProperties" = { "type": "string", "enum": ["error", "warning", "info"] })
    )]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    /// Rules to ignore in some files: a glob, relative to this file's directory, mapped to rule
    /// ids or prefixes. A glob without `/` also matches the file name at any depth.
    #[schemars(with = "BTreeMap<String, Vec<String>>")]
    per_file_ignores: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    /// The playbook (TOML) with the firm's negotiation positions, relative to this file's
    /// directory.
    #[schemars(with = "String")]
    playbook: Option<Spanned<String>>,
    /// Firm clause kinds accepted in tags besides the namespaced `firm-…` and `x-…` ones
    /// (lower-case words joined by `-`, such as `insurance-cover`).
    #[schemars(with = "Vec<String>")]
    custom_kinds: Vec<Spanned<String>>,
    /// Language of the messages: `en` or `fr`.
    #[schemars(with = "String", extend("enum" = ["en", "fr"]))]
    lang: Option<Spanned<String>>,
    /// Document status, overriding the front matter's `status:`: `draft` or `final`.
    #[schemars(with = "String", extend("enum" = ["draft", "final"]))]
    status: Option<Spanned<String>>,
    /// Treat files without tags as DPAs in prose and infer clause kinds; also lint `.md`,
    /// `.txt` and `.docx` files found in directories.
    #[schemars(with = "bool")]
    prose: Option<bool>,
}

/// An absent optional key has no default value to suggest; `null` is not valid TOML anyway.
fn drop_null_defaults(schema: &mut schemars::Schema) {
    if let Some(properties) = schema.get_mut("properties").and_then(|value| value.as_object_mut()) {
        for property in properties.values_mut().filter_map(|value| value.as_object_mut()) {
            if property.get("default").is_some_and(serde_json::Value::is_null) {
                property.remove("default");
            }
        }
    }
}

/// The JSON schema of `dpa-lint.toml`, as written to `schemas/dpa-lint.schema.json`.
pub fn config_schema() -> String {
    let schema = schemars::schema_for!(Settings);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

fn known_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let schema = schemars::schema_for!(Settings);
        let properties = schema.get("properties").and_then(|value| value.as_object());
        properties.map(|map| map.keys().cloned().collect()).unwrap_or_default()
    })
}

/// A validated configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    path: PathBuf,
    select: Vec<String>,
    ignore: Vec<String>,
    severity: BTreeMap<String, Severity>,
    per_file_ignores: Vec<PerFileIgnore>,
    playbook: Option<PathBuf>,
    custom_kinds: Vec<String>,
    lang: Option<Lang>,
    status: Option<Status>,
    prose: Option<bool>,
}

#[derive(Debug, Clone)]
struct PerFileIgnore {
    matcher: GlobMatcher,
    /// The glob has no `/`, so it also matches the bare file name.
    matches_name: bool,
    rules: Vec<String>,
}

impl Config {
    /// The configuration file (absolute).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The directory relative paths in the file are resolved against.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }

    /// Canonical rule selectors to run (empty: all).
    pub fn select(&self) -> &[String] {
        &self.select
    }

    /// Canonical rule selectors never to run.
    pub fn ignore(&self) -> &[String] {
        &self.ignore
    }

    pub fn severity(&self) -> &BTreeMap<String, Severity> {
        &self.severity
    }

    /// The playbook file (absolute, known to exist when the configuration was loaded).
    pub fn playbook(&self) -> Option<&Path> {
        self.playbook.as_deref()
    }

    /// Extra clause kinds accepted in tags.
    pub fn custom_kinds(&self) -> &[String] {
        &self.custom_kinds
    }

    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    pub fn status(&self) -> Option<Status> {
        self.status
    }

    pub fn prose(&self) -> Option<bool> {
        self.prose
    }

    /// Rules that `per-file-ignores` turns off for `file`.
    pub fn ignored_in(&self, file: &Path) -> Vec<String> {
        let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let relative = absolute.strip_prefix(self.dir()).unwrap_or(&absolute);
        let name = file.file_name().map(Path::new);
        self.per_file_ignores
            .iter()
            .filter(|entry| {
                entry.matcher.is_match(relative)
                    || (entry.matches_name && name.is_some_and(|name| entry.matcher.is_match(name)))
            })
            .flat_map(|entry| entry.rules.iter().cloned())
            .collect()
    }
}

/// 1-based position in a configuration file (column in Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Why a configuration file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub location: Option<Location>,
    /// Dotted key path (`severity.BREACH-DEADLINE`).
    pub key: Option<String>,
    pub detail: Message,
}

impl ConfigError {
    /// One line: file, line, column, key and what is wrong.
    pub fn message(&self, lang: Lang) -> String {
        let mut text = self.path.display().to_string();
        if let Some(Location { line, column }) = self.location {
            text.push_str(&format!(":{line}:{column}"));
        }
        let separator = if lang == Lang::Fr { " : " } else { ": " };
        if let Some(key) = &self.key {
            text.push_str(separator);
            text.push_str(&match lang {
                Lang::En => format!("key `{key}`"),
                Lang::Fr => format!("clé « {key} »"),
            });
        }
        text.push_str(separator);
        text.push_str(self.detail.get(lang));
        text
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

/// The closest `dpa-lint.toml` in the directory of `path` (or `path` itself when it is a
/// directory) and its ancestors, up to the filesystem root.
pub fn find_config_file(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let start = if absolute.is_dir() { absolute.as_path() } else { absolute.parent()? };
    start.ancestors().map(|dir| dir.join(CONFIG_FILE_NAME)).find(|candidate| candidate.is_file())
}

/// The configuration that applies to `path`, if any.
pub fn discover_config(path: &Path) -> Result<Option<Config>, ConfigError> {
    find_config_file(path).map(|file| load_config(&file)).transpose()
}

/// Read and validate one configuration file.
pub fn load_config(path: &Path) -> Result<Config, ConfigError> {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let source = read_input(&path).map_err(|error| ConfigError {
        path: path.clone(),
        location: None,
        key: None,
        detail: error.reason(),
    })?;
    parse_config(&path, &source.text)
}

/// Configurations by file, each loaded once, for runs that lint many files.
#[derive(Debug, Default)]
pub struct ConfigCache {
    loaded: HashMap<PathBuf, Arc<Config>>,
}

impl ConfigCache {
    /// The configuration that applies to `file`, if any.
    pub fn config_for(&mut self, file: &Path) -> Result<Option<Arc<Config>>, ConfigError> {
        let Some(found) = find_config_file(file) else {
            return Ok(None);
        };
        if let Some(config) = self.loaded.get(&found) {
            return Ok(Some(Arc::clone(config)));
        }
        let config = Arc::new(load_config(&found)?);
        self.loaded.insert(found, Arc::clone(&config));
        Ok(Some(config))
    }
}

/// Turns spans of the parsed text into positioned errors.
struct Locator<'a> {
    path: &'a Path,
    text: &'a str,
    /// Bytes stripped before parsing (a BOM), added back to spans.
    base: usize,
    index: LineIndex,
}

impl Locator<'_> {
    fn error(&self, span: Option<Range<usize>>, key: Option<String>, detail: Message) -> ConfigError {
        let location = span.map(|span| {
            let position = self.index.line_col(self.text, self.base + span.start);
            Location { line: position.line, column: position.column }
        });
        ConfigError { path: self.path.to_path_buf(), location, key, detail }
    }

    fn at<T>(&self, value: &Spanned<T>, key: impl Into<String>, detail: Message) -> ConfigError {
        self.error(Some(value.span()), Some(key.into()), detail)
    }
}

fn parse_config(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let locator = Locator { path, text, base: text.len() - body.len(), index: LineIndex::new(text) };

    let table = DeTable::parse(body).map_err(|error| {
        let message = error.message().trim_end();
        let duplicate = error
            .span()
            .and_then(|span| body.get(span))
            .map(str::trim)
            .filter(|key| message == "duplicate key" && !key.is_empty());
        let detail = match duplicate {
            Some(key) => Message::new(
                format!("the key `{key}` is given twice; keep one"),
                format!("la clé `{key}` est donnée deux fois ; n'en gardez qu'une"),
            ),
            None => Message::new(format!("invalid TOML: {message}"), format!("TOML invalide : {message}")),
        };
        locator.error(error.span(), duplicate.map(str::to_string), detail)
    })?;
    for (key, _) in table.get_ref().iter() {
        let name = key.get_ref().as_ref();
        if !known_keys().iter().any(|known| known == name) {
            let suggestion = dpa_core::lexicon::suggest(name, known_keys().iter().map(String::as_str));
            let detail = match suggestion {
                Some(known) => Message::new(
                    format!("unknown key; did you mean `{known}`?"),
                    format!("clé inconnue ; vouliez-vous dire « {known} » ?"),
                ),
                None => Message::new(
                    format!("unknown key; the keys are {}", known_keys().join(", ")),
                    format!("clé inconnue ; les clés sont {}", known_keys().join(", ")),
                ),
            };
            return Err(locator.error(Some(key.span()), Some(name.to_string()), detail));
        }
    }
    let settings: Settings = toml::from_str(body).map_err(|error| {
        let message = error.message().trim_end().to_string();
        let key = error.span().and_then(|span| key_at(table.get_ref(), span.start));
        let detail = Message::new(format!("invalid value: {message}"), format!("valeur invalide : {message}"));
        locator.error(error.span(), key, detail)
    })?;
    validate(&locator, settings)
}

fn validate(locator: &Locator<'_>, settings: Settings) -> Result<Config, ConfigError> {
    let selectors = |key: &str, values: &[Spanned<String>]| -> Result<Vec<String>, ConfigError> {
        values
            .iter()
            .map(|value| resolve_selector(value.get_ref()).map_err(|unknown| locator.at(value, key, unknown.message())))
            .collect()
    };
    let select = selectors("select", &settings.select)?;
    let ignore = selectors("ignore", &settings.ignore)?;

    let mut severity = BTreeMap::new();
    for (id, level) in &settings.severity {
        let key = format!("severity.{}", key_segment(id.get_ref()));
        let canonical = resolve_rule_id(id.get_ref()).map_err(|unknown| locator.at(id, &key, unknown.message()))?;
        let level = parse_severity(level.get_ref()).ok_or_else(|| {
            let detail = expected(&["error", "warning", "info"], level.get_ref());
            locator.at(level, &key, detail)
        })?;
        severity.insert(canonical.to_string(), level);
    }

    let mut per_file_ignores = Vec::new();
    for (glob, rules) in &settings.per_file_ignores {
        let key = format!("per-file-ignores.{}", key_segment(glob.get_ref()));
        let matcher = GlobBuilder::new(glob.get_ref()).literal_separator(true).build().map_err(|error| {
            let detail = Message::new(format!("invalid glob: {error}"), format!("motif invalide : {error}"));
            locator.at(glob, &key, detail)
        })?;
        per_file_ignores.push(PerFileIgnore {
            matcher: matcher.compile_matcher(),
            matches_name: !glob.get_ref().contains('/'),
            rules: selectors(&key, rules)?,
        });
    }

    let dir = locator.path.parent().unwrap_or(Path::new(""));
    let playbook = match &settings.playbook {
        Some(value) => {
            let file = dir.join(value.get_ref());
            if !file.is_file() {
                let shown = file.display();
                let detail = Message::new(
                    format!("playbook file not found: {shown}"),
                    format!("référentiel introuvable : {shown}"),
                );
                return Err(locator.at(value, "playbook", detail));
            }
            Some(file)
        }
        None => None,
    };
    let mut custom_kinds = Vec::new();
    for kind in &settings.custom_kinds {
        let word = kind.get_ref().trim();
        let well_formed = !word.is_empty()
            && word
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        if !well_formed {
            let detail = Message::new(
                format!("`{word}` is not a clause kind: use lower-case words joined by `-`, such as `insurance-cover`"),
                format!("« {word} » n'est pas un type de clause : utilisez des mots en minuscules reliés par `-`, comme `assurance-cyber`"),
            );
            return Err(locator.at(kind, "custom-kinds", detail));
        }
        if ClauseKind::from_id(word).is_some() {
            let detail = Message::new(
                format!("`{word}` is already a built-in clause kind"),
                format!("« {word} » est déjà un type de clause prédéfini"),
            );
            return Err(locator.at(kind, "custom-kinds", detail));
        }
        custom_kinds.push(word.to_string());
    }
    let lang = match &settings.lang {
        Some(value) => Some(
            Lang::from_tag(value.get_ref())
                .ok_or_else(|| locator.at(value, "lang", expected(&["en", "fr"], value.get_ref())))?,
        ),
        None => None,
    };
    let status = match &settings.status {
        Some(value) => Some(
            Status::from_id(&value.get_ref().trim().to_ascii_lowercase())
                .ok_or_else(|| locator.at(value, "status", expected(&["draft", "final"], value.get_ref())))?,
        ),
        None => None,
    };

    Ok(Config {
        path: locator.path.to_path_buf(),
        select,
        ignore,
        severity,
        per_file_ignores,
        playbook,
        custom_kinds,
        lang,
        status,
        prose: settings.prose,
    })
}

fn parse_severity(text: &str) -> Option<Severity> {
    match text.trim().to_ascii_lowercase().as_str() {
        "error" => Some(Severity::Error),
        "warning" => Some(Severity::Warning),
        "info" => Some(Severity::Info),
        _ => None,
    }
}

fn expected(choices: &[&str], found: &str) -> Message {
    let list = choices.iter().map(|choice| format!("`{choice}`")).collect::<Vec<_>>().join(", ");
    Message::new(
        format!("expected one of {list}, found `{found}`"),
        format!("valeur attendue parmi {list}, trouvé « {found} »"),
    )
}

/// A key as written in a dotted TOML key: bare when it can be (`severity`), else quoted
/// (`"archive/**"`), so `per-file-ignores."a.dpa"` names one key, not three.
fn key_segment(key: &str) -> String {
    let bare = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        key.to_string()
    } else {
        format!("\"{}\"", key.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// The dotted key whose key or value covers `offset`, innermost first.
fn key_at(table: &DeTable<'_>, offset: usize) -> Option<String> {
    let mut path = Vec::new();
    descend(table, offset, &mut path).then(|| path.join("."))
}

fn descend(table: &DeTable<'_>, offset: usize, path: &mut Vec<String>) -> bool {
    for (key, value) in table.iter() {
        path.push(key_segment(key.get_ref()));
        if key.span().contains(&offset) {
            return true;
        }
        // Tables written with a `[header]` do not span their body, so look inside them anyway.
        let inside = match value.get_ref() {
            DeValue::Table(inner) => descend(inner, offset, path),
            DeValue::Array(items) => items.iter().any(|item| match item.get_ref() {
                DeValue::Table(inner) => descend(inner, offset, path),
                _ => false,
            }),
            _ => false,
        };
        if inside || value.span().contains(&offset) {
            return true;
        }
        path.pop();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        parse_config(Path::new("/project/dpa-lint.toml"), text)
    }

    fn rejected(text: &str) -> ConfigError {
        parse(text).unwrap_err()
    }

    #[test]
    fn a_full_configuration_is_read_and_canonicalised() {
        let config = parse(
            "select = [\"all\"]\nignore = [\"fact-unknown\", \"SUPPRESSION-\"]\nlang = \"fr\"\nstatus = \"Final\"\n\
             prose = true\ncustom-kinds = [\"insurance-cover\"]\n\n[severity]\n\"PLACEHOLDER\" = \"warning\"\n\n\
             [per-file-ignores]\n\"drafts/**\" = [\"NOTE-IN-FINAL\"]\n\"*.fr.dpa\" = [\"KIND-UNKNOWN\"]\n",
        )
        .unwrap();
        assert_eq!(config.select(), ["ALL"]);
        assert_eq!(config.ignore(), ["FACT-UNKNOWN", "SUPPRESSION-"]);
        assert_eq!(config.severity().get("PLACEHOLDER"), Some(&Severity::Warning));
        assert_eq!(config.lang(), Some(Lang::Fr));
        assert_eq!(config.status(), Some(Status::Final));
        assert_eq!(config.prose(), Some(true));
        assert_eq!(config.custom_kinds(), ["insurance-cover"]);
        assert_eq!(config.ignored_in(Path::new("/project/drafts/a/b.dpa")), ["NOTE-IN-FINAL"]);
        assert_eq!(config.ignored_in(Path::new("/project/deep/x.fr.dpa")), ["KIND-UNKNOWN"]);
        assert!(config.ignored_in(Path::new("/project/final/x.dpa")).is_empty());
    }

    #[test]
    fn an_unknown_key_is_located_and_gets_a_suggestion() {
        let error = rejected("# rules\nselekt = [\"SYNTAX\"]\n");
        assert_eq!(error.location, Some(Location { line: 2, column: 1 }));
        assert_eq!(error.key.as_deref(), Some("selekt"));
        assert_eq!(
            error.message(Lang::En),
            "/project/dpa-lint.toml:2:1: key `selekt`: unknown key; did you mean `select`?"
        );
        assert!(error.message(Lang::Fr).contains("clé « selekt » : clé inconnue ; vouliez-vous dire « select » ?"));
    }

    #[test]
    fn bad_values_name_their_key_and_position() {
        let error = rejected("[severity]\nPLACEHOLDER = \"fatal\"\n");
        assert_eq!(error.key.as_deref(), Some("severity.PLACEHOLDER"));
        assert_eq!(error.location, Some(Location { line: 2, column: 15 }));
        assert!(error.detail.en.contains("`error`, `warning`, `info`"));

        let error = rejected("ignore = [\"SYNTAKS\"]");
        assert_eq!((error.key.as_deref(), error.location), (Some("ignore"), Some(Location { line: 1, column: 11 })));
        assert!(error.detail.en.contains("did you mean `SYNTAX`"), "{}", error.detail.en);

        let error = rejected("lang = \"de\"");
        assert_eq!(error.key.as_deref(), Some("lang"));
        let error = rejected("status = \"signed\"");
        assert_eq!(error.key.as_deref(), Some("status"));
        let error = rejected("custom-kinds = [\"audit\"]");
        assert!(error.detail.en.contains("built-in"));
        let error = rejected("[per-file-ignores]\n\"a/[b\" = [\"SYNTAX\"]\n");
        assert_eq!(error.key.as_deref(), Some("per-file-ignores.\"a/[b\""));
        let error = rejected("playbook = \"positions.toml\"");
        assert!(error.detail.en.contains("playbook file not found"));
    }

    #[test]
    fn type_errors_and_broken_toml_are_located() {
        let error = rejected("prose = true\nselect = \"SYNTAX\"\n");
        assert_eq!(error.key.as_deref(), Some("select"));
        assert_eq!(error.location.map(|l| l.line), Some(2));
        assert!(error.detail.en.starts_with("invalid value:"), "{}", error.detail.en);

        let error = rejected("[severity]\nSYNTAX = 3\n");
        assert_eq!(error.key.as_deref(), Some("severity.SYNTAX"));

        let error = rejected("[per-file-ignores]\n\"legal/a.dpa\" = \"SYNTAX\"\n");
        assert_eq!(error.key.as_deref(), Some("per-file-ignores.\"legal/a.dpa\""), "one key, quoted as in TOML");

        let error = rejected("select = [\"SYNTAX\"\n");
        assert_eq!(error.location.map(|l| l.line), Some(1));
        assert!(error.detail.fr.starts_with("TOML invalide"));

        let error = rejected("select = [\"SYNTAX\"]\nselect = [\"PLACEHOLDER\"]\n");
        assert_eq!((error.key.as_deref(), error.location.map(|l| l.line)), (Some("select"), Some(2)));
        assert!(error.detail.en.contains("`select` is given twice"), "{}", error.detail.en);
    }

    #[test]
    fn a_bom_does_not_shift_positions() {
        let error = rejected("\u{feff}lang = \"de\"\n");
        assert_eq!(error.location, Some(Location { line: 1, column: 8 }));
    }

    #[test]
    fn discovery_finds_the_closest_file_and_the_cache_loads_it_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("team/contracts")).unwrap();
        std::fs::write(root.join(CONFIG_FILE_NAME), "lang = \"en\"\n").unwrap();
        std::fs::write(root.join("team").join(CONFIG_FILE_NAME), "lang = \"fr\"\n").unwrap();
        let file = root.join("team/contracts/a.dpa");
        std::fs::write(&file, "").unwrap();

        assert_eq!(
            find_config_file(&file),
            Some(std::path::absolute(root.join("team").join(CONFIG_FILE_NAME)).unwrap())
        );
        assert_eq!(discover_config(&file).unwrap().unwrap().lang(), Some(Lang::Fr));
        assert_eq!(discover_config(&root.join("b.dpa")).unwrap().unwrap().lang(), Some(Lang::En));

        let mut cache = ConfigCache::default();
        let first = cache.config_for(&file).unwrap().unwrap();
        let second = cache.config_for(&root.join("team/other.dpa")).unwrap().unwrap();
        assert!(Arc::ptr_eq(&first, &second));
    }

    #[test]
    fn the_schema_lists_every_key_with_its_choices() {
        let schema: serde_json::Value = serde_json::from_str(&config_schema()).unwrap();
        let properties = schema["properties"].as_object().unwrap();
        let keys: Vec<&str> = properties.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["custom-kinds", "ignore", "lang", "per-file-ignores", "playbook", "prose", "select", "severity", "status"]
        );
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(properties["lang"]["enum"], serde_json::json!(["en", "fr"]));
        assert_eq!(
            properties["severity"]["additionalProperties"]["enum"],
            serde_json::json!(["error", "warning", "info"])
        );
    }
}
