//! End-to-end tests of the `dpa-lint` binary: exit codes, every output format, standard input,
//! unreadable files, configuration discovery and precedence, rule selection and languages.
//!
//! The fixtures live in `tests/fixtures/cli/` at the repository root. Their `dpa-lint.toml`
//! selects the rules about the document itself, so the snapshots do not move each time a GDPR
//! rule is added. Runs happen in the fixture directory with the locale variables removed, so
//! paths and languages are the same on every machine.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cli")
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Outcome {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| panic!("{error}: {}", self.stdout))
    }
}

/// Runs the binary in `dir` with a neutral environment and optional standard input.
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&[u8]>) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dpa-lint"));
    command.current_dir(dir).args(args).env("NO_COLOR", "1");
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("the dpa-lint binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().expect("piped").write_all(bytes).expect("stdin accepts the input");
    }
    let output = child.wait_with_output().expect("dpa-lint finishes");
    Outcome {
        code: output.status.code().expect("exited normally"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn run(dir: &Path, args: &[&str]) -> Outcome {
    run_with(dir, args, &[], None)
}

fn check(args: &[&str]) -> Outcome {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run(&fixtures(), &all)
}

/// A run that could not proceed: code 2, nothing on stdout, one line on stderr.
fn assert_fatal(outcome: Outcome) -> String {
    assert_eq!(outcome.code, 2, "stdout: {}\nstderr: {}", outcome.stdout, outcome.stderr);
    assert_eq!(outcome.stdout, "", "nothing on stdout when the tool cannot run");
    assert_eq!(outcome.stderr.lines().count(), 1, "one line on stderr: {}", outcome.stderr);
    outcome.stderr.trim_end().to_string()
}

fn rule_ids(file: &Value) -> Vec<&str> {
    file["findings"].as_array().expect("findings").iter().map(|f| f["rule"].as_str().expect("rule")).collect()
}

fn write(dir: &Path, name: &str, content: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create dirs");
    std::fs::write(path, content).expect("write fixture");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).expect("fixture exists")
}

// ---------------------------------------------------------------- formats

#[test]
fn human_output_shows_snippets_rule_ids_and_a_summary() {
    let outcome = check(&["acme.dpa", "contrat-duval.dpa"]);
    assert_eq!(outcome.code, 1);
    assert_eq!(outcome.stderr, "");
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn human_output_in_french() {
    let outcome = check(&["--lang", "fr", "acme.dpa", "contrat-duval.dpa"]);
    assert_eq!(outcome.code, 1);
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn json_output_follows_the_documented_shape() {
    let outcome = check(&["--format", "json", "contrat-duval.dpa", "acme.dpa"]);
    assert_eq!(outcome.code, 1);
    let json = outcome.json();
    assert_eq!(json["version"], "0.1");
    let paths: Vec<&str> = json["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["acme.dpa", "contrat-duval.dpa"], "files are sorted by path");
    let acme = &json["files"][0];
    let starts: Vec<u64> =
        acme["findings"].as_array().unwrap().iter().map(|f| f["span"]["start"].as_u64().unwrap()).collect();
    assert!(starts.windows(2).all(|pair| pair[0] <= pair[1]), "findings are sorted by position");
    assert_eq!(acme["suppressed"][0]["reason"], "agreed in the master agreement, signed 2026-09-01");
    assert_eq!(json["files"][1]["language"], "fr", "the document's language, not the message language");
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn json_spans_count_columns_in_characters_and_offsets_in_bytes() {
    let text = "---\ntitle: Café\n---\n\n# Sécurité {sécurité}\nLe chiffrement utilise [[référence-inconnue: x]].\n";
    let outcome = run_with(&fixtures(), &["check", "--format", "json", "-"], &[], Some(text.as_bytes()));
    let json = outcome.json();
    let finding = &json["files"][0]["findings"][0];
    assert_eq!(finding["rule"], "FACT-UNKNOWN");
    let start = finding["span"]["start"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..start + "référence-inconnue".len()], "référence-inconnue");
    assert_eq!(finding["span"]["line"], 6);
    assert_eq!(finding["span"]["column"], 26);
    assert_eq!(finding["span"]["end_column"], 26 + "référence-inconnue".chars().count() as u64);
}

#[test]
fn sarif_output_lists_every_rule_and_locates_results() {
    let outcome = check(&["--format", "sarif", "acme.dpa", "contrat-duval.dpa"]);
    assert_eq!(outcome.code, 1);
    let sarif = outcome.json();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "dpa-lint");

    let listed = run["tool"]["driver"]["rules"].as_array().unwrap();
    let registry = run_rules_json();
    assert_eq!(listed.len(), registry.len(), "every rule is listed, not only those that fired");
    for (descriptor, rule) in listed.iter().zip(&registry) {
        assert_eq!(descriptor["id"], rule["id"]);
        for field in ["name", "shortDescription", "fullDescription", "help", "defaultConfiguration"] {
            assert!(!descriptor[field].is_null(), "{} has {field}", descriptor["id"]);
        }
        // A page link only where the project publishes its docs: never a dead link.
        let page = dpa_core::rules::docs::page_url(rule["id"].as_str().unwrap());
        assert_eq!(descriptor["helpUri"].as_str(), page.as_deref());
    }
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().expect("every result has its rule's index") as usize;
        assert_eq!(listed[index]["id"], result["ruleId"]);
    }
    let places: Vec<(String, u64, u64)> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let location = &result["locations"][0]["physicalLocation"];
            let region = &location["region"];
            let uri = location["artifactLocation"]["uri"].as_str().unwrap().to_string();
            (uri, region["startLine"].as_u64().unwrap(), region["startColumn"].as_u64().unwrap())
        })
        .collect();
    assert!(places.windows(2).all(|pair| pair[0] <= pair[1]), "results by path, then position: {places:?}");
    assert!(run["results"].as_array().unwrap().iter().any(|result| result.get("suppressions").is_some()));
    // Rule indexes move whenever a rule is added; they are checked above, not snapshotted.
    let mut results = run["results"].clone();
    for result in results.as_array_mut().unwrap() {
        result.as_object_mut().unwrap().remove("ruleIndex");
    }
    insta::assert_json_snapshot!(serde_json::json!({ "results": results, "invocations": run["invocations"] }));
    validate_sarif(&sarif);
}

/// Validates against the official SARIF 2.1.0 schema named by `SARIF_SCHEMA`. CI provides it
/// (see the crate README); a local run without it says so and skips only this check.
fn validate_sarif(sarif: &Value) {
    let Some(path) = std::env::var_os("SARIF_SCHEMA") else {
        assert!(std::env::var_os("CI").is_none(), "CI must set SARIF_SCHEMA to the official SARIF 2.1.0 schema");
        eprintln!("SARIF_SCHEMA is not set: SARIF schema validation skipped");
        return;
    };
    let schema: Value = serde_json::from_slice(&std::fs::read(&path).expect("SARIF_SCHEMA is readable")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let mut wrong_version = sarif.clone();
    wrong_version["version"] = Value::from("2.1");
    assert!(!validator.is_valid(&wrong_version), "SARIF_SCHEMA must be the real schema: it rejects version 2.1");
    let errors: Vec<String> =
        validator.iter_errors(sarif).map(|error| format!("{} at {}", error, error.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF output does not validate:\n{}", errors.join("\n"));
}

fn run_rules_json() -> Vec<Value> {
    let outcome = run(&fixtures(), &["rules", "--format", "json"]);
    assert_eq!(outcome.code, 0);
    outcome.json().as_array().unwrap().clone()
}

#[test]
fn github_output_is_one_escaped_annotation_per_finding() {
    let outcome = check(&["--format", "github", "acme.dpa", "contrat-duval.dpa"]);
    assert_eq!(outcome.code, 1);
    assert!(outcome.stdout.lines().all(|line| line.starts_with("::")), "{}", outcome.stdout);
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn junit_output_is_well_formed_xml() {
    let outcome = check(&["--format", "junit", "acme.dpa", "clean.dpa", "contrat-duval.dpa"]);
    assert_eq!(outcome.code, 1);
    let mut reader = quick_xml::Reader::from_str(&outcome.stdout);
    let mut suites = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(tag)) if tag.name().as_ref() == b"testsuite" => suites += 1,
            Ok(_) => {}
            Err(error) => panic!("invalid XML at {}: {error}", reader.buffer_position()),
        }
    }
    assert_eq!(suites, 3, "one test suite per file");
    // Test cases follow the document: the line of each case's first failure never goes back.
    for suite in outcome.stdout.split("<testsuite ").skip(1) {
        let first_lines: Vec<u64> = suite
            .split("<testcase ")
            .skip(1)
            .filter_map(|case| case.split("message=\"line ").nth(1))
            .map(|rest| rest.split(',').next().unwrap().parse().unwrap())
            .collect();
        assert!(first_lines.windows(2).all(|pair| pair[0] <= pair[1]), "{first_lines:?} in {suite}");
    }
    insta::assert_snapshot!(outcome.stdout);
}

// ---------------------------------------------------------------- exit codes

#[test]
fn exit_codes_follow_error_level_findings() {
    assert_eq!(check(&["clean.dpa"]).code, 0);
    assert_eq!(check(&["warnings.dpa"]).code, 0, "warnings alone do not fail");
    assert_eq!(check(&["--error-on-warnings", "warnings.dpa"]).code, 1);
    assert_eq!(check(&["acme.dpa"]).code, 1);
    assert_eq!(check(&["--exit-zero", "acme.dpa"]).code, 0);
    assert_eq!(check(&["--exit-zero", "--error-on-warnings", "warnings.dpa"]).code, 0);
}

#[test]
fn the_thread_count_does_not_change_the_output() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dpa-lint.toml", &fixture("dpa-lint.toml"));
    // More files than the progress bar's threshold: through a pipe, standard error stays empty.
    for (index, name) in
        ["acme.dpa", "clean.dpa", "contrat-duval.dpa", "warnings.dpa"].iter().cycle().take(60).enumerate()
    {
        write(dir.path(), &format!("contracts/{}/{index}-{name}", index % 5), &fixture(name));
    }
    let outputs: Vec<Outcome> = ["1", "2", "3"]
        .iter()
        .map(|threads| run(dir.path(), &["check", "--format", "sarif", "--threads", threads, "contracts"]))
        .collect();
    assert_eq!(outputs[0].code, 1);
    assert!(outputs.iter().all(|outcome| outcome.stdout == outputs[0].stdout), "same report, same order");
    assert!(outputs.iter().all(|outcome| outcome.stderr.is_empty()), "no progress bar in a pipe");

    // Of several files that stop the run, the first by path is named, however threads race.
    write(dir.path(), "b-scan.dpa", b"\x00\x01");
    write(dir.path(), "a-scan.dpa", b"\x00\x01");
    for threads in ["1", "2", "3"] {
        let line =
            assert_fatal(run(dir.path(), &["check", "--threads", threads, "b-scan.dpa", "contracts", "a-scan.dpa"]));
        assert!(line.contains("a-scan.dpa: this looks like a binary file"), "{line}");
    }

    let zero = run(dir.path(), &["check", "--threads", "0", "contracts"]);
    assert_eq!((zero.code, zero.stdout.as_str()), (2, ""));
    assert!(zero.stderr.contains("--threads"), "{}", zero.stderr);
}

#[test]
fn a_missing_path_stops_the_run() {
    let line = assert_fatal(check(&["--format", "json", "acme.dpa", "no-such-contract.dpa"]));
    assert_eq!(line, "dpa-lint: error: no-such-contract.dpa: no such file or directory");
    let line = assert_fatal(check(&["--lang", "fr", "absent/"]));
    assert_eq!(line, "dpa-lint: erreur : absent : fichier ou dossier introuvable");
}

#[test]
fn bad_flags_exit_with_2_and_print_nothing_on_stdout() {
    for args in
        [&["check", "--no-such-flag"][..], &["check", "--format", "xml"], &["check", "--lang", "de"], &["frobnicate"]]
    {
        let outcome = run(&fixtures(), args);
        assert_eq!(outcome.code, 2, "{args:?}");
        assert_eq!(outcome.stdout, "", "{args:?}");
        assert!(outcome.stderr.starts_with("error:"), "{args:?}: {}", outcome.stderr);
    }
    let outcome = run(&fixtures(), &["--help"]);
    assert_eq!(outcome.code, 0);
    assert!(outcome.stdout.contains("check"));
}

// ---------------------------------------------------------------- inputs

#[test]
fn standard_input_is_linted_under_its_given_name() {
    let outcome = run_with(
        &fixtures(),
        &["check", "--format", "json", "--stdin-filename", "incoming/acme.dpa", "-"],
        &[],
        Some(&fixture("acme.dpa")),
    );
    assert_eq!(outcome.code, 1);
    let json = outcome.json();
    assert_eq!(json["files"][0]["path"], "incoming/acme.dpa");
    assert!(rule_ids(&json["files"][0]).contains(&"REF-BROKEN"));

    let unnamed = run_with(&fixtures(), &["check", "--format", "json", "-"], &[], Some(&fixture("clean.dpa")));
    assert_eq!(unnamed.code, 0);
    assert_eq!(unnamed.json()["files"][0]["path"], "-");

    let binary = run_with(&fixtures(), &["check", "-"], &[], Some(b"\x00\x01\x02"));
    assert_eq!(assert_fatal(binary), "dpa-lint: error: -: this looks like a binary file, not text");
}

#[test]
fn unreadable_files_in_a_directory_are_reported_and_the_others_linted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "contracts/acme.dpa", &fixture("acme.dpa"));
    write(dir.path(), "contracts/clean.dpa", &fixture("clean.dpa"));
    write(dir.path(), "contracts/scan.dpa", b"%PDF-1.7\n\x00\x00\x01binary");
    write(dir.path(), "contracts/latin1.dpa", b"# S\xe9curit\xe9 {security}\n");
    write(dir.path(), "dpa-lint.toml", &fixture("dpa-lint.toml"));

    let outcome = run(dir.path(), &["check", "--format", "json", "contracts"]);
    assert_eq!(outcome.code, 2, "an unreadable input makes the run incomplete");
    let json = outcome.json();
    let files = json["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["contracts/acme.dpa", "contracts/clean.dpa", "contracts/latin1.dpa", "contracts/scan.dpa"]);
    assert!(rule_ids(&files[0]).contains(&"SYNTAX"), "the readable files are linted");
    assert_eq!(files[2]["error"], "not valid UTF-8 (line 1, column 4); save the file as UTF-8");
    assert_eq!(files[3]["error"], "this looks like a binary file, not text");
    assert!(files[1].get("error").is_none());
    assert_eq!(json["summary"]["unreadable"], 2);
    assert_eq!(
        outcome.stderr,
        "dpa-lint: contracts/latin1.dpa: not valid UTF-8 (line 1, column 4); save the file as UTF-8\n\
         dpa-lint: contracts/scan.dpa: this looks like a binary file, not text\n"
    );

    let human = run(dir.path(), &["check", "contracts"]);
    assert_eq!(human.code, 2);
    assert!(human.stdout.contains("× error: contracts/scan.dpa: this looks like a binary file, not text\n"));
    assert!(human.stdout.ends_with("in 4 files (1 suppressed); 2 files could not be read\n"), "{}", human.stdout);

    for format in ["sarif", "github", "junit"] {
        let outcome = run(dir.path(), &["check", "--format", format, "contracts"]);
        assert_eq!(outcome.code, 2, "{format}");
        assert!(outcome.stdout.contains("contracts/scan.dpa"), "{format} names the unreadable file");
    }
    let sarif = run(dir.path(), &["check", "--format", "sarif", "contracts"]).json();
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(invocation["toolExecutionNotifications"].as_array().unwrap().len(), 2);
    validate_sarif(&sarif);

    // Named on the command line, the same file stops the run before any output.
    let line = assert_fatal(run(dir.path(), &["check", "contracts/acme.dpa", "contracts/latin1.dpa"]));
    assert!(line.ends_with("contracts/latin1.dpa: not valid UTF-8 (line 1, column 4); save the file as UTF-8"));
}

#[test]
fn directories_yield_dpa_files_and_prose_files_only_with_prose() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dpa-lint.toml", &fixture("dpa-lint.toml"));
    write(dir.path(), "a/clean.dpa", &fixture("clean.dpa"));
    write(dir.path(), "a/notes.md", b"# Notes\nAt the end the supplier deletes the data within [TBD].\n");
    write(dir.path(), "a/photo.png", b"\x89PNG");
    write(dir.path(), "old/acme.dpa", &fixture("acme.dpa"));
    write(dir.path(), ".gitignore", b"old/\n");

    let paths = |args: &[&str]| -> Vec<String> {
        let json = run(dir.path(), args).json();
        json["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(paths(&["check", "--format", "json"]), ["a/clean.dpa"]);
    assert_eq!(paths(&["check", "--format", "json", "--prose", "."]), ["a/clean.dpa", "a/notes.md"]);
}

#[test]
fn word_files_are_linted_as_prose_and_damaged_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::fs::read(repository().join("tests/corpus/docx-en-payroll-services.docx")).unwrap();
    write(dir.path(), "dpa-lint.toml", &fixture("dpa-lint.toml"));
    write(dir.path(), "signed/payroll.docx", &corpus);
    write(dir.path(), "signed/renamed.docx", b"This was a text file, renamed.");

    let without_prose = run(dir.path(), &["check", "--format", "json", "signed"]).json();
    assert_eq!(without_prose["files"].as_array().unwrap().len(), 0, "directories yield Word files only with --prose");

    let outcome = run(dir.path(), &["check", "--format", "json", "--prose", "signed"]);
    assert_eq!(outcome.code, 2);
    let json = outcome.json();
    let payroll = &json["files"][0];
    assert_eq!(payroll["path"], "signed/payroll.docx");
    assert!(payroll.get("error").is_none());
    assert_eq!(payroll["language"], "en");
    assert!(payroll["clauses"].as_array().unwrap().iter().any(|clause| clause["inferred"] == true));
    let renamed = json["files"][1]["error"].as_str().unwrap();
    assert!(renamed.starts_with("not a .docx file"), "{renamed}");

    let explicit = run(dir.path(), &["check", "signed/payroll.docx"]);
    assert_eq!(explicit.code, 0, "a named Word file is linted as prose: {}", explicit.stdout);
}

// ---------------------------------------------------------------- convert

#[test]
fn convert_writes_a_tagged_draft_from_a_word_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::fs::read(repository().join("tests/corpus/docx-en-payroll-services.docx")).unwrap();
    write(dir.path(), "payroll.docx", &corpus);

    let outcome = run(dir.path(), &["convert", "payroll.docx", "-o", "payroll.dpa"]);
    assert_eq!(outcome.code, 0, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, "", "the draft goes to the file");
    assert!(outcome.stderr.starts_with("dpa-lint: wrote payroll.dpa: "), "{}", outcome.stderr);
    let draft = std::fs::read_to_string(dir.path().join("payroll.dpa")).unwrap();
    assert!(draft.starts_with("---\ndpa: 1\ntitle: Data Processing Agreement"), "{draft}");
    assert!(draft.contains("status: draft"), "{draft}");
    assert!(draft.contains("{breach-notification}"), "{draft}");

    let linted = run(dir.path(), &["check", "--format", "json", "payroll.dpa"]).json();
    let file = &linted["files"][0];
    assert!(!rule_ids(file).contains(&"SYNTAX"), "the draft parses cleanly");
    assert!(file["clauses"].as_array().unwrap().iter().any(|clause| clause["inferred"] == false));

    let to_stdout = run(dir.path(), &["convert", "payroll.dpa"]);
    assert_eq!(to_stdout.stdout, draft, "converting a converted draft changes nothing");
}

#[test]
fn convert_reports_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 encrypted package");
    let message = assert_fatal(run(dir.path(), &["convert", "locked.docx"]));
    assert!(message.starts_with("dpa-lint: error: locked.docx: "), "{message}");
}

// ---------------------------------------------------------------- configuration

#[test]
fn a_bad_configuration_names_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dpa-lint.toml", b"# team settings\nlang = \"fr\"\nselekt = [\"SYNTAX\"]\n");
    write(dir.path(), "a.dpa", &fixture("clean.dpa"));
    let line = assert_fatal(run(dir.path(), &["check", "a.dpa"]));
    assert_eq!(line, "dpa-lint: error: dpa-lint.toml:3:1: key `selekt`: unknown key; did you mean `select`?");

    write(dir.path(), "dpa-lint.toml", b"[severity]\nPLACEHOLDR = \"warning\"\n");
    let line = assert_fatal(run(dir.path(), &["check", "--lang", "fr", "a.dpa"]));
    assert_eq!(
        line,
        "dpa-lint: erreur : dpa-lint.toml:2:1 : clé « severity.PLACEHOLDR » : règle inconnue « PLACEHOLDR » ; \
         vouliez-vous dire « PLACEHOLDER » ?"
    );

    let line = assert_fatal(run(dir.path(), &["check", "--config", "missing.toml", "a.dpa"]));
    assert!(line.ends_with("missing.toml: no such file or directory"), "{line}");
}

#[test]
fn the_closest_configuration_wins_and_the_command_line_wins_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "dpa-lint.toml", b"select = [\"KIND-UNKNOWN\", \"PLACEHOLDER\"]\n");
    write(root, "team/dpa-lint.toml", b"select = [\"REF-BROKEN\", \"PLACEHOLDER\"]\nstatus = \"final\"\n");
    write(root, "team/acme.dpa", &fixture("acme.dpa"));
    write(root, "top/acme.dpa", &fixture("acme.dpa"));
    write(root, "top/warnings.dpa", &fixture("warnings.dpa"));
    write(root, "alt.toml", b"select = [\"SYNTAX\"]\n");

    let findings = |args: &[&str]| -> Vec<Vec<String>> {
        let json = run(root, args).json();
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|file| rule_ids(file).into_iter().map(String::from).collect())
            .collect()
    };
    // Each file gets its closest configuration.
    assert_eq!(
        findings(&["check", "--format", "json", "team/acme.dpa", "top/acme.dpa"]),
        [vec!["REF-BROKEN"], vec!["KIND-UNKNOWN"]]
    );
    // `--config` replaces discovery.
    assert_eq!(findings(&["check", "--format", "json", "--config", "alt.toml", "team/acme.dpa"]), [vec!["SYNTAX"]]);
    // `--select` replaces the configuration's selection.
    assert_eq!(
        findings(&["check", "--format", "json", "--select", "fact-unknown", "team/acme.dpa"]),
        [vec!["FACT-UNKNOWN"]]
    );
    // `--ignore` adds to it.
    assert_eq!(
        findings(&["check", "--format", "json", "--ignore", "REF-BROKEN", "team/acme.dpa"]),
        [Vec::<String>::new()]
    );

    // Status: command line over configuration over front matter. The suppressed placeholder
    // shows the severity the status gives it.
    let placeholder_severity = |args: &[&str]| -> String {
        let json = run(root, args).json();
        json["files"][0]["suppressed"][0]["severity"].as_str().unwrap().to_string()
    };
    assert_eq!(placeholder_severity(&["check", "--format", "json", "team/acme.dpa"]), "error", "configuration: final");
    assert_eq!(placeholder_severity(&["check", "--format", "json", "--status", "draft", "team/acme.dpa"]), "info");
    assert_eq!(placeholder_severity(&["check", "--format", "json", "top/acme.dpa"]), "info", "front matter: draft");
    assert_eq!(placeholder_severity(&["check", "--format", "json", "--status", "final", "top/acme.dpa"]), "error");
}

#[test]
fn severity_overrides_and_per_file_ignores_apply() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "dpa-lint.toml",
        b"select = [\"KIND-UNKNOWN\", \"FACT-UNKNOWN\"]\n[severity]\nKIND-UNKNOWN = \"error\"\n\
          [per-file-ignores]\n\"legacy/**\" = [\"KIND-UNKNOWN\"]\n",
    );
    write(root, "warnings.dpa", &fixture("warnings.dpa"));
    write(root, "legacy/warnings.dpa", &fixture("warnings.dpa"));
    let outcome = run(root, &["check", "--format", "json", "warnings.dpa", "legacy/warnings.dpa"]);
    assert_eq!(outcome.code, 1, "the warning became an error");
    let json = outcome.json();
    assert!(rule_ids(&json["files"][0]).is_empty(), "legacy/ ignores KIND-UNKNOWN");
    assert_eq!(json["files"][1]["findings"][0]["severity"], "error");
}

#[test]
fn unknown_rule_ids_on_the_command_line_are_refused_with_a_suggestion() {
    let line = assert_fatal(check(&["--select", "PLACEHOLDR", "acme.dpa"]));
    assert_eq!(line, "dpa-lint: error: unknown rule `PLACEHOLDR`; did you mean `PLACEHOLDER`?");
    let outcome = check(&["--format", "json", "--select", "REF-BROKEN,placeholder", "--select", "SYNTAX", "acme.dpa"]);
    let json = outcome.json();
    assert_eq!(rule_ids(&json["files"][0]), ["REF-BROKEN", "SYNTAX"]);
    assert_eq!(json["files"][0]["suppressed"][0]["rule"], "PLACEHOLDER");
}

#[test]
fn the_message_language_comes_from_the_flag_then_the_configuration_then_the_locale() {
    let summary = |outcome: Outcome| outcome.stdout.lines().last().unwrap_or_default().to_string();
    let fr = "0 erreur, 0 avertissement, 0 info dans 1 fichier";
    let en = "0 errors, 0 warnings, 0 infos in 1 file";
    assert_eq!(summary(run_with(&fixtures(), &["check", "clean.dpa"], &[("LANG", "fr_FR.UTF-8")], None)), fr);
    assert_eq!(
        summary(run_with(&fixtures(), &["check", "clean.dpa"], &[("LC_ALL", "C"), ("LANG", "fr_FR")], None)),
        en
    );
    assert_eq!(summary(run_with(&fixtures(), &["check", "--lang", "en", "clean.dpa"], &[("LANG", "fr_FR")], None)), en);

    let dir = tempfile::tempdir().unwrap();
    let mut config = fixture("dpa-lint.toml");
    config.extend_from_slice(b"lang = \"fr\"\n");
    write(dir.path(), "dpa-lint.toml", &config);
    write(dir.path(), "clean.dpa", &fixture("clean.dpa"));
    assert_eq!(summary(run(dir.path(), &["check", "clean.dpa"])), fr);
    assert_eq!(summary(run(dir.path(), &["check", "--lang", "en", "clean.dpa"])), en);
}

#[test]
fn config_command_shows_the_applicable_file_and_prints_the_schema() {
    let outcome = run(&fixtures(), &["config"]);
    assert_eq!((outcome.code, outcome.stdout.as_str()), (0, "dpa-lint.toml applies to . and is valid.\n"));

    let schema = run(&fixtures(), &["config", "--schema"]);
    assert_eq!(schema.code, 0);
    let committed = std::fs::read_to_string(repository().join("schemas/dpa-lint.schema.json"))
        .expect("schemas/dpa-lint.schema.json is committed");
    assert_eq!(
        schema.stdout, committed,
        "the committed schema is stale: run `dpa-lint config --schema > schemas/dpa-lint.schema.json`"
    );
}

#[test]
fn playbooks_and_translations_are_read_relative_to_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "dpa-lint.toml", b"select = [\"KIND-UNKNOWN\", \"TRANSLATION-MISMATCH\"]\n");
    write(root, "positions/strict.toml", b"[rules]\n\"KIND-UNKNOWN\" = \"error\"\n");
    write(root, "positions/broken.toml", b"[rules]\n\"KIND-UNKNOWN\" = \"fatal\"\n");
    let contract = |front_matter: &str| -> Vec<u8> {
        let body = String::from_utf8(fixture("warnings.dpa")).unwrap();
        body.replacen("---\n", &format!("---\n{front_matter}\n"), 1).into_bytes()
    };
    write(root, "contracts/linked.dpa", &contract("playbook: ../positions/strict.toml"));
    write(root, "contracts/unlinked.dpa", &contract("language: en"));
    write(root, "contracts/broken.dpa", &contract("playbook: ../positions/broken.toml"));

    let severity = |args: &[&str]| -> String {
        let json = run(root, args).json();
        json["files"][0]["findings"][0]["severity"].as_str().unwrap().to_string()
    };
    assert_eq!(severity(&["check", "--format", "json", "contracts/linked.dpa"]), "error", "front matter playbook");
    assert_eq!(severity(&["check", "--format", "json", "contracts/unlinked.dpa"]), "warning");
    assert_eq!(
        severity(&["check", "--format", "json", "--playbook", "positions/strict.toml", "contracts/unlinked.dpa"]),
        "error",
        "--playbook"
    );
    let line = assert_fatal(run(root, &["check", "contracts/broken.dpa"]));
    assert!(line.starts_with("dpa-lint: error: positions/broken.toml:2:"), "{line}");
    let line = assert_fatal(run(root, &["check", "--playbook", "nowhere.toml", "contracts/unlinked.dpa"]));
    assert_eq!(line, "dpa-lint: error: playbook file not found: nowhere.toml");

    // A translation that disagrees on a fact value.
    write(root, "pair/contract.dpa", b"---\ntranslation: fr = contract.fr.dpa\n---\n# Breaches {breach-notification}\nWithin [[breach-notice: 48 hours]].\n");
    write(
        root,
        "pair/contract.fr.dpa",
        b"---\nlangue : fr\n---\n# Violations {notification-violation}\nSous [[delai-violation : 72 heures]].\n",
    );
    let json = run(root, &["check", "--format", "json", "pair/contract.dpa"]).json();
    assert_eq!(rule_ids(&json["files"][0]), ["TRANSLATION-MISMATCH"]);
}

#[test]
fn the_playbook_comes_from_the_command_line_then_the_configuration_then_the_front_matter() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "dpa-lint.toml", b"select = [\"KIND-UNKNOWN\"]\nplaybook = \"positions/strict.toml\"\n");
    write(root, "positions/strict.toml", b"[rules]\n\"KIND-UNKNOWN\" = \"error\"\n");
    write(root, "positions/lenient.toml", b"[rules]\n\"KIND-UNKNOWN\" = \"info\"\n");
    let body = String::from_utf8(fixture("warnings.dpa")).unwrap();
    write(root, "contracts/a.dpa", body.replacen("---\n", "---\nplaybook: ../positions/lenient.toml\n", 1).as_bytes());

    let severity = |args: &[&str]| -> String {
        let json = run(root, args).json();
        json["files"][0]["findings"][0]["severity"].as_str().unwrap().to_string()
    };
    assert_eq!(severity(&["check", "--format", "json", "contracts/a.dpa"]), "error", "configuration over front matter");
    assert_eq!(
        severity(&["check", "--format", "json", "--playbook", "positions/lenient.toml", "contracts/a.dpa"]),
        "info",
        "command line over configuration"
    );
}

/// A contract copied alone (mailed, or saved to /tmp) names a playbook and a translation that
/// are not beside it. It is still linted; the missing files are findings on their front-matter
/// lines, in every format, and the missing playbook fails the run as an error.
#[test]
fn a_contract_copied_without_its_linked_files_is_linted_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "dpa-lint.toml", b"select = [\"KIND-UNKNOWN\", \"PLAYBOOK-POSITION\", \"TRANSLATION-MISMATCH\"]\n");
    let body = String::from_utf8(fixture("warnings.dpa")).unwrap();
    let copied = body.replacen("---\n", "---\nplaybook: ../playbooks/firm.toml\ntranslation: fr = contrat.fr.dpa\n", 1);
    write(root, "x.dpa", copied.as_bytes());

    let outcome = run(root, &["check", "--format", "json", "x.dpa"]);
    assert_eq!(outcome.code, 1, "the missing playbook is an error: {}", outcome.stderr);
    assert_eq!(outcome.stderr, "");
    let json = outcome.json();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let summary: Vec<(&str, &str, u64)> = findings
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["severity"].as_str().unwrap(), f["span"]["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        summary,
        [("PLAYBOOK-POSITION", "error", 2), ("TRANSLATION-MISMATCH", "warning", 3), ("KIND-UNKNOWN", "warning", 10)]
    );
    assert_eq!(
        findings[0]["message"],
        "The playbook `../playbooks/firm.toml` named in the front matter could not be read (no such file or \
         directory), so its positions were not checked: put the playbook at that path, correct the path in \
         `playbook:`, or set `playbook` in dpa-lint.toml."
    );

    let github = run(root, &["check", "--format", "github", "--lang", "fr", "x.dpa"]);
    assert!(github.stdout.starts_with("::error file=x.dpa,line=2,"), "{}", github.stdout);
    assert!(github.stdout.contains("fichier ou dossier introuvable"), "{}", github.stdout);

    // Those who lint without the firm's playbook on purpose say so.
    assert_eq!(run(root, &["check", "--ignore", "PLAYBOOK-POSITION", "x.dpa"]).code, 0);
}

// ---------------------------------------------------------------- rules and explain

#[test]
fn rules_lists_every_rule_in_both_formats() {
    let json = run_rules_json();
    let text = run(&fixtures(), &["rules"]);
    assert_eq!(text.code, 0);
    assert!(text.stdout.starts_with("RULE "));
    assert_eq!(text.stdout.lines().count(), json.len() + 1);
    for rule in &json {
        let id = rule["id"].as_str().unwrap();
        assert!(text.stdout.lines().any(|line| line.starts_with(&format!("{id} "))), "{id} is listed");
        assert!(["error", "warning", "info"].contains(&rule["severity"].as_str().unwrap()));
        assert!(!rule["summary"].as_str().unwrap().is_empty());
    }
    let french = run(&fixtures(), &["rules", "--lang", "fr"]);
    assert!(french.stdout.starts_with("RÈGLE "));
}

#[test]
fn explain_prints_the_rule_documentation() {
    let outcome = run(&fixtures(), &["explain", "placeholder"]);
    assert_eq!(outcome.code, 0);
    let text = &outcome.stdout;
    assert!(text.starts_with("# PLACEHOLDER\n"));
    for heading in ["## What it checks", "## Why it matters", "## Example that fails", "## The same example, fixed"] {
        assert!(text.contains(heading), "{heading} in {text}");
    }
    assert_eq!(text.matches("```dpa").count(), 2, "a failing and a passing example");

    let french = run(&fixtures(), &["explain", "--lang", "fr", "PLACEHOLDER"]);
    assert!(french.stdout.contains("## Pourquoi"));

    let json = run(&fixtures(), &["explain", "--format", "json", "SYNTAX"]).json();
    assert_eq!(json["id"], "SYNTAX");
    assert!(json["why"].as_str().is_some_and(|why| !why.is_empty()));

    let line = assert_fatal(run(&fixtures(), &["explain", "PLACEHOLDR"]));
    assert_eq!(line, "dpa-lint: error: unknown rule `PLACEHOLDR`; did you mean `PLACEHOLDER`?");
}
