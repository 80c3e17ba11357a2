//! How the pages look for a reader who needs more: "More contrast" (text and controls at 7:1 or
//! more, thicker focus rings) and the text size (100, 125 or 150%). In every page's footer, kept
//! on the device by the script before the first paint (`src/site/pre-paint.js`), so a page never
//! flashes in the other look; a device that asks for more contrast (`prefers-contrast: more`)
//! gets it until the reader says otherwise. The stylesheet does the rest (`style/main.css`).

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::language::use_tr;

/// The text sizes offered, in percent of the browser's own.
const SIZES: [usize; 3] = [100, 125, 150];

#[component]
pub fn DisplaySettings() -> impl IntoView {
    let tr = use_tr();
    let sizes = SIZES
        .map(|size| {
            let label = format!("{}%", tr.number(size));
            view! { <label><input type="radio" name="text-size" value=size.to_string() checked=size == 100/>" "{label}</label> }
        })
        .collect_view();
    view! {
        <fieldset class="display needs-js">
            <legend>{tr.get(Key::Display)}</legend>
            <label><input type="checkbox" class="contrast"/>" "{tr.get(Key::MoreContrast)}</label>
            <span class="text-size" role="radiogroup" aria-label=tr.get(Key::TextSize)>
                <span aria-hidden="true">{tr.get(Key::TextSize)}": "</span>
                {sizes}
            </span>
        </fieldset>
    }
}
