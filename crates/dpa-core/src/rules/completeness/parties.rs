//! ART28-PARTIES: the controller and the processor must both be identified.

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, PartyFact, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::{first_bracketed_blank, names_a_party, role_of_term, Roles};
use crate::rules::search::{is_whole_phrase, missing_target, sentences_in, with_certainty_hint, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct Parties;

static META: RuleMeta = RuleMeta {
    id: "ART28-PARTIES",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3), 28(9)",
    summary: L10n::new(
        "The controller or the processor is not identified (no party fact and no sentence naming it).",
        "Le responsable du traitement ou le sous-traitant n'est pas identifié (ni fait de partie, ni phrase le désignant).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the contract names both the controller and the processor: a party fact (`[[controller: …]]`, `[[processor: …]]`), or a sentence introducing the parties (`between X (the \"Customer\") and Y (the \"Provider\")`, `entre X … (le « Client ») et Y … (le « Prestataire »)`) whose roles are clear from the defined names or from a sentence such as \"the Customer acts as controller\", or a roles list (\"- Customer: Data Controller\"), or a second role stated with its verb left out after the first (\"the Club is the controller and Pellmark Ltd the processor\"), or a name given the role's usual term in parentheses anywhere (`Acme Ltd (the \"Vendor\")`). In a provider's standard terms that name the provider, the customer who accepts them may be described instead of named, once a sentence gives it the controller's role (`the subscribing organisation, acting as controller`); not under a condition (`where …`). A name left as a blank (`[CUSTOMER LEGAL NAME]`, `[●]`, `[[controller: ?]]`) does not identify anyone.",
            "Vérifie que le contrat désigne à la fois le responsable du traitement et le sous-traitant : un fait de partie (`[[responsable-du-traitement : …]]`, `[[sous-traitant : …]]`), ou une phrase qui présente les parties (`entre X … (le « Client ») et Y … (le « Prestataire »)`) dont les rôles ressortent des noms définis ou d'une phrase telle que « le Client agit en qualité de responsable du traitement », ou par une liste des rôles (« - Client : responsable du traitement »), ou par un second rôle énoncé sans son verbe après le premier (« l'Association est responsable du traitement et Pellmark Logiciels sous-traitant »), ou par un nom suivi entre parenthèses du terme usuel du rôle, où qu'il se trouve (`Acme SAS (le « Prestataire »)`). Dans les conditions standard d'un prestataire qui se nomme, le client qui les accepte peut être décrit plutôt que nommé, dès lors qu'une phrase lui donne le rôle de responsable du traitement (`pour le compte de son client (« le Responsable de traitement »)`), hors condition (« lorsque … »). Un nom laissé en blanc (`[NOM DU CLIENT]`, `[●]`, `[[responsable-du-traitement : ?]]`) n'identifie personne.",
        ),
        why: L10n::new(
            "Art. 28(3) requires a contract that binds the processor with regard to the controller, and Art. 28(9) that it be in writing: a contract that does not say who the controller and the processor are binds no one to anyone. When a training contractor leaked immigration data in the OFII case (January 2026), the controller's first question was which entity was bound by which duties.",
            "L'art. 28(3) exige un contrat qui lie le sous-traitant à l'égard du responsable du traitement, et l'art. 28(9) qu'il soit écrit : un contrat qui ne dit pas qui sont le responsable et le sous-traitant n'engage personne envers personne. Lors de la fuite de données d'immigration par un prestataire de formation de l'OFII (janvier 2026), la première question du responsable a été de savoir quelle entité était tenue de quelles obligations.",
        ),
        failing: "This agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and the provider named in the order form.\n\n# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions.\n",
        passing: "This agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and [[processor: Quillon Cloud SAS, FR]] (the \"Provider\").\n\n# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions.\n",
        companion: None,
    },
};

/// What the document says about one role.
enum Identification {
    Named,
    /// Only a blank stands where the name should be.
    Blank(Span),
    Missing,
}

impl Rule for Parties {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let roles = Roles::of(cx);
        for role in [PartyRole::Controller, PartyRole::Processor] {
            match identification(cx, &roles, role) {
                Identification::Named => {}
                Identification::Blank(span) => {
                    let (en, fr) = role_words(role);
                    let message = Message::new(
                        format!("The {en}'s name is still a blank. Art. 28(3) requires a contract that binds the processor to a controller it names: fill in the {en}'s legal name, registered office and registration number before signature."),
                        format!("Le nom du {fr} est encore un blanc. L'art. 28(3) exige un contrat qui lie le sous-traitant à un responsable du traitement qu'il désigne : indiquez la dénomination, le siège et le numéro d'immatriculation du {fr} avant la signature."),
                    );
                    let hint = match role {
                        PartyRole::Processor => L10n::new(
                            "write the processor as `[[processor: …]]`",
                            "écrivez le sous-traitant `[[sous-traitant : …]]`",
                        ),
                        _ => L10n::new(
                            "write the controller as `[[controller: …]]`",
                            "écrivez le responsable du traitement `[[responsable-du-traitement : …]]`",
                        ),
                    };
                    let message = inference_note(message, cx.doc.prose, hint);
                    sink.report(cx, &META, span, message).inferred(cx.doc.prose);
                }
                Identification::Missing => {
                    let (span, inferred, _) = missing_target(cx, ClauseKind::Parties);
                    let (en, fr) = role_words(role);
                    let message = Message::new(
                        format!("The {en} is not identified: there is no `[[{}: …]]` fact and no sentence naming it as a party. Art. 28(3) requires a contract that binds the processor to a named controller; without the name, nobody can enforce the processor's duties. Name the {en} with its legal name, country and registration number.", role.id()),
                        format!("Le {fr} n'est pas identifié : aucun fait `[[{}: …]]` ni aucune phrase ne le désigne comme partie. L'art. 28(3) exige un contrat qui lie le sous-traitant à un responsable du traitement désigné ; sans ce nom, personne ne peut exiger l'exécution des obligations du sous-traitant. Désignez le {fr} par sa dénomination, son pays et son numéro d'immatriculation.", french_role_word(role)),
                    );
                    let message = with_certainty_hint(message, ClauseKind::Parties, inferred);
                    let fix = fixes::add_to_clause(
                        cx,
                        ClauseKind::Parties,
                        L10n::new("Parties", "Parties"),
                        model_sentence(role, cx.doc.prose),
                    );
                    sink.report(cx, &META, span, message).with_fix(fix).inferred(inferred);
                }
            }
        }
    }
}

fn identification(cx: &Context<'_>, roles: &Roles, role: PartyRole) -> Identification {
    let mut blank = None;
    for party in cx.doc.parties.iter().filter(|party| plays(party.role, role)) {
        if names_someone(party) {
            return Identification::Named;
        }
        blank.get_or_insert(party.span);
    }
    for name in roles.names.iter().filter(|name| name.role == Some(role)) {
        if !name.blank {
            return Identification::Named;
        }
        blank.get_or_insert(name.term_span);
    }
    if labelled(cx, role) || addresses_its_customer(cx, roles) {
        return Identification::Named;
    }
    // "between Boulangeries Duval SA, as controller, and Quillon Cloud SAS, as processor"
    let (statement, noun, words) = match role {
        PartyRole::Processor => (&cues::PROCESSOR_ROLE_STATEMENT, &cues::PROCESSOR_ROLE_NOUN, &cues::PROCESSOR_WORDS),
        _ => (&cues::CONTROLLER_ROLE_STATEMENT, &cues::CONTROLLER_ROLE_NOUN, &cues::CONTROLLER_WORDS),
    };
    let introduced = sentences_in(cx, &[]).filter(|sentence| !sentence.text().contains('[')).any(|sentence| {
        sentence.matches(statement).into_iter().any(|(start, _)| {
            !blank_party_before(cx, roles, &sentence, start)
                && (sentence.states(&cues::PARTY_SENTENCE) || party_named_before(cx, roles, &sentence, start))
        }) || sentence.mentions(noun).into_iter().any(|noun| role_noun_names_party(cx, roles, &sentence, noun))
            // "Studio Lumen (« le Prestataire ») héberge …", "Acme Ltd (the "Vendor") provides …":
            // a name given the role's usual defined term, wherever the clause stands.
            || sentence.mentions(words).into_iter().any(|term| {
                !given_to_a_blank(roles, &sentence, term)
                    && alias_opening(&sentence, term).is_some_and(|open| party_named_before(cx, roles, &sentence, open))
            })
    });
    if introduced {
        return Identification::Named;
    }
    if role == PartyRole::Controller && blank.is_none() && controller_is_the_accepting_customer(cx, roles) {
        return Identification::Named;
    }
    blank.map_or(Identification::Missing, Identification::Blank)
}

/// "Le Client utilisateur du service, agissant en qualité de Responsable du Traitement", « pour
/// le compte de son client (« le Responsable de traitement ») », "the subscribing organisation
/// acts as controller": a provider's standard terms bind the processor, named by its name, to
/// whichever customer accepts them, and describe that customer instead of naming it. The
/// description identifies the controller once a sentence gives it the role, the processor is
/// named and no party's name is left as a blank; an annex that only defines "Responsable de
/// traitement" in the law's words still names no controller.
fn controller_is_the_accepting_customer(cx: &Context<'_>, roles: &Roles) -> bool {
    let processor_named = matches!(identification(cx, roles, PartyRole::Processor), Identification::Named);
    if !processor_named || roles.names.iter().any(|name| name.blank) {
        return false;
    }
    let unfilled = |sentence: &Sentence<'_>| {
        let span = sentence.span();
        sentence.text().contains('[')
            || cx.doc.placeholders.iter().any(|p| span.start <= p.span.start && p.span.start < span.end)
    };
    sentences_in(cx, &[]).filter(|sentence| !unfilled(sentence)).any(|sentence| {
        let role_given = sentence.matches(&cues::CONTROLLER_ROLE_STATEMENT).into_iter().any(|(start, _)| {
            let subject = &sentence.paragraph.folded.folded[sentence.range.0..start];
            describes_a_party(subject)
        });
        role_given
            || sentence.mentions(&cues::CONTROLLER_ROLE_NOUN).into_iter().any(|noun| {
                alias_opening(&sentence, noun)
                    .is_some_and(|open| describes_a_party(&sentence.paragraph.folded.folded[sentence.range.0..open]))
            })
    })
}

/// Whether folded `subject`, the words before a role is given, describe a party outright: some
/// word, and no condition ("where the Customer acts as controller" gives a role it may play).
fn describes_a_party(subject: &str) -> bool {
    let words: Vec<&str> = dpa_lexicon::words(subject).collect();
    words.iter().any(|word| word.len() > 2) && !words.iter().any(|word| cues::CONDITIONAL_ROLE.contains(word))
}

/// "Controller: Liffeyside Dental Group Limited, company number 648213, …"; the Commission's
/// annex writes the label with an instruction in brackets or italics and the name in the next
/// paragraph ("**Controller(s):** *[Identity and contact details …]*", then the name).
fn labelled(cx: &Context<'_>, role: PartyRole) -> bool {
    let paragraphs: Vec<_> = cx.doc.paragraphs.iter().filter(|p| !p.is_table_row).collect();
    paragraphs.iter().enumerate().any(|(index, paragraph)| {
        let Some((label, value)) = paragraph.text.split_once(':') else { return false };
        let raw_label = label.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        let label = dpa_lexicon::fold(raw_label);
        let value = value.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        if role_given_to_label(raw_label, value, role) {
            return true;
        }
        if role_of_term(label.strip_suffix("(s)").unwrap_or(&label)) != Some(role) {
            return false;
        }
        let instruction_only = value.is_empty()
            || (value.starts_with('[') && value.ends_with(']'))
            || cues::FIELD_INSTRUCTION.find(&FoldedText::new(value, 0)).is_some_and(|(start, _)| start == 0);
        let (value, holder) = match paragraphs.get(index + 1) {
            // "Data exporter: Identity and contact details …", then "Name: …": the name is the
            // next field's value.
            Some(next) if instruction_only && next.clause == paragraph.clause => {
                let field_value = next.text.split_once(':').filter(|(label, _)| label.split_whitespace().count() <= 2);
                (field_value.map_or(next.text.as_str(), |(_, value)| value.trim()), next)
            }
            _ => (value, paragraph),
        };
        // "Controller: {{customer_name}} (« Client »)": the alias after a blank names nobody.
        let blank = first_bracketed_blank(value).is_some()
            || cx.doc.placeholders.iter().any(|p| holder.span.start <= p.span.start && p.span.end <= holder.span.end);
        // A name opens the value; a definition of the role opens with a common noun ("La
        // personne physique ou morale qui …").
        let opens_with_name = value.split_whitespace().take(3).any(names_a_party);
        value.split_whitespace().count() >= 2 && opens_with_name && !blank
    })
}

/// "- Customer: Data Controller", « Le Prestataire : sous-traitant »: a roles list gives each
/// party (its name or its defined term) its role as the value, the reverse of "Controller: Acme".
fn role_given_to_label(label: &str, value: &str, role: PartyRole) -> bool {
    let role_words = value.split(['(', ',', ';', '.']).next().unwrap_or(value).trim_end_matches(['*', '_', ' ']);
    role_of_term(&dpa_lexicon::fold(role_words)) == Some(role)
        && role_of_term(&dpa_lexicon::fold(label)).is_none_or(|own| own == role)
        && label.split_whitespace().count() <= 4
        && label.split_whitespace().any(names_a_party)
        && first_bracketed_blank(label).is_none()
}

/// "… between Plausible Analytics and the customer", "by and between Secoda, Inc. ("Vendor"),
/// and Customer": a provider's standard terms name the provider and address whichever customer
/// accepts them by the role word alone. With the provider named by its name and no blank in the
/// sentence, the customer is the controller and the provider the processor.
fn addresses_its_customer(cx: &Context<'_>, roles: &Roles) -> bool {
    sentences_in(cx, &[]).any(|sentence| {
        let Some(&(_, between_end)) = sentence.matches(&cues::PARTY_SENTENCE).first() else { return false };
        let parties_span = sentence.source_span((between_end, sentence.range.1));
        let blank = first_bracketed_blank(cx.text(parties_span)).is_some()
            || cx
                .doc
                .placeholders
                .iter()
                .any(|p| parties_span.start <= p.span.start && p.span.start < parties_span.end);
        if blank {
            return false;
        }
        let folded = &sentence.paragraph.folded.folded;
        sentence.mentions(&cues::CONTROLLER_WORDS).into_iter().any(|(start, end)| {
            if start < between_end || is_whole_phrase(&cues::CONTROLLER_ROLE_NOUN, &folded[start..end]) {
                return false;
            }
            let before = folded[between_end..start].trim_end();
            let before =
                ["the", "le", "la", "l'"].iter().find_map(|article| before.strip_suffix(article)).unwrap_or(before);
            let before = before.trim_end().trim_end_matches(',').trim_end();
            let a_party_of_its_own = before.is_empty()
                || before.ends_with(" and")
                || before.ends_with(" et")
                || before == "and"
                || before == "et";
            let after = folded[end..sentence.range.1].trim_start();
            let ends_the_party = after.is_empty()
                || after.starts_with([',', '(', '.', ';'])
                || after.starts_with("and ")
                || after.starts_with("et ");
            let provider_named = || {
                let text = without_placeholders(cx, parties_span);
                let named = dpa_lexicon::words(&text)
                    .any(|word| names_a_named_party(roles, word) && role_of_term(&dpa_lexicon::fold(word)).is_none());
                named
            };
            a_party_of_its_own && ends_the_party && provider_named()
        })
    })
}

/// Whether the words right before folded offset `at` (after the last comma, parenthesis or
/// "and") name a party: a capitalised word other than a role noun or an opening word ("GitHub",
/// "the Customer", "SEPTEO IT SOLUTIONS"), in a clause that is not a condition ("where Customer
/// acts as a processor" states a role it may play, not the one the contract gives it).
fn party_named_before(cx: &Context<'_>, roles: &Roles, sentence: &Sentence<'_>, at: usize) -> bool {
    let words = words_before(cx, sentence, at);
    let conditional = words.iter().any(|word| cues::CONDITIONAL_ROLE.contains(&dpa_lexicon::fold(word).as_str()));
    !conditional && words.iter().any(|word| names_a_named_party(roles, word))
}

/// Whether the words right before `at` are a name given to a blank party: "entre
/// l'Établissement (Responsable du Traitement)" where the Établissement's name is still
/// "[Nom complet …]".
fn blank_party_before(cx: &Context<'_>, roles: &Roles, sentence: &Sentence<'_>, at: usize) -> bool {
    words_before(cx, sentence, at).iter().any(|word| names_a_party(word) && roles.names_a_blank_party(word))
}

/// The last five words before folded offset `at`, in its clause (after the last comma,
/// parenthesis or "and"), template variables left out. A parenthesis closing at most one word
/// before `at` describes the party named before it ("KonaData (publisher of the platform) acts
/// as processor", « Le Client (l'organisation inscrite, représentée par …) est le responsable »,
/// « X (éditeur) agit en qualité de sous-traitant »): the words before it are read too.
fn words_before(cx: &Context<'_>, sentence: &Sentence<'_>, at: usize) -> Vec<String> {
    let folded = &sentence.paragraph.folded.folded[sentence.range.0..at];
    let clause_start = [", ", "; ", ": ", "(", ")", " and ", " et ", " that ", " que ", " between ", " entre "]
        .iter()
        .filter_map(|separator| folded.rfind(separator).map(|found| found + separator.len()))
        .max()
        .unwrap_or(0);
    let span = sentence.source_span((sentence.range.0 + clause_start, at));
    let text = without_placeholders(cx, span);
    let mut words: Vec<String> = dpa_lexicon::words(&text).rev().take(5).map(str::to_string).collect();
    let described_party = folded.rfind(')').filter(|&close| folded[close + 1..].split_whitespace().count() <= 1);
    if let Some(open) = described_party.and_then(|close| folded[..close].rfind('(')) {
        words.extend(words_before(cx, sentence, sentence.range.0 + open));
        words.truncate(5);
    }
    words
}

/// A word naming a party whose name is filled in: "l'Établissement" given to a party whose name
/// is still "[Nom complet de l'établissement]" names no one.
fn names_a_named_party(roles: &Roles, word: &str) -> bool {
    names_a_party(word) && !roles.names_a_blank_party(word)
}

/// The source text of `span` with its template variables (`{{legalName}}`, `{EDITEUR.nom}`)
/// blanked out: a variable's identifier is no name.
fn without_placeholders(cx: &Context<'_>, span: Span) -> String {
    let mut text = cx.text(span).to_string();
    for placeholder in cx.doc.placeholders.iter().filter(|p| span.start <= p.span.start && p.span.end <= span.end) {
        let range = placeholder.span.start - span.start..placeholder.span.end - span.start;
        let width = text.get(range.clone()).map_or(0, str::len);
        if width > 0 {
            text.replace_range(range, &" ".repeat(width));
        }
    }
    text
}

/// What follows "is" / "est" opening `text`.
fn complement_after_role_verb(text: &str) -> Option<&str> {
    cues::ROLE_IS.iter().find_map(|verb| text.strip_prefix(verb)?.strip_prefix(' '))
}

/// A role noun given to a named party without a role statement: in apposition ("JIS COMPUTING,
/// le Sous-Traitant, s'engage"), as the name given in parentheses ("Acme (ci-après « le
/// Sous-traitant »)"), or as the subject of a sentence naming the party ("the Data Controller, or
/// just Controller, is the Customer"). "The data controller ("Controller") refers to the entity
/// …" names nobody.
fn role_noun_names_party(
    cx: &Context<'_>,
    roles: &Roles,
    sentence: &Sentence<'_>,
    (start, end): (usize, usize),
) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let before = &folded[sentence.range.0..start];
    let after = &folded[end..sentence.range.1];
    if before.ends_with('-') {
        // "sub-processor"
        return false;
    }
    if given_to_a_blank(roles, sentence, (start, end)) {
        return false;
    }
    let article = ["the ", "le ", "la ", "l'"].iter().find_map(|article| before.strip_suffix(article));
    if let Some(name) = article.and_then(|rest| rest.strip_suffix(", ")) {
        if after.starts_with(',') {
            return party_named_before(cx, roles, sentence, sentence.range.0 + name.len());
        }
    }
    if let Some(open) = alias_opening(sentence, (start, end)) {
        return party_named_before(cx, roles, sentence, open);
    }
    if completes_a_gapped_role_statement(cx, roles, sentence, start) {
        return true;
    }
    // "the Data Controller, or just Controller, is the Customer": an aside between commas may
    // come before the verb. A defined term's closing quote may too ("\"Controller\" means the
    // Customer", « « Sous-traitant » désigne Dupont SAS »).
    let after =
        after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '»' | '”' | '’' | '*'));
    let Some(complement) = complement_after_role_verb(after).or_else(|| {
        let (_, rest) = after.strip_prefix(", ")?.split_once(", ")?;
        complement_after_role_verb(rest)
    }) else {
        return false;
    };
    // The party by its defined term ("is the Customer") or by its name ("means Halvard Ltd").
    let party =
        ["the ", "le ", "la ", "l'"].iter().find_map(|article| complement.strip_prefix(article)).unwrap_or(complement);
    let from = sentence.range.1 - party.len();
    let word_end = party.find(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(sentence.range.1, |at| from + at);
    names_a_named_party(roles, cx.text(sentence.source_span((from, word_end))))
}

/// "the Customer is the controller and Acme Ltd the processor", « le Club est responsable de
/// traitement et Tolaris Studio sous-traitant »: after a role statement and "and" / « et », a
/// name followed by the other role's noun states that role with the verb left out. A few words
/// at most stand between the conjunction and the noun, and they must name someone.
fn completes_a_gapped_role_statement(
    cx: &Context<'_>,
    roles: &Roles,
    sentence: &Sentence<'_>,
    noun_start: usize,
) -> bool {
    const NAME_REACH: usize = 4;
    let folded = &sentence.paragraph.folded.folded;
    let before = &folded[sentence.range.0..noun_start];
    let Some((conjunction, name_start)) =
        [" and ", " et "].iter().filter_map(|word| before.rfind(word).map(|at| (at, at + word.len()))).max()
    else {
        return false;
    };
    let first_statement = Sentence::alone(sentence.paragraph, (sentence.range.0, sentence.range.0 + conjunction));
    let article_start = ["the ", "le ", "la ", "l'"]
        .iter()
        .find_map(|article| before.trim_end_matches('*').strip_suffix(article))
        .filter(|rest| rest.ends_with([' ', '*']))
        .map_or(noun_start, |rest| sentence.range.0 + rest.len());
    let name_words = sentence.words_between(sentence.range.0 + name_start, article_start).len();
    (1..=NAME_REACH).contains(&name_words)
        && (first_statement.states(&cues::CONTROLLER_ROLE_STATEMENT)
            || first_statement.states(&cues::PROCESSOR_ROLE_STATEMENT))
        && party_named_before(cx, roles, sentence, article_start)
}

/// "**{{legalName}}**, {{address}} (le « Sous-traitant »)": the term at `start..end` is the name
/// given to a blank.
fn given_to_a_blank(roles: &Roles, sentence: &Sentence<'_>, (start, end): (usize, usize)) -> bool {
    let term = sentence.source_span((start, end));
    roles.names.iter().any(|name| name.blank && name.term_span.start < term.end && term.start < name.term_span.end)
}

/// Where the parenthesis opens (folded offset) when the role noun at `start..end` is the name
/// given in it, introducing words aside: `(the "Processor")`, `(ci-après « le Sous-traitant »)`.
fn alias_opening(sentence: &Sentence<'_>, (start, end): (usize, usize)) -> Option<usize> {
    let folded = &sentence.paragraph.folded.folded;
    let before = &folded[sentence.range.0..start];
    let open = before.rfind('(')?;
    let inside = FoldedText::new(&before[open + 1..].replace('"', " "), 0);
    let mut rest = inside.folded.clone();
    for (start, end) in cues::NAME_INTRO.find_all(&inside) {
        rest.replace_range(start..end, &" ".repeat(end - start));
    }
    let only_intro = rest.split_whitespace().all(|word| cues::SENTENCE_OPENERS.contains(&word));
    let closes = folded[end..sentence.range.1].trim_start_matches(['"', ' ']).starts_with(')');
    (only_intro && closes).then_some(sentence.range.0 + open)
}

/// A joint controller is a controller for this rule.
fn plays(fact_role: PartyRole, role: PartyRole) -> bool {
    fact_role == role || (role == PartyRole::Controller && fact_role == PartyRole::JointController)
}

fn names_someone(party: &PartyFact) -> bool {
    party.party.as_ref().is_ok_and(|p| {
        let name = p.name.trim();
        !name.is_empty() && name != "?" && !(name.starts_with('[') && name.ends_with(']'))
    })
}

fn role_words(role: PartyRole) -> (&'static str, &'static str) {
    match role {
        PartyRole::Processor => ("processor", "sous-traitant"),
        _ => ("controller", "responsable du traitement"),
    }
}

fn french_role_word(role: PartyRole) -> &'static str {
    match role {
        PartyRole::Processor => "sous-traitant",
        _ => "responsable-du-traitement",
    }
}

/// A sentence naming the missing party: a party fact to fill in a tagged document, a bracketed
/// blank in untagged prose (so the text stays free of markup).
fn model_sentence(role: PartyRole, prose: bool) -> L10n {
    match (role, prose) {
        (PartyRole::Processor, false) => L10n::new(
            "The processor is [[processor: ?]] (the \"Provider\").",
            "Le sous-traitant est [[sous-traitant : ?]] (le « Prestataire »).",
        ),
        (PartyRole::Processor, true) => L10n::new(
            "The processor is [name of the processor, registered office and registration number] (the \"Provider\").",
            "Le sous-traitant est [nom du sous-traitant, siège social et numéro d'immatriculation] (le « Prestataire »).",
        ),
        (_, false) => L10n::new(
            "The controller is [[controller: ?]] (the \"Customer\").",
            "Le responsable du traitement est [[responsable-du-traitement : ?]] (le « Client »).",
        ),
        (_, true) => L10n::new(
            "The controller is [name of the controller, registered office and registration number] (the \"Customer\").",
            "Le responsable du traitement est [nom du responsable du traitement, siège social et numéro d'immatriculation] (le « Client »).",
        ),
    }
}
