//! Times `dpa_syntax::parse` on a generated contract of about 5 MB (or the size in MB given as
//! the first argument). Run in release mode:
//!
//! ```text
//! cargo run --release -p dpa-syntax --example parse_speed [MEGABYTES]
//! ```

use std::time::Instant;

/// One annex-sized chunk of a bilingual contract: front-matter-like prose, headings with tags,
/// wrapped paragraphs with facts, list items, comments and a record table.
fn section(index: usize) -> String {
    format!(
        "# Clause {index} - Personal data breaches {{breach-notification #breach-{index}}}\n\
         The Provider shall notify the Customer of any Personal Data Breach without undue delay and\n\
         in any event within [[breach-notice: 48 hours]] after [[breach-trigger: becoming aware]] of\n\
         it, and shall provide the information listed in Article 33(3) GDPR as it becomes available.\n\
         \n\
         ## Sécurité du traitement {{securite}}\n\
         Le Prestataire met en œuvre les mesures décrites à l'annexe II, dont un chiffrement\n\
         [[chiffrement-au-repos : AES-256-GCM]] et [[chiffrement-en-transit : TLS 1.3]].\n\
         - Access control with [[mfa: required]] for every administrator;\n\
         - yearly penetration tests ([[pentest-interval: 12 months]]), see [[ref: annex-security]];\n\
         1. keys are rotated every 12 months.\n\
         %% NOTE check the rotation period with the client\n\
         %% lint: allow SEC-CRYPTO-STRENGTH -- reason: legacy archive, migration planned\n\
         \n\
         | Sub-processor | Country | Purpose | Transfer mechanism |\n\
         |---|---|---|---|\n\
         | Stratus Rechenzentrum GmbH | DE | Hosting | EEA |\n\
         | Kaveri Support Services Pvt Ltd | IN | Level-1 support | [[transfer-mechanism: SCC 2021/914 Module 3]] |\n\
         \n"
    )
}

fn main() {
    let megabytes: f64 = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(5.0);
    let target = (megabytes * 1_000_000.0) as usize;
    let mut source = String::from("---\ndpa: 1\ntitle: Speed test\nlanguage: en\nstatus: draft\n---\n\n");
    let mut index = 0;
    while source.len() < target {
        index += 1;
        source.push_str(&section(index));
    }

    let runs = 5;
    let mut best = f64::INFINITY;
    let mut parse = dpa_syntax::parse("");
    for _ in 0..runs {
        let started = Instant::now();
        parse = dpa_syntax::parse(&source);
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{:.2} MB, {} lines, {} blocks, {} diagnostics: best of {runs} parses {:.0} ms ({:.1} MB/s)",
        source.len() as f64 / 1e6,
        source.lines().count(),
        parse.tree.blocks.len(),
        parse.diagnostics.len(),
        best * 1e3,
        source.len() as f64 / 1e6 / best,
    );
}
