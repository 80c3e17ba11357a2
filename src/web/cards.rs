//! The page's own cards, from the app's side. A search shows, hides and orders the cards the
//! static page drew, and writes why each was found, rather than drawing cards of its own: so no
//! card's view is in the wasm, and every card is drawn by one component, at build time.

use wasm_bindgen::JsCast;

use super::document::element_by_id;

/// The cards of a list (`<ul id=…>`'s `li[data-id]`), with their ids.
fn cards(list: &web_sys::Element) -> Vec<(String, web_sys::HtmlElement)> {
    let children = list.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|li| Some((li.get_attribute("data-id")?, li.dyn_into::<web_sys::HtmlElement>().ok()?)))
        .collect()
}

/// Whether the list has a card with this id.
pub fn has(list: &str, id: &str) -> bool {
    element_by_id(list).is_some_and(|list| cards(&list).iter().any(|(have, _)| have == id))
}

/// Why a card was found, in pieces: the app's words, and the words the person typed (`true`),
/// whose language the app cannot know, so they are marked as such (`lang=""`).
pub type Note = Vec<(String, bool)>;

/// Shows the cards of `shown`, in that order, after every other card of the list, each with its
/// note (why it was found) or none; hides the rest. Cards the list lacks are left to the caller.
pub fn arrange(list: &str, shown: &[(String, Option<Note>)]) {
    let Some(ul) = element_by_id(list) else { return };
    let all = cards(&ul);
    for (_, li) in &all {
        li.set_hidden(true);
    }
    for (id, note) in shown {
        if let Some((_, li)) = all.iter().find(|(have, _)| have == id) {
            let _ = ul.append_child(li);
            li.set_hidden(false);
            set_note(li, note.as_ref());
        }
    }
}

/// Keeps only the cards of `kept` (each `kind:id`, as a card's `data-kind` and `data-id` give
/// it), in that order, and takes the others out of the page (a saved list printed holds only what
/// was saved). Returns the keys it found a card for.
pub fn keep_only(list: &str, kept: &[String]) -> Vec<String> {
    let Some(ul) = element_by_id(list) else { return Vec::new() };
    let all: Vec<(String, web_sys::HtmlElement)> = cards(&ul)
        .into_iter()
        .map(|(id, li)| (format!("{}:{id}", li.get_attribute("data-kind").unwrap_or_default()), li))
        .collect();
    for (key, li) in &all {
        if !kept.contains(key) {
            li.remove();
        }
    }
    let mut found = Vec::new();
    for key in kept {
        if let Some((_, li)) = all.iter().find(|(have, _)| have == key) {
            let _ = ul.append_child(li);
            found.push(key.clone());
        }
    }
    found
}

fn set_note(card: &web_sys::HtmlElement, note: Option<&Note>) {
    let Some(p) = card.query_selector(".why-found").ok().flatten().and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    p.set_hidden(note.is_none());
    write(&p, note.map_or(&[][..], Vec::as_slice));
}

/// An element's text, by id, as a note's pieces.
pub fn write_note(id: &str, note: &Note) {
    if let Some(e) = element_by_id(id) {
        write(&e, note);
    }
}

/// Writes a note's pieces as an element's contents: the person's words in `<span lang="">`.
fn write(element: &web_sys::Element, note: &[(String, bool)]) {
    element.set_text_content(None);
    let Some(document) = element.owner_document() else { return };
    for (text, typed) in note {
        if *typed && let Ok(span) = document.create_element("span") {
            let _ = span.set_attribute("lang", "");
            span.set_text_content(Some(text));
            let _ = element.append_child(&span);
        } else {
            let _ = element.append_child(&document.create_text_node(text));
        }
    }
}
