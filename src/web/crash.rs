//! The last resort: if the app panics, the page is replaced by a plain, translated message with
//! a reload link (which works without any script), never left dead or blank.

use std::cell::RefCell;

use super::window;

thread_local! {
    /// Title, text and link label, in the language in use, kept ready for a crash.
    static WORDS: RefCell<[String; 3]> = RefCell::new([
        "Something went wrong".into(),
        "The app hit an error. What you saved is safe. Reload the page to continue.".into(),
        "Reload".into(),
    ]);
}

pub fn set_words(title: String, text: String, reload: String) {
    WORDS.with(|w| *w.borrow_mut() = [title, text, reload]);
}

/// Installs the panic hook: the panic goes to the console, the crash view to the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
}

fn show() {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_else(|| "./".into());
    let [title, text, reload] = WORDS.with(|w| w.borrow().clone());
    let element = |tag: &str, content: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(content));
        Some(e)
    };
    let (Some(section), Some(heading), Some(paragraph), Some(link)) =
        (element("main", ""), element("h1", &title), element("p", &text), element("a", &reload))
    else {
        return;
    };
    let _ = section.set_attribute("class", "crash");
    let _ = section.set_attribute("role", "alert");
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("class", "btn");
    for child in [&heading, &paragraph, &link] {
        let _ = section.append_child(child);
    }
    body.set_text_content(None);
    let _ = body.append_child(&section);
}
