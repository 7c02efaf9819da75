//! Playbooks (language.md §5): a firm's negotiation positions per fact, for the side it acts
//! for, and per-rule severity overrides.
//!
//! A value inside `preferred` gives no finding; up to `fallback`, info; up to `walk-away`, a
//! warning; beyond it, an error. Which direction is "better" depends on the fact and on the side:
//! a controller wants short breach deadlines and long objection windows; a processor the reverse.
//! Playbooks only add findings or tighten severities for the law layer; the statutory minima are
//! relaxed only by a suppression with a reason.

use std::collections::BTreeMap;

use dpa_lexicon::values::{self, Duration, FactValue, Frequency};
use serde::Serialize;

use crate::finding::Severity;
use crate::lang::Message;
use crate::model::{ActingFor, Fact, FactName};

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Playbook {
    /// The side the firm acts for; the document's `acting-for` is used when this is absent.
    pub acting_for: Option<ActingFor>,
    pub facts: BTreeMap<FactName, Positions>,
    /// Severity per rule id.
    pub rules: BTreeMap<String, Severity>,
}

/// The three positions for one fact, each parsed with the fact's own value parser.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Positions {
    pub preferred: Option<Bound>,
    pub fallback: Option<Bound>,
    pub walk_away: Option<Bound>,
}

/// A position as written and as a number on the fact's scale (hours, or times per year).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bound {
    pub text: String,
    pub measure: f64,
}

/// Where a value stands against the positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    Preferred,
    Fallback,
    WalkAway,
    BeyondWalkAway,
}

impl Standing {
    /// The severity a finding about this standing gets (`None`: nothing to report).
    pub fn severity(self) -> Option<Severity> {
        match self {
            Standing::Preferred => None,
            Standing::Fallback => Some(Severity::Info),
            Standing::WalkAway => Some(Severity::Warning),
            Standing::BeyondWalkAway => Some(Severity::Error),
        }
    }
}

/// A fact's standing with the message that explains it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Position {
    pub standing: Standing,
    pub message: Message,
    /// The preferred value as written in the playbook, for a fix.
    pub preferred: Option<String>,
}

/// A playbook that could not be read: what and where (1-based line and column in the TOML).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaybookError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for PlaybookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

impl std::error::Error for PlaybookError {}

impl Playbook {
    /// Parse a playbook from TOML text.
    pub fn from_toml(text: &str) -> Result<Playbook, PlaybookError> {
        let table: toml::Spanned<toml::Table> = toml::from_str(text).map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            locate(text, offset, error.message().to_string())
        })?;
        let at = |key: &str| -> usize { find_key(text, key) };
        let mut playbook = Playbook::default();
        for (key, value) in table.get_ref() {
            match dpa_lexicon::fold_key(key).as_str() {
                "acting-for" | "pour-le-compte-de" => {
                    let side = value.as_str().and_then(dpa_lexicon::acting_for);
                    playbook.acting_for = Some(side.ok_or_else(|| {
                        locate(text, at(key), "`acting-for` must be \"controller\" or \"processor\"".into())
                    })?);
                }
                "facts" | "faits" => {
                    let facts = value
                        .as_table()
                        .ok_or_else(|| locate(text, at(key), "`[facts]` must be a table of facts".into()))?;
                    for (name, positions) in facts {
                        let fact = dpa_lexicon::fact_name(name).ok_or_else(|| {
                            let hint = dpa_lexicon::suggest(name, dpa_lexicon::all_words(dpa_lexicon::FACT_NAMES))
                                .map_or(String::new(), |s| format!("; did you mean `{s}`?"));
                            locate(text, at(name), format!("`{name}` is not a fact name{hint}"))
                        })?;
                        let positions = positions
                            .as_table()
                            .ok_or_else(|| locate(text, at(name), format!("`[facts.{name}]` must be a table")))?;
                        playbook.facts.insert(fact, parse_positions(text, fact, positions)?);
                    }
                }
                "rules" | "regles" => {
                    let rules = value
                        .as_table()
                        .ok_or_else(|| locate(text, at(key), "`[rules]` must be a table of rule ids".into()))?;
                    for (id, severity) in rules {
                        let severity = severity.as_str().and_then(Severity::from_id).ok_or_else(|| {
                            locate(text, at(id), format!("`{id}` must be \"error\", \"warning\" or \"info\""))
                        })?;
                        playbook.rules.insert(id.to_ascii_uppercase(), severity);
                    }
                }
                _ => {
                    return Err(locate(
                        text,
                        at(key),
                        format!("unknown key `{key}` (expected acting-for, [facts] or [rules])"),
                    ))
                }
            }
        }
        Ok(playbook)
    }

    /// Where `fact` stands against this playbook's positions, for the side it acts for (the
    /// document's side when the playbook names none; a controller when neither does).
    pub fn position(&self, fact: &Fact, document_side: Option<ActingFor>) -> Option<Position> {
        let positions = self.facts.get(&fact.name)?;
        let side = self.acting_for.or(document_side).unwrap_or(ActingFor::Controller);
        let value = fact.parsed()?;
        let lower_is_better = lower_is_better(fact.name) == (side == ActingFor::Controller);
        // Judge the value at its worst for our side (business days can stretch over a weekend).
        let measure = measure(value, lower_is_better)?;
        let worse = |bound: &Option<Bound>| {
            bound.as_ref().is_some_and(|b| {
                if lower_is_better {
                    measure > b.measure + f64::EPSILON
                } else {
                    measure + f64::EPSILON < b.measure
                }
            })
        };
        let standing = if !worse(&positions.preferred) && positions.preferred.is_some() {
            Standing::Preferred
        } else if !worse(&positions.fallback) && positions.fallback.is_some() {
            Standing::Fallback
        } else if positions.walk_away.is_none() || !worse(&positions.walk_away) {
            Standing::WalkAway
        } else {
            Standing::BeyondWalkAway
        };
        let describe = |b: &Option<Bound>| b.as_ref().map_or("—".to_string(), |b| b.text.clone());
        let (p, f, w) = (describe(&positions.preferred), describe(&positions.fallback), describe(&positions.walk_away));
        let value_text = &fact.value_text;
        let (en, fr) = match standing {
            Standing::Preferred => ("your preferred position", "votre position préférée"),
            Standing::Fallback => ("within your fallback position", "dans votre position de repli"),
            Standing::WalkAway => (
                "past your fallback, within your walk-away limit",
                "au-delà de votre repli, dans votre limite de rupture",
            ),
            Standing::BeyondWalkAway => ("beyond your walk-away limit", "au-delà de votre limite de rupture"),
        };
        Some(Position {
            standing,
            message: Message::new(
                format!("`{}` is {value_text}: {en} (preferred {p}; fallback {f}; walk-away {w}).", fact.name),
                format!("« {} » vaut {value_text} : {fr} (préféré {p} ; repli {f} ; rupture {w}).", fact.name),
            ),
            preferred: positions.preferred.as_ref().map(|b| b.text.clone()),
        })
    }
}

/// For a controller, is a smaller value better for this fact?
fn lower_is_better(fact: FactName) -> bool {
    !matches!(fact, FactName::ObjectionNotice | FactName::ObjectionWindow | FactName::AuditFrequency)
}

/// A value on its fact's scale: hours for durations (the worst case for our side), times per
/// year for frequencies. `None` for values with no scale.
fn measure(value: &FactValue, lower_is_better: bool) -> Option<f64> {
    match value {
        FactValue::Duration(Duration::Immediate) => Some(0.0),
        // No number at all: as bad as it gets on either side.
        FactValue::Duration(Duration::Unquantified) => Some(if lower_is_better { f64::INFINITY } else { 0.0 }),
        FactValue::Duration(duration) if lower_is_better => duration.calendar_hours_max(),
        FactValue::Duration(duration) => duration.calendar_hours_min(),
        FactValue::Frequency(Frequency::PerYear { times }) => Some(*times),
        FactValue::Frequency(Frequency::Unlimited) => Some(f64::INFINITY),
        _ => None,
    }
}

fn parse_positions(text: &str, fact: FactName, table: &toml::Table) -> Result<Positions, PlaybookError> {
    let mut positions = Positions::default();
    for (key, value) in table {
        let slot = match dpa_lexicon::fold_key(key).as_str() {
            "preferred" | "prefere" | "preferee" => &mut positions.preferred,
            "fallback" | "repli" => &mut positions.fallback,
            "walk-away" | "walkaway" | "rupture" => &mut positions.walk_away,
            _ => {
                return Err(locate(
                    text,
                    find_key(text, key),
                    format!("unknown position `{key}` (expected preferred, fallback or walk-away)"),
                ))
            }
        };
        let written = value.as_str().ok_or_else(|| {
            locate(text, find_key(text, key), format!("`{key}` must be a string such as \"48 hours\""))
        })?;
        let parsed = values::parse(fact, written).ok();
        let measure = parsed.as_ref().and_then(|v| measure(v, true)).filter(|m| m.is_finite());
        let measure = measure.ok_or_else(|| {
            locate(
                text,
                find_key(text, key),
                format!(
                    "`{written}` is not a value `{fact}` can be compared with (e.g. \"48 hours\", \"once per year\")"
                ),
            )
        })?;
        *slot = Some(Bound { text: written.to_string(), measure });
    }
    Ok(positions)
}

/// Best-effort byte offset of a key's first occurrence, for error positions.
fn find_key(text: &str, key: &str) -> usize {
    text.match_indices(key)
        .find(|(i, _)| {
            text[..*i].chars().next_back().is_none_or(|c| c == '\n' || c == ' ' || c == '.' || c == '"' || c == '[')
        })
        .map_or(0, |(i, _)| i)
}

fn locate(text: &str, offset: usize, message: String) -> PlaybookError {
    let index = dpa_syntax::LineIndex::new(text);
    let position = index.line_col(text, offset);
    PlaybookError { message, line: position.line, column: position.column }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAYBOOK: &str = "acting-for = \"controller\"\n[facts.breach-notice]\npreferred = \"24 hours\"\nfallback = \"48 hours\"\nwalk-away = \"72 hours\"\n[facts.objection-notice]\npreferred = \"30 days\"\nfallback = \"14 days\"\nwalk-away = \"10 days\"\n[rules]\n\"SEC-CRYPTO-STRENGTH\" = \"error\"\n";

    fn fact(name: FactName, value: &str) -> Fact {
        Fact {
            name,
            raw_name: name.id().to_string(),
            value_text: value.to_string(),
            value: values::parse(name, value),
            span: dpa_syntax::Span::default(),
            name_span: dpa_syntax::Span::default(),
            value_span: dpa_syntax::Span::default(),
            clause: None,
            inferred: false,
        }
    }

    fn standing(name: FactName, value: &str) -> Option<Standing> {
        Playbook::from_toml(PLAYBOOK).unwrap().position(&fact(name, value), None).map(|p| p.standing)
    }

    #[test]
    fn parses_the_spec_example() {
        let playbook = Playbook::from_toml(PLAYBOOK).unwrap();
        assert_eq!(playbook.acting_for, Some(ActingFor::Controller));
        assert_eq!(playbook.facts[&FactName::BreachNotice].fallback.as_ref().unwrap().measure, 48.0);
        assert_eq!(playbook.rules["SEC-CRYPTO-STRENGTH"], Severity::Error);
    }

    #[test]
    fn shorter_breach_deadlines_are_better_for_a_controller() {
        assert_eq!(standing(FactName::BreachNotice, "24 hours"), Some(Standing::Preferred));
        assert_eq!(standing(FactName::BreachNotice, "48 hours"), Some(Standing::Fallback));
        assert_eq!(standing(FactName::BreachNotice, "72 heures"), Some(Standing::WalkAway));
        assert_eq!(standing(FactName::BreachNotice, "4 days"), Some(Standing::BeyondWalkAway));
        assert_eq!(standing(FactName::BreachNotice, "without undue delay"), Some(Standing::BeyondWalkAway));
    }

    #[test]
    fn longer_notice_periods_are_better_for_a_controller() {
        assert_eq!(standing(FactName::ObjectionNotice, "45 days"), Some(Standing::Preferred));
        assert_eq!(standing(FactName::ObjectionNotice, "14 days"), Some(Standing::Fallback));
        assert_eq!(standing(FactName::ObjectionNotice, "7 days"), Some(Standing::BeyondWalkAway));
    }

    #[test]
    fn a_processor_reads_the_same_positions_the_other_way() {
        let mut playbook = Playbook::from_toml(PLAYBOOK).unwrap();
        playbook.acting_for = Some(ActingFor::Processor);
        playbook.facts.insert(
            FactName::BreachNotice,
            Positions {
                preferred: Some(Bound { text: "72 hours".into(), measure: 72.0 }),
                fallback: Some(Bound { text: "48 hours".into(), measure: 48.0 }),
                walk_away: Some(Bound { text: "24 hours".into(), measure: 24.0 }),
            },
        );
        let standing = |value| playbook.position(&fact(FactName::BreachNotice, value), None).map(|p| p.standing);
        assert_eq!(standing("72 hours"), Some(Standing::Preferred));
        assert_eq!(standing("12 hours"), Some(Standing::BeyondWalkAway));
    }

    #[test]
    fn errors_say_where() {
        let error =
            Playbook::from_toml("acting-for = \"controller\"\n[facts.breach-notise]\npreferred = \"24 hours\"\n")
                .unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("breach-notice"), "{error}");
        let error = Playbook::from_toml("[facts.breach-notice]\npreferred = \"soon\"\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(Playbook::from_toml("acting-for = [").is_err());
    }
}
