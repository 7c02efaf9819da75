//! Edit → published diagnostics latency, as an editor sees it: a client sends one small
//! incremental `didChange` and waits for the `publishDiagnostics` of that version, over real
//! `Content-Length` framing, on a 50 KB and a 5 MB contract. The latency includes the server's
//! debounce (as long as the document's last lint took, at most `dpa_lsp::DEBOUNCE`). Criterion
//! drives the repetitions; p50 and p99 of the individual edits are printed at the end.
//!
//! `cargo bench -p dpa-lsp --bench edit_latency`

use std::cell::RefCell;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use serde_json::json;

#[path = "../../../tests/lsp_harness.rs"]
#[allow(dead_code)] // The benchmark uses only part of the test client.
mod harness;

use harness::{initialize_params, range, Client};

/// The Duval/Quillon example repeated to the size closest to `target_bytes`, its anchors and
/// references renamed per copy so that every copy stays a consistent contract.
fn contract(target_bytes: usize) -> String {
    let example = include_str!("../../../examples/duval-quillon.dpa");
    let body_start = example.match_indices("---\n").nth(1).map_or(0, |(at, marker)| at + marker.len());
    let (front_matter, body) = example.split_at(body_start);
    let anchors = ["annex-description", "annex-security", "annex-subprocessors", "breach"];
    let mut text = front_matter.to_string();
    for copy in 0.. {
        let mut section = body.to_string();
        for anchor in anchors {
            section = section
                .replace(&format!("#{anchor}}}"), &format!("#{anchor}-{copy}}}"))
                .replace(&format!("[[ref: {anchor}]]"), &format!("[[ref: {anchor}-{copy}]]"));
        }
        section.push('\n');
        let (without, with) = (text.len(), text.len() + section.len());
        if copy > 0 && target_bytes.abs_diff(without) <= target_bytes.abs_diff(with) {
            break;
        }
        text.push_str(&section);
    }
    text
}

struct Session {
    client: Client,
    uri: String,
    version: i64,
    /// Line and column where the edits type and erase one character.
    at: (u32, u32),
    samples: Vec<Duration>,
}

impl Session {
    async fn open(text: &str) -> Session {
        let (mut client, _) = Client::initialized(initialize_params(&[], json!({}))).await;
        // A 5 MB contract takes seconds to lint, more on a loaded machine.
        client.set_timeout(Duration::from_secs(600));
        let uri = "untitled:bench.dpa".to_string();
        client.open(&uri, 1, text).await;
        client.diagnostics_at(&uri, 1).await;
        // Type in the middle of the document, at the start of a prose line.
        let middle = text.len() / 2;
        let line = text[..middle].matches('\n').count() as u32;
        Session { client, uri, version: 1, at: (line, 0), samples: Vec::new() }
    }

    /// One edit (alternately typing and erasing a character) until its diagnostics arrive.
    async fn edit(&mut self) -> Duration {
        self.version += 1;
        let (line, column) = self.at;
        let change = if self.version % 2 == 0 {
            json!({ "range": range((line, column), (line, column)), "text": "x" })
        } else {
            json!({ "range": range((line, column), (line, column + 1)), "text": "" })
        };
        let started = Instant::now();
        self.client.change(&self.uri, self.version, json!([change])).await;
        self.client.diagnostics_at(&self.uri, self.version).await;
        let elapsed = started.elapsed();
        self.samples.push(elapsed);
        elapsed
    }
}

fn percentile(sorted: &[Duration], percent: usize) -> Duration {
    let rank = (sorted.len() * percent).div_ceil(100).max(1);
    sorted[rank.min(sorted.len()) - 1]
}

fn milliseconds(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn edit_latency(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let mut group = c.benchmark_group("edit-to-diagnostics");
    group.sample_size(10);
    let mut report = Vec::new();
    // Edits of the large contract take seconds each: the same few per sample, not a growing number.
    for (name, bytes, seconds, sampling) in
        [("50KB", 50 * 1024, 30, SamplingMode::Auto), ("5MB", 5 * 1024 * 1024, 120, SamplingMode::Flat)]
    {
        let text = contract(bytes);
        // Opened on first use, so that a filtered-out size costs nothing.
        let session: RefCell<Option<Session>> = RefCell::new(None);
        group.measurement_time(Duration::from_secs(seconds));
        group.sampling_mode(sampling);
        group.bench_function(name, |b| {
            b.iter_custom(|iterations| {
                let mut session = session.borrow_mut();
                let session = session.get_or_insert_with(|| runtime.block_on(Session::open(&text)));
                (0..iterations).map(|_| runtime.block_on(session.edit())).sum()
            })
        });
        if let Some(session) = session.into_inner() {
            let mut samples = session.samples;
            samples.sort();
            report.push((name, text.len(), samples));
            assert!(runtime.block_on(session.client.shutdown_and_exit()));
        }
    }
    group.finish();

    // The core's own share: parse and lint of the same 50 KB text, without the server.
    let text = contract(50 * 1024);
    c.bench_function("lint-only/50KB", |b| b.iter(|| dpa_core::lint(&text, &dpa_core::LintOptions::default())));

    println!("\nedit → published diagnostics (debounce of at most {} ms included)", dpa_lsp::DEBOUNCE.as_millis());
    for (name, length, samples) in report {
        println!(
            "  {name:>5} ({length} bytes, {} edits): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            samples.len(),
            milliseconds(percentile(&samples, 50)),
            milliseconds(percentile(&samples, 99)),
            milliseconds(samples.last().copied().unwrap_or_default()),
        );
    }
}

criterion_group!(benches, edit_latency);
criterion_main!(benches);
