//! Dated reference tables: what the linter knows about the world as of [`CHECKED`]. Cipher and
//! protocol verdicts, EEA membership, adequacy decisions and certification editions change
//! faster than the code, so they are data here and an update is a table edit.
//!
//! Sources: NIST SP 800-131A Rev. 2 (transitions), NIST SP 800-52 Rev. 2 (TLS), FIPS 186-5
//! (signatures), ANSSI RGS v2.0 Annexe B1 (rules quoted by name), RFC 6176, 7465, 7568, 8996
//! (SSL, RC4, TLS 1.0/1.1), the Commission's adequacy decisions under GDPR Art. 45, and IAF MD 26
//! for the ISO/IEC 27001:2013 transition. See `gdpr-rule-catalogue.md` §6 and §7.

use super::{CertScheme, CryptoKind, Date, Strength};
use crate::lang::L10n;
use CryptoKind::{Cipher, Hash, Protocol, PublicKey};
use Verdict::{Acceptable, Deprecated, StateOfTheArt};

/// The day these tables were last checked against their sources.
pub const CHECKED: &str = "2026-11-22";

/// [`CHECKED`] as a date: what "now" means for the tables when a caller has no document date.
pub const CHECKED_ON: Date = Date { year: 2026, month: 11, day: 22 };

/// Where a primitive or protocol stands. Reasons are short, cite their source, and are written
/// in every language a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    StateOfTheArt,
    Acceptable,
    Deprecated(L10n),
}

impl Verdict {
    pub fn strength(self) -> Strength {
        match self {
            Verdict::StateOfTheArt => Strength::StateOfTheArt,
            Verdict::Acceptable => Strength::Acceptable,
            Verdict::Deprecated(reason) => Strength::Deprecated { reason: reason.into() },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CryptoRow {
    /// Normalised name, as [`super::CryptoItem::name`] spells it.
    pub name: &'static str,
    pub kind: CryptoKind,
    pub verdict: Verdict,
}

const fn row(name: &'static str, kind: CryptoKind, verdict: Verdict) -> CryptoRow {
    CryptoRow { name, kind, verdict }
}

/// Every named primitive and protocol version. A name that is recognised but missing here is
/// classified [`Strength::Unknown`]. Families that take a size (`RSA`, `DH`, `ECDSA`) have an
/// unsized row here and their thresholds in [`KEY_SIZES`].
pub static CRYPTO: &[CryptoRow] = &[
    // Symmetric ciphers. AES modes are in `AES_MODES`.
    row("AES", Cipher, Acceptable),
    row("AES-128", Cipher, StateOfTheArt),
    row("AES-192", Cipher, StateOfTheArt),
    row("AES-256", Cipher, StateOfTheArt),
    row("ChaCha20-Poly1305", Cipher, StateOfTheArt),
    row("XChaCha20-Poly1305", Cipher, StateOfTheArt),
    row("ChaCha20", Cipher, Acceptable),
    row("XChaCha20", Cipher, Acceptable),
    row("Camellia", Cipher, Acceptable),
    row("DES", Cipher, Deprecated(L10n::new(
            "DES: 56-bit key, withdrawn (NIST SP 800-131A Rev. 2; ANSSI RGS B1 RègleCléSym-1)",
            "DES : clé de 56 bits, retiré (NIST SP 800-131A rév. 2 ; ANSSI RGS B1 RègleCléSym-1)",
        ))),
    row(
        "3DES",
        Cipher,
        Deprecated(L10n::new(
            "3DES/TDEA: 64-bit block, disallowed for encryption after 2023 (NIST SP 800-131A Rev. 2; ANSSI RGS B1 RègleBlocSym-2)",
            "3DES/TDEA : bloc de 64 bits, interdit pour le chiffrement après 2023 (NIST SP 800-131A rév. 2 ; ANSSI RGS B1 RègleBlocSym-2)",
        )),
    ),
    row("RC4", Cipher, Deprecated(L10n::new(
            "RC4: biased keystream, prohibited in TLS (RFC 7465)",
            "RC4 : suite chiffrante biaisée, interdit dans TLS (RFC 7465)",
        ))),
    row("Blowfish", Cipher, Deprecated(L10n::new(
            "Blowfish: 64-bit block, too small beyond 2020 (ANSSI RGS B1 RègleBlocSym-2)",
            "Blowfish : bloc de 64 bits, trop petit au-delà de 2020 (ANSSI RGS B1 RègleBlocSym-2)",
        ))),
    row("IDEA", Cipher, Deprecated(L10n::new(
            "IDEA: 64-bit block, too small beyond 2020 (ANSSI RGS B1 RègleBlocSym-2)",
            "IDEA : bloc de 64 bits, trop petit au-delà de 2020 (ANSSI RGS B1 RègleBlocSym-2)",
        ))),
    // Hashes, MACs and password hashing.
    row("MD4", Hash, Deprecated(L10n::new(
            "MD4: broken (RFC 6150)",
            "MD4 : cassé (RFC 6150)",
        ))),
    row("MD5", Hash, Deprecated(L10n::new(
            "MD5: practical collisions (RFC 6151; ANSSI RGS B1 RègleHash-2)",
            "MD5 : collisions réalisables en pratique (RFC 6151 ; ANSSI RGS B1 RègleHash-2)",
        ))),
    row("SHA-1", Hash, Deprecated(L10n::new(
            "SHA-1: practical collisions, disallowed for signatures (NIST SP 800-131A Rev. 2; ANSSI RGS B1 RègleHash-2)",
            "SHA-1 : collisions réalisables en pratique, interdit pour les signatures (NIST SP 800-131A rév. 2 ; ANSSI RGS B1 RègleHash-2)",
        ))),
    row("SHA-2", Hash, StateOfTheArt),
    row("SHA-224", Hash, Acceptable),
    row("SHA-256", Hash, StateOfTheArt),
    row("SHA-384", Hash, StateOfTheArt),
    row("SHA-512", Hash, StateOfTheArt),
    row("SHA-512/256", Hash, StateOfTheArt),
    row("SHA-3", Hash, StateOfTheArt),
    row("SHA3-224", Hash, Acceptable),
    row("SHA3-256", Hash, StateOfTheArt),
    row("SHA3-384", Hash, StateOfTheArt),
    row("SHA3-512", Hash, StateOfTheArt),
    row("HMAC", Hash, Acceptable),
    row("HMAC-MD5", Hash, Deprecated(L10n::new(
            "HMAC-MD5: built on MD5 (RFC 6151; ANSSI RGS B1 RègleIntegSym)",
            "HMAC-MD5 : repose sur MD5 (RFC 6151 ; ANSSI RGS B1 RègleIntegSym)",
        ))),
    // NIST SP 800-131A still allows SHA-1 inside HMAC; it is not state of the art.
    row("HMAC-SHA-1", Hash, Acceptable),
    row("HMAC-SHA-2", Hash, StateOfTheArt),
    row("HMAC-SHA-256", Hash, StateOfTheArt),
    row("HMAC-SHA-384", Hash, StateOfTheArt),
    row("HMAC-SHA-512", Hash, StateOfTheArt),
    row("Argon2id", Hash, StateOfTheArt),
    row("Argon2", Hash, Acceptable),
    row("Argon2i", Hash, Acceptable),
    row("Argon2d", Hash, Acceptable),
    row("scrypt", Hash, StateOfTheArt),
    row("bcrypt", Hash, StateOfTheArt),
    row("PBKDF2", Hash, Acceptable),
    // Public-key algorithms. Sizes are judged by `KEY_SIZES`.
    row("RSA", PublicKey, Acceptable),
    row("DH", PublicKey, Acceptable),
    row("DSA", PublicKey, Deprecated(L10n::new(
            "DSA: no longer approved for signature generation (FIPS 186-5)",
            "DSA : n'est plus approuvé pour générer des signatures (FIPS 186-5)",
        ))),
    row("ECDSA", PublicKey, Acceptable),
    row("ECDH", PublicKey, Acceptable),
    row("ECDHE", PublicKey, StateOfTheArt),
    row("EdDSA", PublicKey, StateOfTheArt),
    row("Ed25519", PublicKey, StateOfTheArt),
    row("Ed448", PublicKey, StateOfTheArt),
    row("X25519", PublicKey, StateOfTheArt),
    row("X448", PublicKey, StateOfTheArt),
    row("Curve25519", PublicKey, StateOfTheArt),
    row("Curve448", PublicKey, StateOfTheArt),
    // Protocols.
    row("TLS", Protocol, Acceptable),
    row("TLS 1.0", Protocol, Deprecated(L10n::new(
            "TLS 1.0: deprecated (RFC 8996; NIST SP 800-52 Rev. 2)",
            "TLS 1.0 : obsolète (RFC 8996 ; NIST SP 800-52 rév. 2)",
        ))),
    row("TLS 1.1", Protocol, Deprecated(L10n::new(
            "TLS 1.1: deprecated (RFC 8996; NIST SP 800-52 Rev. 2)",
            "TLS 1.1 : obsolète (RFC 8996 ; NIST SP 800-52 rév. 2)",
        ))),
    row("TLS 1.2", Protocol, StateOfTheArt),
    row("TLS 1.3", Protocol, StateOfTheArt),
    row("SSL", Protocol, Deprecated(L10n::new(
            "SSL: every version is prohibited (RFC 6176, RFC 7568)",
            "SSL : toutes les versions sont interdites (RFC 6176, RFC 7568)",
        ))),
    row("SSL 2.0", Protocol, Deprecated(L10n::new(
            "SSL 2.0: prohibited (RFC 6176)",
            "SSL 2.0 : interdit (RFC 6176)",
        ))),
    row("SSL 3.0", Protocol, Deprecated(L10n::new(
            "SSL 3.0: prohibited (RFC 7568)",
            "SSL 3.0 : interdit (RFC 7568)",
        ))),
    row("SSH", Protocol, Acceptable),
    row("SSH-1", Protocol, Deprecated(L10n::new(
            "SSH-1: obsolete protocol with known design flaws, replaced by SSH-2 (RFC 4251)",
            "SSH-1 : protocole obsolète aux failles de conception connues, remplacé par SSH-2 (RFC 4251)",
        ))),
    row("SSH-2", Protocol, Acceptable),
    row("SFTP", Protocol, Acceptable),
    row("FTPS", Protocol, Acceptable),
    row("HTTPS", Protocol, Acceptable),
    row("IPsec", Protocol, Acceptable),
    row("WireGuard", Protocol, StateOfTheArt),
    row("OpenPGP", Protocol, Acceptable),
    row("WPA3", Protocol, StateOfTheArt),
    row("WPA2", Protocol, Acceptable),
    row("WPA", Protocol, Deprecated(L10n::new(
            "WPA (TKIP): deprecated by the Wi-Fi Alliance, use WPA2 or WPA3",
            "WPA (TKIP) : abandonné par la Wi-Fi Alliance, utiliser WPA2 ou WPA3",
        ))),
    row("WEP", Protocol, Deprecated(L10n::new(
            "WEP: broken, deprecated by IEEE 802.11",
            "WEP : cassé, abandonné par l'IEEE 802.11",
        ))),
    row("HTTP", Protocol, Deprecated(L10n::new(
            "HTTP: cleartext, no encryption in transit",
            "HTTP : en clair, aucun chiffrement en transit",
        ))),
    row("FTP", Protocol, Deprecated(L10n::new(
            "FTP: cleartext, no encryption in transit",
            "FTP : en clair, aucun chiffrement en transit",
        ))),
    row("Telnet", Protocol, Deprecated(L10n::new(
            "Telnet: cleartext, no encryption in transit",
            "Telnet : en clair, aucun chiffrement en transit",
        ))),
];

pub fn crypto_row(name: &str) -> Option<&'static CryptoRow> {
    CRYPTO.iter().find(|row| row.name == name)
}

/// Block cipher modes for AES (`AES-256-GCM`). `CBC-HMAC` is CBC with a stated MAC
/// (encrypt-then-MAC), which ANSSI RecomModeChiff-2 asks for.
pub static AES_MODES: &[(&str, Verdict)] = &[
    ("GCM", StateOfTheArt),
    ("CCM", StateOfTheArt),
    ("XTS", StateOfTheArt),
    ("SIV", StateOfTheArt),
    ("GCM-SIV", StateOfTheArt),
    ("CBC-HMAC", StateOfTheArt),
    ("CBC", Acceptable),
    ("CTR", Acceptable),
    ("OFB", Acceptable),
    ("CFB", Acceptable),
    (
        "ECB",
        Deprecated(L10n::new(
            "ECB mode: identical blocks give identical ciphertext (ANSSI RGS B1 RecomModeChiff-1)",
            "mode ECB : des blocs identiques donnent des chiffrés identiques (ANSSI RGS B1 RecomModeChiff-1)",
        )),
    ),
];

pub fn aes_mode(mode: &str) -> Option<Verdict> {
    AES_MODES.iter().find(|(name, _)| *name == mode).map(|&(_, verdict)| verdict)
}

/// Minimum key sizes of public-key families: below is deprecated, at or above is state of the
/// art (ANSSI asks for 3072-bit RSA beyond 2030; the spec keeps 2048 as the floor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySizeRow {
    /// `RSA`, `DH`, or `EC` for every elliptic-curve family.
    pub family: &'static str,
    pub min_bits: u32,
    pub too_small: L10n,
}

pub static KEY_SIZES: &[KeySizeRow] = &[
    KeySizeRow {
        family: "RSA",
        min_bits: 2048,
        too_small: L10n::new(
            "RSA below 2048 bits (NIST SP 800-131A Rev. 2; ANSSI RGS B1 RègleFact-1)",
            "RSA de moins de 2048 bits (NIST SP 800-131A rév. 2 ; ANSSI RGS B1 RègleFact-1)",
        ),
    },
    KeySizeRow {
        family: "DH",
        min_bits: 2048,
        too_small: L10n::new(
            "finite-field Diffie-Hellman below 2048 bits (NIST SP 800-131A Rev. 2; ANSSI RGS B1 RègleLogp-1)",
            "Diffie-Hellman sur corps fini de moins de 2048 bits (NIST SP 800-131A rév. 2 ; ANSSI RGS B1 RègleLogp-1)",
        ),
    },
    KeySizeRow {
        family: "EC",
        min_bits: 256,
        too_small: L10n::new(
            "elliptic curve below 256 bits (ANSSI RGS B1 RègleECp-2)",
            "courbe elliptique de moins de 256 bits (ANSSI RGS B1 RègleECp-2)",
        ),
    },
];

/// The verdict for a key of `bits` in `family`; `None` for a family with no size rule.
pub fn key_size_verdict(family: &str, bits: u32) -> Option<Verdict> {
    let rule = KEY_SIZES.iter().find(|rule| rule.family == family)?;
    Some(if bits < rule.min_bits { Deprecated(rule.too_small) } else { StateOfTheArt })
}

/// Named elliptic curves: display name, spellings (folded, without separators) and the size
/// used against the `EC` row of [`KEY_SIZES`].
pub static CURVES: &[(&str, &[&str], u32)] = &[
    ("P-192", &["p192", "secp192r1", "prime192v1"], 192),
    ("P-224", &["p224", "secp224r1"], 224),
    ("P-256", &["p256", "secp256r1", "prime256v1"], 256),
    ("P-384", &["p384", "secp384r1"], 384),
    ("P-521", &["p521", "secp521r1"], 521),
    ("secp256k1", &["secp256k1"], 256),
    ("brainpoolP256r1", &["brainpoolp256r1"], 256),
    ("brainpoolP384r1", &["brainpoolp384r1"], 384),
    ("brainpoolP512r1", &["brainpoolp512r1"], 512),
    ("FRP256v1", &["frp256v1"], 256),
];

/// EEA members (EU 27 plus Iceland, Liechtenstein, Norway), with the EU's outermost regions
/// and Åland, which have their own ISO codes but are inside the Union. `EU` stands for the
/// Union itself. The Faroe Islands and Greenland are outside (the Faroes have adequacy).
pub static EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "GF", "GP", "MQ", "RE", "YT", "MF", "AX", "EU",
];

/// What an adequacy decision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdequacyScope {
    /// The whole country.
    Full,
    /// Only recipients subject to a named law (Canada: PIPEDA, commercial organisations).
    CommercialOrganisations,
    /// Only organisations that self-certify (United States: EU-US Data Privacy Framework); this
    /// is not adequacy for the country.
    CertifiedOrganisationsOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AdequacyRow {
    pub country: &'static str,
    pub decision: &'static str,
    /// Date of the decision.
    pub since: Date,
    /// Last day of validity for decisions with a sunset clause.
    pub until: Option<Date>,
    pub scope: AdequacyScope,
}

const fn adequacy(
    country: &'static str,
    decision: &'static str,
    since: (i32, u8, u8),
    scope: AdequacyScope,
) -> AdequacyRow {
    AdequacyRow { country, decision, since: Date { year: since.0, month: since.1, day: since.2 }, until: None, scope }
}

/// Commission adequacy decisions under GDPR Art. 45 (and those kept in force by Art. 45(9)).
pub static ADEQUACY: &[AdequacyRow] = &[
    adequacy("AD", "Commission Decision 2010/625/EU", (2010, 10, 19), AdequacyScope::Full),
    adequacy("AR", "Commission Decision 2003/490/EC", (2003, 6, 30), AdequacyScope::Full),
    adequacy("BR", "Commission Implementing Decision (EU) 2026/179", (2026, 1, 26), AdequacyScope::Full),
    adequacy("CA", "Commission Decision 2002/2/EC (PIPEDA)", (2001, 12, 20), AdequacyScope::CommercialOrganisations),
    adequacy("CH", "Commission Decision 2000/518/EC", (2000, 7, 26), AdequacyScope::Full),
    adequacy("FO", "Commission Decision 2010/146/EU", (2010, 3, 5), AdequacyScope::Full),
    // Four-year sunset, extended to 27 December 2025, then renewed on 19 December 2025 for six
    // years.
    AdequacyRow {
        until: Some(Date { year: 2031, month: 12, day: 27 }),
        ..adequacy(
            "GB",
            "Commission Implementing Decision (EU) 2021/1772, renewed December 2025",
            (2021, 6, 28),
            AdequacyScope::Full,
        )
    },
    adequacy("GG", "Commission Decision 2003/821/EC", (2003, 11, 21), AdequacyScope::Full),
    adequacy("IL", "Commission Decision 2011/61/EU", (2011, 1, 31), AdequacyScope::Full),
    adequacy("IM", "Commission Decision 2004/411/EC", (2004, 4, 28), AdequacyScope::Full),
    adequacy("JE", "Commission Decision 2008/393/EC", (2008, 5, 8), AdequacyScope::Full),
    adequacy("JP", "Commission Implementing Decision (EU) 2019/419", (2019, 1, 23), AdequacyScope::Full),
    adequacy("KR", "Commission Implementing Decision (EU) 2022/254", (2021, 12, 17), AdequacyScope::Full),
    adequacy("NZ", "Commission Implementing Decision 2013/65/EU", (2012, 12, 19), AdequacyScope::Full),
    adequacy(
        "US",
        "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
        (2023, 7, 10),
        AdequacyScope::CertifiedOrganisationsOnly,
    ),
    adequacy("UY", "Commission Implementing Decision 2012/484/EU", (2012, 8, 21), AdequacyScope::Full),
];

/// A certification edition that stopped being valid on a fixed date whatever its certificate
/// says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionSunset {
    pub scheme: CertScheme,
    pub edition: &'static str,
    pub last_valid: Date,
    pub source: L10n,
}

pub static EDITION_SUNSETS: &[EditionSunset] = &[EditionSunset {
    scheme: CertScheme::Iso27001,
    edition: "2013",
    last_valid: Date { year: 2025, month: 10, day: 31 },
    source: L10n::new(
        "IAF MD 26: ISO/IEC 27001:2013 certificates ceased to be valid after 31 October 2025",
        "IAF MD 26 : les certificats ISO/IEC 27001:2013 ont cessé d'être valables après le 31 octobre 2025",
    ),
}];

#[cfg(test)]
mod tests {
    use super::super::parse_date;
    use super::*;

    #[test]
    fn checked_date_constants_agree() {
        assert_eq!(parse_date(CHECKED), Some(CHECKED_ON));
    }

    #[test]
    fn every_table_date_exists() {
        for row in ADEQUACY {
            assert!(row.since.is_valid(), "{}", row.country);
            assert!(row.until.is_none_or(|until| until.is_valid() && until > row.since), "{}", row.country);
        }
        assert!(EDITION_SUNSETS.iter().all(|sunset| sunset.last_valid.is_valid()));
    }

    #[test]
    fn names_are_unique_and_deprecations_say_why() {
        for (index, row) in CRYPTO.iter().enumerate() {
            assert!(CRYPTO[..index].iter().all(|earlier| earlier.name != row.name), "duplicate {}", row.name);
            if let Deprecated(reason) = row.verdict {
                for reason in [reason.en, reason.fr] {
                    assert!(
                        reason.starts_with(row.name) && reason.len() > row.name.len() + 10,
                        "{} needs a reason in every language",
                        row.name
                    );
                }
                assert_ne!(reason.en, reason.fr, "{}: the French reason is a translation", row.name);
            }
        }
        assert_eq!(EEA.len(), 38);
        let adequate: Vec<&str> = ADEQUACY.iter().map(|row| row.country).collect();
        assert!(adequate.windows(2).all(|pair| pair[0] < pair[1]), "sorted, no duplicates");
        assert!(adequate.iter().all(|code| !EEA.contains(code)));
    }

    #[test]
    fn key_sizes_have_a_floor() {
        assert!(matches!(key_size_verdict("RSA", 1024), Some(Deprecated(_))));
        assert_eq!(key_size_verdict("RSA", 2048), Some(StateOfTheArt));
        assert_eq!(key_size_verdict("EC", 256), Some(StateOfTheArt));
        assert!(matches!(key_size_verdict("EC", 224), Some(Deprecated(_))));
        assert_eq!(key_size_verdict("AES", 256), None);
    }
}
