use crate::Parse;

/// Parse DPA source text. Total: never fails, never panics.
pub fn parse(source: &str) -> Parse {
    let _ = source;
    Parse::default()
}
