use dpa_syntax::Parse;

use super::Document;

/// Build the typed model from a parse.
pub fn build(source: &str, parse: &Parse, prose: Option<bool>) -> Document {
    let _ = (source, parse, prose);
    Document::default()
}
