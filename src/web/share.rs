//! The clipboard and the system share sheet.

use wasm_bindgen_futures::JsFuture;

use super::{has, window};

/// Copies text to the clipboard. Returns whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    if !has(&navigator, "clipboard") {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (or the person closed it).
    Shared,
    /// No share sheet here: the link was copied instead.
    Copied,
    Failed,
}

/// Shares a link through the system share sheet, or copies it where there is none.
pub async fn share(title: &str, url: &str) -> Shared {
    share_or_copy(title, url, |data| data.set_url(url)).await
}

/// Shares a text (a report, say) through the share sheet, or copies it where there is none.
pub async fn share_text(title: &str, text: &str) -> Shared {
    share_or_copy(title, text, |data| data.set_text(text)).await
}

async fn share_or_copy(title: &str, copy: &str, fill: impl FnOnce(&web_sys::ShareData)) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Shared::Failed };
    if has(&navigator, "share") {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        fill(&data);
        // A cancelled share sheet rejects too; that is not a failure to report.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return Shared::Shared;
    }
    if copy_text(copy).await { Shared::Copied } else { Shared::Failed }
}
