//! How to reach someone: their phone numbers and email addresses, checked
//! and tidied, and the `tel:`, `sms:` and `mailto:` links that open the
//! device's own phone, messages and mail apps with a message filled in.
//!
//! The checks are there to catch a slip (an address typed into the phone
//! box), not to police formats: a phone number is any short text with at
//! least three digits and no '@'; an email address is one word with an '@'
//! between a name and a domain that has a dot. Whatever passes is kept as
//! the person typed it (tidied of extra spaces); links use a dialable form.
//!
//! Percent-encoding goes through the `percent-encoding` crate (servo's, the
//! one `url` uses), already in the browser build's dependency tree.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use thiserror::Error;

/// The longest phone number kept, in characters (with spaces and an
/// extension there is room to spare).
pub const MAX_PHONE: usize = 40;
/// The longest email address kept, in characters (RFC 5321's limit).
pub const MAX_EMAIL: usize = 254;
/// Digits a phone number needs at least (112 and 911 have three).
pub const MIN_DIGITS: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ContactError {
    #[error("\"{0}\" does not look like a phone number: it needs at least three digits.")]
    NotAPhone(String),
    #[error("\"{0}\" looks like an email address. Put it under email addresses instead.")]
    EmailInPhones(String),
    #[error("A phone number can be at most {MAX_PHONE} characters long.")]
    PhoneTooLong,
    #[error(
        "\"{0}\" does not look like an email address. It should read like name@example.com, \
         with no spaces."
    )]
    NotAnEmail(String),
    #[error("An email address can be at most {MAX_EMAIL} characters long.")]
    EmailTooLong,
}

/// A phone number as typed, tidied (surrounding and repeated spaces
/// removed), or why it cannot be one.
pub fn clean_phone(raw: &str) -> Result<String, ContactError> {
    let phone = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if phone.contains('@') {
        return Err(ContactError::EmailInPhones(phone));
    }
    if phone.chars().count() > MAX_PHONE {
        return Err(ContactError::PhoneTooLong);
    }
    if phone.chars().any(char::is_control) || digits(&phone).len() < MIN_DIGITS {
        return Err(ContactError::NotAPhone(phone));
    }
    Ok(phone)
}

/// An email address as typed, trimmed, or why it cannot be one: one word,
/// a name before the last '@' and a domain after it with a dot inside, and
/// none of the characters that would split it into several addresses.
pub fn clean_email(raw: &str) -> Result<String, ContactError> {
    let email = raw.trim();
    if email.chars().count() > MAX_EMAIL {
        return Err(ContactError::EmailTooLong);
    }
    let bad = |c: char| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c);
    let ok = !email.chars().any(bad)
        && email.rsplit_once('@').is_some_and(|(name, domain)| {
            !name.is_empty()
                && !domain.contains('@')
                && domain
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
        });
    if ok {
        Ok(email.to_string())
    } else {
        Err(ContactError::NotAnEmail(email.to_string()))
    }
}

/// Just the digits of a phone number, which is how two ways of writing
/// the same number ("+44 20 7946 0000", "+442079460000") are told apart
/// from two numbers.
fn digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// Adds `phone` unless the same number (the same digits) is listed.
pub fn push_phone(list: &mut Vec<String>, phone: String) {
    let d = digits(&phone);
    if !list.iter().any(|p| digits(p) == d) {
        list.push(phone);
    }
}

/// Adds `email` unless it is listed already, ignoring letter case.
pub fn push_email(list: &mut Vec<String>, email: String) {
    if !list.iter().any(|e| e.eq_ignore_ascii_case(&email)) {
        list.push(email);
    }
}

/// The phone numbers of a form's text box, one per line: blank lines are
/// skipped and repeats dropped; the first line that is not a number is the
/// error.
pub fn phones_from_form(text: &str) -> Result<Vec<String>, ContactError> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        push_phone(&mut out, clean_phone(line)?);
    }
    Ok(out)
}

/// The email addresses of a form's text box, one per line; see
/// [`phones_from_form`].
pub fn emails_from_form(text: &str) -> Result<Vec<String>, ContactError> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        push_email(&mut out, clean_email(line)?);
    }
    Ok(out)
}

/// How the contacts import wrote a phone number into the notes, before
/// people had fields of their own for them (schema 3 and backups up to 2).
pub const NOTE_PHONE: &str = "Phone: ";
/// How it wrote an email address.
pub const NOTE_EMAIL: &str = "Email: ";

/// What [`from_notes`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FromNotes {
    /// The notes without the lines that moved.
    pub notes: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

/// Takes the `Phone: …` and `Email: …` lines that the contacts import used
/// to write out of `notes`: each line that is exactly that prefix and a
/// value [`clean_phone`] or [`clean_email`] accepts moves; every other line
/// stays, in order (blank lines left at the start or end are dropped).
/// `None` when nothing moves, so the notes stay exactly as they were.
pub fn from_notes(notes: &str) -> Option<FromNotes> {
    let mut out = FromNotes::default();
    let mut kept: Vec<&str> = Vec::new();
    for line in notes.lines() {
        let phone = line.strip_prefix(NOTE_PHONE).map(clean_phone);
        let email = line.strip_prefix(NOTE_EMAIL).map(clean_email);
        match (phone, email) {
            (Some(Ok(p)), _) => push_phone(&mut out.phones, p),
            (_, Some(Ok(e))) => push_email(&mut out.emails, e),
            _ => kept.push(line),
        }
    }
    if out.phones.is_empty() && out.emails.is_empty() {
        return None;
    }
    let first = kept.iter().position(|l| !l.trim().is_empty());
    let last = kept.iter().rposition(|l| !l.trim().is_empty());
    out.notes = match (first, last) {
        (Some(a), Some(b)) => kept[a..=b].join("\n"),
        _ => String::new(),
    };
    Some(out)
}

/// Characters left as they are in a link's text: letters, digits and
/// RFC 3986's other unreserved marks. Everything else (spaces, '&', '?',
/// '#', '%', '+', line breaks, every non-ASCII byte) is percent-encoded, so
/// no message can end a parameter early or start a new one.
const IN_QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// In the address of a `mailto:` link, '@' and '+' are kept as well.
const IN_ADDRESS: &AsciiSet = &IN_QUERY.remove(b'@').remove(b'+');

fn encode(text: &str, set: &'static AsciiSet) -> String {
    utf8_percent_encode(text, set).to_string()
}

/// A phone number in the form a `tel:` or `sms:` link dials: its digits,
/// after a leading '+' when it had one (RFC 3966's global number). Spaces,
/// dashes, brackets and an extension's words are dropped.
pub fn dialable(phone: &str) -> String {
    let plus = phone.trim_start().starts_with('+');
    let mut out = String::with_capacity(phone.len());
    if plus {
        out.push('+');
    }
    out.push_str(&digits(phone));
    out
}

/// `tel:` to call `phone`.
pub fn tel_link(phone: &str) -> String {
    format!("tel:{}", dialable(phone))
}

/// `sms:` to text `phone`, with `body` filled in (RFC 5724's `?body=`,
/// which iOS, Android and desktop messaging apps read).
pub fn sms_link(phone: &str, body: &str) -> String {
    let mut link = format!("sms:{}", dialable(phone));
    if !body.is_empty() {
        link.push_str("?body=");
        link.push_str(&encode(body, IN_QUERY));
    }
    link
}

/// `mailto:` to write to `email`, with a subject and body filled in
/// (RFC 6068). Line breaks in the body are sent as CRLF, as the RFC asks.
pub fn mailto_link(email: &str, subject: &str, body: &str) -> String {
    let mut link = format!("mailto:{}", encode(email, IN_ADDRESS));
    let mut sep = '?';
    if !subject.is_empty() {
        link.push(sep);
        link.push_str("subject=");
        // A subject is one line.
        let one_line = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        link.push_str(&encode(&one_line, IN_QUERY));
        sep = '&';
    }
    if !body.is_empty() {
        link.push(sep);
        link.push_str("body=");
        let crlf = body.replace("\r\n", "\n").replace('\n', "\r\n");
        link.push_str(&encode(&crlf, IN_QUERY));
    }
    link
}

/// What a contact link does, for its label ("Text +44 7700 900123").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Text,
    Call,
    Email,
}

impl LinkKind {
    pub fn verb(self) -> &'static str {
        match self {
            LinkKind::Text => "Text",
            LinkKind::Call => "Call",
            LinkKind::Email => "Email",
        }
    }
}

/// One way to open a message to someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactLink {
    pub kind: LinkKind,
    /// The number or address, as the person keeps it (for the label).
    pub to: String,
    /// The `sms:`, `tel:` or `mailto:` URL.
    pub href: String,
}

impl ContactLink {
    /// "Text +44 7700 900123", "Email ada@example.com".
    pub fn label(&self) -> String {
        format!("{} {}", self.kind.verb(), self.to)
    }
}

/// Every link for someone's own numbers and addresses, with `message`
/// filled in where the link can carry text: for each phone number a text
/// (`sms:`) and a call (`tel:`), then for each address an email
/// (`mailto:`) with `subject`. Numbers with no digits to dial are skipped.
pub fn links(
    phones: &[String],
    emails: &[String],
    subject: &str,
    message: &str,
) -> Vec<ContactLink> {
    let mut out = Vec::with_capacity(phones.len() * 2 + emails.len());
    for phone in phones.iter().filter(|p| !digits(p).is_empty()) {
        out.push(ContactLink {
            kind: LinkKind::Text,
            to: phone.clone(),
            href: sms_link(phone, message),
        });
        out.push(ContactLink {
            kind: LinkKind::Call,
            to: phone.clone(),
            href: tel_link(phone),
        });
    }
    for email in emails {
        out.push(ContactLink {
            kind: LinkKind::Email,
            to: email.clone(),
            href: mailto_link(email, subject, message),
        });
    }
    out
}
