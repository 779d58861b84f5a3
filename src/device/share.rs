//! Sending a message the person wrote: the system share sheet where there
//! is one, and Copy everywhere (the `sms:`, `mailto:` and `tel:` links are
//! plain links, built by `model`).

use thiserror::Error;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How a share or a copy ended, when it did not go through.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("This browser has no share sheet here. Use one of the links below, or Copy.")]
    Unsupported,
    /// The person closed the sheet: not a failure, nothing was sent.
    #[error("Nothing was sent.")]
    Cancelled,
    #[error("The share sheet did not open ({0}). Use one of the links below, or Copy.")]
    Refused(String),
    #[error("Copying was not allowed here ({0}). Select the text and copy it by hand.")]
    CopyRefused(String),
}

/// Opens the system share sheet with `text`; resolves when the person has
/// chosen where to send it.
pub async fn share(text: &str) -> Result<(), ShareError> {
    if !super::support().share {
        return Err(ShareError::Unsupported);
    }
    let window = web_sys::window().ok_or(ShareError::Unsupported)?;
    let data = web_sys::ShareData::new();
    data.set_text(text);
    JsFuture::from(window.navigator().share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(|e| {
            if super::is_abort(&e) {
                ShareError::Cancelled
            } else {
                ShareError::Refused(super::js_text(&e))
            }
        })
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), ShareError> {
    let window = web_sys::window().ok_or(ShareError::CopyRefused("no window".into()))?;
    if !super::support().copy {
        return Err(ShareError::CopyRefused(
            "this browser offers no clipboard to pages".into(),
        ));
    }
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .map(|_: JsValue| ())
        .map_err(|e| ShareError::CopyRefused(super::js_text(&e)))
}
