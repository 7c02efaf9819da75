//! Small helpers over quick-xml shared by the part readers. WordprocessingML is matched by local
//! names only, so transitional (`w:`) and strict (ISO/IEC 29500) namespaces read alike.

use quick_xml::events::{BytesRef, BytesStart, BytesText, Event};
use quick_xml::Reader;

/// Pull events from a part, turning parser errors into a plain description.
pub struct Events<'a> {
    reader: Reader<&'a [u8]>,
}

impl<'a> Events<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Events { reader: Reader::from_reader(bytes) }
    }

    pub fn next(&mut self) -> Result<Event<'a>, String> {
        self.reader.read_event().map_err(|error| format!("{error} (byte {})", self.reader.error_position()))
    }

    /// Consume events up to the end of the element just opened.
    pub fn skip_subtree(&mut self) -> Result<(), String> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()? {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
        Ok(())
    }
}

/// The value of the attribute whose local name is `local_name` (`w:val` → `val`), unescaped.
pub fn attribute(element: &BytesStart, local_name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.local_name().as_ref() == local_name)
        .and_then(|attribute| attribute.unescape_value().ok().map(|value| value.into_owned()))
}

/// `w:val`, the attribute that carries almost every WordprocessingML property.
pub fn val(element: &BytesStart) -> Option<String> {
    attribute(element, b"val")
}

/// `w:val` as a small non-negative number.
pub fn val_number(element: &BytesStart) -> Option<u32> {
    val(element).and_then(|value| value.trim().parse().ok())
}

/// An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`): on unless `val` says otherwise.
pub fn on_off(element: &BytesStart) -> bool {
    !matches!(val(element).as_deref(), Some("0" | "false" | "off"))
}

/// Character data, with XML 1.0 line-end normalisation.
pub fn text(text: &BytesText) -> Result<String, String> {
    text.xml10_content().map(|content| content.into_owned()).map_err(|error| error.to_string())
}

/// The text an entity or character reference stands for; unknown entities stay as written,
/// and references to characters that cannot appear in text (NUL, controls) give nothing.
pub fn reference(reference: &BytesRef) -> String {
    if let Ok(Some(character)) = reference.resolve_char_ref() {
        return if character.is_control() && !matches!(character, '\t' | '\n') {
            String::new()
        } else {
            character.to_string()
        };
    }
    let name = reference.decode().map(|name| name.into_owned()).unwrap_or_default();
    match name.as_str() {
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        _ if name.starts_with('#') => String::new(),
        _ => format!("&{name};"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_element(xml: &str) -> BytesStart<'_> {
        let mut events = Events::new(xml.as_bytes());
        loop {
            match events.next() {
                Ok(Event::Start(element) | Event::Empty(element)) => return element,
                Ok(Event::Eof) | Err(_) => panic!("no element in {xml}"),
                Ok(_) => {}
            }
        }
    }

    #[test]
    fn attributes_match_by_local_name_and_are_unescaped() {
        let element = first_element(r#"<w:pStyle w:val="Titre&amp;1" other:val="ignored"/>"#);
        assert_eq!(val(&element).as_deref(), Some("Titre&1"));
        assert_eq!(attribute(&element, b"missing"), None);
    }

    #[test]
    fn on_off_properties_default_to_on() {
        assert!(on_off(&first_element("<w:vanish/>")));
        assert!(on_off(&first_element(r#"<w:vanish w:val="true"/>"#)));
        assert!(!on_off(&first_element(r#"<w:vanish w:val="0"/>"#)));
        assert!(!on_off(&first_element(r#"<w:vanish w:val="false"/>"#)));
    }

    #[test]
    fn references_resolve_to_text() {
        assert_eq!(reference(&BytesRef::new("amp")), "&");
        assert_eq!(reference(&BytesRef::new("#233")), "é");
        assert_eq!(reference(&BytesRef::new("#x2019")), "\u{2019}");
        assert_eq!(reference(&BytesRef::new("#1")), "");
        assert_eq!(reference(&BytesRef::new("#0")), "");
        assert_eq!(reference(&BytesRef::new("nbsp")), "&nbsp;");
    }
}
