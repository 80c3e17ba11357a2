//! Japan's public holidays in the browser: one file for the whole site
//! ([`HOLIDAYS_FILE`], which the build writes), read by the islands that count days ("open now",
//! a time limit's last day) and kept by the worker for offline use, rather than six years of
//! them carried in every page.

use leptos::prelude::*;

use crate::hours::{HOLIDAYS_FILE, Holiday};
use crate::ui::hydration::after_hydration;
use crate::ui::navigation::use_site;

/// The table, once the page has hydrated and the file is read; `None` until then, and if it
/// cannot be read (what needs it then says nothing rather than a guess).
pub fn use_holidays() -> ReadSignal<Option<Vec<Holiday>>> {
    let (table, set) = signal(None);
    let file = use_site().file(HOLIDAYS_FILE);
    after_hydration(move || {
        let read = crate::web::fetch::fetch_text(&file);
        leptos::task::spawn_local(async move {
            if let Ok(text) = read.await {
                set.set(Holiday::read_table(&text));
            }
        });
    });
    table
}
