//! Navigation: the current [`Route`] as a signal, kept in step with the address bar.

use leptos::ev;
use leptos::prelude::*;

use crate::route::{Page, Route, is_sticky};
use crate::web;

#[derive(Clone, Copy)]
pub struct Nav {
    pub route: RwSignal<Route>,
    /// Where "the directory" is: everything, or in embed mode the partner's preset slice.
    home: StoredValue<Route>,
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

fn current_route() -> Route {
    let params = web::query_params();
    Route::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The URL for a route, keeping the visit's sticky parameters (such as `lang`).
pub fn href(route: &Route) -> String {
    let sticky: Vec<(String, String)> = web::query_params().into_iter().filter(|(name, _)| is_sticky(name)).collect();
    let mut params: Vec<(&str, String)> = route.to_params();
    params.extend(sticky.iter().map(|(name, value)| (name.as_str(), value.clone())));
    web::url_with(&params)
}

impl Nav {
    /// Reads the address bar and follows the back and forward buttons.
    pub fn start(embedded: bool) -> Nav {
        let route = current_route();
        let home = if embedded && route.page == Page::Home { route.clone() } else { Route::default() };
        let signal = RwSignal::new(route);
        let _ = window_event_listener(ev::popstate, move |_| {
            signal.set(current_route());
            after_page_change();
        });
        Nav { route: signal, home: StoredValue::new(home) }
    }

    pub fn home(self) -> Route {
        self.home.get_value()
    }

    /// Goes to another page, as a new history entry.
    pub fn go(self, route: Route) {
        web::set_url(&href(&route), true);
        self.route.set(route);
        web::scroll_to_top();
        after_page_change();
    }

    /// Changes the current page's state (search text, filters) without a new history entry.
    pub fn update(self, change: impl FnOnce(&mut Route)) {
        self.route.update(change);
        web::set_url(&href(&self.route.get_untracked()), false);
    }
}

/// Once the new page is drawn, its heading takes focus for screen readers and keyboards.
fn after_page_change() {
    request_animation_frame(web::focus_main_heading);
}

/// An in-app link: a real `href` (open in a new tab works), followed without a reload.
#[component]
pub fn Link(route: Route, #[prop(optional, into)] class: String, children: Children) -> impl IntoView {
    let nav = use_nav();
    let url = href(&route);
    let on_click = move |e: ev::MouseEvent| {
        if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
            e.prevent_default();
            nav.go(route.clone());
        }
    };
    view! { <a href=url class=class on:click=on_click>{children()}</a> }
}

/// A link to a page of its own.
pub fn to(page: Page) -> Route {
    Route::page(page)
}
