use dpa_lexicon::cues::breach::ASSIST;
use dpa_lexicon::cues::inference::{CONTAINER_WORDS, SENTENCE_OPENERS, SENTENCE_VERBS};
use dpa_lexicon::cues::security::{CONCRETE_MEASURE, EXTERNAL_REFERENCE, MEASURES, SECURITY_DUTY};
use dpa_lexicon::{fold, FoldedText};
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, FactName, Paragraph};
use crate::rules::query::{inference_note, Hit};
use crate::rules::search::{opens_list_item, sentences_in, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{security_anchor, TAG_THE_CLAUSE};

pub(crate) struct SecTomAnnex;

static META: RuleMeta = RuleMeta {
    id: "SEC-TOM-ANNEX",
    family: Family::Security,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(c), Art. 32; EDPB Guidelines 07/2020",
    summary: L10n::new(
        "The security measures are only incorporated by an external link or page, or the measures annex is empty.",
        "Les mesures de sécurité ne sont intégrées que par un lien ou une page externe, ou l'annexe des mesures est vide.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the measures are written in the contract. With a security-measures annex: reports it when it is empty, or when it holds no concrete measure (access control, encryption, logging, backups, testing…) and only points to a web page, a trust center or a whitepaper, or when it holds other words while the clauses describe fewer than three concrete measures. Without one: reports a security clause that incorporates the measures from a web address or page, or a document that describes fewer than three concrete measures anywhere. Measures enumerated after a lead-in that names them (\"the following measures:\", \"in particular: A, B, C\") or listed under the security heading count even in words the lexicon lacks, when each item names a thing; items that state duties (\"The Provider shall…\") or name a part of the contract (\"Annex 1: Description of the processing\") do not.",
            "Vérifie que les mesures sont écrites dans le contrat. Avec une annexe des mesures de sécurité : la signale si elle est vide, ou si elle ne contient aucune mesure concrète (contrôle d'accès, chiffrement, journalisation, sauvegardes, tests…) et ne fait que renvoyer à une page web, un « trust center » ou un livre blanc, ou si elle contient d'autres mots alors que les clauses décrivent moins de trois mesures concrètes. Sans annexe : signale une clause de sécurité qui intègre les mesures depuis une adresse ou une page web, ou un document qui décrit moins de trois mesures concrètes en tout. Les mesures énumérées après une introduction qui les nomme (« les mesures suivantes : », « notamment : A, B, C ») ou listées sous le titre de sécurité comptent même en des termes que le lexique ignore, lorsque chaque élément nomme une chose ; les éléments qui énoncent des obligations (« Le Prestataire veille… ») ou nomment une partie du contrat (« Annexe 1 : Description du traitement ») ne comptent pas.",
        ),
        why: L10n::new(
            "Art. 28(3)(c) GDPR makes the measures a term of the contract, and the EDPB (Guidelines 07/2020) expects them described in it in enough detail for the controller to assess them. A page the processor can change at any time is not an agreed term: the controller cannot show what was promised when a breach happens.",
            "L'art. 28(3)(c) du RGPD fait des mesures une stipulation du contrat, et le CEPD (lignes directrices 07/2020) attend qu'il les décrive assez précisément pour que le responsable puisse les apprécier. Une page que le sous-traitant peut modifier à tout moment n'est pas une stipulation convenue : le responsable ne peut pas démontrer ce qui était promis lorsqu'une violation survient.",
        ),
        failing: "# Annex II - Security measures {annex security-measures}\nThe measures described in the Provider's security whitepaper published at https://trust.provider.example/security, as updated from time to time.\n",
        passing: "# Annex II - Security measures {annex security-measures}\n- Access control: [[mfa: required]] for every account, least-privilege roles.\n- Encryption at rest with [[encryption-at-rest: AES-256-GCM]].\n",
        companion: None,
    },
};

/// Facts that are measures in themselves.
const MEASURE_FACTS: &[FactName] = &[
    FactName::EncryptionAtRest,
    FactName::EncryptionInTransit,
    FactName::KeyManagement,
    FactName::Mfa,
    FactName::PentestInterval,
    FactName::BackupRetention,
];

/// Clauses that may point to web pages about other things than the measures.
const OTHER_PAGES: &[ClauseKind] = &[ClauseKind::SubProcessors, ClauseKind::SubProcessorList, ClauseKind::Audit];

/// Without an annex, fewer distinct concrete measures than this is no description of the
/// measures (a clause that only encrypts is not a list of measures).
const MIN_DESCRIBED_MEASURES: usize = 3;

/// How much of a sentence a message quotes.
const QUOTE_CHARS: usize = 90;

impl Rule for SecTomAnnex {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let finding = match cx.doc.clauses_of(ClauseKind::SecurityMeasures).next() {
            Some(annex) => annex_finding(cx, annex.heading_span, cx.doc.prose || annex.inferred()),
            None => external_page(cx).or_else(|| no_measures(cx)),
        };
        if let Some((span, message, inferred)) = finding {
            sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE)).inferred(inferred);
        }
    }
}

/// An annex that describes no concrete measure: it points to a page, it is empty, or it has
/// other words while the clauses describe fewer than [`MIN_DESCRIBED_MEASURES`] measures either.
fn annex_finding(cx: &Context<'_>, heading: Span, inferred: bool) -> Option<(Span, Message, bool)> {
    const ANNEX: &[ClauseKind] = &[ClauseKind::SecurityMeasures];
    let fact_in_annex = cx.doc.facts.iter().any(|fact| {
        MEASURE_FACTS.contains(&fact.name) && cx.clause(fact.clause).is_some_and(|c| c.is(ClauseKind::SecurityMeasures))
    });
    if fact_in_annex || !cx.find_agreed(&CONCRETE_MEASURE, ANNEX).is_empty() {
        return None;
    }
    let has_text = cx.doc.paragraphs_in(ClauseKind::SecurityMeasures).any(has_agreed_words);
    if let Some(link) = cx.find_agreed(&EXTERNAL_REFERENCE, ANNEX).into_iter().next() {
        let words = quote(cx, &link);
        let message = Message::new(
            format!("The measures annex lists no measure: it only points to an outside page (“{words}”) that the processor can change at any time. Art. 28(3)(c) GDPR makes the measures a term of the contract, and the EDPB (Guidelines 07/2020) expects them described in it: write the measures into the annex (access control, encryption at rest and in transit, key management, logging, backups, testing)."),
            format!("L'annexe des mesures n'en décrit aucune : elle renvoie seulement à une page extérieure (« {words} ») que le sous-traitant peut modifier à tout moment. L'art. 28(3)(c) du RGPD fait des mesures une stipulation du contrat, et le CEPD (lignes directrices 07/2020) attend qu'il les décrive : écrivez les mesures dans l'annexe (contrôle d'accès, chiffrement au repos et en transit, gestion des clés, journalisation, sauvegardes, tests)."),
        );
        return Some((link.sentence_span(), message, link.inferred(cx)));
    }
    // The contract's own clauses may describe the measures (« met en œuvre les mesures
    // suivantes : » and its items, "encrypted with AES-256, access by role, daily backups"): the
    // measures are then written in the contract, and an annex that only refers to a document or
    // section, or a heading read as the annex, adds nothing the controller lacks. An annex still
    // to be filled in (only a bracketed note) is an unfinished term of the contract all the
    // same, and one that takes the measures from a changeable page (above) replaces them.
    if has_text && described_measures(cx) >= MIN_DESCRIBED_MEASURES {
        return None;
    }
    let (en, fr) = if has_text {
        (
            "The measures annex is empty in substance: it describes no concrete measure.",
            "L'annexe des mesures est vide en substance : elle ne décrit aucune mesure concrète.",
        )
    } else {
        (
            "The measures annex is empty: it holds only blanks or drafting notes.",
            "L'annexe des mesures est vide : elle ne contient que des blancs ou des notes de rédaction.",
        )
    };
    Some((heading, Message::new(format!("{en} {WHAT_TO_LIST_EN}"), format!("{fr} {WHAT_TO_LIST_FR}")), inferred))
}

const WHAT_TO_LIST_EN: &str = "Art. 28(3)(c) GDPR makes the measures a term of the contract, and the EDPB (Guidelines 07/2020) expects them described well enough for the controller to assess them: list access control, encryption at rest and in transit, key management, logging, backups and testing.";
const WHAT_TO_LIST_FR: &str = "L'art. 28(3)(c) du RGPD fait des mesures une stipulation du contrat, et le CEPD (lignes directrices 07/2020) attend qu'elles soient décrites assez précisément pour que le responsable puisse les apprécier : indiquez le contrôle d'accès, le chiffrement au repos et en transit, la gestion des clés, la journalisation, les sauvegardes et les tests.";

/// Without an annex: a sentence that takes the measures from a page outside the contract.
fn external_page(cx: &Context<'_>) -> Option<(Span, Message, bool)> {
    let in_security = cx.has_clause(ClauseKind::Security);
    let hit = cx.find_agreed(&EXTERNAL_REFERENCE, &[]).into_iter().find(|hit| {
        let kind = hit.clause(cx).and_then(|clause| clause.kind);
        let placed = if in_security {
            kind == Some(ClauseKind::Security)
        } else {
            kind.is_none_or(|kind| !OTHER_PAGES.contains(&kind))
        };
        placed && hit.sentence_matches(&MEASURES)
    })?;
    let words = quote(cx, &hit);
    let message = Message::new(
        format!("The security measures are incorporated from an outside page (“{words}”), which the processor can change at any time, and the document has no measures annex. Art. 28(3)(c) GDPR makes the measures a term of the contract, and the EDPB (Guidelines 07/2020) expects them described in it: attach the measures as an annex (access control, encryption at rest and in transit, key management, logging, backups, testing)."),
        format!("Les mesures de sécurité sont intégrées depuis une page extérieure (« {words} »), que le sous-traitant peut modifier à tout moment, et le document n'a pas d'annexe des mesures. L'art. 28(3)(c) du RGPD fait des mesures une stipulation du contrat, et le CEPD (lignes directrices 07/2020) attend qu'il les décrive : joignez les mesures en annexe (contrôle d'accès, chiffrement au repos et en transit, gestion des clés, journalisation, sauvegardes, tests)."),
    );
    Some((hit.span, message, hit.inferred(cx)))
}

/// Without an annex: a document that deals with security (a security clause, the Art. 32 duty
/// or a security document it names) but describes fewer than
/// [`MIN_DESCRIBED_MEASURES`] concrete measures anywhere.
fn no_measures(cx: &Context<'_>) -> Option<(Span, Message, bool)> {
    // Tagged or not, a document that states the Art. 32 duty outside a security clause deals
    // with security too (`dpa-lint convert` keeps the finding of the untagged original). Help
    // "by appropriate technical and organisational measures" (Art. 28(3)(e)) is not that duty.
    let duty = cx.has_clause(ClauseKind::Security)
        || cx.find_agreed(&SECURITY_DUTY, &[]).iter().any(|hit| !hit.sentence_matches(&ASSIST));
    if !duty {
        return None;
    }
    if described_measures(cx) >= MIN_DESCRIBED_MEASURES {
        return None;
    }
    let (span, inferred) = security_anchor(cx);
    let message = Message::new(
        format!("The document has no measures annex and describes almost no concrete security measure. {WHAT_TO_LIST_EN}"),
        format!("Le document n'a pas d'annexe des mesures et ne décrit presque aucune mesure de sécurité concrète. {WHAT_TO_LIST_FR}"),
    );
    Some((span, message, inferred))
}

/// How many distinct concrete measures the document describes, in words or as facts.
fn described_measures(cx: &Context<'_>) -> usize {
    let mut described: Vec<String> =
        cx.find_agreed(&CONCRETE_MEASURE, &[]).iter().map(|hit| fold(cx.text(hit.span))).collect();
    described.extend(
        cx.doc.facts.iter().filter(|fact| MEASURE_FACTS.contains(&fact.name)).map(|fact| fact.name.id().to_string()),
    );
    described.sort();
    described.dedup();
    described.len().max(enumerated_measures(cx))
}

/// How many words a measure's name may take before a verb shows the item is a sentence.
const NAME_WORDS: usize = 5;

/// How many measures the contract enumerates, whether or not the lexicon knows their words
/// (« hachage des mots de passe », "network segregation"): the items of a list whose lead-in
/// names the measures ("shall implement the following measures:"), the phrases after such a
/// lead-in's colon in its own sentence (« notamment : A, B, C »), and the list items set
/// directly under a security heading. Only an item that names a thing counts: one that states a
/// duty ("the Processor shall assist…") is no measure, and brackets or a page describe nothing.
fn enumerated_measures(cx: &Context<'_>) -> usize {
    sentences_in(cx, &[])
        .map(|sentence| {
            let first_of_item = sentence.paragraph.folded.sentences().first() == Some(&sentence.range);
            let under_measures = sentence.lead_in_sentence().is_some_and(|lead_in| introduces_measures(&lead_in));
            let under_security_heading = sentence.lead_in.is_none()
                && sentence.clause(cx).is_some_and(|clause| clause.is(ClauseKind::Security))
                && opens_list_item(cx.source, sentence.paragraph);
            let listed = first_of_item
                && (under_measures || under_security_heading)
                && !sentence.paragraph.bracketed(sentence.span())
                && names_a_thing(sentence.text());
            usize::from(listed) + phrases_after_colon(&sentence)
        })
        .sum()
}

fn introduces_measures(sentence: &Sentence<'_>) -> bool {
    sentence.states(&MEASURES) && !sentence.states(&EXTERNAL_REFERENCE)
}

/// The phrases that name a thing after a colon that follows the measures in the same sentence,
/// split at commas and semicolons outside parentheses and brackets (a bracketed blank is none).
fn phrases_after_colon(sentence: &Sentence<'_>) -> usize {
    let Some(&(_, measures_end)) = sentence.matches(&MEASURES).first() else {
        return 0;
    };
    let text = &sentence.paragraph.folded.folded[measures_end..sentence.range.1];
    let Some(colon) = text.find(':') else {
        return 0;
    };
    let mut depth = 0usize;
    let mut phrases = vec![String::new()];
    for ch in text[colon + 1..].chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => phrases.push(String::new()),
            _ if depth == 0 => phrases.last_mut().into_iter().for_each(|phrase| phrase.push(ch)),
            _ => {}
        }
    }
    phrases.iter().filter(|phrase| names_a_thing(phrase)).count()
}

/// Folded text that opens with a noun phrase ("encryption of backups", « cloisonnement des
/// données »), not with an article or subject and a verb ("the Processor shall…"), once its list
/// label (`3.`, `(b)`) is set aside, and neither restates the measures, points to a page nor
/// names a part of the contract.
fn names_a_thing(folded: &str) -> bool {
    // An item that speaks of "the measures" restates the duty (« Documenter les mesures de
    // sécurité »); one that points to a page describes nothing.
    let text = FoldedText::new(folded, 0);
    if EXTERNAL_REFERENCE.matches(&text) || MEASURES.matches(&text) {
        return false;
    }
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|word| !word.is_empty())
        .skip_while(|word| is_list_label(word))
        .take(NAME_WORDS)
        .collect();
    let opens_sentence = words.first().is_none_or(|first| {
        SENTENCE_OPENERS.iter().any(|opener| first == opener || (opener.ends_with('\'') && first.starts_with(opener)))
    });
    // "Annex 2: Description of the processing" lists the contract's parts, not a measure.
    let names_a_part = words.first().is_some_and(|first| CONTAINER_WORDS.has_phrase(first));
    !opens_sentence && !names_a_part && !words.iter().any(|word| SENTENCE_VERBS.contains(word))
}

/// A list label's word: a number, a letter or a roman numeral.
fn is_list_label(word: &str) -> bool {
    word.chars().count() == 1
        || word.chars().all(|c| c.is_ascii_digit())
        || word.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

/// The words of a hit's sentence from the hit on, as written, shortened for a message.
fn quote(cx: &Context<'_>, hit: &Hit<'_>) -> String {
    let sentence = hit.sentence_span();
    let text = cx.text(Span::new(hit.span.start, sentence.end.max(hit.span.end))).trim_end_matches(['.', ';']);
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A paragraph with words outside square brackets (blanks and drafting notes are bracketed).
fn has_agreed_words(paragraph: &Paragraph) -> bool {
    let mut depth = 0usize;
    paragraph.text.chars().any(|ch| {
        match ch {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && ch.is_alphanumeric()
    })
}
