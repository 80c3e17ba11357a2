//! Embed mode in the app: the partner's options, read from the URL once the app runs. The
//! layout itself (no site header, no bookmarks) is set before the first paint by
//! `src/site/pre-paint.js`, so the static page never shifts.

use leptos::prelude::*;

use crate::embed::Embed;

pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_default()
}

/// The partner's accent colour, and the content's height for a frame to follow.
#[cfg(feature = "hydrate")]
pub fn start(embed: &Embed) {
    use crate::web;
    if embed.on && web::embed::framed() {
        web::embed::report_height();
    }
    if let Some(accent) = &embed.accent {
        web::embed::apply_accent(accent);
    }
}
