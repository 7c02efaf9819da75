//! `transfer-mechanism`: the safeguard a sentence of a transfer or sub-processor clause relies on
//! ("transfers to the United States are governed by the standard contractual clauses (Module
//! Three)", « les transferts sont encadrés par les clauses contractuelles types de la Commission
//! européenne »), one fact per sentence. The fact spans the fewest words that still read as the
//! whole sentence's mechanism: the safeguard's name with its module and any transfer impact
//! assessment the sentence mentions. A sentence that names only the Union or no transfer at all
//! ("EEA", "none") states no safeguard and is left alone.
//!
//! Where transfers go (countries, recipients, "all transfers") is read by the rules from whole
//! sentences; only the mechanism is a value.

use dpa_lexicon::cues::transfers::NON_ADEQUATE_COUNTRIES;
use dpa_lexicon::values::{parse_mechanism, Mechanism};

use super::{inferred_fact, taken};
use crate::model::{Fact, FactName};
use crate::rules::transfers::{names_a_safeguard, plain_range, running_text, TRANSFER_KINDS};
use crate::rules::Context;

pub(super) fn extract(cx: &Context<'_>) -> Vec<Fact> {
    running_text(cx, TRANSFER_KINDS)
        .filter_map(|sentence| {
            let (sentence_start, end) = plain_range(&sentence);
            // "a country not recognised as providing an adequate level of protection" names the
            // class of destinations, not adequacy as the safeguard: the value follows it.
            let after_class = sentence.mentions(&NON_ADEQUATE_COUNTRIES).last().map(|&(_, class_end)| {
                let at = sentence.source_span((class_end, class_end)).start;
                sentence.paragraph.offsets.partition_point(|&offset| offset < at)
            });
            let start = after_class.filter(|&at| at < end).unwrap_or(sentence_start);
            let text = sentence.paragraph.text.get(start..end)?;
            let mechanism = parse_mechanism(text).ok().filter(names_a_safeguard)?;
            let (from, to) = value_words(text, &mechanism);
            let span = sentence.paragraph.source_span(start + from, start + to);
            inferred_fact(FactName::TransferMechanism, span, sentence.paragraph)
        })
        .filter(|fact| !taken(cx.doc, fact))
        .collect()
}

/// How many words name a safeguard on their own ("standard contractual clauses", "UK
/// Addendum"): the value starts at the first such run, not at a later citation that would
/// read the same ("2021/914, Module 3").
const NAME_WORDS: usize = 3;

/// The byte range of the whole words of `text` that read as `mechanism`: from the first run of
/// words naming a safeguard, to the fewest words after it that still read the same, without the
/// punctuation that ends a sentence or a clause.
fn value_words(text: &str, mechanism: &Mechanism) -> (usize, usize) {
    let words: Vec<(usize, usize)> = text
        .split_whitespace()
        .map(|word| {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + word.len())
        })
        .collect();
    let reads_as = |first: usize, last: usize| {
        parse_mechanism(&text[words[first].0..words[last].1]).is_ok_and(|read| read == *mechanism)
    };
    let (mut first, mut last) = (0, words.len().saturating_sub(1));
    let names_a_safeguard_at = |first: usize| {
        let last = (first + NAME_WORDS - 1).min(words.len() - 1);
        parse_mechanism(&text[words[first].0..words[last].1]).is_ok_and(|read| names_a_safeguard(&read))
    };
    while first < last && !names_a_safeguard_at(first) && reads_as(first + 1, last) {
        first += 1;
    }
    while last > first && reads_as(first, last - 1) {
        last -= 1;
    }
    let Some(&(start, _)) = words.get(first) else { return (0, 0) };
    let value = text[start..words[last].1].trim_end_matches(['.', ',', ';', ':']);
    (start, start + value.len())
}

#[cfg(test)]
mod tests {
    use super::super::tests::extracted;
    use crate::model::FactName;

    #[test]
    fn the_words_that_name_the_safeguard() {
        let english = "# Transfers {transfers}\nTransfers of Customer Data to the United States are governed by the standard contractual clauses (Module Three).\n";
        let cited = "# Transfers {transfers}\nTransfers to India rely on the standard contractual clauses approved by Decision (EU) 2021/914, Module 3.\n";
        assert_eq!(
            extracted(cited, FactName::TransferMechanism),
            ["standard contractual clauses approved by Decision (EU) 2021/914, Module 3"]
        );
        assert_eq!(extracted(english, FactName::TransferMechanism), ["standard contractual clauses (Module Three)"]);
        let french = "# Transferts {transferts}\nLes transferts de données vers l'Inde sont encadrés par les clauses contractuelles types.\n";
        assert_eq!(extracted(french, FactName::TransferMechanism), ["clauses contractuelles types"]);
    }

    #[test]
    fn the_class_of_countries_without_adequacy_is_no_adequacy() {
        let source = "# Transfers {transfers}\nWhere the processing involves a transfer to a country not recognised as providing an adequate level of protection, the standard contractual clauses apply.\n";
        assert_eq!(extracted(source, FactName::TransferMechanism), ["standard contractual clauses"]);
    }

    #[test]
    fn the_union_alone_is_no_safeguard() {
        let source = "# Transfers {transfers}\nCustomer Data is hosted in the EEA.\n";
        assert!(extracted(source, FactName::TransferMechanism).is_empty());
    }
}
