use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::query::inference_note;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{crypto_mentions, encryption_stated, measures_kind, security_anchor, Scope, CLAUSE_TITLE, TAG_THE_CLAUSE};

/// SEC-ENC-AT-REST and SEC-ENC-IN-TRANSIT: one check, two scopes.
pub(crate) struct EncryptionStated {
    scope: Scope,
    meta: &'static RuleMeta,
    message: L10n,
    model: L10n,
    model_plain: L10n,
}

pub(super) static AT_REST: EncryptionStated = EncryptionStated {
    scope: Scope::AtRest,
    meta: &AT_REST_META,
    message: L10n::new(
        "No encryption at rest is stated: nothing says that stored personal data and its backups are encrypted, or with what. Art. 32(1)(a) GDPR names encryption as a measure, and data encrypted with a sound algorithm can spare the controller from informing every data subject after a breach (Art. 34(3)(a)). Write: “Personal data, including backups, is encrypted at rest with AES-256-GCM.”",
        "Aucun chiffrement au repos n'est prévu : rien ne dit que les données stockées et leurs sauvegardes sont chiffrées, ni avec quoi. L'art. 32(1)(a) du RGPD cite le chiffrement parmi les mesures, et des données chiffrées avec un algorithme sûr peuvent dispenser le responsable d'informer chaque personne concernée après une violation (art. 34(3)(a)). Écrivez : « Les données personnelles, sauvegardes comprises, sont chiffrées au repos en AES-256-GCM. »",
    ),
    model: L10n::new(
        "Encryption at rest: personal data, including backups, is encrypted with [[encryption-at-rest: AES-256-GCM]].",
        "Chiffrement au repos : les données personnelles, sauvegardes comprises, sont chiffrées en [[chiffrement-au-repos : AES-256-GCM]].",
    ),
    model_plain: L10n::new(
        "Personal data, including backups, is encrypted at rest with AES-256-GCM.",
        "Les données personnelles, sauvegardes comprises, sont chiffrées au repos en AES-256-GCM.",
    ),
};

pub(super) static IN_TRANSIT: EncryptionStated = EncryptionStated {
    scope: Scope::InTransit,
    meta: &IN_TRANSIT_META,
    message: L10n::new(
        "No encryption in transit is stated: nothing says that personal data is encrypted when it is transmitted, or with which protocol. Art. 32(1)(a) GDPR names encryption as a measure, and data sent in clear can be read by anyone on its path. Write: “All transmissions of personal data use TLS 1.3 (at least TLS 1.2); older protocol versions are disabled.”",
        "Aucun chiffrement en transit n'est prévu : rien ne dit que les données personnelles sont chiffrées lorsqu'elles sont transmises, ni avec quel protocole. L'art. 32(1)(a) du RGPD cite le chiffrement parmi les mesures, et des données transmises en clair peuvent être lues par quiconque sur leur chemin. Écrivez : « Toutes les transmissions de données personnelles utilisent TLS 1.3 (au minimum TLS 1.2) ; les versions antérieures du protocole sont désactivées. »",
    ),
    model: L10n::new(
        "Encryption in transit: all transmissions of personal data use [[encryption-in-transit: TLS 1.3]] (at least TLS 1.2); older protocol versions are disabled.",
        "Chiffrement en transit : toutes les transmissions de données personnelles utilisent [[chiffrement-en-transit : TLS 1.3]] (au minimum TLS 1.2) ; les versions antérieures du protocole sont désactivées.",
    ),
    model_plain: L10n::new(
        "All transmissions of personal data use TLS 1.3 (at least TLS 1.2); older protocol versions are disabled.",
        "Toutes les transmissions de données personnelles utilisent TLS 1.3 (au minimum TLS 1.2) ; les versions antérieures du protocole sont désactivées.",
    ),
};

static AT_REST_META: RuleMeta = RuleMeta {
    id: "SEC-ENC-AT-REST",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 32(1)(a), Art. 34(3)(a), Art. 28(3)(c)",
    summary: L10n::new("No encryption at rest is stated.", "Aucun chiffrement au repos n'est prévu."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks anywhere in the document for encryption of stored data: an `encryption-at-rest` fact, a cipher named for stored data, disks, databases, backups or uploaded files, or a sentence saying such data is encrypted (\"encrypted at rest\", \"chiffrées au repos\"). A vague promise counts as stated; SEC-ENC-UNSPECIFIED reports its vagueness. Encryption of stored passwords or credentials only (\"API keys are encrypted\", \"encryption of user passwords\") protects no stored personal data, and the controller's own duty (\"The Customer remains responsible for … encryption of data at rest\") is no promise of the processor: neither counts.",
            "Recherche dans tout le document le chiffrement des données stockées : un fait `chiffrement-au-repos`, un algorithme cité pour les données stockées, disques, bases, sauvegardes ou documents déposés, ou une phrase disant que ces données sont chiffrées (« chiffrées au repos », « encrypted at rest »). Une promesse vague compte ; SEC-ENC-UNSPECIFIED en signale l'imprécision. Le chiffrement des seuls mots de passe ou identifiants stockés (« chiffrement des mots de passe », « les clés d'API sont chiffrées ») ne protège aucune donnée personnelle stockée, et l'obligation propre du responsable (« Le Client est responsable … du chiffrement des données au repos ») n'est pas une promesse du sous-traitant : ni l'un ni l'autre ne compte.",
        ),
        why: L10n::new(
            "Encryption is the first measure Art. 32(1)(a) GDPR names, and it decides the aftermath of a breach: if stolen data was encrypted with a sound algorithm and the key was not taken, the controller need not inform every data subject (Art. 34(3)(a)). After the OFII leak of January 2026, lawyers advised contracts with providers to require proof of encryption standards.",
            "Le chiffrement est la première mesure citée par l'art. 32(1)(a) du RGPD, et il décide des suites d'une violation : si les données volées étaient chiffrées avec un algorithme sûr et la clé non dérobée, le responsable n'a pas à informer chaque personne concernée (art. 34(3)(a)). Après la fuite de l'OFII de janvier 2026, les avocats ont recommandé d'exiger des prestataires la preuve de leurs standards de chiffrement.",
        ),
        failing: "# Security {security}\nAll connections to the platform use [[encryption-in-transit: TLS 1.3]].\n",
        passing: "# Security {security}\nAll connections to the platform use [[encryption-in-transit: TLS 1.3]]. Stored data, including backups, is encrypted with [[encryption-at-rest: AES-256-GCM]].\n",
        companion: None,
    },
};

static IN_TRANSIT_META: RuleMeta = RuleMeta {
    id: "SEC-ENC-IN-TRANSIT",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 32(1)(a), Art. 28(3)(c)",
    summary: L10n::new("No encryption in transit is stated.", "Aucun chiffrement en transit n'est prévu."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks anywhere in the document for encryption of transmitted data: an `encryption-in-transit` fact, a protocol such as TLS, HTTPS, SFTP or IPsec, or a sentence saying data is encrypted in transit or over networks (\"chiffrement des flux\"). A protocol named only to say it is disabled does not count.",
            "Recherche dans tout le document le chiffrement des données transmises : un fait `chiffrement-en-transit`, un protocole tel que TLS, HTTPS, SFTP ou IPsec, ou une phrase disant que les données sont chiffrées en transit ou sur les réseaux (« chiffrement des flux »). Un protocole cité seulement pour dire qu'il est désactivé ne compte pas.",
        ),
        why: L10n::new(
            "Personal data crosses networks between the controller, the processor and its sub-processors; Art. 32(1)(a) GDPR names encryption as a measure, and data sent in clear can be read by anyone on its path. Naming the protocol also lets the controller check its version (SEC-CRYPTO-STRENGTH).",
            "Les données personnelles traversent des réseaux entre le responsable, le sous-traitant et ses sous-traitants ultérieurs ; l'art. 32(1)(a) du RGPD cite le chiffrement parmi les mesures, et des données transmises en clair peuvent être lues par quiconque sur leur chemin. Nommer le protocole permet aussi d'en vérifier la version (SEC-CRYPTO-STRENGTH).",
        ),
        failing: "# Security {security}\nStored data, including backups, is encrypted with [[encryption-at-rest: AES-256-GCM]].\n",
        passing: "# Security {security}\nStored data, including backups, is encrypted with [[encryption-at-rest: AES-256-GCM]]. All connections use [[encryption-in-transit: TLS 1.3]].\n",
        companion: None,
    },
};

impl Rule for EncryptionStated {
    fn meta(&self) -> &'static RuleMeta {
        self.meta
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let mentions = crypto_mentions(cx);
        if encryption_stated(cx, &mentions, self.scope).is_some() {
            return;
        }
        let (span, inferred) = security_anchor(cx);
        let model = if cx.doc.prose { self.model_plain } else { self.model };
        let fix = fixes::add_to_clause(cx, measures_kind(cx), CLAUSE_TITLE, model);
        let message = inference_note(Message::from(self.message), inferred, TAG_THE_CLAUSE);
        sink.report(cx, self.meta, span, message).inferred(inferred).with_fix(fix);
    }
}
