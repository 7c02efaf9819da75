//! Language features: quick fixes and suppressions (round trips), hover, outline, completion,
//! definition and references, semantic tokens.

use serde_json::{json, Value};

use crate::harness::{apply_edits, initialize_params, memory_uri, only_rules, position, range, Client};
use crate::CONTRACT;

/// Opens `text` and returns the client with the first diagnostics.
async fn opened(text: &str) -> (Client, String, Value) {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("features.dpa");
    client.open(&uri, 1, text).await;
    let diagnostics = client.diagnostics_at(&uri, 1).await;
    (client, uri, diagnostics)
}

/// 0-based line and UTF-16 column of the first occurrence of `needle` (plus `offset` chars).
fn locate(text: &str, needle: &str, offset: usize) -> (u32, u32) {
    let at = text.find(needle).unwrap_or_else(|| panic!("`{needle}` is not in the text")) + offset;
    let line_start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let line = text[..at].matches('\n').count() as u32;
    (line, text[line_start..at].encode_utf16().count() as u32)
}

fn at(uri: &str, (line, character): (u32, u32)) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": position(line, character) })
}

async fn code_actions(client: &mut Client, uri: &str, diagnostic: &Value) -> Vec<Value> {
    let params = json!({
        "textDocument": { "uri": uri },
        "range": diagnostic["range"],
        "context": { "diagnostics": [diagnostic], "only": ["quickfix"] }
    });
    let response = client.request("textDocument/codeAction", params).await;
    response["result"].as_array().cloned().unwrap_or_default()
}

/// Applies an action's edits the way an editor does: as one incremental `didChange`, last edit
/// first so that earlier positions stay valid.
async fn apply(client: &mut Client, uri: &str, version: i64, text: &str, action: &Value) -> String {
    let edits = action["edit"]["changes"][uri].as_array().cloned().unwrap_or_default();
    let mut ordered = edits.clone();
    ordered.sort_by_key(|edit| {
        std::cmp::Reverse((edit["range"]["start"]["line"].as_u64(), edit["range"]["start"]["character"].as_u64()))
    });
    let changes: Vec<Value> =
        ordered.iter().map(|edit| json!({ "range": edit["range"], "text": edit["newText"] })).collect();
    client.change(uri, version, Value::Array(changes)).await;
    apply_edits(text, &edits, false)
}

#[tokio::test]
async fn quick_fix_round_trip_removes_the_finding() {
    let (mut client, uri, diagnostics) = opened(CONTRACT).await;
    let unknown = only_rules(&diagnostics, &["KIND-UNKNOWN"]);
    assert_eq!(unknown.len(), 1, "{diagnostics:#}");
    let actions = code_actions(&mut client, &uri, &unknown[0]).await;
    let fix = actions
        .iter()
        .find(|action| action["isPreferred"] == true && action["diagnostics"][0]["code"] == "KIND-UNKNOWN")
        .expect("a preferred quick fix for the unknown kind");
    insta::assert_json_snapshot!("quick_fix_action", fix);

    let fixed = apply(&mut client, &uri, 2, CONTRACT, fix).await;
    assert!(fixed.contains("# 3. Security {security}"), "{fixed}");
    let after = client.diagnostics_at(&uri, 2).await;
    assert!(only_rules(&after, &["KIND-UNKNOWN"]).is_empty(), "{after:#}");
    assert!(client.shutdown_and_exit().await);
}

/// Replaces the `<…>` reason template of the suppression on `line` with `reason`, as the user
/// does after choosing the action; returns the new text.
async fn write_reason(client: &mut Client, uri: &str, version: i64, text: &str, line: u32, reason: &str) -> String {
    let line_text = text.lines().nth(line as usize).unwrap();
    let start = line_text.find('<').unwrap();
    let (from, to) = (line_text[..start].encode_utf16().count() as u32, line_text.encode_utf16().count() as u32);
    client.change(uri, version, json!([{ "range": range((line, from), (line, to)), "text": reason }])).await;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[line as usize] = format!("{}{reason}", &line_text[..start]);
    lines.join("\n") + "\n"
}

fn on_line(diagnostics: Vec<Value>, line: u32) -> Vec<Value> {
    diagnostics.into_iter().filter(|d| d["range"]["start"]["line"].as_u64() == Some(u64::from(line))).collect()
}

/// The suppression action inserts a template; the core ignores it (and says so) until the user
/// writes a real reason, and then the finding is waived.
#[tokio::test]
async fn suppression_round_trip_in_english_and_french() {
    for (text, expected_line, reason) in [
        (CONTRACT, "%% lint: allow REF-BROKEN -- reason: <why this is accepted>", "the annex is added at signature"),
        (
            "---\nlangue : fr\n---\n\n# Audit {audit}\nLe sous-traitant renvoie à [[renvoi : nulle-part]] pour les données.\n",
            "%% lint : autoriser REF-BROKEN -- motif : <pourquoi ce point est accepté>",
            "l'annexe sera jointe à la signature",
        ),
    ] {
        let (mut client, uri, diagnostics) = opened(text).await;
        let findings = only_rules(&diagnostics, &["REF-BROKEN"]);
        let target = findings.last().expect("the finding to suppress");
        let actions = code_actions(&mut client, &uri, target).await;
        let titles: Vec<&str> = actions.iter().filter_map(|action| action["title"].as_str()).collect();
        let suppress = actions
            .iter()
            .find(|action| action["title"].as_str().is_some_and(|title| title.contains("REF-BROKEN in this clause")))
            .unwrap_or_else(|| panic!("no clause suppression among {titles:?}"));

        let suppressed = apply(&mut client, &uri, 2, text, suppress).await;
        let line = suppressed.lines().position(|line| line == expected_line).unwrap_or_else(|| panic!("{suppressed}")) as u32;
        let after = client.diagnostics_at(&uri, 2).await;
        let template = on_line(only_rules(&after, &["SUPPRESSION-NO-REASON"]), line);
        assert_eq!(template.len(), 1, "the template is not a reason: {after:#}");
        assert_eq!(only_rules(&after, &["REF-BROKEN"]).len(), findings.len(), "{after:#}");

        write_reason(&mut client, &uri, 3, &suppressed, line, reason).await;
        let reasoned = client.diagnostics_at(&uri, 3).await;
        assert_eq!(only_rules(&reasoned, &["REF-BROKEN"]).len(), findings.len() - 1, "{reasoned:#}");
        let about_it = on_line(only_rules(&reasoned, &["SUPPRESSION-UNUSED", "SUPPRESSION-NO-REASON"]), line);
        assert!(about_it.is_empty(), "{reasoned:#}");
        assert!(client.shutdown_and_exit().await);
    }
}

#[tokio::test]
async fn file_level_suppression_goes_before_the_first_heading() {
    let (mut client, uri, diagnostics) = opened(CONTRACT).await;
    let placeholder = only_rules(&diagnostics, &["PLACEHOLDER"]);
    let actions = code_actions(&mut client, &uri, &placeholder[0]).await;
    let whole = actions
        .iter()
        .find(|action| {
            action["title"].as_str().is_some_and(|title| title.contains("PLACEHOLDER in the whole document"))
        })
        .expect("a document-wide suppression");
    insta::assert_json_snapshot!("file_level_suppression", whole["edit"]);
    let suppressed = apply(&mut client, &uri, 2, CONTRACT, whole).await;
    let line = suppressed.lines().position(|line| line.starts_with("%% lint: allow PLACEHOLDER")).unwrap() as u32;
    let heading = suppressed.lines().position(|line| line.starts_with('#')).unwrap() as u32;
    assert_eq!(line + 1, heading, "{suppressed}");
    client.diagnostics_at(&uri, 2).await;
    write_reason(&mut client, &uri, 3, &suppressed, line, "filled in at signature").await;
    let after = client.diagnostics_at(&uri, 3).await;
    assert!(only_rules(&after, &["PLACEHOLDER"]).is_empty(), "{after:#}");
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn hovers() {
    let (mut client, uri, _) = opened(CONTRACT).await;
    let mut hovers = serde_json::Map::new();
    for (name, needle, offset) in [
        ("tag", "{breach-notification}", 3),
        ("fact", "[[breach-notice", 4),
        ("party", "[[controller", 4),
        ("rule_id", "allow BREACH-DEADLINE", 8),
        ("reference", "[[ref: annex-security]]", 9),
        ("defined_term_use", "affecting Customer Data", 12),
    ] {
        let response = client.request("textDocument/hover", at(&uri, locate(CONTRACT, needle, offset))).await;
        hovers.insert(name.to_string(), response["result"].clone());
    }
    // A rule id shows the rule's documentation exactly as `dpa-lint explain` renders it (checked
    // here rather than snapshotted, so that editing a rule's text does not touch this test).
    let rule = dpa_core::rules::find("BREACH-DEADLINE").expect("the rule exists");
    let documentation = dpa_core::rules::docs::markdown(rule, dpa_core::Lang::En);
    let rule_hover = hovers["rule_id"]["contents"]["value"].take();
    assert!(rule_hover.as_str().is_some_and(|text| text.starts_with(&documentation)), "{rule_hover}");
    if let Some(page) = dpa_core::rules::docs::page_url("BREACH-DEADLINE") {
        assert!(rule_hover.as_str().is_some_and(|text| text.contains(&page)), "{rule_hover}");
    }
    insta::assert_json_snapshot!("hovers", hovers);
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn outline() {
    let (mut client, uri, _) = opened(CONTRACT).await;
    let response = client.request("textDocument/documentSymbol", json!({ "textDocument": { "uri": uri } })).await;
    insta::assert_json_snapshot!("outline", response["result"]);
    assert!(client.shutdown_and_exit().await);
}

/// Labels offered at the end of `line`, appended after the contract.
async fn labels_after(client: &mut Client, uri: &str, version: i64, base: &str, line: &str) -> Vec<String> {
    let end = base.lines().count() as u32;
    client.change(uri, version, json!([{ "range": range((end, 0), (end, 0)), "text": line }])).await;
    let character = line.encode_utf16().count() as u32;
    let response = client.request("textDocument/completion", at(uri, (end, character))).await;
    let items = match &response["result"] {
        Value::Array(items) => items.clone(),
        Value::Object(list) => list["items"].as_array().cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    client.change(uri, version + 1, json!([{ "range": range((end, 0), (end, character)), "text": "" }])).await;
    items.iter().filter_map(|item| item["label"].as_str().map(str::to_string)).collect()
}

#[tokio::test]
async fn completion_in_the_document_language() {
    let (mut client, uri, _) = opened(CONTRACT).await;
    let mut offered = serde_json::Map::new();
    offered.insert("tag".into(), json!(labels_after(&mut client, &uri, 2, CONTRACT, "# Retention {del").await));
    offered.insert("fact_name".into(), json!(labels_after(&mut client, &uri, 4, CONTRACT, "within [[").await));
    offered.insert("anchor".into(), json!(labels_after(&mut client, &uri, 6, CONTRACT, "see [[ref: ").await));
    offered.insert("prose".into(), json!(labels_after(&mut client, &uri, 8, CONTRACT, "plain words ").await));
    offered.insert(
        "unit".into(),
        json!(labels_after(&mut client, &uri, 10, CONTRACT, "within [[audit-notice: 30 ").await),
    );
    offered.insert(
        "no_number".into(),
        json!(labels_after(&mut client, &uri, 12, CONTRACT, "within [[audit-notice: ").await),
    );
    let mechanism = labels_after(&mut client, &uri, 14, CONTRACT, "under [[transfer-mechanism: ").await;
    offered.insert("mechanism".into(), json!(mechanism));
    let certification = labels_after(&mut client, &uri, 16, CONTRACT, "holds [[certification: ").await;
    offered.insert("certification".into(), json!(certification));
    insta::assert_json_snapshot!("completion_en", offered);

    let table = "| Sub-processor | Country | Transfer mechanism |\n|---|---|---|\n";
    let with_table = format!("{CONTRACT}{table}");
    let end = CONTRACT.lines().count() as u32;
    client.change(&uri, 18, json!([{ "range": range((end, 0), (end, 0)), "text": table }])).await;
    let country = labels_after(&mut client, &uri, 19, &with_table, "| Kaveri Support | I").await;
    assert!(country.len() > 240 && country.contains(&"IN".to_string()), "{country:?}");
    let mechanism = labels_after(&mut client, &uri, 21, &with_table, "| Kaveri Support | IN | SCC").await;
    assert!(mechanism.contains(&"SCC 2021/914 Module 3".to_string()), "{mechanism:?}");
    let party = labels_after(&mut client, &uri, 23, &with_table, "[[processor: Kaveri Support Pvt Ltd, ").await;
    assert_eq!(party, country);
    assert!(client.shutdown_and_exit().await);

    let french =
        "---\nlangue : fr\n---\n\n# Sécurité {securite #annexe-securite}\nLe sous-traitant chiffre les données.\n";
    let (mut client, uri, _) = opened(french).await;
    let mut offered = serde_json::Map::new();
    offered.insert("tag".into(), json!(labels_after(&mut client, &uri, 2, french, "# Audit {au").await));
    offered.insert("fact_name".into(), json!(labels_after(&mut client, &uri, 4, french, "dans un délai de [[").await));
    offered.insert("anchor".into(), json!(labels_after(&mut client, &uri, 6, french, "voir [[renvoi : ").await));
    offered
        .insert("unit".into(), json!(labels_after(&mut client, &uri, 8, french, "sous [[délai-violation : 24 ").await));
    let mechanism = labels_after(&mut client, &uri, 10, french, "selon [[mécanisme-transfert : ").await;
    offered.insert("mechanism".into(), json!(mechanism));
    insta::assert_json_snapshot!("completion_fr", offered);
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn definition_and_references() {
    let (mut client, uri, _) = opened(CONTRACT).await;
    let mut answers = serde_json::Map::new();
    let reference = locate(CONTRACT, "[[ref: annex-security]]", 10);
    let anchor = locate(CONTRACT, "#annex-security", 2);
    let term_use = locate(CONTRACT, "affecting Customer Data", 14);
    answers.insert(
        "definition_of_reference".into(),
        client.request("textDocument/definition", at(&uri, reference)).await["result"].clone(),
    );
    answers.insert(
        "definition_of_term".into(),
        client.request("textDocument/definition", at(&uri, term_use)).await["result"].clone(),
    );
    for (name, place, include_declaration) in
        [("references_of_anchor", anchor, true), ("references_of_term", term_use, false)]
    {
        let mut params = at(&uri, place);
        params["context"] = json!({ "includeDeclaration": include_declaration });
        answers.insert(name.into(), client.request("textDocument/references", params).await["result"].clone());
    }
    insta::assert_json_snapshot!("definition_and_references", answers);
    assert!(client.shutdown_and_exit().await);
}

/// Semantic tokens decoded to `[line, column, length, type]` with the legend's type names.
#[tokio::test]
async fn semantic_tokens() {
    let (mut client, result) = Client::initialized(initialize_params(&[], json!({}))).await;
    let legend = result["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"].clone();
    let uri = memory_uri("tokens.dpa");
    client.open(&uri, 1, CONTRACT).await;
    let response = client.request("textDocument/semanticTokens/full", json!({ "textDocument": { "uri": uri } })).await;
    let data: Vec<u64> = response["result"]["data"].as_array().unwrap().iter().filter_map(Value::as_u64).collect();
    let (mut line, mut column) = (0, 0);
    let mut decoded = Vec::new();
    for token in data.chunks(5) {
        if token[0] > 0 {
            column = 0;
        }
        line += token[0];
        column += token[1];
        let units: Vec<u16> = CONTRACT.lines().nth(line as usize).unwrap_or("").encode_utf16().collect();
        let text = String::from_utf16_lossy(units.get(column as usize..(column + token[2]) as usize).unwrap_or(&[]));
        decoded.push(json!([line, column, text, legend[token[3] as usize], token[4]]));
    }
    insta::assert_json_snapshot!("semantic_tokens", decoded);
    assert!(client.shutdown_and_exit().await);
}

/// A contract on disk, as editors open it: its front matter's playbook and translation are read
/// relative to the file, and hovers show where a fact stands against the playbook.
#[tokio::test]
async fn files_on_disk_use_their_playbook() {
    let path = dpa_lint_tests::repo_root().join("examples/duval-quillon.dpa");
    let text = std::fs::read_to_string(&path).expect("the example contract");
    let path = path.to_str().expect("a UTF-8 path");
    assert!(path.chars().all(|c| c.is_ascii_alphanumeric() || "/-_.".contains(c)), "{path} needs escaping in a URI");
    let uri = format!("file://{path}");
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    client.open(&uri, 1, &text).await;
    client.diagnostics_at(&uri, 1).await;
    let hover = client.request("textDocument/hover", at(&uri, locate(&text, "[[breach-notice", 4))).await;
    let markdown = hover["result"]["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(markdown.contains("Playbook:") && markdown.contains("fallback"), "{markdown}");
    assert!(client.shutdown_and_exit().await);
}

/// Findings that point at a second place carry it as related information.
#[tokio::test]
async fn related_places_become_related_information() {
    let text = std::fs::read_to_string(dpa_lint_tests::repo_root().join("examples/defective.dpa")).unwrap();
    let (client, uri, diagnostics) = opened(&text).await;
    let objection = only_rules(&diagnostics, &["SUBPROC-OBJECTION"]);
    let with_related: Vec<&Value> = objection.iter().filter(|d| d.get("relatedInformation").is_some()).collect();
    assert_eq!(with_related.len(), 1, "{objection:#?}");
    let notice = locate(&text, "[[objection-notice", 0);
    let related = &with_related[0]["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri);
    assert_eq!(related["location"]["range"]["start"]["line"], notice.0);
    assert_eq!(related["message"], "The advance notice of the change.");
    assert!(client.shutdown_and_exit().await);
}
