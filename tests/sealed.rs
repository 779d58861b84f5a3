//! The encrypted backup file's layout (the cryptography itself is the
//! browser's, tested in tests/web.rs and the e2e suite): it round-trips,
//! refuses what it cannot open with a message, and never panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tend::formats::sealed::{
    check_new_passphrase, compress, decompress, file_name, is_sealed, read, write, Sealed,
    SealedError, ITERATIONS, MAX_ITERATIONS,
};

fn sample() -> Sealed {
    Sealed {
        iterations: ITERATIONS,
        salt: [7; 16],
        iv: [9; 12],
        data: (0..64).collect(),
    }
}

#[test]
fn a_written_file_reads_back_and_is_recognised() {
    let text = write(&sample());
    assert!(is_sealed(&text));
    assert_eq!(read(&text), Ok(sample()));
    assert!(!is_sealed(
        r#"{"format":"tend-backup","version":2,"data":{}}"#
    ));
    assert_eq!(
        file_name(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
        "tend-backup-2026-12-01-encrypted.json"
    );
}

#[test]
fn what_cannot_be_opened_is_refused_with_a_message() {
    let good = write(&sample());
    let cases = [
        (
            good.replace("\"version\":1", "\"version\":2"),
            "newer version",
        ),
        (good.replace("600000", "1000"), "derivation count"),
        (
            good.replace("600000", &(MAX_ITERATIONS + 1).to_string()),
            "derivation count",
        ),
        (good.replace("AES-GCM", "AES-CBC"), "method"),
        (good.replace("\"lz4\"", "\"zip\""), "compression"),
        (
            good.replace("BwcHBwcHBwcHBwcHBwcHBw==", "BwcH"),
            "salt has the wrong length",
        ),
        (
            good.replace("BwcHBwcHBwcHBwcHBwcHBw==", "!!"),
            "salt is not base64",
        ),
        (
            good.replace("CQkJCQkJCQkJCQkJ", "CQkJ"),
            "IV has the wrong length",
        ),
        (
            r#"{"format":"tend-backup-encrypted","version":1}"#.to_string(),
            "missing field",
        ),
        (good[..good.len() / 2].to_string(), "EOF"),
    ];
    for (text, says) in cases {
        let err = read(&text).expect_err(&text);
        let message = err.to_string();
        assert!(
            message.contains(says) || message.contains("newer"),
            "{says}: {message}"
        );
        assert!(message.ends_with('.'), "{message}");
    }
    let short = Sealed {
        data: vec![1; 15],
        ..sample()
    };
    assert!(read(&write(&short))
        .unwrap_err()
        .to_string()
        .contains("too short"));
    assert!(SealedError::WrongPassphrase
        .to_string()
        .contains("does not open"));
}

#[test]
fn the_backup_inside_is_compressed_and_comes_back_exactly() {
    let backup =
        r#"{"format":"tend-backup","version":2,"data":{"people":[{"id":"p1","n":"Zoë 🌿"}]}}"#
            .repeat(50);
    let packed = compress(&backup);
    assert!(packed.len() < backup.len() / 4);
    assert_eq!(decompress(&packed).unwrap(), backup);
    assert!(
        decompress(&[0xff, 0xff, 0xff, 0x7f, 1, 2, 3]).is_err(),
        "a forged length"
    );
    assert!(decompress(&[1, 2]).is_err());
}

#[test]
fn a_new_passphrase_must_be_long_enough_and_typed_twice() {
    assert!(check_new_passphrase("short", "short")
        .unwrap_err()
        .to_string()
        .contains("at least 8"));
    assert!(
        check_new_passphrase("long enough words", "long enough word")
            .unwrap_err()
            .to_string()
            .contains("differ")
    );
    assert_eq!(
        check_new_passphrase("long enough words", "long enough words"),
        Ok(())
    );
    // Characters, not bytes: eight emoji are eight characters.
    assert_eq!(
        check_new_passphrase("🌿🌿🌿🌿🌿🌿🌿🌿", "🌿🌿🌿🌿🌿🌿🌿🌿"),
        Ok(())
    );
}

proptest! {
    #[test]
    fn reading_any_text_never_panics(text in any::<String>()) {
        let _ = read(&text);
        let _ = is_sealed(&text);
    }

    #[test]
    fn reading_a_damaged_file_never_panics(at in any::<prop::sample::Index>(), c in any::<char>(), cut in any::<prop::sample::Index>()) {
        let good: Vec<char> = write(&sample()).chars().collect();
        let mut bad = good.clone();
        bad[at.index(good.len())] = c;
        let _ = read(&bad.iter().collect::<String>());
        let _ = read(&good[..cut.index(good.len())].iter().collect::<String>());
    }

    #[test]
    fn decompressing_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = decompress(&bytes);
    }
}
