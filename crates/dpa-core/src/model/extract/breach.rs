//! The breach notice: the sentences in which the processor notifies the controller of a
//! personal data breach ([`Document::breach_notices`]), and in them the time limit for that
//! notice ("within forty-eight (48) hours", "sous 3 jours ouvrés", "without undue delay"),
//! not a follow-up report's, the controller's own or a sub-processor's.

use dpa_lexicon::cues::breach::{
    ASSIST, AUTHORITY_OR_SUBJECTS, BREACH_EVENT, CONTROLLER_OWN_DEADLINE, COORDINATION, DEADLINE_INTRO, DEADLINE_START,
    FOLLOW_UP_REPORT, NOTIFY, OWN_NOTICE_LINKS, SUB_PROCESSOR,
};
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::{Duration, Located};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use super::{durations_in, fact_at};
use crate::lang::Lang;
use crate::model::{BreachNotice, ClauseKind, Document, Fact, FactName, Paragraph};
use crate::rules::query::negated;

/// How far before and after a figure the words that make it a time limit are looked for.
const LEAD_IN_WORDS: usize = 4;
const FOLLOW_WORDS: usize = 3;
/// How far after a notifying verb its recipient is looked for ("notify the breach to the
/// competent supervisory authority", "notifier la violation à la CNIL").
const RECIPIENT_WORDS: usize = 8;

/// Finds the notice sentences ([`Document::breach_notices`]) and returns their deadlines.
pub(super) fn extract(doc: &mut Document) -> Vec<Fact> {
    doc.breach_notices = breach_notices(doc);
    breach_deadlines(doc)
}

/// Sentences in which the processor notifies the controller of a personal data breach: a
/// notifying verb, not negated, not in brackets, not after words of assistance ("assist the
/// Customer in notifying") and not with a sub-processor as the one notifying, outside the
/// sub-processor clauses. Outside a breach clause the sentence, or the lead-in of its list
/// ("in respect of any personal data breach, the Processor shall:"), must name a breach.
fn breach_notices(doc: &Document) -> Vec<BreachNotice> {
    let mut found = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        let kind = doc.clause_of(paragraph).and_then(|clause| clause.kind);
        if kind.is_some_and(ClauseKind::concerns_sub_processors) {
            continue;
        }
        let text = &paragraph.folded;
        let lead_in_states = |cue: &Cue| {
            doc.lead_ins[index].is_some_and(|(lead, range)| cue.matches_in(&doc.paragraphs[lead].folded, range))
        };
        // The items of "the processor shall assist the controller:" are assistance ("(a) in
        // notifying the breach to the supervisory authority"), not the processor's own notice.
        if lead_in_states(&ASSIST) {
            continue;
        }
        let lead_in_names_breach = lead_in_states(&BREACH_EVENT);
        for &sentence in text.sentences() {
            let sentence_text = FoldedText::new(&text.folded[sentence.0..sentence.1], 0);
            let about_breach = kind == Some(ClauseKind::BreachNotification)
                || lead_in_names_breach
                || BREACH_EVENT.matches(&sentence_text);
            if about_breach && notifies_controller(doc.language, paragraph, sentence, &sentence_text) {
                let (from, to) = text.source_range(sentence.0, sentence.1);
                found.push(BreachNotice { paragraph: index, sentence, span: Span::new(from, to) });
            }
        }
    }
    found
}

/// Whether a sentence has the processor itself notify someone: some notifying verb is neither
/// negated, bracketed, nor preceded by a sub-processor or by words of assistance, unless it is
/// the processor's own notice after its help ([`own_notice_after_help`]).
fn notifies_controller(lang: Lang, paragraph: &Paragraph, sentence: (usize, usize), text: &FoldedText) -> bool {
    NOTIFY.find_all(text).into_iter().any(|(start, end)| {
        let before = &text.folded[..start];
        let before_text = FoldedText::new(before, 0);
        let (from, to) = paragraph.folded.source_range(sentence.0 + start, sentence.0 + end);
        !negated(before)
            && !paragraph.bracketed(Span::new(from, to))
            && (!ASSIST.matches(&before_text) || own_notice_after_help(lang, before, &text.folded[start..end]))
            && !SUB_PROCESSOR.matches(&before_text)
    })
}

/// Whether the notifying verb after words of help is a finite verb of its own, coordinated with
/// the help, rather than what the help is for: "and" right before it, or before object
/// pronouns, modals and adverbs, with the verb finite ("assists the Customer and notifies it of
/// any breach", "helps the Customer and shall promptly inform it", « aide le Client à répondre
/// aux demandes et lui notifie toute violation »). "Assist the Customer to investigate and
/// notify the breach", "in notifying", « aider le Client à analyser et notifier » stay help.
fn own_notice_after_help(lang: Lang, before: &str, verb: &str) -> bool {
    let words = before.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|word| !word.is_empty());
    let mut modal = false;
    for word in words.rev() {
        if OWN_NOTICE_LINKS.has_phrase(word) {
            modal |= matches!(word, "shall" | "will" | "must" | "doit" | "devra");
            continue;
        }
        let finite = match lang {
            Lang::En => modal || verb.ends_with('s'),
            Lang::Fr => modal || !(verb.ends_with("er") || verb.ends_with("ir")),
        };
        return finite && COORDINATION.has_phrase(word);
    }
    false
}

/// The time limits of the breach notices, as inferred `breach-notice` facts: every duration of
/// a notice sentence that [`is_notice_deadline`], of the lead-in of a notice listed as an item
/// ("without undue delay and within 48 hours after becoming aware of it:" then "notify the
/// Customer"), or of the sentences right after it that still speak of the notice without naming
/// the breach again ("… immediately informs the client of breaches. The notification must be
/// made at the latest within 24 hours"). Both an "immediately" and an outer limit are read: the
/// rule and the corpus judge the longest, the limit the processor is bound by.
fn breach_deadlines(doc: &Document) -> Vec<Fact> {
    let mut found = Vec::new();
    for notice in &doc.breach_notices {
        let notice_paragraph = &doc.paragraphs[notice.paragraph];
        let lead_in = doc.lead_ins[notice.paragraph].map(|(lead, range)| (&doc.paragraphs[lead], range));
        let continued = notice_continued(doc, notice).into_iter().map(|range| (notice_paragraph, range));
        for (paragraph, range) in
            [Some((notice_paragraph, notice.sentence)), lead_in].into_iter().flatten().chain(continued)
        {
            let sentence = &paragraph.folded.folded[range.0..range.1];
            let mut previous_end = 0;
            for located in durations_in(sentence) {
                let deadline = is_notice_deadline(sentence, previous_end, &located);
                previous_end = located.end;
                let words = (range.0 + located.start, range.0 + located.end);
                found.extend(deadline.then(|| fact_at(FactName::BreachNotice, paragraph, words)).flatten());
            }
        }
    }
    found
}

/// The sentences after a notice in its paragraph that go on about the processor's notice ("The
/// notification must be made …", « Cette notification intervient … »), up to the first that
/// does not, that is a notice of its own (read for itself), or that is a sub-processor's report
/// ("Sub-processors report to the Provider within 24 hours").
fn notice_continued(doc: &Document, notice: &BreachNotice) -> Vec<(usize, usize)> {
    let paragraph = &doc.paragraphs[notice.paragraph];
    // Notices are in paragraph order: this paragraph's are one run of them.
    let first = doc.breach_notices.partition_point(|n| n.paragraph < notice.paragraph);
    let notices_here: Vec<(usize, usize)> = doc.breach_notices[first..]
        .iter()
        .take_while(|n| n.paragraph == notice.paragraph)
        .map(|n| n.sentence)
        .collect();
    paragraph
        .folded
        .sentences()
        .iter()
        .skip_while(|&&range| range != notice.sentence)
        .skip(1)
        .take_while(|&&range| {
            !notices_here.contains(&range)
                && notifies_controller(
                    doc.language,
                    paragraph,
                    range,
                    &FoldedText::new(&paragraph.folded.folded[range.0..range.1], 0),
                )
        })
        .copied()
        .collect()
}

/// Whether a duration found in a notice sentence is the deadline for notifying the controller:
/// not a follow-up report's (words since the previous duration), not the controller's own
/// deadline, not a notice to the authority or the data subjects (the recipient after the last
/// notifying verb before it, or the first after it when none comes before); and, for a number, written as a time limit ("within 48 hours", "48 hours
/// after").
fn is_notice_deadline(sentence: &str, previous_end: usize, located: &Located<Duration>) -> bool {
    let since_previous = FoldedText::new(sentence.get(previous_end..located.start).unwrap_or(""), 0);
    if FOLLOW_UP_REPORT.matches(&since_previous) || CONTROLLER_OWN_DEADLINE.matches(&since_previous) {
        return false;
    }
    let before = sentence.get(..located.start).unwrap_or("");
    // The notice the duration belongs to: the last before it, or when the sentence opens on the
    // duration, the first after it ("The 72-hour period of Art. 33(1) is the Customer's to
    // notify the supervisory authority", « Le délai de 72 heures … pour notifier la violation
    // à la CNIL »).
    let after = sentence.get(located.end..).unwrap_or("");
    let notice = match NOTIFY.find_all(&FoldedText::new(before, 0)).last() {
        Some(&(_, verb_end)) => Some(&before[verb_end..]),
        None => NOTIFY.find(&FoldedText::new(after, 0)).map(|(_, verb_end)| &after[verb_end..]),
    };
    if notice.is_some_and(|rest| AUTHORITY_OR_SUBJECTS.matches(&FoldedText::new(first_words(rest, RECIPIENT_WORDS), 0)))
    {
        return false;
    }
    if !matches!(located.value, Duration::Quantified { .. }) {
        return true;
    }
    let lead_in = last_words(before, LEAD_IN_WORDS);
    let follow = first_words(sentence.get(located.end..).unwrap_or(""), FOLLOW_WORDS);
    DEADLINE_INTRO.matches(&FoldedText::new(lead_in, 0)) || DEADLINE_START.matches(&FoldedText::new(follow, 0))
}

/// The last `count` space-separated words of `text`.
fn last_words(text: &str, count: usize) -> &str {
    let trimmed = text.trim_end();
    let start = trimmed.match_indices(' ').rev().nth(count.saturating_sub(1)).map_or(0, |(at, _)| at + 1);
    &trimmed[start..]
}

/// The first `count` space-separated words of `text`.
fn first_words(text: &str, count: usize) -> &str {
    let trimmed = text.trim_start();
    let end = trimmed.match_indices(' ').nth(count.saturating_sub(1)).map_or(trimmed.len(), |(at, _)| at);
    &trimmed[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, LintOptions};

    fn deadlines(source: &str) -> Vec<(String, bool)> {
        let report = lint(source, &LintOptions::default());
        report
            .document
            .facts_named(FactName::BreachNotice)
            .map(|fact| (fact.span.text(source).to_string(), fact.inferred))
            .collect()
    }

    fn notices(source: &str) -> Vec<String> {
        let report = lint(source, &LintOptions::default());
        report.document.breach_notices.iter().map(|notice| notice.span.text(source).to_string()).collect()
    }

    #[test]
    fn finds_the_processor_notifying_the_controller() {
        let source = "# Breaches {breach-notification}\nThe Provider shall notify the Customer within 24 hours. The Provider shall assist the Customer in notifying the supervisory authority. The Provider shall not inform any third party.\n";
        assert_eq!(notices(source), ["The Provider shall notify the Customer within 24 hours."]);
    }

    #[test]
    fn the_processors_own_notice_after_its_help_is_a_notice() {
        let own = [
            "# Assistance {assistance}\nThe Provider assists the Customer with access requests and notifies it of any personal data breach within 48 hours.\n",
            "# Assistance {assistance}\nThe Provider shall help the Customer with its records and shall promptly inform it of any personal data breach.\n",
            "# Assistance {assistance}\nLe Prestataire aide le Client à répondre aux demandes des personnes et lui notifie toute violation de données sous 48 heures.\n",
            "# Assistance {assistance}\nLe Prestataire coopère avec le Client et l'informe de toute violation de données sans délai.\n",
        ];
        for source in own {
            assert_eq!(notices(source).len(), 1, "{source}");
        }
        let help = [
            "# Assistance {assistance}\nThe Provider shall assist the Customer to investigate and notify any personal data breach.\n",
            "# Assistance {assistance}\nThe Provider shall assist the Customer in notifying any personal data breach to the authority.\n",
            "# Assistance {assistance}\nLe Prestataire aide le Client à analyser et notifier toute violation de données.\n",
            "# Assistance {assistance}\nLe Prestataire assiste le Client pour lui permettre de notifier toute violation de données.\n",
        ];
        for source in help {
            assert!(notices(source).is_empty(), "{source}");
        }
    }

    #[test]
    fn outside_a_breach_clause_the_sentence_must_name_a_breach() {
        let source = "# Obligations {instructions}\nThe Provider shall inform the Customer of any instruction it finds unlawful. The Provider shall notify the Customer of any personal data breach within 24 hours.\n";
        assert_eq!(
            notices(source),
            ["The Provider shall notify the Customer of any personal data breach within 24 hours."]
        );
    }

    #[test]
    fn a_sub_processor_notifying_the_processor_is_not_the_processor_notifying() {
        let source = "# Sub-processors {sub-processors}\nEach Sub-processor shall notify the Provider of any personal data breach within 12 hours.\n\n# General {term}\nThe Provider shall ensure that each Sub-processor reports any data breach to it within 12 hours.\n";
        assert!(notices(source).is_empty());
    }

    #[test]
    fn deadlines_in_words_and_figures_are_facts_on_their_words() {
        let english = "7.1 The Processor shall notify the Controller of any personal data breach without undue delay and in any event within forty-eight (48) hours after becoming aware of it.\n";
        assert_eq!(
            deadlines(english),
            [("forty-eight (48) hours".to_string(), true)],
            "the number, not the vague words"
        );
        let vague =
            "5. Data breaches. If we become aware of a data breach affecting your data, we will tell you promptly.\n";
        assert_eq!(deadlines(vague), [("promptly".to_string(), true)]);
        let french = "Le Prestataire notifie au Client toute violation de données dans un délai de 3 jours ouvrés après en avoir pris connaissance.\n";
        assert_eq!(deadlines(french), [("3 jours ouvrés".to_string(), true)]);
    }

    #[test]
    fn a_written_fact_is_not_read_again() {
        let source = "# Breaches {breach-notification}\nThe Provider shall notify the Customer of any breach within [[breach-notice: 48 hours]].\n";
        assert_eq!(deadlines(source), [("[[breach-notice: 48 hours]]".to_string(), false)]);
    }

    #[test]
    fn other_deadlines_in_a_notice_sentence_are_not_the_notice() {
        let sentence = "the provider shall notify the customer within 24 hours and send a final report within 10 days";
        let found = durations_in(sentence);
        assert_eq!(found.len(), 2);
        assert!(is_notice_deadline(sentence, 0, &found[0]));
        assert!(!is_notice_deadline(sentence, found[0].end, &found[1]), "a final report's deadline");
        let french = "le prestataire notifie la violation au client sous 48 heures afin qu'il puisse notifier la violation a la cnil dans les 72 heures";
        let found = durations_in(french);
        assert!(is_notice_deadline(french, 0, &found[0]));
        assert!(!is_notice_deadline(french, found[0].end, &found[1]), "the controller's own deadline");
        let retention =
            "the provider shall notify the customer of breaches and keep its incident records for 12 months";
        let found = durations_in(retention);
        assert!(!is_notice_deadline(retention, 0, &found[0]), "a number must read as a time limit");
    }

    #[test]
    fn a_limit_after_in_no_event_is_a_deadline() {
        let english = "the provider will notify the customer without undue delay (and in no event later than 72 hours)";
        let french = "le prestataire notifie le client sans delai injustifie et en aucun cas plus tard que 72 heures";
        for sentence in [english, french] {
            let found = durations_in(sentence);
            assert!(
                found.iter().any(|located| matches!(located.value, Duration::Quantified { .. })
                    && is_notice_deadline(sentence, 0, located)),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_window_before_the_notice_it_belongs_to_is_that_notices() {
        let english =
            "the 72-hour period of article 33(1) is the time the customer has to notify the supervisory authority";
        let french = "le delai de 72 heures de l'article 33.1 est celui dont dispose le client pour notifier la violation a la cnil";
        let translated = "within 72 hours of becoming aware the controller reports the breach to the competent supervisory authority";
        for sentence in [english, french, translated] {
            assert!(!is_notice_deadline(sentence, 0, &durations_in(sentence)[0]), "{sentence}");
        }
        // The processor's own notice after the duration keeps it.
        let own = "within 72 hours of becoming aware the provider notifies the customer, which notifies the authority";
        let propre = "dans les 72 heures, le prestataire notifie la violation au client, qui la notifie a la cnil";
        for sentence in [own, propre] {
            assert!(is_notice_deadline(sentence, 0, &durations_in(sentence)[0]), "{sentence}");
        }
    }

    #[test]
    fn an_outer_limit_after_immediately_is_read_too() {
        let english = "# Duties {instructions}\nThe contractor immediately informs the client of personal data breaches. Justified suspicions are also to be communicated. The notification must be made at the latest within 24 hours after the contractor becomes aware of the event. Records are kept for 3 years.\n";
        let read: Vec<String> = deadlines(english).into_iter().map(|(words, _)| words).collect();
        assert_eq!(read, ["immediately", "24 hours"]);
        let french = "# Obligations {instructions}\nLe prestataire informe immédiatement le client de toute violation de données. Cette notification intervient au plus tard dans les 24 heures suivant sa prise de connaissance.\n";
        let read: Vec<String> = deadlines(french).into_iter().map(|(words, _)| words).collect();
        assert_eq!(read, ["immédiatement", "24 heures"]);
    }

    #[test]
    fn a_sub_processor_report_after_the_notice_is_not_its_limit() {
        let english = "# Breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within 48 hours. Sub-processors report to the Provider within 24 hours.\n";
        let read: Vec<String> = deadlines(english).into_iter().map(|(words, _)| words).collect();
        assert_eq!(read, ["48 hours"]);
        let french = "# Violations {notification-violation}\nLe Prestataire notifie au Client toute violation de données dans les 48 heures. Les sous-traitants ultérieurs en informent le Prestataire dans les 24 heures.\n";
        let read: Vec<String> = deadlines(french).into_iter().map(|(words, _)| words).collect();
        assert_eq!(read, ["48 heures"]);
    }

    #[test]
    fn blanks_are_not_deadlines() {
        let source = "9.1 The Processor shall notify the Controller of any personal data breach within [72] hours.\n";
        assert!(deadlines(source).is_empty());
    }

    #[test]
    fn words_are_cut_on_spaces() {
        assert_eq!(last_words("shall notify the customer within ", 2), "customer within");
        assert_eq!(first_words(" after becoming aware of it", 2), "after becoming");
        assert_eq!(first_words("", 3), "");
    }
}
