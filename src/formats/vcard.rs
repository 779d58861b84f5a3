//! Contacts import: a tolerant reader for vCard 2.1, 3.0 and 4.0 files as
//! phones, mail programs and address books export them.
//!
//! Written by hand: the one library that reads all three versions
//! tolerantly (`calcard`) costs about 60 KB gzip in the size-bound browser
//! build (DESIGN.md §6), and Tend needs only names, birthdays, phones and
//! emails (which become the person's own fields; see `Contact::into_person`).
//! It is proven on the real exports in `../shared/testdata/vcards`.
//!
//! What it accepts: CRLF, LF and CR line ends (also iOS's CR CR LF); a
//! UTF-8 BOM, and UTF-16 files with a BOM; folded lines (space or tab);
//! quoted-printable values (`ENCODING=QUOTED-PRINTABLE` or the bare 2.1
//! `QUOTED-PRINTABLE`) with soft line breaks; UTF-8 text, Latin-1 when
//! declared and not valid UTF-8, other charsets kept as best effort with a
//! warning; group prefixes (`item1.TEL`); any letter case; property names it
//! does not know, and inline photos, are skipped. Birthdays: `YYYY-MM-DD`,
//! `YYYYMMDD`, `--MMDD`, `--MM-DD`, date-times (the date part is the
//! birthday; no time-zone shift), and Apple's year-less `1604-MM-DD`.
//!
//! What it refuses, importing nothing: a file with no `BEGIN:VCARD`, and a
//! card that never ends. Anything smaller (a birthday it cannot read, a card
//! without a name) keeps what it can and adds a warning.

use crate::model::contact;
use crate::model::journal::fold::fold_str;
use crate::model::people::{clean_name, Birthday, Person};
use crate::model::Stamp;
use thiserror::Error;

/// One contact as read from the file, ready for the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// `FN`; else built from `N`; else the nickname, organisation, first
    /// email or first phone (the last two with a warning).
    pub name: String,
    pub birthday: Option<Birthday>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

impl Contact {
    /// The person this contact becomes in People: its name, birthday, phone
    /// numbers and email addresses. A number or address that
    /// `model::contact` would not accept from the form (no digits, no '@')
    /// is kept in the notes as a `Phone:` or `Email:` line instead, so
    /// nothing the file held is lost and the form still saves.
    pub fn into_person(self, stamp: Stamp) -> Person {
        let mut p = Person::new(stamp, self.name);
        p.birthday = self.birthday;
        let mut notes: Vec<String> = Vec::new();
        for raw in self.phones {
            match contact::clean_phone(&raw) {
                Ok(phone) => contact::push_phone(&mut p.phones, phone),
                Err(_) => notes.push(format!("{}{raw}", contact::NOTE_PHONE)),
            }
        }
        for raw in self.emails {
            match contact::clean_email(&raw) {
                Ok(email) => contact::push_email(&mut p.emails, email),
                Err(_) => notes.push(format!("{}{raw}", contact::NOTE_EMAIL)),
            }
        }
        p.notes = notes.join("\n");
        p
    }
}

/// What a file gave: its contacts, in file order, and what could not be
/// read in full.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Import {
    pub contacts: Vec<Contact>,
    pub warnings: Vec<Warning>,
}

/// Something the reader skipped or guessed; the contact is still imported
/// unless the warning says otherwise.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Warning {
    #[error(
        "Line {line}: the birthday \"{value}\" of {name} could not be read, so it was left out. \
         You can add it by hand after importing."
    )]
    Birthday {
        line: usize,
        name: String,
        value: String,
    },
    #[error("Line {line}: a contact has no name, so it is listed as \"{name}\". You can rename it after importing.")]
    NoName { line: usize, name: String },
    #[error("Line {line}: a contact with no name, phone or email was left out.")]
    Empty { line: usize },
    #[error(
        "Line {line}: some letters in a name could not be read (the file gives its text as \
         \"{charset}\"), so they may show as odd symbols. Check the names after importing, or \
         export the contacts again as UTF-8."
    )]
    Charset { line: usize, charset: String },
}

/// Why a file could not be imported at all; nothing is imported then.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum VcardError {
    #[error(
        "This file has no contacts in it: there is no BEGIN:VCARD line. Choose a vCard \
         (.vcf) file exported from your phone or address book."
    )]
    NotAVcard,
    #[error(
        "The contact that starts on line {line} never ends (there is no END:VCARD line), so the \
         file may have been cut short. Export the contacts again and import the new file; \
         nothing was imported."
    )]
    Unterminated { line: usize },
    #[error(
        "The contact that starts on line {line} has no END:VCARD before the next contact on \
         line {next}, so the file looks damaged. Export the contacts again and import the new \
         file; nothing was imported."
    )]
    UnterminatedBefore { line: usize, next: usize },
}

/// Turns text in a named charset (`SHIFT_JIS`, `GB18030`, `windows-1251`…)
/// into a string, or says it cannot (an unknown name, bytes that do not
/// fit). The browser's `TextDecoder` knows every charset a phone writes,
/// so the app passes one in rather than carrying decoding tables.
pub type Decode<'a> = &'a dyn Fn(&str, &[u8]) -> Option<String>;

/// Reads every contact in `bytes`, the whole file as loaded, with UTF-8,
/// UTF-16 and Latin-1 only; see [`read_with`].
pub fn read(bytes: &[u8]) -> Result<Import, VcardError> {
    read_with(bytes, &|_, _| None)
}

/// Reads every contact in `bytes`, decoding values in other charsets
/// with `decode`; what it cannot decode is kept as best effort, with a
/// warning.
pub fn read_with(bytes: &[u8], decode: Decode) -> Result<Import, VcardError> {
    let utf16;
    let bytes = match bytes {
        [0xFF, 0xFE, rest @ ..] => {
            utf16 = from_utf16(rest, u16::from_le_bytes);
            utf16.as_bytes()
        }
        [0xFE, 0xFF, rest @ ..] => {
            utf16 = from_utf16(rest, u16::from_be_bytes);
            utf16.as_bytes()
        }
        [0xEF, 0xBB, 0xBF, rest @ ..] => rest,
        _ => bytes,
    };
    let mut reader = Reader {
        out: Import::default(),
        card: None,
        nested: 0,
        seen_begin: false,
        decode,
    };
    let mut logical: Vec<u8> = Vec::new();
    let mut start = 0;
    let mut qp = false;
    for (line_no, line) in physical_lines(bytes) {
        if qp && logical.last() == Some(&b'=') {
            // A quoted-printable soft line break: the value goes on.
            logical.pop();
            logical.extend_from_slice(line);
        } else if matches!(line.first(), Some(b' ' | b'\t')) && !logical.is_empty() {
            logical.extend_from_slice(&line[1..]);
        } else {
            reader.property(&logical, start)?;
            logical.clear();
            logical.extend_from_slice(line);
            start = line_no;
            qp = is_quoted_printable(line);
        }
    }
    reader.property(&logical, start)?;
    reader.finish()
}

fn from_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// Lines with their 1-based numbers. A line ends at LF, at CR LF, at a run
/// of CRs followed by LF (iOS writes CR CR LF), or at a lone CR.
fn physical_lines(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut rest = bytes;
    let mut n = 0;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|b| *b == b'\r' || *b == b'\n')
            .unwrap_or(rest.len());
        let line = &rest[..end];
        let mut next = end;
        while rest.get(next) == Some(&b'\r') {
            next += 1;
        }
        if rest.get(next) == Some(&b'\n') || next == end {
            next += 1;
        }
        rest = rest.get(next..).unwrap_or(&[]);
        n += 1;
        Some((n, line))
    })
}

/// Where the name-and-parameters part of a line ends: the first ':' not
/// inside a quoted parameter value.
fn colon(line: &[u8]) -> Option<usize> {
    let mut quoted = false;
    line.iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    })
}

fn is_quoted_printable(line: &[u8]) -> bool {
    let head = &line[..colon(line).unwrap_or(line.len())];
    const QP: &[u8] = b"QUOTED-PRINTABLE";
    head.windows(QP.len()).any(|w| w.eq_ignore_ascii_case(QP))
}

/// One property, split up.
struct Property<'a> {
    name: &'a [u8],
    quoted_printable: bool,
    base64: bool,
    charset: &'a [u8],
    text_value: bool,
    omit_year: Option<&'a [u8]>,
    value: &'a [u8],
}

fn split(line: &[u8]) -> Option<Property<'_>> {
    let c = colon(line)?;
    let (head, value) = (&line[..c], &line[c + 1..]);
    let mut parts = split_params(head);
    let name = parts.next()?;
    // A group prefix ("item1.TEL") says which properties belong together,
    // which Tend does not need.
    let name = match name.iter().rposition(|b| *b == b'.') {
        Some(dot) => &name[dot + 1..],
        None => name,
    };
    let mut p = Property {
        name,
        quoted_printable: false,
        base64: false,
        charset: b"",
        text_value: false,
        omit_year: None,
        value,
    };
    for param in parts {
        let (key, val) = match param.iter().position(|b| *b == b'=') {
            Some(eq) => (&param[..eq], trim_quotes(&param[eq + 1..])),
            // vCard 2.1 allows bare values: "QUOTED-PRINTABLE", "BASE64".
            None => (&b"ENCODING"[..], param),
        };
        let is = |a: &[u8], b: &str| a.eq_ignore_ascii_case(b.as_bytes());
        if is(key, "ENCODING") {
            p.quoted_printable |= is(val, "QUOTED-PRINTABLE");
            p.base64 |= is(val, "BASE64") || is(val, "B");
        } else if is(key, "CHARSET") {
            p.charset = val;
        } else if is(key, "VALUE") {
            p.text_value = is(val, "TEXT");
        } else if is(key, "X-APPLE-OMIT-YEAR") {
            p.omit_year = Some(val);
        }
    }
    Some(p)
}

/// Splits `NAME;PARAM;PARAM` at the semicolons outside quotes.
fn split_params(head: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(head);
    std::iter::from_fn(move || {
        let r = rest?;
        let mut quoted = false;
        let end = r.iter().position(|&b| {
            if b == b'"' {
                quoted = !quoted;
            }
            b == b';' && !quoted
        });
        match end {
            Some(e) => {
                rest = Some(&r[e + 1..]);
                Some(&r[..e])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

fn trim_quotes(v: &[u8]) -> &[u8] {
    match v {
        [b'"', inner @ .., b'"'] => inner,
        _ => v,
    }
}

/// Decodes `=XX` escapes; anything malformed is kept as written.
fn decode_quoted_printable(v: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len() {
        if v[i] == b'=' {
            if let (Some(h), Some(l)) = (
                v.get(i + 1).and_then(|b| hex(*b)),
                v.get(i + 2).and_then(|b| hex(*b)),
            ) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(v[i]);
        i += 1;
    }
    out
}

/// Text of a value: UTF-8 when it is (whatever the declared charset, since
/// exporters often misstate it); Latin-1 when declared so; the declared
/// charset through `decode`; otherwise UTF-8 with unreadable bytes
/// replaced, and `false` to ask for a warning.
fn decode_text(bytes: &[u8], charset: &[u8], decode: Decode) -> (String, bool) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), true);
    }
    let latin1 = [
        "ISO-8859-1",
        "ISO8859-1",
        "LATIN1",
        "WINDOWS-1252",
        "CP1252",
    ]
    .iter()
    .any(|c| charset.eq_ignore_ascii_case(c.as_bytes()));
    if latin1 {
        return (bytes.iter().map(|&b| char::from(b)).collect(), true);
    }
    let decoded = std::str::from_utf8(charset)
        .ok()
        .filter(|c| !c.is_empty())
        .and_then(|c| decode(c, bytes));
    match decoded {
        Some(text) => (text, true),
        None => (String::from_utf8_lossy(bytes).into_owned(), false),
    }
}

/// Undoes vCard text escaping (`\,` `\;` `\\`, `\n` as a space: names are
/// one line).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push(' '),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a structured value (`N`, `ORG`) at semicolons not escaped.
fn components(s: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = out.last_mut().expect("never empty");
                last.push('\\');
                if let Some(n) = chars.next() {
                    last.push(n);
                }
            }
            ';' => out.push(String::new()),
            c => out.last_mut().expect("never empty").push(c),
        }
    }
    out
}

/// A birthday from a `BDAY` value; `omit_year` is Apple's
/// `X-APPLE-OMIT-YEAR` parameter. `None` when it is not a full month and
/// day.
pub fn parse_birthday(value: &str, omit_year: Option<&str>) -> Option<Birthday> {
    let v = value.trim();
    let date = v.split_once('T').map_or(v, |(d, _)| d);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (year, md) = if let Some(md) = date.strip_prefix("--") {
        (None, md.replacen('-', "", 1))
    } else if date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-' {
        (Some(&date[..4]), String::from(&date[5..7]) + &date[8..])
    } else if date.len() == 8 && digits(date) {
        // Digits only, so slicing at 4 stays on a char boundary.
        (Some(&date[..4]), date[4..].to_string())
    } else {
        return None;
    };
    if md.len() != 4 || !digits(&md) || !year.is_none_or(digits) {
        return None;
    }
    let month: u8 = md[..2].parse().ok()?;
    let day: u8 = md[2..].parse().ok()?;
    // Apple writes a year-less birthday as 1604 (a leap year, so 29 February
    // fits); some phones write 0000.
    let year = year
        .filter(|y| *y != "1604" && *y != "0000" && Some(*y) != omit_year)
        .map(|y| y.parse::<i32>())
        .transpose()
        .ok()?;
    Birthday::new(month, day, year).ok()
}

#[derive(Default)]
struct Card {
    line: usize,
    formatted: String,
    structured: String,
    nickname: String,
    org: String,
    bday: Option<(usize, String, Option<Birthday>)>,
    phones: Vec<String>,
    emails: Vec<String>,
}

struct Reader<'a> {
    out: Import,
    card: Option<Card>,
    /// Cards nested inside the current one (a vCard 2.1 `AGENT`), skipped.
    nested: usize,
    seen_begin: bool,
    decode: Decode<'a>,
}

impl Reader<'_> {
    fn property(&mut self, line: &[u8], line_no: usize) -> Result<(), VcardError> {
        let Some(p) = split(line) else {
            return Ok(());
        };
        let is = |a: &[u8], b: &str| a.eq_ignore_ascii_case(b.as_bytes());
        let vcard = is(p.value.trim_ascii(), "VCARD");
        if is(p.name, "BEGIN") && vcard {
            self.seen_begin = true;
            match &self.card {
                None => {
                    self.card = Some(Card {
                        line: line_no,
                        ..Card::default()
                    })
                }
                Some(card) if self.nested == 0 => {
                    return Err(VcardError::UnterminatedBefore {
                        line: card.line,
                        next: line_no,
                    })
                }
                Some(_) => self.nested += 1,
            }
            return Ok(());
        }
        if is(p.name, "END") && vcard {
            if self.nested > 0 {
                self.nested -= 1;
            } else if let Some(card) = self.card.take() {
                self.finish_card(card);
            }
            return Ok(());
        }
        if self.nested > 0 {
            return Ok(());
        }
        let Some(card) = self.card.as_mut() else {
            return Ok(());
        };
        if is(p.name, "AGENT") {
            const BEGIN: &[u8] = b"BEGIN:VCARD";
            if p.value.len() >= BEGIN.len() && p.value[..BEGIN.len()].eq_ignore_ascii_case(BEGIN) {
                self.nested += 1;
            }
            return Ok(());
        }
        let wanted = ["FN", "N", "NICKNAME", "ORG", "BDAY", "TEL", "EMAIL"];
        if p.base64 || !wanted.iter().any(|w| is(p.name, w)) {
            return Ok(());
        }
        let raw = if p.quoted_printable {
            decode_quoted_printable(p.value)
        } else {
            p.value.to_vec()
        };
        let (text, readable) = decode_text(&raw, p.charset, self.decode);
        let is_name = is(p.name, "FN") || is(p.name, "N");
        let charset = match p.charset {
            b"" => "UTF-8".into(),
            c => String::from_utf8_lossy(c),
        };
        let told = |w: &Warning| matches!(w, Warning::Charset { charset: c, .. } if *c == charset);
        // Once per charset is enough: the advice is the same for every line.
        if !readable && is_name && !self.out.warnings.iter().any(told) {
            self.out.warnings.push(Warning::Charset {
                line: line_no,
                charset: charset.into_owned(),
            });
        }
        let text = text.trim();
        let first_of = |list: &str| {
            components(list)
                .iter()
                .map(|c| unescape(c))
                .find(|c| !c.trim().is_empty())
                .unwrap_or_default()
        };
        if is(p.name, "FN") && card.formatted.is_empty() {
            card.formatted = unescape(text);
        } else if is(p.name, "N") && card.structured.is_empty() {
            card.structured = name_from_parts(text);
        } else if is(p.name, "NICKNAME") && card.nickname.is_empty() {
            card.nickname = unescape(text);
        } else if is(p.name, "ORG") && card.org.is_empty() {
            card.org = first_of(text);
        } else if is(p.name, "BDAY") && card.bday.is_none() && !text.is_empty() {
            let omit = p.omit_year.and_then(|y| std::str::from_utf8(y).ok());
            let birthday = parse_birthday(text, omit);
            card.bday = Some((line_no, text.to_string(), birthday));
        } else if is(p.name, "TEL") {
            let tel = strip_scheme(text, "tel:");
            push_new(&mut card.phones, unescape(tel).trim(), false);
        } else if is(p.name, "EMAIL") {
            let email = strip_scheme(text, "mailto:");
            push_new(&mut card.emails, unescape(email).trim(), true);
        }
        Ok(())
    }

    fn finish_card(&mut self, card: Card) {
        let named = [&card.formatted, &card.structured, &card.nickname, &card.org]
            .into_iter()
            .find_map(|n| clean_name(n));
        let name = match named {
            Some(n) => n,
            None => match card.emails.first().or(card.phones.first()) {
                Some(stand_in) => {
                    self.out.warnings.push(Warning::NoName {
                        line: card.line,
                        name: stand_in.clone(),
                    });
                    stand_in.clone()
                }
                None => {
                    self.out.warnings.push(Warning::Empty { line: card.line });
                    return;
                }
            },
        };
        let mut birthday = None;
        if let Some((line, value, parsed)) = card.bday {
            birthday = parsed;
            if parsed.is_none() {
                self.out.warnings.push(Warning::Birthday {
                    line,
                    name: name.clone(),
                    value,
                });
            }
        }
        self.out.contacts.push(Contact {
            name,
            birthday,
            phones: card.phones,
            emails: card.emails,
        });
    }

    fn finish(self) -> Result<Import, VcardError> {
        if let Some(card) = self.card {
            return Err(VcardError::Unterminated { line: card.line });
        }
        if !self.seen_begin {
            return Err(VcardError::NotAVcard);
        }
        Ok(self.out)
    }
}

/// A display name from `N` (family; given; additional; prefixes;
/// suffixes): prefixes, given, additional, family, suffixes.
fn name_from_parts(n: &str) -> String {
    let parts = components(n);
    let part = |i: usize| parts.get(i).map(|p| unescape(p).replace(',', " "));
    [3, 1, 2, 0, 4]
        .iter()
        .filter_map(|&i| part(i))
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_scheme<'a>(v: &'a str, scheme: &str) -> &'a str {
    match v.get(..scheme.len()) {
        Some(head) if head.eq_ignore_ascii_case(scheme) => &v[scheme.len()..],
        _ => v,
    }
}

/// Adds `value` unless blank or already listed (emails compare without
/// letter case).
fn push_new(list: &mut Vec<String>, value: &str, ignore_case: bool) {
    let same = |a: &String| {
        if ignore_case {
            a.eq_ignore_ascii_case(value)
        } else {
            a == value
        }
    };
    if !value.is_empty() && !list.iter().any(same) {
        list.push(value.to_string());
    }
}

/// The form names are compared in: case and accents folded, spacing
/// tidied.
fn name_key(name: &str) -> String {
    fold_str(&clean_name(name).unwrap_or_default())
}

/// For each contact, whether importing it would duplicate someone: a person
/// already in Tend (not deleted) or an earlier contact in the same file with
/// the same name, ignoring case, accents and spacing.
pub fn duplicates(contacts: &[Contact], existing: &[Person]) -> Vec<bool> {
    let mut seen: Vec<String> = existing
        .iter()
        .filter(|p| !p.stamp.deleted)
        .map(|p| name_key(&p.name))
        .collect();
    contacts
        .iter()
        .map(|c| {
            let key = name_key(&c.name);
            let dup = seen.contains(&key);
            if !dup {
                seen.push(key);
            }
            dup
        })
        .collect()
}
