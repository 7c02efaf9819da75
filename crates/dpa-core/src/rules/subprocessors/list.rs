//! SUBPROC-LIST: the list of authorised sub-processors, in the contract, with each one's name,
//! country and purpose (Art. 28(2); EDPB Guidelines 07/2020 §152). Rows come from the record
//! tables of the model (`Document::sub_processors`), whatever the annex is called.

use dpa_lexicon::cues::subprocessors::{
    APPROVAL, ENGAGE, LIST, LIST_LINK, LOCATION_DEFERRED, NOWHERE, PLAIN_SUB_PROCESSOR, SUB_PROCESSOR,
};
use dpa_syntax::Span;

use crate::finding::{Edit, Fix, Severity};
use crate::lang::{L10n, Lang, Message};
use crate::model::{Cell, ClauseId, ClauseKind, Paragraph, SubProcessorRecord};
use crate::rules::roles::Roles;
use crate::rules::search::{missing_target, tag_word, with_certainty_hint, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};
use crate::values::is_placeholder;
use dpa_lexicon::cues::completeness::{CONTROLLER_WORDS, EXAMPLES_INTRO};
use dpa_lexicon::values::parse_countries;
use dpa_lexicon::{record_column, FoldedText};

use super::{excerpt, SubProcessing, CLAUSE};

pub(crate) struct SubprocList;

const LIST_KIND: ClauseKind = ClauseKind::SubProcessorList;

static META: RuleMeta = RuleMeta {
    id: "SUBPROC-LIST",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(2), Art. 28(3)(d)",
    summary: L10n::new(
        "No list of authorised sub-processors (warning); the list is only an external link (info); a row lacks the name, country or purpose (error).",
        "Aucune liste des sous-traitants ultérieurs autorisés (avertissement) ; la liste n'est qu'un lien externe (info) ; une ligne n'indique pas la dénomination, le pays ou la finalité (erreur).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads the sub-processor list: a table whose columns name the sub-processor, its country (or its address) and its purpose (an annex `{annex sub-processor-list}`, or any table with those headers; under a title about sub-processors, a first column of another name, \"Partner | Service | Location\", names them). Each row must give all three: a row without one is an error, naming the missing column; a blank cell (`[●]`, `{{region}}`, a bracketed description even with an example: \"[CLOUD PROVIDER] e.g. …\") gives nothing, and a location such as \"Global\" or \"Worldwide\" (even \"Global, including the European Union\"), or one that defers to something else (\"in accordance with the provider's data residency protocols\"), names no country. A table whose rows are all blanks (`[●]`, `[À compléter]`) is no list yet. With no table, a list given only by a link or web page (\"available at https://…\") is an info, and no list at all a warning. An annex that lists the sub-processors in sentences is taken as a list (its rows cannot be checked), and so is a sentence that engages or authorises one sub-processor by name with its country (\"the Customer authorises the use of Stratus GmbH, a host in Germany\"), or a list under a lead-in naming sub-processors whose items give a name and its country (\"- Brightstack Hosting Ltd – hosting – Ireland\"; an item without its country is an error); an annex that says \"None\" lists nobody.",
            "Lit la liste des sous-traitants ultérieurs : un tableau dont les colonnes donnent le sous-traitant ultérieur, son pays (ou son adresse) et sa finalité (une annexe `{annexe liste-sous-traitants-ulterieurs}`, ou tout tableau ayant ces en-têtes ; sous un titre relatif aux sous-traitants ultérieurs, une première colonne d'un autre nom, « Partenaire | Prestation | Localisation », les désigne). Chaque ligne doit indiquer les trois : une ligne qui en omet un est une erreur, qui nomme la colonne manquante ; une cellule à compléter (`[●]`, `{{region}}`, une description entre crochets même suivie d'un exemple : « [HÉBERGEUR] par exemple … ») n'indique rien, et une localisation telle que « Monde » (même « Monde, dont l'Union européenne »), ou qui renvoie à autre chose (« selon l'offre choisie »), ne nomme aucun pays. Un tableau dont toutes les lignes sont des blancs (`[●]`, `[À compléter]`) n'est pas encore une liste. Sans tableau, une liste donnée seulement par un lien ou une page web (« disponible à l'adresse https://… ») est une information, et l'absence de toute liste un avertissement. Une annexe qui énumère les sous-traitants ultérieurs en phrases vaut liste (ses lignes ne peuvent être vérifiées), de même qu'une phrase qui autorise ou engage un sous-traitant ultérieur nommé avec son pays (« le client autorise le recours à Stratus GmbH, hébergeur en Allemagne »), ou une liste introduite par les sous-traitants ultérieurs dont les éléments donnent un nom et son pays (« - Hostgrid GmbH – hébergement – Allemagne » ; un élément sans son pays est une erreur) ; une annexe qui indique « Aucun » n'en liste aucun.",
        ),
        why: L10n::new(
            "The controller's authorisation under Art. 28(2) GDPR is only as precise as the list it covers: EDPB Guidelines 07/2020 (§152) expect a general authorisation to come with the list of sub-processors in an annex, and EDPB Opinion 22/2024 expects the controller to have their identity readily available at all times. The country decides whether a transfer outside the EEA needs a mechanism (Chapter V); the purpose, what each one may do with the data. A web page the processor can edit at will fixes nothing.",
            "L'autorisation du responsable du traitement au titre de l'art. 28(2) du RGPD ne vaut que par la liste qu'elle couvre : les lignes directrices 07/2020 du CEPD (§152) attendent d'une autorisation générale qu'elle s'accompagne de la liste des sous-traitants ultérieurs en annexe, et l'avis 22/2024 du CEPD que le responsable dispose à tout moment de leur identité. Le pays détermine si un transfert hors de l'EEE exige un mécanisme (chapitre V) ; la finalité, ce que chacun peut faire des données. Une page web que le sous-traitant modifie à sa guise ne fixe rien.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage the Sub-processors listed below.\n\n# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose |\n|---|---|---|\n| CallNorth Helpdesk |  | Support hotline |\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage the Sub-processors listed below.\n\n# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose |\n|---|---|---|\n| CallNorth Helpdesk | IE | Support hotline |\n",
        companion: None,
    },
};

/// A column every row must fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Country,
    Purpose,
}

impl Column {
    const ALL: [Column; 3] = [Column::Name, Column::Country, Column::Purpose];

    /// The column is empty, still a blank (`{{region}}`, `[●]`), or for the country a word that
    /// places the sub-processor nowhere ("Global", "Worldwide", « Monde »).
    fn is_missing(self, cx: &Context<'_>, record: &SubProcessorRecord) -> bool {
        let given = |cell: &Option<Cell>| cell.as_ref().is_some_and(|cell| !is_blank_cell(cx, cell));
        match self {
            Column::Name => !given(&record.name),
            // A full address places the sub-processor as well as a country column does.
            Column::Country => {
                let placed = given(&record.country) && record.country.as_ref().is_some_and(|cell| !names_nowhere(cell));
                !placed && !given(&record.address)
            }
            Column::Purpose => !given(&record.purpose),
        }
    }

    /// The row has no cell at all for the column (blanks aside).
    fn is_absent(self, record: &SubProcessorRecord) -> bool {
        match self {
            Column::Name => record.name.is_none(),
            Column::Country => record.country.is_none() && record.address.is_none(),
            Column::Purpose => record.purpose.is_none(),
        }
    }

    fn label(self) -> L10n {
        match self {
            Column::Name => L10n::new("name", "dénomination"),
            Column::Country => L10n::new("country", "pays"),
            Column::Purpose => L10n::new("purpose", "finalité"),
        }
    }

    /// Why the column matters, as a message says it.
    fn reason(self) -> L10n {
        match self {
            Column::Name => {
                L10n::new("the authorisation must say whom it covers", "l'autorisation doit dire qui elle couvre")
            }
            Column::Country => L10n::new(
                "the country decides whether a transfer outside the EEA needs a mechanism (Chapter V GDPR)",
                "le pays détermine si un transfert hors de l'EEE exige un mécanisme (chapitre V du RGPD)",
            ),
            Column::Purpose => L10n::new(
                "the purpose limits what the sub-processor may do with the data",
                "la finalité limite ce que le sous-traitant ultérieur peut faire des données",
            ),
        }
    }
}

impl Rule for SubprocList {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if !reading.has_terms() {
            return;
        }
        if !cx.doc.sub_processors.is_empty() {
            return check_rows(cx, sink);
        }
        // The annex of sub-processors, tagged as a list or read as one from its heading.
        let annex = cx.doc.clauses.iter().find(|clause| clause.is(LIST_KIND) || (clause.annex && clause.is(CLAUSE)));
        let link = reading.sentences.iter().find(|s| {
            let in_annex = annex.is_some_and(|annex| s.paragraph.clause == Some(annex.id));
            let linked = !s.mentions(&LIST_LINK).is_empty() || is_link_only(cx.text(s.span()));
            linked && (in_annex || !s.mentions(&LIST).is_empty())
        });
        if let Some(link) = link {
            let text = excerpt(cx.text(link.span()));
            let message = Message::new(
                format!("The sub-processors are listed only behind a link (“{text}”). The processor can change that page at will, so the contract does not fix which sub-processors the controller authorised (Art. 28(2) GDPR; EDPB Guidelines 07/2020 expect the list in an annex). Attach the list as an annex giving each sub-processor's name, country, purpose and transfer mechanism."),
                format!("Les sous-traitants ultérieurs ne sont listés que derrière un lien (« {text} »). Le sous-traitant peut modifier cette page à sa guise : le contrat ne fixe donc pas les sous-traitants ultérieurs que le responsable du traitement a autorisés (art. 28(2) RGPD ; les lignes directrices 07/2020 du CEPD attendent la liste en annexe). Joignez la liste en annexe, avec pour chacun sa dénomination, son pays, sa finalité et son mécanisme de transfert."),
            );
            let inferred = link.inferred(cx);
            sink.report_with(&META, Severity::Info, link.span(), with_certainty_hint(message, LIST_KIND, inferred))
                .with_fix(list_annex(cx, None))
                .inferred(inferred);
            return;
        }
        // An annex that lists sub-processors in sentences or numbered items ("1. Name: …,
        // Address: …") gives the list in prose, whose rows cannot be checked; one that says
        // "None" lists nobody, which is fine too. Drafting notes and blanks list nothing.
        let listed_in_prose = annex
            .is_some_and(|annex| cx.doc.paragraphs.iter().any(|p| p.clause == Some(annex.id) && !p.is_drafting_note()));
        if listed_in_prose || {
            let roles = Roles::of(cx);
            reading.sentences.iter().any(|s| names_one_with_its_country(cx, &roles, s))
        } {
            return;
        }
        // A list in items, some placing their sub-processor in a country: those that do not are
        // rows without a country.
        let items = listed_items(cx, &reading);
        let placed = |item: &&Paragraph| !parse_countries(cx.text(item.span)).is_empty();
        if items.iter().any(placed) {
            for item in items.iter().filter(|item| !placed(item)) {
                report_unplaced_item(cx, sink, item);
            }
            return;
        }
        let (message, span, inferred) = match annex {
            Some(annex) => (
                Message::new(
                    "The annex on sub-processors lists none: it has no table naming them. Art. 28(2) GDPR: the controller's authorisation is only as precise as the list it covers. Give each sub-processor's name, country, purpose and transfer mechanism in a table, or write “None” if there are none.",
                    "L'annexe relative aux sous-traitants ultérieurs n'en liste aucun : elle ne contient pas de tableau qui les nomme. Art. 28(2) du RGPD : l'autorisation du responsable du traitement ne vaut que par la liste qu'elle couvre. Indiquez pour chaque sous-traitant ultérieur sa dénomination, son pays, sa finalité et son mécanisme de transfert dans un tableau, ou écrivez « Aucun » s'il n'y en a pas.",
                ),
                annex.heading_span,
                cx.doc.prose || annex.inferred(),
            ),
            None => {
                let (span, inferred, _) = missing_target(cx, CLAUSE);
                (
                    Message::new(
                        "There is no list of authorised sub-processors. Art. 28(2) GDPR: the controller's authorisation is only as precise as the list it covers, and EDPB Guidelines 07/2020 expect it in an annex. Add an annex giving each sub-processor's name, country, purpose and transfer mechanism.",
                        "Il n'y a pas de liste des sous-traitants ultérieurs autorisés. Art. 28(2) du RGPD : l'autorisation du responsable du traitement ne vaut que par la liste qu'elle couvre, et les lignes directrices 07/2020 du CEPD l'attendent en annexe. Ajoutez une annexe indiquant pour chaque sous-traitant ultérieur sa dénomination, son pays, sa finalité et son mécanisme de transfert.",
                    ),
                    span,
                    inferred,
                )
            }
        };
        sink.report_with(&META, Severity::Warning, span, with_certainty_hint(message, LIST_KIND, inferred))
            .with_fix(list_annex(cx, annex.map(|annex| annex.span)))
            .inferred(inferred);
    }
}

/// "- [List of subprocessors](./subprocessors.md)": a line that is only a link to another
/// document gives the list by reference, wherever the link points.
fn is_link_only(text: &str) -> bool {
    let text = text.trim().trim_start_matches(['-', '*', '+', '•']).trim_start();
    let Some(link) = text.strip_prefix('[') else { return false };
    let Some(target) = link.find("](").map(|at| &link[at + 2..]) else { return false };
    target.find(')').is_some_and(|close| {
        !target[..close].trim().is_empty() && target[close + 1..].trim().chars().all(|c| c.is_ascii_punctuation())
    })
}

/// The items of lists whose lead-in names sub-processors ("The Provider uses the following
/// subcontractors:", « le recours aux Sous-Traitants Ultérieurs suivants : ») and that begin
/// with a name ("Brightstack Hosting Ltd – hosting – Ireland", « **Hostgrid GmbH** :
/// hébergement (centres situés en Allemagne) »): a list in prose, one sub-processor an item.
fn listed_items<'a>(cx: &Context<'a>, reading: &SubProcessing<'_>) -> Vec<&'a Paragraph> {
    let paragraphs = &cx.doc.paragraphs;
    paragraphs
        .iter()
        .zip(&cx.doc.lead_ins)
        .filter(|(item, lead_in)| {
            let Some(&(at, range)) = lead_in.as_ref() else { return false };
            let lead_in = Sentence::alone(&paragraphs[at], range);
            let names_sub_processors =
                !reading.named_in(&lead_in).is_empty() || !lead_in.mentions(&PLAIN_SUB_PROCESSOR).is_empty();
            let text = cx.text(item.span).trim_start_matches(|c: char| !c.is_alphanumeric());
            names_sub_processors && text.starts_with(char::is_uppercase)
        })
        .map(|(item, _)| item)
        .collect()
}

fn report_unplaced_item(cx: &Context<'_>, sink: &mut Sink, item: &Paragraph) {
    let text =
        excerpt(&cx.text(item.span).replace('*', "")).trim_start_matches(|c: char| !c.is_alphanumeric()).to_string();
    let reason = Column::Country.reason();
    let message = Message::new(
        format!("The sub-processor “{text}” is listed without its country. The controller's authorisation covers what the list says (Art. 28(2) GDPR), and {}. Say where it processes the data.", reason.en),
        format!("Le sous-traitant ultérieur « {text} » est listé sans son pays. L'autorisation du responsable du traitement couvre ce que dit la liste (art. 28(2) RGPD), et {}. Indiquez où il traite les données.", reason.fr),
    );
    sink.report_with(&META, Severity::Error, item.span, with_certainty_hint(message, LIST_KIND, true)).inferred(true);
}

/// Words between a verb of engaging and the name of whom it engages ("recours *à* LWS", "use *of*
/// Stratus GmbH").
const NAME_LINKS: &[&str] = &["a", "au", "aux", "de", "des", "du", "d", "to", "of", "the", "on", "upon", "with"];

/// A sentence that engages or authorises one sub-processor by its name and gives its country
/// ("le client autorise le recours à LWS (Ligne Web Services), hébergeur en France", "We use
/// Stratus Rechenzentrum GmbH, in Germany, for hosting"): a list of one, complete, in prose. A
/// name without a country ("the following subcontractor: Amazon Web Services") lists nobody's
/// location; a blank (`[À compléter]`), sub-processors in general ("engage Sub-processors") or
/// a party names no sub-processor.
fn names_one_with_its_country(cx: &Context<'_>, parties: &Roles, sentence: &Sentence<'_>) -> bool {
    let verbs: Vec<(usize, usize)> = [&ENGAGE, &APPROVAL].into_iter().flat_map(|cue| sentence.matches(cue)).collect();
    verbs.into_iter().any(|(_, verb_end)| {
        let words = words_from(sentence, verb_end);
        let Some(at) = words.iter().position(|(_, word)| !NAME_LINKS.contains(word)) else { return false };
        let (name_at, name) = words[at];
        let capitalised =
            cx.text(sentence.source_span((name_at, name_at + name.len()))).starts_with(char::is_uppercase);
        let sub_processors_in_general = [&SUB_PROCESSOR, &PLAIN_SUB_PROCESSOR]
            .into_iter()
            .any(|cue| sentence.mentions(cue).iter().any(|&(start, _)| start == name_at));
        // "Customer authorizes PSI and its Subprocessors to transfer … to the United States"
        // names a party, not a sub-processor.
        let party = parties.role_named_after(sentence, name_at, 0).is_some();
        // The country describes the name when it follows it closely.
        let reach_end = words.get(at + COUNTRY_REACH).map_or(sentence.range.1, |&(start, _)| start);
        let country = !parse_countries(cx.text(sentence.source_span((name_at, reach_end)))).is_empty();
        capitalised && !sub_processors_in_general && !party && country
    })
}

/// How many words after a sub-processor's name its country may stand ("LWS (Ligne Web Services),
/// hébergeur en France").
const COUNTRY_REACH: usize = 8;

/// The words of a sentence from folded offset `from`, with their folded offsets.
fn words_from<'a>(sentence: &Sentence<'a>, from: usize) -> Vec<(usize, &'a str)> {
    let word_char = |c: char| c.is_alphanumeric() || c == '-';
    let tail = &sentence.paragraph.folded.folded[from..sentence.range.1];
    tail.char_indices()
        .filter(|&(at, c)| word_char(c) && !tail[..at].chars().next_back().is_some_and(word_char))
        .map(|(at, _)| (from + at, tail[at..].split(|c: char| !word_char(c)).next().unwrap_or("")))
        .collect()
}

/// Rows without a name, country or purpose. A column missing from every row of a table is one
/// finding, on the table's heading; otherwise each row is reported with what it lacks.
fn check_rows(cx: &Context<'_>, sink: &mut Sink) {
    let records = &cx.doc.sub_processors;
    let mut start = 0;
    while start < records.len() {
        let clause = records[start].clause;
        let end = start + records[start..].iter().take_while(|record| record.clause == clause).count();
        check_table(cx, sink, clause, &records[start..end]);
        start = end;
    }
}

fn check_table(cx: &Context<'_>, sink: &mut Sink, clause: Option<ClauseId>, rows: &[SubProcessorRecord]) {
    let heading = cx.clause(clause).map_or(rows[0].span, |clause| clause.heading_span);
    if rows.iter().all(|row| is_blank(cx, row)) {
        let message = Message::new(
            "The list of sub-processors is still a blank: no row names a sub-processor. Art. 28(2) GDPR: the controller's authorisation is only as precise as the list it covers. Fill in each sub-processor's name, country, purpose and transfer mechanism, or write “None” if there are none.",
            "La liste des sous-traitants ultérieurs est encore à compléter : aucune ligne ne nomme un sous-traitant ultérieur. Art. 28(2) du RGPD : l'autorisation du responsable du traitement ne vaut que par la liste qu'elle couvre. Indiquez pour chacun sa dénomination, son pays, sa finalité et son mécanisme de transfert, ou écrivez « Aucun » s'il n'y en a pas.",
        );
        sink.report_with(&META, Severity::Warning, heading, message).inferred(rows[0].inferred);
        return;
    }
    // A column the lexicon cannot name ("Processing") may hold what looks missing: only a table
    // whose every header is known is said to lack a column.
    let headers_known = header_of(cx, &rows[0]).is_some_and(|header| {
        header.text.split('|').map(str::trim).filter(|cell| !cell.is_empty()).all(|cell| record_column(cell).is_some())
    });
    let absent: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|column| headers_known && rows.len() > 1 && rows.iter().all(|row| column.is_missing(cx, row)))
        .collect();
    for &column in &absent {
        let (label, reason) = (column.label(), column.reason());
        // The column is there but every cell of it is still a blank ("[HOSTING PROVIDER] e.g. …").
        let message = if !rows.iter().all(|row| column.is_absent(row)) {
            Message::new(
                format!("The {} column of the sub-processor list is still a blank in all its {} rows, yet {} (Art. 28(2) GDPR). An example inside a blank names no one: fill it in for every sub-processor.", label.en, rows.len(), reason.en),
                format!("La colonne « {} » de la liste des sous-traitants ultérieurs est encore à compléter dans ses {} lignes, alors que {} (art. 28(2) RGPD). Un exemple dans un blanc ne désigne personne : remplissez-la pour chaque sous-traitant ultérieur.", label.fr, rows.len(), reason.fr),
            )
        } else {
            Message::new(
            format!("The sub-processor list has no {} column: none of its {} rows gives it, yet {} (Art. 28(2) GDPR). Add the column and fill it for every sub-processor.", label.en, rows.len(), reason.en),
            format!("La liste des sous-traitants ultérieurs n'a pas de colonne « {} » : aucune de ses {} lignes ne l'indique, alors que {} (art. 28(2) RGPD). Ajoutez la colonne et remplissez-la pour chaque sous-traitant ultérieur.", label.fr, rows.len(), reason.fr),
        )
        };
        sink.report_with(&META, Severity::Error, heading, message).inferred(rows[0].inferred);
    }
    let unknown_column = !headers_known && header_of(cx, &rows[0]).is_some();
    for row in rows {
        // Under a column the lexicon cannot name, a cell absent from every row is that column's;
        // a named column left blank in every row (`{{region}}`) is still unfilled.
        let missing: Vec<Column> = Column::ALL
            .into_iter()
            .filter(|column| !absent.contains(column) && column.is_missing(cx, row))
            .filter(|column| !(unknown_column && rows.iter().all(|other| column.is_absent(other))))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let labels = |lang: Lang| missing.iter().map(|column| column.label().get(lang)).collect::<Vec<_>>();
        let (en, fr) = (labels(Lang::En), labels(Lang::Fr));
        // "no country or purpose", « ni pays ni finalité »: one phrase, as a reader would say it.
        let lacks_fr = match fr.as_slice() {
            [only] => format!("pas de {only}"),
            several => format!("ni {}", several.join(" ni ")),
        };
        let columns_en = match en.as_slice() {
            [only] => format!("{only} column"),
            several => format!("{} columns", spoken_list(several, "and")),
        };
        let columns_fr = match fr.as_slice() {
            [only] => format!("la colonne {only}"),
            several => format!("les colonnes {}", spoken_list(several, "et")),
        };
        let reasons =
            |lang: Lang| missing.iter().map(|column| column.reason().get(lang)).collect::<Vec<_>>().join("; ");
        let who = match &row.name {
            Some(name) => Message::new(format!("“{}”", name.text.trim()), format!("« {} »", name.text.trim())),
            None => {
                let text = excerpt(&cx.text(row.span).replace('|', " "));
                Message::new(format!("“{text}”"), format!("« {text} »"))
            }
        };
        let message = Message::new(
            format!("The row {} of the sub-processor list gives no {}. The controller's authorisation covers what the list says (Art. 28(2) GDPR), and {}. Fill in the {columns_en}.", who.en, spoken_list(&en, "or"), reasons(Lang::En)),
            format!("La ligne {} de la liste des sous-traitants ultérieurs n'indique {lacks_fr}. L'autorisation du responsable du traitement couvre ce que dit la liste (art. 28(2) RGPD), et {}. Remplissez {columns_fr}.", who.fr, reasons(Lang::Fr)),
        );
        sink.report_with(&META, Severity::Error, row.span, message).inferred(row.inferred);
    }
}

/// Words as a list is said: "country", "country or purpose", "name, country or purpose".
fn spoken_list(words: &[&str], conjunction: &str) -> String {
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {conjunction} {last}", rest.join(", ")),
        _ => words.concat(),
    }
}

/// The header row of the table whose first data row is `first`.
fn header_of<'a>(cx: &Context<'a>, first: &SubProcessorRecord) -> Option<&'a Paragraph> {
    let at = cx.doc.paragraphs.iter().position(|p| p.is_table_row && p.span == first.span)?;
    cx.doc.paragraphs[..at].last().filter(|p| p.is_table_row)
}

/// A row whose every cell is a blank still to be filled (`[●]`, `[À compléter]`, `?`).
fn is_blank(cx: &Context<'_>, row: &SubProcessorRecord) -> bool {
    let cells: Vec<&Cell> =
        [&row.name, &row.country, &row.purpose, &row.mechanism, &row.address].into_iter().flatten().collect();
    !cells.is_empty() && cells.into_iter().all(|cell| is_blank_cell(cx, cell))
}

/// A location that places the sub-processor in no country: everywhere ("Global", « Réseau
/// mondial (edge) »), everywhere but for the Union ("Global, including European Union"), or
/// wherever something else decides ("In accordance with the provider's data residency
/// protocols"). "US, global edge" still names one. A location the controller chooses ("As
/// selected by Customer", « Au choix du Client ») is not missing: the controller decides it, so
/// it knows it.
fn names_nowhere(cell: &Cell) -> bool {
    let folded = FoldedText::new(&cell.text, 0);
    let deferred = LOCATION_DEFERRED.matches(&folded);
    let chosen_by_controller = deferred && CONTROLLER_WORDS.matches(&folded);
    !chosen_by_controller
        && (NOWHERE.matches(&folded) || deferred)
        && parse_countries(&cell.text).iter().all(|country| country.code() == "EU")
}

/// A cell still to be filled.
fn is_blank_cell(cx: &Context<'_>, cell: &Cell) -> bool {
    is_placeholder(&cell.text)
        || cx.doc.placeholders.iter().any(|p| cell.span.start <= p.span.start && p.span.end <= cell.span.end)
        || is_bracketed_blank(&cell.text)
}

/// A cell that is only a bracketed description of what to write, alone or with an example of it
/// ("[CLOUD PROVIDER]", "**[EMAIL PROVIDER]**<br>e.g., Microsoft 365", « [HÉBERGEUR] par
/// exemple OVH »): an example inside a blank names no one.
fn is_bracketed_blank(text: &str) -> bool {
    let text = text.replace(['*', '_'], "").replace("<br>", " ");
    let Some(inside) = text.trim().strip_prefix('[') else { return false };
    let Some(close) = inside.find(']') else { return false };
    let rest = inside[close + 1..].trim_start_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    let folded = dpa_lexicon::fold(rest);
    rest.is_empty() || EXAMPLES_INTRO.find_all(&FoldedText::new(&folded, 0)).first().is_some_and(|&(at, _)| at == 0)
}

/// A fix that adds the list as a table: in the existing (empty) annex, or as a new annex at the
/// end of the document. The cells are blanks for the lawyer to fill.
fn list_annex(cx: &Context<'_>, annex: Option<Span>) -> Fix {
    let lang = cx.doc_lang();
    let newline = if cx.source.contains("\r\n") { "\r\n" } else { "\n" };
    let table = match lang {
        Lang::En => [
            "| Sub-processor | Country | Purpose | Transfer mechanism |",
            "|---|---|---|---|",
            "| [insert name] | [insert country] | [insert purpose] | [insert mechanism] |",
        ],
        Lang::Fr => [
            "| Sous-traitant ultérieur | Pays | Finalité | Mécanisme de transfert |",
            "|---|---|---|---|",
            "| [insérer la dénomination] | [insérer le pays] | [insérer la finalité] | [insérer le mécanisme] |",
        ],
    }
    .join(newline);
    let (at, text) = match annex {
        Some(annex) => (cx.source[..annex.end].trim_end().len(), format!("{newline}{newline}{table}")),
        None => {
            let title = L10n::new("Annex - Authorised sub-processors", "Annexe - Sous-traitants ultérieurs autorisés")
                .get(lang);
            let annex_word = L10n::new("annex", "annexe").get(lang);
            let tag =
                if cx.doc.prose { String::new() } else { format!(" {{{annex_word} {}}}", tag_word(LIST_KIND, lang)) };
            let lead = if cx.source.is_empty() || cx.source.ends_with('\n') { "" } else { newline };
            (cx.source.len(), format!("{lead}{newline}# {title}{tag}{newline}{table}{newline}"))
        }
    };
    Fix {
        title: Message::new(
            "Add the list of sub-processors as a table",
            "Ajouter la liste des sous-traitants ultérieurs sous forme de tableau",
        ),
        edits: vec![Edit { span: Span::empty(at), replacement: text }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn names_one(source: &str) -> bool {
        with_test_context(source, |cx| {
            let roles = Roles::of(cx);
            SubProcessing::read(cx).sentences.iter().any(|sentence| names_one_with_its_country(cx, &roles, sentence))
        })
    }

    #[test]
    fn a_row_lacking_several_columns_names_them_in_one_phrase() {
        let source = "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage the Sub-processors listed below.\n\n# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose |\n|---|---|---|\n| CallNorth Helpdesk |  |  |\n| Stratus GmbH | DE | Hosting |\n";
        let report = crate::lint(source, &crate::LintOptions::default());
        let finding = report.findings.iter().find(|f| f.rule == META.id).expect("the first row lacks two columns");
        assert!(finding.message.en.contains("gives no country or purpose."), "{}", finding.message.en);
        assert!(finding.message.en.contains("Fill in the country and purpose columns."), "{}", finding.message.en);
        assert!(finding.message.fr.contains("n'indique ni pays ni finalité."), "{}", finding.message.fr);
        assert!(finding.message.fr.contains("Remplissez les colonnes pays et finalité."), "{}", finding.message.fr);
        assert_eq!(spoken_list(&["name", "country", "purpose"], "or"), "name, country or purpose");
        assert_eq!(spoken_list(&["country"], "or"), "country");
    }

    #[test]
    fn a_bracketed_description_is_a_blank_even_with_an_example() {
        assert!(is_bracketed_blank("[CLOUD PROVIDER]"));
        assert!(is_bracketed_blank("**[EMAIL PROVIDER]**<br>e.g., Mailpost Ltd"));
        assert!(is_bracketed_blank("[HÉBERGEUR] par exemple Hostgrid GmbH"));
        assert!(is_bracketed_blank("[Name to be completed] (for instance a hosting company)"));
        assert!(!is_bracketed_blank("Hostgrid GmbH [hosting]"));
        assert!(!is_bracketed_blank("[Hostgrid] GmbH"), "words after the brackets that are no example");
    }

    #[test]
    fn one_sub_processor_named_with_its_country_in_a_sentence() {
        assert!(names_one("# Sub-processors\nThe customer authorises the use of Brightstack Hosting Ltd, a hosting provider in Ireland.\n"));
        assert!(names_one("# Sous-traitance ultérieure\nLe client autorise le recours à Hébergement Castelnau SAS, hébergeur en France.\n"));
        assert!(!names_one(
            "# Sous-traitance ultérieure\nLe client autorise le recours à Hébergement Castelnau SAS comme hébergeur.\n"
        ));
        assert!(!names_one("# Sub-processors\nThe Provider may engage Sub-processors located in Germany.\n"));
        assert!(!names_one("# Sub-processors\nThe Provider uses the following subcontractor: Amazon Web Services.\n"));
        assert!(!names_one("# Transfers\nThis agreement is between Maison Verlaine SAS (\"Customer\") and Nuvola Systems SRL (\"Nuvola\"). Customer authorises Nuvola and its Sub-processors to transfer personal data to the United States.\n"));
    }
}
