//! `word/numbering.xml`: list definitions, and the counters that turn a paragraph's `w:numPr`
//! into the label Word displays (`7.2`, `(a)`, `Article 3 -`).
//!
//! Counting follows Word: list instances (`w:num`) that share an abstract definition continue
//! one sequence, unless an instance overrides a level (that is how Word restarts a list, so it
//! counts on its own); a level restarts after any shallower level is used, unless
//! `w:lvlRestart` says otherwise. Formats other than decimal, letters and roman numerals keep
//! the level's text pattern with decimal numbers.

use std::collections::HashMap;

use quick_xml::events::Event;

use crate::model::ListLabel;
use crate::styles::StyleSheet;
use crate::xml::{attribute, on_off, val, val_number, Events};

const LEVELS: usize = 9;
/// `w:numStyleLink` indirections followed before giving up (real files use one).
const MAX_STYLE_LINKS: usize = 4;
/// Shown for bullets drawn from a symbol font's private-use characters.
const DEFAULT_BULLET: &str = "\u{2022}";

#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<u32>,
    format: Option<String>,
    pattern: Option<String>,
    /// `w:lvlRestart`: 0 = never restart; n = restart after level n (1-based) or shallower.
    restart_after: Option<u32>,
    /// `w:isLgl`: every number in the label shown in decimal ("legal" numbering).
    legal: bool,
    /// `w:pStyle`: the paragraph style bound to this level.
    style: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct AbstractList {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the levels live in the list of this numbering style.
    style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct LevelOverride {
    start: Option<u32>,
    level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
struct ListInstance {
    abstract_id: String,
    overrides: [LevelOverride; LEVELS],
}

impl ListInstance {
    fn overrides_any_level(&self) -> bool {
        self.overrides.iter().any(|o| o.start.is_some() || o.level.is_some())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Sequence {
    Abstract(String),
    Instance(String),
}

/// A list instance resolved to the levels and start values that apply to it.
struct Resolved {
    sequence: Sequence,
    levels: [Option<Level>; LEVELS],
    starts: [u32; LEVELS],
}

#[derive(Debug, Clone, Default)]
pub struct Numbering {
    abstracts: HashMap<String, AbstractList>,
    instances: HashMap<String, ListInstance>,
    counters: HashMap<Sequence, [Option<u32>; LEVELS]>,
}

impl Numbering {
    pub fn parse(bytes: &[u8]) -> Result<Numbering, String> {
        let mut numbering = Numbering::default();
        let mut events = Events::new(bytes);
        let mut stack: Vec<Vec<u8>> = Vec::new();
        let mut abstract_list: Option<(String, AbstractList)> = None;
        let mut instance: Option<(String, ListInstance)> = None;
        let mut override_level: Option<usize> = None;
        let mut level: Option<(usize, Level)> = None;
        loop {
            let event = events.next()?;
            let (element, is_empty) = match &event {
                Event::Start(element) => (element, false),
                Event::Empty(element) => (element, true),
                Event::End(_) => {
                    let closed = stack.pop().unwrap_or_default();
                    match closed.as_slice() {
                        b"lvl" => {
                            if let Some((index, finished)) = level.take() {
                                match (&mut instance, override_level) {
                                    (Some((_, list)), Some(at)) => list.overrides[at].level = Some(finished),
                                    _ => {
                                        if let Some((_, list)) = &mut abstract_list {
                                            list.levels[index] = Some(finished);
                                        }
                                    }
                                }
                            }
                        }
                        b"lvlOverride" => override_level = None,
                        b"abstractNum" => {
                            if let Some((id, list)) = abstract_list.take() {
                                numbering.abstracts.insert(id, list);
                            }
                        }
                        b"num" => {
                            if let Some((id, list)) = instance.take() {
                                numbering.instances.insert(id, list);
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => return Ok(numbering),
                _ => continue,
            };
            let name = element.local_name().as_ref().to_vec();
            let parent = stack.last().map(Vec::as_slice);
            let level_index = || {
                attribute(element, b"ilvl")
                    .and_then(|index| index.trim().parse::<usize>().ok())
                    .filter(|index| *index < LEVELS)
            };
            // Word 2010 wraps some level properties in `mc:AlternateContent`; the fallback
            // comes last, so its plain value wins over the extension's.
            let in_level = level.is_some() && matches!(parent, Some(b"lvl" | b"Choice" | b"Fallback"));
            match name.as_slice() {
                b"abstractNum" => {
                    let id = attribute(element, b"abstractNumId").unwrap_or_default();
                    abstract_list = Some((id, AbstractList::default()));
                }
                b"num" if parent == Some(b"numbering") => {
                    let id = attribute(element, b"numId").unwrap_or_default();
                    instance = Some((id, ListInstance::default()));
                }
                b"abstractNumId" => {
                    if let (Some((_, list)), Some(id)) = (&mut instance, val(element)) {
                        list.abstract_id = id;
                    }
                }
                b"numStyleLink" => {
                    if let Some((_, list)) = &mut abstract_list {
                        list.style_link = val(element);
                    }
                }
                b"lvlOverride" => override_level = level_index(),
                b"startOverride" => {
                    if let (Some((_, list)), Some(at)) = (&mut instance, override_level) {
                        list.overrides[at].start = val_number(element);
                    }
                }
                b"lvl" => level = level_index().or(override_level).map(|index| (index, Level::default())),
                b"start" if in_level => with_level(&mut level, |lvl| lvl.start = val_number(element)),
                b"numFmt" if in_level => with_level(&mut level, |lvl| lvl.format = val(element)),
                b"lvlText" if in_level => with_level(&mut level, |lvl| lvl.pattern = val(element)),
                b"lvlRestart" if in_level => with_level(&mut level, |lvl| lvl.restart_after = val_number(element)),
                b"isLgl" if in_level => with_level(&mut level, |lvl| lvl.legal = on_off(element)),
                b"pStyle" if in_level => with_level(&mut level, |lvl| lvl.style = val(element)),
                _ => {}
            }
            if !is_empty {
                stack.push(name);
            }
        }
    }

    /// The level of list `num_id` that is bound to paragraph style `style_id` (`w:lvl/w:pStyle`),
    /// for styles that put paragraphs in a list without saying at which level.
    pub fn level_for_style(&self, num_id: &str, style_id: &str, styles: &StyleSheet) -> Option<u8> {
        let resolved = self.resolve(num_id, styles)?;
        let index = resolved
            .levels
            .iter()
            .position(|level| level.as_ref().and_then(|level| level.style.as_deref()) == Some(style_id))?;
        u8::try_from(index).ok()
    }

    /// Count one more paragraph at `level` of list `num_id` and return its label; `None` when
    /// the list or level is not defined or shows nothing.
    pub fn next_label(&mut self, num_id: &str, level: u8, styles: &StyleSheet) -> Option<ListLabel> {
        let resolved = self.resolve(num_id, styles)?;
        let at = usize::from(level).min(LEVELS - 1);
        let counters = self.counters.entry(resolved.sequence).or_insert([None; LEVELS]);
        counters[at] = Some(counters[at].map_or(resolved.starts[at], |count| count.saturating_add(1)));
        let deeper_levels = counters.iter_mut().zip(&resolved.levels).skip(at + 1);
        for (counter, level) in deeper_levels {
            let restarts = match level.as_ref().and_then(|level| level.restart_after) {
                None => true,
                Some(0) => false,
                Some(after) => (at as u32) < after,
            };
            if restarts {
                *counter = None;
            }
        }
        let definition = resolved.levels[at].as_ref()?;
        let format = definition.format.as_deref().unwrap_or("decimal");
        let pattern = definition.pattern.as_deref().unwrap_or_default();
        let (text, bullet) = if format == "bullet" {
            let visible = pattern.chars().any(|c| !is_private_use(c));
            (if visible { pattern.to_string() } else { DEFAULT_BULLET.to_string() }, true)
        } else {
            let values: [u32; LEVELS] = std::array::from_fn(|index| counters[index].unwrap_or(resolved.starts[index]));
            let formats: [&str; LEVELS] = std::array::from_fn(|index| {
                let own = resolved.levels[index].as_ref().and_then(|level| level.format.as_deref());
                if definition.legal {
                    "decimal"
                } else {
                    own.unwrap_or("decimal")
                }
            });
            (render_pattern(pattern, &values, &formats), false)
        };
        let text = text.trim().to_string();
        (!text.is_empty()).then_some(ListLabel { text, level: at as u8, bullet })
    }

    fn resolve(&self, num_id: &str, styles: &StyleSheet) -> Option<Resolved> {
        let instance = self.instances.get(num_id)?;
        let mut abstract_id = instance.abstract_id.as_str();
        let mut list = self.abstracts.get(abstract_id)?;
        for _ in 0..MAX_STYLE_LINKS {
            let Some(style) = list.style_link.as_deref() else {
                break;
            };
            if list.levels.iter().any(Option::is_some) {
                break;
            }
            let linked_num = styles.numbering(style)?.num_id?;
            abstract_id = self.instances.get(&linked_num)?.abstract_id.as_str();
            list = self.abstracts.get(abstract_id)?;
        }
        let levels: [Option<Level>; LEVELS] =
            std::array::from_fn(|index| instance.overrides[index].level.clone().or_else(|| list.levels[index].clone()));
        let starts = std::array::from_fn(|index| {
            let own = levels[index].as_ref().and_then(|level| level.start);
            // A level without `w:start` starts at zero (ECMA-376 §17.9.26).
            instance.overrides[index].start.or(own).unwrap_or(0)
        });
        let sequence = if instance.overrides_any_level() {
            Sequence::Instance(num_id.to_string())
        } else {
            Sequence::Abstract(abstract_id.to_string())
        };
        Some(Resolved { sequence, levels, starts })
    }
}

fn with_level(level: &mut Option<(usize, Level)>, update: impl FnOnce(&mut Level)) {
    if let Some((_, level)) = level {
        update(level);
    }
}

/// `%1.%2` with level values in their formats; `%` not followed by a level digit stays.
fn render_pattern(pattern: &str, values: &[u32; LEVELS], formats: &[&str; LEVELS]) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        let level = chars.peek().and_then(|next| next.to_digit(10)).filter(|digit| (1..=9).contains(digit));
        match (c, level) {
            ('%', Some(digit)) => {
                chars.next();
                let index = digit as usize - 1;
                out.push_str(&format_number(values[index], formats[index]));
            }
            _ => out.push(c),
        }
    }
    out
}

fn format_number(value: u32, format: &str) -> String {
    match format {
        "none" => String::new(),
        "decimalZero" => format!("{value:02}"),
        "lowerLetter" if value > 0 => letters(value),
        "upperLetter" if value > 0 => letters(value).to_uppercase(),
        "lowerRoman" if (1..4000).contains(&value) => roman(value),
        "upperRoman" if (1..4000).contains(&value) => roman(value).to_uppercase(),
        _ => value.to_string(),
    }
}

/// Word's letter numbering: a…z, then aa, bb, … zz, then aaa…
fn letters(value: u32) -> String {
    let index = (value - 1) % 26;
    let repeat = (value - 1) / 26 + 1;
    let letter = char::from(b'a' + index as u8);
    std::iter::repeat_n(letter, repeat as usize).collect()
}

fn roman(mut value: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (amount, numeral) in NUMERALS {
        while value >= amount {
            out.push_str(numeral);
            value -= amount;
        }
    }
    out
}

fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/><w:lvlRestart w:val="0"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1 -"/><w:pStyle w:val="ArticleHeading"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="ordinal"/><w:lvlText w:val="%3°"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"#;

    fn labels(numbering: &mut Numbering, items: &[(&str, u8)]) -> Vec<String> {
        let styles = StyleSheet::default();
        items
            .iter()
            .map(|(num, level)| numbering.next_label(num, *level, &styles).map(|label| label.text).unwrap_or_default())
            .collect()
    }

    #[test]
    fn multi_level_decimal_numbering_restarts_deeper_levels() {
        let mut numbering = Numbering::parse(NUMBERING.as_bytes()).expect("valid numbering");
        let got =
            labels(&mut numbering, &[("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 2), ("1", 0), ("1", 1), ("1", 2)]);
        assert_eq!(got, ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "(a)"]);
    }

    #[test]
    fn instances_of_one_definition_continue_unless_overridden() {
        let mut numbering = Numbering::parse(NUMBERING.as_bytes()).expect("valid numbering");
        let got = labels(&mut numbering, &[("1", 0), ("2", 0), ("3", 0), ("3", 0), ("1", 0)]);
        assert_eq!(got, ["1.", "2.", "5.", "6.", "3."]);
    }

    #[test]
    fn level_restart_zero_keeps_counting() {
        let mut numbering = Numbering::parse(NUMBERING.as_bytes()).expect("valid numbering");
        let got = labels(&mut numbering, &[("1", 3), ("1", 0), ("1", 3)]);
        assert_eq!(got, ["(i)", "1.", "(ii)"]);
    }

    #[test]
    fn bullets_roman_letters_legal_and_exotic_formats() {
        let mut numbering = Numbering::parse(NUMBERING.as_bytes()).expect("valid numbering");
        let styles = StyleSheet::default();
        let bullet = numbering.next_label("4", 0, &styles).expect("bullet");
        assert_eq!((bullet.text.as_str(), bullet.bullet), ("\u{2022}", true));
        assert_eq!(numbering.next_label("4", 1, &styles).map(|label| label.text).as_deref(), Some("–"));
        let got = labels(&mut numbering, &[("5", 0), ("5", 1), ("5", 1), ("5", 2), ("5", 0)]);
        assert_eq!(got, ["Article IV -", "4.1", "4.2", "1°", "Article V -"]);
        assert_eq!(numbering.level_for_style("5", "ArticleHeading", &styles), Some(0));
    }

    #[test]
    fn style_linked_lists_take_their_levels_from_the_numbering_style() {
        let styles = StyleSheet::parse(
            br#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:style w:type="numbering" w:styleId="ClausesContrat"><w:name w:val="Clauses contrat"/>
                  <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
            </w:styles>"#,
        )
        .expect("valid styles");
        let mut numbering = Numbering::parse(
            br#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="20"><w:styleLink w:val="ClausesContrat"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Clause %1"/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="21"><w:numStyleLink w:val="ClausesContrat"/></w:abstractNum>
              <w:num w:numId="7"><w:abstractNumId w:val="20"/></w:num>
              <w:num w:numId="8"><w:abstractNumId w:val="21"/></w:num>
            </w:numbering>"#,
        )
        .expect("valid numbering");
        let first = numbering.next_label("8", 0, &styles).map(|label| label.text);
        let second = numbering.next_label("8", 0, &styles).map(|label| label.text);
        assert_eq!((first.as_deref(), second.as_deref()), (Some("Clause 1"), Some("Clause 2")));
    }

    #[test]
    fn unknown_lists_give_no_label() {
        let mut numbering = Numbering::parse(NUMBERING.as_bytes()).expect("valid numbering");
        assert_eq!(labels(&mut numbering, &[("99", 0), ("1", 7)]), ["", ""]);
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(3, "upperLetter"), "C");
        assert_eq!(format_number(1994, "upperRoman"), "MCMXCIV");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(7, "none"), "");
        assert_eq!(format_number(0, "lowerLetter"), "0");
        assert_eq!(format_number(12, "cardinalText"), "12");
    }
}
