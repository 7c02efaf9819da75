//! Throughput of parse and parse + lint on a generated DPA-shaped corpus, in MB/s, next to a
//! baseline: folding the same text once (the floor for any word-level processing of it); and
//! of parse + lint on untagged prose (three DPAs of the labelled corpus, repeated), read with
//! clause kinds inferred as `--prose` does.
//!
//! `cargo bench -p dpa-core --bench lint`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// A contract of about `target_bytes`, made of realistic tagged clauses with varying facts,
/// tables and prose, in English and French.
fn corpus(target_bytes: usize) -> String {
    let mut text = String::from("---\ndpa: 1\ntitle: Generated agreement\nlanguage: en\nstatus: draft\ndate: 2026-10-01\n---\n\nThis agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and [[processor: Quillon Cloud SAS, FR]] (the \"Provider\").\n\n");
    let mut i = 0usize;
    while text.len() < target_bytes {
        let hours = 24 + (i % 5) * 12;
        let days = 10 + i % 40;
        text.push_str(&format!(
            "# Personal data breaches {i} {{breach-notification}}\nThe Provider shall notify the Customer of any Personal Data Breach without undue delay and in any event within [[breach-notice: {hours} hours]] after becoming aware of it, and shall provide the information listed in Article 33(3) GDPR.\n\n\
             # Security {i} {{security}}\nThe Provider encrypts data at rest with [[encryption-at-rest: AES-256-GCM]] and in transit with [[encryption-in-transit: TLS 1.{}]]. It maintains [[certification: ISO/IEC 27001:2022, valid until 2027-03-31]].\n- Access control: [[mfa: required]] for administrators; access reviewed quarterly.\n- Backups retained [[backup-retention: {days} days]].\n\n\
             # Sous-traitants ultérieurs {i} {{sous-traitants-ulterieurs}}\nLe Prestataire informe le Client au moins [[préavis-objection : {days} jours]] à l'avance de tout changement ; le Client peut s'y opposer.\n%% lint: allow AUDIT-FREQUENCY -- reason: accepted on 2025-02-20\n\n\
             # Annex {i} - Sub-processors {{annex sub-processor-list #subprocessors-{i}}}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Stratus GmbH | DE | Hosting | EEA |\n| Kaveri Pvt Ltd | IN | Support | SCC 2021/914 Module 3, TIA dated 2025-01-15 |\n\n",
            2 + i % 2
        ));
        i += 1;
    }
    text
}

/// Untagged contracts from `tests/corpus` (English Markdown, French Markdown, English plain
/// text), repeated to about `target_bytes`.
fn prose(target_bytes: usize) -> String {
    let documents = [
        include_str!("../../../tests/corpus/en-saas-addendum.md"),
        include_str!("../../../tests/corpus/fr-cnil-accord-sous-traitance.md"),
        include_str!("../../../tests/corpus/en-commissioned-processing.txt"),
    ];
    let mut text = String::new();
    for document in documents.iter().cycle() {
        if text.len() >= target_bytes {
            break;
        }
        text.push_str(document);
        text.push('\n');
    }
    text
}

fn throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("dpa");
    for size in [64 * 1024, 1024 * 1024] {
        let text = corpus(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("baseline-fold", size), &text, |b, text| {
            b.iter(|| dpa_core::lexicon::fold(text))
        });
        group.bench_with_input(BenchmarkId::new("parse", size), &text, |b, text| b.iter(|| dpa_syntax::parse(text)));
        group.bench_with_input(BenchmarkId::new("parse+lint", size), &text, |b, text| {
            b.iter(|| dpa_core::lint(text, &dpa_core::LintOptions::default()))
        });
        let text = prose(size);
        let options = dpa_core::LintOptions { prose: Some(true), ..dpa_core::LintOptions::default() };
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse+lint-prose", size), &text, |b, text| {
            b.iter(|| dpa_core::lint(text, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
