//! Any bytes, read as (lossy) UTF-8, must parse into a well-formed tree: the same structural
//! checks as the crate's property tests.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/dpa-syntax/tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    common::parse_checked(&source);
});
