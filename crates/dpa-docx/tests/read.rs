//! End-to-end reading of `.docx` files built here with the `zip` crate, so the tests depend on
//! neither Word nor fixture files.

use std::io::{Cursor, Write};

use dpa_docx::{read, to_markdown, DocxDocument, DocxError, ParagraphKind};
use proptest::prelude::*;
use zip::write::SimpleFileOptions;
use zip::ZipWriter;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"#;

const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="titre 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ArticleDPA"><w:name w:val="Article DPA"/><w:basedOn w:val="Heading1"/>
  <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>"#;

const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1 -"/><w:pStyle w:val="ArticleDPA"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="12">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="13">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="13"/></w:num>
</w:numbering>"#;

fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in entries {
        writer.start_file(*name, SimpleFileOptions::default()).expect("start entry");
        writer.write_all(content).expect("write entry");
    }
    writer.finish().expect("finish zip").into_inner()
}

/// A complete `.docx` whose body is `body` (WordprocessingML inside `w:body`).
fn docx(body: &str) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/numbering.xml", NUMBERING.as_bytes()),
    ])
}

fn para(style: &str, text: &str) -> String {
    let style = if style.is_empty() { String::new() } else { format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#) };
    format!(r#"<w:p>{style}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn numbered(num_id: u32, level: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn cell(content: &str) -> String {
    format!("<w:tc><w:tcPr/>{}</w:tc>", para("", content))
}

fn read_ok(bytes: &[u8]) -> DocxDocument {
    read(bytes).unwrap_or_else(|error| panic!("readable document, got: {error}"))
}

fn lines(document: &DocxDocument) -> Vec<String> {
    to_markdown(document).lines().map(str::to_string).collect()
}

/// The clause outline prose mode reads from a text: (level, title) of each heading.
fn outline(text: &str) -> Vec<(usize, String)> {
    let options = dpa_core::LintOptions { prose: Some(true), ..dpa_core::LintOptions::default() };
    let report = dpa_core::lint(text, &options);
    let mut clauses: Vec<_> = report.document.clauses.iter().filter(|clause| !clause.heading_span.is_empty()).collect();
    clauses.sort_by_key(|clause| clause.heading_span.start);
    clauses.into_iter().map(|clause| (clause.level, clause.title.clone())).collect()
}

/// The Word text and the Markdown text both outline as `expected` (level, heading title).
fn assert_same_outline(word: &str, markdown: &str, expected: &[(usize, &str)]) {
    let expected: Vec<(usize, String)> = expected.iter().map(|&(level, title)| (level, title.to_string())).collect();
    assert_eq!(outline(word), expected, "Word:\n{word}");
    assert_eq!(outline(markdown), expected, "Markdown:\n{markdown}");
}

#[test]
fn word_and_markdown_of_one_contract_read_as_the_same_outline() {
    // A nested list as converters write it: each level restarts at `1.` (`%2.`), and only the
    // list level says that "Processing details" sits under "Processing".
    let body = [
        para("Heading1", "Data Processing Agreement"),
        numbered(4, 0, "Processing"),
        numbered(4, 1, "Processing details. Annex I describes the processing."),
        numbered(4, 1, "Instructions. The Provider follows the Customer's documented instructions."),
        para("", "a. The instructions are given in writing."),
        numbered(4, 0, "Security"),
        numbered(4, 1, "Measures. The Provider keeps the measures of Annex II."),
    ]
    .concat();
    let word = to_markdown(&read_ok(&docx(&body)));
    let markdown = "# Data Processing Agreement\n\n\
        1. <span class=\"header_2\">Processing</span>\n\n\
        \x20   1. <span class=\"header_3\">Processing details.</span>  Annex I describes the processing.\n\n\
        \x20   2. <span class=\"header_3\">Instructions.</span>  The Provider follows the Customer's documented instructions.\n\n\
        \x20       a. The instructions are given in writing.\n\n\
        2. <span class=\"header_2\">Security</span>\n\n\
        \x20   1. <span class=\"header_3\">Measures.</span>  The Provider keeps the measures of Annex II.\n";
    assert_same_outline(
        &word,
        markdown,
        &[
            (1, "Data Processing Agreement"),
            (2, "1. Processing"),
            (3, "1. Processing details"),
            (3, "2. Instructions"),
            (2, "2. Security"),
            (3, "1. Measures"),
        ],
    );
}

#[test]
fn word_and_markdown_read_item_runs_and_appendix_headings_alike() {
    // The items after a lead-in stay items however long the first one is, and an appendix
    // line with words after its number heads the appendix.
    let body = [
        para("Heading1", "Data Processing Agreement"),
        numbered(4, 0, "Security"),
        para("", "The Provider keeps these measures for regular testing:"),
        numbered(4, 1, "At least annual audit and evaluation of the processes within the framework of an information security management system"),
        numbered(4, 1, "Responsible disclosure policy"),
        numbered(4, 1, "External penetration testing"),
        para("", "Appendix 2 of the Agreement Pursuant to Art. 28 GDPR:"),
        para("", "Technical and Organisational Measures"),
    ]
    .concat();
    let word = to_markdown(&read_ok(&docx(&body)));
    let markdown = "# Data Processing Agreement\n\n\
        1. Security\n\n\
        The Provider keeps these measures for regular testing:\n\n\
        1. At least annual audit and evaluation of the processes within the framework of an information security management system\n\
        2. Responsible disclosure policy\n\
        3. External penetration testing\n\n\
        Appendix 2 of the Agreement Pursuant to Art. 28 GDPR:\n\
        Technical and Organisational Measures\n";
    assert_same_outline(
        &word,
        markdown,
        &[
            (1, "Data Processing Agreement"),
            (2, "1. Security"),
            (2, "Appendix 2 of the Agreement Pursuant to Art. 28 GDPR"),
        ],
    );
}

#[test]
fn nested_list_items_are_indented_one_step_per_level() {
    let body = [
        numbered(4, 0, "Processing"),
        numbered(4, 1, "Details"),
        numbered(1, 1, "Audits"),
        numbered(3, 1, "sur place"),
    ]
    .concat();
    assert_eq!(lines(&read_ok(&docx(&body))), ["1. Processing", "    1. Details", "7.1 Audits", "    - sur place"]);
}

#[test]
fn headings_come_from_styles_outline_levels_and_localised_names() {
    let body = [
        para("Heading1", "Objet du contrat"),
        para("Titre2", "Durée"),
        r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Direct outline level</w:t></w:r></w:p>"#.to_string(),
        r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Demoted to body</w:t></w:r></w:p>"#.to_string(),
        para("Heading3", "Style missing from styles.xml"),
        para("", "Plain text"),
    ]
    .concat();
    let document = read_ok(&docx(&body));
    let kinds: Vec<&ParagraphKind> = document.paragraphs.iter().map(|p| &p.kind).collect();
    assert_eq!(
        kinds,
        [
            &ParagraphKind::Heading { level: 1 },
            &ParagraphKind::Heading { level: 2 },
            &ParagraphKind::Heading { level: 3 },
            &ParagraphKind::Body,
            &ParagraphKind::Heading { level: 3 },
            &ParagraphKind::Body,
        ]
    );
    assert_eq!(
        lines(&document),
        [
            "# Objet du contrat",
            "## Durée",
            "### Direct outline level",
            "Demoted to body",
            "### Style missing from styles.xml",
            "Plain text"
        ]
    );
}

#[test]
fn run_content_tabs_breaks_hyphens_symbols_and_what_word_hides() {
    let body = concat!(
        r#"<w:p><w:r><w:t xml:space="preserve">quarante</w:t></w:r><w:r><w:noBreakHyphen/><w:t>huit (48) heures</w:t></w:r>"#,
        r#"<w:r><w:tab/><w:t>après</w:t><w:br/><w:t>prise de connaissance</w:t></w:r>"#,
        r#"<w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> générale &amp; écrite</w:t></w:r>"#,
        r#"<w:del w:id="1" w:author="A"><w:r><w:delText>soixante-douze</w:delText></w:r></w:del>"#,
        r#"<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> (modifié)</w:t></w:r></w:ins>"#,
        r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>texte masqué</w:t></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>REF _Ref1 \h</w:instrText></w:r>"#,
        r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> Annexe 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        r#"<w:hyperlink w:history="1"><w:r><w:t xml:space="preserve"> (lien)</w:t></w:r></w:hyperlink>"#,
        r#"</w:p>"#,
    );
    let document = read_ok(&docx(body));
    assert_eq!(
        document.paragraphs[0].text,
        "quarante-huit (48) heures\taprès\nprise de connaissance☑ générale & écrite (modifié) Annexe 3 (lien)"
    );
    assert_eq!(
        lines(&document),
        ["quarante-huit (48) heures après prise de connaissance☑ générale & écrite (modifié) Annexe 3 (lien)"]
    );
}

#[test]
fn list_numbering_renders_multi_level_labels_styles_and_bullets() {
    let body = [
        numbered(1, 0, "Sécurité"),
        numbered(1, 1, "Chiffrement"),
        numbered(1, 1, "Audits"),
        numbered(1, 2, "sur pièces"),
        numbered(1, 2, "sur place"),
        numbered(1, 0, "Sous-traitance ultérieure"),
        numbered(1, 1, "Autorisation"),
        para("ArticleDPA", "Objet"),
        para("ArticleDPA", "Durée"),
        numbered(3, 0, "chiffrement AES-256"),
        r#"<w:p><w:pPr><w:pStyle w:val="ArticleDPA"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Sans numéro</w:t></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let document = read_ok(&docx(&body));
    assert_eq!(
        lines(&document),
        [
            "7. Sécurité",
            "7.1 Chiffrement",
            "7.2 Audits",
            "(a) sur pièces",
            "(b) sur place",
            "8. Sous-traitance ultérieure",
            "8.1 Autorisation",
            "# Article 1 - Objet",
            "# Article 2 - Durée",
            "- chiffrement AES-256",
            "# Sans numéro",
        ]
    );
    let label = document.paragraphs[2].label.as_ref().expect("numbered paragraph");
    assert_eq!((label.text.as_str(), label.level, label.bullet), ("7.2", 1, false));
}

#[test]
fn tables_become_pipe_tables_with_one_line_per_row() {
    let merged_header = r#"<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Sous-traitant ultérieur</w:t></w:r></w:p></w:tc>"#;
    let vmerge_start =
        r#"<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Hébergement</w:t></w:r></w:p></w:tc>"#;
    let vmerge_continue = r#"<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"#;
    let two_paragraphs =
        r#"<w:tc><w:p><w:r><w:t>CCT 2021/914</w:t></w:r></w:p><w:p><w:r><w:t>module 3</w:t></w:r></w:p></w:tc>"#;
    let nested = format!(
        "<w:tc><w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl><w:p/></w:tc>",
        cell("a"),
        cell("b"),
        cell("c"),
        cell("d")
    );
    let body = [
        para("Heading1", "Annexe 3 - Sous-traitants ultérieurs"),
        format!("<w:tbl><w:tblPr/><w:tr>{merged_header}{}</w:tr>", cell("Pays | Région")),
        format!("<w:tr>{}{vmerge_start}{}</w:tr>", cell("Stratus GmbH"), cell("DE")),
        format!("<w:tr>{}{vmerge_continue}{two_paragraphs}</w:tr>", cell("Kaveri Pvt Ltd")),
        format!("<w:tr>{}{}{nested}</w:tr></w:tbl>", cell("Nested"), cell("")),
        para("", "Texte après le tableau."),
    ]
    .concat();
    let document = read_ok(&docx(&body));
    assert_eq!(
        lines(&document),
        [
            "# Annexe 3 - Sous-traitants ultérieurs",
            "| Sous-traitant ultérieur |  | Pays \\| Région |",
            "|---|---|---|",
            "| Stratus GmbH | Hébergement | DE |",
            "| Kaveri Pvt Ltd | Hébergement | CCT 2021/914; module 3 |",
            "| Nested |  | a, b; c, d |",
            "",
            "Texte après le tableau.",
        ]
    );
    assert_eq!(document.paragraphs[2].kind, ParagraphKind::TableDelimiter { columns: 3 });
    assert_eq!(document.paragraphs[6].kind, ParagraphKind::TableEnd);
    assert_eq!(document.paragraphs[3].text, "Stratus GmbH\tHébergement\tDE");
}

#[test]
fn line_numbers_map_back_to_paragraphs() {
    let body = [
        para("Heading1", "Violations"),
        para("", ""),
        format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("Délai"),
            cell("Canal"),
            cell("48 heures"),
            cell("dpo@example.invalid")
        ),
        para("", "Le sous-traitant notifie toute violation."),
    ]
    .concat();
    let document = read_ok(&docx(&body));
    let markdown = to_markdown(&document);
    assert_eq!(markdown.lines().count(), document.paragraphs.len());
    for (index, line) in markdown.lines().enumerate() {
        let paragraph = document.paragraph_at_line(index + 1).expect("a paragraph for every line");
        let words = paragraph.text.split_whitespace().next().unwrap_or_default();
        assert!(line.contains(words), "line {} {line:?} comes from {paragraph:?}", index + 1);
    }
    assert_eq!(document.paragraph_at_line(0), None);
    assert_eq!(document.paragraph_at_line(document.paragraphs.len() + 1), None);
    let notice = markdown.lines().position(|line| line.starts_with("Le sous-traitant")).expect("notice line");
    assert_eq!(
        document.paragraph_at_line(notice + 1).map(|p| p.text.as_str()),
        Some("Le sous-traitant notifie toute violation.")
    );
}

#[test]
fn empty_documents_read_as_no_paragraphs() {
    for body in ["", r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#] {
        let document = read_ok(&docx(body));
        assert!(document.paragraphs.is_empty());
        assert_eq!(to_markdown(&document), "");
    }
    let blank = read_ok(&docx("<w:p/>"));
    assert_eq!(to_markdown(&blank), "\n");
}

#[test]
fn documents_without_styles_or_numbering_parts_still_read() {
    let document = format!(
        r#"<w:document xmlns:w="{W}"><w:body>{}{}</w:body></w:document>"#,
        para("Heading2", "Audit"),
        numbered(1, 0, "Texte")
    );
    let bytes = zip(&[("word/document.xml", document.as_bytes())]);
    assert_eq!(lines(&read_ok(&bytes)), ["## Audit", "Texte"]);
}

#[test]
fn password_protected_and_legacy_files_are_recognised() {
    let ole_signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let mut encrypted = ole_signature.to_vec();
    encrypted.extend(vec![0; 504]);
    encrypted.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.extend(vec![0; 64]);
    assert_eq!(read(&encrypted), Err(DocxError::PasswordProtected));

    let mut legacy = ole_signature.to_vec();
    legacy.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(read(&legacy), Err(DocxError::LegacyFormat));

    let message = DocxError::LegacyFormat.message();
    assert!(message.en.contains("legacy .doc") && message.en.contains("password-protected"));
    assert!(message.fr.contains("ancien fichier .doc") && message.fr.contains("mot de passe"));
}

#[test]
fn zips_with_encrypted_entries_are_password_protected() {
    let mut bytes = docx(&para("", "secret"));
    // Set the "encrypted" flag (bit 0 of the general purpose flags) in every local header
    // (flags at offset 6) and central directory header (offset 8).
    for (signature, flags_offset) in [([0x50, 0x4B, 0x03, 0x04], 6), ([0x50, 0x4B, 0x01, 0x02], 8)] {
        let starts: Vec<usize> =
            bytes.windows(4).enumerate().filter(|(_, w)| *w == signature).map(|(i, _)| i).collect();
        for start in starts {
            bytes[start + flags_offset] |= 1;
        }
    }
    assert_eq!(read(&bytes), Err(DocxError::PasswordProtected));
}

#[test]
fn text_boxes_content_controls_and_alternate_content_are_read_once() {
    let body = concat!(
        r#"<w:sdt><w:sdtPr><w:alias w:val="Nom du client"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>"#,
        r#"<w:sdtContent><w:p><w:r><w:t>Client : Maison Perrault</w:t></w:r></w:p></w:sdtContent></w:sdt>"#,
        r#"<w:p><w:r><w:t xml:space="preserve">Voir l'encadré </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">"#,
        r#"<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>"#,
        r#"<w:p><w:r><w:t>Délai : 48 heures</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"#,
        r#"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Délai : 48 heures</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"#,
        r#"</mc:AlternateContent></w:r></w:p>"#,
        r#"<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>Pays</w:t></w:r></w:p></w:tc></w:tr>"#,
        r#"<w:tr><w:tc><w:p><w:r><w:t>Nuvola SpA</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>IT</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    );
    let document = read_ok(&docx(body));
    assert_eq!(
        lines(&document),
        [
            "Client : Maison Perrault",
            "Voir l'encadré; Délai : 48 heures",
            "|  | Pays |",
            "|---|---|",
            "| Nuvola SpA | IT |"
        ]
    );
}

#[test]
fn corrupt_and_foreign_files_give_clear_errors() {
    assert!(matches!(read(b""), Err(DocxError::NotZip { .. })));
    assert!(matches!(read(b"%PDF-1.7 not a word file"), Err(DocxError::NotZip { .. })));
    let spreadsheet = zip(&[("xl/workbook.xml", b"<workbook/>")]);
    assert_eq!(read(&spreadsheet), Err(DocxError::MissingDocumentXml));

    let broken_xml = zip(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    match read(&broken_xml) {
        Err(DocxError::Corrupt { part, detail }) => {
            assert_eq!(part, "word/document.xml");
            assert!(!detail.is_empty());
        }
        other => panic!("expected a corrupt-part error, got {other:?}"),
    }

    let message = DocxError::MissingDocumentXml.message();
    assert!(message.en.contains("word/document.xml") && message.fr.contains("word/document.xml"));
}

#[test]
fn truncated_files_fail_cleanly_at_every_length() {
    let bytes = docx(&[para("Heading1", "Objet"), numbered(1, 0, "Texte")].concat());
    for length in 0..bytes.len() {
        let result = read(&bytes[..length]);
        assert!(result.is_err(), "truncated at {length} of {} still read: {result:?}", bytes.len());
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read(&bytes);
    }

    #[test]
    fn damaged_documents_never_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12)
    ) {
        let mut bytes = docx(&[para("Heading1", "Objet"), numbered(1, 1, "Texte"), format!("<w:tbl><w:tr>{}</w:tr></w:tbl>", cell("x"))].concat());
        for (index, value) in flips {
            let at = index.index(bytes.len());
            bytes[at] = value;
        }
        if let Ok(document) = read(&bytes) {
            prop_assert_eq!(to_markdown(&document).lines().count(), document.paragraphs.len());
        }
    }

    #[test]
    fn any_body_markup_never_panics_and_keeps_one_line_per_paragraph(
        pieces in proptest::collection::vec(prop::sample::select(vec![
            "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "texte | # %%\n", "<w:tab/>", "<w:br/>",
            "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:tcPr><w:gridSpan w:val=\"99999\"/><w:vMerge/></w:tcPr>",
            "<w:pPr><w:numPr><w:ilvl w:val=\"12\"/><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"4000000000\"/></w:pPr>",
            "<w:pPr><w:pStyle w:val=\"ArticleDPA\"/></w:pPr>", "<w:sym w:char=\"ZZZZ\"/>", "&amp;", "&#0;", "&bogus;",
            "<w:txbxContent>", "</w:txbxContent>", "<w:del>", "</w:del>",
        ]), 0..60)
    ) {
        if let Ok(document) = read(&docx(&pieces.concat())) {
            prop_assert_eq!(to_markdown(&document).lines().count(), document.paragraphs.len());
        }
    }
}

/// A run with one complex-field character (`begin`, `separate`, `end`).
fn field_char(kind: &str) -> String {
    format!(r#"<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>"#)
}

fn instruction(code: &str) -> String {
    format!(r#"<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>"#)
}

fn run(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

#[test]
fn fields_show_their_result_never_their_instruction_even_when_nested() {
    // IF { MERGEFIELD Regime } = "UE" "…" "…": the nested field's result is part of the outer
    // instruction and Word does not display it; only the outer result is shown.
    let conditional = [
        run("Régime : "),
        field_char("begin"),
        instruction(" IF "),
        field_char("begin"),
        instruction(" MERGEFIELD Regime "),
        field_char("separate"),
        run("«Regime»"),
        field_char("end"),
        instruction(r#" = "UE" "RGPD" "autre" "#),
        field_char("separate"),
        run("RGPD"),
        field_char("end"),
        run("."),
    ]
    .concat();
    let placeholder = [
        run("Le Client "),
        field_char("begin"),
        instruction("MACROBUTTON NoMacro [nom du client]"),
        field_char("end"),
        run(" désigne un délégué."),
    ]
    .concat();
    let simple = r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>"#;
    let body = format!("<w:p>{conditional}</w:p><w:p>{placeholder}</w:p><w:p>{}{simple}</w:p>", run("Page "));
    assert_eq!(
        lines(&read_ok(&docx(&body))),
        ["Régime : RGPD.", "Le Client [nom du client] désigne un délégué.", "Page 3"]
    );
}

#[test]
fn a_field_result_may_span_paragraphs_but_a_broken_instruction_ends_with_its_paragraph() {
    let table_of_contents = [
        format!(
            "<w:p>{}{}{}{}</w:p>",
            field_char("begin"),
            instruction(r#" TOC \o "1-3" "#),
            field_char("separate"),
            run("1. Objet\t2")
        ),
        format!("<w:p>{}{}</w:p>", run("2. Durée\t3"), field_char("end")),
    ]
    .concat();
    // The `end` of this field was lost: its instruction must not swallow the next paragraph.
    let broken = format!("<w:p>{}{}{}</w:p>", run("Voir "), field_char("begin"), instruction(" REF _Ref9 "));
    let body = format!("{table_of_contents}{broken}{}", para("", "Le sous-traitant notifie toute violation."));
    assert_eq!(
        lines(&read_ok(&docx(&body))),
        ["1. Objet 2", "2. Durée 3", "Voir", "Le sous-traitant notifie toute violation."]
    );
}

#[test]
fn deleted_paragraph_marks_join_the_next_paragraph_as_when_changes_are_accepted() {
    let deleted_mark = r#"<w:pPr><w:rPr><w:del w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>"#;
    let moved_mark = r#"<w:pPr><w:rPr><w:moveFrom w:id="8" w:author="A"/></w:rPr></w:pPr>"#;
    let body = [
        format!(r#"<w:p>{deleted_mark}{}</w:p>"#, run("Le sous-traitant notifie la violation ")),
        numbered(4, 0, "dans un délai de 48 heures."),
        format!(r#"<w:p>{moved_mark}<w:moveFrom w:id="9" w:author="A">{}</w:moveFrom></w:p>"#, run("Clause déplacée")),
        numbered(4, 0, "Audits."),
        format!(r#"<w:p>{deleted_mark}{}</w:p>"#, run("Avant le tableau")),
        format!("<w:tbl><w:tr>{}</w:tr></w:tbl>", cell("Stratus GmbH")),
    ]
    .concat();
    assert_eq!(
        lines(&read_ok(&docx(&body))),
        [
            "1. Le sous-traitant notifie la violation dans un délai de 48 heures.",
            "2. Audits.",
            "Avant le tableau",
            "| Stratus GmbH |",
            "|---|",
        ]
    );
}

#[test]
fn invisible_characters_and_positional_tabs() {
    let body = concat!(
        "<w:p><w:r><w:t>sous-trai\u{AD}tant ulté\u{200B}rieur\u{FEFF}</w:t></w:r>",
        r#"<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>Page</w:t></w:r></w:p>"#,
    );
    let document = read_ok(&docx(body));
    assert_eq!(document.paragraphs[0].text, "sous-traitant ultérieur\tPage");
}

#[test]
fn tables_nested_in_a_cell_read_labels_and_clauses_as_word_shows_them() {
    // Official clause texts are often laid out as a label column and a text column, nested in
    // the cell of an outer paragraph: `i) | text;` rows must read `i) text; ii) text`.
    let nested = format!(
        "<w:tc>{}<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl><w:p/></w:tc>",
        para("", "les éléments suivants :"),
        cell("i)"),
        cell("la durée du transfert ;"),
        cell("ii)"),
        cell("les catégories de données"),
        cell("Pays"),
        cell("Inde"),
    );
    let body = format!("<w:tbl><w:tr>{}{nested}</w:tr></w:tbl>", cell("b)"));
    assert_eq!(
        lines(&read_ok(&docx(&body))),
        [
            "| b) | les éléments suivants : i) la durée du transfert ; ii) les catégories de données; Pays, Inde |",
            "|---|---|"
        ]
    );
}

#[test]
fn german_heading_style_names_and_ids() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="Überschrift 1"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="Überschrift 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Vertragsklausel"><w:name w:val="Vertragsklausel"/><w:basedOn w:val="berschrift2"/></w:style>
</w:styles>"#;
    let body = [para("berschrift1", "Auftragsverarbeitung"), para("Vertragsklausel", "Weisungen")].concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
    );
    let bytes = zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    assert_eq!(lines(&read_ok(&bytes)), ["# Auftragsverarbeitung", "## Weisungen"]);
}

#[test]
fn thousands_of_unclosed_fields_stay_bounded_and_hide_only_their_paragraph() {
    let opened = field_char("begin").repeat(10_000);
    let body = format!("<w:p>{opened}{}</w:p>{}", run("caché"), para("", "Texte suivant."));
    assert_eq!(lines(&read_ok(&docx(&body))), ["", "Texte suivant."]);
}
