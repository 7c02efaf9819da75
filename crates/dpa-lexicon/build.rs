//! Lists every cue constant of `src/cues/` for the cue index (`src/cues/index.rs`), so a text is
//! matched against every phrase of every cue in one pass. A cue added to any cue file is indexed
//! without anyone having to register it by hand.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("src/cues");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("src/cues is part of the crate")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    let mut list = String::from(
        "/// Every `pub const …: Cue` of the cue files, written by `build.rs`.\nconst LISTED: &[&Cue] = &[\n",
    );
    for path in files {
        let module = path.file_stem().and_then(|stem| stem.to_str()).expect("cue files have UTF-8 names");
        // The index is a child of `cues`: its siblings are `super::<file>`, `cues` itself is `super`.
        let prefix = if module == "mod" { "super".to_string() } else { format!("super::{module}") };
        let source = std::fs::read_to_string(&path).expect("cue files are readable");
        for name in cue_constants(&source) {
            writeln!(list, "    &{prefix}::{name},").expect("writing to a String");
        }
    }
    list.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("cue_list.rs");
    std::fs::write(out, list).expect("OUT_DIR is writable");
}

/// Names of the top-level `pub const NAME: Cue` items of a source file.
fn cue_constants(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| line.strip_prefix("pub const "))
        .filter_map(|rest| rest.split_once(':'))
        .filter(|(_, ty)| {
            let ty = ty.trim_start();
            ty.strip_prefix("Cue").is_some_and(|after| after.is_empty() || after.starts_with([' ', '=']))
        })
        .map(|(name, _)| name.trim())
        .collect()
}
