//! The dataset's texts on a page, in the reader's language or marked as a fallback: a name, a
//! sentence or two, paragraphs.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::text::{Localized, Text};
use crate::ui::language::use_tr;

/// The `lang` of a text shown in a fallback language (its direction then follows its letters).
fn fallback_lang(shown: Localized, lang: &str) -> Option<String> {
    (shown.lang != lang).then(|| shown.lang.to_string())
}

/// "in English" beside a text that has not been translated, so no one is misled.
fn fallback_note(shown: Localized, lang: &str) -> Option<impl IntoView + use<>> {
    let key = match shown.lang {
        l if l == lang => return None,
        "en" => Key::InEnglish,
        "ja" => Key::InJapanese,
        _ => return None,
    };
    Some(view! { " "<small class="fallback">"("{use_tr().get(key)}")"</small> })
}

/// A name or label: marked with its language when it is a fallback, and isolated (`dir=auto`)
/// so its own direction, or a stray direction-override character, cannot reorder the page.
pub fn localized(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    view! { <span lang=fallback_lang(shown, lang) dir="auto">{shown.text.to_string()}</span> }
}

/// A sentence or two: marked with its language, and noted, when it is a fallback.
pub fn prose(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    (localized(text, lang), fallback_note(shown, lang))
}

/// A text's paragraphs (blank-line separated), marked and noted like [`prose`].
pub fn paragraphs(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    let tag = fallback_lang(shown, lang);
    let note = fallback_note(shown, lang).map(|n| view! { <p class="fallback-line">{n}</p> });
    let paragraphs =
        shown.text.split("\n\n").map(|p| view! { <p lang=tag.clone() dir="auto">{p.to_string()}</p> }).collect_view();
    (note, paragraphs)
}
