//! Cryptography named in free text: ciphers and their modes and key sizes, hashes, public-key
//! algorithms and protocol versions. Recognising a spelling is code (`AES 256 GCM`, `aes256-gcm`
//! and `AES-256-GCM` are one name); judging a name is data, in [`super::tables`].

use super::tables::{self, Verdict};
use super::tokens::{match_any, Scanned, Token, TokenKind};
use super::{Crypto, CryptoItem, CryptoKind, Strength, ValueError};

const CRYPTO_EXAMPLES: &[&str] = &["AES-256-GCM", "TLS 1.2 or higher", "RSA-3072", "SFTP"];

/// Words that stand for one name on their own.
const SINGLE_WORDS: &[(&str, &str)] = &[
    ("blowfish", "Blowfish"),
    ("camellia", "Camellia"),
    ("tripledes", "3DES"),
    ("desede", "3DES"),
    ("arcfour", "RC4"),
    ("bcrypt", "bcrypt"),
    ("scrypt", "scrypt"),
    ("eddsa", "EdDSA"),
    ("ipsec", "IPsec"),
    ("sftp", "SFTP"),
    ("ftps", "FTPS"),
    ("https", "HTTPS"),
    ("http", "HTTP"),
    ("ftp", "FTP"),
    ("telnet", "Telnet"),
    ("wireguard", "WireGuard"),
    ("wep", "WEP"),
    ("pgp", "OpenPGP"),
    ("openpgp", "OpenPGP"),
    ("gpg", "OpenPGP"),
];

/// Protocols that are also URL schemes: `https://…` names a web address, not a commitment.
const URL_SCHEMES: &[&str] = &["http", "https", "ftp", "sftp", "ftps"];

/// Words (folded) that are common prose in capitals, so they count only when written `DES` or
/// `IDEA` outside a heading in capitals.
const CAPITALS_ONLY: &[(&str, &str)] = &[("des", "DES"), ("idea", "IDEA")];

/// Words that start a name; used to tell a cipher list in capitals from a heading.
const HEADS: &[&str] = &[
    "aes", "rsa", "dsa", "dh", "dhe", "diffie", "ecdh", "ecdhe", "ecdsa", "ed", "x", "curve", "tls", "tlsv", "ssl",
    "sslv", "ssh", "sshv", "des", "tdea", "triple", "rc", "arc", "md", "sha", "hmac", "chacha", "xchacha", "argon",
    "pbkdf", "wpa",
];

/// Separators inside a name: `AES-256-GCM`, `AES_256`, `AES/GCM`.
const SEPARATORS: &[char] = &['-', '_', '/'];

/// Words that introduce a key size: `AES with 256-bit keys`, `clés RSA de 2048 bits`.
const SIZE_LINKS: &[&str] = &["with", "of", "using", "de", "avec", "en", "a", "sur"];
const KEY_WORDS: &[&str] = &["key", "keys", "cle", "cles"];
const BIT_WORDS: &[&str] = &["bit", "bits"];

/// Words that introduce a mode or a curve: `AES in GCM mode`, `ECDSA on P-256`.
const MODE_LINKS: &[&str] = &["in", "en", "mode", "using", "with", "avec"];
const CURVE_LINKS: &[&str] = &["with", "on", "over", "using", "sur", "avec", "curve", "courbe", "nist"];

const AES_MODE_WORDS: &[&str] = &["gcm", "ccm", "xts", "siv", "cbc", "ctr", "ofb", "cfb", "ecb"];

/// After a protocol version: `TLS 1.2 or higher`, `TLS 1.2 minimum`, `TLS 1.2 ou supérieur`.
const AT_LEAST: &[&str] = &[
    "or higher",
    "or above",
    "or later",
    "or newer",
    "or greater",
    "and higher",
    "and above",
    "and later",
    "minimum",
    "at minimum",
    "at least",
    "ou superieur",
    "ou superieure",
    "ou plus",
    "ou ulterieure",
    "ou plus recente",
    "au minimum",
    "au moins",
];

/// Words that join a second version: `TLS 1.2 and 1.3`, `TLS 1.2/1.3`.
const VERSION_JOINERS: &[&str] = &["/", ",", "&", "and", "or", "et", "ou"];

/// Encrypt-then-MAC wording after `CBC`.
const MAC_LINKS: &[&str] = &["with", "and", "plus", "avec", "et"];

/// A name found at tokens `first..end`, before it becomes a [`CryptoItem`].
#[derive(Debug)]
struct Found {
    name: String,
    /// The table row giving the kind (`AES` for `AES-256-GCM`).
    family: &'static str,
    verdict: Option<Verdict>,
    first: usize,
    end: usize,
}

impl Found {
    /// A name judged by its own table row.
    fn named(name: impl Into<String>, family: &'static str, first: usize, end: usize) -> Found {
        let name = name.into();
        let verdict = tables::crypto_row(&name).map(|row| row.verdict);
        Found { name, family, verdict, first, end }
    }
}

struct Scan<'a> {
    scanned: &'a Scanned<'a>,
    tokens: &'a [Token<'a>],
}

impl<'a> Scan<'a> {
    fn token(&self, index: usize) -> Option<&'a Token<'a>> {
        self.tokens.get(index)
    }

    fn word(&self, index: usize) -> Option<&'a str> {
        self.token(index).filter(|token| token.kind == TokenKind::Word).map(|token| token.text)
    }

    fn is_word_in(&self, index: usize, words: &[&str]) -> bool {
        self.word(index).is_some_and(|word| words.contains(&word))
    }

    /// A number written right after the previous token (`aes256`, `md5`).
    fn joined_number(&self, index: usize) -> Option<u32> {
        self.token(index).filter(|token| !token.spaced).and_then(Token::number)
    }

    fn skip_separators(&self, mut index: usize) -> usize {
        while self.token(index).is_some_and(|token| SEPARATORS.iter().any(|&separator| token.is_symbol(separator))) {
            index += 1;
        }
        index
    }

    /// `-` or nothing between two parts written together: `MD-5`, `RC4`, `WPA-2`.
    fn glued_number(&self, index: usize) -> Option<(u32, usize)> {
        if let Some(number) = self.joined_number(index) {
            return Some((number, index + 1));
        }
        let hyphen = self.token(index).is_some_and(|token| token.is_symbol('-') && !token.spaced);
        self.joined_number(index + 1).filter(|_| hyphen).map(|number| (number, index + 2))
    }

    /// `256`, `256-bit`, `256 bits`, `(256 bits)` right after a name, or `with 256-bit keys`,
    /// `de 2048 bits` after a linking word. A bare number must look like a key size.
    fn bits_after(&self, index: usize) -> Option<(u32, usize)> {
        let bracketed = self.token(index).is_some_and(|token| token.is_symbol('('));
        let start = index + usize::from(bracketed);
        let (bits, end) = match self.sized_number(start) {
            Some((bits, end, with_unit)) if with_unit || (100..=16_384).contains(&bits) => (bits, end),
            _ if !bracketed => return self.linked_bits(index),
            _ => return None,
        };
        let end = if bracketed && self.token(end).is_some_and(|token| token.is_symbol(')')) { end + 1 } else { end };
        Some((bits, end))
    }

    /// A number and whether `bit`/`bits` follows it.
    fn sized_number(&self, index: usize) -> Option<(u32, usize, bool)> {
        let bits = self.token(index)?.number()?;
        let unit_at =
            if self.token(index + 1).is_some_and(|token| token.is_symbol('-')) { index + 2 } else { index + 1 };
        if self.is_word_in(unit_at, BIT_WORDS) {
            Some((bits, unit_at + 1, true))
        } else {
            Some((bits, index + 1, false))
        }
    }

    fn linked_bits(&self, index: usize) -> Option<(u32, usize)> {
        let mut at = index;
        if self.is_word_in(at, KEY_WORDS) {
            at += 1;
        }
        if !self.is_word_in(at, SIZE_LINKS) {
            return None;
        }
        let (bits, end, with_unit) = self.sized_number(at + 1)?;
        if !with_unit {
            return None;
        }
        Some((bits, if self.is_word_in(end, KEY_WORDS) { end + 1 } else { end }))
    }

    /// `256-bit AES`, `2048-bit RSA`: the size and where it starts.
    fn bits_before(&self, index: usize) -> Option<(u32, usize)> {
        let unit = index.checked_sub(1).filter(|&at| self.is_word_in(at, BIT_WORDS))?;
        let number_at = match unit.checked_sub(1) {
            Some(at) if self.token(at).is_some_and(|token| token.is_symbol('-')) => at.checked_sub(1)?,
            other => other?,
        };
        Some((self.token(number_at)?.number()?, number_at))
    }

    /// `GCM`, `in GCM mode`, `en mode GCM`, `GCM-SIV`; CBC followed by an HMAC is `CBC-HMAC`.
    fn aes_mode_at(&self, index: usize) -> Option<(String, usize)> {
        let mut at = index;
        while self.is_word_in(at, MODE_LINKS) && at < index + 2 {
            at += 1;
        }
        let mode = self.word(at).filter(|word| AES_MODE_WORDS.contains(word))?;
        let mut end = at + 1;
        if self.is_word_in(end, &["mode"]) {
            end += 1;
        }
        let mut name = mode.to_ascii_uppercase();
        if mode == "gcm"
            && self.token(end).is_some_and(|token| token.is_symbol('-'))
            && self.word(end + 1) == Some("siv")
        {
            name.push_str("-SIV");
            end += 2;
        }
        if mode == "cbc" && self.mac_follows(end) {
            name.push_str("-HMAC");
        }
        Some((name, end))
    }

    fn mac_follows(&self, index: usize) -> bool {
        let mut at = self.skip_separators(index);
        for _ in 0..2 {
            if self.is_word_in(at, MAC_LINKS) || self.token(at).is_some_and(|token| token.is_symbol('+')) {
                at += 1;
            }
        }
        self.word(at) == Some("hmac") || match_any(self.tokens, at, &["encrypt then mac"]).is_some()
    }

    fn aes(&self, head: usize) -> Found {
        let (mut bits, mut mode, mut end) = (None, None, head + 1);
        loop {
            let at = self.skip_separators(end);
            if bits.is_none() {
                if let Some((size, next)) = self.bits_after(at) {
                    bits = Some(size);
                    end = next;
                    continue;
                }
            }
            if mode.is_none() {
                if let Some((name, next)) = self.aes_mode_at(at) {
                    mode = Some(name);
                    end = next;
                    continue;
                }
            }
            break;
        }
        let mut first = head;
        if let Some((size, start)) = self.bits_before(head).filter(|_| bits.is_none()) {
            bits = Some(size);
            first = start;
        }
        let sized = bits.map_or_else(|| "AES".to_string(), |bits| format!("AES-{bits}"));
        let size_known = tables::crypto_row(&sized).is_some();
        match mode {
            Some(mode) => {
                let verdict = tables::aes_mode(&mode).filter(|_| size_known);
                Found { name: format!("{sized}-{mode}"), family: "AES", verdict, first, end }
            }
            None => Found::named(sized, "AES", first, end),
        }
    }

    /// RSA and finite-field Diffie-Hellman: judged by key size when one is given.
    fn sized_family(&self, head: usize, end: usize, family: &'static str) -> Found {
        let at = self.skip_separators(end);
        let (bits, first, end) = match (self.bits_after(at), self.bits_before(head)) {
            (Some((bits, next)), _) => (Some(bits), head, next),
            (None, Some((bits, start))) => (Some(bits), start, end),
            (None, None) => (None, head, end),
        };
        match bits {
            Some(bits) => Found {
                name: format!("{family}-{bits}"),
                family,
                verdict: tables::key_size_verdict(family, bits),
                first,
                end,
            },
            None => Found::named(family, family, first, end),
        }
    }

    /// `P-256`, `secp256r1`, `NIST P-384`, `brainpoolP256r1`, or a size `256-bit`.
    fn curve_at(&self, index: usize) -> Option<(&'static str, u32, usize)> {
        let mut at = index;
        while self.is_word_in(at, CURVE_LINKS) || self.token(at).is_some_and(|token| token.is_symbol('(')) {
            at += 1;
        }
        let mut spelling = String::new();
        let mut best = None;
        for (offset, token) in self.tokens.get(at..)?.iter().enumerate().take(6) {
            if offset > 0 && token.spaced {
                break;
            }
            if token.is_symbol('-') {
                continue;
            }
            if token.kind == TokenKind::Symbol {
                break;
            }
            spelling.push_str(token.text);
            if let Some(&(name, _, bits)) =
                tables::CURVES.iter().find(|(_, spellings, _)| spellings.contains(&spelling.as_str()))
            {
                best = Some((name, bits, at + offset + 1));
            }
        }
        best.or_else(|| {
            let (bits, end, with_unit) = self.sized_number(at)?;
            with_unit.then_some(("", bits, end))
        })
    }

    /// ECDSA, ECDH, ECDHE with an optional curve.
    fn elliptic(&self, head: usize, family: &'static str) -> Found {
        let at = self.skip_separators(head + 1);
        match self.curve_at(at) {
            Some((curve, bits, end)) => {
                let end = if self.token(end).is_some_and(|token| token.is_symbol(')')) { end + 1 } else { end };
                let name = if curve.is_empty() { format!("{family}-{bits}") } else { format!("{family} {curve}") };
                Found { name, family, verdict: tables::key_size_verdict("EC", bits), first: head, end }
            }
            None => Found::named(family, family, head, head + 1),
        }
    }

    /// `1.2`, `1,2`, `1` (= 1.0), `12` (= 1.2, as in `TLS12`).
    fn version_at(&self, index: usize) -> Option<(String, usize)> {
        let major = self.token(index)?.number()?;
        let separator =
            self.token(index + 1).filter(|token| !token.spaced && (token.is_symbol('.') || token.is_symbol(',')));
        if let Some(minor) = separator.and_then(|_| self.joined_number(index + 2)) {
            return Some((format!("{major}.{minor}"), index + 3));
        }
        match major {
            1..=9 => Some((format!("{major}.0"), index + 1)),
            10..=13 => Some((format!("1.{}", major - 10), index + 1)),
            _ => None,
        }
    }

    /// TLS with its version(s). `TLS 1.2 or higher` is TLS 1.2; `TLS 1.2 and 1.3` gives both.
    fn tls(&self, head: usize, found: &mut Vec<Found>) {
        // `TLS/SSL` is the loose name for TLS; the `SSL` in it is part of this item.
        let name_end =
            if self.token(head + 1).is_some_and(|token| token.is_symbol('/')) && self.word(head + 2) == Some("ssl") {
                head + 3
            } else {
                head + 1
            };
        let mut at = name_end;
        if self.is_word_in(at, &["v", "version", "ver"]) {
            at += 1;
        }
        while self.token(at).is_some_and(|token| ["-", "_", ">", "=", "≥"].contains(&token.text)) {
            at += 1;
        }
        let Some((version, mut end)) = self.version_at(at) else {
            found.push(Found::named("TLS", "TLS", head, name_end));
            return;
        };
        found.push(Found::named(format!("TLS {version}"), "TLS", head, end));
        loop {
            end = self.after_at_least(end);
            // Only a dotted version joins the list: `TLS 1.2 and 1.3`, not `TLS 1.2 and 2 keys`.
            let joined = self.token(end).is_some_and(|token| VERSION_JOINERS.contains(&token.text));
            let dotted = self.token(end + 2).is_some_and(|token| token.is_symbol('.') && !token.spaced);
            match self.version_at(end + 1).filter(|_| joined && dotted) {
                Some((version, next_end)) => {
                    found.push(Found::named(format!("TLS {version}"), "TLS", end + 1, next_end));
                    end = next_end;
                }
                _ => break,
            }
        }
        if let Some(last) = found.last_mut() {
            last.end = end;
        }
    }

    fn after_at_least(&self, index: usize) -> usize {
        if self.token(index).is_some_and(|token| token.is_symbol('+') && !token.spaced) {
            return index + 1;
        }
        match_any(self.tokens, index, AT_LEAST).unwrap_or(index)
    }

    /// SSL with its version. `SSL/TLS` is the usual loose name for TLS and is left to [`tls`].
    fn ssl(&self, head: usize) -> Option<Found> {
        if self.token(head + 1).is_some_and(|token| token.is_symbol('/')) && self.word(head + 2) == Some("tls") {
            return None;
        }
        let mut at = head + 1;
        if self.is_word_in(at, &["v", "version"]) {
            at += 1;
        }
        let at = self.skip_separators(at);
        match self.version_at(at).filter(|(version, _)| version == "2.0" || version == "3.0") {
            Some((version, end)) => Some(Found::named(format!("SSL {version}"), "SSL", head, end)),
            None => Some(Found::named("SSL", "SSL", head, head + 1)),
        }
    }

    fn ssh(&self, head: usize) -> Found {
        let mut at = self.skip_separators(head + 1);
        if self.is_word_in(at, &["v", "version"]) {
            at += 1;
        }
        match self.version_at(at).filter(|(version, _)| version == "1.0" || version == "2.0") {
            Some((version, end)) => Found::named(format!("SSH-{}", &version[..1]), "SSH", head, end),
            None => Found::named("SSH", "SSH", head, head + 1),
        }
    }

    /// DES and triple DES in their many spellings: `3DES`, `Triple-DES`, `DES-EDE3`, `TDEA`.
    fn des(&self, head: usize) -> Option<Found> {
        let digit_before = head.checked_sub(1).filter(|&at| {
            let current = self.token(head).is_some_and(|token| !token.spaced);
            current && self.token(at).is_some_and(|token| token.text == "3" || token.text == "2")
        });
        let triple_before = head.checked_sub(1).and_then(|at| {
            let at = if self.token(at).is_some_and(|token| token.is_symbol('-')) { at.checked_sub(1)? } else { at };
            (self.word(at) == Some("triple")).then_some(at)
        });
        let mut end = head + 1;
        let mut triple = self.word(head) == Some("tdea");
        let suffix = self.skip_separators(end);
        if self.word(suffix) == Some("ede") {
            triple = true;
            end = suffix + 1 + usize::from(self.joined_number(suffix + 1).is_some());
        }
        let mode_suffix = self.token(end).is_some_and(|token| token.is_symbol('-') && !token.spaced)
            && self.is_word_in(end + 1, AES_MODE_WORDS);
        if mode_suffix {
            end += 2;
        }
        let first = digit_before.or(triple_before);
        if first.is_some() || triple {
            return Some(Found::named("3DES", "3DES", first.unwrap_or(head), end));
        }
        (mode_suffix || self.written_as_acronym(head, "DES")).then(|| Found::named("DES", "DES", head, end))
    }

    /// The word is written exactly as `acronym` and is not part of a line in capitals.
    fn written_as_acronym(&self, index: usize, acronym: &str) -> bool {
        let Some(token) = self.token(index) else {
            return false;
        };
        if self.scanned.source_of(token) != acronym {
            return false;
        }
        let shouting = |at: Option<usize>| {
            at.and_then(|at| self.token(at)).is_some_and(|token| {
                let written = self.scanned.source_of(token);
                written.chars().any(char::is_uppercase)
                    && !written.chars().any(char::is_lowercase)
                    && !HEADS.contains(&token.text)
            })
        };
        let is_word = |at: &usize| self.word(*at).is_some();
        let before = (0..index).rev().find(is_word);
        let after = (index + 1..self.tokens.len()).find(is_word);
        let has_neighbour = before.is_some() || after.is_some();
        !(has_neighbour && (before.is_none() || shouting(before)) && (after.is_none() || shouting(after)))
    }

    /// SHA-1, SHA-256, SHA3-256, SHA-512/256…
    fn sha(&self, head: usize) -> Option<Found> {
        let at = self.skip_separators(head + 1);
        let number = self.token(at)?.number()?;
        let mut end = at + 1;
        let name = match number {
            1 | 2 => format!("SHA-{number}"),
            3 => {
                let size_at = self.skip_separators(end);
                match self.token(size_at).and_then(Token::number).filter(|size| [224, 256, 384, 512].contains(size)) {
                    Some(size) => {
                        end = size_at + 1;
                        format!("SHA3-{size}")
                    }
                    None => "SHA-3".to_string(),
                }
            }
            224 | 256 | 384 => format!("SHA-{number}"),
            512 => {
                let truncated = self.token(end).is_some_and(|token| token.is_symbol('/'))
                    && self.joined_number(end + 1) == Some(256);
                if truncated {
                    end += 2;
                    "SHA-512/256".to_string()
                } else {
                    "SHA-512".to_string()
                }
            }
            _ => return None,
        };
        Some(Found::named(name, "SHA-256", head, end))
    }

    fn hmac(&self, head: usize) -> Found {
        let at = self.skip_separators(head + 1);
        let inner = match self.word(at) {
            Some("sha") => self.sha(at),
            Some("md") => self.md(at),
            _ => None,
        };
        match inner {
            Some(inner) => Found::named(format!("HMAC-{}", inner.name), "HMAC", head, inner.end),
            None => Found::named("HMAC", "HMAC", head, head + 1),
        }
    }

    fn md(&self, head: usize) -> Option<Found> {
        let (number, end) = self.glued_number(head + 1).filter(|(number, _)| *number == 4 || *number == 5)?;
        Some(Found::named(format!("MD{number}"), "MD5", head, end))
    }

    fn chacha(&self, head: usize, prefix: &str) -> Option<Found> {
        let (_, mut end) = self.glued_number(head + 1).filter(|(number, _)| *number == 20)?;
        let mut name = format!("{prefix}ChaCha20");
        let poly = self.skip_separators(end);
        if self.word(poly) == Some("poly") && self.glued_number(poly + 1).is_some_and(|(number, _)| number == 1305) {
            name.push_str("-Poly1305");
            end = self.glued_number(poly + 1).map_or(end, |(_, next)| next);
        }
        Some(Found::named(name, "ChaCha20", head, end))
    }

    /// `Ed25519`, `X448`, `Curve25519`.
    fn edwards(&self, head: usize, prefix: &str) -> Option<Found> {
        let at = if prefix == "Curve" { self.skip_separators(head + 1) } else { head + 1 };
        let number = self.token(at).filter(|token| prefix == "Curve" || !token.spaced)?.number()?;
        (number == 25519 || number == 448).then(|| Found::named(format!("{prefix}{number}"), "Ed25519", head, at + 1))
    }

    fn argon(&self, head: usize) -> Option<Found> {
        let (_, end) = self.glued_number(head + 1).filter(|(number, _)| *number == 2)?;
        let variant = self
            .token(end)
            .filter(|token| !token.spaced)
            .map(|token| token.text)
            .filter(|text| ["id", "i", "d"].contains(text));
        match variant {
            Some(variant) => Some(Found::named(format!("Argon2{variant}"), "Argon2", head, end + 1)),
            None => Some(Found::named("Argon2", "Argon2", head, end)),
        }
    }

    fn wpa(&self, head: usize) -> Found {
        match self.glued_number(head + 1).filter(|(number, _)| *number == 2 || *number == 3) {
            Some((number, end)) => Found::named(format!("WPA{number}"), "WPA", head, end),
            None => Found::named("WPA", "WPA", head, head + 1),
        }
    }

    fn is_url(&self, index: usize) -> bool {
        let symbol =
            |at: usize, symbol: char| self.token(at).is_some_and(|token| token.is_symbol(symbol) && !token.spaced);
        symbol(index + 1, ':') && symbol(index + 2, '/') && symbol(index + 3, '/')
    }

    /// Names that start at token `index`.
    fn recognise(&self, index: usize, found: &mut Vec<Found>) {
        let Some(word) = self.word(index) else { return };
        let recognised = match word {
            "aes" => Some(self.aes(index)),
            "rsa" => Some(self.sized_family(index, index + 1, "RSA")),
            "dh" | "dhe" => Some(self.sized_family(index, index + 1, "DH")),
            "diffie" => {
                let hellman = self.skip_separators(index + 1);
                (self.word(hellman) == Some("hellman")).then(|| self.sized_family(index, hellman + 1, "DH"))
            }
            "dsa" => Some(Found::named("DSA", "DSA", index, index + 1)),
            "ecdsa" => Some(self.elliptic(index, "ECDSA")),
            "ecdh" => Some(self.elliptic(index, "ECDH")),
            "ecdhe" => Some(self.elliptic(index, "ECDHE")),
            "ed" => self.edwards(index, "Ed"),
            "x" => self.edwards(index, "X"),
            "curve" => self.edwards(index, "Curve"),
            "tls" | "tlsv" => {
                self.tls(index, found);
                None
            }
            "ssl" | "sslv" => self.ssl(index),
            "ssh" | "sshv" => Some(self.ssh(index)),
            "des" | "tdea" => self.des(index),
            "rc" | "arc" => self
                .glued_number(index + 1)
                .filter(|(number, _)| *number == 4)
                .map(|(_, end)| Found::named("RC4", "RC4", index, end)),
            "md" => self.md(index),
            "sha" => self.sha(index),
            "hmac" => Some(self.hmac(index)),
            "chacha" => self.chacha(index, ""),
            "xchacha" => self.chacha(index, "X"),
            "argon" => self.argon(index),
            "pbkdf" => self
                .glued_number(index + 1)
                .filter(|(number, _)| *number == 2)
                .map(|(_, end)| Found::named("PBKDF2", "PBKDF2", index, end)),
            "wpa" => Some(self.wpa(index)),
            _ if URL_SCHEMES.contains(&word) && self.is_url(index) => None,
            _ => {
                let single = SINGLE_WORDS
                    .iter()
                    .find(|(spelling, _)| *spelling == word)
                    .map(|&(_, name)| Found::named(name, name, index, index + 1));
                single.or_else(|| {
                    let &(_, acronym) = CAPITALS_ONLY.iter().find(|(spelling, _)| *spelling == word)?;
                    self.written_as_acronym(index, acronym).then(|| Found::named(acronym, acronym, index, index + 1))
                })
            }
        };
        found.extend(recognised);
    }

    fn item(&self, found: Found) -> CryptoItem {
        let kind = tables::crypto_row(found.family).map_or(CryptoKind::Cipher, |row| row.kind);
        let (start, end) = self.scanned.source_range(self.tokens, found.first, found.end);
        let strength = found.verdict.map_or(Strength::Unknown, Verdict::strength);
        CryptoItem { name: found.name, kind, strength, start, end }
    }
}

/// Every cipher, hash, key size and protocol named in `text`, in order, with its byte range in
/// `text` and its strength from the dated table. Prose that only says "industry-standard
/// encryption" gives nothing.
pub fn find_crypto(text: &str) -> Vec<CryptoItem> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let scan = Scan { scanned: &scanned, tokens: &tokens };
    let mut items = Vec::new();
    let mut index = 0;
    let mut found = Vec::new();
    while index < tokens.len() {
        scan.recognise(index, &mut found);
        index = found.iter().map(|found| found.end).max().unwrap_or(0).max(index + 1);
        items.extend(found.drain(..).map(|found| scan.item(found)));
    }
    items
}

/// An `encryption-at-rest` / `encryption-in-transit` value. A value that names no algorithm or
/// protocol (`industry-standard encryption`) is `Unrecognised`, which rules read as unspecified.
pub fn parse_crypto(text: &str) -> Result<Crypto, ValueError> {
    let items = find_crypto(text);
    if items.is_empty() {
        return Err(ValueError::Unrecognised { expected: CRYPTO_EXAMPLES });
    }
    Ok(Crypto { items })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find_crypto(text).into_iter().map(|item| item.name).collect()
    }

    fn only(text: &str) -> CryptoItem {
        let mut items = find_crypto(text);
        assert_eq!(items.len(), 1, "{text}: {items:?}");
        items.remove(0)
    }

    fn is_deprecated(item: &CryptoItem) -> bool {
        matches!(item.strength, Strength::Deprecated { .. })
    }

    #[test]
    fn aes_spellings_normalise() {
        for text in [
            "AES-256-GCM",
            "AES 256 GCM",
            "aes256-gcm",
            "AES_256_GCM",
            "AES-GCM-256",
            "256-bit AES-GCM",
            "AES 256 bits en mode GCM",
        ] {
            let item = only(text);
            assert_eq!(item.name, "AES-256-GCM", "{text}");
            assert_eq!(item.strength, Strength::StateOfTheArt, "{text}");
            assert_eq!(item.kind, CryptoKind::Cipher);
        }
        assert_eq!(only("AES-256").strength, Strength::StateOfTheArt);
        assert_eq!(only("AES with 128-bit keys").name, "AES-128");
        assert_eq!(only("AES (256 bits)").name, "AES-256");
        assert_eq!(only("AES in XTS mode").name, "AES-XTS");
        assert_eq!(only("AES").strength, Strength::Acceptable, "no size: acceptable");
        assert_eq!(only("AES-256-CBC").strength, Strength::Acceptable, "CBC without a MAC");
        let with_mac = find_crypto("AES-256-CBC with HMAC-SHA256");
        assert_eq!(
            with_mac.iter().map(|item| item.name.as_str()).collect::<Vec<_>>(),
            ["AES-256-CBC-HMAC", "HMAC-SHA-256"]
        );
        assert_eq!(with_mac[0].strength, Strength::StateOfTheArt);
        assert!(is_deprecated(&only("AES-128-ECB")));
        assert_eq!(only("AES-512").strength, Strength::Unknown);
    }

    #[test]
    fn byte_ranges_point_into_the_text() {
        let text = "Données chiffrées en AES 256 GCM au repos";
        let item = only(text);
        assert_eq!(&text[item.start..item.end], "AES 256 GCM");
    }

    #[test]
    fn ssh_with_3des_gives_two_items() {
        let text = "SSH with 3DES-CBC";
        let items = find_crypto(text);
        assert_eq!(items.iter().map(|item| item.name.as_str()).collect::<Vec<_>>(), ["SSH", "3DES"]);
        assert_eq!(items[0].kind, CryptoKind::Protocol);
        assert!(is_deprecated(&items[1]));
        assert_eq!(&text[items[1].start..items[1].end], "3DES-CBC");
    }

    #[test]
    fn triple_des_spellings() {
        for text in ["3DES", "Triple DES", "triple-DES", "TDEA", "3TDEA", "DES-EDE3-CBC", "TripleDES", "DESede"] {
            let item = only(text);
            assert_eq!(item.name, "3DES", "{text}");
            assert!(is_deprecated(&item));
        }
    }

    #[test]
    fn single_des_only_as_an_acronym() {
        assert_eq!(names("legacy DES encryption"), ["DES"]);
        assert_eq!(names("DES"), ["DES"]);
        assert_eq!(names("DES, RC4"), ["DES", "RC4"]);
        assert_eq!(names("des-cbc"), ["DES"]);
        assert!(names("chiffrement des données").is_empty());
        assert!(names("PROTECTION DES DONNÉES").is_empty());
        assert!(names("RECOURS À DES SOUS-TRAITANTS").is_empty());
        assert!(names("Des mesures de chiffrement").is_empty());
    }

    #[test]
    fn tls_versions() {
        assert_eq!(only("TLS 1.3").strength, Strength::StateOfTheArt);
        for text in ["TLS 1.0", "TLSv1.0", "TLS v1.0", "TLS 1", "tls1.0"] {
            let item = only(text);
            assert_eq!(item.name, "TLS 1.0", "{text}");
            assert!(is_deprecated(&item), "{text}");
        }
        assert!(is_deprecated(&only("TLS 1.1")));
        assert_eq!(only("TLSv1.2").name, "TLS 1.2");
        assert_eq!(only("TLS1.2").name, "TLS 1.2");
        assert_eq!(only("TLS12").name, "TLS 1.2");
        for text in [
            "TLS 1.2 or higher",
            "TLS 1.2+",
            "TLS ≥ 1.2",
            "TLS >= 1.2",
            "at least TLS 1.2",
            "TLS 1.2 minimum",
            "TLS 1.2 ou supérieur",
        ] {
            let item = only(text);
            assert_eq!((item.name.as_str(), item.strength), ("TLS 1.2", Strength::StateOfTheArt), "{text}");
            assert_eq!(&text[item.start..item.start + 3], "TLS");
        }
        assert_eq!(names("TLS 1.2 and 1.3"), ["TLS 1.2", "TLS 1.3"]);
        assert_eq!(names("TLS 1.2/1.3"), ["TLS 1.2", "TLS 1.3"]);
        assert_eq!(names("TLS 1.2 and TLS 1.3"), ["TLS 1.2", "TLS 1.3"]);
        assert_eq!(only("TLS").strength, Strength::Acceptable);
        assert_eq!(only("TLS 2.0").strength, Strength::Unknown);
    }

    #[test]
    fn ssl_is_deprecated_but_ssl_slash_tls_means_tls() {
        for (text, name) in [("SSLv3", "SSL 3.0"), ("SSL 3.0", "SSL 3.0"), ("SSLv2", "SSL 2.0"), ("SSL", "SSL")] {
            let item = only(text);
            assert_eq!(item.name, name);
            assert!(is_deprecated(&item), "{text}");
        }
        assert_eq!(names("SSL/TLS"), ["TLS"]);
        assert_eq!(names("TLS/SSL"), ["TLS"]);
        assert_eq!(names("SSL/TLS 1.2"), ["TLS 1.2"]);
    }

    #[test]
    fn public_key_sizes() {
        let weak = only("RSA 1024");
        assert_eq!(weak.name, "RSA-1024");
        assert!(is_deprecated(&weak));
        assert_eq!(weak.kind, CryptoKind::PublicKey);
        assert_eq!(only("RSA-4096").strength, Strength::StateOfTheArt);
        assert_eq!(only("RSA-2048").strength, Strength::StateOfTheArt);
        assert_eq!(only("2048-bit RSA").name, "RSA-2048");
        assert_eq!(only("clés RSA de 3072 bits").name, "RSA-3072");
        assert_eq!(only("RSA").strength, Strength::Acceptable);
        assert!(is_deprecated(&only("DH 1024")));
        assert!(is_deprecated(&only("Diffie-Hellman 1024-bit")));
        assert!(is_deprecated(&only("DSA")));
        let ecdsa = only("ECDSA P-256");
        assert_eq!((ecdsa.name.as_str(), ecdsa.strength), ("ECDSA P-256", Strength::StateOfTheArt));
        assert_eq!(only("ECDSA with NIST P-384").name, "ECDSA P-384");
        assert_eq!(only("ECDSA secp256r1").name, "ECDSA P-256");
        assert!(is_deprecated(&only("ECDSA P-192")));
        assert_eq!(only("ECDSA").strength, Strength::Acceptable);
        assert_eq!(only("ECDHE").strength, Strength::StateOfTheArt);
        assert_eq!(only("Ed25519").strength, Strength::StateOfTheArt);
        assert_eq!(only("X25519").name, "X25519");
        assert_eq!(only("Curve25519").name, "Curve25519");
    }

    #[test]
    fn hashes_and_macs() {
        for text in ["SHA1", "SHA-1", "sha 1"] {
            let item = only(text);
            assert_eq!(item.name, "SHA-1");
            assert!(is_deprecated(&item));
            assert_eq!(item.kind, CryptoKind::Hash);
        }
        assert!(is_deprecated(&only("MD5")));
        assert_eq!(only("SHA-256").strength, Strength::StateOfTheArt);
        assert_eq!(only("SHA256").name, "SHA-256");
        assert_eq!(only("SHA3-256").name, "SHA3-256");
        assert_eq!(only("SHA-512/256").name, "SHA-512/256");
        assert_eq!(only("HMAC-SHA1").name, "HMAC-SHA-1");
        assert_eq!(only("HMAC-SHA1").strength, Strength::Acceptable);
        assert_eq!(only("HMAC-SHA-256").strength, Strength::StateOfTheArt);
        assert_eq!(only("Argon2id").strength, Strength::StateOfTheArt);
        assert_eq!(only("bcrypt").strength, Strength::StateOfTheArt);
        assert_eq!(only("PBKDF2").name, "PBKDF2");
    }

    #[test]
    fn other_ciphers() {
        for (text, name) in [("RC4", "RC4"), ("ARC4", "RC4"), ("Blowfish", "Blowfish"), ("IDEA", "IDEA")] {
            let item = only(text);
            assert_eq!(item.name, name);
            assert!(is_deprecated(&item), "{text}");
        }
        assert!(names("a good idea").is_empty());
        let chacha = only("ChaCha20-Poly1305");
        assert_eq!((chacha.name.as_str(), chacha.strength), ("ChaCha20-Poly1305", Strength::StateOfTheArt));
        assert_eq!(only("chacha20 poly1305").name, "ChaCha20-Poly1305");
        assert_eq!(only("ChaCha20").strength, Strength::Acceptable);
    }

    #[test]
    fn protocols() {
        for (text, name) in [
            ("IPsec", "IPsec"),
            ("SFTP", "SFTP"),
            ("HTTPS", "HTTPS"),
            ("SSHv2", "SSH-2"),
            ("WPA2", "WPA2"),
            ("WireGuard", "WireGuard"),
        ] {
            let item = only(text);
            assert_eq!(item.name, name);
            assert_eq!(item.kind, CryptoKind::Protocol);
            assert!(!is_deprecated(&item), "{text}");
        }
        assert!(is_deprecated(&only("SSH-1")));
        assert!(is_deprecated(&only("plain FTP")));
        assert!(is_deprecated(&only("Telnet")));
        assert!(names("see https://example.com/security").is_empty(), "a URL is not a protocol commitment");
    }

    #[test]
    fn lists_in_prose() {
        let text = "Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher; legacy SFTP endpoints accept Blowfish and SHA1.";
        assert_eq!(names(text), ["AES-256", "TLS 1.2", "SFTP", "Blowfish", "SHA-1"]);
    }

    #[test]
    fn every_name_a_spelling_gives_has_a_table_row() {
        for (_, name) in SINGLE_WORDS.iter().chain(CAPITALS_ONLY) {
            assert!(tables::crypto_row(name).is_some(), "{name}");
        }
        for (text, name) in [
            ("Ed448", "Ed448"),
            ("X448", "X448"),
            ("SHA-2", "SHA-2"),
            ("SHA-3", "SHA-3"),
            ("MD4", "MD4"),
            ("HMAC", "HMAC"),
            ("AES-CTR", "AES-CTR"),
        ] {
            let item = only(text);
            assert_eq!(item.name, name);
            assert_ne!(item.strength, Strength::Unknown, "{text}");
        }
    }

    #[test]
    fn vague_text_is_unrecognised() {
        for text in ["industry-standard encryption", "chiffrement conforme à l'état de l'art", "strong encryption", ""]
        {
            assert!(find_crypto(text).is_empty(), "{text}");
            assert_eq!(parse_crypto(text), Err(ValueError::Unrecognised { expected: CRYPTO_EXAMPLES }));
        }
        assert_eq!(parse_crypto("TLS 1.3").map(|crypto| crypto.items.len()), Ok(1));
    }
}
