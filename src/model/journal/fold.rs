//! Case and accent folding for search and @mentions, one char at a time.
//!
//! Hand-written for the scripts people are most likely to write in here
//! (Latin with its common accents, basic Greek and Cyrillic): the standard
//! library's `to_lowercase` carries Unicode-wide tables several KB large,
//! and the browser build is size-bound. Every char maps to exactly one char,
//! so a position in folded text converts back to the original by counting
//! chars (see `search`). Letters outside these ranges compare exactly.

/// The lowercase form of `c`, accents kept. 'İ' becomes a plain 'i'.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x130 => 'i' as u32,
        // Latin Extended-A pairs an uppercase letter with the lowercase one
        // after it; the pairs start on even code points here...
        0x100..=0x137 | 0x14A..=0x177 => u | 1,
        // ...and on odd ones here.
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        // Greek capitals (0x3A2 is unassigned) and Cyrillic capitals.
        0x391..=0x3A9 if u != 0x3A2 => u + 0x20,
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `lower(c)` without its accent for Latin letters, so "Café" matches
/// "cafe"; final sigma as sigma. Letters that are not an accented form of
/// another (æ, ß, ð, þ, œ, ŋ, ĳ) stay themselves.
pub fn fold(c: char) -> char {
    let c = lower(c);
    let u = c as u32;
    let base = match u {
        0xE0..=0xFF => LATIN1[(u - 0xE0) as usize],
        0x100..=0x17F => EXTENDED_A[(u - 0x100) as usize],
        0x3C2 => return 'σ',
        _ => return c,
    };
    if base == KEEP {
        c
    } else {
        char::from(base)
    }
}

/// Appends the folded form of `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    // Most text is ASCII: copying runs of it whole is several times quicker
    // than pushing char by char, which matters when indexing a whole journal.
    let mut rest = text;
    while !rest.is_empty() {
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..run]);
        out[from..].make_ascii_lowercase();
        rest = &rest[run..];
        if let Some(c) = rest.chars().next() {
            out.push(fold(c));
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// The folded form of `text`.
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

const KEEP: u8 = b'*';

/// Base letters of U+00E0..=U+00FF (lowercase Latin-1); `*` keeps the letter.
const LATIN1: &[u8; 32] = b"aaaaaa*ceeeeiiii*nooooo*ouuuuy*y";

/// Base letters of U+0100..=U+017F (Latin Extended-A), upper and lower alike.
const EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnn**oooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
