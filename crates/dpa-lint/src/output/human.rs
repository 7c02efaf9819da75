//! `--format human`: one miette report per finding (the rule id as code, a caret under the
//! clause or fact, the citation as the label, the fix as help), then a summary line.

use std::fmt;

use dpa_core::{Finding, Lang, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::summary_line;
use crate::check::{Linted, Outcome, Run};

/// Wide enough for a clause line and its label; fixed so the output does not depend on the
/// terminal.
const WIDTH: usize = 100;

pub fn render(run: &Run, color: bool) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(WIDTH)
        .with_links(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for file in &run.files {
        match &file.outcome {
            Outcome::Linted(linted) => {
                let source = LintedSource { name: &file.path, linted };
                for finding in &linted.report.findings {
                    let report = FindingReport { finding, lang: run.lang, source: &source };
                    // Writing into a String cannot fail.
                    let _ = handler.render_report(&mut out, &report);
                    out.push('\n');
                }
            }
            Outcome::Unreadable(error) => {
                let separator = separator(run.lang);
                let severity = Severity::Error.label(run.lang);
                let message = format!("{severity}{separator}{}{separator}{}", file.path, error.reason().get(run.lang));
                let report = MietteDiagnostic::new(message).with_severity(miette::Severity::Error);
                let _ = handler.render_report(&mut out, &report);
                out.push('\n');
            }
        }
    }
    out.push_str(&summary_line(&run.summary(), run.lang));
    out.push('\n');
    out
}

/// French typography puts a space before a colon.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => " : ",
    }
}

/// A finding seen through miette's `Diagnostic` trait, in one message language.
struct FindingReport<'a> {
    finding: &'a Finding,
    lang: Lang,
    source: &'a LintedSource<'a>,
}

/// A linted file as miette reads it. miette counts columns in bytes; dpa-lint counts Unicode
/// scalar values everywhere, so the `file:line:column` header is corrected to agree with the
/// JSON, SARIF and GitHub outputs.
struct LintedSource<'a> {
    name: &'a str,
    linted: &'a Linted,
}

impl SourceCode for LintedSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = self.linted.text.as_str();
        let contents = text.read_span(span, context_lines_before, context_lines_after)?;
        let column = match contents.column() {
            0 => 0,
            _ => self.linted.index.line_col(text, contents.span().offset()).column - 1,
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            contents.data(),
            *contents.span(),
            contents.line(),
            column,
            contents.line_count(),
        )))
    }
}

impl fmt::Debug for FindingReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FindingReport").field("finding", self.finding).finish()
    }
}

impl fmt::Display for FindingReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = self.finding.severity.label(self.lang);
        write!(f, "{severity}{}{}", separator(self.lang), self.finding.message.get(self.lang))
    }
}

impl std::error::Error for FindingReport<'_> {}

impl Diagnostic for FindingReport<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let mut lines = Vec::new();
        if let Some(fix) = &self.finding.fix {
            lines.push(match self.lang {
                Lang::En => format!("fix: {}", fix.title.en),
                Lang::Fr => format!("correction : {}", fix.title.fr),
            });
        }
        if self.finding.inferred {
            lines.push(
                match self.lang {
                    Lang::En => "this rests on clause kinds inferred from untagged text; tag the clause to make it certain",
                    Lang::Fr => "ce constat repose sur des types de clauses déduits d'un texte sans étiquettes ; étiquetez la clause pour le rendre certain",
                }
                .to_string(),
            );
        }
        (!lines.is_empty()).then(|| Box::new(lines.join("\n")) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.finding.span;
        let primary = LabeledSpan::new_primary_with_span(Some(self.finding.citation.clone()), (span.start, span.len()));
        let related = self.finding.related.iter().map(|related| {
            LabeledSpan::new_with_span(
                Some(related.message.get(self.lang).to_string()),
                (related.span.start, related.span.len()),
            )
        });
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}
