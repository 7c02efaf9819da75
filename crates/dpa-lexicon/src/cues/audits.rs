//! Cues for the audit rules (GDPR Art. 28(3)(h)): how a contract makes information available,
//! grants or withholds audits and inspections, replaces them with reports, and sets notice,
//! frequency and costs.

use super::Cue;

pub const AUDIT_WORDS: Cue = Cue {
    id: "audit-words",
    en: &["audit*", "inspect*"],
    fr: &[
        "audit*",
        "inspection*",
        "controle sur place",
        "controles sur place",
        "controle sur site",
        "controles sur site",
    ],
};

pub const MAKE_AVAILABLE: Cue = Cue {
    id: "make-available",
    en: &[
        "make available",
        "makes available",
        "made available",
        "provide",
        "provides",
        "furnish",
        "furnishes",
        "supply",
        "supplies",
        "give access",
        "share",
        // "undertakes to give the Controller the necessary information", "hand over the records"
        "give",
        "gives",
        "hand over",
        "hands over",
        "deliver",
        "delivers",
        "disclose",
        "discloses",
        // "puts at its disposal the information needed", the French turn in English
        "put at the disposal",
        "puts at the disposal",
        "put at its disposal",
        "puts at its disposal",
        "place at the disposal",
        "places at the disposal",
        "place at its disposal",
        "places at its disposal",
        "keep at the disposal",
        "keeps at the disposal",
        "keep at its disposal",
        "keeps at its disposal",
    ],
    fr: &[
        "met a la disposition",
        "mettre a la disposition",
        "mettra a la disposition",
        "met a disposition",
        "mettre a disposition",
        "mettra a disposition",
        // « Il met à sa disposition les informations nécessaires »: the controller as a pronoun.
        "met a sa disposition",
        "mettre a sa disposition",
        "mettra a sa disposition",
        "tient a sa disposition",
        "tient a la disposition",
        "tient a disposition",
        "fournit",
        "fournir",
        "fournira",
        "communique",
        "communiquer",
        "communiquera",
        "transmet",
        "transmettre",
        "donne acces",
        "donne",
        "donner",
        "donnera",
        "remet",
        "remettre",
        "remettra",
        "delivre",
        "delivrer",
    ],
};

/// A sentence that releases from a duty rather than states one ("nothing in this Clause shall
/// require the Processor to share any confidential information", « rien dans le présent article
/// n'oblige le Prestataire à communiquer »): the negation opens the sentence, far from the verb.
pub const NOTHING_REQUIRES: Cue = Cue {
    id: "nothing-requires",
    en: &["nothing in this", "nothing in the", "nothing herein", "nothing shall require", "nothing requires"],
    fr: &["rien dans le present", "rien dans la presente", "rien dans les presentes", "rien n'oblige", "rien n'impose"],
};

pub const COMPLIANCE_INFORMATION: Cue = Cue {
    id: "compliance-information",
    en: &["information", "documentation", "documents", "records"],
    fr: &["information*", "documentation", "documents", "elements"],
};

/// Information given for the controller's audits ("provide information for audits", « fournir
/// des informations pour les audits »): the Art. 28(3)(h) duty in its short form.
pub const FOR_AUDITS: Cue = Cue {
    id: "for-audits",
    en: &["for audits", "for the audits", "for audit purposes", "for the purpose of audits", "to support audits"],
    fr: &["pour les audits", "pour l'audit", "aux fins d'audit", "aux fins des audits", "necessaires aux audits"],
};

/// The controller obtaining the information itself ("has the right to: - obtain information",
/// "may request all information", « peut obtenir / demander toute information »): the same duty
/// seen from the controller's side, read in audit clauses with [`PERMISSION`].
pub const OBTAIN: Cue = Cue {
    id: "obtain",
    en: &["obtain", "request", "ask for", "receive", "inspect the documentation"],
    fr: &["obtenir", "demander", "se faire communiquer", "recevoir", "solliciter"],
};

/// Answering someone's requests for information ("respond to the Customer's enquiries", «
/// répond aux demandes de renseignements du Responsable »): the information duty worded as a
/// service, unless the requests are the data subjects' or an authority's.
pub const ANSWER: Cue = Cue {
    id: "answer",
    en: &["respond", "responds", "responding", "answer", "answers", "answering", "reply", "replies"],
    fr: &["repond*", "repondre", "donne suite", "donner suite"],
};

/// Requests for information, as the object of [`ANSWER`].
pub const INFORMATION_REQUESTS: Cue = Cue {
    id: "information-requests",
    en: &[
        "requests for information",
        "request for information",
        "information requests",
        // Enquiries and questions only about the processing: "answer the Customer's questions"
        // about a breach notice, or support questions, are not information on compliance.
        "enquiries about the processing",
        "enquiries regarding the processing",
        "enquiries concerning the processing",
        "enquiries relating to the processing",
        "inquiries about the processing",
        "inquiries regarding the processing",
        "inquiries concerning the processing",
        "questions about the processing",
        "questions regarding the processing",
        "questions concerning the processing",
        "questions relating to the processing",
        "enquiries about data protection",
        "questions about data protection",
        "questions about compliance",
    ],
    fr: &[
        "demandes de renseignement*",
        "demande de renseignement*",
        "demandes d'information*",
        "demande d'information*",
        "questions relatives au traitement",
        "questions concernant le traitement",
        "questions sur le traitement",
        "questions relatives a la protection des donnees",
    ],
};

/// The purpose of the information: to demonstrate compliance, or proof of it ("provide proof of
/// the implementation of the measures", « apporter la preuve »).
pub const DEMONSTRATE_COMPLIANCE: Cue = Cue {
    id: "demonstrate-compliance",
    en: &[
        "demonstrate*",
        "evidence compliance",
        "prove compliance",
        "proving compliance",
        "verify compliance",
        "proof of",
        "proof that",
    ],
    fr: &["demontr*", "justifier", "prouver", "attester du respect", "verifier le respect", "preuve*"],
};

/// Proof handed over as such ("provide evidence of compliance", « fournir des preuves de
/// conformité », « tout justificatif du respect de ses obligations »): the information of
/// Art. 28(3)(h) named by what it proves, read with [`COMPLIANCE`].
pub const PROOF: Cue = Cue { id: "proof", en: &["evidence", "proof", "proofs"], fr: &["preuve*", "justificatif*"] };

/// A check of compliance whose object may stand between the verb and the word ("to confirm
/// Zitadel's compliance", "can verify the Supplier's compliance", « vérifier que le Prestataire
/// respecte »): read with [`COMPLIANCE`] in the same sentence.
pub const CHECK_COMPLIANCE: Cue = Cue {
    id: "check-compliance",
    en: &["confirm", "confirming", "verify", "verifying", "ascertain", "assess", "assessing"],
    fr: &["confirmer", "verifier", "s'assurer", "evaluer", "constater"],
};

/// Compliance, as the object of [`CHECK_COMPLIANCE`].
pub const COMPLIANCE: Cue = Cue {
    id: "compliance",
    en: &["compliance", "complies", "comply", "compliant"],
    fr: &["respect", "respecte", "respectent", "conformite", "conforme*"],
};

/// The processor lets audits happen ("shall allow for and contribute to audits").
pub const PROCESSOR_ALLOWS: Cue = Cue {
    id: "processor-allows",
    en: &[
        "allow for",
        "allow",
        "allows",
        "permit",
        "permits",
        "submit to",
        "submits to",
        "contribute to",
        "contribute",
        "contributes",
        "cooperate with",
        "facilitate",
        "facilitates",
        "enable",
        "enables",
    ],
    fr: &[
        "permet",
        "permettre",
        "permettra",
        "autorise",
        "autoriser",
        "autorisera",
        "autorisent",
        "permettra la realisation",
        "se soumet",
        "se soumettre",
        "contribue",
        "contribuer",
        "facilite",
        "faciliter",
        "accepte",
    ],
};

/// The processor taking part in audits ("participate in the Customer's audits", « participer
/// aux audits du Client », "cooperate in audits", « collaborer aux audits »): the contribution
/// Art. 28(3)(h) asks, when the audits are the controller's.
pub const PARTICIPATE: Cue = Cue {
    id: "participate",
    en: &[
        "participate in",
        "participates in",
        "take part in",
        "takes part in",
        "collaborate in",
        "collaborates in",
        "collaborate on",
        "collaborates on",
        "cooperate in",
        "cooperates in",
    ],
    fr: &[
        "participe",
        "participer",
        "participera",
        "prend part",
        "prendre part",
        "collabore",
        "collaborer",
        "collaborera",
        "coopere",
        "cooperer",
        "cooperera",
    ],
};

/// Words that may stand between [`PARTICIPATE`] and bare audits, or between the audit words of
/// one list ("cooperate in *all* audits *and* inspections", « collaborer *aux* audits *et*
/// inspections »).
pub const BARE_AUDIT_LINKS: &[&str] =
    &["the", "all", "any", "and", "or", "les", "des", "aux", "a", "tous", "toutes", "et", "ou"];

/// Words of permission for the controller's own audit ("Customer *may* audit", "*right* to audit").
pub const PERMISSION: Cue = Cue {
    id: "permission",
    en: &["may", "entitled", "right", "rights", "shall have the right", "is free to"],
    fr: &["peut", "pourra", "peuvent", "pourront", "droit", "est en droit", "a la faculte", "est libre"],
};

/// Words that set an act as the circumstance of another duty ("Customer shall, *when* carrying
/// out an audit, limit the disruption", « *lorsqu'il* réalise un audit », « *pendant* qu'il
/// procède à un audit »): the act is supposed, not granted.
pub const CIRCUMSTANCE_WORDS: &[&str] =
    &["when", "while", "whilst", "whenever", "during", "lorsque", "lorsqu'il", "lorsqu'elle", "quand", "pendant"];

/// Verbs of carrying out an audit, read right before the audit word: the controller who
/// "carries out audits of the Provider" or « supervise le traitement, y compris en réalisant des
/// audits » audits as its own activity, which is the right put the other way round.
pub const PERFORM: Cue = Cue {
    id: "perform",
    en: &[
        "conduct",
        "conducts",
        "conducting",
        "carry out",
        "carries out",
        "carrying out",
        "perform",
        "performs",
        "performing",
        "undertake",
        "undertakes",
        "undertaking",
    ],
    fr: &[
        "realise",
        "realiser",
        "realisera",
        "realisant",
        "procede a",
        "proceder a",
        "procedera a",
        "procedant a",
        "mene",
        "mener",
        "menera",
        "menant",
        "conduit",
        "conduire",
        "conduira",
        "conduisant",
        "effectue",
        "effectuer",
        "effectuera",
        "effectuant",
    ],
};

/// Passive audits by someone named after the verb ("audits conducted by the Customer").
pub const CONDUCTED_BY: Cue = Cue {
    id: "conducted-by",
    en: &["conducted by", "carried out by", "performed by", "undertaken by", "made by"],
    fr: &[
        "realise par",
        "realises par",
        "realisee par",
        "realisees par",
        "effectue par",
        "effectues par",
        "mene par",
        "menes par",
        "conduit par",
        "conduits par",
    ],
};

/// An auditor, who acts for the controller.
pub const AUDITOR: Cue = Cue { id: "auditor", en: &["auditor*"], fr: &["auditeur*"] };

/// Audits replaced by something else.
pub const REPLACEMENT: Cue = Cue {
    id: "replacement",
    en: &[
        "fully satisfied by",
        "satisfied by",
        "shall satisfy",
        "satisfies",
        "to satisfy",
        "in lieu of",
        "instead of",
        "in place of",
        "in substitution for",
        "deemed to satisfy",
        "deemed sufficient",
        // "a current audit report discharges the Processor's obligations under this Section"
        "discharges",
        "shall discharge",
        "deemed to discharge",
        "in full discharge",
        "deemed fulfilled",
        "deemed to have fulfilled",
        "deemed to have complied",
        "shall be limited to",
        "are limited to",
        "is limited to",
        "sole means",
        "by instructing",
        "only by requesting",
        "solely by requesting",
        // At the processor's option: "Processor may satisfy audit requests by providing its
        // certifications", "may, at its discretion, instead provide its latest audit report".
        "may satisfy",
        "can satisfy",
        "may instead",
        "will instead",
        "instead provide",
        "instead supply",
        "instead furnish",
        "instead deliver",
        "instead make available",
    ],
    fr: &[
        // Au choix du sous-traitant : « peut satisfaire à cette obligation en fournissant ses
        // certifications », « peut fournir à la place un rapport d'audit ».
        "peut satisfaire",
        "pourra satisfaire",
        "a la place",
        "en lieu et place",
        "au lieu de",
        "tient lieu",
        "tiennent lieu",
        "vaut audit",
        "valent audit",
        "repute satisfait",
        "reputes satisfaits",
        "reputee satisfaite",
        "est satisfait par",
        "sont satisfaits par",
        // « la remise du rapport vaut exécution des obligations du présent article »
        "vaut execution",
        "valent execution",
        "libere le",
        "liberent le",
        "decharge le",
        "dechargent le",
        "repute avoir satisfait",
        "repute avoir rempli",
        "se limite a",
        "se limitent a",
        "limite a",
        "limites a",
        "limitee a",
        "limitees a",
        "en demandant au sous-traitant de",
        "en demandant au prestataire de",
        "qu'en demandant",
        "qu'en sollicitant",
    ],
};

/// Certificates and reports offered as evidence.
pub const REPORTS: Cue = Cue {
    id: "reports",
    en: &[
        "report*",
        "certificat*",
        "certification*",
        "soc 1",
        "soc 2",
        "soc2",
        "soc 3",
        "iso 27001",
        "iso/iec 27001",
        "attestation*",
        "summary",
        "summaries",
        "questionnaire*",
    ],
    fr: &[
        "rapport*",
        "certificat*",
        "certification*",
        "soc 2",
        "attestation*",
        "synthese*",
        "resume*",
        "questionnaire*",
    ],
};

/// Alternatives the party who offers them chooses between ("provide audit reports *or* permit
/// audits").
pub const ALTERNATIVE: Cue =
    Cue { id: "alternative", en: &["or", "or alternatively", "or else"], fr: &["ou", "ou bien", "ou alors"] };

/// A review left to the processor's goodwill is not a right.
pub const PROCESSOR_DISCRETION: Cue = Cue {
    id: "processor-discretion",
    en: &["sole discretion", "at its discretion", "in its discretion", "absolute discretion", "may agree"],
    fr: &["seule discretion", "a sa discretion", "discretionnaire*", "peut accepter", "pourra accepter"],
};

/// On-site audits and inspections.
pub const ON_SITE: Cue = Cue {
    id: "on-site",
    en: &["on-site", "onsite", "on site", "inspection*", "premises", "physical access", "site visit*", "facilities"],
    fr: &["sur site", "sur place", "inspection*", "locaux", "visite*", "installations"],
};

/// Words that exclude something entirely.
pub const EXCLUSION: Cue = Cue {
    id: "exclusion",
    en: &[
        "excluded",
        "are excluded",
        "is excluded",
        "exclude",
        "excludes",
        "not permitted",
        "not be permitted",
        "does not permit",
        "do not permit",
        "will not permit",
        "shall not permit",
        "does not allow",
        "will not allow",
        "shall not allow",
        "not allowed",
        "prohibited",
        "not entitled",
        // "shall not be entitled to … inspect the premises", "has no right to inspect"
        "not be entitled",
        "no right to",
        "not have the right",
        "not have any right",
        "not be allowed",
        "not be authorised",
        "not be authorized",
        "no on-site",
        "no onsite",
        "no inspection*",
        "remote only",
        "only remotely",
        "only remote",
        "waive*",
    ],
    fr: &[
        "exclu",
        "exclus",
        "exclue",
        "exclues",
        "exclut",
        "interdit*",
        "n'autorise pas",
        "n'autorise aucun",
        "n'autorise aucune",
        "ne permet pas",
        "n'accepte pas",
        "n'est pas en droit",
        "ne sera pas en droit",
        "n'a pas le droit",
        "n'aura pas le droit",
        "n'est pas autorise*",
        "ne sera pas autorise*",
        "ne dispose d'aucun droit",
        "aucune inspection",
        "aucun audit sur",
        "uniquement a distance",
        "exclusivement a distance",
        "renonce*",
    ],
};

/// Words that make an exclusion partial ("except after a breach").
pub const EXCEPTION: Cue = Cue {
    id: "exception",
    en: &["except", "unless", "save where", "save that", "other than", "provided that"],
    fr: &["sauf", "a moins", "hormis", "excepte", "sous reserve"],
};

/// Advance notice of an audit, also as a period counted back from its date ("at least 30 days
/// before the audit", « au moins 30 jours avant la date de l'audit »).
pub const NOTICE: Cue = Cue {
    id: "notice",
    en: &[
        "notice",
        "notification",
        "notify",
        "before the audit",
        "prior to the audit",
        "before the date of the audit",
        "before the start of the audit",
        "in advance of the audit",
    ],
    fr: &[
        "preavis",
        "prevenance",
        "notifi*",
        "informe*",
        "avant la date",
        "avant l'audit",
        "avant le debut",
        "avant le demarrage",
    ],
};

/// Requests that stand for audits when audit rights are exercised through them ("requests may
/// only be made once a year", « une seule demande par an »).
pub const REQUESTS: Cue = Cue { id: "requests", en: &["request", "requests"], fr: &["demande", "demandes"] };

pub const SHORTER_NOTICE: Cue = Cue {
    id: "shorter-notice",
    en: &[
        "shorter",
        "short notice",
        "without notice",
        "without prior notice",
        "without advance notice",
        "no notice",
        "no prior notice",
        "reduced notice",
        "less notice",
        "at any time",
    ],
    fr: &[
        "plus court",
        "preavis reduit",
        "ramene",
        "sans preavis",
        "aucun preavis",
        "delai plus court",
        "a tout moment",
    ],
};

/// The causes that justify an audit at short notice or beyond the cap.
pub const FOR_CAUSE: Cue = Cue {
    id: "for-cause",
    en: &[
        "breach*",
        "incident*",
        "supervisory authorit*",
        "regulator*",
        "competent authorit*",
        "data protection authorit*",
        "information commissioner",
        "commissioner",
        "non-compliance",
        "noncompliance",
        "reasonable grounds",
        // A cause left unnamed but qualified: "unless there is reasonable cause for additional
        // audits", "where there is good cause".
        "reasonable cause",
        "good cause",
        "just cause",
        "justified cause",
        "legitimate reason*",
        "justified reason*",
        "suspect*",
        "suspicion*",
        "for cause",
        "reason to believe",
        // An audit an authority orders: "at the direction of a government authority".
        "government authorit*",
        "governmental authorit*",
        "public authorit*",
        "regulatory authorit*",
        "required by law",
        "required by applicable law",
    ],
    fr: &[
        "violation*",
        "incident*",
        "autorite de controle",
        "autorites de controle",
        "autorite competente",
        "autorite publique",
        "autorite administrative",
        "autorite judiciaire",
        "une autorite",
        "exige par la loi",
        "requis par la loi",
        "cnil",
        "indice*",
        "manquement*",
        "soupcon*",
        "non-conformite*",
        "motif legitime",
        "motifs legitimes",
        "motif serieux",
        "motifs serieux",
        "motif raisonnable",
        "motifs raisonnables",
        "juste motif",
        "justes motifs",
        "motif fonde",
        "motifs fondes",
        "raison legitime",
        "raisons legitimes",
        "raisons serieuses",
    ],
};

/// Words that add audits on top of a cap ("in addition, after a breach"), or keep audits for
/// cause outside it ("audits following a breach remain possible", « les audits motivés par une
/// violation demeurent possibles »).
pub const ADDITIONAL_AUDIT: Cue = Cue {
    id: "additional-audit",
    en: &[
        "in addition",
        "additional",
        "additionally",
        "also",
        "except",
        "further audit*",
        "at any time",
        "unless",
        "save",
        "other than",
        "notwithstanding",
        "other than in these cases",
        "except in those cases",
        "outside these cases",
        "remain possible",
        "remains possible",
        "remain permitted",
        "remains permitted",
        "remain allowed",
        "remain available",
        "still possible",
        "still permitted",
        "still be carried out",
        "not subject to this limit",
        "not subject to the limit",
        "not count towards",
    ],
    fr: &[
        "en outre",
        "supplementaire*",
        "egalement",
        "aussi",
        "sauf",
        "a tout moment",
        "de plus",
        "par ailleurs",
        "hormis",
        "a moins",
        "hors ces cas",
        "en dehors de ces cas",
        "sauf dans ces cas",
        "demeure possible",
        "demeurent possibles",
        "reste possible",
        "restent possibles",
        "demeurent autorises",
        "restent autorises",
        "demeurent permis",
        "restent permis",
        "ne sont pas soumis a cette limite",
        "ne sont pas decomptes",
        "ne s'imputent pas",
    ],
};

/// Words lifting a cap for the cases named after them ("this limit does not apply after a
/// breach", « cette limite ne s'appliquant pas en cas d'incident »). Their own negation governs
/// the cause that follows, so the cause is looked for after them, negated or not.
pub const CAP_LIFTED: Cue = Cue {
    id: "cap-lifted",
    en: &["does not apply", "shall not apply", "will not apply", "do not apply", "not applicable", "is lifted"],
    fr: &["ne s'appliqu* pas", "n'est pas applicable", "ne joue pas", "est levee"],
};

/// A single audit per period ("not more than *once* in any period of 12 months").
pub const ONCE: Cue =
    Cue { id: "once", en: &["once", "one audit", "a single audit"], fr: &["une fois", "un audit", "un seul audit"] };

/// Audits said to be yearly ("an annual audit", "may audit annually", « un audit annuel »): a
/// cap when the audit is the controller's, not the processor's own yearly certification audit.
pub const YEARLY: Cue =
    Cue { id: "yearly", en: &["annual", "annually", "yearly"], fr: &["annuel", "annuelle", "annuels", "annuellement"] };

/// Words that cap the number of audits.
pub const FREQUENCY_CAP: Cue = Cue {
    id: "frequency-cap",
    en: &[
        "once",
        "twice",
        "no more than",
        "not more than",
        "at most",
        "maximum of",
        "more than one",
        "one audit",
        "per year",
        "per annum",
        "a year",
        "each year",
        "every",
    ],
    fr: &[
        "une fois",
        "deux fois",
        "un audit par",
        "un seul audit",
        "pas plus d",
        "au maximum",
        "au plus",
        "par an",
        "par annee",
        "chaque annee",
        "tous les",
    ],
};

pub const COST: Cue = Cue {
    id: "cost",
    en: &[
        "cost*",
        "expense*",
        "fees",
        "reimburse*",
        "rates",
        "charge",
        "charges",
        "borne",
        "bear",
        "bears",
        "pay",
        "pays",
        "payable",
    ],
    fr: &["frais", "cout*", "rembours*", "a la charge", "supporte*", "facture*", "tarif*", "honoraires"],
};

/// The processor charges for audits, so the controller pays ("Contractor may charge its hourly
/// rates for each inspection").
pub const PROCESSOR_CHARGES: Cue = Cue {
    id: "processor-charges",
    en: &[
        "may charge",
        "entitled to charge",
        "may invoice",
        "entitled to invoice",
        "at its then-current",
        "at its professional services rates",
    ],
    fr: &["peut facturer", "pourra facturer", "est en droit de facturer", "facture ses"],
};

/// Costs put on the party named after ("borne *by the Customer*", "*aux frais du* Client").
pub const COST_BORNE_BY: Cue = Cue {
    id: "cost-borne-by",
    en: &["borne by", "paid by", "payable by", "at the expense of", "at the cost of", "for the account of"],
    fr: &[
        "a la charge du",
        "a la charge de",
        "aux frais du",
        "aux frais de",
        "supportes par",
        "supporte par",
        "pris en charge par",
    ],
};

/// Costs that move to the processor when the audit finds a failure.
pub const COST_SHIFTS_ON_FAILURE: Cue = Cue {
    id: "cost-shifts-on-failure",
    en: &[
        "reveals",
        "discloses a",
        "finds",
        "non-compliance",
        "noncompliance",
        "material breach",
        "material failure",
        "failure to comply",
        "in breach",
        "non-compliant",
        "noncompliant",
        "failed to comply",
        "fails to comply",
    ],
    fr: &[
        "revele",
        "revelent",
        "met en evidence",
        "manquement*",
        "non-conformite*",
        "non conforme",
        "non-conforme",
        "constate*",
    ],
};

/// Costs shared rather than put on one side.
pub const SHARED_COSTS: Cue = Cue {
    id: "shared-costs",
    en: &["each party", "own costs", "own expenses", "shared equally", "split equally"],
    fr: &["chaque partie", "ses propres frais", "ses propres couts", "a parts egales", "partages"],
};

/// Words that introduce a cost as a noun ("reimburse the Provider *the* costs", « rembourse au
/// Prestataire *les* frais »): the party named just before them receives, it does not bear.
pub const COST_DETERMINERS: &[&str] =
    &["the", "its", "their", "any", "all", "such", "les", "des", "ses", "leurs", "la", "le", "tous", "toutes"];
