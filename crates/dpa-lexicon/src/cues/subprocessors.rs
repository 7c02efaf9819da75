//! Cues for the sub-processor rules (GDPR Art. 28(2), 28(3)(d) and 28(4)): how a contract
//! authorises other processors, announces changes, lets the controller object, flows its
//! obligations down, keeps the processor liable, lists the sub-processors and ties their breach
//! notices to the processor's own deadline.

use super::Cue;

/// A subject that points back to the party named in the sentence before ("The latter shall be
/// bound by …", « Ce dernier est lié par … »): after a sentence that engages a
/// sub-processor, it names that sub-processor.
pub const REFERS_BACK: Cue = Cue {
    id: "refers-back",
    en: &["the latter", "such entity", "such third party", "that entity", "that third party"],
    fr: &[
        "ce dernier",
        "cette derniere",
        "ces derniers",
        "ces dernieres",
        "celui-ci",
        "celle-ci",
        "ceux-ci",
        "celles-ci",
        "ce tiers",
    ],
};

/// Another processor engaged by the processor. "Sous-traitant" alone is the processor itself in
/// French, so only its qualified forms count.
pub const SUB_PROCESSOR: Cue = Cue {
    id: "sub-processor",
    en: &[
        "sub-processor*",
        "subprocessor*",
        "sub processor*",
        "sub-contractor*",
        "subcontractor*",
        "another processor",
        "other processor",
        "other processors",
        "further processor*",
        "third-party processor*",
    ],
    fr: &[
        "sous-traitant ulterieur",
        "sous-traitants ulterieurs",
        "sous-traitance ulterieure",
        "autre sous-traitant",
        "autres sous-traitants",
        "sous-traitant de second rang",
        "sous-traitants de second rang",
        // The processor's own subcontractors: "le sous-traitant reste responsable des actes de
        // ses sous-traitants".
        "ses sous-traitants",
        "ses propres sous-traitants",
    ],
};

/// French "sous-traitant" with a determiner that cannot name the processor party ("des
/// sous-traitants", "tout nouveau sous-traitant"): another processor, but only inside a clause
/// about sub-processing, where the bare word has no other reading.
pub const PLAIN_SUB_PROCESSOR: Cue = Cue {
    id: "plain-sub-processor",
    en: &[],
    fr: &[
        "des sous-traitants",
        "les sous-traitants",
        "aux sous-traitants",
        "ces sous-traitants",
        "leurs sous-traitants",
        "nos sous-traitants",
        "tout sous-traitant",
        "tous sous-traitants",
        "tous les sous-traitants",
        "chaque sous-traitant",
        "un sous-traitant",
        "nouveau sous-traitant",
        "nouveaux sous-traitants",
        "sous-traitants suivants",
        // A label over their names ("Sous-traitants principaux : …"): the processor party is one.
        "sous-traitants principaux",
        "sous-traitants actuels",
        "sous-traitants utilises",
        "sous-traitants autorises",
        "sous-traitants retenus",
        "sous-traitants agrees",
    ],
};

/// Bringing a sub-processor in.
pub const ENGAGE: Cue = Cue {
    id: "engage",
    en: &[
        "engag*",
        "use",
        "uses",
        "using",
        "appoint*",
        "subcontract*",
        "sub-contract*",
        "retain",
        "retains",
        "involve",
        "involves",
        "rely on",
        "relies on",
        "onboard*",
        "recruit*",
        "commissioning",
        "commissioned",
        // German-register contracts ("may commission further processors", "shall not commission
        // subcontractors without consent"); the European Commission names no sub-processor after
        // it, which an engaging verb needs.
        "commission",
        "commissions",
        // Handing over part of the processing ("may outsource part of the processing activities
        // to Sub-processors", "entrust parts of the processing to").
        "outsourc*",
        "entrust",
        "entrusts",
    ],
    fr: &[
        "recour*",
        "faire appel",
        "fait appel",
        "fera appel",
        "sous-traiter",
        "sous-traite",
        "engager",
        "engage",
        "utiliser",
        "utilise",
        "recrute",
        "recruter",
        "recrutera",
        "solliciter",
        "confier",
        "confie",
        "confiera",
        "externaliser",
        "externalise",
    ],
};

/// The controller's authorisation, in any words.
pub const AUTHORISATION: Cue = Cue {
    id: "authorisation",
    en: &["authori*", "consent", "consents", "approval", "approve", "approves", "permission"],
    fr: &["autoris*", "consentement", "accord prealable", "accord ecrit", "accord expres", "approbation", "agrement"],
};

/// A general authorisation named as such.
pub const GENERAL_AUTHORISATION: Cue = Cue {
    id: "general-authorisation",
    en: &[
        "general authori*",
        "general written authori*",
        "general prior written authori*",
        "general prior authori*",
        "prior general written authori*",
        "prior general authori*",
        "general consent",
        "general written consent",
        "general approval",
        "general permission",
        "generally authori*",
    ],
    fr: &[
        "autorisation generale",
        "autorisation ecrite generale",
        "autorisation generale ecrite",
        "autorisation ecrite prealable generale",
        "autorisation prealable generale",
        "autorisation generale prealable",
        "autorise de maniere generale",
        "autorise de facon generale",
        "consentement general",
        "accord general",
    ],
};

/// A specific authorisation named as such.
pub const SPECIFIC_AUTHORISATION: Cue = Cue {
    id: "specific-authorisation",
    en: &[
        "specific authori*",
        "specific written authori*",
        "specific prior written authori*",
        "specific prior authori*",
        "prior specific written authori*",
        "prior specific authori*",
        "specific consent",
        "specific written consent",
        "specific prior written consent",
        "specific approval",
        "specifically authori*",
        "specifically approve*",
    ],
    fr: &[
        "autorisation specifique",
        "autorisation ecrite specifique",
        "autorisation specifique ecrite",
        "autorisation ecrite prealable specifique",
        "autorisation prealable specifique",
        "autorisation specifique prealable",
        "autorisation expresse",
        "consentement specifique",
        "accord specifique",
        "accord expres",
    ],
};

/// The controller's option to authorise later, stated under the regime in force ("may also give
/// a general authorisation", « peut également donner une autorisation générale »): an offer, not
/// an authorisation given. Read right before the kind of authorisation it offers.
pub const OPTION_TO_AUTHORISE: Cue = Cue {
    id: "option-to-authorise",
    en: &[
        "may give",
        "may also give",
        "may later give",
        "may grant",
        "may also grant",
        "may issue",
        "may also issue",
        "may provide",
        "may also provide",
        "can give",
        "can also give",
        "can grant",
        "may choose to give",
        "may choose to grant",
        "may decide to give",
        "may decide to grant",
        "may elect to give",
        "may elect to grant",
        "may opt for",
        "may instead give",
        "may instead grant",
    ],
    fr: &[
        "peut donner",
        "peut egalement donner",
        "peut aussi donner",
        "peut ulterieurement donner",
        "pourra donner",
        "pourra egalement donner",
        "pourra aussi donner",
        "peut accorder",
        "peut egalement accorder",
        "peut aussi accorder",
        "pourra accorder",
        "pourra egalement accorder",
        "peut delivrer",
        "pourra delivrer",
        "peut choisir de donner",
        "peut choisir d'accorder",
        "peut decider de donner",
        "peut decider d'accorder",
        "peut opter pour",
        "pourra opter pour",
    ],
};

/// Art. 28(2)'s own words, naming both kinds: a requirement of authorisation, of no kind yet.
pub const EITHER_AUTHORISATION: Cue = Cue {
    id: "either-authorisation",
    en: &["specific or general", "general or specific"],
    fr: &["specifique ou generale", "generale ou specifique"],
};

/// Art. 28(2) cited by its number: the paragraph that requires the controller's prior specific or
/// general written authorisation for another processor. Read only where the processor is bound
/// to the conditions it sets ([`BOUND_TO`]).
pub const ARTICLE_28_2: Cue = Cue {
    id: "article-28-2",
    en: &[
        "article 28(2)",
        "art. 28(2)",
        "article 28 (2)",
        "art. 28 (2)",
        "article 28.2",
        "article 28, paragraph 2",
        "article 28 paragraph 2",
        "article 28, paragraphs 2",
        "article 28 paragraphs 2",
        "art. 28 para. 2",
        "art. 28 paras. 2",
        "article 28 para. 2",
        "paragraph 2 of article 28",
        "paragraphs 2 and 4 of article 28",
        "paragraphs 2 to 4 of article 28",
        "gdpr 28(2)",
    ],
    fr: &[
        "article 28(2)",
        "art. 28(2)",
        "article 28 (2)",
        "art. 28 (2)",
        "article 28.2",
        "article 28, paragraphe 2",
        "article 28 paragraphe 2",
        "article 28, paragraphes 2",
        "article 28 paragraphes 2",
        "article 28, alinea 2",
        "art. 28 par. 2",
        "art. 28 al. 2",
        "paragraphe 2 de l'article 28",
        "paragraphes 2 et 4 de l'article 28",
        "paragraphes 2 a 4 de l'article 28",
    ],
};

/// Art. 28(4) cited by its number, alone or with paragraph 2 ("Article 28(2) and (4)", « article
/// 28, paragraphes 2 et 4 », "Art. 28 para. 2 to 4"): the paragraph that requires the same
/// obligations of each sub-processor and keeps the processor fully liable for it.
pub const ARTICLE_28_4: Cue = Cue {
    id: "article-28-4",
    en: &[
        "article 28(4)",
        "art. 28(4)",
        "article 28 (4)",
        "art. 28 (4)",
        "article 28.4",
        "article 28, paragraph 4",
        "article 28 paragraph 4",
        "art. 28 para. 4",
        "article 28 para. 4",
        "paragraph 4 of article 28",
        "28(2) and (4)",
        "28 (2) and (4)",
        "28(2) to (4)",
        "28(2)-(4)",
        "28(2) - (4)",
        "28(2) and 28(4)",
        "article 28, paragraphs 2 and 4",
        "article 28 paragraphs 2 and 4",
        "article 28, paragraphs 2 to 4",
        "article 28 paragraphs 2 to 4",
        "art. 28 para. 2 and 4",
        "art. 28 paras. 2 and 4",
        "art. 28 para. 2 to 4",
        "art. 28 paras. 2 to 4",
        "paragraphs 2 and 4 of article 28",
        "paragraphs 2 to 4 of article 28",
        "gdpr 28(4)",
    ],
    fr: &[
        "article 28(4)",
        "art. 28(4)",
        "article 28 (4)",
        "art. 28 (4)",
        "article 28.4",
        "article 28, paragraphe 4",
        "article 28 paragraphe 4",
        "article 28, alinea 4",
        "art. 28 par. 4",
        "art. 28 al. 4",
        "paragraphe 4 de l'article 28",
        "28(2) et (4)",
        "28 (2) et (4)",
        "28(2) a (4)",
        "28(2)-(4)",
        "28(2) et 28(4)",
        "article 28, paragraphes 2 et 4",
        "article 28 paragraphes 2 et 4",
        "article 28, paragraphes 2 a 4",
        "article 28 paragraphes 2 a 4",
        "article 28, alineas 2 et 4",
        "paragraphes 2 et 4 de l'article 28",
        "paragraphes 2 a 4 de l'article 28",
    ],
};

/// The processor bound to the conditions an Article sets ("shall comply with the conditions
/// … referred to in Article 28(2)", "observes the requirements of Art. 28(2) and (4)", « respecte
/// les conditions visées à l'article 28, paragraphes 2 et 4 »). A bare citation ("as defined in
/// Article 28(2)") binds no one, nor does "in accordance with", which qualifies whatever it
/// follows: "a contract with the sub-processor in accordance with Article 28(2) to (4)" flows
/// obligations down, it does not make the processor answer for the sub-processor.
pub const BOUND_TO: Cue = Cue {
    id: "bound-to",
    en: &[
        "comply with",
        "complies with",
        "comply in full with",
        "observe",
        "observes",
        "respect",
        "respects",
        "abide by",
        "abides by",
        "adhere to",
        "adheres to",
        "fulfil",
        "fulfils",
        "fulfill",
        "fulfills",
        "meet the conditions",
        "meets the conditions",
        "satisfy the conditions",
        "satisfies the conditions",
        "subject to the conditions",
        "subject to the requirements",
    ],
    fr: &[
        "respecter",
        "respecte",
        "respectera",
        "se conformer",
        "se conforme",
        "se conformera",
        "observer",
        "observe",
        "observera",
        "remplir les conditions",
        "remplit les conditions",
        "satisfaire aux conditions",
        "satisfait aux conditions",
        "dans le respect de",
        "dans le respect des",
        "sous reserve des conditions",
    ],
};

/// An inline list of sub-processors that names none ("Sub-processors: none", « Sous-traitants
/// ultérieurs : néant »).
pub const NONE_LISTED: Cue = Cue {
    id: "none-listed",
    en: &["none", "not applicable", "n/a", "nil"],
    fr: &["aucun", "aucune", "neant", "sans objet", "non applicable"],
};

/// Words that make an authorisation a grant by the controller ("Customer hereby authorises",
/// "gives … a written authorisation"), read together with an authorisation word.
pub const GRANT: Cue = Cue {
    id: "grant",
    en: &["hereby", "authorises", "authorizes", "grants", "gives", "consents to", "approves"],
    fr: &["autorise", "autorisent", "donne", "accorde", "consent a", "approuve"],
};

/// The controller agreeing that the processor may engage sub-processors: a grant without an
/// authorisation word ("Customer agrees that Provider may engage Sub-processors").
pub const AGREEMENT: Cue = Cue {
    id: "agreement",
    en: &["agrees that", "acknowledges and agrees", "accepts that", "agree that", "agrees to", "agree to"],
    fr: &["accepte que", "reconnait et accepte", "convient que", "conviennent que"],
};

/// The controller accepting sub-processors as such, with no verb of engaging ("The Controller
/// agrees to the sub-processors named …", « Le Client autorise les sous-traitants ultérieurs
/// listés en annexe »), or letting the processor engage them ("Customer shall permit Processor
/// to engage …"). Read only with the controller as the subject.
pub const APPROVAL: Cue = Cue {
    id: "approval",
    en: &[
        "authorise",
        "authorises",
        "authorize",
        "authorizes",
        "approve",
        "approves",
        "agree to",
        "agrees to",
        "accept",
        "accepts",
        "consent to",
        "consents to",
        "permit",
        "permits",
        "allow",
        "allows",
        // Past participles: "the Sub-processors which the Controller has authorised".
        "authorised",
        "authorized",
        "approved",
        "accepted",
    ],
    fr: &[
        "autorise",
        "autorisent",
        "accepte",
        "acceptent",
        "approuve",
        "approuvent",
        "agree",
        "agreent",
        "consent a",
        "permet",
        "permettent",
        "autorises",
        "autorisee",
        "autorisees",
        "acceptes",
        "approuves",
    ],
};

/// Acceptance inferred from what the controller does ("If the Client selects a location …, he
/// thereby accepts the subcontractor"), not given in writing beforehand.
pub const BY_CONDUCT: Cue = Cue {
    id: "by-conduct",
    en: &["thereby", "by doing so", "by selecting", "by choosing", "by ordering", "by using"],
    fr: &["ce faisant", "de ce fait", "en choisissant", "en selectionnant", "en commandant", "en utilisant"],
};

/// The contract letting the processor do something ("We may use subcontractors"): signed by the
/// controller, it is a general authorisation in substance.
pub const PERMISSION: Cue = Cue {
    id: "permission",
    en: &["may", "is entitled to", "shall be entitled to", "is permitted to", "is allowed to", "can"],
    fr: &["peut", "pourra", "est autorise a", "est autorisee a", "est en droit de", "a la faculte de"],
};

/// Engaging sub-processors permitted in the passive, with no party granting it ("The
/// commissioning of further subcontractors is permitted", « le recours à des sous-traitants
/// ultérieurs est admis »): signed by the controller, a general authorisation in substance.
pub const PERMITTED: Cue = Cue {
    id: "permitted",
    en: &[
        "is permitted",
        "are permitted",
        "shall be permitted",
        "is allowed",
        "are allowed",
        "shall be allowed",
        "is admissible",
        "are admissible",
    ],
    fr: &["est permis", "sont permis", "est admis", "est admise", "sont admis", "est accepte", "sont acceptes"],
};

/// An option of a model contract that the parties did not choose ("Option 2, general written
/// authorisation, is not selected").
pub const NOT_CHOSEN: Cue = Cue {
    id: "not-chosen",
    en: &[
        "not selected",
        "not chosen",
        "not retained",
        "does not apply",
        "shall not apply",
        "not applicable",
        "struck out",
    ],
    fr: &[
        "non retenue",
        "non retenu",
        "n'est pas retenue",
        "n'est pas retenu",
        "ne s'applique pas",
        "sans objet",
        "non applicable",
    ],
};

/// A model contract's note to whoever completes it, not a term the parties agree ("EXPLANATORY
/// NOTE: This Annex needs to be completed in case of specific authorisation").
pub const TEMPLATE_NOTE: Cue = Cue {
    id: "template-note",
    en: &[
        "explanatory note",
        "needs to be completed",
        "need to be completed",
        "is to be completed",
        "to be completed only",
        "to be completed in case",
    ],
    fr: &[
        "note explicative",
        "doit etre complete*",
        "doivent etre complete*",
        "est a completer",
        "a completer en cas",
        "a completer uniquement",
    ],
};

/// "Without" before an authorisation: a requirement after a prohibition ("shall not engage …
/// without"), a freedom otherwise ("may engage … without").
pub const WITHOUT: Cue = Cue { id: "without", en: &["without"], fr: &["sans"] };

/// Words that carve exceptions out of a prohibition.
pub const EXCEPTION: Cue = Cue {
    id: "exception",
    en: &["without", "unless", "except", "other than", "save"],
    fr: &["sans", "sauf", "a moins", "hormis", "excepte"],
};

/// A processor free to choose sub-processors as it pleases.
pub const AT_WILL: Cue = Cue {
    id: "at-will",
    en: &[
        "at its discretion",
        "at its sole discretion",
        "in its discretion",
        "freely",
        "as it sees fit",
        "as it deems appropriate",
    ],
    fr: &["a sa discretion", "a sa seule discretion", "librement", "comme il l'entend", "selon son choix"],
};

/// Choosing sub-processors ("selects its sub-processors freely", « choisit librement ses
/// sous-traitants ultérieurs »): with [`AT_WILL`], like an engaging verb, a freedom to engage.
pub const CHOOSE: Cue = Cue {
    id: "choose",
    en: &["choose", "chooses", "select", "selects", "pick", "picks"],
    fr: &["choisit", "choisir", "choisira", "selectionne", "selectionner", "selectionnera"],
};

/// Consent to each newcomer separately: the mark of a specific authorisation.
pub const EACH_NEW: Cue = Cue {
    id: "each-new",
    en: &[
        "each new",
        "any new",
        "every new",
        "each additional",
        "any additional",
        "for each",
        "each such",
        "individually",
        "case by case",
        "case-by-case",
    ],
    fr: &["chaque nouveau", "tout nouveau", "pour chaque", "individuellement", "au cas par cas"],
};

/// Silence counted as consent: a general regime, not a specific one.
pub const DEEMED: Cue = Cue {
    id: "deemed",
    en: &["deemed", "tacit*", "silence", "considered accepted", "considered approved"],
    fr: &[
        "repute*",
        "tacite*",
        "silence",
        "vaut acceptation",
        "vaut accord",
        "considere comme accepte",
        "consideree comme acceptee",
    ],
};

/// An intended change of sub-processors.
pub const CHANGE: Cue = Cue {
    id: "change",
    en: &[
        "change",
        "changes",
        "intended change*",
        "addition*",
        "add or replace",
        "adding or replacing",
        "replacement*",
        "new sub-processor*",
        "new subprocessor*",
        "new subcontractor*",
        "new sub-contractor*",
        "additional sub-processor*",
        "additional subprocessor*",
        "additional subcontractor*",
        "further sub-processor*",
        "further subprocessor*",
        "further subcontractor*",
        "any new",
        "each new",
        "every new",
        "engaging a new",
        "engaging any new",
        "update to the list",
        "updates to the list",
    ],
    fr: &[
        "changement*",
        "ajout*",
        "remplacement*",
        "nouveau sous-traitant*",
        "nouveaux sous-traitants",
        "modification*",
        "tout nouveau",
        "chaque nouveau",
        "mise a jour de la liste",
        "mises a jour de la liste",
    ],
};

/// Telling the controller, including by notice.
pub const INFORM: Cue = Cue {
    id: "inform",
    en: &[
        "notif*",
        "inform",
        "informs",
        "informed",
        "informing",
        "notice",
        "advise",
        "advises",
        "alert",
        "alerts",
        "tell",
        "tells",
        "communicate",
        "communicates",
        "e-mail",
        "e-mails",
        "email",
        "emails",
        "write to",
        "writes to",
    ],
    fr: &[
        "notifi*",
        "informe",
        "informent",
        "informer",
        "informera",
        "avertit",
        "avertir",
        "avertira",
        "previent",
        "prevenir",
        "previendra",
        "preavis",
        "communique",
        "communiquer",
        "communiquera",
        "porte a la connaissance",
        "signale",
        "signaler",
        "signalera",
        "courriel",
        "ecrit au",
        "ecrira au",
    ],
};

/// Information by posting on a web page the controller must watch.
pub const POSTING: Cue = Cue {
    id: "posting",
    en: &[
        "post",
        "posts",
        "posting",
        "posted",
        "publish*",
        "web page",
        "webpage",
        "website",
        "web site",
        "online",
        "trust center",
        "trust centre",
        "portal",
        "update the list",
        "updates the list",
        "update its list",
        "updating the list",
        "this page",
        "that page",
    ],
    fr: &[
        "publie*",
        "publication",
        "site internet",
        "site web",
        "page web",
        "en ligne",
        "portail",
        "met a jour la liste",
        "mettre a jour la liste",
        "mise a jour de la liste",
        "cette page",
    ],
};

/// A posting named as the means of the notice ("thirty days' prior written notice … by
/// announcing changes on its site", « par une mise à jour de son site »).
pub const BY_POSTING: Cue = Cue {
    id: "by-posting",
    en: &[
        "by posting",
        "by publishing",
        "by announcing",
        "by updating the",
        "by updating its",
        "by updating our",
        "on its site",
        "on our site",
        "on its website",
        "on our website",
    ],
    fr: &[
        "par publication",
        "par la publication",
        "en publiant",
        "par une mise a jour",
        "par la mise a jour",
        "en mettant a jour",
        "sur son site",
        "sur notre site",
    ],
};

/// The written form of a notice, which says nothing of how it reaches the controller.
pub const WRITTEN_FORM: Cue = Cue {
    id: "written-form",
    en: &["in writing", "written notice", "written notification"],
    fr: &["par ecrit", "notification ecrite", "information ecrite"],
};

/// Information that reaches the controller itself.
pub const DIRECT_NOTICE: Cue = Cue {
    id: "direct-notice",
    en: &[
        "in writing",
        "written notice",
        "written notification",
        "e-mail",
        "email",
        "by post",
        "by letter",
        "registered letter",
        "registered mail",
        "subscribe*",
        "subscription",
        "directly",
    ],
    fr: &[
        "par ecrit",
        "notification ecrite",
        "courriel",
        "courrier electronique",
        "e-mail",
        "email",
        "par courrier",
        "lettre recommandee",
        "par lettre",
        "abonne*",
        "abonnement",
        "directement",
    ],
};

/// The controller objecting.
pub const OBJECT: Cue = Cue {
    id: "object",
    en: &[
        "object",
        "objects",
        "objected",
        "objecting",
        "objection*",
        "oppose",
        "opposes",
        "veto",
        "refuse",
        "refuses",
        "reject",
        "rejects",
        "withhold its approval",
        "withhold its consent",
        // Disagreement, as German-register contracts put it ("If the client does not agree with
        // a new subcontractor, …").
        "does not agree",
        "do not agree",
        "did not agree",
        "disagree*",
    ],
    fr: &[
        "oppos*",
        "objection*",
        "refuse",
        "refuser",
        "refusera",
        "refus",
        "contester",
        "conteste",
        "n'est pas d'accord",
        "ne serait pas d'accord",
        "ne donne pas son accord",
        "desaccord",
    ],
};

/// A condition: with a negated objection after it ("may only take place if the Customer has not
/// objected", « ne peut être effectuée que si le Client n'a pas émis d'objection », "provided
/// that no objection is raised"), the change waits on the controller not objecting.
pub const CONDITION: Cue = Cue {
    id: "condition",
    en: &["if", "provided that", "provided", "on condition that"],
    fr: &["si", "qu'a condition", "a condition que", "pourvu que", "sous reserve que"],
};

/// A change that goes ahead unless the controller objects ("unless the Customer objects", « sauf
/// opposition du Client », « à moins que le Client ne s'y oppose »).
pub const UNLESS: Cue =
    Cue { id: "unless", en: &["unless", "except where", "save where"], fr: &["sauf", "a moins que", "a moins qu'"] };

/// An answer to a request for consent, of which a refusal is the other side ("has 30 days to
/// accept or refuse", « dispose de 30 jours pour accepter ou refuser »): a decision on each
/// newcomer, not an objection to a change announced.
pub const CONSENT_ANSWER: Cue = Cue {
    id: "consent-answer",
    en: &["accept", "approve", "consent", "agree", "grant or refuse", "grant or withhold"],
    fr: &["accepter", "approuver", "consentir", "autoriser", "donner son accord", "accorder ou refuser"],
};

/// A step taken before the change itself ("Before adding or changing sub-processors:" then
/// notice and "You'll have 30 days to object"): a window to object under it ends before the
/// newcomer starts.
pub const BEFORE_CHANGE: Cue = Cue {
    id: "before-change",
    en: &[
        "before adding",
        "before engaging",
        "before appointing",
        "before using",
        "before replacing",
        "before changing",
        "before any new",
        "before a new",
        "before the change",
        "before the new",
        "prior to adding",
        "prior to engaging",
        "prior to appointing",
        "prior to using",
        "prior to any new",
        "prior to the change",
        "in advance of the change",
    ],
    fr: &[
        "avant tout ajout",
        "avant l'ajout",
        "avant d'ajouter",
        "avant de recourir",
        "avant de faire appel",
        "avant tout changement",
        "avant le changement",
        "avant tout nouveau",
        "avant le recours",
        "prealablement a tout",
        "prealablement au changement",
        "prealablement a l'ajout",
    ],
};

/// What happens on an objection, worded with a negation of its own ("shall not engage").
pub const OBJECTION_REFRAIN: Cue = Cue {
    id: "objection-refrain",
    en: &[
        "not engage",
        "not appoint",
        "not use the",
        "not use such",
        "not use that",
        "not proceed",
        "not authorise",
        "not authorize",
        "refrain*",
        "cease using",
        "cease to use",
        "stop using",
        "avoid using",
        "avoid the use of",
        // The change called off ("If the Client objects, the change shall not take place").
        "not take place",
        "not be implemented",
        "not go ahead",
    ],
    fr: &[
        "ne recourt pas",
        "ne recourra pas",
        "n'y recourt pas",
        "n'y recourra pas",
        // "alors" between the negation's halves: « le Prestataire n'y recourt alors pas ».
        "ne recourt alors pas",
        "ne recourra alors pas",
        "n'y recourt alors pas",
        "n'y recourra alors pas",
        "ne pourra pas recourir",
        "ne peut pas recourir",
        "ne fait pas appel",
        "ne fera pas appel",
        "ne pas recourir",
        "renonce",
        "renoncer",
        "renoncera",
        "s'abstient",
        "s'abstenir",
        "s'abstiendra",
        "cesse de recourir",
        "eviter de recourir",
        "eviter le recours",
        "eviter d'utiliser",
        // The change called off ("If the Client objects, the change shall not take place").
        "n'a pas lieu",
        "n'aura pas lieu",
        "n'intervient pas",
        "n'interviendra pas",
    ],
};

/// What the controller obtains on an objection: an alternative, suspension, a refund (and
/// [`TERMINATION`], when the controller is the one who may end the contract).
pub const OBJECTION_REMEDY: Cue = Cue {
    id: "objection-remedy",
    en: &[
        "suspend*",
        "alternative*",
        "refund*",
        "without penalty",
        "reasonable steps to address",
        "recommend a commercially reasonable change",
    ],
    fr: &[
        "resoudre",
        "suspend*",
        "suspension",
        "alternative*",
        "solution de remplacement",
        "rembours*",
        "sans penalite",
        "sans indemnite",
    ],
};

/// Ending the contract on an objection: the controller's remedy, but not when the processor is
/// the one who may end it ("In case of objection, the Processor retains the right to terminate").
pub const TERMINATION: Cue = Cue {
    id: "termination",
    en: &["terminat*", "cancel*", "end the agreement", "end the contract"],
    fr: &["resili*", "mettre fin", "met fin", "mettra fin", "rompre le contrat"],
};

/// Both parties, as the subject of a right ("either party may terminate"): the controller too.
pub const EITHER_PARTY: Cue = Cue {
    id: "either-party",
    en: &["either party", "each party", "both parties", "the parties", "either of the parties"],
    fr: &[
        "chacune des parties",
        "chaque partie",
        "l'une ou l'autre des parties",
        "l'une ou l'autre partie",
        "les parties",
    ],
};

/// A time limit that runs from the notice of a change: with [`WITHIN`] before the duration it
/// is the time to object, whichever cue stands nearest ("If, within five (5) days after such
/// notice, Customer objects", "Customer has 30 days after notice of a change to object",
/// « dans un délai de 15 jours à compter de la notification »).
pub const FROM_THE_NOTICE: Cue = Cue {
    id: "from-the-notice",
    en: &[
        "after such notice",
        "after the notice",
        "after that notice",
        "after notice",
        "after receipt",
        "after receiving",
        "of receiving",
        "from receiving",
        "of notice",
        "after notification",
        "following such notice",
        "following the notice",
        "following notice",
        "following receipt",
        "of receipt",
        "from receipt",
        "of such notice",
        "of that notice",
        "of the notice",
        "of the notification",
        "from the notice",
        "from the notification",
        "from the date of the notice",
    ],
    fr: &[
        "a compter de la notification",
        "a compter de cette notification",
        "a compter de la reception",
        "a compter de l'information",
        "a compter de cette information",
        "a compter de l'annonce",
        "suivant la notification",
        "suivant la reception",
        "suivant l'information",
        "apres la notification",
        "apres reception",
        "apres la reception",
        "de la reception",
    ],
};

/// The words that open a time limit or give it to someone ("within 15 days", "Customer has
/// 30 days", « dans un délai de 15 jours », « dispose de 15 jours »).
pub const WITHIN: Cue = Cue {
    id: "within",
    en: &["within", "no later than", "not later than", "has", "have", "shall have", "will have"],
    fr: &[
        "dans un delai de",
        "dans les",
        "sous",
        "au plus tard",
        "dispose de",
        "disposera de",
        "dispose d'un delai de",
    ],
};

/// The same data-protection obligations imposed on sub-processors (Art. 28(4)).
pub const SAME_OBLIGATIONS: Cue = Cue {
    id: "same-obligations",
    en: &[
        "same data protection obligations",
        "same obligations",
        "same data protection terms",
        "equivalent obligations",
        "equivalent data protection obligations",
        "obligations equivalent",
        "equivalent to those",
        "equivalent to the obligations",
        "no less protective",
        "not less protective",
        "at least as protective",
        "at least equivalent",
        "in substance the same",
        "substantially the same",
        "materially the same",
        "substantially similar",
        "obligations compatible with",
        "compatible with those",
        "same level of protection",
        "same level of data protection",
        // German contracts in English: "subject to the same contractual provisions as those
        // applicable to the contractor".
        "same contractual provisions",
        "same contractual obligations",
        "same data protection provisions",
        "same provisions as",
        // The agreement's own obligations, named as such ("the obligations of this DPA are also
        // imposed on the Subprocessor").
        "the obligations of this",
        "the obligations set out in this",
        "the obligations described in this",
        "the obligations contained in this",
        "obligations described in this",
        "obligations set out in this",
        "requirements of article 28(3)",
        "requirements of art. 28(3)",
        "requirements of gdpr 28(3)",
        "requirements of gdpr article 28(3)",
        // The family of "comparable" wordings, and the article that defines the duty ("an
        // agreement with the sub-processor in accordance with Art. 28(2)-(4) GDPR").
        "comparable obligations",
        "comparable data protection obligations",
        "comparable to those",
        "comparable to the obligations",
        "similar to those",
        "similar obligations",
        "identical to those",
        "identical obligations",
        "corresponding obligations",
        "obligations corresponding to",
        "comparable terms",
        "equivalent terms",
        "equivalent data protection terms",
        "equivalent requirements",
        "equivalent protections",
        "equivalent level of protection",
        "equivalent to this",
        "no less onerous",
        "not less onerous",
        "no less stringent",
        "not less stringent",
        "at least the same",
        "consistent with this",
        "consistent with the terms of this",
        "in accordance with art. 28",
        "in accordance with article 28",
        "pursuant to art. 28",
        "pursuant to article 28",
        "as required by art. 28",
        "as required by article 28",
        "within the meaning of art. 28",
        "within the meaning of article 28",
    ],
    fr: &[
        "memes obligations",
        "obligations identiques",
        "obligations equivalentes",
        "obligations au moins equivalentes",
        "au moins aussi protect*",
        "pas moins protect*",
        "non moins protect*",
        "equivalentes a celles",
        "au moins equivalent*",
        "en substance les memes",
        "substantiellement similaires",
        "obligations compatibles avec",
        "meme niveau de protection",
        "memes dispositions",
        "memes engagements",
        // The agreement's own obligations, named as such ("le respect des obligations de la
        // présente clause").
        // « est tenu de respecter les obligations des présentes », « prévues aux présentes ».
        "obligations des presentes",
        "obligations prevues aux presentes",
        "obligations stipulees aux presentes",
        "obligations enoncees aux presentes",
        "les obligations du present*",
        "les obligations de la presente*",
        "des obligations du present*",
        "des obligations de la presente*",
        "obligations prevues par le present*",
        "obligations prevues par la presente*",
        "obligations prevues au present*",
        "obligations prevues a la presente*",
        "exigences de l'article 28",
        "exigences de l'art. 28",
        "niveau de protection equivalent",
        "protection equivalent*",
        "protection des donnees equivalent*",
        "obligations comparables",
        "obligations similaires",
        "comparables a celles",
        "similaires a celles",
        "identiques a celles",
        "obligations correspondantes",
        "correspondant a celles",
        "conformes au present*",
        "conformes a la presente*",
        "coherentes avec le present*",
        "conformement a l'article 28",
        "conformement a l'art. 28",
        "au sens de l'article 28",
    ],
};

/// Binding a sub-processor by contract.
pub const IMPOSE: Cue = Cue {
    id: "impose",
    en: &[
        "impose*",
        "imposing",
        "flow down",
        "flows down",
        "bind*",
        "contract*",
        "agreement*",
        "require*",
        "ensure*",
        "oblig*",
        "subject to",
        "back-to-back",
        "bound by",
        "abide by",
    ],
    fr: &[
        "impose*",
        "tenu de respecter",
        "tenus de respecter",
        "tenue de respecter",
        "tenues de respecter",
        "contrat*",
        "convention*",
        "accord ecrit",
        "lie",
        "lient",
        "liera",
        "exige*",
        "veille*",
        "s'assure*",
        "oblige*",
        "repercut*",
        "soumet*",
        // The passive twin of "subject to" (« sont soumis aux mêmes obligations »).
        "soumis",
        "soumise",
        "soumises",
    ],
};

/// The processor answering for its sub-processors (Art. 28(4), last sentence).
pub const FULLY_LIABLE: Cue = Cue {
    id: "fully-liable",
    en: &[
        "fully liable",
        "fully responsible",
        "remain liable",
        "remains liable",
        "remain responsible",
        "remains responsible",
        "liable for the acts",
        "liable for any acts",
        "liable for all acts",
        "liable for the performance",
        "responsible for the acts",
        "responsible for the performance",
        "liable for its sub-processors",
        "liable for the obligations",
        // Responsibility borne in full ("shall bear full responsibility and liability for the
        // activities of its Sub-processors").
        "full responsibility",
        "full liability",
        "entire responsibility",
        "entire liability",
        "fully answerable",
        "liable for the activities",
        "responsible for the activities",
        "liable for the actions",
        "responsible for the actions",
        "as for its own",
        "as if they were its own",
        "as if it were its own",
        "as though they were its own",
        "to the same extent as if",
    ],
    fr: &[
        "pleinement responsable",
        "entierement responsable",
        "demeure responsable",
        "reste responsable",
        "responsable de l'execution",
        "responsable des actes",
        "repond des",
        "repond de",
        "comme de ses propres",
        "assume l'entiere responsabilite",
        "assume la responsabilite",
        "pleine responsabilite",
        "entiere responsabilite",
        "pleinement garant",
        "responsable des activites",
        "responsable des agissements",
    ],
};

/// Liability for sub-processors excluded, each phrase carrying its own negation.
pub const NOT_LIABLE: Cue = Cue {
    id: "not-liable",
    en: &[
        "not liable",
        "not be liable",
        "not be held liable",
        "no liability",
        "not responsible",
        "not be responsible",
        "no responsibility",
        "disclaim*",
        "excludes all liability",
        "exclude all liability",
        "excludes liability",
        "exclude liability",
        "excludes its liability",
        "without liability",
    ],
    fr: &[
        "n'est pas responsable",
        "ne sera pas responsable",
        "n'est responsable",
        "ne saurait etre tenu*",
        "ne pourra etre tenu*",
        "ne peut etre tenu*",
        "n'encourt aucune responsabilite",
        "aucune responsabilite",
        "decline toute responsabilite",
        "exclut toute responsabilite",
    ],
};

/// Liability for sub-processors cut down below the processor's liability for its own acts.
/// A general cap of the main agreement that applies to the processor's own acts too is not
/// here: it leaves the processor answering for its sub-processors as for itself.
pub const LIMITED_LIABILITY: Cue = Cue {
    id: "limited-liability",
    en: &[
        "to the extent it recovers",
        "to the extent that it recovers",
        "to the extent it is able to recover",
        "amounts recovered",
        "amount recovered",
        "only to the extent",
        "commercially reasonable efforts",
        "reasonable efforts to enforce",
        "reasonable care in selecting",
        "reasonable care in the selection",
        "limited to",
        "capped at",
        "shall not exceed",
    ],
    fr: &[
        "dans la limite des sommes",
        "dans la mesure ou il obtient",
        "sommes recouvrees",
        "montants recouvres",
        "uniquement dans la mesure",
        "efforts commercialement raisonnables",
        "diligence raisonnable dans le choix",
        "limitee a",
        "limite a",
        "plafonne*",
        "ne saurait exceder",
        "ne pourra exceder",
    ],
};

/// Words of liability, which tell a limit on liability from other limits ("access is limited
/// to").
pub const LIABILITY_WORDS: Cue = Cue {
    id: "liability-words",
    en: &["liab*", "responsib*", "answerable"],
    fr: &["responsabilite", "responsabilites", "responsable de", "responsable envers", "repond", "repondra"],
};

/// A sub-processor's breach notice tied to the processor's own deadline.
pub const TIED_TO_OWN_DEADLINE: Cue = Cue {
    id: "tied-to-own-deadline",
    en: &[
        "in time to",
        "in time for",
        "early enough",
        "sufficiently in advance",
        "so that the processor can",
        "so that the provider can",
        "so as to enable",
        "to enable the processor",
        "to enable the provider",
        "to allow the processor",
        "to allow the provider",
        "its own deadline",
        "its own obligations",
        "meet its own",
        "comply with its own",
    ],
    fr: &[
        "a temps pour",
        "suffisamment tot",
        "en temps utile pour",
        "son propre delai",
        "ses propres obligations",
        "respecter son",
        "respecter ses",
        "afin de permettre au",
        "pour permettre au",
    ],
};

/// The same breach duties passed on to sub-processors ("répercute sur ses sous-traitants
/// ultérieurs les obligations du présent article").
pub const FLOW_DOWN: Cue = Cue {
    id: "flow-down",
    en: &[
        "flow down",
        "flows down",
        "flowed down",
        "pass on",
        "passes on",
        "impose the same",
        "imposes the same",
        "back-to-back",
    ],
    fr: &["repercut*", "impose les memes", "imposer les memes", "imposera les memes"],
};

/// Sub-processors put in the processor's place for the clauses named ("each Subprocessor will
/// abide by the following sections, as if the Subprocessor were the Processor"): they owe the
/// processor's own duties, breach notice included when its clause is named.
pub const IN_PROCESSORS_PLACE: Cue = Cue {
    id: "in-processors-place",
    en: &[
        "as if the subprocessor were the processor",
        "as if the sub-processor were the processor",
        "as if the subcontractor were the processor",
        "as if it were the processor",
        "as if they were the processor",
        "as though it were the processor",
        "as though they were the processor",
    ],
    fr: &[
        "comme s'il etait le sous-traitant",
        "comme s'ils etaient le sous-traitant",
        "comme si le sous-traitant ulterieur etait le sous-traitant",
        "comme si les sous-traitants ulterieurs etaient le sous-traitant",
    ],
};

/// A list kept outside the contract, behind a link.
pub const LIST_LINK: Cue = Cue {
    id: "list-link",
    en: &[
        "http*",
        "www",
        "available at",
        "available on",
        "published at",
        "published on",
        "can be found at",
        "accessible at",
        "on its website",
        "on the website",
        "maintained at",
        "maintained on",
        "kept at",
        "kept on",
        "located at",
        "online at",
    ],
    fr: &[
        "http*",
        "www",
        "disponible a l'adresse",
        "disponible sur",
        "consultable sur",
        "consultable a l'adresse",
        "accessible a l'adresse",
        "publiee sur",
        "publiee a l'adresse",
        "sur son site",
        "tenue a jour sur",
        "tenue a jour a l'adresse",
        "maintenue sur",
        "maintenue a l'adresse",
        "en ligne sur",
        "en ligne a l'adresse",
    ],
};

/// A location cell that names no country: the sub-processor may process anywhere, and the
/// controller cannot tell whether a transfer needs a mechanism.
pub const NOWHERE: Cue = Cue {
    id: "nowhere",
    en: &["global", "globally", "worldwide", "world-wide", "world wide", "international", "various", "multiple"],
    fr: &["monde", "mondial", "mondiale", "monde entier", "international", "internationale", "divers", "multiples"],
};

/// A location cell that defers to something else instead of naming a country ("In accordance
/// with the provider's data residency protocols", « selon l'offre choisie »).
pub const LOCATION_DEFERRED: Cue = Cue {
    id: "location-deferred",
    en: &[
        "in accordance with",
        "according to",
        "as per",
        "depending on",
        "dependent on",
        "as set out in",
        "as described in",
        "as specified in",
        "as determined by",
        "as selected by",
        "as chosen by",
    ],
    fr: &[
        "conformement a",
        "conformement aux",
        "selon",
        "en fonction de",
        "en fonction du",
        "tel que defini",
        "telle que definie",
        "comme indique",
        "au choix",
    ],
};

/// A list of sub-processors.
pub const LIST: Cue = Cue {
    id: "list",
    en: &["list", "lists", "listed", "schedule", "register"],
    fr: &["liste", "listes", "registre", "enumere*"],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::FoldedText;

    const ALL: &[Cue] = &[
        SUB_PROCESSOR,
        PLAIN_SUB_PROCESSOR,
        ENGAGE,
        AUTHORISATION,
        GENERAL_AUTHORISATION,
        SPECIFIC_AUTHORISATION,
        EITHER_AUTHORISATION,
        GRANT,
        AGREEMENT,
        APPROVAL,
        BY_CONDUCT,
        PERMISSION,
        NOT_CHOSEN,
        TEMPLATE_NOTE,
        WITHOUT,
        EXCEPTION,
        AT_WILL,
        CHOOSE,
        EACH_NEW,
        DEEMED,
        CHANGE,
        INFORM,
        POSTING,
        BY_POSTING,
        WRITTEN_FORM,
        DIRECT_NOTICE,
        OBJECT,
        CONSENT_ANSWER,
        CONDITION,
        UNLESS,
        BEFORE_CHANGE,
        OBJECTION_REFRAIN,
        OBJECTION_REMEDY,
        FROM_THE_NOTICE,
        WITHIN,
        SAME_OBLIGATIONS,
        IMPOSE,
        FULLY_LIABLE,
        NOT_LIABLE,
        LIMITED_LIABILITY,
        LIABILITY_WORDS,
        TIED_TO_OWN_DEADLINE,
        FLOW_DOWN,
        IN_PROCESSORS_PLACE,
        LIST_LINK,
        NOWHERE,
        LIST,
    ];

    #[test]
    fn phrases_are_folded() {
        super::super::assert_folded(ALL);
    }

    #[test]
    fn statutory_wording_reads_in_both_languages() {
        let matches = |cue: &Cue, text: &str| cue.matches(&FoldedText::new(text, 0));
        assert!(matches(
            &EITHER_AUTHORISATION,
            "sans l'autorisation écrite préalable, spécifique ou générale, du responsable"
        ));
        assert!(matches(&EITHER_AUTHORISATION, "without prior specific or general written authorisation"));
        assert!(matches(&GENERAL_AUTHORISATION, "une autorisation écrite générale"));
        assert!(matches(&GENERAL_AUTHORISATION, "a general written authorization"));
        assert!(matches(&SUB_PROCESSOR, "les Sous-traitants ultérieurs"));
        assert!(!matches(&SUB_PROCESSOR, "le Sous-traitant"), "the processor itself");
        assert!(matches(&OBJECT, "le Client peut s'opposer au changement"));
        assert!(matches(&FULLY_LIABLE, "demeure pleinement responsable"));
        assert!(matches(&NOT_LIABLE, "Solvane is not liable for the acts of Sub-processors"));
        assert!(matches(&LIST_LINK, "available at https://trust.example/subprocessors"));
        assert!(matches(&LIST_LINK, "List maintained at: trust.example/subprocessors"));
        assert!(matches(&LIST_LINK, "liste tenue à jour sur trust.example/sous-traitants"));
        assert!(matches(&SAME_OBLIGATIONS, "a contract in accordance with Art. 28 (2-4) GDPR"));
        assert!(matches(&SAME_OBLIGATIONS, "des obligations de protection équivalentes"));
        assert!(matches(&SAME_OBLIGATIONS, "un niveau de protection équivalent"));
        assert!(matches(&PLAIN_SUB_PROCESSOR, "peut recourir à des sous-traitants"));
        assert!(!matches(&PLAIN_SUB_PROCESSOR, "le Sous-traitant informe le Client"), "the processor itself");
        assert!(matches(&APPROVAL, "Le Client autorise les sous-traitants ultérieurs"));
    }
}
