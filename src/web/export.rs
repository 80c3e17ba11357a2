//! What leaves the screen: a page on paper.

use super::{has, window};

/// Whether this browser can print the page (some in-app browsers cannot).
pub fn can_print() -> bool {
    window().is_some_and(|w| has(&w, "print"))
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
