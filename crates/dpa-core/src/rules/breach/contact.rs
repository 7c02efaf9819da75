use dpa_lexicon::cues::breach::{ANY_MEANS, CONTACT_CHANNEL};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::query::Hit;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{
    breach_paragraphs, hits_in, inference_note, notice_sentences, BREACH_CLAUSE, CLAUSE_TITLE, TAG_THE_CLAUSE,
};

pub(crate) struct BreachContactChannel;

static META: RuleMeta = RuleMeta {
    id: "BREACH-CONTACT-CHANNEL",
    family: Family::Breach,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: true,
    citation: "GDPR Art. 33(2)-(3), Art. 28(3)(f)",
    summary: L10n::new(
        "No named contact point or channel for breach notices (e-mail address, telephone, portal, named role).",
        "Aucun point de contact ni canal désigné pour les notifications de violation (adresse électronique, téléphone, portail, fonction désignée).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the breach clause says where notices go: an e-mail address or telephone number, a portal or hotline, or a named contact point or role (the data protection officer, the CISO, the person whose contact details an annex gives). \"By such means as the processor selects\" names nothing, nor does a list of media after \"by any appropriate means\" (\"e-mail, telephone, post\") without an address or number.",
            "Vérifie que la clause de violation dit où adresser les notifications : une adresse électronique ou un numéro de téléphone, un portail ou une astreinte, ou un point de contact ou une fonction désignée (le délégué à la protection des données, le RSSI, la personne dont une annexe donne les coordonnées). « Par tout moyen choisi par le prestataire » ne désigne rien, pas plus qu'une liste de moyens après « par tout moyen approprié » (« courriel, téléphone, courrier ») sans adresse ni numéro.",
        ),
        why: L10n::new(
            "The controller's 72 hours (Art. 33(1) GDPR) start when the notice reaches it. A notice sent to a general mailbox on a Friday night, or through a channel the processor picks, may sit unread for days. Naming the channel on both sides makes the notice arrive where someone acts on it.",
            "Les 72 heures du responsable (art. 33(1) RGPD) courent dès que la notification lui parvient. Une notification envoyée à une boîte générique un vendredi soir, ou par un canal choisi par le prestataire, peut rester des jours sans lecture. Désigner le canal de part et d'autre fait arriver la notification là où quelqu'un agit.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]] by such means as it selects.\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]] by e-mail to dpo@customer.example.\n",
        companion: None,
    },
};

const MODEL_SENTENCE: L10n = L10n::new(
    "Breach notices shall be sent by e-mail to [insert e-mail address] and confirmed by telephone to the Controller's data protection officer at [insert telephone number]; the Processor's contact point for the breach is its [insert role, e.g. security incident response team].",
    "Les notifications de violation sont adressées par courriel à [insérer l'adresse électronique] et confirmées par téléphone au délégué à la protection des données du Responsable du traitement au [insérer le numéro de téléphone] ; le point de contact du Sous-traitant pour la violation est [insérer la fonction, par exemple son équipe de réponse aux incidents].",
);

impl Rule for BreachContactChannel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let notices = notice_sentences(cx);
        let Some(first_notice) = notices.first() else { return };
        let paragraphs = breach_paragraphs(cx);
        // A channel whose address is still a blank ("by e-mail to [●]") names nothing yet, nor do
        // media offered as examples of "any appropriate means".
        let filled = |hit: &Hit<'_>| {
            let sentence = hit.sentence_span();
            !hit.sentence_matches(&ANY_MEANS)
                && !cx
                    .doc
                    .placeholders
                    .iter()
                    .any(|blank| sentence.start <= blank.span.start && blank.span.start < sentence.end)
        };
        let named = hits_in(&paragraphs, &CONTACT_CHANNEL).iter().any(filled)
            || paragraphs.iter().any(|p| names_an_address_or_number(&p.text));
        if named {
            return;
        }
        // Point at the notice itself: that is where the channel belongs.
        let (span, inferred) = (first_notice.span, first_notice.inferred(cx));
        let message = Message::new(
            "The breach clause names no contact point or channel for the notice (no e-mail address, telephone, portal or named role). The controller's 72 hours (Art. 33(1) GDPR) run from the notice, so it must reach someone who acts on it. Name the address and the person: “by e-mail to [address], confirmed by telephone to the Controller's data protection officer”.",
            "La clause de violation ne désigne aucun point de contact ni canal pour la notification (ni adresse électronique, ni téléphone, ni portail, ni fonction désignée). Les 72 heures du responsable (art. 33(1) RGPD) courent à partir de la notification, qui doit donc parvenir à quelqu'un qui agit. Désignez l'adresse et la personne : « par courriel à [adresse], confirmé par téléphone au délégué à la protection des données du Responsable du traitement ».",
        );
        let fix = fixes::add_to_clause(cx, BREACH_CLAUSE, CLAUSE_TITLE, MODEL_SENTENCE);
        sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}

/// Whether `text` contains an e-mail address or a telephone number. Their shape is not a word
/// the lexicon can list: `name@domain.tld`, or a number of at least ten digits (eight after
/// `+`), which dates and short references do not reach.
fn names_an_address_or_number(text: &str) -> bool {
    let is_email = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.') && !domain.starts_with('.'))
    };
    text.split_whitespace().any(is_email) || has_phone_number(text)
}

fn has_phone_number(text: &str) -> bool {
    const SEPARATORS: &[char] = &[' ', '.', '-', '(', ')', '\u{a0}'];
    let mut digits = 0;
    let mut international = false;
    let mut previous = ' ';
    for ch in text.chars() {
        if ch.is_ascii_digit() {
            if digits == 0 {
                international = previous == '+';
            }
            digits += 1;
            if digits >= 10 || (international && digits >= 8) {
                return true;
            }
        } else if !(digits > 0 && SEPARATORS.contains(&ch)) {
            digits = 0;
        }
        previous = ch;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_addresses_and_numbers() {
        assert!(names_an_address_or_number("notify dpo@duval.example without delay"));
        assert!(names_an_address_or_number("call +33 1 99 00 12 34"));
        assert!(names_an_address_or_number("appeler le 01 99 00 12 34"));
        assert!(!names_an_address_or_number("within 48 hours of 2026-10-01, see clause 10.2"));
        assert!(!names_an_address_or_number("RCS Lyon 401 223 987"));
        assert!(!names_an_address_or_number("by such means as Solvane selects"));
        assert!(!names_an_address_or_number("an @ sign alone"));
    }
}
