//! The terms of changes of sub-processors, from the sentences that announce changes or let the
//! controller object (and those holding a written fact of either):
//!
//! * `objection-notice`: the first duration the nearest cue measures as advance notice ("will
//!   notify Customer at least ten (10) days before engaging", « informe le Client au moins
//!   30 jours ouvrés avant ») ;
//! * `objection-window`: the first duration tied to the objection itself ("may object within
//!   seven (7) days", « peut s'opposer dans un délai de 15 jours »), never the time an objection
//!   leaves to find an alternative or to terminate.
//!
//! Whether the contract authorises sub-processors generally or specifically is read by the
//! rules from whole sentences: the words that say so ("shall not engage another processor
//! without prior authorisation of each one") seldom hold a value `authorisation` could hold.

use super::{fact_at, taken};
use crate::model::Fact;
use crate::rules::subprocessors::changes::{worded_periods, Measure};
use crate::rules::Context;

pub(super) fn extract(cx: &Context<'_>) -> Vec<Fact> {
    let (mut notice, mut window): (Option<Fact>, Option<Fact>) = (None, None);
    for period in worded_periods(cx) {
        let slot = match period.measure {
            Measure::Notice => &mut notice,
            Measure::Objection => &mut window,
        };
        if slot.is_none() {
            *slot =
                fact_at(period.measure.fact_name(), period.paragraph, period.range).filter(|fact| !taken(cx.doc, fact));
        }
    }
    notice.into_iter().chain(window).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::extracted;
    use crate::model::FactName;

    #[test]
    fn the_notice_and_the_window_in_one_sentence() {
        let english = "# Sub-processors {sub-processors}\nProvider will notify Customer at least ten (10) days before engaging any new Sub-processor, and Customer may object within seven (7) days of that notice.\n";
        assert_eq!(extracted(english, FactName::ObjectionNotice), ["ten (10) days"]);
        assert_eq!(extracted(english, FactName::ObjectionWindow), ["seven (7) days"]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire informe le Client de tout nouveau Sous-traitant ultérieur au moins 30 jours ouvrés avant son intervention. Le Client peut s'opposer au nouveau Sous-traitant ultérieur dans un délai de 15 jours.\n";
        assert_eq!(extracted(french, FactName::ObjectionNotice), ["30 jours ouvrés"]);
        assert_eq!(extracted(french, FactName::ObjectionWindow), ["15 jours"]);
    }

    #[test]
    fn the_time_to_find_an_alternative_is_no_window() {
        let source = "# Sub-processors {sub-processors}\nThe Provider will give thirty (30) days' written notice of any new Sub-processor. The Customer may terminate the Services if it objects to a Sub-processor in writing and the Provider has found no alternative within ninety days.\n";
        assert_eq!(extracted(source, FactName::ObjectionNotice), ["thirty (30) days"]);
        assert!(extracted(source, FactName::ObjectionWindow).is_empty());
    }

    #[test]
    fn a_written_notice_leaves_the_other_durations_to_the_window() {
        let source = "# Sub-processors {sub-processors}\nThe Provider shall inform the Customer in writing of any new Sub-processor at least [[objection-notice: 30 days]] before the change, and no later than 45 days.\n";
        assert!(extracted(source, FactName::ObjectionNotice).is_empty());
        assert!(extracted(source, FactName::ObjectionWindow).is_empty());
    }
}
