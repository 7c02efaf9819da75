//! Cues for the breach-handling rules (GDPR Arts. 33, 34 and 28(3)(f)): how a contract says that
//! the processor tells the controller about a personal data breach, when, with what, through
//! which channel, and that it helps the controller notify the authority and the data subjects.

use super::Cue;

/// A personal data breach named unambiguously, anywhere in a document. A bare "breach" is left
/// out: "a material breach of this Agreement" is not a data breach.
pub const BREACH_EVENT: Cue = Cue {
    id: "breach-event",
    en: &[
        "personal data breach*",
        "data breach*",
        "security breach*",
        "breach of security",
        "breaches of security",
        "breach of personal data",
        "breaches of personal data",
        "security incident*",
        "data security incident*",
        "privacy incident*",
        "data incident*",
        "breach of the protection of personal data",
        "breaches of the protection of personal data",
        "data protection breach*",
        // Translations of the German "Verletzung des Schutzes personenbezogener Daten": a
        // violation *of personal data* is the breach, a violation of data protection law is not.
        "violation of personal data",
        "violations of personal data",
        "violation of the protection of personal data",
        "violations of the protection of personal data",
        "infringement of the protection of personal data",
        "infringements of the protection of personal data",
        "violation of the security of personal data",
        "violations of the security of personal data",
        "personal data violation*",
        "data protection incident*",
        "personal data incident*",
        "accidental or unauthorised access",
        "accidental or unauthorized access",
        "unauthorised access to personal data",
        "unauthorized access to personal data",
        "unauthorised access to customer data",
        "unauthorized access to customer data",
    ],
    fr: &[
        "violation de donnees",
        "violations de donnees",
        "violation de securite",
        "violations de securite",
        "violation de la securite",
        "violation des donnees",
        "violations des donnees",
        "incident de securite",
        "incidents de securite",
        "faille de securite",
        "failles de securite",
        "atteinte aux donnees",
        "atteintes aux donnees",
        "fuite de donnees",
        "fuites de donnees",
        "violation de la protection des donnees",
        "violations de la protection des donnees",
        "atteinte a la protection des donnees",
        "atteintes a la protection des donnees",
        "atteinte a la securite des donnees",
        "atteintes a la securite des donnees",
        "incident de protection des donnees",
        "incidents de protection des donnees",
        "acces accidentel ou non autorise",
        "acces non autorise aux donnees",
        "acces accidentel ou illicite",
    ],
};

/// Shorter words that mean the breach inside a clause already about breaches ("the breach",
/// "l'incident", "la violation").
pub const BREACH_WORD: Cue = Cue { id: "breach-word", en: &["breach*", "incident*"], fr: &["violation*", "incident*"] };

/// Verbs by which the processor tells someone about a breach.
pub const NOTIFY: Cue = Cue {
    id: "notify",
    en: &[
        "notif*",
        "inform",
        "informs",
        "informed",
        "informing",
        "report",
        "reports",
        "reported",
        "reporting",
        "alert",
        "alerts",
        "alerted",
        "advise",
        "advises",
        "advised",
        "communicate",
        "communicates",
        "communicated",
        "tell",
        "tells",
        "told",
        // The notice as a noun, given by the processor: "provide you with written notice",
        // "give the Customer notice" (not the controller's notice of an audit).
        "with notice",
        "with written notice",
        "with prompt notice",
        "with prompt written notice",
        "with timely notice",
        "with immediate notice",
        "give* you notice",
        "give* customer notice",
        "give* the customer notice",
        "give* the controller notice",
        "notice to you",
        "notice to customer",
        "notice to the customer",
        "notice to the controller",
        "let you know",
        "let customer know",
        "let the customer know",
        "let the controller know",
    ],
    fr: &[
        "notifi*",
        "informe",
        "informent",
        "informer",
        "informera",
        "informeront",
        "informee",
        "signale",
        "signalent",
        "signaler",
        "signalera",
        "avertit",
        "avertir",
        "avertira",
        "previent",
        "prevenir",
        "previendra",
        "alerte",
        "alerter",
        "alertera",
        "communique",
        "communiquer",
        "communiquera",
        "porte a la connaissance",
        "portera a la connaissance",
        "avise",
        "avisent",
        "aviser",
        "avisera",
    ],
};

/// Words before the notifying verb that make the sentence one of assistance ("assist the
/// Customer in notifying"), not the processor's own notice.
pub const ASSIST: Cue = Cue {
    id: "assist",
    en: &["assist*", "help*", "cooperat*", "co-operat*", "enable*"],
    fr: &[
        "aide*",
        "assiste*",
        "assistance",
        "concours",
        "coopere*",
        "cooperation",
        "collabore*",
        "accompagne*",
        "permettre",
        "permet",
    ],
};

/// Single words that may stand between "and" and the processor's own notifying verb after its
/// help: object pronouns, modals and adverbs ("assists the Customer and *shall promptly*
/// notify it", « aide le Client … et *lui* notifie toute violation »).
pub const OWN_NOTICE_LINKS: Cue = Cue {
    id: "own-notice-links",
    en: &["shall", "will", "must", "also", "promptly", "immediately", "then"],
    fr: &["lui", "leur", "l'", "le", "la", "les", "en", "doit", "devra", "egalement", "aussi", "immediatement"],
};

/// Single words that make a notification what the help is given for, right before it (with
/// only [`NOTIFICATION_MODIFIERS`] between): "assist the Customer *in* notifying", « aider
/// l'organisme *à* notifier », « assiste … *dans* ses notifications ». The processor's own
/// notice in the same sentence follows a bare "and" or a finite verb instead ("cooperate and
/// notify the Customer"). Read in the document's language: folded « à » is the English article.
pub const NOTIFICATION_GOVERNORS: Cue = Cue {
    id: "notification-governors",
    en: &["in", "with", "to", "for", "regarding", "concerning"],
    fr: &["a", "pour", "dans", "de", "d'", "en", "avec", "concernant"],
};

/// Single words that may stand between such a governor and the notification ("with *any
/// breach* notifications", « dans *ses éventuelles* notifications »); after a bare "and" they
/// make the notification a noun coordinated with another object of the help (« pour les
/// analyses d'impact et *la* notification des violations »).
pub const NOTIFICATION_MODIFIERS: Cue = Cue {
    id: "notification-modifiers",
    en: &["the", "any", "its", "their", "such", "all", "a", "an", "breach", "incident"],
    fr: &[
        "la",
        "le",
        "l'",
        "les",
        "ses",
        "sa",
        "son",
        "leur",
        "leurs",
        "toute",
        "toutes",
        "tout",
        "eventuelle",
        "eventuelles",
        "des",
        "du",
        "violation",
    ],
};

/// The word that coordinates two objects of the help ("DPIAs *and* breach notifications").
pub const COORDINATION: Cue = Cue { id: "coordination", en: &["and", "or"], fr: &["et", "ou"] };

/// Support given to a party, as assistance ("unterstützen" translated: "undertakes to support
/// the client in its obligations pursuant to Art. 33 and 34"). Not the noun alone: "customer
/// support will notify you" is a team, not a duty to help.
pub const SUPPORT: Cue = Cue {
    id: "support",
    en: &[
        "support the",
        "supports the",
        "supporting the",
        "support you",
        "support its",
        "provide support",
        "provides support",
        "provide all necessary support",
        "provide reasonable support",
        "give support",
        "lend support",
    ],
    fr: &[
        "soutenir le",
        "soutient le",
        "soutiendra le",
        "apporte son soutien",
        "apporter son soutien",
        "apporte son appui",
        "appuie le",
    ],
};

/// Recipients of the controller's own notifications: the supervisory authority and the data
/// subjects (Arts. 33 and 34).
pub const AUTHORITY_OR_SUBJECTS: Cue = Cue {
    id: "authority-or-subjects",
    en: &[
        "supervisory authorit*",
        "competent authorit*",
        "data protection authorit*",
        "regulator*",
        "ico",
        "cnil",
        "data subject*",
        "affected individual*",
        "affected person*",
        "individuals concerned",
    ],
    fr: &[
        "autorite de controle",
        "autorites de controle",
        "autorite competente",
        "autorites competentes",
        "autorite de protection des donnees",
        "cnil",
        "regulateur*",
        "personne concernee",
        "personnes concernees",
        "personnes physiques concernees",
    ],
};

/// The controller's own breach notifications named as such: a notification to the supervisory
/// authority is the Art. 33 notice and a communication to the data subjects the Art. 34 one,
/// with or without the word "breach" ("assist … including notifications to a supervisory
/// authority").
pub const CONTROLLER_NOTIFICATIONS: Cue = Cue {
    id: "controller-notifications",
    en: &[
        "notification* to the supervisory authorit*",
        "notification* to a supervisory authorit*",
        "notification* to any supervisory authorit*",
        "notification* to supervisory authorit*",
        "notification* to the competent supervisory authorit*",
        "notification* to the relevant supervisory authorit*",
        "notification* to the competent authorit*",
        "notification* to the data protection authorit*",
        "notify* the supervisory authorit*",
        "notify* a supervisory authorit*",
        "notify* the competent supervisory authorit*",
        "notify* the relevant supervisory authorit*",
        "communication* to the data subjects",
        "communication* to data subjects",
        // The notifications named by their recipients without "supervisory": "to notify
        // authorities and/or affected Data Subjects", "notifying data protection authorities".
        "notify* authorities",
        "notify* the authorities",
        "notify* the relevant authorit*",
        "notify* the competent authorit*",
        "notify* supervisory authorit*",
        "notify* data protection authorit*",
        "notify* the data protection authorit*",
        "notify* regulators",
        "notify* the regulator*",
        "notify* data subjects",
        "notify* the data subjects",
        "notify* affected data subjects",
        "notify* the affected data subjects",
        "notify* affected individuals",
        "notify* the affected individuals",
        "inform* data subjects",
        "inform* the data subjects",
        "inform* affected data subjects",
        "inform* affected individuals",
    ],
    fr: &[
        "notification a l'autorite de controle",
        "notifications a l'autorite de controle",
        "notification aupres de l'autorite de controle",
        "notifications aupres de l'autorite de controle",
        "notification aux autorites de controle",
        "notifications aux autorites de controle",
        "notification a la cnil",
        "notifications a la cnil",
        "notifier l'autorite de controle",
        "notifier a l'autorite de controle",
        "notifier la cnil",
        "communication a la personne concernee",
        "communication aux personnes concernees",
        "communications aux personnes concernees",
        "notifier les autorites",
        "notifier aux autorites",
        "notifier l'autorite",
        "notifier aux personnes concernees",
        "informer les personnes concernees",
        "informer la personne concernee",
        "communiquer aux personnes concernees",
    ],
};

/// Words by which the processor's information is meant to let the controller act ("to allow
/// Customer to fulfil its data breach reporting obligations").
pub const ENABLE_CONTROLLER: Cue = Cue {
    id: "enable-controller",
    en: &["to allow", "to enable", "enable*", "in order for", "so as to allow"],
    fr: &["permettre", "permettra", "permet", "afin que", "pour que"],
};

/// The controller's duty to notify, named as an obligation ("its breach reporting obligations",
/// « ses obligations de notification »).
pub const NOTIFICATION_OBLIGATIONS: Cue = Cue {
    id: "notification-obligations",
    en: &[
        "reporting obligation*",
        "notification obligation*",
        "obligation* to notify",
        "obligation* to report",
        "notification requirement*",
        "reporting requirement*",
    ],
    fr: &[
        "obligation de notification",
        "obligations de notification",
        "obligations en matiere de notification",
        "obligation de notifier",
        "obligations de notifier",
    ],
};

/// What the processor hands over for the controller's own notifications: information,
/// details or documentation ("any information the Customer needs", « toute documentation »).
pub const NOTIFICATION_MATERIAL: Cue = Cue {
    id: "notification-material",
    en: &["information", "details", "documentation", "particulars"],
    fr: &["information*", "element*", "documentation", "renseignement*", "precisions"],
};

/// Words by which that material is what the controller needs or is bound to give ("required by
/// law to provide", « nécessaires à sa notification »). Not "useful" nor "to allow": material
/// the processor finds useful is its own choice, like "the information it considers relevant".
pub const NEEDED_FOR: Cue = Cue {
    id: "needed-for",
    en: &["necessary", "needed", "needs", "required", "requires"],
    fr: &["necessaire*", "requis*", "requise*", "besoin", "exige*"],
};

/// In the definition of the breach term a notice clause uses, the word that limits it to
/// confirmed breaches ("Security Incident means … confirmed accidental or unlawful destruction").
pub const CONFIRMED: Cue =
    Cue { id: "confirmed", en: &["confirmed"], fr: &["confirme", "confirmee", "confirmes", "confirmees"] };

/// In the same definition, words that bring suspected breaches back in ("actual or suspected",
/// "confirmed or unconfirmed"): the definition then does not wait for confirmation.
pub const SUSPECTED: Cue = Cue {
    id: "suspected",
    en: &["suspect*", "unconfirmed", "potential", "alleged"],
    fr: &["suspect*", "soupcon*", "presume*", "potentiel*", "non confirme*"],
};

/// Articles 33 and 34 (or the whole 32–36 range of Art. 28(3)(f)) by number.
pub const ARTICLES_33_34: Cue = Cue {
    id: "articles-33-34",
    en: &[
        "article 33",
        "article 34",
        "articles 33 and 34",
        "articles 33 to 34",
        "articles 32 to 36",
        "articles 33 to 36",
        "articles 32-36",
        "articles 33-36",
        "art. 33",
        "art. 34",
        "arts. 33 and 34",
        "arts. 32 to 36",
        "arts. 32-36",
        "art. 32-36",
        "art. 32 to 36",
        // The whole chapter of the controller's security duties cited as one range, as German
        // contracts in English do ("Articles 30 to 36 GDPR").
        "articles 28 to 36",
        "articles 30 to 36",
        "articles 31 to 36",
        "articles 32 through 36",
        "articles 30-36",
        "articles 33-34",
        "arts. 30 to 36",
        "arts. 33-34",
        "art. 30 to 36",
        "art. 30-36",
        "art. 33-34",
        "art. 33 to 36",
        "art. 33-36",
    ],
    fr: &[
        "articles 33 et 34",
        "articles 32 a 36",
        "articles 33 a 36",
        "articles 30 a 36",
        "articles 28 a 36",
        "articles 32-36",
        "articles 33-34",
        "articles 33-36",
        "art. 32 a 36",
        "art. 30 a 36",
        "art. 33 a 36",
        "art. 32-36",
        "art. 33-34",
        "art. 33-36",
        "art. 33 et 34",
    ],
};

/// The follow-up report after the first notice ("a final report within 30 days"): its deadline
/// is not the notice deadline.
pub const FOLLOW_UP_REPORT: Cue = Cue {
    id: "follow-up-report",
    en: &[
        "final report*",
        "full report*",
        "complete report*",
        "detailed report*",
        "written report*",
        "incident report*",
        "root cause*",
        "post-incident*",
        "follow-up*",
        "updates",
        "further information",
        // Art. 33(4): what cannot be given at once follows in phases.
        "in phases",
        "where not all",
        "not all of this information",
        "the rest shall follow",
    ],
    fr: &[
        "rapport final",
        "rapport complet",
        "rapport detaille",
        "rapport ecrit",
        "rapport d'incident",
        "analyse des causes",
        "cause profonde",
        "causes profondes",
        "compte rendu",
        "comptes rendus",
        "mise a jour",
        "mises a jour",
        "informations complementaires",
        "par phases",
        "de maniere echelonnee",
        "au fur et a mesure",
    ],
};

/// The controller's own deadline mentioned next to the processor's ("so that the Customer can
/// meet its own 72-hour deadline").
pub const CONTROLLER_OWN_DEADLINE: Cue = Cue {
    id: "controller-own-deadline",
    en: &["its own", "own deadline", "meet its", "comply with its", "its obligations under article 33", "its deadline"],
    fr: &["son propre", "sa propre", "ses propres", "respecter son", "respecter ses", "respecter le delai"],
};

/// What else a processor notifies besides a breach: changes of sub-processors or of its
/// measures, unlawful instructions, audits and inspections.
pub const OTHER_NOTICE_TOPIC: Cue = Cue {
    id: "other-notice-topic",
    en: &[
        "sub-processor*",
        "subprocessor*",
        "sub-contractor*",
        "subcontractor*",
        "changes to",
        "changes in",
        "change of",
        "change to",
        "instruction*",
        "audit*",
        "inspection*",
    ],
    fr: &[
        "sous-traitant ulterieur",
        "sous-traitants ulterieurs",
        "sous-traitance ulterieure",
        "changement*",
        "modification*",
        "instruction*",
        "audit*",
        "inspection*",
        "controle sur place",
    ],
};

/// Someone other than the processor notifying: a sub-processor's duty towards the processor.
pub const SUB_PROCESSOR: Cue = Cue {
    id: "sub-processor",
    en: &["sub-processor*", "subprocessor*", "sub-contractor*", "subcontractor*"],
    fr: &["sous-traitant ulterieur", "sous-traitants ulterieurs", "sous-traitance ulterieure"],
};

/// A clock that starts at confirmation or at the end of an investigation, not at awareness
/// (Art. 33(2): "after becoming aware").
pub const CONFIRMATION_TRIGGER: Cue = Cue {
    id: "confirmation-trigger",
    en: &[
        "after confirming",
        "after confirmation",
        "upon confirmation",
        "on confirmation",
        "following confirmation",
        "from confirmation",
        "of confirmation",
        "after having confirmed",
        "has confirmed",
        "have confirmed",
        "having confirmed",
        "confirmation of the breach",
        "confirmation of the incident",
        "confirmation of the security incident",
        "after it has confirmed",
        "once confirmed",
        "once it has confirmed",
        "confirmed personal data breach*",
        "confirmed data breach*",
        "confirmed security incident*",
        "confirmed breach*",
        "confirmed incident*",
        "after the investigation",
        "after its investigation",
        "after investigation",
        "after investigating",
        "end of the investigation",
        "end of its investigation",
        "completion of the investigation",
        "completion of its investigation",
        "conclusion of the investigation",
        "conclusion of its investigation",
        "investigation is complete*",
        "investigation has been completed",
    ],
    fr: &[
        "a compter de la confirmation",
        "apres confirmation",
        "apres la confirmation",
        "des confirmation",
        "des la confirmation",
        "apres avoir confirme",
        "suivant la confirmation",
        "la confirmation de la violation",
        "la confirmation de l'incident",
        "a confirme",
        "aura confirme",
        "une fois confirmee",
        "une fois la violation confirmee",
        "violation confirmee",
        "violations confirmees",
        "incident confirme",
        "incidents confirmes",
        "apres enquete",
        "apres l'enquete",
        "apres investigation",
        "apres les investigations",
        "a l'issue de l'enquete",
        "a l'issue des investigations",
        "a l'issue de ses investigations",
        "fin de l'enquete",
        "fin des investigations",
        "fin de ses investigations",
        "cloture de l'enquete",
        "cloture des investigations",
    ],
};

/// The Art. 33(3) content required by reference rather than item by item.
pub const ART33_3_REFERENCE: Cue = Cue {
    id: "art33-3-reference",
    en: &[
        "article 33(3)",
        "art. 33(3)",
        "article 33 (3)",
        "art. 33 (3)",
        "article 33.3",
        "article 33 paragraph 3",
        "paragraph 3 of article 33",
        // The content by its purpose: what the controller's notification to the authority needs
        // is what Art. 33(3) lists.
        "information necessary for the notification",
        "information needed for the notification",
        "information required for the notification",
        "information necessary to notify the supervisory authority",
        "information needed to notify the supervisory authority",
        "information required to notify the supervisory authority",
        "information necessary for notifying the supervisory authority",
        "information the controller needs to notify",
        "information the customer needs to notify",
        "information required for the controller's notification",
        "information necessary for the controller's notification",
    ],
    fr: &[
        "article 33(3)",
        "art. 33(3)",
        "article 33 (3)",
        "art. 33 (3)",
        "article 33.3",
        "article 33, paragraphe 3",
        "article 33 paragraphe 3",
        "paragraphe 3 de l'article 33",
        "informations necessaires a la notification",
        "informations necessaires pour la notification",
        "informations requises pour la notification",
        "informations utiles a la notification",
        "elements necessaires a la notification",
        "informations necessaires pour notifier",
        "informations requises pour notifier",
        "informations permettant de notifier",
        "informations permettant la notification",
        "informations dont le responsable a besoin pour notifier",
    ],
};

/// Art. 33(3)(a): the nature of the breach.
pub const CONTENT_NATURE: Cue = Cue {
    id: "content-nature",
    en: &["nature of the*", "description of the breach*", "description of the incident*", "what happened"],
    fr: &[
        "nature de la violation",
        "nature de l'incident",
        "nature des violations",
        "description de la violation",
        "description de l'incident",
    ],
};

/// Art. 33(3)(a): categories and approximate numbers of data subjects and records.
pub const CONTENT_NUMBERS: Cue = Cue {
    id: "content-numbers",
    en: &[
        "approximate number*",
        "number of data subjects",
        "number of records",
        "number of individuals",
        "number of affected",
        "categories of data subjects",
        "categories and number*",
        "volume of data",
    ],
    fr: &[
        "nombre approximatif",
        "nombre de personnes",
        "nombre d'enregistrements",
        "categories de personnes",
        "categories et le nombre",
        "categories et nombre",
        "volume de donnees",
    ],
};

/// Art. 33(3)(b): the contact point from whom more information can be obtained.
pub const CONTENT_CONTACT: Cue = Cue {
    id: "content-contact",
    en: &[
        "contact point",
        "point of contact",
        "contact details",
        "contact information",
        "contact person",
        "data protection officer",
        "dpo",
    ],
    fr: &["point de contact", "coordonnees", "interlocuteur", "delegue a la protection des donnees", "dpo", "dpd"],
};

/// Art. 33(3)(c): the likely consequences.
pub const CONTENT_CONSEQUENCES: Cue = Cue {
    id: "content-consequences",
    en: &["consequence*", "impact of the breach", "likely impact", "potential impact"],
    fr: &["consequence*", "impact probable", "impacts probables", "impact de la violation"],
};

/// Art. 33(3)(d): the measures taken or proposed.
pub const CONTENT_MEASURES: Cue = Cue {
    id: "content-measures",
    en: &[
        "measures taken",
        "measures proposed",
        "measures to address",
        "steps taken",
        "remedial*",
        "mitigat*",
        "containment",
    ],
    fr: &[
        "mesures prises",
        "mesures envisagees",
        "mesures proposees",
        "mesures pour remedier",
        "mesures correctives",
        "attenuer",
        "remedier",
    ],
};

/// Words that describe what a notice contains, to point at the sentence about it.
pub const NOTICE_INFORMATION: Cue = Cue {
    id: "notice-information",
    en: &["information", "details", "describe*", "description", "contain*", "include*"],
    fr: &["information*", "element*", "precision*", "contient", "comporte", "comprend", "decri*"],
};

/// A named channel or addressee for breach notices (an e-mail address or a phone number is
/// recognised by its shape, not by these words). "Contact point" alone is left out: it is also
/// an item of the notice's content (Art. 33(3)(b)), not the way the notice travels.
pub const CONTACT_CHANNEL: Cue = Cue {
    id: "contact-channel",
    en: &[
        "e-mail*",
        "email*",
        "telephone",
        "phone",
        "hotline",
        "helpline",
        "incident line",
        "portal",
        "ticket*",
        "registered letter",
        "registered mail",
        "notification address",
        "designated contact*",
        "to the data protection officer",
        "to the customer's data protection officer",
        "to the dpo",
        "to the ciso",
        "security team at",
        "whose contact details",
        "contact details are provided in",
        "contact details set out in",
        "24/7",
        "24x7",
    ],
    fr: &[
        "courriel*",
        "courrier electronique",
        "adresse electronique",
        "e-mail*",
        "email*",
        "mail",
        "telephone",
        "astreinte",
        "portail",
        "ticket*",
        "lettre recommandee",
        "recommande avec accuse de reception",
        "adresse de notification",
        "interlocuteur designe",
        "au delegue a la protection des donnees",
        "au dpo",
        "au dpd",
        "au rssi",
        "dont les coordonnees",
        "24 h/24",
        "24h/24",
    ],
};

/// Words just before a number that make it a time limit ("within 48 hours", "sous 48 heures"),
/// compact forms included ("(<24h)", "≤ 24 h", "max. 24 hours").
pub const DEADLINE_INTRO: Cue = Cue {
    id: "deadline-intro",
    en: &[
        "<",
        "≤",
        "=<",
        "max",
        "within",
        "no later than",
        "not later than",
        // "in no event later than 72 hours", "in no case later than".
        "later than",
        "at the latest",
        "at most",
        "no more than",
        "not more than",
        "maximum",
        "in any event",
        "in any case",
        "before",
        "up to",
        "inside",
    ],
    fr: &[
        "dans un delai",
        "dans un delai maximum",
        "dans un delai maximal",
        "dans les",
        "dans le",
        "sous",
        "au plus tard",
        // « en aucun cas plus tard que 72 heures ».
        "plus tard que",
        "au maximum",
        "maximum",
        "max",
        "<",
        "≤",
        "=<",
        "delai de",
        "d'un delai",
        "en tout etat de cause",
        "avant",
    ],
};

/// A channel left to the processor's choice ("by any appropriate means, such as e-mail or
/// telephone", « par tout moyen approprié : courriel, téléphone ») names no address the
/// controller can watch: the media listed after it are examples, not a contact point.
pub const ANY_MEANS: Cue = Cue {
    id: "any-means",
    en: &["by any means", "by any appropriate means", "by any suitable means", "by such means as", "by any method"],
    fr: &["par tout moyen", "par tous moyens", "par tout moyen approprie", "par quelque moyen que ce soit"],
};

/// Words just after a number that make it a time limit: counted from an event ("48 hours after
/// becoming aware", "48 heures à compter de") or marked as an upper bound ("24h max",
/// « 24 heures maximum »).
pub const DEADLINE_START: Cue = Cue {
    id: "deadline-start",
    en: &[
        "max",
        "maximum",
        "at most",
        "after",
        "of becoming aware",
        "of discovery",
        "of discovering",
        "from",
        "following",
        "upon",
        "of its",
        "of the",
        "at the latest",
    ],
    fr: &[
        "apres",
        "max",
        "maximum",
        "au maximum",
        "au plus",
        "a compter",
        "a partir",
        "suivant",
        "des",
        "de la prise",
        "de sa",
        "de la decouverte",
        "au plus tard",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::FoldedText;

    const ALL: &[Cue] = &[
        BREACH_EVENT,
        BREACH_WORD,
        NOTIFY,
        ASSIST,
        OWN_NOTICE_LINKS,
        AUTHORITY_OR_SUBJECTS,
        ARTICLES_33_34,
        FOLLOW_UP_REPORT,
        CONTROLLER_OWN_DEADLINE,
        SUB_PROCESSOR,
        CONFIRMATION_TRIGGER,
        ART33_3_REFERENCE,
        CONTENT_NATURE,
        CONTENT_NUMBERS,
        CONTENT_CONTACT,
        CONTENT_CONSEQUENCES,
        CONTENT_MEASURES,
        NOTICE_INFORMATION,
        CONTACT_CHANNEL,
        DEADLINE_INTRO,
        DEADLINE_START,
        CONTROLLER_NOTIFICATIONS,
        ENABLE_CONTROLLER,
        NOTIFICATION_OBLIGATIONS,
        CONFIRMED,
        SUSPECTED,
        ANY_MEANS,
    ];

    #[test]
    fn phrases_are_folded() {
        super::super::assert_folded(ALL);
    }

    #[test]
    fn triggers_and_breaches_read_in_both_languages() {
        let matches = |cue: &Cue, text: &str| cue.matches(&FoldedText::new(text, 0));
        assert!(matches(&CONFIRMATION_TRIGGER, "dans les 48 heures à compter de la confirmation de la violation"));
        assert!(matches(&CONFIRMATION_TRIGGER, "within 48 hours after confirming the breach"));
        assert!(matches(&CONFIRMATION_TRIGGER, "a confirmed Personal Data Breach"));
        assert!(!matches(&CONFIRMATION_TRIGGER, "within 48 hours after becoming aware of it"));
        assert!(matches(&BREACH_EVENT, "toute violation de données à caractère personnel"));
        assert!(matches(&BREACH_EVENT, "any Security Incident"));
        assert!(!matches(&BREACH_EVENT, "a material breach of this Agreement"));
        assert!(matches(&BREACH_EVENT, "the duty to report violations of personal data to the Client"));
        assert!(matches(&BREACH_EVENT, "toute atteinte à la sécurité des données"));
        assert!(
            !matches(&BREACH_EVENT, "any violation of data protection law by the Contractor"),
            "an infringement of the law is not a breach of personal data"
        );
        assert!(matches(&BREACH_EVENT, "tout accès accidentel ou non autorisé aux Données"));
        assert!(matches(&BREACH_EVENT, "any accidental or unauthorised access to Customer Data"));
        assert!(matches(&DEADLINE_START, "au plus tard après en avoir pris connaissance"));
        assert!(matches(&ART33_3_REFERENCE, "les informations visées à l'article 33(3) du RGPD"));
        assert!(!matches(&NOTIFY, "the information listed below"));
    }
}
