//! The store against the browser's real localStorage, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use tend::model::collections::VecMap;
use tend::store::browser::{self, WriteError};
use tend::store::layout;
use tend::store::load::load;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    s.clear().unwrap();
}

#[wasm_bindgen_test]
fn writes_are_read_back_and_only_tend_keys_are_ours() {
    clear();
    browser::set("tend:people", "[]").unwrap();
    browser::set("someone-else", "x").unwrap();
    let all = browser::read_all();
    assert_eq!(all.keys().collect::<Vec<_>>(), ["tend:people"]);
    assert_eq!(browser::get("tend:people").as_deref(), Some("[]"));
    browser::remove("tend:people");
    assert_eq!(browser::get("tend:people"), None);
    clear();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such() {
    clear();
    // Fill storage in 512 KiB chunks until the browser refuses.
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    let err = loop {
        match browser::set(&format!("filler:{i}"), &chunk) {
            Ok(()) => i += 1,
            Err(e) => break e,
        }
        assert!(i < 100, "storage never filled up");
    };
    assert_eq!(err, WriteError::Quota);
    // The whole quota is in code units; we were near it when refused.
    let used = browser::used_code_units();
    assert!(
        used > tend::store::QUOTA_CODE_UNITS - 600 * 1024,
        "used {used}"
    );
    assert!(used <= tend::store::QUOTA_CODE_UNITS);
    clear();
}

#[wasm_bindgen_test]
fn what_is_written_loads_back_and_a_corrupt_key_is_set_aside() {
    clear();
    let mut data = tend::model::Data::default();
    data.people.push(tend::model::Person::new(
        tend::model::Stamp::new("p1".into(), chrono::Utc::now()),
        "Ada".into(),
    ));
    for (k, v) in layout::encode(&data) {
        browser::set(&k, &v).unwrap();
    }
    browser::set("tend:journal:2026-01", "{broken").unwrap();
    let stored: VecMap<String, String> = browser::read_all();
    let loaded = load(&stored).unwrap();
    assert_eq!(loaded.data.people, data.people);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].raw, "{broken");
    clear();
}
