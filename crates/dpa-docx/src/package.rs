//! The container: an Open Packaging Convention zip. Recognises what is not one (legacy and
//! password-protected Word files), finds the main document and its style and numbering parts
//! through the relationship files, and decompresses only those, within a byte budget.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;
use zip::result::ZipError;
use zip::ZipArchive;

use crate::xml::attribute;
use crate::DocxError;

/// Most bytes the reader decompresses from one file. Only the parts it needs are decompressed,
/// so embedded media never count; a real contract's XML is a few megabytes at most.
pub const MAX_UNCOMPRESSED_BYTES: u64 = 200_000_000;
/// Most entries an archive may list. Word documents have tens; the cap keeps hostile central
/// directories from making the reader walk millions of names.
pub const MAX_ENTRIES: usize = 10_000;

/// Every OLE compound file (legacy `.doc`, and Word's container for encrypted documents) starts so.
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

const DEFAULT_DOCUMENT_PART: &str = "word/document.xml";
const ROOT_RELATIONSHIPS: &str = "_rels/.rels";

/// One decompressed part and its name (for error messages).
pub struct Part {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The XML parts the reader needs, still undecoded.
pub struct Parts {
    pub document: Part,
    pub styles: Option<Part>,
    pub numbering: Option<Part>,
}

/// Caps on what one file may cost to read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub uncompressed_bytes: u64,
    pub entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { uncompressed_bytes: MAX_UNCOMPRESSED_BYTES, entries: MAX_ENTRIES }
    }
}

pub fn open(bytes: &[u8], limits: Limits) -> Result<Parts, DocxError> {
    if bytes.starts_with(&OLE_SIGNATURE) {
        return Err(if contains_utf16le(bytes, "EncryptionInfo") {
            DocxError::PasswordProtected
        } else {
            DocxError::LegacyFormat
        });
    }
    let archive =
        ZipArchive::new(Cursor::new(bytes)).map_err(|error| DocxError::NotZip { detail: zip_detail(&error) })?;
    if archive.len() > limits.entries {
        return Err(DocxError::TooManyEntries { count: archive.len(), limit: limits.entries });
    }
    let mut package = Package { archive, budget: limits.uncompressed_bytes, limit: limits.uncompressed_bytes };

    let document_name = package
        .read_optional(ROOT_RELATIONSHIPS)?
        .and_then(|rels| relationship_target(&rels.bytes, "officeDocument", ""))
        .filter(|name| package.find(name).is_some())
        .unwrap_or_else(|| DEFAULT_DOCUMENT_PART.to_string());
    let document = package.read_optional(&document_name)?.ok_or(DocxError::MissingDocumentXml)?;

    let (folder, file) = document_name.rsplit_once('/').unwrap_or(("", &document_name));
    let document_rels = package.read_optional(&join_part(folder, &format!("_rels/{file}.rels")))?;
    let mut related = |kind: &str, default: &str| -> Result<Option<Part>, DocxError> {
        let named = document_rels.as_ref().and_then(|rels| relationship_target(&rels.bytes, kind, folder));
        package.read_optional(named.as_deref().unwrap_or(&join_part(folder, default)))
    };
    let styles = related("styles", "styles.xml")?;
    let numbering = related("numbering", "numbering.xml")?;
    Ok(Parts { document, styles, numbering })
}

struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes still allowed to be decompressed.
    budget: u64,
    limit: u64,
}

impl Package<'_> {
    /// Part names are case-insensitive in the packaging convention; zip names are not.
    fn find(&self, name: &str) -> Option<usize> {
        self.archive.index_for_name(name).or_else(|| {
            (0..self.archive.len())
                .find(|&index| self.archive.name_for_index(index).is_some_and(|entry| entry.eq_ignore_ascii_case(name)))
        })
    }

    fn read_optional(&mut self, name: &str) -> Result<Option<Part>, DocxError> {
        let Some(index) = self.find(name) else {
            return Ok(None);
        };
        let corrupt = |detail: String| DocxError::Corrupt { part: name.to_string(), detail };
        let entry = self.archive.by_index(index).map_err(|error| match error {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) | ZipError::InvalidPassword => {
                DocxError::PasswordProtected
            }
            other => corrupt(zip_detail(&other)),
        })?;
        let mut content = Vec::new();
        // One byte over the budget is enough to know it is exceeded, whatever the header claims.
        entry.take(self.budget + 1).read_to_end(&mut content).map_err(|error| corrupt(error.to_string()))?;
        let used = content.len() as u64;
        if used > self.budget {
            return Err(DocxError::TooLarge { limit_bytes: self.limit });
        }
        self.budget -= used;
        Ok(Some(Part { name: name.to_string(), bytes: content }))
    }
}

/// The target of the first relationship whose type ends with `/kind`, as a part name (resolved
/// against `folder`, the folder of the part the relationships belong to).
fn relationship_target(rels: &[u8], kind: &str, folder: &str) -> Option<String> {
    let suffix = format!("/{kind}");
    let mut reader = Reader::from_reader(rels);
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(element) | Event::Empty(element)) if element.local_name().as_ref() == b"Relationship" => {
                let is_kind = attribute(&element, b"Type").is_some_and(|kind| kind.ends_with(&suffix));
                let external = attribute(&element, b"TargetMode").is_some_and(|mode| mode == "External");
                if is_kind && !external {
                    let target = attribute(&element, b"Target")?;
                    return Some(match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_string(),
                        None => join_part(folder, &target),
                    });
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
        buffer.clear();
    }
}

/// `folder` + `relative`, with `.` and `..` segments resolved.
fn join_part(folder: &str, relative: &str) -> String {
    let mut segments: Vec<&str> = folder.split('/').filter(|segment| !segment.is_empty()).collect();
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            name => segments.push(name),
        }
    }
    segments.join("/")
}

fn contains_utf16le(haystack: &[u8], needle: &str) -> bool {
    let encoded: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    haystack.windows(encoded.len()).any(|window| window == encoded.as_slice())
}

fn zip_detail(error: &ZipError) -> String {
    match error {
        ZipError::Io(io) => io.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use zip::write::SimpleFileOptions;
    use zip::ZipWriter;

    use super::*;

    fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            writer.start_file(*name, SimpleFileOptions::default()).expect("start entry");
            writer.write_all(content).expect("write entry");
        }
        writer.finish().expect("finish zip").into_inner()
    }

    #[test]
    fn decompression_stops_at_the_byte_budget() {
        let big = vec![b'a'; 10_000];
        let bytes = archive(&[("word/document.xml", &big)]);
        let limits = Limits { uncompressed_bytes: 1_000, entries: MAX_ENTRIES };
        assert_eq!(open(&bytes, limits).err(), Some(DocxError::TooLarge { limit_bytes: 1_000 }));
        assert!(open(&bytes, Limits::default()).is_ok());
    }

    #[test]
    fn archives_with_too_many_entries_are_refused() {
        let bytes = archive(&[("a", b"1"), ("b", b"2"), ("word/document.xml", b"<w:document/>")]);
        let limits = Limits { uncompressed_bytes: MAX_UNCOMPRESSED_BYTES, entries: 2 };
        assert_eq!(open(&bytes, limits).err(), Some(DocxError::TooManyEntries { count: 3, limit: 2 }));
    }

    #[test]
    fn the_main_part_is_found_through_the_package_relationships() {
        let rels = br#"<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>"#;
        let doc_rels = br#"<Relationships><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="theme/../custom-styles.xml"/></Relationships>"#;
        let bytes = archive(&[
            ("_rels/.rels", rels),
            ("word/MAIN.xml", b"<main/>"),
            ("word/_rels/main.xml.rels", doc_rels),
            ("word/custom-styles.xml", b"<styles/>"),
        ]);
        let parts = open(&bytes, Limits::default()).expect("readable package");
        assert_eq!(parts.document.bytes, b"<main/>");
        assert_eq!(parts.styles.map(|part| part.name).as_deref(), Some("word/custom-styles.xml"));
        assert!(parts.numbering.is_none());
    }

    #[test]
    fn part_paths_resolve_relative_segments() {
        assert_eq!(join_part("word", "styles.xml"), "word/styles.xml");
        assert_eq!(join_part("word", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(join_part("", "word/document.xml"), "word/document.xml");
        assert_eq!(join_part("word", "./media/../numbering.xml"), "word/numbering.xml");
    }

    #[test]
    fn relationship_targets_are_found_by_type_suffix() {
        let rels = br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/styles" TargetMode="External"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles2.xml"/>
        </Relationships>"#;
        assert_eq!(relationship_target(rels, "styles", "word").as_deref(), Some("word/styles2.xml"));
        assert_eq!(relationship_target(rels, "numbering", "word"), None);
    }

    #[test]
    fn ole_streams_are_told_apart_by_their_utf16_names() {
        let mut header = OLE_SIGNATURE.to_vec();
        header.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(matches!(open(&header, Limits::default()), Err(DocxError::PasswordProtected)));
        assert!(matches!(open(&OLE_SIGNATURE, Limits::default()), Err(DocxError::LegacyFormat)));
    }
}
