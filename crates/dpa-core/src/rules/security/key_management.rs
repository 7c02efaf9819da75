use dpa_lexicon::cues::security::{ENCRYPTION, KEY_HANDLING, KEY_MANAGEMENT, PHYSICAL_KEYS};
use dpa_lexicon::values::CryptoKind;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::FactName;
use crate::rules::query::{fact_in_inferred_clause, inference_note};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{crypto_mentions, describes_the_record, measures_kind, Scope, CLAUSE_TITLE, TAG_THE_CLAUSE};

pub(crate) struct SecKeyManagement;

static META: RuleMeta = RuleMeta {
    id: "SEC-KEY-MGMT",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 32(1)(a), Art. 34(3)(a)",
    summary: L10n::new(
        "Encryption is stated but nothing says who holds the keys or how they are managed.",
        "Un chiffrement est prévu mais rien ne dit qui détient les clés ni comment elles sont gérées.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "When the document states encryption (a fact, a cipher or protocol, or words such as \"encrypted\" or \"chiffrées\"), looks for key custody and management: a `key-management` fact, or words such as \"key management\", \"HSM\", \"KMS\", \"customer-managed keys\", \"key rotation\", \"gestion des clés\". Words that may be about door or card keys (\"key management\", \"keys are\") count only in a paragraph about encryption and never next to cards, doors or premises. Encryption listed only among what the record of processing describes (\"a general description of the measures, including as appropriate:\" then \"- the encryption of personal data\") states no encryption.",
            "Lorsque le document prévoit un chiffrement (un fait, un algorithme ou un protocole, ou des mots tels que « chiffrées » ou « encrypted »), recherche la détention et la gestion des clés : un fait `gestion-des-clés`, ou des mots tels que « gestion des clés », « HSM », « KMS », « clés gérées par le client », « rotation des clés ». Les mots qui peuvent viser des clés de portes ou des cartes (« gestion des clés », « les clés sont ») ne comptent que dans un paragraphe sur le chiffrement, jamais à côté de cartes, de portes ou de locaux. Un chiffrement cité seulement parmi ce que décrit le registre des activités (« une description générale des mesures, y compris, selon les besoins : » puis « - le chiffrement des données ») ne prévoit aucun chiffrement.",
        ),
        why: L10n::new(
            "Encryption protects only as well as its keys: data stolen together with the key stored next to it is not unintelligible (Art. 34(3)(a) GDPR). For transfers, the EDPB treats encryption as a supplementary measure only when the keys stay under the exporter's control.",
            "Un chiffrement ne protège qu'autant que ses clés : des données volées avec la clé stockée à côté ne sont pas incompréhensibles (art. 34(3)(a) RGPD). Pour les transferts, le CEPD ne tient le chiffrement pour une mesure supplémentaire que si les clés restent sous le contrôle de l'exportateur.",
        ),
        failing: "# Security {security}\nStored data is encrypted with [[encryption-at-rest: AES-256-GCM]].\n",
        passing: "# Security {security}\nStored data is encrypted with [[encryption-at-rest: AES-256-GCM]]. Keys: [[key-management: held in an HSM, rotated every 12 months]].\n",
        companion: None,
    },
};

const MODEL: L10n = L10n::new(
    "Key management: [[key-management: encryption keys held in a hardware security module or key management service, separated from the data they protect, with access restricted to named staff and rotated at least every 12 months]].",
    "Gestion des clés : [[gestion-des-clés : clés de chiffrement conservées dans un module matériel de sécurité ou un service de gestion des clés, séparées des données qu'elles protègent, accessibles aux seules personnes désignées et renouvelées au moins tous les 12 mois]].",
);

const MODEL_PLAIN: L10n = L10n::new(
    "Encryption keys are held in a hardware security module or key management service, separated from the data they protect, with access restricted to named staff, and are rotated at least every 12 months.",
    "Les clés de chiffrement sont conservées dans un module matériel de sécurité ou un service de gestion des clés, séparées des données qu'elles protègent, accessibles aux seules personnes désignées et renouvelées au moins tous les 12 mois.",
);

impl Rule for SecKeyManagement {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if cx.doc.facts_named(FactName::KeyManagement).next().is_some()
            || !cx.find_agreed(&KEY_MANAGEMENT, &[]).is_empty()
            || cx.find_agreed(&KEY_HANDLING, &[]).iter().any(|hit| {
                // "Key management" may be about door or card keys.
                ENCRYPTION.matches(&hit.paragraph.folded) && !hit.sentence_matches(&PHYSICAL_KEYS)
            })
        {
            return;
        }
        // The first place encryption is stated: a fact, a cipher or protocol, or the word.
        let fact = cx
            .doc
            .facts
            .iter()
            .find(|fact| Scope::of_fact(fact.name).is_some())
            .map(|fact| (fact.span, fact_in_inferred_clause(cx, fact)));
        let mentions = crypto_mentions(cx);
        let named = mentions
            .iter()
            .find(|m| matches!(m.item.kind, CryptoKind::Cipher | CryptoKind::Protocol) && !m.ruled_out())
            .map(|m| (m.span, m.fact.is_none() && cx.doc.prose));
        // Encryption listed among the record's contents is no encryption the processor applies.
        let word = cx
            .find_agreed(&ENCRYPTION, &[])
            .into_iter()
            .find(|hit| !describes_the_record(cx.doc, hit.paragraph))
            .map(|hit| (hit.span, hit.inferred(cx)));
        let Some((span, inferred)) = [fact, named, word].into_iter().flatten().min_by_key(|(span, _)| span.start)
        else {
            return;
        };
        let message = Message::new(
            "Encryption is stated, but nothing says who holds the keys, where they are kept or how they are rotated. Encrypted data stolen with its key is not unintelligible (Art. 34(3)(a) GDPR). Add: “Encryption keys are held in a hardware security module or key management service, separated from the data they protect, and rotated at least every 12 months.”",
            "Un chiffrement est prévu, mais rien ne dit qui détient les clés, où elles sont conservées ni comment elles sont renouvelées. Des données chiffrées volées avec leur clé ne sont pas incompréhensibles (art. 34(3)(a) RGPD). Ajoutez : « Les clés de chiffrement sont conservées dans un module matériel de sécurité ou un service de gestion des clés, séparées des données qu'elles protègent, et renouvelées au moins tous les 12 mois. »",
        );
        let model = if cx.doc.prose { MODEL_PLAIN } else { MODEL };
        let fix = fixes::add_to_clause(cx, measures_kind(cx), CLAUSE_TITLE, model);
        sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}
