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

/// What varies between contracts. A bilingual pair shares its terms, so that its two versions
/// mostly agree, as they do in practice.
#[derive(Clone)]
struct Terms {
    customer: &'static str,
    supplier: &'static str,
    is_final: bool,
    breach_hours: u32,
    /// `None`: "industry-standard encryption" in prose, with no algorithm.
    at_rest: Option<&'static str>,
    in_transit: &'static str,
    objection_notice: u32,
    objection_window: u32,
    audit_notice: u32,
    deletion_days: u32,
    has_note: bool,
    has_blank: bool,
    sub_processors: Vec<&'static str>,
}

impl Terms {
    fn choose(choices: &mut Choices) -> Terms {
        let sub_processors = if choices.chance(70) {
            (0..2 + choices.next() % 4).map(|_| choices.pick(SUBPROCESSORS)).collect()
        } else {
            Vec::new()
        };
        Terms {
            customer: choices.pick(CUSTOMERS),
            supplier: choices.pick(SUPPLIERS),
            is_final: choices.chance(30),
            breach_hours: choices.number(&[24, 48, 72, 96]),
            at_rest: [Some("AES-256-GCM"), Some("AES-128"), Some("3DES"), None][(choices.next() % 4) as usize],
            in_transit: choices.pick(&["TLS 1.3", "TLS 1.2", "TLS 1.0", "SSL 3.0"]),
            objection_notice: choices.number(&[7, 10, 14, 30, 45]),
            objection_window: choices.number(&[7, 14, 30]),
            audit_notice: choices.number(&[10, 30, 60]),
            deletion_days: choices.number(&[30, 60, 90, 180]),
            has_note: choices.chance(30),
            has_blank: choices.chance(20),
            sub_processors,
        }
    }
}

fn sub_processor_rows(terms: &Terms) -> String {
    terms.sub_processors.iter().map(|row| format!("{row}\n")).collect()
}

/// One English contract of a few KB; `translation` names its French version.
fn english(terms: &Terms, number: usize, translation: Option<&str>) -> String {
    let Terms { customer, supplier, in_transit, .. } = terms;
    let status = if terms.is_final { "final" } else { "draft" };
    let linked = translation.map(|file| format!("translation: fr = {file}\n")).unwrap_or_default();
    let at_rest = match terms.at_rest {
        Some(algorithm) => format!("with [[encryption-at-rest: {algorithm}]]"),
        None => "using industry-standard encryption".to_string(),
    };
    let dpia = if terms.has_blank { "[TBD]" } else { "data protection impact assessments and prior consultations" };
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
         is encrypted at rest {at_rest} and in transit with [[encryption-in-transit: {in_transit}]]. The Provider \
         holds [[certification: ISO/IEC 27001:2022, valid until 2027-06-30]] and tests its measures every \
         [[pentest-interval: 12 months]].\n\n\
         # 4. Sub-processors {{sub-processors}}\nThe Customer gives a [[authorisation: general]] written authorisation. \
         The Provider informs the Customer [[objection-notice: {notice} days]] before adding or replacing a \
         sub-processor; the Customer may object within [[objection-window: {window} days]], and may then terminate \
         the affected services. The Provider imposes the same data protection obligations on each sub-processor and \
         remains fully liable for them.\n\n\
         # 5. Data subject rights {{data-subject-rights}}\nThe Provider assists the Customer by appropriate technical \
         and organisational measures in responding to requests to exercise data subjects' rights.\n\n\
         # 6. Assistance {{assistance}}\nThe Provider assists the Customer with {dpia} under Articles 35 and 36 \
         GDPR.\n\n\
         # 7. Personal data breaches {{breach-notification}}\nThe Provider shall notify the Customer of any personal \
         data breach without undue delay and in any event within [[breach-notice: {hours} hours]] after becoming \
         aware of it, with the information listed in Article 33(3) GDPR, and shall assist the Customer with its \
         notifications under Articles 33 and 34.\n\n\
         # 8. Audits {{audit}}\nThe Provider makes available all information necessary to demonstrate compliance and \
         allows for audits, including inspections, by the Customer or an auditor it mandates, on \
         [[audit-notice: {audit_notice} days]] notice, [[audit-frequency: once per year]] and after any breach.\n\n\
         # 9. Deletion and return {{deletion-return}}\nAt the end of the services the Provider shall, at the \
         Customer's choice, delete or return all Customer Data within [[deletion-period: {deletion} days]] and certify \
         the deletion in writing.\n\n",
        month = 1 + number % 12,
        day = 1 + number % 28,
        notice = terms.objection_notice,
        window = terms.objection_window,
        hours = terms.breach_hours,
        audit_notice = terms.audit_notice,
        deletion = terms.deletion_days,
    );
    if terms.has_note {
        text.push_str("%% NOTE: the Provider's counsel has not yet confirmed the audit clause.\n\n");
    }
    text.push_str(
        "# Annex I - Description of the processing {annex description}\n| Item | Description |\n|---|---|\n\
         | Subject matter | Hosting and support of the Customer's order platform |\n\
         | Duration | Term of the main agreement |\n| Nature | Storage, hosting, support access and deletion |\n\
         | Purpose | Managing orders, loyalty programme and customer service |\n\
         | Types of personal data | Name, contact details, order history, loyalty points |\n\
         | Categories of data subjects | Retail customers and loyalty-programme members |\n\n",
    );
    if !terms.sub_processors.is_empty() {
        text.push_str(
            "# Annex II - Sub-processors {annex sub-processor-list}\n\
             | Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n",
        );
        text.push_str(&sub_processor_rows(terms));
        text.push('\n');
    }
    text
}

/// The French contract: the same structure with French keywords, fact names and wording.
fn french(terms: &Terms, number: usize, translation: Option<&str>) -> String {
    let Terms { customer, supplier, in_transit, .. } = terms;
    let status = if terms.is_final { "final" } else { "brouillon" };
    let linked = translation.map(|file| format!("traduction : en = {file}\n")).unwrap_or_default();
    let at_rest = match terms.at_rest {
        Some(algorithm) => format!("avec [[chiffrement-au-repos : {algorithm}]]"),
        None => "selon les standards du marché".to_string(),
    };
    let dpia = if terms.has_blank { "[À compléter]" } else { "les analyses d'impact et la consultation préalable" };
    let mut text = format!(
        "---\ndpa : 1\ntitre : Accord de traitement des données {number}\nlangue : fr\ndate : {day:02}/{month:02}/2026\n\
         statut : {status}\npour le compte de : responsable-du-traitement\n{linked}---\n\n\
         Le présent accord est conclu entre [[responsable-du-traitement : {customer}]] (le « Client ») et \
         [[sous-traitant : {supplier}]] (le « Prestataire »).\n\n\
         # 1. Instructions {{instructions}}\nLe Prestataire ne traite les Données du Client que sur instruction \
         documentée du Client, y compris pour les transferts vers un pays tiers, et l'informe immédiatement si une \
         instruction constitue une violation du RGPD.\n\n\
         # 2. Confidentialité {{confidentialité}}\nLe Prestataire veille à ce que les personnes autorisées à traiter \
         les Données du Client s'engagent à respecter la confidentialité ou soient soumises à une obligation légale \
         appropriée de confidentialité.\n\n\
         # 3. Sécurité {{sécurité}}\nLe Prestataire met en œuvre les mesures requises par l'article 32 du RGPD. Les \
         données sont chiffrées au repos {at_rest} et en transit avec [[chiffrement-en-transit : {in_transit}]]. Le \
         Prestataire détient la certification [[certification : ISO/IEC 27001:2022, valable jusqu'au 30/06/2027]] et \
         teste ses mesures tous les [[intervalle-tests-intrusion : 12 mois]].\n\n\
         # 4. Sous-traitants ultérieurs {{sous-traitants-ultérieurs}}\nLe Client donne une autorisation écrite \
         [[autorisation : générale]]. Le Prestataire informe le Client [[préavis-objection : {notice} jours]] avant \
         tout changement ; le Client peut s'y opposer dans un délai de [[délai-objection : {window} jours]] et \
         résilier les services concernés. Le Prestataire impose les mêmes obligations à chaque sous-traitant \
         ultérieur et demeure pleinement responsable de leur exécution.\n\n\
         # 5. Droits des personnes concernées {{droits-des-personnes}}\nLe Prestataire aide le Client, par des \
         mesures techniques et organisationnelles appropriées, à donner suite aux demandes d'exercice des droits des \
         personnes concernées.\n\n\
         # 6. Assistance {{assistance}}\nLe Prestataire aide le Client pour {dpia} prévues aux articles 35 et 36 du \
         RGPD.\n\n\
         # 7. Violations de données {{notification-violation}}\nLe Prestataire notifie au Client toute violation de \
         données à caractère personnel dans les meilleurs délais et au plus tard [[délai-violation : {hours} heures]] \
         après en avoir pris connaissance, avec les informations de l'article 33, paragraphe 3, du RGPD, et l'aide à \
         notifier l'autorité de contrôle et les personnes concernées.\n\n\
         # 8. Audits {{audit}}\nLe Prestataire met à la disposition du Client toutes les informations nécessaires \
         pour démontrer le respect de ses obligations et permet la réalisation d'audits, y compris des inspections, \
         moyennant un préavis de [[préavis-audit : {audit_notice} jours]], [[fréquence-audit : une fois par an]] et \
         après toute violation.\n\n\
         # 9. Suppression et restitution {{suppression-restitution}}\nAu terme des services, le Prestataire supprime \
         ou restitue, au choix du Client, toutes les Données du Client dans un délai de \
         [[délai-suppression : {deletion} jours]] et certifie la suppression par écrit.\n\n",
        month = 1 + number % 12,
        day = 1 + number % 28,
        notice = terms.objection_notice,
        window = terms.objection_window,
        hours = terms.breach_hours,
        audit_notice = terms.audit_notice,
        deletion = terms.deletion_days,
    );
    if terms.has_note {
        text.push_str("%% NOTE : clause d'audit à confirmer par le conseil du Prestataire.\n\n");
    }
    text.push_str(
        "# Annexe I - Description du traitement {annexe description-du-traitement}\n| Élément | Description |\n\
         |---|---|\n| Objet | Hébergement et support de la plateforme de commandes du Client |\n\
         | Durée | Durée du contrat principal |\n| Nature | Stockage, hébergement, accès de support et suppression |\n\
         | Finalité | Gestion des commandes, du programme de fidélité et du service client |\n\
         | Types de données à caractère personnel | Nom, coordonnées, historique des commandes |\n\
         | Catégories de personnes concernées | Clients et membres du programme de fidélité |\n\n",
    );
    if !terms.sub_processors.is_empty() {
        text.push_str(
            "# Annexe II - Sous-traitants ultérieurs {annexe liste-sous-traitants-ultérieurs}\n\
             | Sous-traitant | Pays | Finalité | Mécanisme de transfert |\n|---|---|---|---|\n",
        );
        text.push_str(&sub_processor_rows(terms));
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
        let terms = Terms::choose(&mut choices);
        if choices.chance(25) && number + 1 < CONTRACTS {
            // A bilingual pair: each version names the other; one in five has drifted apart.
            let (en, fr) = (format!("dpa-{number}.dpa"), format!("dpa-{number}.fr.dpa"));
            let mut translated = terms.clone();
            if choices.chance(20) {
                translated.breach_hours += 24;
            }
            bytes += write(&format!("{folder}/{en}"), &english(&terms, number, Some(&fr)));
            bytes += write(&format!("{folder}/{fr}"), &french(&translated, number, Some(&en)));
            number += 2;
        } else {
            let text = if choices.chance(50) { english(&terms, number, None) } else { french(&terms, number, None) };
            bytes += write(&format!("{folder}/dpa-{number}.dpa"), &text);
            number += 1;
        }
    }
    for old in 0..50 {
        write(&format!("contracts/archive/old-{old}.dpa"), &english(&Terms::choose(&mut choices), old, None));
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
