//! Contact details: phone numbers and email addresses as the form and the
//! import keep them, the lines old imports left in the notes, and the
//! `sms:`, `tel:` and `mailto:` links the reach-out kit opens.
//!
//! Native only: `proptest` is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tend::model::contact::{
    clean_email, clean_phone, dialable, emails_from_form, from_notes, links, mailto_link,
    phones_from_form, sms_link, tel_link, ContactError, FromNotes, LinkKind, MAX_PHONE,
};

#[test]
fn phone_numbers_are_tidied_and_need_three_digits() {
    assert_eq!(
        clean_phone("  +44  20 7946\t0958 ").unwrap(),
        "+44 20 7946 0958"
    );
    assert_eq!(clean_phone("112").unwrap(), "112");
    assert_eq!(
        clean_phone("(555) 010-0100 ext. 12").unwrap(),
        "(555) 010-0100 ext. 12"
    );
    assert_eq!(
        clean_phone("call me"),
        Err(ContactError::NotAPhone("call me".into()))
    );
    assert_eq!(
        clean_phone("ada@example.com"),
        Err(ContactError::EmailInPhones("ada@example.com".into()))
    );
    assert_eq!(
        clean_phone(&"1".repeat(MAX_PHONE + 1)),
        Err(ContactError::PhoneTooLong)
    );
    for e in [
        clean_phone("x").unwrap_err(),
        clean_phone("a@b.c").unwrap_err(),
    ] {
        assert!(e.to_string().ends_with('.'), "{e}");
    }
}

#[test]
fn email_addresses_need_a_name_an_at_and_a_domain_with_a_dot() {
    assert_eq!(clean_email(" ada@example.com ").unwrap(), "ada@example.com");
    assert_eq!(
        clean_email("ada+tend@mail.example.co.uk").unwrap(),
        "ada+tend@mail.example.co.uk"
    );
    for bad in [
        "ada",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@.com",
        "ada@example.",
        "ada lovelace@example.com",
        "ada@example.com, bob@example.com",
        "Ada <ada@example.com>",
        "+44 20 7946 0958",
    ] {
        assert!(
            matches!(clean_email(bad), Err(ContactError::NotAnEmail(_))),
            "{bad}"
        );
    }
}

#[test]
fn the_form_reads_one_per_line_skipping_blanks_and_repeats() {
    assert_eq!(
        phones_from_form("+44 20 7946 0958\n\n+442079460958\n 07700 900123 \n").unwrap(),
        ["+44 20 7946 0958", "07700 900123"],
        "the same digits written twice are one number"
    );
    assert_eq!(
        emails_from_form("ada@example.com\nADA@example.com\ngrace@example.org").unwrap(),
        ["ada@example.com", "grace@example.org"]
    );
    assert_eq!(phones_from_form("  \n").unwrap(), Vec::<String>::new());
    assert_eq!(
        emails_from_form("ada@example.com\nnot an address"),
        Err(ContactError::NotAnEmail("not an address".into()))
    );
}

#[test]
fn the_importers_lines_move_out_of_the_notes_and_the_rest_stays() {
    assert_eq!(
        from_notes("Phone: +44 7700 900123\nPhone: +44 20 7946 0958\nEmail: maia@example.org"),
        Some(FromNotes {
            notes: String::new(),
            phones: vec!["+44 7700 900123".into(), "+44 20 7946 0958".into()],
            emails: vec!["maia@example.org".into()],
        })
    );
    // Added by hand around the importer's lines: kept, in order.
    assert_eq!(
        from_notes("Phone: 020 7946 0000\n\nLoves jazz.\nPhone: ask Grace\nEmail: a@b.co").unwrap(),
        FromNotes {
            notes: "Loves jazz.\nPhone: ask Grace".into(),
            phones: vec!["020 7946 0000".into()],
            emails: vec!["a@b.co".into()],
        }
    );
    // Nothing of the importer's: untouched.
    assert_eq!(from_notes("Phone me after six"), None);
    assert_eq!(
        from_notes("phone: 020 7946 0000"),
        None,
        "the exact prefix only"
    );
    assert_eq!(from_notes(""), None);
}

#[test]
fn links_dial_the_digits_and_carry_the_message() {
    assert_eq!(dialable("+44 (0)20 7946-0958"), "+4402079460958");
    assert_eq!(tel_link("(555) 010-0100"), "tel:5550100100");
    assert_eq!(
        sms_link("+44 7700 900123", "Hi Ada! Coffee & cake?\nx"),
        "sms:+447700900123?body=Hi%20Ada%21%20Coffee%20%26%20cake%3F%0Ax"
    );
    assert_eq!(sms_link("112", ""), "sms:112");
    assert_eq!(
        mailto_link("ada+tend@example.com", "Hello  there", "Line one\nLine two #2 100%"),
        "mailto:ada+tend@example.com?subject=Hello%20there&body=Line%20one%0D%0ALine%20two%20%232%20100%25"
    );
    assert_eq!(
        mailto_link("zoë@example.com", "", "Grüße"),
        "mailto:zo%C3%AB@example.com?body=Gr%C3%BC%C3%9Fe"
    );
}

#[test]
fn every_number_gets_a_text_and_a_call_and_every_address_an_email() {
    let got = links(
        &["+44 7700 900123".into(), "no digits".into()],
        &["ada@example.com".into()],
        "Hello",
        "Hi",
    );
    let kinds: Vec<(LinkKind, &str)> = got.iter().map(|l| (l.kind, l.to.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (LinkKind::Text, "+44 7700 900123"),
            (LinkKind::Call, "+44 7700 900123"),
            (LinkKind::Email, "ada@example.com"),
        ]
    );
    assert_eq!(got[0].label(), "Text +44 7700 900123");
    assert_eq!(got[2].href, "mailto:ada@example.com?subject=Hello&body=Hi");
}

/// Undoes percent-encoding (for checking what a link carries).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

proptest! {
    #[test]
    fn a_message_never_breaks_out_of_its_parameter_and_reads_back(body in any::<String>()) {
        let link = sms_link("+1 555 0100", &body);
        let query = link.strip_prefix("sms:+15550100").unwrap();
        if body.is_empty() {
            prop_assert_eq!(query, "");
        } else {
            let value = query.strip_prefix("?body=").unwrap();
            prop_assert!(value.bytes().all(|c| c.is_ascii_alphanumeric() || b"-._~%".contains(&c)));
            prop_assert_eq!(decode(value), body);
        }
    }

    #[test]
    fn a_mail_body_reads_back_with_crlf_line_ends(body in "[a-zA-Z0-9 &=?#%+\n\u{e9}\u{1F600}]{1,40}") {
        let link = mailto_link("ada@example.com", "", &body);
        let value = link.split_once("?body=").unwrap().1;
        prop_assert!(!value.contains('&') && !value.contains('?'));
        prop_assert_eq!(decode(value), body.replace('\n', "\r\n"));
    }

    #[test]
    fn what_the_checks_accept_they_accept_again_unchanged(raw in any::<String>()) {
        if let Ok(p) = clean_phone(&raw) {
            prop_assert_eq!(clean_phone(&p), Ok(p.clone()));
            prop_assert!(dialable(&p).chars().filter(char::is_ascii_digit).count() >= 3);
        }
        if let Ok(e) = clean_email(&raw) {
            prop_assert_eq!(clean_email(&e), Ok(e.clone()));
            prop_assert!(!e.contains(char::is_whitespace));
        }
    }

    #[test]
    fn moving_lines_out_of_notes_loses_nothing(lines in prop::collection::vec(
        prop_oneof![
            "Phone: [0-9 +]{3,12}",
            "Email: [a-z]{1,5}@[a-z]{1,5}\\.[a-z]{2,3}",
            "[a-zA-Z :]{0,20}",
        ],
        0..8,
    )) {
        let notes = lines.join("\n");
        match from_notes(&notes) {
            None => {
                let movable = lines.iter().any(|l| {
                    l.strip_prefix("Phone: ").is_some_and(|v| clean_phone(v).is_ok())
                        || l.strip_prefix("Email: ").is_some_and(|v| clean_email(v).is_ok())
                });
                prop_assert!(!movable);
            }
            Some(found) => {
                // Every line is either kept or moved, and none moved twice
                // except repeats of the same number or address.
                for l in &lines {
                    let moved = l.strip_prefix("Phone: ").and_then(|v| clean_phone(v).ok())
                        .map(|p| found.phones.iter().any(|x| {
                            dialable(x).trim_start_matches('+') == dialable(&p).trim_start_matches('+')
                        }))
                        .or_else(|| l.strip_prefix("Email: ").and_then(|v| clean_email(v).ok())
                            .map(|e| found.emails.iter().any(|x| x.eq_ignore_ascii_case(&e))));
                    match moved {
                        Some(true) => prop_assert!(!found.notes.lines().any(|k| k == l)),
                        Some(false) => prop_assert!(false, "{l:?} was lost"),
                        None => prop_assert!(l.trim().is_empty() || found.notes.lines().any(|k| k == l)),
                    }
                }
                prop_assert_eq!(from_notes(&found.notes), None, "a second pass finds nothing");
            }
        }
    }
}
