//! The backup file: round trip, and every way a bad file is refused.

mod common;

use common::{at, sample, sample_full};
use tend::formats::backup::VERSION;
use tend::formats::backup::{self, BackupError, MAX_BYTES};

#[test]
fn export_then_parse_gives_identical_data() {
    let data = sample();
    let text = backup::export(&data, at(1_763_700_000_000));
    assert_eq!(backup::parse(&text).unwrap(), data);
}

#[test]
fn export_carries_format_version_and_time() {
    let text = backup::export(&sample(), at(1_763_700_000_000));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "tend-backup");
    assert_eq!(v["version"], VERSION);
    assert!(v["exported_at"]
        .as_str()
        .unwrap()
        .starts_with("2025-11-21T"));
}

#[test]
fn file_name_has_the_local_day() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
    assert_eq!(backup::file_name(day), "tend-backup-2026-03-07.json");
}

#[test]
fn malformed_json_is_refused_with_its_position() {
    let err =
        backup::parse("{\"format\": \"tend-backup\",\n  \"version\": 2,\n  oops }").unwrap_err();
    match &err {
        BackupError::NotJson { line, .. } => assert_eq!(*line, 3),
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("line 3"));
}

#[test]
fn a_different_format_is_refused() {
    let err = backup::parse(r#"{"format":"other-app","version":1,"data":{}}"#).unwrap_err();
    assert_eq!(err, BackupError::WrongFormat("other-app".into()));
    let err = backup::parse(r#"{"people":[]}"#).unwrap_err();
    assert_eq!(err, BackupError::NotABackup);
    let err = backup::parse("[1,2,3]").unwrap_err();
    assert_eq!(err, BackupError::NotABackup);
}

#[test]
fn a_newer_version_is_refused() {
    let text = format!(
        r#"{{"format":"tend-backup","version":{},"exported_at":"2026-01-01T00:00:00Z","data":{{}}}}"#,
        VERSION + 1
    );
    let err = backup::parse(&text).unwrap_err();
    assert_eq!(
        err,
        BackupError::TooNew {
            found: VERSION + 1,
            supported: VERSION
        }
    );
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn wrong_field_types_are_refused_with_the_value_and_position() {
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z",
        "data":{"people":[{"id":"a","c":1,"u":1,"n":"Ada"},{"id":"b","c":1,"u":1,"n":7}]}}"#;
    let err = backup::parse(text).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, BackupError::Invalid(_)));
    assert!(
        msg.contains("invalid type: integer `7`, expected a string, at line 2, column"),
        "{msg}"
    );
}

#[test]
fn a_wrong_field_type_is_reported_with_value_and_position() {
    // The very file the e2e import test offers (JSON.stringify's compact form).
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z","data":{"people":[{"id":"a","c":1,"u":1,"n":42}]}}"#;
    assert_eq!(
        backup::parse(text).unwrap_err().to_string(),
        "This backup is damaged: invalid type: integer `42`, expected a string, \
         at line 1, column 119. Nothing was imported."
    );
}

#[test]
fn what_did_not_fit_is_named_in_any_collection() {
    let head =
        r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z","data":"#;
    let cases = [
        (
            r#"{"people":[{"id":"a","c":1,"u":1,"n":"Ada","s":["hugs"]}]}"#,
            r#"unknown value "hugs""#,
        ),
        (
            r#"{"journal":[{"id":"j","c":1,"u":1,"d":"2026-13-01","t":"x"}]}"#,
            r#""2026-13-01" is not a day (YYYY-MM-DD)"#,
        ),
        (
            r#"{"people":[{"id":"a","c":1,"u":1,"n":"Ada"},{"id":"b","c":1,"u":1}]}"#,
            "missing field `n`",
        ),
    ];
    for (data, what) in cases {
        let msg = backup::parse(&(String::from(head) + data + "}"))
            .unwrap_err()
            .to_string();
        assert!(
            msg.starts_with(&format!(
                "This backup is damaged: {what}, at line 1, column "
            )),
            "{msg}"
        );
        assert!(msg.ends_with(". Nothing was imported."), "{msg}");
    }
}

#[test]
fn an_unknown_collection_is_refused_rather_than_dropped() {
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z",
        "data":{"peeple":[]}}"#;
    let err = backup::parse(text).unwrap_err();
    assert!(matches!(err, BackupError::Invalid(_)));
    let msg = err.to_string();
    assert!(
        msg.contains("unknown field `peeple`, expected one of `people`"),
        "{msg}"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z",
        "data":{"people":[{"id":"a","c":1,"u":1,"n":"Ada"},{"id":"a","c":1,"u":1,"n":"Eve"}]}}"#;
    assert_eq!(
        backup::parse(text).unwrap_err(),
        BackupError::DuplicateId("a".into())
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let big = format!(
        "{{\"format\":\"tend-backup\",\"pad\":\"{}\"}}",
        "x".repeat(10 * 1024 * 1024)
    );
    let err = backup::parse(&big).unwrap_err();
    assert!(matches!(err, BackupError::TooLarge { .. }));
    assert!(err.to_string().contains("10.5 MB"), "{err}");
    assert!(backup::check_size(MAX_BYTES).is_ok());
    assert!(backup::check_size(MAX_BYTES + 1).is_err());
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", backup::export(&sample(), at(0)));
    assert_eq!(backup::parse(&text).unwrap(), sample());
}

#[test]
fn an_older_schema_version_is_accepted() {
    let text = backup::export(&sample(), at(0)).replacen(
        &format!("\"version\":{VERSION}"),
        "\"version\":1",
        1,
    );
    assert!(text.contains("\"version\":1"));
    assert_eq!(backup::parse(&text).unwrap(), sample());
}

#[test]
fn a_record_without_an_id_is_refused() {
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z",
        "data":{"journal":[{"id":"","c":1,"u":1,"d":"2026-01-01","t":"hi"}]}}"#;
    let err = backup::parse(text).unwrap_err();
    assert_eq!(
        err,
        BackupError::Invalid("a journal entry has no id".into())
    );
}

#[test]
fn sizes_read_as_megabytes_with_one_decimal() {
    assert_eq!(backup::megabytes(10 * 1024 * 1024), "10.5 MB");
    assert_eq!(backup::megabytes(MAX_BYTES), "8.4 MB");
    assert_eq!(backup::megabytes(0), "0.0 MB");
    assert_eq!(backup::megabytes(949_999), "0.9 MB");
    assert_eq!(backup::megabytes(950_000), "1.0 MB");
}

/// Property tests: no text, and no damage to a real backup, makes reading
/// panic; what is read is what a re-export writes. (proptest is native only.)
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// `sample()` with contact details, so damage can land in them too.
    fn with_contacts() -> tend::model::Data {
        let mut data = sample();
        data.people[0].phones = vec!["+44 20 7946 0958".into(), "07700 900123".into()];
        data.people[0].emails = vec!["ada@example.com".into()];
        data.people[1].prefers = Some(tend::model::people::Channel::Call);
        data
    }

    proptest! {
        #[test]
        fn any_text_is_read_or_refused(text in any::<String>()) {
            let _ = backup::parse(&text);
        }

        #[test]
        fn a_damaged_backup_is_read_correctly_or_refused(place in any::<prop::sample::Index>(), c in any::<char>()) {
            let good: Vec<char> = backup::export(&with_contacts(), at(1_764_000_000_000)).chars().collect();
            let mut bad = good.clone();
            bad[place.index(good.len())] = c;
            let text: String = bad.into_iter().collect();
            if let Ok(data) = backup::parse(&text) {
                let again = backup::parse(&backup::export(&data, at(1_764_000_000_000)));
                prop_assert_eq!(again, Ok(data));
            }
        }
    }
}

#[test]
fn a_version_2_backup_moves_the_importers_note_lines_into_contact_fields() {
    let text = r#"{"format":"tend-backup","version":2,"exported_at":"2026-01-01T00:00:00Z","data":{"people":[
        {"id":"a","c":1,"u":7,"n":"Ada","no":"Phone: +44 20 7946 0958\nEmail: ada@example.com\nMet at choir"},
        {"id":"b","c":1,"u":7,"n":"Bea","no":"Phone: ask Ada"}],"journal":[]}}"#;
    let data = backup::parse(text).unwrap();
    let ada = &data.people[0];
    assert_eq!(ada.phones, ["+44 20 7946 0958"]);
    assert_eq!(ada.emails, ["ada@example.com"]);
    assert_eq!(ada.notes, "Met at choir");
    assert_eq!(
        ada.stamp.updated_at.timestamp_millis(),
        7,
        "the same record as migrated storage"
    );
    assert_eq!(data.people[1].notes, "Phone: ask Ada");
    // From version 3 on, the notes are the person's own and stay as written.
    let v3 = text.replace("\"version\":2", "\"version\":3");
    assert_eq!(
        backup::parse(&v3).unwrap().people[0].notes.lines().count(),
        3
    );
}

#[test]
fn contact_details_survive_a_backup() {
    let mut data = sample_full();
    data.people[0].phones = vec!["+44 20 7946 0958".into()];
    data.people[0].emails = vec!["ada@example.com".into()];
    data.people[0].prefers = Some(tend::model::people::Channel::Video);
    let back = backup::parse(&backup::export(&data, at(1_800_000_000_000))).unwrap();
    assert_eq!(back, data);
}
