//! Files in and out of the browser: offering a download, reading a chosen file.

use super::error::FileError;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` to the person as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), FileError> {
    let fail = |e: JsValue| FileError::Download(crate::store::browser::js_error_text(&e));
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    let _ = leptos::prelude::set_timeout_with_handle(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Reads a chosen file as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, FileError> {
    let promise = file.text();
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(FileError::Read)
}

/// Reads a chosen file as bytes (for formats that say their own encoding).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, FileError> {
    wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
        .map_err(|_| FileError::Read)
}

/// Text in a named charset, through the browser's `TextDecoder` (every
/// charset of the Encoding Standard: Shift_JIS, GB18030, Big5, EUC-KR,
/// windows-125x…), for `formats::vcard::read_with`. `None` for a name the
/// browser does not know or bytes that do not fit it.
pub fn decode_charset(label: &str, bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    web_sys::TextDecoder::new_with_label_and_options(label, &options)
        .ok()?
        .decode_with_u8_array(bytes)
        .ok()
}
