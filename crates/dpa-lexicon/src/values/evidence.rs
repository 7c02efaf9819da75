//! Evidence of security: what kind of document (SOC 2 report, penetration test report, ISO
//! certificate, audit report) and how often or when (`annually`, `dated 2025-03-01`,
//! `du 1er mars 2025`).

use super::certification::find_certifications;
use super::date::dates_from;
use super::frequency::find_frequency;
use super::tokens::Scanned;
use super::{CertScheme, Evidence, EvidenceKind, ValueError};

const EVIDENCE_EXAMPLES: &[&str] =
    &["SOC 2 Type II report, annually", "pentest report dated 2025-03-01", "rapport de test d'intrusion du 01/03/2025"];

/// Kinds named in words (folded); SOC 2 and ISO kinds also come from the certification names.
const KIND_PHRASES: &[(&str, EvidenceKind)] = &[
    ("penetration test*", EvidenceKind::PentestReport),
    ("pentest*", EvidenceKind::PentestReport),
    ("pen test*", EvidenceKind::PentestReport),
    ("pen-test*", EvidenceKind::PentestReport),
    ("intrusion test*", EvidenceKind::PentestReport),
    ("test d'intrusion", EvidenceKind::PentestReport),
    ("tests d'intrusion", EvidenceKind::PentestReport),
    ("audit d'intrusion", EvidenceKind::PentestReport),
    ("iso certificate", EvidenceKind::IsoCertificate),
    ("certificat iso", EvidenceKind::IsoCertificate),
    ("audit report*", EvidenceKind::AuditReport),
    ("rapport d'audit", EvidenceKind::AuditReport),
    ("rapports d'audit", EvidenceKind::AuditReport),
    ("audit*", EvidenceKind::AuditReport),
];

fn kind_of_scheme(scheme: &CertScheme) -> EvidenceKind {
    match scheme {
        CertScheme::Soc2 => EvidenceKind::Soc2Report,
        CertScheme::Soc2Type1 => EvidenceKind::Soc2Type1Report,
        CertScheme::Soc2Type2 => EvidenceKind::Soc2Type2Report,
        scheme if scheme.is_iso() => EvidenceKind::IsoCertificate,
        scheme => EvidenceKind::Other(scheme.label().to_string()),
    }
}

/// An `evidence` value. The kind named first wins; the frequency is the first one stated; the
/// date is the latest one given (a report covering `2025-01-01 to 2025-06-30` is as fresh as
/// its end). A value with a frequency or date but no known kind keeps its first words as the
/// kind.
pub fn parse_evidence(text: &str) -> Result<Evidence, ValueError> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let mut dated = None;
    for (first, found) in dates_from(&tokens, 0) {
        match found.date {
            Some(date) => dated = dated.max(Some(date)),
            None => {
                return Err(ValueError::BadDate { text: scanned.source_text(&tokens, first, found.end).to_string() })
            }
        }
    }
    let frequency = find_frequency(text).map(|found| found.value);
    let from_schemes =
        find_certifications(text).into_iter().map(|found| (found.start, kind_of_scheme(&found.value.scheme)));
    let from_words = KIND_PHRASES.iter().filter_map(|(phrase, kind)| {
        let (start, _) = scanned.folded.find_phrase(phrase).into_iter().next()?;
        Some((scanned.folded.source_range(start, start).0, kind.clone()))
    });
    let kind = from_schemes.chain(from_words).min_by_key(|(start, _)| *start).map(|(_, kind)| kind);
    let kind = match kind {
        Some(kind) => kind,
        None if frequency.is_some() || dated.is_some() => {
            let first_words = text.split([',', ';', '(']).next().unwrap_or(text).trim();
            EvidenceKind::Other(first_words.to_string())
        }
        None => return Err(ValueError::Unrecognised { expected: EVIDENCE_EXAMPLES }),
    };
    Ok(Evidence { kind, frequency, dated })
}

#[cfg(test)]
mod tests {
    use super::super::{parse_date, Frequency};
    use super::*;

    fn evidence(text: &str) -> Evidence {
        parse_evidence(text).unwrap_or_else(|error| panic!("{text}: {error:?}"))
    }

    const ANNUALLY: Option<Frequency> = Some(Frequency::PerYear { times: 1.0 });

    #[test]
    fn spec_examples() {
        assert_eq!(
            evidence("SOC 2 Type II report, annually"),
            Evidence { kind: EvidenceKind::Soc2Type2Report, frequency: ANNUALLY, dated: None }
        );
        assert_eq!(
            evidence("pentest report dated 2025-03-01"),
            Evidence { kind: EvidenceKind::PentestReport, frequency: None, dated: parse_date("2025-03-01") }
        );
        assert_eq!(evidence("rapport de test d'intrusion du 01/03/2025").dated, parse_date("2025-03-01"));
        assert_eq!(evidence("rapport SOC 2 type 2, annuellement").kind, EvidenceKind::Soc2Type2Report);
    }

    #[test]
    fn kinds() {
        for (text, kind) in [
            ("SOC 2 Type I report", EvidenceKind::Soc2Type1Report),
            ("SOC 2 report", EvidenceKind::Soc2Report),
            ("penetration test report", EvidenceKind::PentestReport),
            ("annual penetration testing", EvidenceKind::PentestReport),
            ("rapport de test d'intrusion", EvidenceKind::PentestReport),
            ("tests d'intrusion annuels", EvidenceKind::PentestReport),
            ("ISO certificate", EvidenceKind::IsoCertificate),
            ("certificat ISO 27001", EvidenceKind::IsoCertificate),
            ("ISO/IEC 27001:2022 certificate", EvidenceKind::IsoCertificate),
            ("audit report", EvidenceKind::AuditReport),
            ("rapport d'audit", EvidenceKind::AuditReport),
            ("independent audit, every year", EvidenceKind::AuditReport),
            ("PCI DSS attestation of compliance, annually", EvidenceKind::Other("PCI DSS".to_string())),
        ] {
            assert_eq!(evidence(text).kind, kind, "{text}");
        }
    }

    #[test]
    fn frequencies_and_dates() {
        for (text, times) in [
            ("SOC 2 Type II report, every year", 1.0),
            ("audit report, yearly", 1.0),
            ("pentest, twice a year", 2.0),
            ("pentest, quarterly", 4.0),
            ("rapport d'audit, chaque année", 1.0),
            ("rapport d'audit, une fois par an", 1.0),
            ("tests d'intrusion, semestriellement", 2.0),
        ] {
            assert_eq!(evidence(text).frequency, Some(Frequency::PerYear { times }), "{text}");
        }
        for text in [
            "pentest report dated 2025-03-01",
            "pentest report of 1 March 2025",
            "rapport de test d'intrusion du 1er mars 2025",
        ] {
            assert_eq!(evidence(text).dated, parse_date("2025-03-01"), "{text}");
        }
        assert_eq!(evidence("SOC 2 Type II report covering 2025-01-01 to 2025-06-30").dated, parse_date("2025-06-30"));
    }

    #[test]
    fn unknown_kinds_keep_their_words() {
        assert_eq!(evidence("Trust report, annually").kind, EvidenceKind::Other("Trust report".to_string()));
        assert_eq!(parse_evidence("we are secure"), Err(ValueError::Unrecognised { expected: EVIDENCE_EXAMPLES }));
        assert_eq!(
            parse_evidence("pentest dated 2025-02-30"),
            Err(ValueError::BadDate { text: "2025-02-30".to_string() })
        );
    }
}
