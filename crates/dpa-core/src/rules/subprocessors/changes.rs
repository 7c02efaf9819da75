//! SUBPROC-CHANGE-NOTICE and SUBPROC-OBJECTION: under a general authorisation the processor
//! informs the controller of any intended addition or replacement of sub-processors, "thereby
//! giving the controller the opportunity to object" (Art. 28(2), second sentence). Both rules
//! read the same terms ([`ChangeTerms`]): the sentences that announce changes and the advance
//! notice they give (`objection-notice`), the sentences that let the controller object and the
//! time it has to do so (`objection-window`).
//!
//! The 14-day floor for the notice is the linter's policy, not a number in the law (catalogue
//! §14): EDPB Guidelines 07/2020 §154 ask for a reasonable timeframe, and the controller must
//! check the newcomer's guarantees, country and transfer mechanism within it. Fixes propose 30
//! days, the common market position.

use dpa_lexicon::cues::completeness::{CONTROLLER_WORDS, PROCESSOR_WORDS};
use dpa_lexicon::cues::subprocessors::{
    BEFORE_CHANGE, BY_POSTING, CHANGE, CONDITION, DIRECT_NOTICE, EITHER_PARTY, FROM_THE_NOTICE, INFORM, LIST, OBJECT,
    OBJECTION_REFRAIN, OBJECTION_REMEDY, POSTING, SUB_PROCESSOR, TERMINATION, UNLESS, WITHIN, WRITTEN_FORM,
};
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::{Duration, TimeUnit};
use dpa_syntax::Span;

use crate::finding::{Fix, Severity};
use crate::lang::{L10n, Lang, Message};
use crate::model::{durations_in, FactName, Paragraph};
use crate::rules::query::negated;
use crate::rules::search::{missing_target, with_certainty_hint, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{add_sentences, Model, Period, SubProcessing, CLAUSE, NOTICE, OBJECTION};

pub(crate) struct SubprocChangeNotice;
pub(crate) struct SubprocObjection;

/// The shortest advance notice of a change the linter accepts, in calendar days.
const MIN_NOTICE_DAYS: f64 = 14.0;

/// The notice a fix proposes, in calendar days.
const PROPOSED_NOTICE_DAYS: f64 = 30.0;

const WRITTEN_NOTICE: Model = Model::plain(L10n::new(
    "The processor shall inform the controller of each intended change of sub-processors in writing, by e-mail to its data protection officer; a posting on a web page is not enough.",
    "Le sous-traitant informe le responsable du traitement de chaque changement envisagé de sous-traitant ultérieur par écrit, par courriel adressé à son délégué à la protection des données ; une publication sur une page web ne suffit pas.",
));

const CONSEQUENCE: Model = Model::plain(L10n::new(
    "If the controller objects to a new sub-processor, the processor shall not engage it for the controller's data; if it cannot provide the services without that sub-processor, the controller may terminate the affected services without penalty.",
    "Si le responsable du traitement s'oppose à un nouveau sous-traitant ultérieur, le sous-traitant n'y recourt pas pour ses données ; s'il ne peut fournir les services sans lui, le responsable du traitement peut résilier les services concernés sans pénalité.",
));

/// What a document says about changes of sub-processors.
struct ChangeTerms<'a> {
    /// Sentences that announce changes to the controller (by notice or by posting).
    notices: Vec<Sentence<'a>>,
    /// The advance notice: the first `objection-notice` fact, written or read from the words.
    notice: Option<Period<'a>>,
    /// Sentences that let the controller object.
    objections: Vec<Sentence<'a>>,
    /// The time to object: the first `objection-window` fact, written or read from the words.
    window: Option<Period<'a>>,
}

/// What a duration in a sentence about changes measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    Notice,
    Objection,
}

impl Measure {
    /// The fact that states a duration of this measure.
    pub(crate) fn fact_name(self) -> FactName {
        match self {
            Measure::Notice => FactName::ObjectionNotice,
            Measure::Objection => FactName::ObjectionWindow,
        }
    }
}

impl<'a> ChangeTerms<'a> {
    fn read(cx: &Context<'a>, reading: &SubProcessing<'a>) -> Self {
        let notice = Period::from_fact(cx, FactName::ObjectionNotice);
        let window = Period::from_fact(cx, FactName::ObjectionWindow);
        let notices = reading.sentences.iter().filter(|s| announces_change(s) || holds(s, notice)).copied().collect();
        let objections = reading.sentences.iter().filter(|s| lets_object(s) || holds(s, window)).copied().collect();
        ChangeTerms { notice, window, notices, objections }
    }
}

/// Another notice period the words state, in days different from the notice read: "at least
/// fifteen (15) days prior to any such change" in one paragraph and "thirty days in advance" in
/// another, neither in a sentence about objecting. A written `objection-notice` fact settles the
/// notice, whatever the words say.
fn disagreeing_notice(cx: &Context<'_>, notice: &Period<'_>) -> Option<Span> {
    if notice.fact.is_some_and(|fact| !fact.inferred) {
        return None;
    }
    let days = notice.duration.days_min()?;
    worded_periods(cx)
        .into_iter()
        .filter(|period| period.measure == Measure::Notice && !period.beside_objection)
        .filter(|period| period.duration.days_min().is_some_and(|other| other != days))
        .map(|period| {
            let (from, to) = period.paragraph.folded.source_range(period.range.0, period.range.1);
            (period.paragraph, Span::new(from, to))
        })
        .find(|&(paragraph, span)| !paragraph.bracketed(span))
        .map(|(_, span)| span)
}

fn holds(sentence: &Sentence<'_>, period: Option<Period<'_>>) -> bool {
    let span = sentence.span();
    period.is_some_and(|period| span.start <= period.span.start && period.span.end <= span.end)
}

/// The processor informs the controller of changes, by notice or by posting. The change may be
/// named by the lead-in of a list of steps ("Before adding or changing sub-processors:" then
/// "We'll notify you via email"), or be any engaging the notice conditions ("shall not engage
/// any Sub-processor without first informing the Customer").
pub(super) fn announces_change(sentence: &Sentence<'_>) -> bool {
    let change_in_lead_in = sentence
        .lead_in
        .is_some_and(|(paragraph, range)| !Sentence::alone(paragraph, range).mentions(&CHANGE).is_empty());
    ((sentence.states(&INFORM) || sentence.states(&POSTING))
        && (!sentence.mentions(&CHANGE).is_empty() || change_in_lead_in))
        || super::engages_on_notice(sentence)
}

/// How many words may separate a change from the sub-processors or list it changes ("any
/// change to the list", « toute modification de cette liste »).
const CHANGED_REACH: usize = 4;

/// The processor announces changes of sub-processors a stated time before they take effect
/// ("Any change to this list is notified to the Client in writing 30 days in advance"). The
/// change is of sub-processors or their list: "in addition to the annual report, … on ten days'
/// notice" announces nothing.
pub(super) fn announces_change_in_advance(sentence: &Sentence<'_>) -> bool {
    let changed: Vec<(usize, usize)> =
        [&SUB_PROCESSOR, &LIST].into_iter().flat_map(|cue| sentence.mentions(cue)).collect();
    let of_sub_processors = sentence.mentions(&CHANGE).into_iter().any(|(start, end)| {
        changed.iter().any(|&(at, at_end)| {
            (start <= at && at_end <= end) || (at >= end && sentence.words_between(end, at).len() <= CHANGED_REACH)
        })
    });
    of_sub_processors
        && announces_change(sentence)
        && durations_in(sentence.text()).into_iter().any(|found| {
            let range = (sentence.range.0 + found.start, sentence.range.0 + found.end);
            matches!(measure_at(sentence, range), Some(Measure::Notice))
        })
}

pub(super) fn lets_object(sentence: &Sentence<'_>) -> bool {
    sentence.states(&OBJECT)
}

/// The sentences whose durations may measure the notice of a change or the time to object:
/// those that announce changes or let the controller object, and those holding a written
/// `objection-notice` or `objection-window` fact (whose other durations may measure the other).
pub(crate) fn change_sentences<'a>(cx: &Context<'a>) -> Vec<Sentence<'a>> {
    let written: Vec<Span> = cx
        .doc
        .facts
        .iter()
        .filter(|fact| matches!(fact.name, FactName::ObjectionNotice | FactName::ObjectionWindow))
        .map(|fact| fact.span)
        .collect();
    SubProcessing::read(cx)
        .sentences
        .into_iter()
        .filter(|sentence| {
            let span = sentence.span();
            announces_change(sentence)
                || lets_object(sentence)
                || written.iter().any(|fact| span.start <= fact.start && fact.end <= span.end)
        })
        .collect()
}

/// A duration in a sentence about changes, and what it measures.
pub(crate) struct WordedPeriod<'a> {
    pub measure: Measure,
    pub duration: Duration,
    pub paragraph: &'a Paragraph,
    /// Folded byte range in the paragraph.
    pub range: (usize, usize),
    /// Its sentence lets the controller object, where a second duration is most likely the
    /// objection's own ("may object by written notice within 14 days").
    pub beside_objection: bool,
}

/// Every duration the sentences about changes state, in document order, with what it measures
/// ([`measure_at`]): the extractor keeps the first of each measure, SUBPROC-CHANGE-NOTICE
/// compares the notices with one another.
pub(crate) fn worded_periods<'a>(cx: &Context<'a>) -> Vec<WordedPeriod<'a>> {
    let mut periods = Vec::new();
    for sentence in change_sentences(cx) {
        let beside_objection = lets_object(&sentence);
        for found in durations_in(sentence.text()) {
            let range = (sentence.range.0 + found.start, sentence.range.0 + found.end);
            if let Some(measure) = measure_at(&sentence, range) {
                let paragraph = sentence.paragraph;
                periods.push(WordedPeriod { measure, duration: found.value, paragraph, range, beside_objection });
            }
        }
    }
    periods
}

/// What a duration at folded range `(at, end)` measures. A limit that runs from the notice
/// ("within five (5) days after such notice") is the time to object. Otherwise the nearest cue
/// before it says so ("notify … at least 10 days before", "object within 7 days"), else the
/// first one after it. A window to object is a duration tied to the objection itself, not the
/// time an objection leaves to find an alternative or to terminate ("Customer objects …, and
/// the Provider has not found an alternative solution within ninety days").
pub(crate) fn measure_at(sentence: &Sentence<'_>, (at, end): (usize, usize)) -> Option<Measure> {
    if runs_from_notice(sentence, (at, end)) {
        return Some(Measure::Objection);
    }
    let mut cues: Vec<(usize, usize, Measure)> = Vec::new();
    for (cue, role) in [(&INFORM, Measure::Notice), (&POSTING, Measure::Notice), (&OBJECT, Measure::Objection)] {
        cues.extend(sentence.mentions(cue).into_iter().map(|(start, end)| (start, end, role)));
    }
    let before = cues.iter().filter(|(start, _, _)| *start < at).max_by_key(|(start, _, _)| *start);
    let after = cues.iter().filter(|(start, _, _)| *start > at).min_by_key(|(start, _, _)| *start);
    let &(cue_start, cue_end, role) = before.or(after)?;
    let between = if cue_start < at { (cue_end, at) } else { (at, cue_start) };
    let remedies: Vec<usize> = [&OBJECTION_REMEDY, &TERMINATION]
        .into_iter()
        .flat_map(|cue| sentence.mentions(cue))
        .map(|(at, _)| at)
        .collect();
    // "terminate this Addendum on sixty (60) days' written notice", « résilier moyennant un
    // préavis de soixante jours »: the notice of ending the contract, not of the change.
    let terminates_on_notice = role == Measure::Notice
        && sentence.mentions(&TERMINATION).iter().any(|&(termination, _)| {
            termination < at && sentence.words_between(termination, at).len() <= TERMINATION_NOTICE_REACH
        });
    if terminates_on_notice {
        return None;
    }
    let remedy_between = remedies.iter().any(|&remedy| between.0 <= remedy && remedy < between.1);
    // "the right to immediate termination": the duration qualifies the remedy right after it.
    let remedy_qualified =
        remedies.iter().any(|&remedy| remedy >= end && sentence.words_between(end, remedy).len() <= 1);
    (role == Measure::Notice || !(remedy_between || remedy_qualified)).then_some(role)
}

/// How many words a termination may stand before the period of its notice ("résilie la
/// présente annexe moyennant un préavis écrit de soixante jours").
const TERMINATION_NOTICE_REACH: usize = 10;

/// "within five (5) calendar days after such notice", « sous 15 jours à compter de la
/// notification »: a limit opened right before the duration and counted from the notice right
/// after it. Without "within", a period after the notice is when the change takes effect ("the
/// new sub-processor may start 30 days after notice"), which is the notice itself.
fn runs_from_notice(sentence: &Sentence<'_>, (at, end): (usize, usize)) -> bool {
    let opened = sentence
        .mentions(&WITHIN)
        .iter()
        .any(|&(_, within_end)| within_end <= at && sentence.words_between(within_end, at).is_empty());
    opened
        && sentence
            .mentions(&FROM_THE_NOTICE)
            .iter()
            .any(|&(from, _)| from >= end && sentence.words_between(end, from).is_empty())
}

fn calendar_days(amount: f64) -> Duration {
    Duration::Quantified { amount, unit: TimeUnit::CalendarDays }
}

/// A fix replacing a period's words with `duration`.
fn replace_period(cx: &Context<'_>, period: &Period<'_>, duration: &Duration, title: Message) -> Fix {
    fixes::replace(period.span, duration.describe(cx.doc_lang()), title)
}

/// One fix made of several: their edits, their titles joined.
fn combine(fixes: Vec<Fix>) -> Option<Fix> {
    let mut fixes = fixes.into_iter();
    let mut combined = fixes.next()?;
    for fix in fixes {
        combined.title = Message::new(
            format!("{}; {}", combined.title.en, fix.title.en),
            format!("{} ; {}", combined.title.fr, fix.title.fr),
        );
        combined.edits.extend(fix.edits);
    }
    Some(combined)
}

fn join(parts: &[Message]) -> Message {
    Message::new(
        parts.iter().map(|part| part.en.as_str()).collect::<Vec<_>>().join(" "),
        parts.iter().map(|part| part.fr.as_str()).collect::<Vec<_>>().join(" "),
    )
}

static NOTICE_META: RuleMeta = RuleMeta {
    id: "SUBPROC-CHANGE-NOTICE",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: true,
    citation: "GDPR Art. 28(2)",
    summary: L10n::new(
        "Under a general authorisation, no prior information of intended changes of sub-processors (error), no notice period or two different ones (warning), or one under 14 days (warning, error under high risk).",
        "Autorisation générale sans information préalable des changements de sous-traitants ultérieurs envisagés (erreur), sans préavis chiffré ou avec deux préavis différents (avertissement), ou avec un préavis de moins de 14 jours (avertissement, erreur si risque élevé).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Under a general authorisation, looks for the processor's duty to inform the controller of any intended addition or replacement of a sub-processor, and reads how far in advance: the `objection-notice` fact, or the duration in the sentence (\"at least ten (10) days before\", \"au moins 30 jours avant\"). No information at all is an error; information with no period a warning; a period under 14 days a warning, raised to an error under high risk. Information only by posting on the processor's web page (\"written notice … by announcing changes on its website\" included; not a page that only holds the list, \"notify Customer of changes to the Sub-processors listed on the Website\") is a warning too: the controller would have to watch the page, and so are two different periods for the same notice. A limit counted from the notice (\"within five days after such notice\") is the time to object, not the notice. Sub-processors in use with no authorisation stated (listed, behind a link to their list, or \"we use the following sub-processors\") are a general authorisation in substance and are measured the same way.",
            "En cas d'autorisation générale, recherche l'obligation du sous-traitant d'informer le responsable du traitement de tout ajout ou remplacement envisagé d'un sous-traitant ultérieur, et lit avec quel préavis : le fait `préavis-objection`, ou la durée écrite dans la phrase (« au moins 30 jours avant », \"at least ten (10) days before\"). L'absence d'information est une erreur ; une information sans préavis chiffré un avertissement ; un préavis de moins de 14 jours un avertissement, porté à une erreur si le risque est élevé. Une information par simple publication sur la page web du sous-traitant (y compris « une notification écrite … par une mise à jour de son site » ; non une page qui porte seulement la liste, « informe le Client de toute modification de la liste publiée sur son site ») est aussi un avertissement : le responsable devrait surveiller la page ; de même que deux durées différentes pour le même préavis. Un délai compté à partir de la notification (« dans un délai de cinq jours à compter de la notification ») est le délai d'opposition, non le préavis. Des sous-traitants ultérieurs utilisés sans qu'aucune autorisation ne soit stipulée (énumérés, derrière un lien vers leur liste, ou « nous recourons aux sous-traitants ultérieurs suivants ») valent autorisation générale en substance et sont mesurés de la même façon.",
        ),
        why: L10n::new(
            "Art. 28(2) GDPR: with a general authorisation, the processor \"shall inform the controller of any intended changes concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object\". The notice is only useful if it leaves the controller time to check the newcomer: who it is, where it processes the data, under which transfer mechanism. A week is too little for that, and a new sub-processor is how data reaches a contractor the controller never vetted, as in the OFII leak of January 2026.",
            "Art. 28(2) du RGPD : en cas d'autorisation générale, le sous-traitant « informe le responsable du traitement de tout changement prévu concernant l'ajout ou le remplacement d'autres sous-traitants, donnant ainsi au responsable du traitement la possibilité d'émettre des objections ». L'information n'a d'utilité que si elle laisse au responsable le temps de vérifier le nouveau venu : son identité, le lieu du traitement, le mécanisme de transfert. Une semaine n'y suffit pas, et un nouveau sous-traitant ultérieur est la voie par laquelle les données parviennent à un prestataire que le responsable n'a jamais contrôlé, comme dans la fuite de l'OFII de janvier 2026.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider will notify the Customer of any new Sub-processor at least [[objection-notice: 7 days]] before it begins processing.\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider will notify the Customer in writing of any new Sub-processor at least [[objection-notice: 30 days]] before it begins processing.\n",
        companion: None,
    },
};

impl Rule for SubprocChangeNotice {
    fn meta(&self) -> &'static RuleMeta {
        &NOTICE_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if !reading.has_terms() {
            return;
        }
        let Some(general) = reading.general() else { return };
        let terms = ChangeTerms::read(cx, &reading);
        let Some(first_notice) = terms.notices.first() else {
            let regime = general.regime_words();
            let message = Message::new(
                format!("{}, but nothing obliges the processor to inform the controller of intended additions or replacements. Art. 28(2) GDPR requires that information, so that the controller can object before a new sub-processor receives its data. Add a notice of at least 30 days, in writing.", regime.en),
                format!("{}, mais rien n'oblige le sous-traitant à informer le responsable du traitement des ajouts ou remplacements envisagés. L'art. 28(2) du RGPD exige cette information, afin que le responsable puisse s'opposer avant qu'un nouveau sous-traitant ultérieur ne reçoive ses données. Ajoutez un préavis écrit d'au moins 30 jours.", regime.fr),
            );
            let (span, clause_inferred, _) = missing_target(cx, CLAUSE);
            let inferred = clause_inferred || general.inferred;
            sink.report_with(&NOTICE_META, Severity::Error, span, with_certainty_hint(message, CLAUSE, inferred))
                .with_fix(add_sentences(cx, NOTICE, &[]))
                .inferred(inferred);
            return;
        };

        let mut severity = Severity::Info;
        let mut parts: Vec<Message> = Vec::new();
        let mut fixes_found: Vec<Fix> = Vec::new();
        let mut span = first_notice.span();
        let mut related: Option<Span> = None;
        let contradiction = terms.notice.and_then(|notice| disagreeing_notice(cx, &notice));
        let proposal = calendar_days(PROPOSED_NOTICE_DAYS);
        let propose_title = Message::new(
            format!("Give {} of notice", proposal.describe(Lang::En)),
            format!("Prévoir un préavis de {}", proposal.describe(Lang::Fr)),
        );
        match (terms.notice, contradiction) {
            // Two numbers for one notice: which applies is for the parties to settle, not for the
            // linter to guess from the order of the clauses.
            (Some(period), Some(other)) => {
                severity = severity.max(Severity::Warning);
                span = period.span;
                related = Some(other);
                let (first, second) = (period.written(cx), cx.text(other).trim());
                parts.push(Message::new(
                    format!("The advance notice of changes of sub-processors is stated twice, with different periods: “{first}” and “{second}”. The controller cannot tell how long it has to check a newcomer and object (Art. 28(2) GDPR). Keep one period, of at least 30 days."),
                    format!("Le préavis des changements de sous-traitants ultérieurs est stipulé deux fois, avec des durées différentes : « {first} » et « {second} ». Le responsable du traitement ne peut savoir de combien de temps il dispose pour vérifier un nouveau venu et s'y opposer (art. 28(2) RGPD). Ne conservez qu'une durée, d'au moins 30 jours."),
                ));
            }
            (Some(period), None) if period.duration.days_min().is_some_and(|days| days < MIN_NOTICE_DAYS) => {
                let written = period.written(cx);
                // Working days and months vary in calendar length: say how short they can be.
                let shortest = |lang| match (period.duration, period.duration.days_min()) {
                    (Duration::Quantified { amount, unit }, Some(days))
                        if unit != TimeUnit::CalendarDays && days != amount =>
                    {
                        match lang {
                            Lang::En => format!(" ({} at the shortest)", calendar_days(days).describe(lang)),
                            Lang::Fr => format!(" ({} au plus court)", calendar_days(days).describe(lang)),
                        }
                    }
                    _ => String::new(),
                };
                let base = cx.severity(&NOTICE_META, Severity::Warning);
                severity = severity.max(base);
                span = period.span;
                parts.push(Message::new(
                    format!("The processor has to announce a new or replacement sub-processor only {written} in advance{}: under the 14 days this linter asks for, too little for the controller to check the newcomer's guarantees, country and transfer mechanism and to object (Art. 28(2) GDPR; EDPB Guidelines 07/2020 ask for a reasonable timeframe). Give at least 30 days' notice.", shortest(Lang::En)),
                    format!("Le sous-traitant ne doit annoncer un nouveau sous-traitant ultérieur ou un remplacement que {written} à l'avance{} : moins des 14 jours que demande ce linter, trop peu pour que le responsable du traitement vérifie les garanties, le pays et le mécanisme de transfert du nouveau venu et s'y oppose (art. 28(2) RGPD ; les lignes directrices 07/2020 du CEPD demandent un délai raisonnable). Prévoyez un préavis d'au moins 30 jours.", shortest(Lang::Fr)),
                ));
                if base > Severity::Warning {
                    parts.push(Message::new(
                        "The processing is high risk, so this is an error.",
                        "Le traitement présente un risque élevé : c'est donc une erreur.",
                    ));
                }
                fixes_found.push(replace_period(cx, &period, &proposal, propose_title));
            }
            (Some(period), None) if period.duration.days_min().is_none() => {
                severity = severity.max(Severity::Warning);
                span = period.span;
                let written = period.written(cx);
                parts.push(Message::new(
                    format!("The advance notice of changes of sub-processors is only “{written}”, with no number of days: the change could take effect the day it is announced, leaving the controller no time to object (Art. 28(2) GDPR). State a period of at least 30 days before the change."),
                    format!("Le préavis des changements de sous-traitants ultérieurs n'est que « {written} », sans nombre de jours : le changement pourrait prendre effet le jour même de l'annonce, sans laisser au responsable du traitement le temps de s'y opposer (art. 28(2) RGPD). Fixez un préavis d'au moins 30 jours avant le changement."),
                ));
                // Vague words read as a period sit in a phrase ("dans un délai raisonnable avant")
                // that a number of days would not fit; a written fact's value can be replaced.
                if period.fact.is_some_and(|fact| !fact.inferred) {
                    fixes_found.push(replace_period(cx, &period, &proposal, propose_title));
                }
            }
            (Some(_), None) => {}
            (None, _) => {
                severity = severity.max(Severity::Warning);
                parts.push(Message::new(
                    "The processor must announce changes of sub-processors, but no advance period is stated: the change could take effect the day it is announced, leaving the controller no time to object (Art. 28(2) GDPR). Write “at least 30 days before the change” (as the `objection-notice` fact in a tagged document).",
                    "Le sous-traitant doit annoncer les changements de sous-traitants ultérieurs, mais aucun préavis n'est fixé : le changement pourrait prendre effet le jour même de l'annonce, sans laisser au responsable du traitement le temps de s'y opposer (art. 28(2) RGPD). Écrivez « au moins 30 jours avant le changement » (le fait `préavis-objection` dans un document balisé).",
                ));
            }
        }
        // The controller's own notice of an objection ("If Customer objects, it must notify
        // Provider in writing") says nothing of how changes are announced.
        let announcements: Vec<&Sentence<'_>> = terms
            .notices
            .iter()
            .filter(|s| {
                [&INFORM, &POSTING, &BY_POSTING]
                    .iter()
                    .any(|cue| s.matches(cue).first().is_some_and(|&(at, _)| at < objection_at(s)))
            })
            .collect();
        let posting_only = !announcements.is_empty()
            && announcements.iter().all(|s| (posts_changes(s) || s.states(&BY_POSTING)) && !reaches_controller(s));
        if posting_only {
            severity = severity.max(Severity::Warning);
            parts.push(Message::new(
                "The only information is a posting on the processor's web page, which the controller would have to watch: Art. 28(2) requires the processor to inform the controller. Require written notice to a named address, such as the data protection officer's e-mail.",
                "La seule information est une publication sur la page web du sous-traitant, que le responsable du traitement devrait surveiller : l'art. 28(2) exige que le sous-traitant informe le responsable. Exigez une information écrite à une adresse désignée, par exemple le courriel du délégué à la protection des données.",
            ));
            fixes_found.push(add_sentences(cx, WRITTEN_NOTICE, &[]));
        }
        if parts.is_empty() {
            return;
        }
        let inferred = general.inferred || first_notice.inferred(cx) || terms.notice.is_some_and(|p| p.inferred);
        let finding = sink
            .report_with(&NOTICE_META, severity, span, with_certainty_hint(join(&parts), CLAUSE, inferred))
            .inferred(inferred);
        if let Some(other) = related {
            finding.related(other, Message::new("The other notice period.", "L'autre durée de préavis."));
        }
        if let Some(fix) = combine(fixes_found) {
            finding.with_fix(fix);
        }
    }
}

static OBJECTION_META: RuleMeta = RuleMeta {
    id: "SUBPROC-OBJECTION",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(2)",
    summary: L10n::new(
        "Under a general authorisation, no right to object to a new sub-processor (error); an objection window longer than the notice, or an objection with no consequence (warning).",
        "Autorisation générale sans droit d'opposition à un nouveau sous-traitant ultérieur (erreur) ; délai d'opposition plus long que le préavis, ou opposition sans conséquence (avertissement).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Under a general authorisation, looks for the controller's right to object to an intended change of sub-processors. A prior written authorisation of no stated kind is general when changes are announced a stated time in advance (\"Any change to the list of Sub-processors is notified to the Customer 30 days in advance\"), not when they are only notified once made, nor when the authorisation calls itself specific. Without a right to object it reports an error. It then compares the time to object (`objection-window`, or the duration after \"object\") with the advance notice (`objection-notice`): a window that ends after the change means the sub-processor is already at work when the controller objects. And it looks, around the objection, for what follows from it: the processor does not engage the sub-processor (or the change does not take place), or the controller may terminate, suspend or obtain an alternative; the processor's own right to terminate is no remedy of the controller's. Either weakness is a warning.",
            "En cas d'autorisation générale, recherche le droit du responsable du traitement de s'opposer à un changement de sous-traitant ultérieur envisagé. Une autorisation écrite préalable dont le type n'est pas précisé est générale lorsque les changements sont annoncés avec un préavis chiffré (« Toute modification de la liste des sous-traitants ultérieurs est notifiée au Client 30 jours à l'avance »), non s'ils sont seulement notifiés une fois faits, ni si l'autorisation se dit spécifique. L'absence de droit d'opposition est une erreur. Compare ensuite le délai d'opposition (`délai-objection`, ou la durée qui suit « s'opposer ») au préavis (`préavis-objection`) : un délai qui s'achève après le changement signifie que le sous-traitant ultérieur travaille déjà quand le responsable s'y oppose. Enfin, cherche autour de l'opposition ce qui en découle : le sous-traitant ne recourt pas au nouveau venu, (ou le changement n'a pas lieu), ou le responsable peut résilier, suspendre ou obtenir une solution de remplacement ; le droit du sous-traitant de résilier lui-même n'est pas un recours du responsable. Chacune de ces faiblesses est un avertissement.",
        ),
        why: L10n::new(
            "Art. 28(2) GDPR gives the information of changes a purpose: \"thereby giving the controller the opportunity to object\". An objection that can only be made after the change, or that the processor may ignore (\"the parties will discuss in good faith; the processor may nevertheless proceed\"), gives no such opportunity. The Commission's answer on its 2021/915 clauses is that after an objection the processor may not engage the new sub-processor.",
            "L'art. 28(2) du RGPD donne un but à l'information des changements : « donnant ainsi au responsable du traitement la possibilité d'émettre des objections ». Une opposition qui ne peut intervenir qu'après le changement, ou que le sous-traitant peut ignorer (« les parties en discutent de bonne foi ; le sous-traitant peut néanmoins procéder »), n'offre pas cette possibilité. Selon la Commission, au sujet de ses clauses 2021/915, après une opposition le sous-traitant ne peut pas recourir au nouveau sous-traitant ultérieur.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider shall inform the Customer in writing of any new Sub-processor at least [[objection-notice: 30 days]] before the change.\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider shall inform the Customer in writing of any new Sub-processor at least [[objection-notice: 30 days]] before the change. The Customer may object within [[objection-window: 14 days]]; if it objects, the Provider shall not engage the new Sub-processor.\n",
        companion: None,
    },
};

impl Rule for SubprocObjection {
    fn meta(&self) -> &'static RuleMeta {
        &OBJECTION_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if !reading.has_terms() {
            return;
        }
        let Some(general) = reading.general() else { return };
        let terms = ChangeTerms::read(cx, &reading);
        let Some(first_objection) = terms.objections.first() else {
            let regime = general.regime_words();
            let message = Message::new(
                format!("{}, but the controller has no right to object to a new one. Art. 28(2) GDPR requires the processor's information of changes to give the controller the opportunity to object. Add a right to object, with its consequence: the processor then does not engage the sub-processor.", regime.en),
                format!("{}, mais le responsable du traitement n'a aucun droit de s'opposer à un nouveau venu. L'art. 28(2) du RGPD exige que l'information des changements donne au responsable la possibilité d'émettre des objections. Ajoutez un droit d'opposition, avec sa conséquence : le sous-traitant ne recourt alors pas au sous-traitant ultérieur.", regime.fr),
            );
            let (span, clause_inferred, _) = missing_target(cx, CLAUSE);
            let inferred = clause_inferred || general.inferred;
            sink.report_with(&OBJECTION_META, Severity::Error, span, with_certainty_hint(message, CLAUSE, inferred))
                .with_fix(add_sentences(cx, OBJECTION, &[]))
                .inferred(inferred);
            return;
        };

        let mut parts: Vec<Message> = Vec::new();
        let mut fixes_found: Vec<Fix> = Vec::new();
        let mut span = first_objection.span();
        let mut related: Option<Span> = None;
        if let (Some(window), Some(notice)) = (terms.window, terms.notice) {
            let outlasts = match (window.duration.calendar_hours_min(), notice.duration.calendar_hours_max()) {
                (Some(window_hours), Some(notice_hours)) => window_hours > notice_hours,
                _ => false,
            };
            if outlasts {
                let (window_text, notice_text) = (window.written(cx), notice.written(cx));
                span = window.span;
                related = Some(notice.span);
                parts.push(Message::new(
                    format!("The controller has {window_text} to object, but the change is announced only {notice_text} in advance: the new sub-processor may already be processing the data when the controller objects, so the objection comes too late to prevent anything (Art. 28(2) GDPR). Make the notice at least as long as the objection window."),
                    format!("Le responsable du traitement dispose de {window_text} pour s'opposer, mais le changement n'est annoncé que {notice_text} à l'avance : le nouveau sous-traitant ultérieur peut déjà traiter les données quand le responsable s'y oppose, et l'opposition arrive trop tard pour rien empêcher (art. 28(2) RGPD). Prévoyez un préavis au moins aussi long que le délai d'opposition."),
                ));
                fixes_found.push(replace_period(
                    cx,
                    &notice,
                    &window.duration,
                    Message::new(
                        format!("Announce changes {} in advance", window.duration.describe(Lang::En)),
                        format!("Annoncer les changements {} à l'avance", window.duration.describe(Lang::Fr)),
                    ),
                ));
            }
        }
        let consequence = Consequence::read(cx, &reading, &terms);
        // With no advance period the change may take effect the day it is announced; unless an
        // objection stops the processor, or the window is itself set before the change, the
        // window then runs after the newcomer is at work.
        let after_the_change = terms.notice.is_none()
            && !consequence.refrains
            && !terms.window.is_some_and(|w| set_before_change(&terms, &w));
        if let Some(window) = terms.window.filter(|window| after_the_change && window.duration.days_max().is_some()) {
            let window_text = window.written(cx);
            span = window.span;
            parts.push(Message::new(
                format!("The controller has {window_text} to object, but no advance notice of the change is stated and nothing stops the processor from engaging the new sub-processor meanwhile: the objection may come after it is already processing the data, too late to prevent anything (Art. 28(2) GDPR). Announce changes at least as long in advance as the objection window, and say that the processor does not engage a sub-processor the controller objects to."),
                format!("Le responsable du traitement dispose de {window_text} pour s'opposer, mais aucun préavis du changement n'est fixé et rien n'empêche le sous-traitant de recourir entre-temps au nouveau sous-traitant ultérieur : l'opposition peut arriver alors qu'il traite déjà les données, trop tard pour rien empêcher (art. 28(2) RGPD). Annoncez les changements au moins aussi longtemps à l'avance que le délai d'opposition, et stipulez que le sous-traitant ne recourt pas à un sous-traitant ultérieur auquel le responsable s'oppose."),
            ));
            fixes_found.push(add_sentences(cx, NOTICE, &[]));
        }
        if !consequence.refrains && !consequence.remedy {
            parts.push(Message::new(
                "An objection has no stated consequence: nothing says that the processor will then not engage the sub-processor, nor that the controller may terminate or obtain an alternative. An objection the processor may override gives the controller no real opportunity to object (Art. 28(2) GDPR). Say what follows from an objection.",
                "L'opposition n'a aucune conséquence stipulée : rien ne dit que le sous-traitant renonce alors au sous-traitant ultérieur, ni que le responsable du traitement peut résilier ou obtenir une solution de remplacement. Une opposition que le sous-traitant peut passer outre ne donne pas au responsable une réelle possibilité d'émettre des objections (art. 28(2) RGPD). Précisez ce qui découle d'une opposition.",
            ));
            fixes_found.push(add_sentences(cx, CONSEQUENCE, &[]));
        }
        if parts.is_empty() {
            return;
        }
        let inferred = general.inferred || first_objection.inferred(cx) || terms.window.is_some_and(|p| p.inferred);
        let finding = sink
            .report_with(&OBJECTION_META, Severity::Warning, span, with_certainty_hint(join(&parts), CLAUSE, inferred))
            .inferred(inferred);
        if let Some(notice) = related {
            finding.related(notice, Message::new("The advance notice of the change.", "Le préavis du changement."));
        }
        if let Some(fix) = combine(fixes_found) {
            finding.with_fix(fix);
        }
    }
}

/// The notice reaches the controller itself (by e-mail, by letter, in writing), unless its only
/// written form is given by a posting ("prior written notice … by announcing changes on its
/// site"). Words after an objection are the form of the controller's objection ("If Customer
/// objects, it must notify Provider in writing"), not of the processor's notice.
fn reaches_controller(sentence: &Sentence<'_>) -> bool {
    let by_posting = sentence.states(&BY_POSTING);
    let forms = sentence.mentions(&WRITTEN_FORM);
    let objection_at = objection_at(sentence);
    sentence.matches(&DIRECT_NOTICE).iter().any(|&(start, end)| {
        let posted_form =
            by_posting && forms.iter().any(|&(form_start, form_end)| start < form_end && form_start < end);
        start < objection_at && !posted_form
    })
}

/// The sentence posts the changes on a web page, a page that is not only where the list is kept
/// ("will notify Customer of any changes to the Sub-processors listed on the Website", « la
/// liste publiée sur son site »).
fn posts_changes(sentence: &Sentence<'_>) -> bool {
    let lists = sentence.mentions(&LIST);
    sentence.states(&POSTING)
        && sentence.mentions(&POSTING).iter().any(|&(at, _)| {
            !lists
                .iter()
                .any(|&(_, list_end)| list_end <= at && sentence.words_between(list_end, at).len() <= LIST_PLACE_REACH)
        })
}

/// How many words may stand between a list and the page it is on ("listed on the Website").
const LIST_PLACE_REACH: usize = 2;

/// Where the sentence first speaks of an objection (its end if it does not).
fn objection_at(sentence: &Sentence<'_>) -> usize {
    sentence.mentions(&OBJECT).first().map_or(usize::MAX, |&(at, _)| at)
}

/// The window to object is a step before the change: under a lead-in that sets the steps
/// before it ("Before adding or changing sub-processors:" then "You'll have 30 days to object"),
/// or so worded after the duration ("30 days to object before the new sub-processor starts").
fn set_before_change(terms: &ChangeTerms<'_>, window: &Period<'_>) -> bool {
    terms.objections.iter().filter(|sentence| holds(sentence, Some(*window))).any(|sentence| {
        let under_lead_in = sentence
            .lead_in
            .is_some_and(|(paragraph, range)| !Sentence::alone(paragraph, range).mentions(&BEFORE_CHANGE).is_empty());
        let window_end = sentence.paragraph.folded.folded_offset(window.span.end);
        under_lead_in || sentence.mentions(&BEFORE_CHANGE).iter().any(|&(at, _)| at >= window_end)
    })
}

/// What follows from an objection, in the paragraphs that let the controller object or the
/// paragraph after each.
struct Consequence {
    /// The processor does not go ahead with the change ("shall not engage", "to avoid using").
    refrains: bool,
    /// The controller gets a remedy: termination, suspension, an alternative.
    remedy: bool,
}

impl Consequence {
    fn read(cx: &Context<'_>, reading: &SubProcessing<'_>, terms: &ChangeTerms<'_>) -> Self {
        let paragraphs = &cx.doc.paragraphs;
        let index_of = |paragraph: &Paragraph| cx.doc.paragraph_index(paragraph);
        let mut around: Vec<usize> = Vec::new();
        for objection in &terms.objections {
            let Some(at) = index_of(objection.paragraph) else { continue };
            around.push(at);
            if paragraphs.get(at + 1).is_some_and(|next| next.clause == objection.paragraph.clause) {
                around.push(at + 1);
            }
        }
        // The items of a list the objection leads in ("If you object to a new sub-processor:"
        // then "you may terminate affected services") are its consequences too.
        let near = |paragraph: &Paragraph| index_of(paragraph).is_some_and(|at| around.contains(&at));
        let sentences: Vec<&Sentence<'_>> = reading
            .sentences
            .iter()
            .filter(|s| near(s.paragraph) || s.lead_in.is_some_and(|(lead_in, _)| near(lead_in)))
            .collect();
        // The condition may name neither sub-processors nor their clause ("Such subcontracting
        // may only proceed if …"): every sentence of the objection's paragraphs is read for it.
        let waits_on_no_objection = around.iter().any(|&at| {
            let paragraph = &paragraphs[at];
            paragraph.folded.sentences().iter().any(|&range| waits_on_no_objection(&Sentence::alone(paragraph, range)))
        });
        Consequence {
            refrains: sentences.iter().any(|s| !s.mentions(&OBJECTION_REFRAIN).is_empty()) || waits_on_no_objection,
            remedy: sentences.iter().any(|s| {
                s.states(&OBJECTION_REMEDY) || s.matches(&TERMINATION).iter().any(|&(at, _)| !ended_by_processor(s, at))
            }),
        }
    }
}

/// The change waits on the controller not objecting: a condition with a negated objection
/// after it ("may only proceed if the Customer has not raised an objection", "if the Customer
/// does not object within that period, the change takes effect", « ne peut être
/// effectuée que si le Client n'a pas émis d'objection »), or an exception for an objection
/// ("takes effect unless the Customer objects", « sauf opposition du Client »). An objection
/// then calls the change off.
fn waits_on_no_objection(sentence: &Sentence<'_>) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let objections = sentence.mentions(&OBJECT);
    let before_objection = |cue: &Cue, negation_needed: bool| {
        sentence.mentions(cue).iter().any(|&(_, condition_end)| {
            objections.iter().any(|&(objection, _)| {
                objection >= condition_end
                    && sentence.words_between(condition_end, objection).len() <= CONDITION_REACH
                    && (!negation_needed || negated(&folded[condition_end..objection]))
            })
        })
    };
    before_objection(&CONDITION, true) || before_objection(&UNLESS, false)
}

/// How many words a condition may hold before the objection it waits on ("que si le Responsable
/// de Traitement n'a pas émis d'objection").
const CONDITION_REACH: usize = 10;

/// Whether the processor is the one ending the contract at folded offset `at`: the party named
/// last before it, sub-processors aside ("In case of objection, the Processor retains the right to
/// terminate"; but "if the Customer objects to the new Sub-processor, it may terminate", "either
/// party may terminate").
fn ended_by_processor(sentence: &Sentence<'_>, at: usize) -> bool {
    let sub_processors = sentence.mentions(&SUB_PROCESSOR);
    let last_before = |cue: &Cue| {
        sentence
            .mentions(cue)
            .into_iter()
            .filter(|&(start, end)| end <= at && !sub_processors.iter().any(|&(from, to)| from <= start && end <= to))
            .map(|(start, _)| start)
            .max()
    };
    last_before(&PROCESSOR_WORDS) > last_before(&CONTROLLER_WORDS).max(last_before(&EITHER_PARTY))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    /// The notice and the objection window read from `source`, as the contract words them.
    fn periods(source: &str) -> (Option<String>, Option<String>) {
        with_test_context(source, |cx| {
            let terms = ChangeTerms::read(cx, &SubProcessing::read(cx));
            let words = |period: Option<Period<'_>>| period.map(|period| period.written(cx).to_string());
            (words(terms.notice), words(terms.window))
        })
    }

    #[test]
    fn each_duration_measures_what_the_nearest_cue_before_it_says() {
        let source = "# Sub-processors {sub-processors}\nProvider will notify Customer at least ten (10) days before engaging any new Sub-processor, and Customer may object within seven (7) days of that notice.\n";
        assert_eq!(periods(source), (Some("ten (10) days".to_string()), Some("seven (7) days".to_string())));
    }

    #[test]
    fn a_duration_before_any_cue_belongs_to_the_first_cue_after_it() {
        let source = "# Sub-processors {sub-processors}\nAt least 30 days before a new Sub-processor starts processing Customer Data, we will e-mail the owners of all workspaces.\n";
        assert_eq!(periods(source), (Some("30 days".to_string()), None));
    }

    #[test]
    fn the_window_to_object_is_a_duration_tied_to_the_objection() {
        let alternative = "# Sub-processors {sub-processors}\nThe Provider will give thirty (30) days' written notice of any new Sub-processor. The Customer may terminate the Services if it objects to a Sub-processor in writing and the Provider, after discussing the matter with the Customer in good faith, has found no alternative within ninety days.\n";
        assert_eq!(periods(alternative), (Some("thirty (30) days".to_string()), None));
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Client peut résilier si, après s'être opposé au nouveau Sous-traitant ultérieur par lettre recommandée et après une discussion de bonne foi entre les parties, aucune solution de remplacement n'est trouvée dans un délai de quatre-vingt-dix jours.\n";
        assert_eq!(periods(french), (None, None));
        let tied = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Client peut s'opposer au nouveau Sous-traitant ultérieur dans un délai de 15 jours.\n";
        assert_eq!(periods(tied), (None, Some("15 jours".to_string())));
    }

    #[test]
    fn a_limit_counted_from_the_notice_is_the_time_to_object() {
        let english = "# Sub-processors {sub-processors}\nThe Provider will notify the Customer of a new Sub-processor by e-mail. If, within five (5) days after such notice, the Customer objects, the Provider shall not engage it. The Provider shall inform the Customer at least thirty (30) days prior to any such change.\n";
        assert_eq!(periods(english), (Some("thirty (30) days".to_string()), Some("five (5) days".to_string())));
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire informe le Client de tout nouveau Sous-traitant ultérieur. Le Client dispose de 10 jours à compter de la notification pour s'y opposer.\n";
        assert_eq!(periods(french), (None, Some("10 jours".to_string())));
        let takes_effect = "# Sub-processors {sub-processors}\nA new Sub-processor may start processing 30 days after notice to the Customer.\n";
        assert_eq!(periods(takes_effect), (Some("30 days".to_string()), None));
    }

    #[test]
    fn facts_win_over_words() {
        let source = "# Sub-processors {sub-processors}\nThe Provider shall inform the Customer in writing of any new Sub-processor at least [[objection-notice: 30 days]] before the change, and no later than 45 days.\n";
        assert_eq!(periods(source), (Some("30 days".to_string()), None));
    }
}
