//! `--format github`: workflow commands that GitHub Actions turns into annotations on the
//! pull request (`::error file=…,line=…::message`).

use dpa_core::{Lang, Severity};

use crate::check::{Outcome, Run};

pub fn render(run: &Run) -> String {
    let mut out = String::new();
    for file in &run.files {
        match &file.outcome {
            Outcome::Linted(linted) => {
                for finding in &linted.report.findings {
                    let position = linted.position(finding.span);
                    let command = match finding.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let message = format!("{} ({})", finding.message.get(run.lang), finding.citation);
                    out.push_str(&format!(
                        "::{command} file={},line={},endLine={},col={},endColumn={},title={}::{}\n",
                        property(&file.path),
                        position.line,
                        position.end_line,
                        position.column,
                        position.end_column,
                        property(&finding.rule),
                        data(&message),
                    ));
                }
            }
            Outcome::Unreadable(error) => {
                let title = match run.lang {
                    Lang::En => "dpa-lint: unreadable file",
                    Lang::Fr => "dpa-lint : fichier illisible",
                };
                out.push_str(&format!(
                    "::error file={},title={}::{}\n",
                    property(&file.path),
                    property(title),
                    data(error.reason().get(run.lang))
                ));
            }
        }
    }
    out
}

/// Escaping for the message after `::`.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escaping for a `key=value` property, where `,` and `:` also delimit.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(data("50% done\r\nnext: a, b"), "50%25 done%0D%0Anext: a, b");
        assert_eq!(property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
    }
}
