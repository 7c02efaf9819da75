use std::collections::HashMap;

use dpa_lexicon::cues::security::{ENCRYPTION, GENERAL_DESCRIPTION, LEGAL_EXAMPLE_OF_MEASURES, VAGUE_ENCRYPTION};
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{protects_only_credentials, Fact, Paragraph};
use crate::rules::query::inference_note;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{crypto_mentions, describes_the_record, CryptoMention, Scope, TAG_THE_CLAUSE};

pub(crate) struct SecEncUnspecified;

static META: RuleMeta = RuleMeta {
    id: "SEC-ENC-UNSPECIFIED",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: true,
    citation: "GDPR Art. 32(1)(a), Art. 28(3)(c)",
    summary: L10n::new(
        "Encryption is promised without an algorithm or protocol version (\"industry-standard encryption\"), and none is named for that scope anywhere.",
        "Un chiffrement est promis sans algorithme ni version de protocole (« chiffrement conforme à l'état de l'art »), et aucun n'est cité pour ce périmètre dans le document.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reports each vague encryption promise (\"industry-standard encryption\", \"strong encryption\", \"encryption where appropriate\", \"chiffrement conforme à l'état de l'art\", \"chiffrement fort\") when neither its sentence nor any other part of the document names an algorithm or protocol version for the same scope: at rest, in transit, or either when the sentence names no scope. The bare word encryption counts too, unless its sentence names a cipher or protocol (a deprecated one included, left to SEC-CRYPTO-STRENGTH) for each scope it speaks of: in \"TLS 1.3 in transit, encryption at rest\" the data at rest stays unspecified. A general description of the record of processing quoting Art. 32(1)(a) (\"the pseudonymisation and encryption of personal data\") promises nothing, nor do the items of the list it introduces when it is itself an item of the record's contents (\"a general description of the measures, including as appropriate:\" then \"- the encryption of personal data\"); a heading of the processor's own list (\"General description of the measures implemented by the Processor:\") still counts.",
            "Signale chaque promesse de chiffrement vague (« chiffrement conforme à l'état de l'art », « chiffrement fort », « chiffrement approprié », « industry-standard encryption ») lorsque ni sa phrase ni aucune autre partie du document ne cite d'algorithme ou de version de protocole pour le même périmètre : au repos, en transit, ou l'un ou l'autre si la phrase n'en précise aucun. Le simple mot chiffrement compte aussi, sauf si sa phrase cite un algorithme ou un protocole (même obsolète, laissé à SEC-CRYPTO-STRENGTH) pour chaque périmètre dont elle parle : dans « TLS 1.3 en transit, chiffrement au repos », les données au repos restent sans algorithme. Une description générale du registre qui reprend l'art. 32(1)(a) (« la pseudonymisation et le chiffrement des données ») ne promet rien, pas plus que les éléments de la liste qu'elle introduit lorsqu'elle est elle-même un élément du contenu du registre (« une description générale des mesures, y compris, selon les besoins : » puis « - le chiffrement des données ») ; le titre de la liste du sous-traitant lui-même (« Description générale des mesures mises en œuvre par le Sous-traitant : ») compte toujours.",
        ),
        why: L10n::new(
            "\"Industry-standard\" is whatever the processor says it is: the controller cannot check it against the state of the art required by Art. 32(1) GDPR, nor show after a breach that the data was unintelligible (Art. 34(3)(a)). Naming the algorithm makes the promise verifiable.",
            "« Conforme à l'état de l'art » est ce que le sous-traitant en dit : le responsable ne peut ni le confronter à l'état des connaissances exigé par l'art. 32(1) du RGPD, ni démontrer après une violation que les données étaient incompréhensibles (art. 34(3)(a)). Nommer l'algorithme rend la promesse vérifiable.",
        ),
        failing: "# Security {security}\nCustomer Data is encrypted at rest using industry-standard encryption. All connections use [[encryption-in-transit: TLS 1.3]].\n",
        passing: "# Security {security}\nCustomer Data is encrypted at rest with [[encryption-at-rest: AES-256-GCM]]. All connections use [[encryption-in-transit: TLS 1.3]].\n",
        companion: None,
    },
};

/// Encryption mentioned in one sentence without a checkable algorithm, and the scopes it covers
/// (none: encryption in general).
struct VagueMention {
    span: Span,
    scopes: Vec<Scope>,
    /// Vague on its face ("industry-standard encryption", "TLS" without a version), not just
    /// the word "encryption".
    vague_words: bool,
    inferred: bool,
}

impl Rule for SecEncUnspecified {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let mentions = crypto_mentions(cx);
        let named = |scope: Option<Scope>| {
            mentions.iter().filter(|m| m.specific()).any(|m| scope.is_none_or(|scope| m.scope() == Some(scope)))
        };
        for vague in vague_mentions(cx, &mentions) {
            let scopes: Vec<Option<Scope>> =
                if vague.scopes.is_empty() { vec![None] } else { vague.scopes.iter().copied().map(Some).collect() };
            let Some(scope) = scopes.into_iter().find(|&scope| !named(scope)) else { continue };
            let words = cx.text(vague.span);
            let message = match scope {
                Some(scope) => {
                    let name = scope.name();
                    let (example_en, example_fr) = example(scope);
                    Message::new(
                        format!("“{words}” names no algorithm or protocol version, and none is named for encryption {} anywhere in the document. The controller cannot check it against the state of the art (Art. 32(1) GDPR). Name it: {example_en}.", name.en),
                        format!("« {words} » ne cite aucun algorithme ni version de protocole, et aucun n'est cité ailleurs dans le document pour le chiffrement {}. Le responsable ne peut pas le confronter à l'état des connaissances (art. 32(1) RGPD). Nommez-le : {example_fr}.", name.fr),
                    )
                }
                None => Message::new(
                    format!("“{words}” names no algorithm, and the document names no cipher or protocol version at all. The controller cannot check it against the state of the art (Art. 32(1) GDPR). Name them: “encrypted at rest with AES-256-GCM and in transit with TLS 1.3”."),
                    format!("« {words} » ne cite aucun algorithme, et le document ne cite aucun algorithme ni version de protocole. Le responsable ne peut pas le confronter à l'état des connaissances (art. 32(1) RGPD). Nommez-les : « chiffrées au repos en AES-256-GCM et en transit avec TLS 1.3 »."),
                ),
            };
            sink.report(cx, &META, vague.span, inference_note(message, vague.inferred, TAG_THE_CLAUSE))
                .inferred(vague.inferred);
        }
    }
}

/// What to write for a scope, in English and French.
fn example(scope: Scope) -> (&'static str, &'static str) {
    match scope {
        Scope::AtRest => ("“encrypted at rest with AES-256-GCM”", "« chiffrées au repos en AES-256-GCM »"),
        Scope::InTransit => (
            "“encrypted in transit with TLS 1.3 (at least TLS 1.2)”",
            "« chiffrées en transit avec TLS 1.3 (au minimum TLS 1.2) »",
        ),
    }
}

/// One vague mention per sentence that speaks of encryption without naming a checkable cipher or
/// protocol: its vague phrase ("industry-standard encryption"), else a family without version
/// ("TLS"), else the word itself ("encryption of personal data"); scoped by the encryption fact
/// it belongs to, the family, and the sentence's words. Encryption facts whose value names
/// nothing are vague mentions too.
fn vague_mentions(cx: &Context<'_>, mentions: &[CryptoMention<'_>]) -> Vec<VagueMention> {
    let encryption_facts: Vec<&Fact> = cx.doc.facts.iter().filter(|fact| Scope::of_fact(fact.name).is_some()).collect();
    let fact_at = |span: Span| {
        encryption_facts.iter().copied().find(|f| f.value_span.start < span.end && span.start < f.value_span.end)
    };
    // Candidate words, most telling first; the first one of each sentence is reported.
    let phrases = cx
        .find_agreed(&VAGUE_ENCRYPTION, &[])
        .into_iter()
        .map(|hit| (hit.paragraph, hit.sentence, hit.span, None, true));
    let families = mentions
        .iter()
        .filter(|m| m.generic() && !m.ruled_out())
        .map(|m| (m.paragraph, m.sentence, m.span, m.scope(), true));
    let words =
        cx.find_agreed(&ENCRYPTION, &[]).into_iter().map(|hit| (hit.paragraph, hit.sentence, hit.span, None, false));
    let mut found: Vec<VagueMention> = Vec::new();
    let mut seen: Vec<(&Paragraph, (usize, usize))> = Vec::new();
    // Sentences are keyed by where they start in the source, so long documents stay linear.
    let key = |paragraph: &Paragraph, sentence: (usize, usize)| paragraph.folded.source_range(sentence.0, sentence.0).0;
    let mut seen_at: HashMap<usize, usize> = HashMap::new();
    for (paragraph, sentence, span, family_scope, vague_words) in phrases.chain(families).chain(words) {
        if let Some(&index) = seen_at.get(&key(paragraph, sentence)) {
            found[index].scopes.extend(family_scope);
            continue;
        }
        seen_at.insert(key(paragraph, sentence), seen.len());
        seen.push((paragraph, sentence));
        let mut scopes: Vec<Scope> = family_scope.into_iter().collect();
        scopes.extend(fact_at(span).and_then(|fact| Scope::of_fact(fact.name)));
        // Stored credentials only ("database credentials are protected by cryptography") are no
        // data at rest.
        scopes.extend([Scope::AtRest, Scope::InTransit].into_iter().filter(|&scope| {
            scope.cue().matches_in(&paragraph.folded, sentence)
                && !(scope == Scope::AtRest && protects_only_credentials(&paragraph.folded, sentence))
        }));
        let inferred = cx.doc.prose || cx.doc.clause_of(paragraph).is_some_and(|clause| clause.inferred());
        found.push(VagueMention { span, scopes, vague_words, inferred });
    }
    // The bare word "encryption" next to a checkable cipher or protocol is qualified by it.
    // What each sentence names: a checkable cipher or protocol, or a deprecated one, which
    // SEC-CRYPTO-STRENGTH reports ("certificats SSL"), with its scope.
    let mut named_in_sentence: HashMap<usize, Vec<Option<Scope>>> = HashMap::new();
    for mention in mentions.iter().filter(|m| m.specific() || m.deprecated()) {
        named_in_sentence.entry(key(mention.paragraph, mention.sentence)).or_default().push(mention.scope());
    }
    // The word "encryption" is vague beside a named protocol only when the sentence has more
    // encryption words than named ones and a scope none of them covers: "TLS 1.3 encryption in
    // transit, encryption at rest" leaves the data at rest unspecified.
    let named_for = |vague: &VagueMention, (paragraph, sentence): &(&Paragraph, (usize, usize))| {
        let Some(named) = named_in_sentence.get(&key(paragraph, *sentence)) else { return false };
        let covers = |scope: &Scope| named.iter().any(|named| named.is_none_or(|named| named == *scope));
        let encryption_words = ENCRYPTION.find_all_in(&paragraph.folded, *sentence).len();
        vague.scopes.iter().all(covers) || encryption_words <= named.len()
    };
    // A description of the record of processing that quotes Art. 32(1)(a) ("a general description
    // of the measures, including the pseudonymisation and encryption of personal data") says what
    // the record holds, not how the data is encrypted. The same words as the processor's own
    // commitment ("shall implement … the pseudonymisation and encryption") are a vague promise.
    // Its list items are the record's contents too ("including, as appropriate:" then "- the
    // encryption of personal data").
    let quotes_the_law = |(paragraph, sentence): &(&Paragraph, (usize, usize))| {
        (LEGAL_EXAMPLE_OF_MEASURES.matches_in(&paragraph.folded, *sentence)
            && GENERAL_DESCRIPTION.matches_in(&paragraph.folded, *sentence))
            || describes_the_record(cx.doc, paragraph)
    };
    let mut found: Vec<VagueMention> = found
        .into_iter()
        .zip(&seen)
        .filter(|(vague, at)| vague.vague_words || !(named_for(vague, at) || quotes_the_law(at)))
        .map(|(vague, _)| vague)
        .collect();
    for vague in &mut found {
        vague.scopes.sort();
        vague.scopes.dedup();
    }
    for fact in encryption_facts {
        // A value that names no algorithm does not parse (FACT-BAD-VALUE says so too).
        let covered = found.iter().any(|v| fact.value_span.start < v.span.end && v.span.start < fact.value_span.end);
        if fact.value.is_err() && !covered {
            let scopes = Scope::of_fact(fact.name).into_iter().collect();
            found.push(VagueMention { span: fact.value_span, scopes, vague_words: true, inferred: false });
        }
    }
    found
}
