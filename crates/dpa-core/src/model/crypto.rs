//! Cryptography named in the text: every cipher, hash, key size and protocol the lexicon's
//! parser finds in a paragraph (fact values are rendered there as their text), with the
//! encryption fact it belongs to. Read once per document; the security rules judge it, and the
//! security extractor makes encryption facts of the ciphers and protocols named for a scope.

use dpa_lexicon::cues::security::{AT_REST, CREDENTIALS, DISABLED, IN_TRANSIT, PROTOCOL_MESSAGE, STORED_CONTENT};
use dpa_lexicon::values::{find_crypto, tables, CryptoItem, CryptoKind, Strength};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use super::{Document, FactName};
use crate::rules::query::negated;

/// A cipher, hash, key size or protocol named in the document.
#[derive(Debug, Clone)]
pub struct CryptoMention {
    pub item: CryptoItem,
    /// The words in the source; inside its fact's value when the words belong to a fact.
    pub span: Span,
    /// Index in [`Document::paragraphs`].
    pub paragraph: usize,
    /// Folded byte range of its sentence in the paragraph's folded text.
    pub sentence: (usize, usize),
    /// Index in [`Document::facts`] of the encryption fact whose value it is part of.
    pub fact: Option<usize>,
}

const ENCRYPTION_FACTS: &[FactName] = &[FactName::EncryptionAtRest, FactName::EncryptionInTransit];

impl CryptoMention {
    /// The encryption it states when read outside a fact: protocols are in transit, ciphers take
    /// the scope their sentence names (at rest first when it names both). A cipher for stored
    /// passwords or credentials only protects no stored personal data.
    pub fn scope_in_text(&self, doc: &Document) -> Option<FactName> {
        let paragraph = &doc.paragraphs[self.paragraph];
        match self.item.kind {
            CryptoKind::Protocol => Some(FactName::EncryptionInTransit),
            CryptoKind::Cipher => {
                [(&AT_REST, FactName::EncryptionAtRest), (&IN_TRANSIT, FactName::EncryptionInTransit)]
                    .into_iter()
                    .find(|(cue, _)| cue.matches_in(&paragraph.folded, self.sentence))
                    .map(|(_, name)| name)
                    .filter(|&name| {
                        name != FactName::EncryptionAtRest
                            || !protects_only_credentials(&paragraph.folded, self.sentence)
                    })
            }
            CryptoKind::Hash | CryptoKind::PublicKey => None,
        }
    }

    /// A family named without the version or size that makes it checkable ("TLS", "AES",
    /// "SSH"): the reference table has versioned rows for it.
    pub fn generic(&self) -> bool {
        self.item.strength == Strength::Acceptable && self.versionless()
    }

    /// Named without a version or size, whatever its strength ("SSL and TLS"): the reference
    /// table has versioned rows for the name.
    pub fn versionless(&self) -> bool {
        let name = self.item.name.as_str();
        !name.contains(|c: char| c.is_ascii_digit())
            && tables::CRYPTO
                .iter()
                .any(|row| row.name.strip_prefix(name).is_some_and(|rest| rest.starts_with([' ', '-'])))
    }

    /// Named only to be ruled out ("TLS 1.0 is disabled", "no MD5"). A fact is a commitment.
    pub fn ruled_out(&self, doc: &Document) -> bool {
        if self.fact.is_some() {
            return false;
        }
        let folded = &doc.paragraphs[self.paragraph].folded;
        // Within its sentence, cut at every full stop: the splitter keeps "TLS 1.3. Older
        // versions are disabled" together because of the number before the stop.
        let sentence = &folded.folded[self.sentence.0..self.sentence.1];
        let at = folded.folded_offset(self.span.start).clamp(self.sentence.0, self.sentence.1) - self.sentence.0;
        let from = sentence[..at].rfind(". ").map_or(0, |stop| stop + 2);
        let to = sentence[at..].find(". ").map_or(sentence.len(), |stop| at + stop);
        DISABLED.matches_in(folded, (self.sentence.0 + from, self.sentence.0 + to)) || negated(&sentence[from..at])
    }
}

/// Whether the words in `range` protect only credentials ("stored mailbox passwords and OAuth
/// credentials", « chiffrement des mots de passe »): they name some, and no data, file, record
/// or medium beside them other than as the credentials' own qualifier ("database credentials").
pub(crate) fn protects_only_credentials(folded: &FoldedText, range: (usize, usize)) -> bool {
    let credentials = CREDENTIALS.find_all_in(folded, range);
    let qualifies_credentials =
        |end: usize| credentials.iter().any(|&(start, _)| start >= end && folded.folded[end..start].trim().is_empty());
    !credentials.is_empty()
        && STORED_CONTENT.find_all_in(folded, range).into_iter().all(|(_, end)| qualifies_credentials(end))
}

/// Every mention outside square brackets (a drafting note naming an algorithm commits to
/// nothing), in document order.
pub(super) fn read(doc: &Document) -> Vec<CryptoMention> {
    let encryption_facts: Vec<usize> = doc
        .facts
        .iter()
        .enumerate()
        .filter(|(_, fact)| ENCRYPTION_FACTS.contains(&fact.name))
        .map(|(i, _)| i)
        .collect();
    let mut found = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        let folded = &paragraph.folded;
        for item in find_crypto(&paragraph.text) {
            let words = paragraph.source_span(item.start, item.end);
            let at = folded.folded_offset(words.start);
            let sentence = folded.sentence_at(at).unwrap_or((0, folded.folded.len()));
            let fact = encryption_facts.iter().copied().find(|&fact| {
                let value = doc.facts[fact].value_span;
                value.start < words.end && words.start < value.end
            });
            // Words read across a fact's edge ("TLS 1.0]] or later") are reported inside the fact.
            let span = fact
                .map(|fact| doc.facts[fact].value_span)
                .map_or(words, |value| Span::new(words.start.max(value.start), words.end.min(value.end)));
            let describes_a_message =
                fact.is_none() && item.kind == CryptoKind::Protocol && names_a_message(folded, words);
            if !paragraph.bracketed(span) && !describes_a_message {
                found.push(CryptoMention { item, span, paragraph: index, sentence, fact });
            }
        }
    }
    found
}

/// Whether the protocol named at `words` qualifies a message or a part of one, the word right
/// before or after it ("every HTTP request includes the IP address", « l'en-tête HTTP »): that
/// describes data, not the channel the processor carries it over.
fn names_a_message(folded: &FoldedText, words: Span) -> bool {
    let text = folded.folded.as_str();
    let (start, end) = (folded.folded_offset(words.start), folded.folded_offset(words.end));
    let next = end + (text.len() - end - text[end..].trim_start().len());
    let previous = text[..start].trim_end().len();
    PROTOCOL_MESSAGE.find_all(folded).into_iter().any(|(from, to)| from == next || to == previous)
}

/// Links the mentions that the security extractor made facts of to those facts.
pub(super) fn attach_inferred_facts(doc: &mut Document) {
    let facts = &doc.facts;
    for mention in doc.crypto.iter_mut().filter(|mention| mention.fact.is_none()) {
        mention.fact = facts.iter().position(|fact| {
            fact.inferred && ENCRYPTION_FACTS.contains(&fact.name) && fact.value_span.contains(mention.span.start)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_know_their_fact_and_skip_drafting_notes() {
        let source = "# Security {security}\nTransfers use [[encryption-in-transit: TLS 1.2]].\n\nBackups use AES-256. [Drafting note: or 3DES?]\n";
        let doc = crate::lint(source, &crate::LintOptions::default()).document;
        let named: Vec<(&str, Option<(FactName, bool)>)> = doc
            .crypto
            .iter()
            .map(|mention| {
                let fact = mention.fact.map(|fact| &doc.facts[fact]);
                (mention.span.text(source), fact.map(|fact| (fact.name, fact.inferred)))
            })
            .collect();
        assert_eq!(
            named,
            [
                ("TLS 1.2", Some((FactName::EncryptionInTransit, false))),
                ("AES-256", Some((FactName::EncryptionAtRest, true)))
            ],
            "the backups' cipher is read as a fact"
        );
    }
}
