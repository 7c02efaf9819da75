//! Readings of the document that several rules share: a family's reading of its clauses (the
//! transfer mechanisms the text states, say) is made once per lint, by the first of its rules
//! that asks, instead of once by every rule.

use std::any::Any;
use std::sync::{Arc, Mutex, PoisonError};

use super::Context;

/// The readings made so far in one lint.
#[derive(Default)]
pub struct Readings(Mutex<Vec<Arc<dyn Any + Send + Sync>>>);

impl Readings {
    fn find<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        // A poisoned lock only means a rule panicked while adding a reading; the others stand.
        let made = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        made.iter().find(|reading| reading.is::<T>()).and_then(|reading| reading.clone().downcast::<T>().ok())
    }
}

impl Context<'_> {
    /// The reading of type `T`, made by `read` the first time a rule asks for it in this lint.
    /// A reading is found again by its type, so each needs a type of its own (one private to its
    /// family); it holds owned data (spans, indices, values), not references into the document.
    pub fn reading<T: Any + Send + Sync>(&self, read: impl FnOnce(&Self) -> T) -> Arc<T> {
        if let Some(made) = self.readings.find::<T>() {
            return made;
        }
        // Made without holding the lock: a reading may ask for another.
        let made = Arc::new(read(self));
        self.readings.0.lock().unwrap_or_else(PoisonError::into_inner).push(made.clone());
        made
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[derive(Debug, PartialEq)]
    struct Headings(usize);

    #[derive(Debug, PartialEq)]
    struct Paragraphs(usize);

    #[test]
    fn a_reading_is_made_once_and_found_by_its_type() {
        let source = "# Security {security}\nData is encrypted.\n\n# Audits {audit}\nThe Customer may audit.\n";
        let options = crate::LintOptions::default();
        let doc = crate::lint(source, &options).document;
        let cx = Context {
            source,
            doc: &doc,
            options: &options,
            high_risk: false,
            today: None,
            readings: Readings::default(),
        };
        let made = Cell::new(0);
        let count_headings = |cx: &Context<'_>| {
            made.set(made.get() + 1);
            Headings(cx.doc.clauses.len())
        };
        assert_eq!(*cx.reading(count_headings), Headings(2));
        assert_eq!(*cx.reading(count_headings), Headings(2));
        assert_eq!(made.get(), 1, "made once");
        assert_eq!(
            *cx.reading(|cx| Paragraphs(cx.doc.paragraphs.len())),
            Paragraphs(2),
            "another type, another reading"
        );
    }
}
