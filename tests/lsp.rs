//! End-to-end tests of the language server: a client speaks LSP to `dpa_lsp::serve` over
//! in-memory pipes with real `Content-Length` framing, and the answers are snapshotted.

#[path = "lsp_features.rs"]
mod features;
#[path = "lsp_harness.rs"]
mod harness;
#[path = "lsp_lifecycle.rs"]
mod lifecycle;
#[path = "lsp_sync.rs"]
mod sync;

/// A small agreement with a few deliberate slips: an unknown clause kind, a broken reference and
/// a placeholder, next to the constructs hovers and navigation work on.
pub const CONTRACT: &str = "\
---
title: Test agreement
status: draft
---

This agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and [[processor: Quillon Cloud SAS, FR]] (the \"Provider\").

# 1. Definitions {definitions}
\"Customer Data\" means any personal data processed for the Customer.

# 2. Breaches {breach-notification}
The Provider notifies the Customer of any breach affecting Customer Data within [[breach-notice: 48 hours]], as set out in [[ref: annex-security]].
%% lint: allow BREACH-DEADLINE -- reason: accepted in the 2026 negotiation

# 3. Security {secuirty}
The Provider secures Customer Data as described in [[ref: annex-missing]].

# Annex - Security {annex security-measures #annex-security}
Encryption at rest: [[encryption-at-rest: AES-256-GCM]]; deletion within [[deletion-period: ?]].
";
