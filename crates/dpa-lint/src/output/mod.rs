//! Renderers: one per `--format`, all reading the same [`Run`].

use dpa_core::{Lang, Message, Severity};
use dpa_syntax::Span;
use serde::Serialize;

use crate::check::{Linted, Run, Summary};
use crate::cli::Format;
use crate::fatal::Fatal;

mod github;
mod human;
mod json;
mod junit;
mod sarif;

/// The whole standard output of `check` in `format`.
pub fn render(format: Format, run: &Run, color: bool) -> Result<String, Fatal> {
    Ok(match format {
        Format::Human => human::render(run, color),
        Format::Json => json::render(run)?,
        Format::Sarif => sarif::render(run)?,
        Format::Github => github::render(run),
        Format::Junit => junit::render(run),
    })
}

/// Pretty JSON with a final newline. Serialising plain data only fails on a broken `Serialize`
/// implementation; say so rather than print half a document.
pub fn json_text<T: Serialize>(value: &T) -> Result<String, Fatal> {
    let mut text = serde_json::to_string_pretty(value).map_err(|error| {
        Fatal::new(Message::new(
            format!("could not write the JSON output: {error}"),
            format!("impossible d'écrire la sortie JSON : {error}"),
        ))
    })?;
    text.push('\n');
    Ok(text)
}

/// Where a span is: byte offsets into the file as read, and 1-based lines and columns counted
/// in Unicode scalar values (the end is exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Linted {
    pub fn position(&self, span: Span) -> Position {
        let start = self.index.line_col(&self.text, span.start);
        let end = self.index.line_col(&self.text, span.end);
        Position {
            start: span.start,
            end: span.end,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.index.line_col(&self.text, offset).line
    }
}

/// "2 errors, 1 warning, 0 infos in 3 files", in the message language.
pub fn summary_line(summary: &Summary, lang: Lang) -> String {
    let counted = |n: usize, en: [&str; 2], fr: [&str; 2]| -> String {
        // French counts 0 and 1 as singular.
        let (forms, singular) = match lang {
            Lang::En => (en, n == 1),
            Lang::Fr => (fr, n <= 1),
        };
        format!("{n} {}", forms[usize::from(!singular)])
    };
    let mut line = format!(
        "{}, {}, {} {} {}",
        counted(summary.errors, ["error", "errors"], ["erreur", "erreurs"]),
        counted(summary.warnings, ["warning", "warnings"], ["avertissement", "avertissements"]),
        counted(summary.infos, ["info", "infos"], ["info", "infos"]),
        if lang == Lang::Fr { "dans" } else { "in" },
        counted(summary.files, ["file", "files"], ["fichier", "fichiers"]),
    );
    if summary.suppressed > 0 {
        let suppressed = counted(
            summary.suppressed,
            ["suppressed", "suppressed"],
            ["autorisé par suppression", "autorisés par suppression"],
        );
        line.push_str(&format!(" ({suppressed})"));
    }
    if summary.unreadable > 0 {
        let unreadable = counted(
            summary.unreadable,
            ["file could not be read", "files could not be read"],
            ["fichier impossible à lire", "fichiers impossibles à lire"],
        );
        line.push_str(if lang == Lang::Fr { " ; " } else { "; " });
        line.push_str(&unreadable);
    }
    line
}

/// The words for a severity in GitHub annotations and SARIF.
pub fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines_agree_in_number_in_both_languages() {
        let summary = Summary { files: 3, errors: 2, warnings: 1, infos: 0, suppressed: 0, unreadable: 0 };
        assert_eq!(summary_line(&summary, Lang::En), "2 errors, 1 warning, 0 infos in 3 files");
        assert_eq!(summary_line(&summary, Lang::Fr), "2 erreurs, 1 avertissement, 0 info dans 3 fichiers");
        let summary = Summary { files: 1, errors: 1, warnings: 0, infos: 2, suppressed: 1, unreadable: 1 };
        assert_eq!(
            summary_line(&summary, Lang::En),
            "1 error, 0 warnings, 2 infos in 1 file (1 suppressed); 1 file could not be read"
        );
        assert_eq!(
            summary_line(&summary, Lang::Fr),
            "1 erreur, 0 avertissement, 2 infos dans 1 fichier (1 autorisé par suppression) ; 1 fichier impossible à lire"
        );
    }
}
