//! Cryptography named in the text: every cipher, hash, key size and protocol the lexicon's
//! parser finds in a paragraph (fact values are rendered there as their text), with the
//! encryption fact it belongs to. Read once per document; the security rules judge it.

use dpa_lexicon::values::{find_crypto, CryptoItem};
use dpa_syntax::Span;

use super::{Document, FactName};

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
            if !paragraph.bracketed(span) {
                found.push(CryptoMention { item, span, paragraph: index, sentence, fact });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_know_their_fact_and_skip_drafting_notes() {
        let source = "# Security {security}\nTransfers use [[encryption-in-transit: TLS 1.2]]. Backups use AES-256. [Drafting note: or 3DES?]\n";
        let doc = crate::lint(source, &crate::LintOptions::default()).document;
        let named: Vec<(&str, Option<FactName>)> = doc
            .crypto
            .iter()
            .map(|mention| (mention.span.text(source), mention.fact.map(|fact| doc.facts[fact].name)))
            .collect();
        assert_eq!(named, [("TLS 1.2", Some(FactName::EncryptionInTransit)), ("AES-256", None)]);
    }
}
