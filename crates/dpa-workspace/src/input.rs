//! Reading one input (a file or standard input) into text, with errors a lawyer can act on.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use dpa_core::Message;
use dpa_docx::DocxError;

/// What a file is, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// `*.dpa`, `*.dpa.md`: the DPA language.
    Dpa,
    /// Other `*.md` files.
    Markdown,
    /// `*.txt`.
    Text,
    /// `*.docx`.
    Word,
}

impl InputKind {
    /// The kind of a file from its name (case-insensitive); `None` for files dpa-lint does not
    /// read.
    pub fn of(path: &Path) -> Option<InputKind> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        if name.ends_with(".dpa") || name.ends_with(".dpa.md") {
            Some(InputKind::Dpa)
        } else if name.ends_with(".md") {
            Some(InputKind::Markdown)
        } else if name.ends_with(".txt") {
            Some(InputKind::Text)
        } else if name.ends_with(".docx") {
            Some(InputKind::Word)
        } else {
            None
        }
    }

    /// Markdown, plain text and Word files are DPAs without markup: their clause kinds are
    /// inferred (cli.md: these inputs imply `--prose`).
    pub fn implies_prose(self) -> bool {
        self != InputKind::Dpa
    }
}

/// The text of one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Exactly as read: a BOM is kept, so byte offsets match the file. For a Word file, the
    /// Markdown rendering of its paragraphs.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputErrorKind {
    NotFound,
    PermissionDenied,
    /// A directory where a file was expected (`--config some/dir`).
    Directory,
    /// Any other operating-system error, with its description.
    Io(String),
    /// 1-based position of the first byte that is not UTF-8.
    InvalidUtf8 {
        line: usize,
        column: usize,
    },
    /// Starts with a UTF-16 byte-order mark (Word's "Unicode" text export).
    Utf16,
    /// Contains NUL bytes: not a text file.
    Binary,
    /// A `.docx` file that is not a readable Word document (password, legacy `.doc`, damage).
    Word(DocxError),
}

/// An input that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: PathBuf,
    pub kind: InputErrorKind,
}

impl InputError {
    pub fn new(path: impl Into<PathBuf>, kind: InputErrorKind) -> Self {
        InputError { path: path.into(), kind }
    }

    pub fn from_io(path: impl Into<PathBuf>, error: &io::Error) -> Self {
        let kind = match error.kind() {
            io::ErrorKind::NotFound => InputErrorKind::NotFound,
            io::ErrorKind::PermissionDenied => InputErrorKind::PermissionDenied,
            io::ErrorKind::IsADirectory => InputErrorKind::Directory,
            _ => InputErrorKind::Io(error.to_string()),
        };
        InputError::new(path, kind)
    }

    /// What is wrong and what to do, without the path.
    pub fn reason(&self) -> Message {
        match &self.kind {
            InputErrorKind::NotFound => Message::new("no such file or directory", "fichier ou dossier introuvable"),
            InputErrorKind::PermissionDenied => Message::new("permission denied", "accès refusé"),
            InputErrorKind::Directory => Message::new(
                "this is a directory; give the path of a file",
                "c'est un dossier ; indiquez le chemin d'un fichier",
            ),
            InputErrorKind::Io(detail) => {
                Message::new(format!("could not be read: {detail}"), format!("lecture impossible : {detail}"))
            }
            InputErrorKind::InvalidUtf8 { line, column } => Message::new(
                format!("not valid UTF-8 (line {line}, column {column}); save the file as UTF-8"),
                format!("texte non valide en UTF-8 (ligne {line}, colonne {column}) ; enregistrez le fichier en UTF-8"),
            ),
            InputErrorKind::Utf16 => Message::new(
                "the file is encoded in UTF-16; save it as UTF-8",
                "le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8",
            ),
            InputErrorKind::Binary => Message::new(
                "this looks like a binary file, not text",
                "ce fichier semble binaire, ce n'est pas du texte",
            ),
            InputErrorKind::Word(error) => error.message(),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason().en)
    }
}

impl std::error::Error for InputError {}

/// Read a file as the linter sees it. A Word file becomes Markdown with one line per paragraph
/// (`dpa_docx::to_markdown`), so positions in findings are paragraph numbers.
pub fn read_input(path: &Path) -> Result<Source, InputError> {
    let bytes = std::fs::read(path).map_err(|error| InputError::from_io(path, &error))?;
    if InputKind::of(path) == Some(InputKind::Word) {
        let document = dpa_docx::read(&bytes).map_err(|error| InputError::new(path, InputErrorKind::Word(error)))?;
        return Ok(Source { text: dpa_docx::to_markdown(&document) });
    }
    Ok(Source { text: decode(path, bytes)? })
}

/// Read standard input; `name` (from `--stdin-filename`) names it in errors.
pub fn read_stdin(name: Option<&Path>) -> Result<Source, InputError> {
    let shown = name.map_or_else(|| PathBuf::from("-"), Path::to_path_buf);
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes).map_err(|error| InputError::from_io(&shown, &error))?;
    Ok(Source { text: decode(&shown, bytes)? })
}

/// How much of the start of a file is searched for NUL bytes (as git does).
const BINARY_SNIFF_LEN: usize = 8000;

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::new(path, InputErrorKind::Utf16));
    }
    if bytes[..bytes.len().min(BINARY_SNIFF_LEN)].contains(&0) {
        return Err(InputError::new(path, InputErrorKind::Binary));
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        // The prefix before the first bad byte is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(valid).unwrap_or_default();
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        InputError::new(path, InputErrorKind::InvalidUtf8 { line, column })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> Result<String, InputErrorKind> {
        decode(Path::new("x.dpa"), bytes.to_vec()).map_err(|error| error.kind)
    }

    #[test]
    fn a_directory_given_as_a_file_says_so() {
        let directory = std::env::temp_dir();
        let error = read_input(&directory).expect_err("a directory is not an input file");
        assert_eq!(error.kind, InputErrorKind::Directory);
        assert!(error.reason().fr.contains("dossier"));
    }

    #[test]
    fn kinds_come_from_the_file_name() {
        assert_eq!(InputKind::of(Path::new("a/acme.dpa")), Some(InputKind::Dpa));
        assert_eq!(InputKind::of(Path::new("acme.DPA.md")), Some(InputKind::Dpa));
        assert_eq!(InputKind::of(Path::new("notes.md")), Some(InputKind::Markdown));
        assert_eq!(InputKind::of(Path::new("export.TXT")), Some(InputKind::Text));
        assert_eq!(InputKind::of(Path::new("signed.docx")), Some(InputKind::Word));
        assert_eq!(InputKind::of(Path::new("photo.png")), None);
        assert!(!InputKind::Dpa.implies_prose());
        assert!(InputKind::Markdown.implies_prose());
    }

    #[test]
    fn utf8_text_is_kept_as_is_with_its_bom() {
        assert_eq!(decoded("\u{feff}# Titre\n".as_bytes()), Ok("\u{feff}# Titre\n".to_string()));
    }

    #[test]
    fn invalid_utf8_gives_the_position_of_the_first_bad_byte() {
        assert_eq!(decoded(b"# Title\nab\xe9c\n"), Err(InputErrorKind::InvalidUtf8 { line: 2, column: 3 }));
        assert_eq!(decoded(b"\xc3\xa9\xff"), Err(InputErrorKind::InvalidUtf8 { line: 1, column: 2 }));
        assert_eq!(decoded(b"\xff"), Err(InputErrorKind::InvalidUtf8 { line: 1, column: 1 }));
    }

    #[test]
    fn binary_and_utf16_files_are_recognised() {
        assert_eq!(decoded(b"PK\x03\x04\x00\x00"), Err(InputErrorKind::Binary));
        assert_eq!(decoded(b"\xff\xfe#\x00 \x00"), Err(InputErrorKind::Utf16));
    }

    #[test]
    fn missing_files_are_reported() {
        let missing = read_input(Path::new("does/not/exist.dpa")).unwrap_err();
        assert_eq!(missing.kind, InputErrorKind::NotFound);
        assert_eq!(missing.to_string(), "does/not/exist.dpa: no such file or directory");
    }

    /// The smallest `.docx` Word opens: a zip with the document part.
    fn docx(paragraphs: &[&str]) -> Vec<u8> {
        use std::io::Write;
        let body: String = paragraphs.iter().map(|text| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")).collect();
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
             xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        archive.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        archive.write_all(xml.as_bytes()).unwrap();
        archive.finish().unwrap().into_inner()
    }

    #[test]
    fn word_files_are_read_as_one_line_per_paragraph() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("signed.docx");
        std::fs::write(&path, docx(&["Data Processing Agreement", "The Provider notifies breaches within 96 hours."]))
            .unwrap();
        let source = read_input(&path).unwrap();
        let lines: Vec<&str> = source.text.lines().collect();
        assert_eq!(lines.len(), 2, "{}", source.text);
        assert!(lines[1].contains("within 96 hours"));

        let fake = dir.path().join("fake.docx");
        std::fs::write(&fake, "plain text renamed").unwrap();
        let error = read_input(&fake).unwrap_err();
        assert!(matches!(error.kind, InputErrorKind::Word(_)));
        assert!(error.reason().en.contains("not a .docx file"), "{}", error.reason().en);
    }
}
