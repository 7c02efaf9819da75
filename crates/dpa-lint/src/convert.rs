//! `dpa-lint convert`: an untagged contract (.md, .txt, .docx) to a tagged `.dpa` draft, on
//! standard output or in the file named by `-o`. A line on standard error says what was
//! inferred and how many points to check.

use std::path::Path;

use dpa_core::{Lang, LintOptions};
use dpa_workspace::{read_input, read_stdin};

use crate::cli::ConvertArgs;
use crate::fatal::Fatal;
use crate::Output;

pub fn convert(args: &ConvertArgs, lang: Lang) -> Result<Output, Fatal> {
    let from_stdin = args.input == Path::new("-");
    let source = if from_stdin { read_stdin(None) } else { read_input(&args.input) };
    let source = source.map_err(|error| Fatal::input(&error))?;
    let stem = (!from_stdin).then(|| args.input.file_stem()).flatten().map(|stem| stem.to_string_lossy());
    let conversion = dpa_core::convert::convert(&source.text, &LintOptions::default(), stem.as_deref());
    let written = match &args.output {
        Some(path) => {
            std::fs::write(path, &conversion.text).map_err(|error| Fatal::io(path, &error))?;
            Some(crate::check::shown(path))
        }
        None => None,
    };
    let (tags, facts, notes) = (conversion.tags, conversion.facts, conversion.notes);
    let summary = match (lang, &written) {
        (Lang::En, Some(path)) => {
            format!("wrote {path}: {tags} headings tagged, {facts} facts marked, {notes} inferences to check (%% NOTE)")
        }
        (Lang::En, None) => {
            format!("{tags} headings tagged, {facts} facts marked, {notes} inferences to check (%% NOTE)")
        }
        (Lang::Fr, Some(path)) => format!(
            "{path} écrit : {tags} titres étiquetés, {facts} faits balisés, {notes} déductions à vérifier (%% NOTE)"
        ),
        (Lang::Fr, None) => {
            format!("{tags} titres étiquetés, {facts} faits balisés, {notes} déductions à vérifier (%% NOTE)")
        }
    };
    let text = if written.is_some() { String::new() } else { conversion.text };
    Ok(Output { text, diagnostics: vec![summary], code: 0 })
}
