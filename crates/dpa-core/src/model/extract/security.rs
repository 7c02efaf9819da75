//! Security values named in the text:
//!
//! * `encryption-at-rest`: a cipher named in a sentence about stored data ("backups are
//!   encrypted with AES-256-GCM", "les sauvegardes sont chiffrées au repos en AES-256");
//! * `encryption-in-transit`: a protocol ("all connections use TLS 1.3", "via SFTP"), or a
//!   cipher in a sentence about transmission only;
//! * `certification`: a known scheme with the validity that follows it ("ISO/IEC 27001 (valid
//!   until 2026-11-30)", "certifié HDS"), once per scheme.
//!
//! Not read: a family named without its version ("TLS", "AES"), a cipher whose sentence names
//! both scopes or a protocol it may belong to, a validity written more than a few words after
//! the name, anything ruled out ("TLS 1.0 is disabled", "no 3DES") or negated ("the Provider
//! is not ISO 27001 certified").

use dpa_lexicon::values::{find_certifications, parse_certification, Certification, CryptoKind, Located};

use dpa_lexicon::cues::security::IN_TRANSIT;

use super::inferred_fact;
use crate::model::{CryptoMention, Document, Fact, FactName};
use crate::rules::query::negated;
use crate::rules::security::reference_only;
use crate::rules::Context;

pub(super) fn extract(cx: &Context<'_>) -> Vec<Fact> {
    let mut found = encryption(cx);
    found.extend(certifications(cx));
    found
}

/// The ciphers and protocols the model read ([`crate::model::Document::crypto`]) that state the
/// encryption of one scope.
fn encryption(cx: &Context<'_>) -> Vec<Fact> {
    let doc = cx.doc;
    doc.crypto
        .iter()
        .filter(|mention| mention.fact.is_none())
        .filter(|mention| matches!(mention.item.kind, CryptoKind::Cipher | CryptoKind::Protocol))
        .filter(|mention| !mention.generic() && !mention.ruled_out(doc))
        .filter_map(|mention| {
            let name = mention.scope_in_text(doc)?;
            let paragraph = &doc.paragraphs[mention.paragraph];
            let unsure_cipher = mention.item.kind == CryptoKind::Cipher
                && (IN_TRANSIT.matches_in(&paragraph.folded, mention.sentence) && name == FactName::EncryptionAtRest
                    || names_a_protocol(doc, mention));
            if unsure_cipher {
                return None;
            }
            inferred_fact(name, mention.span, paragraph)
        })
        .collect()
}

/// Whether the mention's sentence names a protocol too: a cipher there may be the protocol's
/// ("received over SSH with 3DES-CBC"), not the stored data's.
fn names_a_protocol(doc: &Document, mention: &CryptoMention) -> bool {
    doc.crypto.iter().any(|other| {
        other.paragraph == mention.paragraph
            && other.sentence == mention.sentence
            && other.item.kind == CryptoKind::Protocol
    })
}

/// The most words after a certification's name that its validity takes ("(valid until 30
/// November 2026)", "valable jusqu'au 30 novembre 2026").
const VALIDITY_WORDS: usize = 5;

/// Known certification schemes named in agreed text, with the validity written after them.
fn certifications(cx: &Context<'_>) -> Vec<Fact> {
    let mut found = Vec::new();
    let mut held: Vec<Certification> = Vec::new();
    for paragraph in &cx.doc.paragraphs {
        let folded = &paragraph.folded;
        for located in find_certifications(&paragraph.text) {
            let name = paragraph.source_span(located.start, located.end);
            let at = folded.folded_offset(name.start);
            let Some((sentence_start, sentence_end)) = folded.sentence_at(at) else { continue };
            if negated(&folded.folded[sentence_start..at]) || reference_only(cx.doc, paragraph, name.start) {
                continue;
            }
            let source_end = folded.source_range(sentence_start, sentence_end).1;
            let sentence_end = paragraph.offsets.partition_point(|&offset| offset < source_end);
            let Some(end) = through_validity(&paragraph.text, &located, sentence_end) else { continue };
            // A scheme named again is the same certification.
            if held.contains(&located.value) {
                continue;
            }
            let fact = inferred_fact(FactName::Certification, paragraph.source_span(located.start, end), paragraph);
            if fact.is_some() {
                held.push(located.value);
            }
            found.extend(fact);
        }
    }
    found
}

/// Where the words of a certification end: after its name, or, when the parser found an end
/// date for it, after the shortest run of words of its sentence that reads with that date
/// ("ISO/IEC 27001 (valid until 2026-11-30)"). `None` when the date lies beyond the sentence or
/// further than a validity's own words: the fact would hold words that are not its value.
fn through_validity(text: &str, located: &Located<Certification>, sentence_end: usize) -> Option<usize> {
    let Some(until) = located.value.valid_until else { return Some(located.end) };
    let mut end = located.end;
    for _ in 0..VALIDITY_WORDS {
        if end >= sentence_end {
            return None;
        }
        let rest = text.get(end..sentence_end)?;
        let word_start = end + (rest.len() - rest.trim_start().len());
        end = text[word_start..sentence_end].find(char::is_whitespace).map_or(sentence_end, |at| word_start + at);
        let words = text[located.start..end].trim_end_matches([',', ';', '.', ')']);
        if parse_certification(words).is_ok_and(|read| read.valid_until == Some(until)) {
            let words_end = located.start + words.len();
            let opened = words.matches('(').count() > words.matches(')').count();
            return Some(if opened && text[words_end..].starts_with(')') { words_end + 1 } else { words_end });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::extracted;
    use crate::model::FactName;

    #[test]
    fn ciphers_at_rest_and_protocols_in_transit() {
        let english = "# Security {security}\nBackups are encrypted at rest with AES-256-GCM. All connections use TLS 1.3; TLS 1.0 is disabled.\n";
        assert_eq!(extracted(english, FactName::EncryptionAtRest), ["AES-256-GCM"]);
        assert_eq!(extracted(english, FactName::EncryptionInTransit), ["TLS 1.3"], "TLS 1.0 is ruled out");
        let french = "# Sécurité {securite}\nLes données stockées sont chiffrées au repos en AES-256. Les flux sont protégés par TLS 1.2 au minimum.\n";
        assert_eq!(extracted(french, FactName::EncryptionAtRest), ["AES-256"]);
        assert_eq!(extracted(french, FactName::EncryptionInTransit), ["TLS 1.2 au minimum"]);
    }

    #[test]
    fn a_generic_name_or_a_cipher_for_both_scopes_is_no_fact() {
        let source = "# Security {security}\nData is encrypted with TLS. Data at rest and in transit is encrypted with AES-256.\n";
        assert!(extracted(source, FactName::EncryptionInTransit).is_empty());
        assert!(extracted(source, FactName::EncryptionAtRest).is_empty());
        let protocol = "# Security {security}\nBackups are received over SSH with 3DES-CBC.\n";
        assert!(extracted(protocol, FactName::EncryptionAtRest).is_empty(), "the protocol's cipher");
    }

    #[test]
    fn certifications_with_their_validity() {
        let english = "# Security {security}\nThe Provider holds ISO/IEC 27001 (valid until 2026-11-30) for the hosting services. The Provider is not SOC 2 certified.\n";
        assert_eq!(extracted(english, FactName::Certification), ["ISO/IEC 27001 (valid until 2026-11-30)"]);
        let french = "# Sécurité {securite}\nL'hébergeur est certifié HDS. Le Prestataire ne détient pas la qualification SecNumCloud.\n";
        assert_eq!(extracted(french, FactName::Certification), ["HDS"]);
        let apart = "# Security {security}\nThe Provider holds an ISO/IEC 27001 certificate for the platform, valid until 31 March 2025.\n";
        assert!(extracted(apart, FactName::Certification).is_empty(), "the date is too far from the name");
        let again = "# Security {security}\nThe Provider holds an ISO 27001 certification and shall send its ISO 27001 certificate each year.\n";
        assert_eq!(extracted(again, FactName::Certification), ["ISO 27001"], "the same scheme again");
        let blank = "# Security {security}\nThe Provider holds [ISO 27001] certification.\n";
        assert!(extracted(blank, FactName::Certification).is_empty());
    }
}
