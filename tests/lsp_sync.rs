//! Document synchronisation: incremental edits, stale and overlapping changes, debounced
//! publishing with versions, position encodings, settings and closing.

use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::{codes_and_ranges, initialize_params, is_diagnostics_for, memory_uri, only_rules, range, Client};

const DOCUMENT_RULES: &[&str] = &["SYNTAX", "REF-BROKEN", "PLACEHOLDER", "KIND-UNKNOWN", "FACT-UNKNOWN"];

#[tokio::test]
async fn open_edit_and_close() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("open-edit-close.dpa");
    client.open(&uri, 1, crate::CONTRACT).await;
    let opened = client.diagnostics_at(&uri, 1).await;
    let broken = only_rules(&opened, &["REF-BROKEN"]);
    insta::assert_json_snapshot!("open_ref_broken_diagnostic", broken);

    // Line 16 holds `[[ref: annex-missing]]`: point it at the annex that exists.
    let line = crate::CONTRACT.lines().position(|line| line.contains("annex-missing")).unwrap() as u32;
    let column = crate::CONTRACT.lines().nth(line as usize).unwrap().find("missing").unwrap() as u32;
    client.change(&uri, 2, json!([{ "range": range((line, column), (line, column + 7)), "text": "security" }])).await;
    let edited = client.diagnostics_at(&uri, 2).await;
    assert!(only_rules(&edited, &["REF-BROKEN"]).is_empty(), "{edited:#}");

    client.notify("textDocument/didClose", json!({ "textDocument": { "uri": uri } })).await;
    let closed = client.diagnostics(&uri).await;
    assert_eq!(closed, json!({ "uri": uri, "diagnostics": [] }));
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn a_stale_change_is_ignored() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("stale.dpa");
    client.open(&uri, 1, "# Audits {audit}\nText.\n").await;
    client.diagnostics_at(&uri, 1).await;
    client.change(&uri, 3, json!([{ "range": range((1, 0), (1, 0)), "text": "See [[ref: nowhere]]. " }])).await;
    // Version 2 arrives after version 3: it must not be applied (it would add a SYNTAX error).
    client.change(&uri, 2, json!([{ "range": range((1, 0), (1, 0)), "text": "[[unclosed " }])).await;
    let published = client.diagnostics_at(&uri, 3).await;
    insta::assert_json_snapshot!("stale_change_ignored", codes_and_ranges(&only_rules(&published, DOCUMENT_RULES)));
    let later = client.drain(Duration::from_millis(400)).await;
    assert!(
        !later.iter().any(|message| message["method"] == "textDocument/publishDiagnostics"),
        "nothing is published for the stale version: {later:#?}"
    );
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn overlapping_changes_in_one_notification_apply_in_order() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("overlap.dpa");
    client.open(&uri, 1, "# Audits {audit}\nSee the annex.\n").await;
    client.diagnostics_at(&uri, 1).await;
    let changes = json!([
        // "See the annex." → "See [[ref: the-annex]]."
        { "range": range((1, 4), (1, 13)), "text": "[[ref: the-annex]]" },
        // Overlaps the text the first change inserted: "the-annex" → "gone"
        { "range": range((1, 11), (1, 20)), "text": "gone" },
        // Then a whole-document replacement followed by an edit relative to it.
        { "text": "# Audits {audit}\nSee [[ref: gone]].\n\nAlso [[ref: here]].\n" },
        { "range": range((3, 5), (3, 5)), "text": "😀 " },
    ]);
    client.change(&uri, 2, changes).await;
    let published = client.diagnostics_at(&uri, 2).await;
    insta::assert_json_snapshot!("overlapping_changes", codes_and_ranges(&only_rules(&published, DOCUMENT_RULES)));
    assert!(client.shutdown_and_exit().await);
}

/// CRLF line ends, a BOM and emoji before the finding: the ranges differ by encoding only.
const CRLF_EMOJI: &str = "\u{feff}# Clause 😀 {breach-notification}\r\nNotice 😀😀 within [[ref: nowhere]] now.\r\n";

async fn ref_broken_range(encodings: &[&str]) -> Value {
    let (mut client, result) = Client::initialized(initialize_params(encodings, json!({}))).await;
    let uri = memory_uri("crlf-emoji.dpa");
    client.open(&uri, 1, CRLF_EMOJI).await;
    let published = client.diagnostics_at(&uri, 1).await;
    let broken = only_rules(&published, &["REF-BROKEN"]);
    assert!(client.shutdown_and_exit().await);
    json!({ "encoding": result["capabilities"]["positionEncoding"], "range": broken[0]["range"] })
}

#[tokio::test]
async fn crlf_and_emoji_positions_in_utf16_and_utf8() {
    insta::assert_json_snapshot!("crlf_emoji_utf16", ref_broken_range(&[]).await);
    insta::assert_json_snapshot!("crlf_emoji_utf8", ref_broken_range(&["utf-8"]).await);
}

#[tokio::test]
async fn incremental_edits_after_emoji_use_the_negotiated_encoding() {
    for (encodings, column) in [(&[][..], 19u32), (&["utf-8"][..], 23u32)] {
        let (mut client, _) = Client::initialized(initialize_params(encodings, json!({}))).await;
        let uri = memory_uri("emoji-edit.dpa");
        client.open(&uri, 1, CRLF_EMOJI).await;
        client.diagnostics_at(&uri, 1).await;
        // Right after "Notice 😀😀 within ": a second broken reference, whose target `x` starts
        // 7 columns further ("[[ref: ").
        client.change(&uri, 2, json!([{ "range": range((1, column), (1, column)), "text": "[[ref: x]] " }])).await;
        let published = client.diagnostics_at(&uri, 2).await;
        let expected = json!({ "line": 1, "character": column + 7 });
        let broken = only_rules(&published, &["REF-BROKEN"]);
        assert!(broken.iter().any(|d| d["range"]["start"] == expected), "{encodings:?}: {published:#}");
        assert!(client.shutdown_and_exit().await);
    }
}

#[tokio::test]
async fn rapid_edits_are_debounced_and_never_published_out_of_order() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("typing.dpa");
    client.open(&uri, 1, "# Audits {audit}\n\n").await;
    client.diagnostics_at(&uri, 1).await;
    let typed = "See [[ref: x]].";
    for (version, (at, ch)) in typed.char_indices().enumerate() {
        let column = at as u32;
        client
            .change(
                &uri,
                version as i64 + 2,
                json!([{ "range": range((1, column), (1, column)), "text": ch.to_string() }]),
            )
            .await;
    }
    let last = typed.chars().count() as i64 + 1;
    let until_last = client.collect_until(|message| is_diagnostics_for(message, &uri, Some(last))).await;
    let published: Vec<&Value> =
        until_last.iter().filter(|message| message["method"] == "textDocument/publishDiagnostics").collect();
    assert_eq!(only_rules(&published[published.len() - 1]["params"], &["REF-BROKEN"]).len(), 1, "{published:#?}");
    let versions: Vec<i64> = published.iter().filter_map(|message| message["params"]["version"].as_i64()).collect();
    assert!(versions.windows(2).all(|pair| pair[0] < pair[1]), "out of order: {versions:?}");
    let after = client.drain(Duration::from_millis(400)).await;
    assert!(
        !after.iter().any(|message| message["method"] == "textDocument/publishDiagnostics"),
        "published after the last version: {after:#?}"
    );
    assert!(versions.len() + 1 < typed.len(), "the debounce should merge most edits: {versions:?}");
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn messages_follow_the_language_setting_then_the_locale() {
    let french_locale = initialize_params(&[], json!({ "locale": "fr-FR" }));
    let (mut client, _) = Client::initialized(french_locale).await;
    let uri = memory_uri("langue.dpa");
    client.open(&uri, 1, "# Audits {audit}\nVoir [[renvoi : nulle-part]].\n").await;
    let french = client.diagnostics_at(&uri, 1).await;
    let french = only_rules(&french, &["REF-BROKEN"]);

    client.notify("workspace/didChangeConfiguration", json!({ "settings": { "dpaLint": { "language": "en" } } })).await;
    let english = client.diagnostics_at(&uri, 1).await;
    let english = only_rules(&english, &["REF-BROKEN"]);
    assert_ne!(french[0]["message"], english[0]["message"]);
    insta::assert_json_snapshot!("ref_broken_fr_then_en", json!([french[0]["message"], english[0]["message"]]));
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn settings_are_pulled_when_the_client_supports_configuration() {
    let mut params = initialize_params(&[], json!({}));
    params["capabilities"]["workspace"] = json!({ "configuration": true });
    let mut client = Client::start(json!({ "language": "fr", "status": "final" }));
    client.request("initialize", params).await;
    client.notify("initialized", json!({})).await;
    let uri = memory_uri("pulled.dpa");
    client.open(&uri, 1, "# Audits {audit}\nDélai : [[preavis-audit : ?]].\n").await;
    // `status: final` makes the placeholder an error.
    let published = loop {
        let published = client.diagnostics(&uri).await;
        if only_rules(&published, &["PLACEHOLDER"]).first().is_some_and(|d| d["severity"] == 1) {
            break published;
        }
    };
    let placeholder = only_rules(&published, &["PLACEHOLDER"]);
    assert_eq!(placeholder[0]["severity"], 1, "{placeholder:#?}");
    assert!(client.shutdown_and_exit().await);
}
