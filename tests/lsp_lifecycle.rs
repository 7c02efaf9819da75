//! Initialization, capabilities, position-encoding negotiation, shutdown and exit.

use serde_json::{json, Value};

use crate::harness::{initialize_params, memory_uri, position, Client};

#[tokio::test]
async fn initialize_advertises_the_features_and_falls_back_to_utf16() {
    let (client, result) = Client::initialized(initialize_params(&[], json!({}))).await;
    insta::assert_json_snapshot!("initialize_result", result);
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn utf8_is_chosen_when_the_client_offers_it() {
    let (client, result) = Client::initialized(initialize_params(&["utf-16", "utf-8"], json!({}))).await;
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    assert!(client.shutdown_and_exit().await);

    let (client, result) = Client::initialized(initialize_params(&["utf-32", "utf-16"], json!({}))).await;
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn exit_without_shutdown_ends_the_server_with_an_error_status() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    client.notify("exit", Value::Null).await;
    assert!(!client.exit_status().await);
}

#[tokio::test]
async fn exit_is_prompt_even_with_open_documents() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("open.dpa");
    client.open(&uri, 1, crate::CONTRACT).await;
    let started = std::time::Instant::now();
    assert!(client.shutdown_and_exit().await);
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "exit took {:?}", started.elapsed());
}

#[tokio::test]
async fn requests_about_documents_that_are_not_open_return_null() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let params = json!({ "textDocument": { "uri": memory_uri("never-opened.dpa") }, "position": position(0, 0) });
    let hover = client.request("textDocument/hover", params).await;
    assert_eq!(hover, json!({ "jsonrpc": "2.0", "id": 2, "result": null }));
    assert!(client.shutdown_and_exit().await);
}

#[tokio::test]
async fn malformed_params_fail_the_request_not_the_server() {
    let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
    let uri = memory_uri("malformed.dpa");
    let bad =
        client.request("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": "nowhere" })).await;
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    client.open(&uri, 1, crate::CONTRACT).await;
    let diagnostics = client.diagnostics(&uri).await;
    assert_eq!(diagnostics["version"], 1);
    assert!(client.shutdown_and_exit().await);
}
