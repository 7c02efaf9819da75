//! `dpa-lint`: the command line. Everything but printing is in the library (`lib.rs`).

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use dpa_core::Lang;
use dpa_lint::cli::Cli;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to standard output with 0; usage errors to standard error
            // with 2, like every other failure to run.
            let _ = error.print();
            return if error.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    let lang = dpa_lint::message_lang(cli.lang);
    match dpa_lint::run(&cli, lang) {
        Ok(output) => {
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(output.text.as_bytes()).and_then(|()| stdout.flush()).is_err() {
                // A closed pipe (`dpa-lint … | head`) is not worth a message.
                return ExitCode::from(2);
            }
            for line in output.diagnostics {
                eprintln!("dpa-lint: {line}");
            }
            ExitCode::from(output.code)
        }
        Err(fatal) => {
            let prefix = if lang == Lang::Fr { "erreur : " } else { "error: " };
            eprintln!("dpa-lint: {prefix}{}", fatal.message(lang));
            ExitCode::from(2)
        }
    }
}
