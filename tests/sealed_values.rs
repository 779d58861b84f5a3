//! The encrypted form of stored values (the cryptography is the browser's:
//! tests/web.rs and tests/e2e/lock.spec.mjs): its layout round-trips, stays
//! valid UTF-16, refuses damage with a message and never panics; a packed
//! month is encrypted as its compressed bytes, not as longer text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tend::store::packed::pack;
use tend::store::sealed::{frame, is_sealed, read, unframe, write, Lock, TAG};

#[test]
fn a_sealed_value_reads_back() {
    let iv = [3u8; 12];
    let data: Vec<u8> = (0..=255).collect();
    let stored = write(&iv, &data);
    assert!(is_sealed(&stored) && stored.starts_with(TAG));
    assert_eq!(read(&stored), Ok((iv, data)));
    assert!(read(&format!("{TAG} ")).unwrap_err().contains("too short"));
    assert!(read("[]").unwrap_err().contains("no tag"));
}

#[test]
fn a_packed_month_is_framed_as_its_bytes_and_comes_back_exactly() {
    let month = pack(&r#"{"id":"a","t":"Walked with Zoë by the river, then tea."}"#.repeat(40));
    let framed = frame(&month);
    assert_eq!(framed[0], 1);
    // 15 bits a unit as bytes, against up to 3 bytes a unit as UTF-8.
    assert!(framed.len() < month.encode_utf16().count() * 2);
    assert_eq!(unframe(&framed).unwrap(), month);
    let plain = "[{\"id\":\"b\"}]";
    assert_eq!(frame(plain)[0], 0);
    assert_eq!(unframe(&frame(plain)).unwrap(), plain);
    assert!(unframe(&[2, 1, 2]).is_err() && unframe(&[]).is_err());
}

#[test]
fn a_forged_lock_is_not_sane() {
    let good = Lock {
        iterations: 600_000,
        salt: Lock::salt_text(&[1; 16]),
        check: String::new(),
        idle_minutes: 15,
    };
    assert!(good.is_sane());
    assert!(!Lock {
        iterations: 1_000_000_000,
        ..good.clone()
    }
    .is_sane());
    assert!(!Lock {
        iterations: 10,
        ..good.clone()
    }
    .is_sane());
    assert!(!Lock {
        salt: "AAAA".into(),
        ..good
    }
    .is_sane());
}

proptest! {
    #[test]
    fn any_bytes_round_trip_in_units_storage_keeps(iv in any::<[u8; 12]>(), data in proptest::collection::vec(any::<u8>(), 16..600)) {
        let stored = write(&iv, &data);
        for c in stored[TAG.len()..].chars() {
            prop_assert!((0x20..=0x801F).contains(&(c as u32)));
        }
        prop_assert_eq!(read(&stored), Ok((iv, data)));
    }

    #[test]
    fn any_text_after_the_tag_never_panics(rest in any::<String>(), bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = read(&format!("{TAG}{rest}"));
        let _ = unframe(&bytes);
    }

    #[test]
    fn any_text_frames_and_unframes_exactly(text in any::<String>()) {
        prop_assert_eq!(unframe(&frame(&text)).unwrap(), text);
    }
}
