use serde::{Deserialize, Serialize};

/// A calendar date (proleptic Gregorian). Accepted forms: ISO `YYYY-MM-DD`, and French
/// `JJ/MM/AAAA`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}
