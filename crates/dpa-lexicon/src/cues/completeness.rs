//! Cues for the Art. 28 completeness rules: how a contract names its parties and their roles,
//! states the Art. 28(3) particulars, and words the processor's core duties (instructions,
//! confidentiality, security, assistance, end of processing) and any licence to use the data
//! for its own purposes (Art. 28(10)).

use super::Cue;

/// French "ne … que" restricts rather than negates: "ne traite les données que sur instruction
/// documentée" states the duty. A word ending in `'` matches its elided forms (`qu'`).
pub const RESTRICTIVE_AFTER_NEGATION: &[&str] = &["que", "qu'"];

// ---------------------------------------------------------------------------------------------
// Parties and roles
// ---------------------------------------------------------------------------------------------

/// Words that designate the controller, as a role or as the usual defined term.
pub const CONTROLLER_WORDS: Cue = Cue {
    id: "controller-words",
    en: &["controller", "data controller", "customer", "client", "data exporter", "you", "your"],
    fr: &[
        "responsable du traitement",
        "responsable de traitement",
        "responsable des traitements",
        "client",
        "donneur d'ordre",
        "pouvoir adjudicateur",
        "acheteur",
    ],
};

/// « Responsable » alone: the controller only where the document writes « Responsable du
/// traitement » capitalised and this word capitalised too (checked on the source).
pub const CONTROLLER_SHORT_FORM: Cue = Cue { id: "controller-short-form", en: &[], fr: &["responsable"] };

/// Words that designate the processor, as a role or as the usual defined term. "Sub-processor"
/// also matches: for telling who does something, a sub-processor is on the processor's side.
pub const PROCESSOR_WORDS: Cue = Cue {
    id: "processor-words",
    en: &[
        "processor",
        "data processor",
        "provider",
        "service provider",
        "supplier",
        "vendor",
        "contractor",
        "data importer",
        "we",
        "us",
        "our",
    ],
    fr: &["sous-traitant", "prestataire", "fournisseur", "titulaire"],
};

/// Names that German-register contracts give the controller ("Auftraggeber" translated), which as
/// plain words mean other things ("the principal agreement"): a role only as a party's name.
pub const CONTROLLER_ALIASES: Cue = Cue {
    id: "controller-aliases",
    en: &["principal", "ordering party", "commissioning party", "awarding party"],
    fr: &["mandant", "commettant", "donneur d'ordres"],
};

/// Names that German-register contracts give the processor ("Auftragnehmer" translated), a role
/// only as a party's name.
pub const PROCESSOR_ALIASES: Cue = Cue {
    id: "processor-aliases",
    en: &["agent", "commissioned party", "contracted party", "contract processor"],
    fr: &["mandataire", "sous-traitant mandate"],
};

/// A sentence that names a party as the controller ("Customer is the controller", "as data
/// controller", "agit en qualité de responsable du traitement").
pub const CONTROLLER_ROLE_STATEMENT: Cue = Cue {
    id: "controller-role-statement",
    en: &[
        "is the controller",
        "is a controller",
        "is the data controller",
        "is the sole controller",
        "acts as controller",
        "acts as the controller",
        "acts as a controller",
        "acting as controller",
        "acting as the controller",
        "as controller",
        "as the controller",
        "as data controller",
        "as the data controller",
        "in its capacity as controller",
        "shall be the controller",
        "shall be the data controller",
        "shall be a controller",
        "will be the controller",
        "will be the data controller",
        "shall act as controller",
        "shall act as the controller",
        "shall act as a controller",
        "acts as a data controller",
        "acts as the data controller",
        "is a data controller",
        "remains the controller",
        "remains the sole controller",
        "(controller)",
        "(the controller)",
        "(data controller)",
    ],
    fr: &[
        "en qualite de responsable du traitement",
        "en qualite de responsable de traitement",
        "en tant que responsable du traitement",
        "en tant que responsable de traitement",
        "(responsable du traitement)",
        "(responsable de traitement)",
        "est le responsable du traitement",
        "est le responsable de traitement",
        "est responsable du traitement",
        "est responsable de traitement",
        "est le seul responsable du traitement",
        "est seul responsable du traitement",
        "est seul responsable de traitement",
        "est alors responsable du traitement",
        "est alors responsable de traitement",
        "est alors le responsable du traitement",
        "demeure seul responsable du traitement",
        "demeure seul responsable de traitement",
        "demeure le responsable du traitement",
        // « X demeurant responsable du traitement vis-à-vis de ses patients »: the role kept.
        "demeure responsable du traitement",
        "demeure responsable de traitement",
        "demeurant responsable du traitement",
        "demeurant responsable de traitement",
        "reste responsable du traitement",
        "restant responsable du traitement",
        "reste seul responsable du traitement",
        "reste seul responsable de traitement",
        "agit comme responsable du traitement",
        "agit comme responsable de traitement",
    ],
};

/// A sentence that names a party as the processor ("Corvid is a Processor", "Mailcrate is your
/// processor", "en qualité de sous-traitant").
pub const PROCESSOR_ROLE_STATEMENT: Cue = Cue {
    id: "processor-role-statement",
    en: &[
        "is the processor",
        "is a processor",
        "is the data processor",
        "is your processor",
        "is its processor",
        "is our processor",
        "is its data processor",
        "is your data processor",
        "is our data processor",
        "acts as processor",
        "acts as the processor",
        "acts as a processor",
        "acting as processor",
        "acting as the processor",
        "as processor",
        "as the processor",
        "as data processor",
        "as your processor",
        "in its capacity as processor",
        "shall be the processor",
        "shall be the data processor",
        "shall be a processor",
        "will be the processor",
        "will be the data processor",
        "shall act as processor",
        "shall act as the processor",
        "shall act as a processor",
        "acts as a data processor",
        "acts as the data processor",
        "is a data processor",
        "as a processor",
        "as a data processor",
        "(processor)",
        "(the processor)",
        "(data processor)",
    ],
    fr: &[
        "en qualite de sous-traitant",
        "en tant que sous-traitant",
        "est le sous-traitant",
        "est sous-traitant",
        "est votre sous-traitant",
        "est son sous-traitant",
        "est notre sous-traitant",
        "est alors sous-traitant",
        "est alors le sous-traitant",
        "agit comme sous-traitant",
        "en sa qualite de sous-traitant",
        "(sous-traitant)",
    ],
};

/// Commissioned processing ("Auftragsverarbeitung"): the name that processes personal data on
/// another's behalf is the processor's. Read for names only: "the Provider processes personal
/// data on behalf of the Customer" identifies no one.
pub const PROCESSES_ON_BEHALF: Cue = Cue {
    id: "processes-on-behalf",
    en: &[
        "processes personal data on behalf of",
        "processes the personal data on behalf of",
        "processes personal data by order of",
        "processes personal data on the order of",
        "processes data on behalf of",
    ],
    fr: &[
        "traite des donnees personnelles pour le compte",
        "traite des donnees a caractere personnel pour le compte",
        "traite les donnees personnelles pour le compte",
        "traite les donnees a caractere personnel pour le compte",
        "traite des donnees pour le compte",
    ],
};

/// The role nouns themselves, as the law names the roles: a party is identified only when a name
/// or a party's defined term ("GitHub", "the Customer") carries the role, not the role noun alone
/// ("the data controller refers to the entity …").
pub const CONTROLLER_ROLE_NOUN: Cue = Cue {
    id: "controller-role-noun",
    en: &["controller", "data controller"],
    fr: &["responsable du traitement", "responsable de traitement", "responsable des traitements"],
};

pub const PROCESSOR_ROLE_NOUN: Cue =
    Cue { id: "processor-role-noun", en: &["processor", "data processor"], fr: &["sous-traitant"] };

/// Words of the role nouns, which name no party when capitalised ("the Data Controller").
pub const ROLE_NOUN_WORDS: &[&str] =
    &["data", "controller", "controllers", "processor", "processors", "responsable", "traitement", "sous-traitant"];

/// Capitalised words that open a sentence or a clause without naming anyone ("*The* Customer",
/// "*Where* it acts as …", "*En* tant que …").
pub const NON_PARTY_CAPITALS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "each",
    "any",
    "it",
    "such",
    "hereinafter",
    "for",
    "in",
    "as",
    "and",
    "le",
    "la",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "chaque",
    "il",
    "elle",
    "en",
    "pour",
    "dans",
    "et",
    "ci-apres",
];

/// Words that make a role statement conditional ("*where* Customer acts as a processor"): the role
/// is then one the party may play, not the one the contract gives it.
pub const CONDITIONAL_ROLE: &[&str] =
    &["where", "if", "when", "whenever", "extent", "event", "lorsque", "lorsqu'", "si", "quand", "cas"];

/// The verb that gives a role noun its party ("the Data Controller *is* the Customer", "le
/// Responsable de traitement *est* le Client").
pub const ROLE_IS: &[&str] = &["is", "shall be", "will be", "means", "est", "sera", "designe"];

/// Words that introduce the name a party is given ("- hereinafter \"Client\" -", "ci-après
/// dénommée « le sous-traitant »").
pub const NAME_INTRO: Cue = Cue {
    id: "name-intro",
    en: &["hereinafter", "hereafter", "referred to as", "called"],
    fr: &["ci-apres", "denomme", "denommee", "denommes", "designe", "designee", "designes"],
};

/// A heading that introduces the parties ("BETWEEN:", "ENTRE LES SOUSSIGNÉS", "ET :").
pub const PARTY_HEADING: Cue = Cue {
    id: "party-heading",
    en: &["between", "by and between", "and", "parties", "the parties"],
    fr: &["entre", "entre les soussignes", "et", "parties", "les parties"],
};

/// The sentence that introduces the parties of a contract.
pub const PARTY_SENTENCE: Cue = Cue {
    id: "party-sentence",
    // "entered into by Acme LLC and the customer", « conclu par Acme SAS et le Client ».
    en: &["between", "entered into by", "concluded by"],
    fr: &["entre", "conclu par", "conclue par"],
};

/// What a form asks for after a party's label rather than the name itself ("Data exporter:
/// Identity and contact details of the data exporter(s) …", « Responsable du traitement : Nom et
/// adresse … »): the name, if any, is in the field that follows.
pub const FIELD_INSTRUCTION: Cue = Cue {
    id: "field-instruction",
    en: &[
        "identity and contact details",
        "identity and contact",
        "name and address",
        "name and contact details",
        "full name",
        "legal name",
        "name, address",
        "insert",
        "enter",
        "to be completed",
    ],
    fr: &[
        "identite et coordonnees",
        "nom et coordonnees",
        "nom et adresse",
        "denomination et adresse",
        "nom, adresse",
        "raison sociale",
        "denomination sociale",
        "nom complet",
        "a completer",
        "indiquer",
        "inserer",
    ],
};

// ---------------------------------------------------------------------------------------------
// Art. 28(3) particulars stated in prose
// ---------------------------------------------------------------------------------------------

/// Labels of the subject matter, in a sentence ("The subject matter of the processing is …") or
/// a `Label: value` line.
pub const SUBJECT_MATTER_LABEL: Cue = Cue {
    id: "subject-matter-label",
    en: &[
        "subject matter",
        "subject-matter",
        "subject matter of the processing",
        "subject matter of processing",
        // "Gegenstand des Auftrags" translated: the subject of the agreement, contract or order.
        "subject of the agreement",
        "subject of this agreement",
        "subject of the contract",
        "subject of this contract",
        "subject of the order",
        "subject of the commission",
        "subject of the processing",
    ],
    fr: &["objet du traitement", "objet des traitements", "objet de la sous-traitance", "objet", "a pour objet"],
};

pub const DURATION_LABEL: Cue = Cue {
    id: "duration-label",
    en: &[
        "duration",
        "duration of the processing",
        "duration of processing",
        "term of processing",
        // The Commission's clauses (2021/914, Annex I.B) ask for the duration in these words.
        "period for which",
    ],
    fr: &[
        "duree",
        "duree du traitement",
        "duree des traitements",
        "periode pendant laquelle les donnees",
        "duree pendant laquelle les donnees",
    ],
};

pub const NATURE_LABEL: Cue = Cue {
    id: "nature-label",
    en: &[
        "nature",
        "nature of the processing",
        "nature of processing",
        "processing operations",
        "nature and purpose",
        "nature and purposes",
        "nature and purpose of the processing",
        "nature and purposes of the processing",
    ],
    fr: &[
        "nature",
        "nature du traitement",
        "nature des traitements",
        "nature des operations",
        "operations de traitement",
        "nature et finalite",
        "nature et finalites",
        "nature et finalite du traitement",
        "nature et finalites du traitement",
    ],
};

pub const PURPOSE_LABEL: Cue = Cue {
    id: "purpose-label",
    en: &[
        "purpose",
        "purposes",
        "purpose of the processing",
        "purposes of the processing",
        "purpose of processing",
        "purposes of processing",
        "processing purpose",
        "processing purposes",
        "nature and purpose",
        "nature and purposes",
        "nature and purpose of the processing",
        "nature and purposes of the processing",
    ],
    fr: &[
        "finalite",
        "finalites",
        "finalite(s)",
        "finalite du traitement",
        "finalites du traitement",
        "finalite(s) du traitement",
        "finalite des traitements",
        "finalites des traitements",
        "nature et finalite",
        "nature et finalites",
        "nature et finalite du traitement",
        "nature et finalites du traitement",
    ],
};

pub const DATA_TYPES_LABEL: Cue = Cue {
    id: "data-types-label",
    en: &[
        "types of personal data",
        "type of personal data",
        "categories of personal data",
        "category of personal data",
        "personal data concerned",
        "categories of data",
        "types of data",
        "data categories",
        "personal data categories",
        "data types",
        "data type",
        "personal data types",
        "type of data",
        "kinds of personal data",
        "kinds of data",
    ],
    fr: &[
        "types de donnees",
        "type de donnees",
        "categories de donnees",
        "categorie de donnees",
        "categories des donnees",
        "categorie des donnees",
        "categories de donnees personnelles",
        "categories de donnees a caractere personnel",
        "donnees a caractere personnel concernees",
        "donnees personnelles concernees",
        "donnees traitees",
    ],
};

pub const DATA_SUBJECTS_LABEL: Cue = Cue {
    id: "data-subjects-label",
    en: &[
        "categories of data subjects",
        "category of data subjects",
        "data subjects concerned",
        "data subject categories",
        "data subjects",
        // "Betroffene" in contracts translated from German.
        "affected data subjects",
        "affected persons",
        "affected person",
        "affected people",
        "affected individuals",
        "categories of affected persons",
        "categories of affected people",
        "people affected",
        "persons affected",
        // "Kreis der Betroffenen" translated, or said of the group as a whole.
        "those affected",
        "circle of those affected",
        "circle of persons affected",
        "circle of data subjects",
        "group of data subjects",
        "groups of data subjects",
        "group of persons affected",
        "group of people affected",
    ],
    fr: &[
        "categories de personnes concernees",
        "cercle des personnes concernees",
        "groupe de personnes concernees",
        "groupes de personnes concernees",
        "personnes touchees",
        "categorie de personnes concernees",
        "personnes concernees",
        "personnes physiques concernees",
        "categories de personnes",
    ],
};

/// The verb that makes a label into a statement ("The purpose of the processing *is* …").
pub const PARTICULAR_STATEMENT_VERB: Cue = Cue {
    id: "particular-statement-verb",
    en: &[
        "is",
        "are",
        "includes",
        "include",
        "consists of",
        "consist of",
        "comprises",
        "comprise",
        "covers",
        "cover",
        "shall be",
        "will be",
        // What a list may hold ("Categories of personal data processed may include …").
        "may include",
        "may comprise",
        "can include",
        "may concern",
    ],
    fr: &[
        "est",
        "sont",
        "comprend",
        "comprennent",
        "consiste",
        "consistent",
        "inclut",
        "incluent",
        "porte sur",
        "portent sur",
        "couvre",
        "couvrent",
        "vise",
        "visent",
        "concerne",
        "concernent",
        "de definir",
        "d'organiser",
        "peut comprendre",
        "peuvent comprendre",
        "peut inclure",
        "peuvent inclure",
        "peut concerner",
        "peuvent concerner",
    ],
};

/// Small words allowed between a particular's label and its verb ("the purpose *of the
/// processing* is").
pub const PARTICULAR_LABEL_FILLER: &[&str] = &[
    "of",
    "the",
    "processing",
    "personal",
    "data",
    "such",
    "commission",
    "affected",
    "concerned",
    "processed",
    "du",
    "de",
    "des",
    "la",
    "le",
    "les",
    "traitement",
    "traitements",
    "donnees",
    "traitees",
    "traites",
    // "The nature of the operations performed on the data is …", « La nature des opérations
    // réalisées sur les données est … ».
    "operations",
    "performed",
    "carried",
    "out",
    "on",
    "realisees",
    "effectuees",
    "effectues",
    "realises",
    "sur",
    "personnelles",
];

/// Relative pronouns opening the clause by which an annex heading restates its label
/// ("Categories of data subjects whose personal data is transferred", « dont les données »).
pub const LABEL_RESTATING_RELATIVES: &[&str] = &["whose", "dont", "auxquelles", "auxquels"];

/// Words after a particular's label that make it the topic of a duty, not the particular: "Data
/// subjects' rights", "Purpose limitation" (French puts the topic first: « Droits des personnes
/// concernées », « Limitation des finalités », which no label opens).
pub const LABEL_TOPIC_WORDS: &[&str] = &["rights", "right", "requests", "request", "limitation", "limitations"];

/// Words that join two labels in one ("Subject matter *and* purpose of the processing").
pub const LABEL_JOINERS: &[&str] = &[" and ", " et ", ", ", "/"];

/// Words that may open a sentence before a particular's label ("*The* purpose of …").
pub const SENTENCE_OPENERS: &[&str] = &["the", "le", "la", "les", "l'"];

/// Words that number a heading or a line before its label ("Article 3 – Objet", "Annex 1").
pub const ENUMERATION_WORDS: &[&str] = &[
    "article",
    "art",
    "section",
    "clause",
    "part",
    "partie",
    "annex",
    "annexe",
    "schedule",
    "appendix",
    "appendice",
    "§",
];

/// A sentence that only points elsewhere for the particulars ("are set out in Annex 1").
pub const ELSEWHERE_REFERENCE: Cue = Cue {
    id: "elsewhere-reference",
    en: &[
        "set out in",
        "set forth in",
        "described in",
        "specified in",
        "detailed in",
        "listed in",
        "referred to in",
        "defined in",
        "contained in",
        "identified in",
        "as described",
        "as set out",
        // "Ergeben sich aus dem Hauptvertrag" translated.
        "result from",
        "results from",
        "arise from",
        "arises from",
        "follow from",
        "follows from",
        "derive from",
        "derives from",
    ],
    fr: &[
        "resulte de",
        "resulte du",
        "resultent de",
        "resultent du",
        "decoule de",
        "decoule du",
        "decoulent de",
        "decoulent du",
        "ressort du",
        "ressortent du",
        "figure en",
        "figurent en",
        "figure dans",
        "figurent dans",
        "figure a",
        "figurent a",
        "decrit en",
        "decrite en",
        "decrits en",
        "decrites en",
        "decrit dans",
        "decrite dans",
        "decrits dans",
        "decrites dans",
        "decrits a",
        "decrites a",
        "precises en",
        "precisees en",
        "precises dans",
        "precisees dans",
        "enumeres en",
        "enumerees en",
        "detailles en",
        "detaillees en",
        "definis en",
        "definies en",
        "definis dans",
        "definies dans",
        "mentionnes en",
        "mentionnees en",
        "indiques en",
        "indiquees en",
    ],
};

/// Words that say nothing of their own around a reference to another document ("*The Services*
/// described in the Agreement", « *fournir le service* décrit dans les CGU », "as set out in the
/// Agreement*, as amended from time to time*"). Words of three letters or fewer never count.
pub const REFERENCE_FILLER: &[&str] = &[
    "this",
    "that",
    "these",
    "those",
    "their",
    "such",
    "each",
    "with",
    "under",
    "within",
    "shall",
    "will",
    "which",
    "same",
    "service",
    "services",
    "provision",
    "provide",
    "provided",
    "providing",
    "performance",
    "perform",
    "performing",
    "delivery",
    "deliver",
    "agreement",
    "agreements",
    "contract",
    "contracts",
    "terms",
    "conditions",
    "main",
    "principal",
    "master",
    "order",
    "form",
    "processing",
    "process",
    "personal",
    "data",
    "customer",
    "customers",
    "client",
    "clients",
    "controller",
    "processor",
    "purpose",
    "purposes",
    "subject",
    "matter",
    "nature",
    "category",
    "categories",
    "type",
    "types",
    "applicable",
    "relevant",
    "respective",
    "amended",
    "updated",
    "supplemented",
    "modified",
    "time",
    "from",
    // The contract pointed to, identified by its signature ("signed by the parties on (DATE)").
    "signed",
    "concluded",
    "entered",
    "dated",
    "date",
    "between",
    "parties",
    "thereto",
    "related",
    "activities",
    "signe",
    "conclu",
    "conclue",
    "entre",
    "activites",
    "present",
    "presente",
    "rapporte",
    "rapportent",
    "afferent",
    "afferents",
    "afferente",
    "afferentes",
    "dans",
    "pour",
    "cette",
    "leur",
    "leurs",
    "tels",
    "telle",
    "telles",
    "sont",
    "selon",
    "cadre",
    "prestation",
    "prestations",
    "fournir",
    "fourniture",
    "realiser",
    "execution",
    "executer",
    "contrat",
    "accord",
    "generales",
    "commande",
    "traitement",
    "traitements",
    "donnees",
    "personnelles",
    "caractere",
    "personnel",
    "responsable",
    "finalite",
    "finalites",
    "objet",
    "categorie",
    "modifie",
    "modifiee",
    "modifies",
    "modifiees",
    "jour",
    "temps",
    "vigueur",
];

/// A particular not stated but left to the controller to specify later ("as determined by
/// Customer", « tel que précisé par le responsable », « ne sont pas déterminées par le
/// prestataire mais par le Client »).
pub const DEFERRED_TO_CONTROLLER: Cue = Cue {
    id: "deferred-to-controller",
    en: &[
        "as determined by customer",
        "as determined by the customer",
        "as determined by controller",
        "as determined by the controller",
        "as determined and controlled by",
        "determined by customer in its sole discretion",
        "at the customer's discretion",
        "at customer's discretion",
        "as specified by customer",
        "as specified by the customer",
        "as specified by the controller",
        "to be specified by the customer",
        "as instructed by customer",
        "as instructed by the customer",
        "as chosen by customer",
        "as set out in the order form",
        "whose personal data customer chooses",
        "for the controller to determine",
        "for the customer to determine",
        "for customer to determine",
        "but by the controller",
        "but by the customer",
        "but by customer",
        // An annex the controller fills in later, or a contract not yet identified ("the
        // respective contractual relationship"): the text signed here sets out nothing.
        "as completed by the client",
        "as completed by the customer",
        "as completed by the controller",
        "to be completed by the client",
        "to be completed by the customer",
        "to be completed by the controller",
        "according to the information provided",
        "on the basis of the information provided",
        "based on the information provided",
        "respective contractual relationship*",
        // Disclaimers: the processor does not know the particular, so the contract does not set
        // it out ("is not obliged to disclose the purpose", "has no influence on the type of
        // data").
        "not obliged to disclose",
        "not required to disclose",
        "not obliged to inform the contractor",
        "not obliged to inform the processor",
        "under no obligation to disclose",
        "no influence on",
        "no knowledge of",
        "alone is responsible for the type",
        "solely responsible for the type",
        "alone responsible for the type",
    ],
    fr: &[
        "tel que determine par le client",
        "tels que determines par le client",
        "telles que determinees par le client",
        "tel que determine par le responsable",
        "tel que defini par le client",
        "tel que precise par le responsable",
        "tel que precise par le client",
        "a preciser par le client",
        "selon les instructions du client",
        "a la discretion du client",
        "selon le choix du client",
        "mais par le client",
        "mais par le responsable",
        "mais de celui du client",
        "mais de celui du responsable",
        "il appartient au client de determiner",
        "il appartient au responsable de traitement de determiner",
        "il appartient au responsable du traitement de determiner",
        "seule partie en capacite de determiner",
        "complete* par le client",
        "complete* par le responsable",
        "selon les informations fournies",
        "conformement aux informations fournies",
        "sur la base des informations fournies",
        "d'apres les informations fournies",
        "relation contractuelle respective",
        "relations contractuelles respectives",
        "pas tenu de communiquer",
        "pas tenu de divulguer",
        "pas tenu de reveler",
        "pas tenu d'indiquer",
        "pas tenu de preciser",
        "pas oblige de communiquer",
        "pas oblige de divulguer",
        "aucune influence sur",
        "pas d'influence sur",
        "aucune connaissance",
        "seul responsable du type",
        "seul responsable de la nature",
        "seul responsable des categories",
    ],
};

/// A participle that, followed by the controller ("determined *by the Customer*", « fixée *par le
/// Responsable de traitement* »), leaves a particular to it.
pub const LEFT_TO_PARTICIPLE: Cue = Cue {
    id: "left-to-participle",
    en: &["determined", "specified", "defined", "identified", "chosen", "decided", "selected", "set", "completed"],
    fr: &[
        "determine",
        "determines",
        "determinee",
        "determinees",
        "specifie",
        "specifies",
        "specifiee",
        "specifiees",
        "defini",
        "definis",
        "definie",
        "definies",
        "identifie",
        "identifies",
        "identifiee",
        "identifiees",
        "fixe",
        "fixes",
        "fixee",
        "fixees",
        "precise",
        "precises",
        "precisee",
        "precisees",
        "choisi",
        "choisis",
        "choisie",
        "choisies",
        "complete",
        "completes",
        "completee",
        "completees",
        "renseigne",
        "renseignes",
        "renseignee",
        "renseignees",
    ],
};

/// A particular stated as "any" data or purpose: open-ended, it sets no limit.
pub const OPEN_ENDED_PARTICULAR: Cue = Cue {
    id: "open-ended-particular",
    en: &[
        "any types of personal data",
        "any type of personal data",
        "any categories of personal data",
        "any category of personal data",
        "any personal data",
        "any data subjects",
        "any data subject",
        "any categories",
        "any purpose",
        "any purposes",
    ],
    fr: &[
        "tout type de donnees",
        "tous types de donnees",
        "toute categorie de donnees",
        "toutes categories de donnees",
        "toutes les categories de donnees",
        "toute donnee",
        "toutes donnees",
        "toute personne concernee",
        "toutes personnes concernees",
        "toute categorie de personnes",
        "toute finalite",
    ],
};

/// A sentence describing the processing's operations, which may then name them as nouns
/// ("processing operations such as hosting and backup", « des traitements de type indexation et
/// stockage »).
pub const PROCESSING_DESCRIPTION: Cue = Cue {
    id: "processing-description",
    en: &[
        "processing operations",
        "processing activities",
        "processing consists",
        "processing comprises",
        "processing includes",
        "processing such as",
        "operations such as",
        "processing of the type",
    ],
    fr: &[
        "traitements de type",
        "traitement de type",
        "operations de traitement",
        "operations telles que",
        "traitements tels que",
        "le traitement consiste",
        "les traitements consistent",
        "operations realisees",
    ],
};

/// "for as long as the processor processes the data": a duration that lasts as long as the
/// processing itself fixes nothing.
pub const AS_LONG_AS: Cue = Cue {
    id: "as-long-as",
    en: &["as long as", "for as long as", "so long as"],
    fr: &["tant que", "aussi longtemps que", "pendant que"],
};

/// An end given by the contract beside the processing ("applies while we process the data and
/// ends with the subscription", « cesse avec l'abonnement »): the contract bounds the duration.
/// "As long as we process data under the Agreement" is no such end: it bounds nothing.
pub const ENDS_WITH_CONTRACT: Cue = Cue {
    id: "ends-with-contract",
    en: &[
        "ends with the agreement",
        "ends with the subscription",
        "ends with the contract",
        "end with the agreement",
        "end with the subscription",
        "end with the contract",
        "ceases with the agreement",
        "ceases with the subscription",
        "ceases with the contract",
        "terminates with the agreement",
        "terminates with the subscription",
        "terminates with the contract",
        "expires with the agreement",
        "expires with the subscription",
    ],
    fr: &[
        "cesse avec le contrat",
        "cesse avec l'abonnement",
        "prend fin avec le contrat",
        "prend fin avec l'abonnement",
        "s'acheve avec le contrat",
        "s'acheve avec l'abonnement",
        "expire avec le contrat",
        "expire avec l'abonnement",
    ],
};

/// The document's own start ("This DPA is effective as of …", « entre en vigueur le … »): a
/// date it begins, which says nothing of how long the processing lasts.
pub const ENTRY_INTO_FORCE: Cue = Cue {
    id: "entry-into-force",
    en: &[
        "effective as of",
        "effective as from",
        "effective from",
        "effective on",
        "is effective",
        "become effective",
        "becomes effective",
        "enter into force",
        "enters into force",
        "come into force",
        "comes into force",
        "come into effect",
        "comes into effect",
        "take effect",
        "takes effect",
        "commences on",
    ],
    fr: &[
        "entre en vigueur",
        "entrera en vigueur",
        "prend effet",
        "prendra effet",
        "est applicable a compter",
        "s'applique a compter",
        "s'applique a partir",
    ],
};

/// Duties kept alive after the contract ends ("survives termination", « survit à la
/// résiliation », « subsistent après »): how long a duty outlives the contract, not how long the
/// processing lasts.
pub const SURVIVAL: Cue = Cue {
    id: "survival",
    en: &[
        "survive*",
        "remain in force after",
        "remains in force after",
        "continue to apply after",
        "continues to apply after",
    ],
    fr: &[
        "survit",
        "survivent",
        "survivra",
        "survivront",
        "subsiste*",
        "reste en vigueur apres",
        "restent en vigueur apres",
        "demeure en vigueur apres",
        "demeurent en vigueur apres",
        "continue de s'appliquer apres",
        "continuent de s'appliquer apres",
    ],
};

/// An end given to a duration ("until 31 December", "for a period of two years", « jusqu'au … »,
/// « expire le … »).
pub const TERM_END: Cue = Cue {
    id: "term-end",
    en: &["until", "expire*", "expiry", "for a period of", "for a term of", "terminates on", "ends on"],
    fr: &["jusqu'", "expire*", "expiration", "pour une periode", "pour une duree", "prend fin", "prendra fin"],
};

/// Words that only restate what a data-subjects or data-types entry is about ("Data subjects
/// whose personal data is processed", « les personnes concernées dont les données sont
/// traitées »): with nothing else, such an entry names no one and no data. Words of three letters
/// or fewer never count.
pub const RESTATEMENT_WORDS: &[&str] = &[
    "subjects",
    "whose",
    "processed",
    "being",
    "individual",
    "individuals",
    "person",
    "persons",
    "people",
    "natural",
    "identified",
    "identifiable",
    "concerned",
    "affected",
    "information",
    "relates",
    "relating",
    "hereunder",
    "personne",
    "personnes",
    "concernee",
    "concernees",
    "physique",
    "physiques",
    "dont",
    "traite",
    "traites",
    "traitee",
    "traitees",
    "seront",
    "faisant",
    "identifiee",
    "relatives",
];

/// What a processing is done under ("processed pursuant to the Terms", « traitées en vertu du
/// contrat »): the words after it name a contract, not people or data.
pub const PROCESSED_UNDER: Cue = Cue {
    id: "processed-under",
    en: &["pursuant to", "under", "in accordance with", "in connection with", "by virtue of", "in the course of"],
    fr: &["en vertu", "au titre", "conformement", "dans le cadre", "en application"],
};

/// Nouns of processing operations: in a description row or a sentence about the processing they
/// state its nature ("Hébergement des bases de données", "hosting, storage and backup").
pub const OPERATION_NOUNS: Cue = Cue {
    id: "operation-nouns",
    en: &[
        "hosting",
        "storage",
        "storing",
        "backup",
        "backups",
        "collection",
        "recording",
        "indexing",
        "transmission",
        "analysis",
        "retrieval",
        "consultation",
        "erasure",
        "deletion",
        "dissemination",
    ],
    fr: &[
        "hebergement",
        "stockage",
        "conservation",
        "sauvegarde",
        "sauvegardes",
        "indexation",
        "collecte",
        "enregistrement",
        "transmission",
        "consultation",
        "analyse",
        "extraction",
        "effacement",
        "suppression",
        "diffusion",
    ],
};

/// A purpose stated by limiting the processing to it ("shall not process Customer Personal Data
/// for any purpose other than the performance of the Agreement", "aux seules fins suivantes").
pub const PURPOSE_LIMITATION: Cue = Cue {
    id: "purpose-limitation",
    en: &[
        "for any purpose other than",
        "for no purpose other than",
        "for any other purpose than",
        "solely for the purpose of",
        "solely for the purposes of",
        "only for the purpose of",
        "only for the purposes of",
        "for the sole purpose of",
        "for the purpose of",
        "for the purposes of",
    ],
    fr: &[
        "aux seules fins",
        "a la seule fin",
        "pour la seule finalite",
        "pour les seules finalites",
        "uniquement pour la ou les seule(s) finalite(s)",
        "uniquement pour la finalite",
        "uniquement pour les finalites",
        "a des fins autres que",
        "pour une finalite autre que",
        "aux fins de",
    ],
};

/// A purpose given as an infinitive restricted to it ("processing payroll data solely to validate
/// files", « traitées uniquement pour gérer les inscriptions »). Counted only before a verb: "only
/// to the extent necessary" and « uniquement pour le compte du Client » state no purpose.
pub const PURPOSE_INFINITIVE: Cue = Cue {
    id: "purpose-infinitive",
    en: &["solely to", "only to", "exclusively to", "purely to", "solely in order to", "only in order to"],
    fr: &[
        "uniquement pour",
        "uniquement afin de",
        "exclusivement pour",
        "exclusivement afin de",
        "seulement pour",
        "dans le seul but de",
        "dans le but de",
        "en vue de",
    ],
};

/// Words after "to" / « pour » that make it a preposition, not an infinitive ("only to *the*
/// extent", « uniquement pour *le* compte »).
pub const NOT_AN_INFINITIVE: &[&str] = &[
    "the", "a", "an", "such", "that", "this", "those", "these", "its", "their", "any", "what", "which", "extent", "le",
    "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
];

/// The verb that gives a particular as an aim ("the purpose of the service *is to* measure …",
/// « la finalité du service *est de* … »): the label may then stand anywhere in the sentence.
pub const PARTICULAR_AIM_VERB: Cue = Cue {
    id: "particular-aim-verb",
    en: &["is to", "are to", "shall be to", "will be to", "consists in", "consist in"],
    fr: &["est de", "sont de", "consiste a", "consistent a", "vise a", "visent a"],
};

/// Words naming the document or one of its parts: "the purpose of this Agreement is to set out
/// the parties' obligations" is the contract's aim, not the processing's.
pub const DOCUMENT_SELF_WORDS: &[&str] = &[
    "this",
    "these",
    "present",
    "presente",
    "presentes",
    "ce",
    "cet",
    "cette",
    "clause",
    "section",
    "article",
    "annex",
    "appendix",
    "schedule",
    "dpa",
    "agreement",
    "addendum",
    "contract",
    "accord",
    "contrat",
    "avenant",
    "annexe",
];

/// The purposes the controller itself pursues with the services, in warranties and disclaimers
/// ("suitable for the purposes for which the Customer proposes to use the Services"): no purpose
/// of the processing.
pub const CONTROLLERS_INTENDED_USE: Cue = Cue {
    id: "controllers-intended-use",
    en: &[
        "suitable for the purpose*",
        "fit for the purpose*",
        "fitness for a particular purpose",
        "for which the customer proposes",
        "for which customer proposes",
        "for which the customer intends",
        "for which customer intends",
        "for which the controller intends",
    ],
    fr: &[
        "adapte aux fins",
        "adaptes aux fins",
        "adequation a un usage particulier",
        "aptitude a un usage particulier",
        "auxquelles le client destine",
        "auxquelles le client entend",
        "auxquelles le responsable entend",
    ],
};

/// A purpose stated by what the processor uses the data for ("We use this data to send your
/// newsletters").
pub const PURPOSE_USE: Cue = Cue {
    id: "purpose-use",
    en: &[
        "use this data to",
        "use the data to",
        "use the personal data to",
        "use it to",
        "process it to",
        "process the data to",
        "process the personal data to",
        "in order to",
    ],
    fr: &[
        "utilise ces donnees pour",
        "utilise les donnees pour",
        "traite ces donnees pour",
        "traite les donnees pour",
        "afin de",
    ],
};

/// The data processed to provide a service ("the data needed to provide the booking service,
/// including: …", « pour la fourniture du service : gestion de la paie »): the service, when
/// the words after it describe it, is the purpose of the processing.
pub const PURPOSE_SERVICE_PROVISION: Cue = Cue {
    id: "purpose-service-provision",
    en: &["to provide the", "to provide its", "to deliver the", "for the provision of", "for the supply of"],
    fr: &["pour fournir", "pour la fourniture", "a la fourniture", "pour assurer la fourniture"],
};

/// A purpose given after the operations themselves ("hosts and analyses the radiographs so that
/// the dentists can view them"); counted only after an operation verb.
pub const PURPOSE_CLAUSE: Cue = Cue {
    id: "purpose-clause",
    en: &["so that", "so as to", "in order that", "in order to", "with a view to"],
    fr: &["afin que", "afin de", "pour permettre", "de sorte que", "en vue de", "dans le but de"],
};

/// The activity a processing is part of ("processes the data in the context of operating the
/// booking platform", « dans le cadre de l'exploitation de la plateforme »): described in words
/// of its own, it is what the processing does.
pub const SERVICE_CONTEXT: Cue = Cue {
    id: "service-context",
    en: &[
        "in the context of the operation of",
        "in the context of operating",
        "in the context of the provision of",
        "in the context of providing",
        "as part of the operation of",
        "as part of operating",
        "as part of the provision of",
        "as part of providing",
        "in connection with the operation of",
        "in connection with operating",
    ],
    fr: &[
        "dans le cadre de l'exploitation",
        "dans le cadre du fonctionnement",
        "dans le cadre de la fourniture",
        "dans le cadre de la mise a disposition",
        "dans le cadre de la gestion",
        "au titre de l'exploitation",
        "au titre de la fourniture",
    ],
};

/// What introduces the operations themselves after a processing word ("to process the data,
/// namely to store, modify and delete it", « traiter les données, à savoir les collecter, les
/// stocker »); a bracket does the same ("to process data (to collect, store …)").
pub const OPERATIONS_INTRO: Cue = Cue {
    id: "operations-intro",
    en: &["namely", "i.e.", "that is to say", "consisting of", "consisting in"],
    fr: &["a savoir", "c'est-a-dire", "consistant a", "consistant en"],
};

/// Concrete types of personal data; two of them in a sentence describe the data.
pub const DATA_TYPE_WORDS: Cue = Cue {
    id: "data-type-words",
    en: &[
        "name",
        "names",
        "e-mail address*",
        "email address*",
        "postal address*",
        "home address*",
        "delivery address*",
        "telephone number*",
        "phone number*",
        "date of birth",
        "dates of birth",
        "ip address*",
        "online identifier*",
        "identification data",
        "contact data",
        "contact details",
        "preferences",
        "order history",
        "payment data",
        "bank details",
        "location data",
        "usage data",
        "log data",
        "user agent*",
        "user-agent*",
        "browser type",
        "operating system",
        "device identifier*",
        "device id*",
        "cookie identifier*",
        "referrer*",
        "payroll data",
        "salary",
        "salaries",
        "bank account*",
        "social security number*",
        "national insurance number*",
        "tax identification number*",
    ],
    fr: &[
        "nom",
        "noms",
        "prenom",
        "prenoms",
        "adresse electronique",
        "adresses electroniques",
        "adresse e-mail",
        "adresse postale",
        "adresses postales",
        "numero de telephone",
        "numeros de telephone",
        "date de naissance",
        "dates de naissance",
        "adresse ip",
        "donnees d'identification",
        "coordonnees",
        "donnees de connexion",
        "historique des commandes",
        "donnees bancaires",
        "donnees de localisation",
        "preferences",
        "navigateur",
        "systeme d'exploitation",
        "identifiant de l'appareil",
        "identifiants de connexion",
        "donnees de paie",
        "salaire",
        "salaires",
        "iban",
        "coordonnees bancaires",
        "numero de securite sociale",
        "numero fiscal",
    ],
};

/// The people a contract names as contact points ("the name and contact details of the data
/// protection officer"): their details are how to reach them, not the data processed.
pub const CONTACT_POINT: Cue = Cue {
    id: "contact-point",
    en: &["data protection officer", "contact point", "point of contact", "representative", "sub-processor"],
    fr: &[
        "delegue a la protection des donnees",
        "point de contact",
        "interlocuteur",
        "representant",
        "sous-traitant ulterieur",
    ],
};

/// "the personal data *of* your subscribers": whose data it is.
pub const DATA_OF: Cue = Cue {
    id: "data-of",
    en: &[
        "personal data of",
        "personal data about",
        "personal data relating to",
        "data of your",
        "data of the",
        "data of its",
        "data about your",
    ],
    fr: &[
        "donnees a caractere personnel des",
        "donnees personnelles des",
        "donnees personnelles de ses",
        "donnees personnelles de leurs",
        "donnees a caractere personnel de ses",
        "donnees a caractere personnel de leurs",
        "donnees des",
        "donnees de ses",
        "donnees relatives aux",
        "donnees concernant les",
    ],
};

/// Words that introduce examples of a class ("data subjects, *such as* the Customer's users",
/// « des personnes concernées, *telles que* les clients »).
pub const EXAMPLES_INTRO: Cue = Cue {
    id: "examples-intro",
    en: &["such as", "including", "namely", "for example", "for instance", "e.g."],
    fr: &["tels que", "telles que", "notamment", "par exemple", "a savoir", "comme"],
};

/// Words linking data to whose it is ("the name and e-mail address *of* the Client's clients").
pub const DATA_OWNER_LINK: Cue = Cue {
    id: "data-owner-link",
    en: &["of", "about", "relating to", "concerning", "from"],
    fr: &["de", "des", "du", "relatives aux", "concernant", "sur"],
};

/// Categories of people whose data a processor handles.
pub const DATA_SUBJECT_NOUNS: Cue = Cue {
    id: "data-subject-nouns",
    en: &[
        "subscriber*",
        "customers",
        "clients",
        "employees",
        "staff",
        "patients",
        "pupils",
        "students",
        "users",
        "visitors",
        "members",
        "candidates",
        "applicants",
        "trainees",
        "tenants",
        "policyholders",
        "claimants",
        "people who",
        "individuals who",
    ],
    fr: &[
        "abonne*",
        "clients",
        "salaries",
        "agents",
        "patients",
        "eleves",
        "etudiants",
        "utilisateurs",
        "usagers",
        "visiteurs",
        "adherents",
        "candidats",
        "stagiaires",
        "locataires",
        "assures",
        "participants",
        "personnes qui",
    ],
};

/// Operations as bare infinitives, listed after the processing ("the possibility to process
/// data: save, modify, transmit, delete", « traiter les données : enregistrer, modifier, … »).
pub const OPERATION_INFINITIVES: Cue = Cue {
    id: "operation-infinitives",
    en: &[
        "save", "store", "host", "collect", "record", "modify", "edit", "update", "transmit", "transfer", "send",
        "delete", "erase", "retrieve", "consult", "analyse", "analyze", "back up", "archive", "export", "import",
    ],
    fr: &[
        "enregistrer",
        "stocker",
        "heberger",
        "collecter",
        "conserver",
        "modifier",
        "mettre a jour",
        "transmettre",
        "transferer",
        "envoyer",
        "supprimer",
        "effacer",
        "extraire",
        "consulter",
        "analyser",
        "sauvegarder",
        "archiver",
        "exporter",
        "importer",
    ],
};

/// Processing operations, which with the processor as subject describe the nature of the
/// processing ("We store the names …", "le Prestataire héberge …").
pub const OPERATION_VERBS: Cue = Cue {
    id: "operation-verbs",
    en: &[
        "store",
        "stores",
        "host",
        "hosts",
        "collect",
        "collects",
        "record",
        "records",
        "send",
        "sends",
        "analyse",
        "analyses",
        "analyze",
        "analyzes",
        "transmit",
        "transmits",
        "back up",
        "backs up",
    ],
    fr: &[
        "stocke",
        "heberge",
        "collecte",
        "enregistre",
        "conserve",
        "envoie",
        "analyse",
        "transmet",
        "sauvegarde",
        "consulte",
    ],
};

/// A sentence saying what the document governs: with whose data it is, it states the subject
/// matter ("this letter sets out how Mailcrate will handle the personal data of your
/// subscribers").
pub const GOVERNS_HANDLING: Cue = Cue {
    id: "governs-handling",
    en: &["sets out how", "governs how", "describes how", "governs the processing of", "applies to the processing of"],
    fr: &[
        "precise comment",
        "definit comment",
        "encadre le traitement",
        "regit le traitement",
        "s'applique au traitement des",
    ],
};

/// "for the term of the Agreement": a duration tied to the contract.
pub const TERM_OF_CONTRACT: Cue = Cue {
    id: "term-of-contract",
    en: &[
        "for the term of",
        "during the term of",
        "for the duration of",
        "for the life of",
        "term of the agreement",
        "term of the main agreement",
        "term of the principal agreement",
        "term of the main contract",
        "term of the contract",
        "term of the services agreement",
        "term of the service agreement",
        "term of the service contract",
        "term of the underlying agreement",
        "term of the master agreement",
        "term of the customer agreement",
        "term of the subscription",
        // The DPA's own term tied to the main contract's ("the term of this DPA corresponds to
        // the term of the Agreement"), as contracts translated from German put it.
        "corresponds to the term of",
        "correspond to the term of",
        "coincides with the term of",
        "follows the term of",
        "is linked to the term of",
        "is tied to the term of",
        "same as the term of",
        "identical to the term of",
        "coterminous with",
        "co-terminous with",
        "until the end of the services",
        "until termination of the agreement",
        "until the termination of the agreement",
        "until the termination or expiry",
        "until the expiry",
        "for as long as we provide the services",
        "for as long as the services are provided",
        "as long as the services",
    ],
    fr: &[
        "pendant toute la duree",
        "pendant la duree",
        "pour la duree",
        "pour toute la duree",
        "duree du contrat",
        "duree du marche",
        "duree de l'accord",
        "correspond a la duree",
        "coincide avec la duree",
        "suit la duree",
        "liee a la duree",
        "identique a la duree",
        "alignee sur la duree",
        "calquee sur la duree",
        "jusqu'au terme du contrat",
        "jusqu'a la fin du contrat",
        "jusqu'a la fin des prestations",
        "jusqu'a l'expiration",
        "tant que les prestations",
        "tant que les services",
    ],
};

/// What a duration must be about to be the duration of the processing.
pub const PROCESSING_CONTEXT: Cue = Cue {
    id: "processing-context",
    en: &[
        "process*",
        "this dpa",
        "this agreement",
        "this addendum",
        "in force",
        "in effect",
        "applies",
        "apply",
        // The contract's own conclusion ("The Agreement is concluded for the duration of the
        // Main Agreement"), as contracts translated from German state their term.
        "concluded",
        "entered into",
    ],
    fr: &[
        "trait*",
        "conclu",
        "conclue",
        // « le présent accord », « du présent accord », « au présent contrat ».
        "present accord",
        "present contrat",
        "present avenant",
        "en vigueur",
        "s'applique",
        "applicable",
    ],
};

// ---------------------------------------------------------------------------------------------
// Instructions — Art. 28(3)(a) and the last subparagraph of Art. 28(3)
// ---------------------------------------------------------------------------------------------

/// Instructions that are documented, the word Art. 28(3)(a) adds to the Directive's "acts only on
/// instructions": given in writing is documented.
pub const DOCUMENTED_INSTRUCTIONS: Cue = Cue {
    id: "documented-instructions",
    en: &[
        "documented instruction*",
        "written instruction*",
        "documented and lawful instruction*",
        "documented, lawful instruction*",
        "instructions in writing",
        "instructions given in writing",
        "instructions provided in writing",
        "instructions communicated in writing",
        "instructions received in writing",
        "instructions documented",
        "instructions as set out in",
        "instructions set out in this",
        "instructions as represented by the agreement",
        "instructions as documented in",
        // German-register contracts document instructions by their form ("Textform"): given in
        // writing or text form, oral ones confirmed in writing.
        "instructions are issued in writing",
        "instructions shall be issued in writing",
        "instructions are given in writing",
        "instructions shall be given in writing",
        "instructions are provided in writing",
        "instructions shall be provided in writing",
        "instructions are issued in text form",
        "instructions shall be issued in text form",
        "instruction* in text form",
        "confirm* oral instructions",
        "confirm* verbal instructions",
        "oral instructions shall be confirmed",
        "oral instructions must be confirmed",
        "oral instructions are to be confirmed",
        "oral instructions are confirmed",
        "verbal instructions shall be confirmed",
        "verbal instructions must be confirmed",
        "verbal instructions are to be confirmed",
        "verbal instructions are confirmed",
        "instructions must be issued in writing",
        "instructions must be given in writing",
        "instructions must be provided in writing",
        "instructions must be in writing",
        "instructions shall be in writing",
        "instructions must be documented",
        "instructions shall be documented",
    ],
    fr: &[
        "instruction documentee",
        "instructions documentees",
        "instruction ecrite",
        "instructions ecrites",
        "instructions formalisees",
        "instructions donnees par ecrit",
        "instructions transmises par ecrit",
        "instructions communiquees par ecrit",
        "instructions formulees par ecrit",
        "instructions recues par ecrit",
        "instructions figurant dans le present",
        "instructions telles que definies dans le present",
        "instructions prevues au present",
        "instructions prevues par le present",
        "instructions sont donnees par ecrit",
        "instructions sont transmises par ecrit",
        "instructions sont formulees par ecrit",
        "instructions sont donnees sous forme ecrite",
        "confirme* par ecrit les instructions orales",
        "confirme* par ecrit les instructions verbales",
        "confirme* les instructions orales",
        "confirme* les instructions verbales",
        "instructions orales sont confirmees",
        "instructions orales doivent etre confirmees",
        "instructions verbales sont confirmees",
        "instructions verbales doivent etre confirmees",
        "instructions doivent etre donnees par ecrit",
        "instructions doivent etre formulees par ecrit",
        "instructions doivent etre transmises par ecrit",
        "instructions doivent etre ecrites",
        "instructions doivent etre documentees",
    ],
};

/// Processing restricted to the controller's instructions, without the word "documented" ("may
/// only process such data exclusively in accordance with instructions", « ne traite les données
/// que sur instruction du Client »): the core of the Art. 28(3)(a) duty.
pub const ONLY: Cue = Cue {
    id: "only",
    en: &["only", "exclusively", "solely"],
    fr: &["que sur", "que conformement", "que selon", "que dans le cadre", "uniquement", "exclusivement", "seulement"],
};

pub const PROCESSING_VERB: Cue = Cue {
    id: "processing-verb",
    en: &["process*", "use", "uses", "handle*", "act", "acts"],
    fr: &["trait*", "utilis*", "agi*", "agit"],
};

pub const INSTRUCTION_WORD: Cue =
    Cue { id: "instruction-word", en: &["instruction*", "instructed"], fr: &["instruction*"] };

pub const INFORM: Cue = Cue {
    id: "inform",
    en: &[
        "inform*",
        "notify*",
        "notif*",
        "tell",
        "alert*",
        "advise*",
        "communicate* immediately",
        "communicate* without delay",
    ],
    fr: &[
        "inform*",
        "notifi*",
        "avertit",
        "avertir",
        "alerte*",
        "previent",
        "prevenir",
        "signale*",
        "communique immediatement",
        "communiquer immediatement",
        "communique sans delai",
        "communiquer sans delai",
    ],
};

/// An instruction that breaks the law.
pub const INFRINGING: Cue = Cue {
    id: "infringing",
    en: &[
        "infring*",
        "violat*",
        "breaches",
        "would breach",
        "in breach of",
        "contravene*",
        "contrary to",
        "unlawful",
        "illegal",
        "not comply",
        "non-compliant",
        // "a conflict between Customer's instructions and applicable law".
        "conflict between",
        "conflicts with",
        "in conflict with",
    ],
    fr: &[
        "violation",
        "viole*",
        "enfrein*",
        "contraire*",
        "illicite*",
        "illegal*",
        "non conforme*",
        "n'est pas conforme",
        "contrevient",
        "meconnai*",
        "en contradiction avec",
        "incompatible avec",
        "incompatibles avec",
    ],
};

/// The processor's own judgement, the mark of the Art. 28(3) notice: "inform … where, in its
/// opinion, any processing is in violation of the law" is that notice even without the word
/// "instruction" (a breach or a request is a fact, not an opinion).
pub const PROCESSOR_OPINION: Cue = Cue {
    id: "processor-opinion",
    en: &[
        "in its opinion",
        "in the processor's opinion",
        "in the opinion of the processor",
        "of the opinion",
        "reasonable opinion",
        "in its view",
        "in its reasonable view",
        "in its judgment",
        "in its judgement",
        "it considers",
        "it believes",
        "it reasonably believes",
        "it reasonably considers",
        "it is of the view",
        "believes that",
        "considers that",
    ],
    fr: &[
        "selon lui",
        "selon elle",
        "a son avis",
        "s'il estime",
        "si elle estime",
        "s'il considere",
        "si elle considere",
        "estime qu",
        "considere qu",
        "de l'avis du",
        "s'il juge",
        "si elle juge",
    ],
};

pub const IMMEDIATELY: Cue = Cue {
    id: "immediately",
    en: &[
        "immediately",
        "promptly",
        "without delay",
        "without undue delay",
        "without an undue delay",
        "without any undue delay",
        "without any delay",
        // German "unverzüglich", translated word for word.
        "without culpable delay",
        "forthwith",
        "at once",
        "as soon as",
        // Before the instruction is carried out: at least as early as "immediately".
        "before processing",
        "before carrying out",
        "before carrying it out",
        "before executing",
        "before acting on",
        "before implementing",
        "prior to processing",
        "prior to carrying out",
        "prior to executing",
        "prior to implementing",
    ],
    fr: &[
        "avant de l'executer",
        "avant de l'appliquer",
        "avant de la mettre en oeuvre",
        "avant toute execution",
        "avant d'y donner suite",
        "avant tout traitement",
        "avant de traiter",
        "immediatement",
        "sans delai",
        "sans aucun delai",
        "sans retard injustifie",
        "sans delai injustifie",
        "dans les meilleurs delais",
        "dans les plus brefs delais",
        "sans tarder",
        "aussitot",
        "sans retard",
        "des que",
    ],
};

// ---------------------------------------------------------------------------------------------
// Confidentiality — Art. 28(3)(b)
// ---------------------------------------------------------------------------------------------

/// The persons authorised to process: the duty is about them, not about the company keeping a
/// secret ("we will keep it confidential" binds the processor, not its staff).
pub const AUTHORISED_PERSONS: Cue = Cue {
    id: "authorised-persons",
    en: &[
        "persons authorised",
        "persons authorized",
        "person it authorises",
        "person it authorizes",
        "persons it authorises",
        "persons it authorizes",
        "every person",
        "each person",
        "all persons",
        "staff member*",
        "authorised to process",
        "authorized to process",
        "authorised to access",
        "authorized to access",
        "administrators",
        "engineers",
        "person authorised",
        "person authorized",
        "authorised persons",
        "authorized persons",
        "authorised personnel",
        "authorized personnel",
        "personnel",
        "staff",
        "employee*",
        "workers",
        "individuals",
        "anyone",
        "any person",
        "everyone",
        "everybody",
        "those with access",
        "those who have access",
        "persons with access",
        "people with access",
        "agents",
        "contractors",
    ],
    fr: &[
        "personnes autorisees",
        "personne autorisee",
        "personnes habilitees",
        "personne habilitee",
        "personnel",
        "personnels",
        "salarie",
        "salaries",
        "prepose",
        "preposes",
        "collaborateur",
        "collaborateurs",
        "employe",
        "employes",
        "agent",
        "agents",
        "formateur*",
        "autorises a",
        "autorisees a",
        "habilites",
        "habilitees",
        "administrateurs",
        "techniciens",
        "toute personne",
        "chaque personne",
        "quiconque",
        "personnes ayant acces",
        "ceux qui ont acces",
        "intervenants",
    ],
};

/// Persons merely let at the data ("authorised personnel may access visitor data"): access
/// granted, no confidentiality bound on them, even beside a company's own promise of secrecy.
pub const ACCESS_PERMISSION: Cue = Cue {
    id: "access-permission",
    en: &[
        "may access",
        "can access",
        "may have access",
        "can have access",
        "may be given access",
        "may be granted access",
        "are permitted to access",
        "are allowed to access",
        "is permitted to access",
        "is allowed to access",
        "may view",
        "may consult",
    ],
    fr: &[
        "peut acceder",
        "peuvent acceder",
        "peut avoir acces",
        "peuvent avoir acces",
        "ont acces",
        "a acces",
        "sont autorisees a acceder",
        "sont autorises a acceder",
        "peut consulter",
        "peuvent consulter",
    ],
};

/// What binds a person to secrecy ("has signed a confidentiality agreement", "are bound by",
/// « sont tenus à la confidentialité »): beside persons let at the data, it makes them bound.
pub const PERSONALLY_BOUND: Cue = Cue {
    id: "personally-bound",
    en: &[
        "bound",
        "signed",
        "sign",
        "signs",
        "committed",
        "commit",
        "undertaken",
        "subject to",
        "obliged",
        "required to",
    ],
    fr: &["tenu*", "soumis*", "engage*", "signe*", "astreint*", "oblige*"],
};

pub const CONFIDENTIALITY_COMMITMENT: Cue = Cue {
    id: "confidentiality-commitment",
    en: &["confidentiality", "confidential", "secrecy", "non-disclosure", "nondisclosure"],
    fr: &[
        "confidentialite",
        "confidentiel*",
        "secret professionnel",
        "obligation de secret",
        "discretion",
        "non-divulgation",
    ],
};

// ---------------------------------------------------------------------------------------------
// Security — Art. 28(3)(c), Art. 32
// ---------------------------------------------------------------------------------------------

/// What a security clause talks about.
pub const SECURITY_SUBJECT: Cue = Cue {
    id: "security-subject",
    en: &["measures", "safeguards", "controls", "article 32", "art. 32", "encrypt*", "security", "secure"],
    fr: &["mesures", "garanties", "article 32", "art. 32", "chiffr*", "securite", "securis*"],
};

pub const SECURITY_MEASURES: Cue = Cue {
    id: "security-measures",
    en: &[
        "technical and organisational measures",
        "technical and organizational measures",
        "technical and organisational security measures",
        "technical and organizational security measures",
        "security measures",
        "safeguards",
        "appropriate measures",
        "measures",
    ],
    fr: &[
        "mesures techniques et organisationnelles",
        "mesures de securite",
        "mesures appropriees",
        "mesures techniques",
        "mesures",
    ],
};

pub const SECURITY_PURPOSE: Cue = Cue {
    id: "security-purpose",
    en: &[
        "secur*",
        "article 32",
        "art. 32",
        "articles 32",
        "28(3)(c)",
        "integrity",
        "unauthorised access",
        "unauthorized access",
    ],
    fr: &["securit*", "securis*", "article 32", "art. 32", "articles 32", "integrite", "acces non autorise"],
};

/// The words of a heading that lists a party's duties ("Obligations of the Processor",
/// « Engagements du Prestataire »): with a processor word, its items are the processor's duties
/// even when they have no verb ("- Appropriate security measures").
pub const DUTIES_HEADING: Cue = Cue {
    id: "duties-heading",
    en: &["obligation*", "duties", "responsibilities", "commitments", "undertakings"],
    fr: &["obligation*", "engagements", "devoirs", "responsabilites"],
};

/// The measures of Art. 32 by their full name: implemented, they are the security duty even
/// without the word "security" ("implements appropriate technical and organisational measures to
/// protect visitor data"), unless they are the means of assisting the controller (Art. 28(3)(e)).
pub const TECHNICAL_ORGANISATIONAL_MEASURES: Cue = Cue {
    id: "technical-organisational-measures",
    en: &[
        "technical and organisational measures",
        "technical and organizational measures",
        "technical and organisational security measures",
        "technical and organizational security measures",
        "technical and organisational protective measures",
        "technical and organizational protective measures",
        "toms",
    ],
    fr: &["mesures techniques et organisationnelles", "mesures organisationnelles et techniques"],
};

/// Putting measures in place, active or passive ("measures are implemented", « des mesures
/// adaptées sont mises en œuvre »: a label-led item states the duty without naming who).
pub const IMPLEMENT: Cue = Cue {
    id: "implement",
    en: &[
        "implement*",
        "maintain*",
        "take",
        "takes",
        "taken",
        "adopt*",
        "apply",
        "applies",
        "applied",
        "put in place",
        "in place",
        "deploy*",
        "ensure*",
        "keep",
    ],
    fr: &[
        "met en oeuvre",
        "mettre en oeuvre",
        "mettra en oeuvre",
        "mettent en oeuvre",
        "mis en oeuvre",
        "mise en oeuvre",
        "mises en oeuvre",
        "met en place",
        "mettre en place",
        "mettra en place",
        "mis en place",
        "mise en place",
        "mises en place",
        "prises",
        "deploie*",
        "prend",
        "prendre",
        "maintien*",
        "maintenir",
        "applique*",
        "adopte*",
        "garantit",
        "assure*",
    ],
};

// ---------------------------------------------------------------------------------------------
// Assistance — Art. 28(3)(e), (f)
// ---------------------------------------------------------------------------------------------

pub const ASSIST: Cue = Cue {
    id: "assist",
    en: &[
        "assist*",
        "help*",
        "support*",
        "cooperat*",
        "co-operat*",
        "aid",
        "provide",
        "provides",
        "providing",
        "information you need",
        "information the customer needs",
        "information the controller needs",
        "information needed",
        "information necessary",
        "necessary information",
    ],
    fr: &[
        "aide",
        "aider",
        "aidera",
        "assiste*",
        "assistance",
        "cooper*",
        "accompagne*",
        "concours",
        "soutien*",
        "soutenir",
        "soutient",
        "soutiendra",
        "fournit",
        "fournir",
        "fournira",
        "informations necessaires",
        "informations utiles",
    ],
};

pub const DATA_SUBJECT_REQUESTS: Cue = Cue {
    id: "data-subject-requests",
    en: &[
        "data subject request*",
        "data subjects' request*",
        "data subject's request*",
        "requests from data subjects",
        "requests from a data subject",
        "requests by data subjects",
        "requests to exercise",
        "request to exercise",
        "requests for exercising",
        "data subject rights",
        "data subject's rights",
        "data subjects' rights",
        "rights of data subjects",
        "rights of the data subject",
        "rights of the data subjects",
        "exercise of their rights",
        "exercise their rights",
        "requests from individuals",
        "requests concerning personal data from individuals",
        "request from an individual",
        "data subject makes a",
        "data subject makes any",
        "chapter iii",
        "inquiries from data subjects",
        "enquiries from data subjects",
        "data subject inquir*",
        "data subject enquir*",
        // "Betroffene Personen" translated: the affected persons, people or parties.
        "requests from affected person*",
        "requests from affected people",
        "requests from affected individuals",
        "requests from affected parties",
        "inquiries from affected person*",
        "inquiries from affected people",
        "inquiries from affected individuals",
        "inquiries from affected parties",
        "enquiries from affected person*",
        "enquiries from affected people",
        "enquiries from affected individuals",
        "enquiries from affected parties",
        "rights of affected person*",
        "rights of the affected person*",
        "rights of affected people",
        "rights of the affected people",
        "rights of affected individuals",
        "rights of the affected individuals",
        "rights of affected parties",
        "rights of the affected parties",
        "affected person's rights",
        "affected persons' rights",
        "affected person makes a",
        // "Betroffenenrechte geltend machen" translated: data subjects assert their rights.
        "assert rights",
        "asserts rights",
        "assert their rights",
        "asserts their rights",
        "asserts his rights",
        "asserts her rights",
        "asserting their rights",
        "assert any rights",
        "exercises his rights",
        "exercises her rights",
        "exercises their rights",
        "exercising their rights",
        "articles 12 to 22",
        "articles 12-22",
        "arts. 12 to 22",
        "art. 12 to 22",
        "articles 15 to 22",
        "articles 15-22",
        "arts. 15 to 22",
        // The data subjects as the service's users, whose requests the controller answers.
        "requests from users",
        "requests from end users",
        "requests from end-users",
        "requests of users",
        "user requests",
        "end-user requests",
        // The rights named after the Regulation or by their usual short forms ("GDPR rights
        // requests", "DSARs").
        "gdpr rights",
        "rights under the gdpr",
        "rights under gdpr",
        "uk gdpr rights",
        "privacy rights requests",
        "dsar",
        "dsars",
        "subject access request*",
    ],
    fr: &[
        // « gestion des droits RGPD », « droits issus du RGPD ».
        "droits rgpd",
        "droits issus du rgpd",
        "droits prevus par le rgpd",
        "droits au titre du rgpd",
        "droits informatique et libertes",
        "droits des personnes concernees",
        "droits de la personne concernee",
        "droits des personnes",
        "demandes d'exercice",
        "demande d'exercice",
        "exercice des droits",
        "exercice de leurs droits",
        "demandes des personnes concernees",
        "demandes des personnes",
        "demandes emanant des personnes",
        "demande d'une personne concernee",
        "personne concernee adresse",
        "personne concernee exerce",
        "chapitre iii",
        "requetes des personnes concernees",
        "sollicitations des personnes concernees",
        "demandes emanant de personnes concernees",
        "demandes de personnes concernees",
        "fait valoir ses droits",
        "font valoir leurs droits",
        "faire valoir leurs droits",
        "faire valoir ses droits",
        "exerce ses droits",
        "exercent leurs droits",
        "exercer leurs droits",
        "exercer ses droits",
        "articles 12 a 22",
        "articles 15 a 22",
        "demandes des utilisateurs",
        "demandes d'utilisateurs",
        "demandes de ses utilisateurs",
        "demandes de leurs utilisateurs",
        "demandes des usagers",
    ],
};

/// Arts. 35 and 36 cited by number together, or in a range of Art. 28(3)(f)'s Arts. 32 to 36:
/// one citation that covers both the impact assessment and the prior consultation.
pub const ARTICLES_35_36: Cue = Cue {
    id: "articles-35-36",
    en: &[
        "articles 32 to 36",
        "articles 32-36",
        "articles 32 - 36",
        "arts. 32 to 36",
        "arts. 32-36",
        "articles 35 and 36",
        "articles 35 to 36",
        "articles 30 to 36",
        "articles 30-36",
        "arts. 30 to 36",
        "art. 30 to 36",
        "art. 30-36",
        "art. 32 to 36",
        "art. 32-36",
    ],
    fr: &[
        "articles 32 a 36",
        "articles 35 et 36",
        "articles 30 a 36",
        "articles 32-36",
        "art. 30 a 36",
        "art. 32 a 36",
        "art. 32-36",
    ],
};

pub const IMPACT_ASSESSMENT: Cue = Cue {
    id: "impact-assessment",
    en: &["data protection impact assessment*", "impact assessment*", "dpia", "dpias", "article 35", "art. 35"],
    fr: &[
        "analyse d'impact",
        "analyses d'impact",
        "aipd",
        "etude d'impact",
        "etudes d'impact",
        "article 35",
        "art. 35",
    ],
};

pub const PRIOR_CONSULTATION: Cue = Cue {
    id: "prior-consultation",
    en: &[
        "prior consultation*",
        "article 36",
        "art. 36",
        "consultation with the supervisory authority",
        "consultations with the supervisory authority",
        "consultations with supervisory authorities",
        "consultation of the supervisory authority",
        "consult the supervisory authority",
        "consult the competent supervisory authority",
        "consultation with relevant data protection authorities",
        "consultations with relevant data protection authorities",
        "consultations with the relevant data protection authorities",
        "consultation with data protection authorities",
        "consultations with data protection authorities",
        "consultations with relevant supervisory authorities",
        "consult the relevant supervisory authority",
        "consult with the supervisory authority",
        // The authority named with a determiner or a qualifier ("consult with its relevant data
        // protection or other regulatory authority").
        "consult* with its supervisory",
        "consult* with its data protection",
        "consult* with its relevant",
        "consult* with its competent",
        "consult* with its regulator*",
        "consult* with the relevant",
        "consult* with the competent",
        "consult* with the data protection",
        "consult* with the regulator*",
        "consult* with any supervisory",
        "consult* with any data protection",
        "consult* with supervisory",
        "consult* with regulator*",
        "consult* its supervisory",
        "consult* its data protection",
        "consult* any supervisory",
        "consult* the data protection",
    ],
    fr: &[
        "consultation prealable",
        "consulter prealablement",
        "consulter l'autorite de controle",
        "consulter la cnil",
        "consulter les autorites",
        "consulter l'autorite",
        "consultation de l'autorite",
        "consultation des autorites",
        "consultation de la cnil",
        "consultations prealables",
        "consulter son autorite",
        "consulter toute autorite",
        "consultation aupres de l'autorite",
        "consultation aupres de la cnil",
        "consultations aupres des autorites",
        "consultation de son autorite",
        "article 36",
        "art. 36",
    ],
};

// ---------------------------------------------------------------------------------------------
// End of processing — Art. 28(3)(g)
// ---------------------------------------------------------------------------------------------

pub const DELETE: Cue = Cue {
    id: "delete",
    en: &["delet*", "destroy*", "destruction", "eras*", "purg*", "dispose of", "disposal"],
    fr: &["supprim*", "suppression", "detrui*", "destruction", "effac*"],
};

/// Giving the data back, including the customer retrieving or exporting it itself.
pub const RETURN: Cue = Cue {
    id: "return",
    en: &[
        "return*",
        "retriev*",
        "export*",
        "hand over",
        "hand back",
        "handed over",
        "hands over",
        "handing over",
        "give back",
        "surrender*",
        // "dem Auftraggeber aushändigen" translated.
        "submit to the client",
        "submit to the controller",
        "submit to the customer",
        "submit to the principal",
        "submitted to the client",
        "submitted to the controller",
        "submitted to the customer",
        "submitted to the principal",
        "transfer* the data back",
        "transfer* back",
    ],
    fr: &[
        "restitu*",
        "renvo*",
        "renverra",
        "retourne",
        "retourner",
        "retournera",
        "retour des donnees",
        "export*",
        "recuper*",
        "remet",
        "remettre",
        "remettra",
        "remise",
        "rend",
        "rendre",
        "rendra",
    ],
};

/// Verbs that send data or put it at someone's disposal: a return when what follows is the whole
/// data ("transmit to the Controller all personal data", « met à disposition du Responsable
/// l'ensemble des données »), see [`WHOLE_DATA`].
pub const HAND_OVER: Cue = Cue {
    id: "hand-over",
    en: &["transfer*", "transmit*", "deliver*", "send*", "make* available", "made available", "provide* a copy"],
    fr: &["transmet*", "transfer*", "communique*", "a disposition", "a la disposition", "fourni* une copie"],
};

/// The whole of the data, as what a hand-over at the end gives back ("all personal data",
/// « l'ensemble des données »).
pub const WHOLE_DATA: Cue = Cue {
    id: "whole-data",
    en: &[
        "all data",
        "all personal data",
        "all customer data",
        "all client data",
        "all controller data",
        "all of the data",
        "all such data",
        "a copy of the data",
        "a copy of all",
    ],
    fr: &[
        "l'ensemble des donnees",
        "toutes les donnees",
        "la totalite des donnees",
        "une copie des donnees",
        "une copie de l'ensemble",
    ],
};

/// Deleting and returning offered as two ways of one act, with no word yet on who picks ("the
/// Processor shall delete or return", « le Prestataire supprime ou restitue »).
pub const DELETE_OR_RETURN: Cue = Cue {
    id: "delete-or-return",
    en: &[
        "delete or return*",
        "deletes or returns",
        "return or delete",
        "returns or deletes",
        "destroy or return",
        "destroys or returns",
        "return or destroy",
        "returns or destroys",
        "erase or return",
        "return or erase",
        "delete and/or return",
        "return and/or delete",
        "delete or hand back",
        "erase or hand back",
        "destroy or hand back",
        "hand back or delete",
        "hand back or erase",
        "delete or hand over",
        "hand over or delete",
        "erases or returns",
        "returns or erases",
    ],
    fr: &[
        "supprime ou restitue",
        "supprimer ou restituer",
        "supprimera ou restituera",
        "restitue ou supprime",
        "restituer ou supprimer",
        "restituera ou supprimera",
        "detruit ou restitue",
        "detruire ou restituer",
        "detruira ou restituera",
        "restitue ou detruit",
        "restituer ou detruire",
        "restituera ou detruira",
        "efface ou restitue",
        "effacer ou restituer",
    ],
};

/// A request or instruction: when the controller's, it decides whether the data is deleted or
/// returned ("as instructed by the Customer", « sur demande écrite du Client »).
pub const DIRECTION: Cue = Cue {
    id: "direction",
    en: &["request*", "instruct*", "instruction*", "direct", "directs", "directed", "direction*", "requir*"],
    fr: &["demande*", "instruction*", "requete*", "indication*", "exige*"],
};

/// A duty passed down to others ("bring about the return or deletion also with subcontractors",
/// "require its sub-processors to delete", « imposer à ses sous-traitants ultérieurs »): with a
/// sub-processor named, the deletion or return is the sub-processor's. Not "ensure the
/// deletion … including at sub-processors", which states the processor's own duty.
pub const PASSED_DOWN: Cue = Cue {
    id: "passed-down",
    en: &[
        "bring about",
        "brings about",
        "procure that",
        "procures that",
        "require its",
        "requires its",
        "oblige its",
        "obliges its",
        "impose on its",
        "imposes on its",
        "also with",
        "also at",
        "likewise with",
        "likewise at",
    ],
    fr: &[
        "impose a ses",
        "imposer a ses",
        "exige de ses",
        "exiger de ses",
        "oblige ses",
        "obliger ses",
        "fait supprimer par",
        "faire supprimer par",
        "fait restituer par",
        "faire restituer par",
        "egalement aupres de",
        "egalement chez",
    ],
};

/// The processor barred from deleting *on its own authority* (the German "eigenmächtig"): a rule
/// on who decides a deletion during the contract, not the deletion at its end.
pub const OWN_AUTHORITY: Cue = Cue {
    id: "own-authority",
    en: &[
        "of his own authority",
        "of its own authority",
        "on his own authority",
        "on its own authority",
        "on its own initiative",
        "on his own initiative",
        "of its own accord",
        "of his own accord",
        "arbitrarily",
    ],
    fr: &[
        "de sa propre initiative",
        "de sa propre autorite",
        "de son propre chef",
        "de sa seule initiative",
        "arbitrairement",
    ],
};

/// The end of the services as the deadline itself ("at the latest upon termination of the
/// contract", « au plus tard à la fin du contrat »): a period of no days after it.
pub const AT_THE_LATEST_AT_THE_END: Cue = Cue {
    id: "at-the-latest-at-the-end",
    en: &[
        "at the latest upon termination",
        "at the latest on termination",
        "at the latest at termination",
        "at the latest upon the termination",
        "at the latest on the termination",
        "at the latest upon expiry",
        "at the latest upon the expiry",
        "at the latest upon expiration",
        "at the latest at the end",
        "at the latest upon the end",
        "at the latest by the end",
        "no later than upon termination",
        "no later than the termination",
        "no later than termination",
        "no later than the end of the",
        "no later than the expiry",
        "no later than the expiration",
        "upon termination at the latest",
        "on termination at the latest",
    ],
    fr: &[
        "au plus tard a la fin",
        "au plus tard au terme",
        "au plus tard a l'expiration",
        "au plus tard a la resiliation",
        "au plus tard lors de la resiliation",
        "au plus tard lors de la fin",
        "au plus tard a la cessation",
        "au plus tard lors de la cessation",
        "au plus tard a l'issue",
    ],
};

/// The end of the services, with or without an article ("at end of provision"), and for a
/// self-service offer the customer closing its account or subscription: the service ends there
/// ("when you delete your account, all data is deleted", « à la clôture du compte »).
pub const END_OF_SERVICES: Cue = Cue {
    id: "end-of-services",
    en: &[
        "end of the provision",
        "end of provision",
        "end of the services",
        "end of services",
        "end of the service",
        "end of service",
        "end of the agreement",
        "end of the contract",
        "end of contract",
        "end of processing",
        "end of the subscription",
        "end of subscription",
        "end of your subscription",
        "end of its subscription",
        "agreement ends",
        "contract ends",
        "services end",
        "subscription ends",
        "termination",
        "terminat*",
        "expiry",
        "expiration",
        "cessation",
        "ceases",
        "cancellation of the subscription",
        "cancellation of your subscription",
        "cancel your subscription",
        "cancels its subscription",
        "deletion of the account",
        "deletion of your account",
        "deletion of its account",
        "account deletion",
        "delete your account",
        "deletes its account",
        "deletes their account",
        "closure of the account",
        "closure of your account",
        "account closure",
        "close your account",
        "closes its account",
    ],
    fr: &[
        "terme",
        "fin du contrat",
        "fin de contrat",
        "fin de l'accord",
        "fin des prestations",
        "fin des services",
        "fin du service",
        "fin de la prestation",
        "fin de prestation",
        "fin du marche",
        "fin de l'abonnement",
        "fin de son abonnement",
        "fin de votre abonnement",
        "resiliation",
        "expiration",
        "cessation",
        "issue du contrat",
        "issue de la prestation",
        "suppression du compte",
        "suppression de son compte",
        "suppression de votre compte",
        "supprime son compte",
        "supprimer son compte",
        "supprimez votre compte",
        "supprimer votre compte",
        "cloture du compte",
        "cloture de son compte",
        "cloture de votre compte",
        "fermeture du compte",
        "fermeture de son compte",
        "fermeture de votre compte",
    ],
};

pub const DATA_WORD: Cue = Cue {
    id: "data-word",
    en: &["data", "information", "records", "mailing list"],
    fr: &["donnees", "informations", "fichier*"],
};

/// The noun that says someone chooses ("at its *option*", "au *choix* du Prestataire").
pub const CHOICE_NOUN: Cue = Cue {
    id: "choice-noun",
    en: &["option", "discretion", "election", "choice"],
    fr: &["choix", "discretion", "convenance", "gre", "option"],
};

/// The verb that says someone chooses ("the Controller *chooses*", "Éventia *choisit*").
pub const CHOICE_VERB: Cue = Cue {
    id: "choice-verb",
    en: &["choose", "chooses", "elect", "elects", "decide", "decides", "opt", "opts"],
    fr: &["choisit", "choisir", "choisira", "decide", "decider", "decidera", "opte", "opter"],
};

/// Prepositions that open a choice phrase a fix can replace as a whole ("*at* its option").
pub const CHOICE_PREPOSITIONS: &[&str] = &["at", "in", "au", "a", "selon"];

/// Pronouns that make a choice the subject's own ("at *its* option", "à *sa* discrétion").
pub const OWN_POSSESSIVE: &[&str] = &["its", "their", "sa", "son", "ses", "leur"];

/// Words before a role that make it the owner of the choice after the choice word ("choice *of
/// the* Controller", "au choix *du* Client").
pub const CHOICE_OWNER_LINK: &[&str] = &[
    "of", "the", "that", "by", "said", "du", "de", "d'", "la", "le", "l'", "des", "par", "que", "qu'", "ledit",
    "ladite",
];

pub const CERTIFY_DELETION: Cue = Cue {
    id: "certify-deletion",
    en: &[
        "certify",
        "certifies",
        "certified",
        "certifying",
        "certificate*",
        "certification of",
        "certification that",
        "written confirmation",
        "confirm in writing",
        "confirms in writing",
        "confirm the deletion",
        "confirm such deletion",
        "confirmation in writing",
        "attest*",
        "proof of deletion",
        "proof of destruction",
        "evidence of deletion",
        "evidence of destruction",
        "written record of",
        "confirmation of deletion",
        "confirmation of the deletion",
        "deletion confirmation",
        "confirm deletion",
        "confirms deletion",
        "confirm the destruction",
        // The passive of German-register contracts: "the deletion shall be confirmed to the
        // Controller in writing".
        "confirmed in writing",
        "confirmed to the controller",
        "confirmed to the customer",
        "confirmed to the client",
        "confirmed to the principal",
        // The deletion done in a way that can be certified: "certifiably delete or destroy".
        "certifiabl*",
    ],
    fr: &[
        "certifie",
        "certifier",
        "certifiera",
        "certifiant",
        "certificat*",
        "attestation",
        "atteste*",
        "proces-verbal",
        "confirme par ecrit",
        "confirmer par ecrit",
        "confirmee par ecrit",
        "confirmees par ecrit",
        "confirmes par ecrit",
        "confirmee au responsable",
        "confirmee au client",
        "confirmation ecrite",
        "justificatif",
        "justifie par ecrit",
        "justifier par ecrit",
        "justifiera par ecrit",
        "attester par ecrit",
        "preuve de la suppression",
        "preuve de la destruction",
        "confirme la suppression",
        "confirmer la suppression",
        "confirmera la suppression",
        "confirmation de la suppression",
        "confirmation de suppression",
        "journal de suppression",
        "de maniere certifiee",
        "de facon certifiee",
    ],
};

/// Confirming something, which with a written form and a deletion in the same sentence is a
/// written confirmation of it whatever stands between ("confirms the erasure to the Customer in
/// writing on request", « confirme l'effacement par écrit »).
pub const CONFIRM: Cue = Cue { id: "confirm", en: &["confirm*"], fr: &["confirm*"] };

/// A written form ("in writing", « par écrit », « par courriel »).
pub const WRITTEN: Cue = Cue {
    id: "written",
    en: &["in writing", "written", "in text form", "by email", "by e-mail"],
    fr: &["par ecrit", "ecrite", "ecrites", "par courriel", "par e-mail", "par courrier"],
};

/// When the deletion took place, which the processor reports on ("information on the nature and
/// the time of the deletion", a deletion log, « la date de la suppression »): a confirmation of
/// the deletion in other words.
pub const DELETION_MOMENT: Cue = Cue {
    id: "deletion-moment",
    en: &[
        "time of the deletion",
        "time of deletion",
        "time of the data's deletion",
        "time of their deletion",
        "date of the deletion",
        "date of deletion",
        "date of their deletion",
        "time of the destruction",
        "date of the destruction",
        "date of destruction",
        "deletion log*",
        "deletion protocol*",
        "deletion record*",
        "deletion report*",
    ],
    fr: &[
        "date de la suppression",
        "date de suppression",
        "date de leur suppression",
        "date de la destruction",
        "date de destruction",
        "date de leur destruction",
        "moment de la suppression",
    ],
};

/// Words opening an exception to the deletion duty ("unless", « sauf », « à l'exception de »).
pub const EXCEPTION_OPENER: Cue = Cue {
    id: "exception-opener",
    en: &["unless", "except", "save where", "save to the extent", "other than"],
    fr: &["sauf", "a l'exception", "hormis", "excepte", "a moins que", "a moins qu'"],
};

/// A legal duty to keep the data, the usual exception to deletion.
pub const LEGAL_OBLIGATION: Cue = Cue {
    id: "legal-obligation",
    en: &["law", "laws", "legal", "legislation", "statutory", "regulation*", "required by"],
    fr: &["loi", "lois", "legal*", "legislation", "reglementation", "reglementaire*", "obligation* legale*"],
};

pub const BACKUP: Cue = Cue {
    id: "backup",
    en: &["backup*", "back-up*", "back up", "archive*", "archival"],
    fr: &["sauvegarde*", "archive*", "archivage"],
};

// ---------------------------------------------------------------------------------------------
// Own purposes — Art. 28(10)
// ---------------------------------------------------------------------------------------------

/// A permission for the processor to do something with the data.
pub const USE_LICENCE: Cue = Cue {
    id: "use-licence",
    en: &[
        "may use",
        "may process",
        "may create",
        "may aggregate",
        "may anonymise",
        "may anonymize",
        "may de-identify",
        "may analyse",
        "may analyze",
        "may retain",
        "may share",
        "may disclose",
        "may exploit",
        "may commercialise",
        "may commercialize",
        "may reuse",
        "may re-use",
        "may publish",
        "may sell",
        "is entitled to use",
        "shall be entitled to use",
        "is permitted to use",
        "is authorised to use",
        "is authorized to use",
        "reserves the right to use",
        "right to use",
        "licence to use",
        "license to use",
        "free to use",
    ],
    fr: &[
        "peut utiliser",
        "pourra utiliser",
        "peut exploiter",
        "pourra exploiter",
        "peut reutiliser",
        "pourra reutiliser",
        "peut conserver",
        "pourra conserver",
        "peut traiter",
        "pourra traiter",
        "peut creer",
        "pourra creer",
        "peut constituer",
        "pourra constituer",
        "peut agreger",
        "pourra agreger",
        "peut anonymiser",
        "pourra anonymiser",
        "peut commercialiser",
        "peut publier",
        "peut vendre",
        "pourra vendre",
        "est autorise a utiliser",
        "est autorisee a utiliser",
        "est en droit d'utiliser",
        "se reserve le droit d'utiliser",
        "droit d'utiliser",
        "droit d'exploiter",
        "a les utiliser",
        "a utiliser",
        "a constituer",
        "a exploiter",
        "a reutiliser",
    ],
};

/// A passive permission: the data "may be used" by someone, in practice the processor.
pub const PASSIVE_USE_LICENCE: Cue = Cue {
    id: "passive-use-licence",
    en: &["may be used", "may be processed", "may be shared", "may be sold", "may be disclosed"],
    fr: &[
        "peuvent etre utilisees",
        "pourront etre utilisees",
        "peuvent etre exploitees",
        "pourront etre exploitees",
        "peut etre utilise",
        "peuvent etre cedees",
    ],
};

/// A passive statement of what the data is used for, permission or not ("Data is collected to
/// …", « Les données sont utilisées pour … »): an own use when what follows markets or sells the
/// processor's own offering ([`PROCESSOR_OFFERING`]).
pub const PASSIVE_USE_STATEMENT: Cue = Cue {
    id: "passive-use-statement",
    en: &[
        "is collected",
        "are collected",
        "is used",
        "are used",
        "is also used",
        "are also used",
        "is processed",
        "are processed",
        "is also processed",
        "are also processed",
    ],
    fr: &[
        "est collectee*",
        "sont collectees",
        "est utilisee*",
        "sont utilisees",
        "sont egalement utilisees",
        "est traitee*",
        "sont traitees",
        "sont egalement traitees",
    ],
};

/// The processor's own offering as the object of marketing or sale ("marketing and selling the
/// Services", "advertising of our products", « la promotion de ses services »).
pub const PROCESSOR_OFFERING: Cue = Cue {
    id: "processor-offering",
    en: &[
        "the services",
        "our services",
        "its services",
        "our own services",
        "its own services",
        "our products",
        "its products",
        "our own products",
        "its own products",
        "the provider's services",
    ],
    fr: &[
        "les services",
        "nos services",
        "ses services",
        "ses propres services",
        "nos produits",
        "ses produits",
        "ses propres produits",
        "des services du prestataire",
    ],
};

/// A grant by the controller to the processor ("Customer authorises Provider to use …"): the
/// controller is named first but the licence is the processor's.
pub const LICENCE_GRANT: Cue = Cue {
    id: "licence-grant",
    en: &["authorises", "authorizes", "authorise", "authorize", "grants", "grant", "permits", "allows", "consents"],
    fr: &["autorise", "autoriser", "accorde", "concede", "permet", "consent"],
};

/// Own purposes the catalogue rates as errors: training models on the data.
pub const OWN_PURPOSE_TRAINING: Cue = Cue {
    id: "own-purpose-training",
    en: &[
        "machine learning",
        "machine-learning",
        "artificial intelligence",
        "ai model*",
        "ai system*",
        "ai training",
        "generative ai",
        "model training",
        "training of models",
        "training of its models",
        "training of our models",
        "train its models",
        "train our models",
        "train models",
        "train and improve",
        "train or improve",
        "to train",
        "language model*",
        "foundation model*",
        "llm",
        "llms",
        "neural network*",
        "training data",
        "training dataset*",
    ],
    fr: &[
        "apprentissage automatique",
        "apprentissage machine",
        "intelligence artificielle",
        "entrainement",
        "entrainer",
        "modele d'ia",
        "modeles d'ia",
        "modeles d'intelligence artificielle",
        "modele de langage",
        "modeles de langage",
        "donnees d'entrainement",
        "ia generative",
    ],
};

/// Selling or renting the data (or what is derived from it).
pub const OWN_PURPOSE_SALE: Cue = Cue {
    id: "own-purpose-sale",
    en: &[
        "sell",
        "sells",
        "sold",
        "selling",
        "sale",
        "resell*",
        "rent",
        "monetis*",
        "monetiz*",
        "commercialis*",
        "commercializ*",
        "data broker*",
    ],
    fr: &[
        "vendre",
        "vend",
        "vendra",
        "vendu",
        "vendus",
        "vendue",
        "vendues",
        "vente",
        "revendre",
        "revente",
        "monetis*",
        "commercialis*",
        "ceder a des tiers",
        "louer",
    ],
};

pub const OWN_PURPOSE_MARKETING: Cue = Cue {
    id: "own-purpose-marketing",
    en: &[
        "marketing",
        "advertis*",
        "promotional",
        "targeted ads",
        "ad targeting",
        "prospecting",
        "promote its",
        "offer its",
        "its own products",
        "its other products",
        "cross-sell*",
        "upsell*",
        "commercial offers",
    ],
    fr: &[
        "marketing",
        "publicit*",
        "prospection",
        "ciblage",
        "promotion commerciale",
        "promotionnel*",
        "a titre payant",
        "offre commerciale",
        "offres commerciales",
        "sollicitation commerciale",
        "sollicitations commerciales",
        "ses propres produits",
        "ses autres produits",
    ],
};

/// A use stated as a fact, by whoever is named before it or by nobody ("is used for model
/// training", « Le Prestataire l'utilise pour son propre compte »).
pub const STATED_USE: Cue = Cue {
    id: "stated-use",
    en: &["is used", "are used", "is also used", "are also used", "uses", "reuses", "re-uses", "exploits"],
    fr: &["est utilise*", "sont utilise*", "utilise", "reutilise", "exploite"],
};

/// The processor's own purposes named as such, as the subject of a prohibition with an
/// exception (« aucun traitement pour ses propres finalités, à l'exception de … »).
pub const OWN_PURPOSES: Cue = Cue {
    id: "own-purposes",
    en: &["own purposes", "own business purposes", "own account", "own benefit"],
    fr: &["propres finalites", "propres fins", "propre compte", "propres besoins", "propre usage"],
};

/// A use of the data carved out of the processor's duties ("without prejudice to the use of
/// information derived from Personal Data for …"): a licence in the form of a reservation.
pub const USE_RESERVATION: Cue = Cue {
    id: "use-reservation",
    en: &[
        "without prejudice to the use",
        "without prejudice to its use",
        "without prejudice to the processor's use",
        "without prejudice to the provider's use",
        "except for the use",
        "except the use",
        "other than the use",
        "save for the use",
        "with the exception of the use",
        "excluding the use",
    ],
    fr: &[
        "sans prejudice de l'utilisation",
        "sans prejudice de l'usage",
        "sans prejudice du traitement",
        "a l'exception de l'utilisation",
        "a l'exception de l'usage",
        "sauf l'utilisation",
        "hormis l'utilisation",
    ],
};

/// Vaguer own purposes, rated as warnings: improving or developing the processor's offer,
/// benchmarks, research, statistics, "its own purposes".
pub const OWN_PURPOSE_IMPROVEMENT: Cue = Cue {
    id: "own-purpose-improvement",
    en: &[
        "improve*",
        "improving",
        "improvement*",
        "develop",
        "develops",
        "developing",
        "development",
        "enhance*",
        "enhancing",
        "benchmark*",
        "research",
        "statistic*",
        "for its own purposes",
        "for its own business purposes",
        "for its own account",
        "own purposes",
        "legitimate business purposes",
        "its business purposes",
        "its lawful business purposes",
        "its internal business purposes",
        "its general business purposes",
        "its own commercial purposes",
        "its commercial purposes",
        "any lawful purpose*",
        "any lawful business purpose*",
        "aggregate analytics",
        "aggregated analytics",
    ],
    fr: &[
        "amelior*",
        "analyses agregees",
        "developp*",
        "enrichi*",
        "etalonnage",
        "benchmark*",
        "recherche*",
        "statistique*",
        "a ses propres fins",
        "pour son propre compte",
        "pour ses propres besoins",
        "propres fins",
        "propres finalites",
        "ses fins commerciales",
        "ses finalites commerciales",
        "ses besoins internes",
        "ses propres activites",
        "toute fin licite",
        "toutes fins licites",
    ],
};

/// The word restricting processing to the purposes named next ("will process the data only: to
/// provide and improve the Service", « ne traite les données que pour fournir et améliorer »).
pub const PROCESSING_RESTRICTION: Cue = Cue {
    id: "processing-restriction",
    en: &["only", "solely", "exclusively"],
    fr: &["uniquement", "exclusivement", "seulement", "que pour", "qu'aux fins", "qu'afin"],
};

/// A permission that opens a list ("Provider may:", « le Prestataire pourra : »): each item
/// that begins with a use verb is a licence of its own.
pub const LIST_PERMISSION: Cue = Cue {
    id: "list-permission",
    en: &[
        "may",
        "can",
        "is entitled to",
        "shall be entitled to",
        "is permitted to",
        "is authorised to",
        "is authorized to",
        "reserves the right to",
    ],
    fr: &["peut", "pourra", "est autorise a", "est autorisee a", "est en droit de", "se reserve le droit de"],
};

/// Using the data, as the first word of an item under a [`LIST_PERMISSION`].
pub const USE_VERB: Cue = Cue {
    id: "use-verb",
    en: &[
        "use",
        "process",
        "create",
        "aggregate",
        "anonymise",
        "anonymize",
        "de-identify",
        "analyse",
        "analyze",
        "retain",
        "share",
        "disclose",
        "exploit",
        "reuse",
        "re-use",
        "publish",
        "sell",
        "commercialise",
        "commercialize",
    ],
    fr: &[
        "utiliser",
        "exploiter",
        "reutiliser",
        "traiter",
        "creer",
        "constituer",
        "agreger",
        "anonymiser",
        "conserver",
        "partager",
        "communiquer",
        "vendre",
        "commercialiser",
    ],
};

/// Words that keep an improvement for the controller's own service ("to improve the Services
/// provided to the Customer").
pub const FOR_THE_CONTROLLER_ONLY: Cue = Cue {
    id: "for-the-controller-only",
    en: &[
        "provided to the customer",
        "provided to customer",
        "provided to the controller",
        "for the sole benefit of",
        "for the benefit of the customer",
        "for the benefit of customer",
        "for the benefit of the controller",
        "solely for the customer",
        "only for the customer",
        "solely for the controller",
        "only for the controller",
    ],
    fr: &[
        "fournis au client",
        "fournies au client",
        "fournis au responsable",
        "au seul benefice du client",
        "au benefice du client",
        "au seul benefice du responsable",
        "exclusivement pour le client",
        "uniquement pour le client",
        "exclusivement pour le compte du client",
        "uniquement pour le compte du client",
    ],
};

/// Words that extend a use to everyone the processor serves.
pub const ACROSS_CUSTOMERS: Cue = Cue {
    id: "across-customers",
    en: &[
        "all its customers",
        "all of its customers",
        "all customers",
        "other customers",
        "its customers",
        "other products",
        "other services",
        "new features",
        "new products",
    ],
    fr: &[
        "ensemble des clients",
        "ensemble de ses clients",
        "tous ses clients",
        "autres clients",
        "ses clients",
        "autres produits",
        "autres services",
        "nouvelles fonctionnalites",
    ],
};
