//! Batch linting as CI runs it: `dpa-lint check contracts/` over 2 000 generated contracts
//! (English and French, a few KB each, some with annex tables, translation pairs, findings), with
//! 1 and 2 threads. Prints the throughput of each and the speed-up.
//!
//! `cargo bench -p dpa-lint --bench batch`

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::Parser;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use dpa_core::Lang;
use dpa_lint::check::{check, Outcome};
use dpa_lint::cli::{CheckArgs, Cli, Command};
use rayon::ThreadPoolBuilder;

const CONTRACTS: usize = 2_000;
const THREADS: [usize; 2] = [1, 2];

/// A deterministic stream of choices (SplitMix64), so every run lints the same corpus.
struct Choices(u64);

impl Choices {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[(self.next() % options.len() as u64) as usize]
    }

    fn number(&mut self, options: &[u32]) -> u32 {
        options[(self.next() % options.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const CUSTOMERS: &[&str] = &[
    "Boulangeries Duval SA, FR",
    "Nordlicht Versand GmbH, DE",
    "Mutuelle des Artisans, FR",
    "Azur Logistique SAS, FR",
    "Van Dijk Retail BV, NL",
    "Clinique du Parc SA, BE",
];
const SUPPLIERS: &[&str] = &[
    "Quillon Cloud SAS, FR",
    "Helios Payroll Ltd, IE",
    "Stratus Data GmbH, DE",
    "Paymo Analytics SL, ES",
    "Brightdesk Inc., US",
];
const SUBPROCESSORS: &[&str] = &[
    "| Stratus Rechenzentrum GmbH | DE | Hosting | EEA |",
    "| Ticketwise Inc. | US | Support ticketing | EU-US Data Privacy Framework and SCC 2021/914 Module 3, TIA dated 2026-02-10 |",
    "| Kaveri Support Services Pvt Ltd | IN | Level-1 support | SCC 2021/914 Module 3, TIA dated 2026-01-20 |",
    "| Mailstream Ltd | GB | Transactional e-mail | Adequacy decision |",
    "| Shenlan Analytics Co. | CN | Usage analytics |  |",
    "| Nimbus Backup SA | LU | Encrypted backups | EEA |",
];

/// One English contract of a few KB; `translation` names its French version.
fn english(choices: &mut Choices, number: usize, translation: Option<&str>) -> String {
    let customer = choices.pick(CUSTOMERS);
    let supplier = choices.pick(SUPPLIERS);
    let status = choices.pick(&["draft", "draft", "final"]);
    let linked = translation.map(|file| format!("translation: fr = {file}\n")).unwrap_or_default();
    let breach = choices.pick(&["24 hours", "48 hours", "72 hours", "96 hours", "3 business days"]);
    let at_rest = choices.pick(&["AES-256-GCM", "AES-128", "industry-standard encryption", "3DES"]);
    let in_transit = choices.pick(&["TLS 1.3", "TLS 1.2", "TLS 1.0", "SSL"]);
    let notice = choices.number(&[7, 10, 14, 30, 45]);
    let window = choices.number(&[7, 14, 30]);
    let audit_notice = choices.number(&[10, 30, 60]);
    let deletion = choices.number(&[30, 60, 90, 180]);
    let mut text = format!(
        "---\ndpa: 1\ntitle: Data Processing Agreement {number}\nlanguage: en\ndate: 2026-{month:02}-{day:02}\n\
         status: {status}\nacting for: controller\n{linked}---\n\n\
         This agreement is made between [[controller: {customer}]] (the \"Customer\") and [[processor: {supplier}]] \
         (the \"Provider\") under the main services agreement between them.\n\n\
         # 1. Instructions {{instructions}}\nThe Provider shall process Customer Data only on the Customer's documented \
         instructions, including with regard to transfers to a third country, and shall immediately inform the \
         Customer if an instruction infringes the GDPR.\n\n\
         # 2. Confidentiality {{confidentiality}}\nThe Provider ensures that every person authorised to process \
         Customer Data has committed to confidentiality or is under an appropriate statutory obligation of \
         confidentiality.\n\n\
         # 3. Security {{security}}\nThe Provider implements the measures required by Article 32 GDPR. Customer Data \
         is encrypted at rest with [[encryption-at-rest: {at_rest}]] and in transit with \
         [[encryption-in-transit: {in_transit}]]. The Provider holds [[certification: ISO/IEC 27001:2022, valid until \
         2027-06-30]] and tests its measures every [[pentest-interval: 12 months]].\n\n\
         # 4. Sub-processors {{sub-processors}}\nThe Customer gives a [[authorisation: general]] written authorisation. \
         The Provider informs the Customer [[objection-notice: {notice} days]] before adding or replacing a \
         sub-processor; the Customer may object within [[objection-window: {window} days]], and may then terminate \
         the affected services. The Provider imposes the same data protection obligations on each sub-processor and \
         remains fully liable for them.\n\n\
         # 5. Personal data breaches {{breach-notification}}\nThe Provider shall notify the Customer of any personal \
         data breach without undue delay and in any event within [[breach-notice: {breach}]] after becoming aware of \
         it, with the information listed in Article 33(3) GDPR, and shall assist the Customer with its notifications \
         under Articles 33 and 34.\n\n\
         # 6. Audits {{audit}}\nThe Provider makes available all information necessary to demonstrate compliance and \
         allows for audits, including inspections, by the Customer or an auditor it mandates, on \
         [[audit-notice: {audit_notice} days]] notice, [[audit-frequency: once per year]] and after any breach.\n\n\
         # 7. Deletion and return {{deletion-return}}\nAt the end of the services the Provider shall, at the \
         Customer's choice, delete or return all Customer Data within [[deletion-period: {deletion} days]] and certify \
         the deletion in writing.\n\n",
        month = 1 + number % 12,
        day = 1 + number % 28,
    );
    if choices.chance(30) {
        text.push_str("%% NOTE: the Provider's counsel has not yet confirmed the audit clause.\n\n");
    }
    if choices.chance(20) {
        text.push_str("# 8. Assistance {assistance}\nThe Provider assists the Customer with [TBD].\n\n");
    }
    text.push_str(
        "# Annex I - Description of the processing {annex description}\n| Item | Description |\n|---|---|\n\
         | Subject matter | Hosting and support of the Customer's order platform |\n\
         | Duration | Term of the main agreement |\n| Nature | Storage, hosting, support access and deletion |\n\
         | Purpose | Managing orders, loyalty programme and customer service |\n\
         | Types of personal data | Name, contact details, order history, loyalty points |\n\
         | Categories of data subjects | Retail customers and loyalty-programme members |\n\n",
    );
    if choices.chance(70) {
        text.push_str(
            "# Annex II - Sub-processors {annex sub-processor-list}\n\
             | Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n",
        );
        for _ in 0..2 + choices.next() % 4 {
            text.push_str(choices.pick(SUBPROCESSORS));
            text.push('\n');
        }
        text.push('\n');
    }
    text
}

/// The French contract: same structure, French keywords and wording.
fn french(choices: &mut Choices, number: usize, translation: Option<&str>) -> String {
    let customer = choices.pick(CUSTOMERS);
    let supplier = choices.pick(SUPPLIERS);
    let status = choices.pick(&["brouillon", "brouillon", "définitif"]);
    let linked = translation.map(|file| format!("traduction : en = {file}\n")).unwrap_or_default();
    let breach = choices.pick(&["24 heures", "48 heures", "72 heures", "96 heures", "3 jours ouvrés"]);
    let at_rest = choices.pick(&["AES-256-GCM", "AES-128", "un chiffrement conforme aux standards du marché", "3DES"]);
    let in_transit = choices.pick(&["TLS 1.3", "TLS 1.2", "TLS 1.0", "SSL"]);
    let notice = choices.number(&[7, 10, 14, 30, 45]);
    let window = choices.number(&[7, 14, 30]);
    let deletion = choices.number(&[30, 60, 90, 180]);
    let mut text = format!(
        "---\ndpa : 1\ntitre : Accord de traitement des données {number}\nlangue : fr\ndate : {day:02}/{month:02}/2026\n\
         statut : {status}\npour le compte de : responsable-du-traitement\n{linked}---\n\n\
         Le présent accord est conclu entre [[responsable-du-traitement : {customer}]] (le « Client ») et \
         [[sous-traitant : {supplier}]] (le « Prestataire »).\n\n\
         # 1. Instructions {{instructions}}\nLe Prestataire ne traite les Données du Client que sur instruction \
         documentée du Client, y compris pour les transferts vers un pays tiers, et l'informe immédiatement si une \
         instruction constitue une violation du RGPD.\n\n\
         # 2. Confidentialité {{confidentialité}}\nLe Prestataire veille à ce que les personnes autorisées à traiter \
         les Données du Client s'engagent à respecter la confidentialité.\n\n\
         # 3. Sécurité {{sécurité}}\nLe Prestataire met en œuvre les mesures requises par l'article 32 du RGPD. Les \
         données sont chiffrées au repos avec [[chiffrement-au-repos : {at_rest}]] et en transit avec \
         [[chiffrement-en-transit : {in_transit}]].\n\n\
         # 4. Sous-traitants ultérieurs {{sous-traitants-ultérieurs}}\nLe Client donne une autorisation écrite \
         [[autorisation : générale]]. Le Prestataire informe le Client [[préavis-objection : {notice} jours]] avant \
         tout changement ; le Client peut s'y opposer dans un délai de [[délai-objection : {window} jours]] et \
         résilier les services concernés. Le Prestataire impose les mêmes obligations à chaque sous-traitant \
         ultérieur et demeure pleinement responsable de leur exécution.\n\n\
         # 5. Violations de données {{notification-violation}}\nLe Prestataire notifie au Client toute violation de \
         données à caractère personnel dans les meilleurs délais et au plus tard [[délai-violation : {breach}]] après \
         en avoir pris connaissance, avec les informations de l'article 33, paragraphe 3, du RGPD.\n\n\
         # 6. Audits {{audit}}\nLe Prestataire met à la disposition du Client toutes les informations nécessaires \
         pour démontrer le respect de ses obligations et permet la réalisation d'audits, y compris des inspections.\n\n\
         # 7. Suppression et restitution {{suppression-restitution}}\nAu terme des services, le Prestataire supprime \
         ou restitue, au choix du Client, toutes les Données du Client dans un délai de \
         [[délai-suppression : {deletion} jours]].\n\n",
        month = 1 + number % 12,
        day = 1 + number % 28,
    );
    if choices.chance(30) {
        text.push_str("%% NOTE : clause d'audit à confirmer par le conseil du Prestataire.\n\n");
    }
    if choices.chance(70) {
        text.push_str(
            "# Annexe II - Sous-traitants ultérieurs {annexe liste-sous-traitants}\n\
             | Sous-traitant | Pays | Finalité | Mécanisme de transfert |\n|---|---|---|---|\n",
        );
        for _ in 0..2 + choices.next() % 4 {
            text.push_str(choices.pick(SUBPROCESSORS));
            text.push('\n');
        }
        text.push('\n');
    }
    text
}

/// Writes the corpus under `root/contracts` (one folder per customer, translation pairs, an
/// ignored archive) and returns the bytes of the files the run lints.
fn generate(root: &Path) -> u64 {
    let write = |relative: &str, text: &str| {
        let path = root.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create the folder");
        std::fs::write(path, text).expect("write a contract");
        text.len() as u64
    };
    write("dpa-lint.toml", "ignore = [\"XFER-DPF-CHECK\"]\n[severity]\n\"SEC-TESTING\" = \"warning\"\n");
    write(".gitignore", "contracts/archive/\n");
    let mut choices = Choices(2026);
    let mut bytes = 0;
    let mut number = 0;
    while number < CONTRACTS {
        let folder = format!("contracts/customer-{:03}", number / 20);
        if choices.chance(25) && number + 1 < CONTRACTS {
            // A bilingual pair: each version names the other.
            let (en, fr) = (format!("dpa-{number}.dpa"), format!("dpa-{number}.fr.dpa"));
            bytes += write(&format!("{folder}/{en}"), &english(&mut choices, number, Some(&fr)));
            bytes += write(&format!("{folder}/{fr}"), &french(&mut choices, number, Some(&en)));
            number += 2;
        } else {
            let text = if choices.chance(50) {
                english(&mut choices, number, None)
            } else {
                french(&mut choices, number, None)
            };
            bytes += write(&format!("{folder}/dpa-{number}.dpa"), &text);
            number += 1;
        }
    }
    for old in 0..50 {
        write(&format!("contracts/archive/old-{old}.dpa"), &english(&mut choices, old, None));
    }
    bytes
}

fn check_args() -> CheckArgs {
    let cli = Cli::try_parse_from(["dpa-lint", "check", "--no-progress", "--format", "json", "contracts"])
        .expect("the benchmark's flags parse");
    match cli.command {
        Command::Check(args) => args,
        _ => unreachable!("`check` parses as the check command"),
    }
}

fn batch(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bytes = generate(dir.path());
    // Paths are shown relative to the current directory, as in CI.
    std::env::set_current_dir(dir.path()).expect("enter the corpus");
    let args = check_args();

    let run = check(&args, Some(Lang::En)).expect("the corpus lints");
    let linted = run.files.iter().filter(|file| matches!(file.outcome, Outcome::Linted(_))).count();
    assert_eq!(linted, CONTRACTS, "every contract is linted and the ignored archive is not");
    let summary = run.summary();
    println!(
        "corpus: {CONTRACTS} contracts, {:.1} MB; {} errors, {} warnings, {} infos",
        bytes as f64 / 1e6,
        summary.errors,
        summary.warnings,
        summary.infos
    );

    let timings: Vec<Mutex<Vec<Duration>>> = THREADS.iter().map(|_| Mutex::new(Vec::new())).collect();
    let mut group = c.benchmark_group("check-2000-contracts");
    group.throughput(Throughput::Bytes(bytes)).sampling_mode(SamplingMode::Flat).sample_size(10);
    for (threads, recorded) in THREADS.iter().zip(&timings) {
        let pool = ThreadPoolBuilder::new().num_threads(*threads).build().expect("a thread pool");
        group.bench_function(BenchmarkId::new("threads", threads), |b| {
            b.iter_custom(|iterations| {
                let start = Instant::now();
                for _ in 0..iterations {
                    let run = pool.install(|| check(&args, Some(Lang::En))).expect("the corpus lints");
                    std::hint::black_box(run);
                }
                let elapsed = start.elapsed();
                let per_run = elapsed / u32::try_from(iterations).unwrap_or(u32::MAX).max(1);
                recorded.lock().expect("not poisoned").push(per_run);
                elapsed
            })
        });
    }
    group.finish();

    let medians: Vec<Option<Duration>> = timings.into_iter().map(|times| median(times.into_inner().ok()?)).collect();
    for (threads, time) in THREADS.iter().zip(&medians) {
        if let Some(time) = time {
            let rate = bytes as f64 / 1e6 / time.as_secs_f64();
            println!(
                "check, {threads} thread(s): {rate:.2} MB/s ({:.0} ms per run of {CONTRACTS} contracts)",
                time.as_secs_f64() * 1e3
            );
        }
    }
    if let [Some(one), Some(two)] = medians[..] {
        println!("speed-up with 2 threads: {:.2}x", one.as_secs_f64() / two.as_secs_f64());
    }
}

/// The median of the recorded run times; `None` when the benchmark was filtered out.
fn median(mut times: Vec<Duration>) -> Option<Duration> {
    times.sort();
    times.get(times.len() / 2).copied()
}

criterion_group!(benches, batch);
criterion_main!(benches);
