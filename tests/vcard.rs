//! Contacts import from vCard: our own fixtures for every form the reader
//! promises (tests/fixtures/vcards), the real exports in
//! ../shared/testdata/vcards when present, errors that import nothing, and
//! duplicate names.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::person;
use proptest::prelude::*;
use std::path::Path;
use tend::formats::vcard::{
    duplicates, parse_birthday, read, Contact, Import, VcardError, Warning,
};
use tend::model::people::Birthday;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new("tests/fixtures/vcards").join(name)).expect("fixture exists")
}

fn read_ok(bytes: &[u8]) -> Import {
    read(bytes).unwrap_or_else(|e| panic!("should read: {e}"))
}

fn names(import: &Import) -> Vec<&str> {
    import.contacts.iter().map(|c| c.name.as_str()).collect()
}

fn bday(text: &str) -> Option<Birthday> {
    Some(text.parse().expect("a valid birthday"))
}

// ---- our own fixtures ------------------------------------------------------

#[test]
fn an_imported_contact_keeps_its_name_birthday_phones_and_emails() {
    let contact = read_ok(&fixture("v21-qp-crlf.vcf")).contacts.remove(0);
    let stamp = tend::model::Stamp::new("c1".into(), common::at(1_700_000_000_000));
    let p = contact.into_person(stamp);
    assert_eq!(p.name, "Maïa Fjørtoft-Renée Okonkwo-Lindström");
    assert_eq!(p.birthday, bday("1987-04-12"));
    assert_eq!(p.phones, ["+44 7700 900123", "+44 20 7946 0958"]);
    assert_eq!(p.emails, ["maia@example.org"]);
    assert_eq!(p.notes, "", "nothing is parked in the notes any more");
    assert_eq!(p.stamp.id, "c1");
}

#[test]
fn a_number_or_address_the_form_would_refuse_stays_in_the_notes() {
    let contact = Contact {
        name: "Odd".into(),
        birthday: None,
        phones: vec!["ask at reception".into(), "+1 555 0100".into()],
        emails: vec!["ada at example dot com".into(), "Ada@Example.com".into()],
    };
    let stamp = tend::model::Stamp::new("c2".into(), common::at(1_700_000_000_000));
    let p = contact.into_person(stamp);
    assert_eq!(p.phones, ["+1 555 0100"]);
    assert_eq!(p.emails, ["Ada@Example.com"]);
    assert_eq!(
        p.notes, "Phone: ask at reception\nEmail: ada at example dot com",
        "kept where the person can read and fix it"
    );
}

#[test]
fn v21_quoted_printable_names_soft_breaks_photos_and_agents() {
    let import = read_ok(&fixture("v21-qp-crlf.vcf"));
    // The AGENT's embedded card is part of its owner, not a contact.
    assert_eq!(
        names(&import),
        [
            "Maïa Fjørtoft-Renée Okonkwo-Lindström",
            "花子 山田",
            "no.name@example.net"
        ]
    );
    let maia = &import.contacts[0];
    assert_eq!(maia.birthday, bday("1987-04-12"), "YYYYMMDD");
    assert_eq!(maia.phones, ["+44 7700 900123", "+44 20 7946 0958"]);
    assert_eq!(maia.emails, ["maia@example.org"]);
    // Bare QUOTED-PRINTABLE parameter, name built from N (no FN).
    assert_eq!(import.contacts[1].phones, ["03-1234-5678"]);
    // A card with no name at all is kept under its email, with a warning.
    assert_eq!(
        import.warnings,
        [Warning::NoName {
            line: 62,
            name: "no.name@example.net".into()
        }]
    );
    assert!(import.warnings[0].to_string().contains("rename it"));
}

#[test]
fn v30_folding_groups_lowercase_escapes_and_date_times() {
    let import = read_ok(&fixture("v30-folded-lf.vcf"));
    assert_eq!(
        names(&import),
        [
            "Tomasz Wiśniewski, PhD",
            "Dr. Chidi Emeka Abara",
            "Ingrid Sæther"
        ],
        "a fold inside a UTF-8 character is joined before decoding"
    );
    let tomasz = &import.contacts[0];
    assert_eq!(tomasz.phones, ["+48 600 100 200"], "tab continuation");
    assert_eq!(
        tomasz.emails,
        ["tomasz@example.pl"],
        "the same email in other case is listed once"
    );
    assert_eq!(tomasz.birthday, bday("--11-30"), "--MM-DD");
    let chidi = &import.contacts[1];
    assert_eq!(chidi.emails, ["chidi@example.com"], "mailto: is dropped");
    assert_eq!(chidi.birthday, bday("1979-02-01"), "date-time: its date");
    // 31 June does not exist: the contact stays, the birthday goes, and
    // the warning says where and what.
    let ingrid = &import.contacts[2];
    assert_eq!(ingrid.birthday, None);
    assert_eq!(
        import.warnings,
        [Warning::Birthday {
            line: 82,
            name: "Ingrid Sæther".into(),
            value: "1992-06-31".into()
        }]
    );
}

#[test]
fn v40_with_bom_and_cr_line_ends_and_year_less_birthdays() {
    let import = read_ok(&fixture("v40-cr-bom.vcf"));
    assert_eq!(
        names(&import),
        ["Zoë Adeyemi", "Rafael Quispe", "Hannah Okafor", "Lena Park"]
    );
    assert_eq!(
        import.contacts[0].birthday,
        bday("--02-29"),
        "--MMDD, 29 February"
    );
    assert_eq!(import.contacts[0].phones, ["+1-555-0100"], "tel: URI");
    assert_eq!(
        import.contacts[1].birthday,
        bday("--07-09"),
        "Apple's 1604 means no year"
    );
    assert_eq!(import.contacts[2].birthday, None);
    assert_eq!(import.contacts[3].birthday, bday("2000-02-29"));
    assert!(matches!(
        &import.warnings[..],
        [Warning::Birthday { line: 16, value, .. }] if value == "sometime in spring"
    ));
}

#[test]
fn declared_latin1_is_decoded_and_unknown_charsets_never_panic() {
    let import = read_ok(&fixture("v21-latin1.vcf"));
    assert_eq!(import.contacts[0].name, "José González");
    // KOI8-R is not decoded: the readable part survives, with a warning.
    assert!(import.contacts[1].name.ends_with(" Ivanov"));
    assert!(matches!(
        &import.warnings[..],
        [Warning::Charset { line: 8, charset }] if charset == "KOI8-R"
    ));
}

#[test]
fn a_file_that_is_not_a_vcard_is_refused() {
    assert_eq!(
        read(&fixture("not-a-vcard.vcf")),
        Err(VcardError::NotAVcard)
    );
    assert_eq!(read(b""), Err(VcardError::NotAVcard));
    assert_eq!(read(&[0xFF, 0x00, 0x80, 0xC3]), Err(VcardError::NotAVcard));
    let message = VcardError::NotAVcard.to_string();
    assert!(message.contains("BEGIN:VCARD") && message.contains(".vcf"));
}

#[test]
fn an_unterminated_card_is_refused_with_its_line() {
    let err = read(&fixture("unterminated.vcf")).unwrap_err();
    assert_eq!(err, VcardError::Unterminated { line: 5 });
    assert!(err.to_string().contains("line 5"));
    assert!(err.to_string().contains("nothing was imported"));
    assert_eq!(
        read(&fixture("unterminated-before.vcf")),
        Err(VcardError::UnterminatedBefore { line: 1, next: 4 })
    );
}

#[test]
fn utf16_files_with_a_bom_are_read() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lúcia\r\nEND:VCARD\r\n";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    assert_eq!(names(&read_ok(&le)), ["Ana Lúcia"]);
    assert_eq!(names(&read_ok(&be)), ["Ana Lúcia"]);
}

#[test]
fn an_empty_card_is_left_out_with_a_warning() {
    let import = read_ok(
        b"BEGIN:VCARD\nVERSION:3.0\nNOTE:hello\nEND:VCARD\nBEGIN:VCARD\nFN:Ada\nEND:VCARD\n",
    );
    assert_eq!(names(&import), ["Ada"]);
    assert_eq!(import.warnings, [Warning::Empty { line: 1 }]);
}

#[test]
fn birthday_forms() {
    let b = |s: &str| parse_birthday(s, None);
    assert_eq!(b("1990-03-14"), bday("1990-03-14"));
    assert_eq!(b("19900314"), bday("1990-03-14"));
    assert_eq!(b("--0314"), bday("--03-14"));
    assert_eq!(b("--03-14"), bday("--03-14"));
    assert_eq!(b("1990-03-14T00:00:00Z"), bday("1990-03-14"));
    assert_eq!(
        b("1953-10-15T23:10:00+14:00"),
        bday("1953-10-15"),
        "no time-zone shift"
    );
    assert_eq!(b("19531015T231000Z"), bday("1953-10-15"));
    assert_eq!(b("0000-05-06"), bday("--05-06"));
    assert_eq!(parse_birthday("1900-05-06", Some("1900")), bday("--05-06"));
    // Eight bytes that are not eight digits (here with a two-byte letter
    // where the year ends) are not a date, and never a crash.
    assert_eq!(b("199é314"), None);
    assert_eq!(b("1é903140"), None);
    for bad in [
        "19723101",
        "1990-02-29",
        "1990-03",
        "---14",
        "--1314",
        "spring",
        "",
        "1990/03/14",
    ] {
        assert_eq!(b(bad), None, "{bad}");
    }
}

// ---- duplicates ------------------------------------------------------------

#[test]
fn duplicates_by_name_ignore_case_accents_and_spacing() {
    let contact = |name: &str| Contact {
        name: name.into(),
        birthday: None,
        phones: vec![],
        emails: vec![],
    };
    let mut gone = person("p3", "Deleted Person", 1);
    gone.stamp.deleted = true;
    let existing = [person("p1", "Zoë  Adeyemi", 1), person("p2", "Bo", 1), gone];
    let contacts = [
        contact("zoe adeyemi"),
        contact(" ZOË   ADEYEMI "),
        contact("Bob"),
        contact("Deleted Person"),
        contact("New Friend"),
        contact("new  friend"),
    ];
    assert_eq!(
        duplicates(&contacts, &existing),
        [true, true, false, false, false, true]
    );
}

// ---- the real exports ------------------------------------------------------

const REAL: &str = "../shared/testdata/vcards";

/// The real corpus, or `None` (with a notice) in a clone without it.
fn real(name: &str) -> Option<Import> {
    let dir = Path::new(REAL);
    if !dir.is_dir() {
        eprintln!("notice: {REAL} is absent, so the checks on real vCard exports are skipped");
        return None;
    }
    let bytes = std::fs::read(dir.join(name)).expect("the corpus file exists");
    Some(read_ok(&bytes))
}

#[test]
fn real_android_21_six_contacts_despite_bad_photo_and_bytes() {
    let Some(i) = real("android-21-multi.vcf") else {
        return;
    };
    assert_eq!(i.contacts.len(), 6);
    assert_eq!(i.contacts[0].name, "john.doe@company.com", "no FN or N");
    assert_eq!(i.contacts[2].name, "Ñ Ñ Ñ Ñ Ñ");
    assert_eq!(
        i.contacts[3].name, "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ",
        "QP soft line break"
    );
    assert_eq!(i.contacts[3].phones.len(), 4);
    assert_eq!(i.contacts[5].name, "ÑÑÑÑ");
    assert_eq!(i.contacts[5].emails, ["henry@company.com"]);
}

#[test]
fn real_ios5_crcrlf_with_photo() {
    let Some(i) = real("ios5-30-photo-crcrlf.vcf") else {
        return;
    };
    assert_eq!(names(&i), ["Mr. John Richter James Doe Sr."]);
    let c = &i.contacts[0];
    assert_eq!(c.birthday, bday("2012-06-06"));
    assert_eq!(c.phones.len(), 7, "including the grouped item2.TEL");
    assert_eq!(c.emails, ["john.doe@ibm.com"]);
    assert!(i.warnings.is_empty());
}

#[test]
fn real_google_and_thunderbird_and_outlook() {
    if let Some(i) = real("google-30-many-fields.vcf") {
        assert_eq!(names(&i), ["VCard Test"]);
        assert_eq!(i.contacts[0].birthday, bday("1912-06-23"));
    }
    if let Some(i) = real("google-de-30-multi-groups.vcf") {
        assert_eq!(names(&i), ["Folker Kinzel", "KMS Außenstelle"]);
        assert_eq!(i.contacts[0].birthday, bday("1978-03-11"), "YYYYMMDD");
        assert_eq!(
            i.contacts[0].emails,
            ["email1@wumms.de", "email2@folker-kinzel.de"]
        );
        assert_eq!(i.contacts[1].phones, ["01234-303776", "03443-333440"]);
    }
    if let Some(i) = real("thunderbird-30-mixed-eol.vcf") {
        assert_eq!(names(&i), ["John Doe"]);
        assert_eq!(i.contacts[0].birthday, bday("1970-09-21"));
    }
    if let Some(i) = real("outlook2003-21-qp.vcf") {
        assert_eq!(names(&i), ["John Doe III"]);
        assert_eq!(i.contacts[0].birthday, bday("1980-03-21"));
        assert_eq!(i.contacts[0].emails, ["jdoe@hotmail.com"]);
    }
}

#[test]
fn real_kontact_rfc_and_vobject_birthdays() {
    if let Some(i) = real("kontact-30-bday-datetime.vcf") {
        assert_eq!(names(&i), ["Antoni Mylka"]);
        assert_eq!(i.contacts[0].birthday, bday("1985-01-28"), "date-time");
        assert_eq!(i.contacts[0].phones.len(), 3);
    }
    if let Some(i) = real("rfc6350-40-noyear.vcf") {
        assert_eq!(names(&i), ["Simon Perreault"]);
        assert_eq!(i.contacts[0].birthday, bday("--02-03"), "--MMDD");
        assert_eq!(i.contacts[0].emails, ["simon.perreault@viagenie.ca"]);
    }
    if let Some(i) = real("vobject-30-lowercase-groups.vcf") {
        assert_eq!(names(&i), ["Meister Berger"], "home.begin:vcard");
        assert_eq!(i.contacts[0].birthday, bday("1963-09-21"));
        assert_eq!(i.contacts[0].phones, ["+49 3581 123456"]);
    }
}

#[test]
fn real_cardbook_keeps_the_contact_with_an_impossible_birthday() {
    let Some(i) = real("cardbook-40-multi-badbday.vcf") else {
        return;
    };
    assert_eq!(
        names(&i),
        ["Möhrke Gerda", "Dr. Max Horst Mustermann jr. Maxl SED"]
    );
    assert_eq!(i.contacts[1].birthday, None);
    assert_eq!(i.contacts[1].emails.len(), 4);
    assert_eq!(
        i.warnings,
        [Warning::Birthday {
            line: 22,
            name: "Dr. Max Horst Mustermann jr. Maxl SED".into(),
            value: "19723101".into()
        }]
    );
}

#[test]
fn real_utf8_names_in_other_scripts() {
    if let Some(i) = real("bom-cyrillic-21.vcf") {
        assert_eq!(
            names(&i),
            ["Віталій Володи\u{301}мирович Кличко\u{301}"],
            "BOM, LF"
        );
    }
    if let Some(i) = real("android-cjk-40-sortas.vcf") {
        assert_eq!(names(&i), ["安藤 ロイド"]);
    }
    if let Some(i) = real("macos-cjk-30-company.vcf") {
        assert_eq!(names(&i), ["华为云"]);
        assert_eq!(i.contacts[0].phones, ["400 095 5988", "950808"]);
    }
}

#[test]
fn real_shift_jis_is_kept_as_best_effort_with_a_warning() {
    let Some(i) = real("android-sjis-21-qp.vcf") else {
        return;
    };
    assert_eq!(i.contacts.len(), 1);
    assert!(i.contacts[0].name.ends_with(" 1"));
    assert!(matches!(
        &i.warnings[..],
        [Warning::Charset { line: 3, charset }] if charset == "SHIFT_JIS"
    ));
}

// ---- robustness ------------------------------------------------------------

proptest! {
    #[test]
    fn any_bytes_give_a_result_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes);
    }

    #[test]
    fn any_bytes_inside_a_card_never_panic(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut file = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:".to_vec();
        file.extend(&body);
        file.extend(b"\r\nEND:VCARD\r\n");
        let _ = read(&file);
    }

    #[test]
    fn line_ends_do_not_change_what_is_read(
        eol in prop_oneof![Just("\r\n"), Just("\n"), Just("\r"), Just("\r\r\n")],
        name in "[A-Za-zÀ-ÿ ]{1,30}",
    ) {
        let text = ["BEGIN:VCARD", "VERSION:3.0", &format!("FN:{name}"), "BDAY:--0704", "END:VCARD", ""].join(eol);
        let import = read(text.as_bytes()).unwrap();
        let expected = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if expected.is_empty() {
            prop_assert!(import.contacts.is_empty());
        } else {
            prop_assert_eq!(&import.contacts[0].name, &expected);
            prop_assert_eq!(import.contacts[0].birthday, bday("--07-04"));
        }
    }
}

// ---- other charsets ----------------------------------------------------------

#[test]
fn values_in_other_charsets_go_to_the_decoder_given_with_their_label() {
    use std::cell::RefCell;
    let bytes = fixture("charset-shift-jis.vcf");
    let asked = RefCell::new(Vec::new());
    let decode = |label: &str, raw: &[u8]| {
        asked.borrow_mut().push((label.to_string(), raw.to_vec()));
        Some(format!("decoded {}", raw.len()))
    };
    let import = tend::formats::vcard::read_with(&bytes, &decode).unwrap();
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    assert_eq!(import.contacts.len(), 1);
    // The formatted name, as the decoder gave it: "山田 太郎" is 9 bytes in Shift_JIS.
    assert_eq!(import.contacts[0].name, "decoded 9");
    let asked = asked.into_inner();
    assert!(asked.iter().all(|(label, _)| label == "SHIFT_JIS"));
    // Quoted-printable values reach it decoded to their bytes.
    assert!(asked.iter().any(|(_, raw)| raw.starts_with(b"Tel ")));
}

#[test]
fn without_a_decoder_for_the_charset_the_contact_is_kept_with_a_warning() {
    let import = read_ok(&fixture("charset-big5.vcf"));
    assert_eq!(import.contacts.len(), 1);
    assert!(matches!(
        &import.warnings[..],
        [Warning::Charset { charset, .. }] if charset == "BIG5"
    ));
    // A decoder that does not know the charset changes nothing.
    let none = tend::formats::vcard::read_with(&fixture("charset-big5.vcf"), &|_, _| None).unwrap();
    assert_eq!(none, import);
}
