//! Evidence of the measures: whether any is named (SEC-EVIDENCE-PRESENT), whether it is still
//! current at the document date (SEC-EVIDENCE-FRESHNESS), and whether the controller may obtain
//! it (SEC-EVIDENCE-RIGHT-TO-OBTAIN).

use dpa_lexicon::cues::audits::AUDITOR;
use dpa_lexicon::cues::security::{
    CONDITIONAL_OFFER, DATED, DELETION_CERTIFICATE, EVIDENCE, EVIDENCE_DOCUMENT, EVIDENCE_REPORT, HANDS_OVER,
    RIGHT_TO_OBTAIN, VALID_UNTIL,
};
use dpa_lexicon::cues::subprocessors::SUB_PROCESSOR;
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::{parse_date, tables::EDITION_SUNSETS, Date, FactValue};
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, FactName, PartyRole};
use crate::rules::query::Hit;
use crate::rules::query::{fact_in_inferred_clause, inference_note};
use crate::rules::roles::Roles;
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{reference_only, security_anchor, CLAUSE_TITLE, TAG_THE_CLAUSE};

/// Evidence older than this at the document date no longer shows the measures work today.
const FRESH_MONTHS: i32 = 12;

/// How many words after "valid until" or "dated" a date may take ("the 1st of March, 2025").
const DATE_WORDS: usize = 5;

pub(crate) struct SecEvidencePresent;
pub(crate) struct SecEvidenceFreshness;
pub(crate) struct SecEvidenceRightToObtain;

static PRESENT_META: RuleMeta = RuleMeta {
    id: "SEC-EVIDENCE-PRESENT",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 28(1), Art. 32(3), Art. 28(3)(h)",
    summary: L10n::new(
        "No certification, audit report or test report is named as evidence of the measures.",
        "Aucune certification, aucun rapport d'audit ni de test n'est cité comme preuve des mesures.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for evidence that the measures exist and work: a `certification` or `evidence` fact, or a named scheme or report (ISO/IEC 27001, SOC 2, ISAE 3402, PCI DSS, HDS, SecNumCloud, C5, a penetration test or audit report, \"rapport d'audit\").",
            "Recherche une preuve que les mesures existent et fonctionnent : un fait `certification` ou `preuve`, ou un référentiel ou rapport nommé (ISO/IEC 27001, SOC 2, ISAE 3402, PCI DSS, HDS, SecNumCloud, C5, un rapport de test d'intrusion ou d'audit).",
        ),
        why: L10n::new(
            "The controller may use only processors providing sufficient guarantees (Art. 28(1) GDPR), and certifications can demonstrate them (Art. 32(3)). After the OFII leak of January 2026, the controller's exposure turned on whether it had checked its contractor's security: a promise without evidence cannot be checked.",
            "Le responsable ne peut recourir qu'à des sous-traitants présentant des garanties suffisantes (art. 28(1) RGPD), que des certifications peuvent démontrer (art. 32(3)). Après la fuite de l'OFII de janvier 2026, la responsabilité du donneur d'ordre dépendait du contrôle qu'il avait exercé sur la sécurité de son prestataire : une promesse sans preuve ne se vérifie pas.",
        ),
        failing: "# Security {security}\nThe Provider implements appropriate technical and organisational measures.\n",
        passing: "# Security {security}\nThe Provider holds [[certification: ISO/IEC 27001:2022]] for the services.\n",
        companion: None,
    },
};

static FRESHNESS_META: RuleMeta = RuleMeta {
    id: "SEC-EVIDENCE-FRESHNESS",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 28(1), Art. 32(1)(d), Art. 32(3)",
    summary: L10n::new(
        "A certification's validity ends before the document date, or evidence is older than 12 months.",
        "La validité d'une certification s'achève avant la date du document, ou une preuve a plus de 12 mois.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Compares evidence with the document date (front matter `date:`, else the day of the run): a certificate valid until an earlier date, a certificate to an edition withdrawn before that date (ISO/IEC 27001:2013 after 31 October 2025), or a report dated more than 12 months before it. Dates are read from facts, and in prose after \"valid until\", \"dated\", \"valable jusqu'au\", \"en date du\".",
            "Compare les preuves à la date du document (`date :` de l'en-tête, sinon le jour de l'analyse) : un certificat valable jusqu'à une date antérieure, un certificat selon une édition retirée avant cette date (ISO/IEC 27001:2013 après le 31 octobre 2025), ou un rapport daté de plus de 12 mois. Les dates sont lues dans les faits, et dans le texte après « valable jusqu'au », « en date du », « valid until », « dated ».",
        ),
        why: L10n::new(
            "Evidence shows the measures as they were when it was issued. An expired certificate or a two-year-old penetration test says nothing about the measures protecting the data today, which is what Art. 32(1)(d) GDPR asks the processor to test and the controller to check.",
            "Une preuve montre les mesures telles qu'elles étaient à sa date. Un certificat expiré ou un test d'intrusion vieux de deux ans ne dit rien des mesures qui protègent les données aujourd'hui, ce que l'art. 32(1)(d) du RGPD demande au sous-traitant de tester et au responsable de vérifier.",
        ),
        failing: "---\ndate: 2026-10-01\n---\n# Security {security}\nThe Provider holds [[certification: ISO/IEC 27001:2022, valid until 2026-03-31]].\n",
        passing: "---\ndate: 2026-10-01\n---\n# Security {security}\nThe Provider holds [[certification: ISO/IEC 27001:2022, valid until 2028-03-31]].\n",
        companion: None,
    },
};

static RIGHT_META: RuleMeta = RuleMeta {
    id: "SEC-EVIDENCE-RIGHT-TO-OBTAIN",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 28(3)(h), Art. 28(1)",
    summary: L10n::new(
        "Evidence is named but the controller has no right to receive it.",
        "Des preuves sont citées mais le responsable n'a aucun droit de les obtenir.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "When a certification or report is named, looks for the controller's right to receive it: a sentence about a report or certificate that the processor provides, communicates or makes available, or that the controller may obtain \"on request\" / \"sur demande\"; the right may sit in a list's lead-in and the documents in its items. An offer made on a condition (\"to the extent the Provider makes available its reports\") is no right, nor is a certificate of deletion sent on request (\"a certificate of deletion is provided on request\"): it proves the end of the processing, not the measures.",
            "Lorsqu'une certification ou un rapport est cité, recherche le droit du responsable de l'obtenir : une phrase sur un rapport ou un certificat que le sous-traitant fournit, communique ou met à disposition, ou que le responsable peut obtenir « sur demande » ; le droit peut figurer dans l'introduction d'une liste et les documents dans ses éléments. Une offre sous condition (« dans la mesure où le Prestataire met à disposition ses rapports ») n'est pas un droit, pas plus qu'une attestation de suppression remise sur demande (« un certificat de suppression peut être fourni sur demande ») : elle prouve la fin du traitement, non les mesures.",
        ),
        why: L10n::new(
            "A certificate the controller never sees cannot be checked for scope or validity. Art. 28(3)(h) GDPR entitles the controller to all information necessary to demonstrate compliance; the contract should say it receives the reports and their successors.",
            "Un certificat que le responsable ne voit jamais ne peut être vérifié ni dans son périmètre ni dans sa validité. L'art. 28(3)(h) du RGPD donne au responsable droit à toutes les informations nécessaires pour démontrer le respect des obligations ; le contrat doit dire qu'il reçoit les rapports et ceux qui leur succèdent.",
        ),
        failing: "# Security {security}\nThe Provider holds [[certification: ISO/IEC 27001:2022]] for the services.\n",
        passing: "# Security {security}\nThe Provider holds [[certification: ISO/IEC 27001:2022]] for the services and shall provide a copy of the certificate on request.\n",
        companion: None,
    },
};

/// The first evidence named: a `certification` or `evidence` fact, or a scheme or report named
/// in the text; with whether it rests on inference.
fn first_evidence(cx: &Context<'_>) -> Option<(Span, bool)> {
    let fact = cx
        .doc
        .facts
        .iter()
        .find(|f| matches!(f.name, FactName::Certification | FactName::Evidence))
        .map(|f| (f.value_span, fact_in_inferred_clause(cx, f)));
    let named = named_evidence(cx).into_iter().next().map(|hit| (hit.span, hit.inferred(cx)));
    [fact, named].into_iter().flatten().min_by_key(|(span, _)| span.start)
}

/// Schemes and the processor's reports named in agreed text, in document order.
fn named_evidence<'a>(cx: &Context<'a>) -> Vec<Hit<'a>> {
    let roles = Roles::of(cx);
    let sentences: Vec<Sentence<'a>> = sentences_in(cx, &[]).collect();
    let sentence_of = |hit: &Hit<'a>| {
        sentences.iter().find(|s| std::ptr::eq(s.paragraph, hit.paragraph) && s.range == hit.sentence).copied()
    };
    let mut found = cx.find_agreed(&EVIDENCE, &[]);
    found.retain(|hit| !reference_only(cx.doc, hit.paragraph, hit.span.start));
    found.extend(
        cx.find_agreed(&EVIDENCE_REPORT, &[])
            .into_iter()
            .filter(|hit| sentence_of(hit).is_some_and(|sentence| processors_report(&roles, &sentence, hit))),
    );
    found.sort_by_key(|hit| hit.span.start);
    found
}

/// Whether the sentence makes the processor's offer itself a condition ("to the extent the
/// Provider makes available reports, the Customer agrees to accept them"): the offer is the
/// condition's verb, a few words after it.
fn offered_on_condition(sentence: &Sentence<'_>) -> bool {
    let offers = sentence.matches(&HANDS_OVER);
    sentence.mentions(&CONDITIONAL_OFFER).into_iter().any(|(_, end)| {
        offers
            .iter()
            .any(|&(start, _)| start >= end && sentence.words_between(end, start).len() <= CONDITION_SUBJECT_WORDS)
    })
}

/// Whether every document the sentence offers is a certificate of deletion ("On request, a
/// certificate of deletion is provided", « sur demande, un certificat de suppression peut être
/// fourni »): that proves the end of the processing, not the measures.
fn only_deletion_certificates(sentence: &Sentence<'_>) -> bool {
    let deletions = sentence.mentions(&DELETION_CERTIFICATE);
    let documents = sentence.mentions(&EVIDENCE_DOCUMENT);
    !documents.is_empty()
        && documents.iter().all(|&(start, end)| deletions.iter().any(|&(from, to)| from <= start && end <= to))
}

/// How many words the subject of a condition takes ("the Provider", "Acme Cloud Services Ltd").
const CONDITION_SUBJECT_WORDS: usize = 4;

/// Whether a report named by what it is shows the processor's own measures. Not a
/// sub-processor's report, nor the report of the controller's audit: one the controller hands
/// over ("the Customer shall send the Provider a copy of the audit report") or one its auditor
/// writes ("the auditor's report is given to each party"), also when the next sentence names
/// that report again with no word of the processor before it.
fn processors_report(roles: &Roles, sentence: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let at = hit.paragraph.folded.folded_offset(hit.span.start);
    if !sentence.mentions(&SUB_PROCESSOR).is_empty() || handed_by_controller(roles, sentence) {
        return false;
    }
    let processor_named = roles.role_before(sentence, at) == Some(PartyRole::Processor);
    let before = sentence.previous_sentence();
    let by_auditor = [Some(*sentence), before]
        .into_iter()
        .flatten()
        .any(|s| !s.mentions(&AUDITOR).is_empty() || handed_by_controller(roles, &s));
    processor_named || !by_auditor
}

/// Whether the controller is who hands a document over in the sentence.
fn handed_by_controller(roles: &Roles, sentence: &Sentence<'_>) -> bool {
    sentence
        .matches(&HANDS_OVER)
        .into_iter()
        .any(|(start, _)| roles.subject_of(sentence, start) == Some(PartyRole::Controller))
}

impl Rule for SecEvidencePresent {
    fn meta(&self) -> &'static RuleMeta {
        &PRESENT_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if first_evidence(cx).is_some() {
            return;
        }
        let (span, inferred) = security_anchor(cx);
        let message = Message::new(
            "No certification, audit report or penetration test report is named as evidence of the security measures. The controller must be able to show it chose a processor with sufficient guarantees (Art. 28(1) GDPR); certifications can demonstrate them (Art. 32(3)). Require, for example, an ISO/IEC 27001 certificate or a SOC 2 Type II report covering the services, and a yearly penetration test report.",
            "Aucune certification, aucun rapport d'audit ni rapport de test d'intrusion n'est cité comme preuve des mesures de sécurité. Le responsable doit pouvoir démontrer qu'il a choisi un sous-traitant présentant des garanties suffisantes (art. 28(1) RGPD), que des certifications peuvent établir (art. 32(3)). Exigez par exemple un certificat ISO/IEC 27001 ou un rapport SOC 2 Type II couvrant les services, et un rapport annuel de test d'intrusion.",
        );
        let model = L10n::new(
            "The Processor shall provide the Controller, at least once a year and on request, with its current certification covering the services (such as ISO/IEC 27001) or an independent audit report (such as a SOC 2 Type II report), and with the report of its most recent penetration test.",
            "Le Sous-traitant remet au Responsable du traitement, au moins une fois par an et sur demande, sa certification en cours de validité couvrant les services (telle qu'ISO/IEC 27001) ou un rapport d'audit indépendant (tel qu'un rapport SOC 2 Type II), ainsi que le rapport de son dernier test d'intrusion.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Security, CLAUSE_TITLE, model);
        sink.report(cx, &PRESENT_META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}

impl Rule for SecEvidenceFreshness {
    fn meta(&self) -> &'static RuleMeta {
        &FRESHNESS_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some(today) = cx.today else { return };
        let mut stale = Vec::new();
        for fact in &cx.doc.facts {
            let value = fact.value_text.trim();
            match fact.parsed() {
                Some(FactValue::Certification(certification)) => {
                    if let Some(until) = certification.valid_until.filter(|&until| until < today) {
                        stale.push((fact.value_span, fact_in_inferred_clause(cx, fact), expired(value, until, today)));
                    } else if let Some(sunset) = EDITION_SUNSETS.iter().find(|s| {
                        s.scheme == certification.scheme
                            && certification.edition.as_deref() == Some(s.edition)
                            && s.last_valid < today
                    }) {
                        stale.push((
                            fact.value_span,
                            fact_in_inferred_clause(cx, fact),
                            withdrawn(value, sunset.source, today),
                        ));
                    }
                }
                Some(FactValue::Evidence(evidence)) => {
                    if let Some(dated) = evidence.dated.filter(|&dated| too_old(dated, today)) {
                        stale.push((fact.value_span, fact_in_inferred_clause(cx, fact), outdated(value, dated, today)));
                    }
                }
                _ => {}
            }
        }
        // Dates written in prose next to a named scheme or report, outside any fact.
        let facts_at = |span: Span| cx.doc.facts.iter().any(|f| f.span.start < span.end && span.start < f.span.end);
        for hit in named_evidence(cx) {
            if facts_at(hit.span) {
                continue;
            }
            let words = cx.text(hit.span);
            let inferred = hit.inferred(cx);
            if let Some((span, until)) = date_after(&hit, &VALID_UNTIL).filter(|&(_, until)| until < today) {
                stale.push((span, inferred, expired(words, until, today)));
            } else if let Some((span, dated)) = date_after(&hit, &DATED).filter(|&(_, dated)| too_old(dated, today)) {
                stale.push((span, inferred, outdated(words, dated, today)));
            }
        }
        stale.sort_by_key(|(span, _, _)| span.start);
        stale.dedup_by_key(|(span, _, _)| *span);
        for (span, inferred, message) in stale {
            sink.report(cx, &FRESHNESS_META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
                .inferred(inferred);
        }
    }
}

fn too_old(dated: Date, today: Date) -> bool {
    dated.add_months(FRESH_MONTHS) < today
}

/// The first date written right after `cue` in the hit's sentence, with its span.
fn date_after(hit: &Hit<'_>, cue: &Cue) -> Option<(Span, Date)> {
    let folded = &hit.paragraph.folded;
    cue.find_all_in(folded, hit.sentence).into_iter().find_map(|(_, cue_end)| {
        let (start, end, date) = date_at_start(&folded.folded[cue_end..hit.sentence.1])?;
        let (from, to) = folded.source_range(cue_end + start, cue_end + end);
        Some((Span::new(from, to), date))
    })
}

/// The longest run of the first few words of `text` that reads as a date, with its range.
fn date_at_start(text: &str) -> Option<(usize, usize, Date)> {
    let mut words = Vec::new();
    let mut offset = 0;
    for word in text.split(' ') {
        if !word.is_empty() {
            words.push((offset, offset + word.trim_end_matches([',', ';', '.', ')']).len()));
        }
        offset += word.len() + 1;
        if words.len() == DATE_WORDS {
            break;
        }
    }
    let start = words.first()?.0;
    words.iter().rev().find_map(|&(_, end)| parse_date(&text[start..end]).map(|date| (start, end, date)))
}

fn expired(value: &str, until: Date, today: Date) -> Message {
    Message::new(
        format!("“{value}” was valid until {until}, before the date of this document ({today}): it no longer shows that the measures are in place (Art. 28(1), Art. 32(3) GDPR). Ask for the current certificate and write its new validity date."),
        format!("« {value} » était valable jusqu'au {until}, avant la date du présent document ({today}) : il ne démontre plus que les mesures sont en place (art. 28(1) et 32(3) RGPD). Demandez le certificat en cours et indiquez sa nouvelle date de validité."),
    )
}

fn withdrawn(value: &str, source: L10n, today: Date) -> Message {
    Message::new(
        format!("“{value}” is no longer a valid certificate at the date of this document ({today}): {}. Ask for a certificate to the current edition of the standard and its validity date.", source.en),
        format!("« {value} » n'est plus un certificat valable à la date du présent document ({today}) : {}. Demandez un certificat selon l'édition en vigueur de la norme et sa date de validité.", source.fr),
    )
}

fn outdated(value: &str, dated: Date, today: Date) -> Message {
    Message::new(
        format!("“{value}” is dated {dated}, more than {FRESH_MONTHS} months before the date of this document ({today}): it no longer shows that the measures work today (Art. 32(1)(d) GDPR). Ask for a report less than {FRESH_MONTHS} months old and a new one every year."),
        format!("« {value} » est daté du {dated}, plus de {FRESH_MONTHS} mois avant la date du présent document ({today}) : il ne démontre plus que les mesures fonctionnent aujourd'hui (art. 32(1)(d) RGPD). Demandez un rapport de moins de {FRESH_MONTHS} mois et un nouveau rapport chaque année."),
    )
}

impl Rule for SecEvidenceRightToObtain {
    fn meta(&self) -> &'static RuleMeta {
        &RIGHT_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some((span, inferred)) = first_evidence(cx) else { return };
        // A report promised after a breach is not evidence of the measures. The right may be
        // stated in a list's lead-in and the documents in its items.
        let obtainable = sentences_in(cx, &[]).any(|sentence| {
            sentence.clause(cx).is_none_or(|clause| !clause.is(ClauseKind::BreachNotification))
                && sentence.states_all_with_lead_in(&[&RIGHT_TO_OBTAIN, &EVIDENCE_DOCUMENT])
                && !offered_on_condition(&sentence)
                && !only_deletion_certificates(&sentence)
        });
        if obtainable {
            return;
        }
        let message = Message::new(
            "Evidence of the measures is named, but nothing gives the controller the right to receive it. Without a copy the controller cannot check its scope or validity (Art. 28(3)(h) GDPR). Add: “The Controller may obtain, on request and at least once a year, a copy of each certificate and report referred to in this clause and of their successors.”",
            "Des preuves des mesures sont citées, mais rien ne donne au responsable le droit de les recevoir. Sans copie, il ne peut en vérifier ni le périmètre ni la validité (art. 28(3)(h) RGPD). Ajoutez : « Le Responsable du traitement peut obtenir, sur demande et au moins une fois par an, une copie de chaque certificat et rapport mentionné au présent article et de ceux qui leur succèdent. »",
        );
        let model = L10n::new(
            "The Controller may obtain, on request and at least once a year, a copy of each certificate and report referred to in this clause and of their successors.",
            "Le Responsable du traitement peut obtenir, sur demande et au moins une fois par an, une copie de chaque certificat et rapport mentionné au présent article et de ceux qui leur succèdent.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Security, CLAUSE_TITLE, model);
        sink.report(cx, &RIGHT_META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}
