//! Values the model reads from untagged prose come out of `convert` as `[[name: value]]` facts
//! around the same words, and the converted text lints the same.

use dpa_core::convert::convert;
use dpa_core::{lint, LintOptions};

fn converted(source: &str) -> String {
    convert(source, &LintOptions::default(), Some("Contract")).text
}

/// The rule ids a text fires, in order, and whether any finding rests on inference.
fn rule_ids(source: &str) -> (Vec<String>, Vec<String>) {
    let report = lint(source, &LintOptions::default());
    let mut ids: Vec<String> = report.findings.iter().map(|finding| finding.rule.clone()).collect();
    ids.sort();
    ids.dedup();
    let inferred = report.findings.iter().filter(|finding| finding.inferred).map(|finding| finding.rule.clone());
    (ids, inferred.collect())
}

fn check(source: &str, facts: &[&str], valued_rules: &[&str]) {
    let once = converted(source);
    for fact in facts {
        assert!(once.contains(fact), "missing {fact} in:\n{once}");
    }
    assert_eq!(converted(&once), once, "converting twice changes nothing");
    let (before, _) = rule_ids(source);
    let (after, inferred_after) = rule_ids(&once);
    assert_eq!(before, after, "the converted text lints with the same rules:\n{once}");
    for rule in valued_rules {
        assert!(after.iter().any(|id| id == rule), "{rule} fires on the converted text");
        assert!(!inferred_after.iter().any(|id| id == rule), "{rule} no longer rests on inference");
    }
}

#[test]
fn english_values_become_facts() {
    let source = "DATA PROCESSING AGREEMENT\n\n1. Audits\n\nThe Customer may audit the Provider not more than once every three years, on sixty (60) days' written notice.\n\n2. Security\n\nCustomer data is encrypted at rest with 3DES. All connections use TLS 1.0. The Provider holds ISO/IEC 27001 (valid until 2024-11-30).\n";
    check(
        source,
        &[
            "[[audit-notice: sixty (60) days]]",
            "[[audit-frequency: once every three years]]",
            "[[encryption-at-rest: 3DES]]",
            "[[encryption-in-transit: TLS 1.0]]",
            "[[certification: ISO/IEC 27001 (valid until 2024-11-30)]]",
        ],
        &["AUDIT-NOTICE", "AUDIT-FREQUENCY", "SEC-CRYPTO-STRENGTH"],
    );
}

#[test]
fn french_values_become_facts() {
    let source = "ACCORD DE SOUS-TRAITANCE\n\n1. Audits\n\nLe Client peut auditer le Prestataire au maximum une fois tous les trois ans, moyennant un préavis écrit de soixante (60) jours.\n\n2. Sécurité\n\nLes données stockées sont chiffrées au repos en 3DES. Les flux sont protégés par TLS 1.0. Le Prestataire est certifié HDS.\n";
    check(
        source,
        &[
            "[[préavis-audit : soixante (60) jours]]",
            "[[fréquence-audit : une fois tous les trois ans]]",
            "[[chiffrement-au-repos : 3DES]]",
            "[[chiffrement-en-transit : TLS 1.0]]",
            "[[certification : HDS]]",
        ],
        &["AUDIT-NOTICE", "AUDIT-FREQUENCY", "SEC-CRYPTO-STRENGTH"],
    );
}

#[test]
fn english_sub_processor_retention_and_transfer_values_become_facts() {
    let source = "DATA PROCESSING AGREEMENT\n\n1. Sub-processors\n\nThe Customer gives a general written authorisation to engage Sub-processors. The Provider will notify the Customer at least ten (10) days before engaging any new Sub-processor, and the Customer may object within thirty (30) days of that notice.\n\n2. Deletion and return\n\nAt the end of the services, the Provider shall delete or return all Customer Data within one hundred and eighty (180) days.\n\n3. International transfers\n\nTransfers of Customer Data to India are governed by the standard contractual clauses.\n";
    check(
        source,
        &[
            "[[objection-notice: ten (10) days]]",
            "[[objection-window: thirty (30) days]]",
            "[[deletion-period: one hundred and eighty (180) days]]",
            "[[transfer-mechanism: standard contractual clauses]]",
        ],
        &["SUBPROC-CHANGE-NOTICE", "SUBPROC-OBJECTION", "END-DEADLINE", "XFER-SCC-MODULE"],
    );
}

#[test]
fn french_sub_processor_retention_and_transfer_values_become_facts() {
    let source = "ACCORD DE SOUS-TRAITANCE\n\n1. Sous-traitants ultérieurs\n\nLe Client donne une autorisation écrite générale de recourir à des sous-traitants ultérieurs. Le Prestataire informe le Client de tout nouveau sous-traitant ultérieur au moins dix (10) jours avant son intervention, et le Client peut s'opposer dans un délai de trente (30) jours.\n\n2. Suppression et restitution\n\nAu terme des prestations, le Prestataire supprime ou restitue toutes les données dans un délai de six (6) mois.\n\n3. Transferts internationaux\n\nLes transferts de données vers l'Inde sont encadrés par les clauses contractuelles types.\n";
    check(
        source,
        &[
            "[[préavis-objection : dix (10) jours]]",
            "[[délai-objection : trente (30) jours]]",
            "[[délai-suppression : six (6) mois]]",
            "[[mécanisme-transfert : clauses contractuelles types]]",
        ],
        &["SUBPROC-CHANGE-NOTICE", "SUBPROC-OBJECTION", "END-DEADLINE", "XFER-SCC-MODULE"],
    );
}
