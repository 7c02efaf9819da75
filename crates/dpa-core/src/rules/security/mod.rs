//! Security and encryption evidence (rules.md, GDPR Art. 28(3)(c) and Art. 32): encryption at
//! rest and in transit, the strength of what is named, vague encryption promises, key custody,
//! certifications and reports as evidence, measures kept outside the contract, and testing.
//!
//! Facts count wherever they are: in the security clause, in the security-measures annex, in a
//! sub-processor row. Cryptography named in prose is found by the lexicon's crypto parser over
//! every paragraph, so a `3DES` in a table cell is read like one in a fact.

use dpa_lexicon::cues::inference::SENTENCE_VERBS;
use dpa_lexicon::cues::security::{
    AT_REST, ENCRYPTION, GENERAL_DESCRIPTION, HELD_COLUMN, IN_TRANSIT, MEASURES, OWN_DUTY_VERBS, REFERENCE_COLUMN,
};
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::{CryptoItem, CryptoKind, Strength};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use super::query::Hit;
use super::roles::role_of_term;
use super::search::Sentence;
use super::{Context, Rule};
use crate::lang::L10n;
use crate::model::{protects_only_credentials, ClauseKind, Document, Fact, FactName, Paragraph, PartyRole};

mod annex;
mod encryption;
mod evidence;
mod key_management;
mod strength;
mod testing;
mod unspecified;

pub(super) static RULES: &[&dyn Rule] = &[
    &annex::SecTomAnnex,
    &encryption::AT_REST,
    &encryption::IN_TRANSIT,
    &evidence::SecEvidencePresent,
    &evidence::SecEvidenceFreshness,
    &evidence::SecEvidenceRightToObtain,
    &key_management::SecKeyManagement,
    &strength::SecCryptoStrength,
    &testing::SecTesting,
    &unspecified::SecEncUnspecified,
];

/// Title of an inserted security clause.
const CLAUSE_TITLE: L10n = L10n::new("Security of processing", "Sécurité du traitement");

/// How to make certain a finding about the security clause that rests on text search.
const TAG_THE_CLAUSE: L10n = L10n::new(
    "tag the security clause `{security}` and the measures annex `{annex security-measures}`",
    "balisez la clause de sécurité `{securite}` et l'annexe des mesures `{annexe mesures-de-securite}`",
);

/// Where encryption applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Scope {
    AtRest,
    InTransit,
}

impl Scope {
    fn fact(self) -> FactName {
        match self {
            Scope::AtRest => FactName::EncryptionAtRest,
            Scope::InTransit => FactName::EncryptionInTransit,
        }
    }

    fn cue(self) -> &'static Cue {
        match self {
            Scope::AtRest => &AT_REST,
            Scope::InTransit => &IN_TRANSIT,
        }
    }

    fn of_fact(name: FactName) -> Option<Scope> {
        [Scope::AtRest, Scope::InTransit].into_iter().find(|scope| scope.fact() == name)
    }

    /// "at rest", "in transit", as a message says it.
    fn name(self) -> L10n {
        match self {
            Scope::AtRest => L10n::new("at rest", "au repos"),
            Scope::InTransit => L10n::new("in transit", "en transit"),
        }
    }
}

/// A cipher, hash, key size or protocol named in the document ([`crate::model::CryptoMention`]).
struct CryptoMention<'a> {
    item: &'a CryptoItem,
    /// The exact words in the source.
    span: Span,
    paragraph: &'a Paragraph,
    /// Folded byte range of its sentence in `paragraph.folded`.
    sentence: (usize, usize),
    /// The encryption fact whose value it is part of, written or read from the words.
    fact: Option<&'a Fact>,
    read: &'a crate::model::CryptoMention,
    doc: &'a Document,
}

impl CryptoMention<'_> {
    /// Where it applies: from its fact, else from its words and its sentence.
    fn scope(&self) -> Option<Scope> {
        let name = self.fact.map(|fact| fact.name).or_else(|| self.read.scope_in_text(self.doc))?;
        Scope::of_fact(name)
    }

    /// A family named without the version or size that makes it checkable ("TLS", "AES").
    fn generic(&self) -> bool {
        self.read.generic()
    }

    /// A cipher or protocol named precisely enough to be checked, and not ruled out. A weak
    /// family without its version ("SSL") is not: SEC-CRYPTO-STRENGTH flags it, but it does not
    /// say which protocol version the data travels with.
    fn specific(&self) -> bool {
        matches!(self.item.kind, CryptoKind::Cipher | CryptoKind::Protocol)
            && !self.read.versionless()
            && !self.ruled_out()
    }

    /// A deprecated primitive or protocol actually used ("SSL certificates", "3DES"): named,
    /// though not state of the art.
    fn deprecated(&self) -> bool {
        self.item.strength != Strength::Acceptable && !self.ruled_out()
    }

    /// Named only to be ruled out ("TLS 1.0 is disabled", "no MD5"). A fact is a commitment.
    fn ruled_out(&self) -> bool {
        self.read.ruled_out(self.doc)
    }
}

/// Every primitive and protocol named in the document, as the model read them.
fn crypto_mentions<'a>(cx: &Context<'a>) -> Vec<CryptoMention<'a>> {
    let doc = cx.doc;
    doc.crypto
        .iter()
        .map(|mention| CryptoMention {
            item: &mention.item,
            span: mention.span,
            paragraph: &doc.paragraphs[mention.paragraph],
            sentence: mention.sentence,
            fact: mention.fact.map(|fact| &doc.facts[fact]),
            read: mention,
            doc,
        })
        .collect()
}

/// Where encryption for `scope` is stated, if anywhere: a fact, a cipher or protocol named for
/// it (and not ruled out), or a sentence that says data is encrypted in that scope.
fn encryption_stated(cx: &Context<'_>, mentions: &[CryptoMention<'_>], scope: Scope) -> Option<Span> {
    let fact = cx.doc.facts_named(scope.fact()).next().map(|fact| fact.span);
    let named = || {
        mentions
            .iter()
            .find(|m| {
                m.scope() == Some(scope)
                    && !m.ruled_out()
                    && !controllers_own_duty(&Sentence::alone(m.paragraph, m.sentence))
            })
            .map(|m| m.span)
    };
    let said = || {
        cx.find_agreed(&ENCRYPTION, &[])
            .into_iter()
            .find(|hit| {
                let folded = &hit.paragraph.folded;
                scope.cue().matches_in(folded, encryption_reach(hit))
                    && !controllers_own_duty(&Sentence::alone(hit.paragraph, hit.sentence))
                    && !(scope == Scope::AtRest
                        && protects_only_credentials(folded, list_item(hit).unwrap_or(hit.sentence)))
            })
            .map(|hit| hit.span)
    };
    fact.or_else(named).or_else(said)
}

/// Whether a sentence states the controller's own duty, not a promise of the processor: its
/// words before the first verb name the controller by its role ("The Controller is responsible
/// for … encryption of data at rest within its own environment", « Le Client s'engage à chiffrer
/// … »). "Customer Data is encrypted" names the data, not the party.
fn controllers_own_duty(sentence: &Sentence<'_>) -> bool {
    let words = sentence.words_between(sentence.range.0, sentence.range.1);
    let subject: Vec<&str> =
        words.iter().copied().skip_while(|word| word.chars().all(|c| c.is_ascii_digit())).collect();
    let Some(verb) = subject.iter().position(|word| SENTENCE_VERBS.contains(word) || OWN_DUTY_VERBS.contains(word))
    else {
        return false;
    };
    verb > 0 && role_of_term(&subject[..verb].join(" ")) == Some(PartyRole::Controller)
}

/// The words whose scope an encryption word takes: when it is an item of a list of measures
/// that names its own scope, that item ("accès protégés, chiffrement des connexions,
/// sauvegardes": the connections, not the backups; "firewalls, encryption of stored data"),
/// else its whole sentence ("backups are kept daily and encrypted", "strong encryption both in
/// transit and at rest").
fn encryption_reach(hit: &Hit<'_>) -> (usize, usize) {
    let folded = &hit.paragraph.folded;
    list_item(hit)
        .filter(|&item| [&AT_REST, &IN_TRANSIT].into_iter().any(|cue| cue.matches_in(folded, item)))
        .unwrap_or(hit.sentence)
}

/// The item of a list run on in a sentence that holds the hit, between commas, semicolons or
/// brackets ("accès protégés, chiffrement des connexions, sauvegardes"); none when the hit's
/// sentence is no such list.
fn list_item(hit: &Hit<'_>) -> Option<(usize, usize)> {
    let folded = &hit.paragraph.folded;
    let (start, end) = hit.sentence;
    let at = folded.folded_offset(hit.span.start).clamp(start, end);
    let separator = |c: char| matches!(c, ',' | ';' | '(' | ')');
    let item_start = folded.folded[start..at].rfind(separator).map(|i| start + i + 1)?;
    let item_end = folded.folded[at..end].find(separator).map_or(end, |i| at + i);
    Some((item_start, item_end))
}

/// Whether a paragraph is part of what the record of processing holds about security (Art.
/// 30(1)(g)): the item of the record's contents ("the record contains: … ;") that gives "a general
/// description of the technical and organisational security measures, including as
/// appropriate:", or an item of the list it introduces. "- the encryption of personal data" there
/// says what the record describes, not what the processor promises. A heading that introduces
/// the processor's own list ("General description of the measures:") is no item, so its list
/// still counts.
pub(crate) fn describes_the_record(doc: &Document, paragraph: &Paragraph) -> bool {
    let Some(index) = doc.paragraph_index(paragraph) else { return false };
    let record_item =
        |index: usize| doc.lead_ins[index].is_some() && GENERAL_DESCRIPTION.matches(&doc.paragraphs[index].folded);
    record_item(index) || doc.lead_ins[index].is_some_and(|(lead, _)| record_item(lead))
}

/// Whether the words at source offset `at` of `paragraph` name a standard that the processor is
/// not shown to hold: a table cell under a column of reference standards ("| Mesure |
/// Description | Norme/Standard |"), or a row still to be filled in ("| [À compléter] |
/// Hébergement | ISO 27001 |").
pub(crate) fn reference_only(doc: &Document, paragraph: &Paragraph, at: usize) -> bool {
    let Some(index) = doc.paragraph_index(paragraph).filter(|_| paragraph.is_table_row) else { return false };
    let row = paragraph.span;
    if doc.placeholders.iter().any(|blank| row.start <= blank.span.start && blank.span.end <= row.end) {
        return true;
    }
    let first_row = doc.paragraphs[..index].iter().rposition(|other| !other.is_table_row).map_or(0, |gap| gap + 1);
    if first_row == index {
        return false;
    }
    let column = paragraph.text[..paragraph.offsets.partition_point(|&offset| offset < at)].matches('|').count();
    let title = FoldedText::new(doc.paragraphs[first_row].text.split('|').nth(column).unwrap_or(""), 0);
    REFERENCE_COLUMN.matches(&title) && !HELD_COLUMN.matches(&title)
}

/// Where a finding about missing security content points: the sentence of the security clause
/// that states the measures, else the security clause, else the measures annex, else the
/// document title; and whether that rests on inference.
fn security_anchor(cx: &Context<'_>) -> (Span, bool) {
    if let Some(hit) = cx.find_agreed(&MEASURES, &[ClauseKind::Security]).into_iter().next() {
        return (hit.sentence_span(), hit.inferred(cx));
    }
    let clause = cx
        .doc
        .clauses_of(ClauseKind::Security)
        .next()
        .or_else(|| cx.doc.clauses_of(ClauseKind::SecurityMeasures).next());
    match clause {
        Some(clause) => (clause.heading_span, cx.doc.prose || clause.inferred()),
        None => (cx.missing_span(), cx.doc.prose),
    }
}

/// Where new measures are written: the measures annex when there is one, else the security
/// clause (created if missing).
fn measures_kind(cx: &Context<'_>) -> ClauseKind {
    if cx.has_clause(ClauseKind::SecurityMeasures) {
        ClauseKind::SecurityMeasures
    } else {
        ClauseKind::Security
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;
    use crate::{lint, LintOptions};

    fn with_mentions(source: &str, check: impl Fn(&Context<'_>, &[CryptoMention<'_>])) {
        with_test_context(source, |cx| check(cx, &crypto_mentions(cx)));
    }

    #[test]
    fn mentions_point_at_the_words_and_know_their_scope() {
        let source = "# Security {security}\nBackups are encrypted at rest with AES-256-GCM. Connections use TLS 1.0 or later.\n";
        with_mentions(source, |cx, mentions| {
            let words: Vec<&str> = mentions.iter().map(|m| cx.text(m.span)).collect();
            assert_eq!(words.len(), 2, "{words:?}");
            assert!(words[0].starts_with("AES-256-GCM"));
            assert!(words[1].starts_with("TLS 1.0"));
            assert_eq!(mentions[0].scope(), Some(Scope::AtRest));
            assert_eq!(mentions[1].scope(), Some(Scope::InTransit));
            assert!(!mentions[1].ruled_out());
        });
    }

    #[test]
    fn a_protocol_named_to_be_switched_off_is_ruled_out() {
        let source = "# Security {security}\nAll connections use TLS 1.3. SSL 3.0 and TLS 1.0 are disabled.\n";
        with_mentions(source, |_, mentions| {
            let ruled_out: Vec<bool> = mentions.iter().map(CryptoMention::ruled_out).collect();
            assert_eq!(ruled_out, [false, true, true]);
        });
    }

    fn fragment() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            Just("# Security {security}\n".to_string()),
            Just("# Annex {annex security-measures}\n".to_string()),
            Just("# Violations {notification-violation}\n".to_string()),
            Just("[[encryption-in-transit: TLS 1.0]] or later".to_string()),
            Just("[[chiffrement-au-repos : 3DES]]".to_string()),
            Just("[[certification: ISO/IEC 27001:2013, valid until 2025-10-31]]".to_string()),
            Just("[[preuve : rapport de test d'intrusion du 01/03/2024]]".to_string()),
            Just("[[breach-notice: 3 business days]]".to_string()),
            Just("[[breach-trigger: confirmation]]".to_string()),
            Just("Le Prestataire notifie toute violation de données sous quarante-huit (48) heures. ".to_string()),
            Just("encrypted at rest using industry-standard encryption; ".to_string()),
            Just("[Drafting note: name the TLS version] ".to_string()),
            Just("valable jusqu'au 31 février 2025 ".to_string()),
            Just("https://trust.example/security ".to_string()),
            Just("dpo@client.example +33 1 23 45 67 89".to_string()),
            Just("é€😀\u{a0}".to_string()),
            Just("\n".to_string()),
            "\\PC{0,10}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// The breach and security rules never panic on their own words, and every span they
        /// report (finding or fix) lies in the text on char boundaries.
        #[test]
        fn breach_and_security_rules_keep_their_spans_in_the_text(parts in proptest::collection::vec(fragment(), 0..24)) {
            let source = parts.concat();
            let mut options = LintOptions::default();
            options.filter.select = vec!["BREACH-".to_string(), "SEC-".to_string()];
            options.today = dpa_lexicon::values::parse_date("2026-10-01");
            for finding in lint(&source, &options).findings {
                let spans = std::iter::once(finding.span).chain(finding.fix.iter().flat_map(|fix| fix.edits.iter().map(|edit| edit.span)));
                for span in spans {
                    proptest::prop_assert!(span.start <= span.end && span.end <= source.len(), "{} {span:?}", finding.rule);
                    proptest::prop_assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end), "{} {span:?}", finding.rule);
                }
            }
        }
    }
}
