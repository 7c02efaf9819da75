//! `dpa-lsp`: the dpa-lint language server on standard input and output.

use std::process::ExitCode;

const USAGE: &str = "Usage: dpa-lsp [--stdio]\n\nRuns the dpa-lint language server on standard input and output.\nEditors start it themselves; see editors/vscode/README.md.";

fn main() -> ExitCode {
    for argument in std::env::args().skip(1) {
        match argument.as_str() {
            // Added by editor clients that name the transport; stdio is the only one.
            "--stdio" => {}
            "--version" | "-V" => {
                println!("dpa-lsp {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("dpa-lsp: unknown argument `{other}`\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::from(dpa_lsp::run_stdio())
}
