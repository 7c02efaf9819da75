//! Why a file could not be read as a Word document, in words a lawyer can act on.

use std::fmt;

use dpa_lexicon::{Lang, Message};

/// Everything that stops [`crate::read`]. Each variant says what the file is (or is not) and what
/// to do about it, in English and French ([`DocxError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// An OLE compound file holding an `EncryptionInfo` stream, or a zip whose parts are
    /// encrypted: Word saves password-protected documents this way.
    PasswordProtected,
    /// An OLE compound file without encryption information: a Word 97–2003 `.doc` (or another
    /// legacy Office file) renamed or saved with the wrong extension.
    LegacyFormat,
    /// Not a zip archive at all, or a zip whose directory is damaged (truncated download,
    /// another file type renamed to `.docx`).
    NotZip { detail: String },
    /// A valid zip without `word/document.xml`: not a Word document (perhaps an Excel or
    /// PowerPoint file, or a plain zip).
    MissingDocumentXml,
    /// A part of the document is unreadable: bad compression, malformed XML, wrong encoding.
    Corrupt { part: String, detail: String },
    /// The parts would decompress to more than the limit (a "zip bomb" or an absurdly large file).
    TooLarge { limit_bytes: u64 },
    /// The archive lists more entries than any real Word document has.
    TooManyEntries { count: usize, limit: usize },
}

impl DocxError {
    /// The explanation in both interface languages.
    pub fn message(&self) -> Message {
        match self {
            DocxError::PasswordProtected => Message::new(
                "the Word file is password-protected (encrypted); open it in Word, remove the password \
                 (File > Info > Protect Document) and save it again as .docx",
                "le fichier Word est protégé par un mot de passe (chiffré) ; ouvrez-le dans Word, retirez \
                 le mot de passe (Fichier > Informations > Protéger le document) puis enregistrez-le de \
                 nouveau au format .docx",
            ),
            DocxError::LegacyFormat => Message::new(
                "this is a password-protected or legacy .doc file (Word 97-2003 format), not a .docx; \
                 open it in Word and save it as \"Word Document (.docx)\" without a password",
                "il s'agit d'un fichier protégé par mot de passe ou d'un ancien fichier .doc (format \
                 Word 97-2003), pas d'un .docx ; ouvrez-le dans Word et enregistrez-le en « Document \
                 Word (.docx) » sans mot de passe",
            ),
            DocxError::NotZip { detail } => Message::new(
                format!(
                    "not a .docx file: the content is not a valid zip archive ({detail}); the file may be \
                     truncated or be another format renamed to .docx"
                ),
                format!(
                    "ce n'est pas un fichier .docx : le contenu n'est pas une archive zip valide \
                     ({detail}) ; le fichier est peut-être tronqué ou d'un autre format renommé en .docx"
                ),
            ),
            DocxError::MissingDocumentXml => Message::new(
                "not a Word document: the archive has no word/document.xml part (is it an Excel or \
                 PowerPoint file?)",
                "ce n'est pas un document Word : l'archive ne contient pas de partie word/document.xml \
                 (s'agit-il d'un fichier Excel ou PowerPoint ?)",
            ),
            DocxError::Corrupt { part, detail } => Message::new(
                format!("the Word file is damaged: part {part} cannot be read ({detail}); open and re-save it in Word"),
                format!(
                    "le fichier Word est endommagé : la partie {part} est illisible ({detail}) ; \
                     ouvrez-le puis enregistrez-le de nouveau dans Word"
                ),
            ),
            DocxError::TooLarge { limit_bytes } => Message::new(
                format!(
                    "the Word file would decompress to more than {} MB; it is not read, to protect the \
                     machine (zip bomb guard)",
                    limit_bytes / 1_000_000
                ),
                format!(
                    "le fichier Word dépasserait {} Mo une fois décompressé ; il n'est pas lu, pour \
                     protéger la machine (protection contre les bombes zip)",
                    limit_bytes / 1_000_000
                ),
            ),
            DocxError::TooManyEntries { count, limit } => Message::new(
                format!("the archive lists {count} entries (limit {limit}); this is not a normal Word document"),
                format!("l'archive contient {count} entrées (limite {limit}) ; ce n'est pas un document Word normal"),
            ),
        }
    }
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().get(Lang::En))
    }
}

impl std::error::Error for DocxError {}
