mod common;

use common::parse_checked;
use dpa_syntax::*;

fn table(parse: &Parse) -> &Table {
    parse
        .tree
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Table(table) => Some(table),
            _ => None,
        })
        .expect("a table")
}

fn cells(row: &Row) -> Vec<&str> {
    row.cells.iter().map(|cell| cell.text.as_str()).collect()
}

#[test]
fn english_record_table() {
    let source = "| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|:--:|---|---|\n| Stratus Rechenzentrum GmbH | DE | Hosting | EEA |\n| Kaveri Support Services Pvt Ltd | IN | Level-1 support | SCC 2021/914 Module 3 |\n";
    let parse = parse_checked(source);
    let table = table(&parse);
    assert_eq!(cells(&table.header), ["Sub-processor", "Country", "Purpose", "Transfer mechanism"]);
    assert_eq!(table.rows.len(), 2);
    assert_eq!(
        cells(&table.rows[1]),
        ["Kaveri Support Services Pvt Ltd", "IN", "Level-1 support", "SCC 2021/914 Module 3"]
    );
    assert_eq!(table.span.text(source), source.trim_end());
    assert_eq!(table.rows[0].cells[0].span.text(source), "Stratus Rechenzentrum GmbH");
    assert!(parse.diagnostics.is_empty());
}

#[test]
fn french_key_value_table_without_outer_pipes() {
    let source = "Objet | Hébergement\n--- | ---\nDurée | [[duree : durée du contrat principal]]\nCatégories de données | Identité, coordonnées\n";
    let parse = parse_checked(source);
    let table = table(&parse);
    assert_eq!(cells(&table.header), ["Objet", "Hébergement"]);
    assert_eq!(cells(&table.rows[0]), ["Durée", "[[duree : durée du contrat principal]]"]);
    let [Inline::Fact(fact)] = &table.rows[0].cells[1].inlines[..] else { panic!() };
    assert_eq!((fact.name.text.as_str(), fact.value.text.as_str()), ("duree", "durée du contrat principal"));
}

#[test]
fn escaped_pipes_and_empty_cells() {
    let source = "| a \\| b | | c |\n|---|---|---|";
    let parse = parse_checked(source);
    let header = &table(&parse).header;
    assert_eq!(cells(header), ["a \\| b", "", "c"]);
    assert!(header.cells[1].span.is_empty());
}

#[test]
fn a_fact_stops_at_the_cell_boundary() {
    let source = "| [[transfer-mechanism: SCC | BCR]] |\n|---|---|";
    let parse = parse_checked(source);
    let header = &table(&parse).header;
    assert_eq!(cells(header), ["[[transfer-mechanism: SCC", "BCR]]"]);
    let [Inline::Fact(fact)] = &header.cells[0].inlines[..] else { panic!() };
    assert!(!fact.closed);
    assert_eq!(parse.diagnostics.iter().map(|d| &d.kind).collect::<Vec<_>>(), [&SyntaxErrorKind::UnclosedFact]);
}

#[test]
fn rows_with_a_different_cell_count_are_kept_and_reported() {
    let source = "| Name | Country | Purpose |\n|---|---|\n| Stratus | DE |\n| Kaveri | IN | Support | extra |\n";
    let parse = parse_checked(source);
    let table = table(&parse);
    assert_eq!(table.rows.len(), 2);
    let reported: Vec<_> = parse.diagnostics.iter().map(|d| (d.kind.clone(), d.span.text(source))).collect();
    assert_eq!(
        reported,
        [
            (SyntaxErrorKind::TableCellCount { expected: 3, found: 2 }, "|---|---|"),
            (SyntaxErrorKind::TableCellCount { expected: 3, found: 2 }, "| Stratus | DE |"),
            (SyntaxErrorKind::TableCellCount { expected: 3, found: 4 }, "| Kaveri | IN | Support | extra |"),
        ]
    );
}

#[test]
fn a_single_pipe_row_is_a_table_only_when_it_starts_with_a_pipe() {
    let parse = parse_checked("| Pays | Finalité |\n| FR | Hébergement |\n\nA | B is prose.\nStill prose | here.\n");
    let [Block::Table(table), Block::Paragraph(_)] = &parse.tree.blocks[..] else { panic!("{:?}", parse.tree.blocks) };
    assert_eq!(cells(&table.header), ["Pays", "Finalité"]);
    assert_eq!(cells(&table.rows[0]), ["FR", "Hébergement"]);
}

#[test]
fn a_table_ends_at_a_line_without_pipe_or_at_another_block() {
    let source = "Intro line.\n| A | B |\n|---|---|\n| 1 | 2 |\nAfter the table.\n- item | with pipe\n";
    let parse = parse_checked(source);
    let shapes: Vec<_> = parse
        .tree
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(_) => "paragraph",
            Block::Table(_) => "table",
            Block::ListItem(_) => "item",
            _ => "other",
        })
        .collect();
    assert_eq!(shapes, ["paragraph", "table", "paragraph", "item"]);
}

#[test]
fn header_followed_by_delimiter_interrupts_a_paragraph() {
    let parse = parse_checked("Sub-processors:\nName | Country\n---|---\nStratus | DE");
    let [Block::Paragraph(_), Block::Table(table)] = &parse.tree.blocks[..] else { panic!("{:?}", parse.tree.blocks) };
    assert_eq!(cells(&table.header), ["Name", "Country"]);
    assert_eq!(cells(&table.rows[0]), ["Stratus", "DE"]);
}

#[test]
fn crlf_table_cells_have_no_carriage_return() {
    let source = "| A | B\r\n|---|---\r\n| 1 | 2\r\n";
    let parse = parse_checked(source);
    assert_eq!(cells(&table(&parse).rows[0]), ["1", "2"]);
}
