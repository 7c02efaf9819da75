//! `word/styles.xml`: which paragraph styles are headings (and of what level) and which carry
//! list numbering, following `w:basedOn` inheritance.

use std::collections::HashMap;

use dpa_lexicon::fold_key;
use quick_xml::events::Event;

use crate::xml::{attribute, val, val_number, Events};

/// Longest `w:basedOn` chain followed; real documents stay under ten, cycles stop here.
const MAX_STYLE_CHAIN: usize = 32;
/// `w:outlineLvl` 0–8 are heading levels 1–9; 9 means "body text".
const BODY_TEXT_OUTLINE_LEVEL: u32 = 9;

/// A list reference (`w:numPr`): which numbering instance and, when given, which level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberingReference {
    pub num_id: Option<String>,
    pub level: Option<u8>,
}

#[derive(Debug, Clone, Default)]
struct Style {
    name: Option<String>,
    based_on: Option<String>,
    outline_level: Option<u32>,
    numbering: NumberingReference,
}

#[derive(Debug, Clone, Default)]
pub struct StyleSheet {
    styles: HashMap<String, Style>,
    default_paragraph_style: Option<String>,
}

impl StyleSheet {
    pub fn parse(bytes: &[u8]) -> Result<StyleSheet, String> {
        let mut sheet = StyleSheet::default();
        let mut events = Events::new(bytes);
        let mut stack: Vec<Vec<u8>> = Vec::new();
        let mut current: Option<(String, Style)> = None;
        loop {
            let event = events.next()?;
            let (element, is_empty) = match &event {
                Event::Start(element) => (element, false),
                Event::Empty(element) => (element, true),
                Event::End(_) => {
                    if stack.pop().as_deref() == Some(b"style".as_slice()) {
                        if let Some((id, style)) = current.take() {
                            sheet.styles.insert(id, style);
                        }
                    }
                    continue;
                }
                Event::Eof => return Ok(sheet),
                _ => continue,
            };
            let name = element.local_name().as_ref().to_vec();
            let parent = stack.last().map(Vec::as_slice);
            match (name.as_slice(), parent) {
                (b"style", _) => {
                    let id = attribute(element, b"styleId").unwrap_or_default();
                    let is_paragraph = attribute(element, b"type").is_none_or(|kind| kind == "paragraph");
                    if is_paragraph && attribute(element, b"default").is_some_and(|flag| flag == "1" || flag == "true")
                    {
                        sheet.default_paragraph_style = Some(id.clone());
                    }
                    current = Some((id, Style::default()));
                }
                (b"name", Some(b"style")) => with_style(&mut current, |style| style.name = val(element)),
                (b"basedOn", Some(b"style")) => with_style(&mut current, |style| style.based_on = val(element)),
                (b"outlineLvl", Some(b"pPr")) => {
                    with_style(&mut current, |style| style.outline_level = val_number(element))
                }
                (b"numId", Some(b"numPr")) => with_style(&mut current, |style| style.numbering.num_id = val(element)),
                (b"ilvl", Some(b"numPr")) => with_style(&mut current, |style| {
                    style.numbering.level = val_number(element).and_then(|level| u8::try_from(level).ok())
                }),
                _ => {}
            }
            // A style that only exists to mark a change (`w:pPrChange` inside `w:pPr`) keeps the
            // old properties; they must not leak into the current ones.
            if !is_empty {
                if name == b"pPrChange" {
                    events.skip_subtree()?;
                } else {
                    stack.push(name);
                }
            }
        }
    }

    /// The style a paragraph has: its `w:pStyle`, or the document's default paragraph style.
    pub fn paragraph_style<'a>(&'a self, explicit: Option<&'a str>) -> Option<&'a str> {
        explicit.or(self.default_paragraph_style.as_deref())
    }

    /// Heading level (1–9) of a paragraph style: the first style in its `w:basedOn` chain that
    /// has an outline level or a heading name decides.
    pub fn heading_level(&self, style_id: &str) -> Option<u8> {
        for (id, style) in self.chain(style_id) {
            if let Some(level) = style.outline_level {
                return u8::try_from(level + 1).ok().filter(|_| level < BODY_TEXT_OUTLINE_LEVEL);
            }
            let by_name = style.name.as_deref().and_then(heading_level_from_name);
            if let Some(level) = by_name.or_else(|| heading_level_from_name(id)) {
                return Some(level);
            }
        }
        // A style id that styles.xml does not define still says what Word meant (`Heading2`).
        if self.styles.contains_key(style_id) {
            None
        } else {
            heading_level_from_name(style_id)
        }
    }

    /// The list a paragraph style puts its paragraphs in, inherited through `w:basedOn`.
    pub fn numbering(&self, style_id: &str) -> Option<NumberingReference> {
        self.chain(style_id).find_map(|(_, style)| style.numbering.num_id.is_some().then(|| style.numbering.clone()))
    }

    /// `(id, style)` for a style and its ancestors, nearest first.
    fn chain<'a>(&'a self, style_id: &'a str) -> impl Iterator<Item = (&'a str, &'a Style)> + 'a {
        let mut next = Some(style_id);
        std::iter::from_fn(move || {
            let id = next?;
            let (id, style) = self.styles.get_key_value(id)?;
            next = style.based_on.as_deref();
            Some((id.as_str(), style))
        })
        .take(MAX_STYLE_CHAIN)
    }
}

fn with_style(current: &mut Option<(String, Style)>, update: impl FnOnce(&mut Style)) {
    if let Some((_, style)) = current {
        update(style);
    }
}

/// Built-in heading names in English, French and German, as Word and LibreOffice write them
/// (`heading 1`, `Heading1`, `Titre 1`, `titre1`, `Überschrift 1`, and `berschrift1`, the id
/// German Word derives by dropping the non-ASCII letter), and the document title (`Title`,
/// `Titre`, `Titel`).
fn heading_level_from_name(name: &str) -> Option<u8> {
    let key: String = fold_key(name).chars().filter(char::is_ascii_alphanumeric).collect();
    if matches!(key.as_str(), "title" | "titre" | "titel") {
        return Some(1);
    }
    ["heading", "titre", "uberschrift", "berschrift"].iter().find_map(|prefix| {
        key.strip_prefix(prefix).and_then(|digits| digits.parse::<u8>().ok()).filter(|level| (1..=9).contains(level))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:basedOn w:val="Titre1"/>
    <w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="titre 3"/></w:style>
  <w:style w:type="paragraph" w:styleId="Corps"><w:name w:val="Corps"/><w:basedOn w:val="Titre1"/>
    <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Changed"><w:name w:val="Changed"/>
    <w:pPr><w:pPrChange><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:pPrChange></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="LoopA"/><w:basedOn w:val="LoopB"/></w:style>
  <w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="LoopB"/><w:basedOn w:val="LoopA"/></w:style>
</w:styles>"#;

    #[test]
    fn heading_levels_come_from_outline_levels_names_and_inheritance() {
        let sheet = StyleSheet::parse(STYLES.as_bytes()).expect("valid styles");
        assert_eq!(sheet.heading_level("Titre1"), Some(1));
        assert_eq!(sheet.heading_level("Article"), Some(1), "inherited through basedOn");
        assert_eq!(sheet.heading_level("Sub"), Some(3), "localised name");
        assert_eq!(sheet.heading_level("Corps"), None, "outline level 9 is body text");
        assert_eq!(sheet.heading_level("Normal"), None);
        assert_eq!(sheet.heading_level("Changed"), None, "old properties of a tracked change");
        assert_eq!(sheet.heading_level("LoopA"), None, "a basedOn cycle ends");
        assert_eq!(sheet.heading_level("Heading4"), Some(4), "undefined built-in id");
        assert_eq!(sheet.paragraph_style(None), Some("Normal"));
    }

    #[test]
    fn numbering_is_inherited_from_the_style_chain() {
        let sheet = StyleSheet::parse(STYLES.as_bytes()).expect("valid styles");
        let reference = sheet.numbering("Article").expect("numbered style");
        assert_eq!(reference.num_id.as_deref(), Some("4"));
        assert_eq!(reference.level, None);
        assert_eq!(sheet.numbering("Titre1"), None);
    }

    #[test]
    fn heading_names_in_english_and_french() {
        for (name, level) in [
            ("heading 1", 1),
            ("Heading2", 2),
            ("Titre 3", 3),
            ("titre9", 9),
            ("Title", 1),
            ("Überschrift 2", 2),
            ("berschrift3", 3),
            ("Titel", 1),
        ] {
            assert_eq!(heading_level_from_name(name), Some(level), "{name}");
        }
        for name in ["Heading", "heading 10", "Titre 0", "Normal", "Subtitle", "Sous-titre"] {
            assert_eq!(heading_level_from_name(name), None, "{name}");
        }
    }
}
