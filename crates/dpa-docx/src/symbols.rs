//! `w:sym`: a character drawn from a symbol font. Word stores the font's own code, usually in
//! the private-use range U+F020–U+F0FF; the common Symbol and Wingdings glyphs are mapped to
//! their Unicode equivalents so that ticked boxes, arrows and bullets survive as text.

/// Symbol font codes 0x20–0xFF that differ from Latin-1, as (code, character).
const SYMBOL_FONT: &[(u8, char)] = &[
    (0x22, '∀'),
    (0x24, '∃'),
    (0x27, '∋'),
    (0x2A, '∗'),
    (0x2D, '−'),
    (0x40, '≅'),
    (0x5C, '∴'),
    (0x5E, '⊥'),
    (0x7E, '∼'),
    (0xA3, '≤'),
    (0xA5, '∞'),
    (0xAB, '↔'),
    (0xAC, '←'),
    (0xAD, '↑'),
    (0xAE, '→'),
    (0xAF, '↓'),
    (0xB0, '°'),
    (0xB1, '±'),
    (0xB3, '≥'),
    (0xB4, '×'),
    (0xB7, '•'),
    (0xB8, '÷'),
    (0xB9, '≠'),
    (0xBA, '≡'),
    (0xBB, '≈'),
    (0xBC, '…'),
    (0xD2, '®'),
    (0xD3, '©'),
    (0xD4, '™'),
    (0xD6, '√'),
    (0xD7, '⋅'),
    (0xD8, '¬'),
    (0xDB, '⇔'),
    (0xDC, '⇐'),
    (0xDE, '⇒'),
    (0xE0, '◊'),
];

/// Greek letters of the Symbol font, at the positions of A–Z and a–z.
const SYMBOL_GREEK_UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
const SYMBOL_GREEK_LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";

const WINGDINGS: &[(u8, char)] = &[
    (0x6C, '●'),
    (0x6E, '■'),
    (0x6F, '□'),
    (0x71, '❑'),
    (0x75, '◆'),
    (0x76, '❖'),
    (0xA7, '▪'),
    (0xA8, '◻'),
    (0xD8, '➢'),
    (0xFB, '✗'),
    (0xFC, '✓'),
    (0xFD, '☒'),
    (0xFE, '☑'),
];

/// The character for `w:sym w:font=… w:char=…` (`char` in hexadecimal). Codes of other fonts,
/// and codes the tables do not know, are kept as Word stored them.
pub fn symbol(font: Option<&str>, code: &str) -> Option<char> {
    let code = u32::from_str_radix(code.trim(), 16).ok()?;
    let font_code = match code {
        0xF000..=0xF0FF => u8::try_from(code - 0xF000).ok(),
        0..=0xFF => u8::try_from(code).ok(),
        _ => None,
    };
    let font = font.map(|name| name.trim().to_ascii_lowercase());
    let mapped = font_code.and_then(|byte| match font.as_deref() {
        Some("symbol") => symbol_font(byte),
        Some("wingdings") => lookup(WINGDINGS, byte),
        _ => None,
    });
    mapped.or_else(|| char::from_u32(code)).filter(|c| !c.is_control())
}

fn symbol_font(byte: u8) -> Option<char> {
    match byte {
        b'A'..=b'Z' => SYMBOL_GREEK_UPPER.chars().nth(usize::from(byte - b'A')),
        b'a'..=b'z' => SYMBOL_GREEK_LOWER.chars().nth(usize::from(byte - b'a')),
        0x20..=0x7E => lookup(SYMBOL_FONT, byte).or(Some(char::from(byte))),
        _ => lookup(SYMBOL_FONT, byte),
    }
}

fn lookup(table: &[(u8, char)], byte: u8) -> Option<char> {
    table.iter().find(|(code, _)| *code == byte).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_and_wingdings_codes_map_to_unicode() {
        assert_eq!(symbol(Some("Symbol"), "F0B7"), Some('•'));
        assert_eq!(symbol(Some("Symbol"), "F061"), Some('α'));
        assert_eq!(symbol(Some("Symbol"), "F0B3"), Some('≥'));
        assert_eq!(symbol(Some("Symbol"), "F031"), Some('1'));
        assert_eq!(symbol(Some("Wingdings"), "F0FE"), Some('☑'));
        assert_eq!(symbol(Some("Wingdings"), "F0A8"), Some('◻'));
    }

    #[test]
    fn other_codes_are_kept_and_bad_ones_dropped() {
        assert_eq!(symbol(Some("Arial"), "00E9"), Some('é'));
        assert_eq!(symbol(None, "2713"), Some('✓'));
        assert_eq!(symbol(Some("Webdings"), "F021"), Some('\u{F021}'));
        assert_eq!(symbol(Some("Symbol"), "zz"), None);
        assert_eq!(symbol(None, "0007"), None);
        assert_eq!(symbol(None, "D800"), None);
    }
}
