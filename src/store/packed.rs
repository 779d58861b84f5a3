//! The compressed form of stored text: LZ4, packed 15 bits to a UTF-16
//! code unit, because localStorage counts (and keeps) text, not bytes.
//!
//! Months that are over are stored this way; the current month stays plain
//! JSON so that typing and saving stay cheap. A packed value is
//! `~lz4:` + one unit telling how many padding bits end the last unit + the
//! data, every data unit in U+0020..=U+801F: never a surrogate, so every
//! browser keeps it exactly. JSON never starts with `~`, so the two forms
//! cannot be confused.
//!
//! Text from storage is not trusted: expanding refuses, with a message,
//! anything malformed or claiming to be larger than storage could hold.

use std::borrow::Cow;

/// How a packed value begins.
pub const TAG: &str = "~lz4:";

/// The first data unit; below it are the control characters.
const BASE: u32 = 0x20;

/// The largest text a packed value may claim to expand to: more than any
/// origin can store (5,242,880 UTF-16 units, at most 3 UTF-8 bytes each),
/// so a forged length cannot make us allocate gigabytes.
pub const MAX_PLAIN_BYTES: usize = 16 * 1024 * 1024;

/// Whether `stored` is in the packed form.
pub fn is_packed(stored: &str) -> bool {
    stored.starts_with(TAG)
}

/// The packed form of `text`.
pub fn pack(text: &str) -> String {
    let mut out = String::from(TAG);
    push_units(
        &lz4_flex::block::compress_prepend_size(text.as_bytes()),
        &mut out,
    );
    out
}

/// Appends `bytes` as text, 15 bits to a code unit: first one unit saying
/// how many padding bits end the last, then the data, every unit in
/// U+0020..=U+801F (never a surrogate, so storage keeps it exactly).
pub fn push_units(bytes: &[u8], out: &mut String) {
    let units = (bytes.len() * 8).div_ceil(15);
    let pad = units * 15 - bytes.len() * 8;
    out.reserve(3 * (units + 1));
    out.push(unit(pad as u32));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            out.push(unit(acc >> bits));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(unit(acc << (15 - bits)));
    }
}

fn unit(v: u32) -> char {
    // v < 2^15, so BASE + v is below the surrogates.
    char::from_u32(BASE + v).unwrap_or(' ')
}

/// The bytes [`push_units`] wrote as `text`; the error says what is wrong.
pub fn from_units(text: &str) -> Result<Vec<u8>, &'static str> {
    let mut chars = text.chars();
    let pad = chars
        .next()
        .map(|c| c as u32)
        .filter(|c| (BASE..BASE + 15).contains(c))
        .ok_or("no valid header")?
        - BASE;
    // Ten years of months are expanded at every start: the bytes are
    // written into room made once (each unit is at least one byte of
    // `text` and gives less than two), four at a time, the last few one
    // by one. Growing the vector four bytes at a time was slower (sampled
    // in Chromium, ten years: 27–33 ms a start against 23–26 ms).
    let mut bytes = vec![0; 2 * text.len()];
    let mut n = 0;
    let (mut acc, mut bits) = (0u64, 0u32);
    for c in chars {
        let v = (c as u32)
            .checked_sub(BASE)
            .filter(|v| *v < 1 << 15)
            .ok_or("a character out of range")?;
        acc = (acc << 15) | u64::from(v);
        bits += 15;
        if bits >= 32 {
            bits -= 32;
            bytes[n..n + 4].copy_from_slice(&((acc >> bits) as u32).to_be_bytes());
            n += 4;
            acc &= (1 << bits) - 1;
        }
    }
    bytes.truncate(n);
    while bits >= 8 {
        bits -= 8;
        bytes.push((acc >> bits) as u8);
        acc &= (1 << bits) - 1;
    }
    // 15 units' bits = 8 bytes' bits + the padding: so the padding is what
    // is left over (pad % 8 bits) plus pad / 8 whole bytes, all zero.
    let pad = pad as usize;
    let extra = pad / 8;
    if bits as usize != pad % 8 || acc != 0 || bytes.len() < extra {
        return Err("wrong padding");
    }
    if bytes.split_off(bytes.len() - extra).iter().any(|b| *b != 0) {
        return Err("wrong padding");
    }
    Ok(bytes)
}

/// The text of `stored`: itself when plain, expanded when packed.
pub fn expand(stored: &str) -> Result<Cow<'_, str>, String> {
    let Some(rest) = stored.strip_prefix(TAG) else {
        return Ok(Cow::Borrowed(stored));
    };
    let damaged = |what: &str| format!("its compressed form is damaged ({what})");
    let bytes = from_units(rest).map_err(damaged)?;
    let (len, body) = bytes
        .split_first_chunk::<4>()
        .ok_or_else(|| damaged("too short"))?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > MAX_PLAIN_BYTES {
        return Err(damaged("it claims to be larger than storage can hold"));
    }
    let plain = lz4_flex::block::decompress(body, len).map_err(|e| damaged(&e.to_string()))?;
    String::from_utf8(plain)
        .map(Cow::Owned)
        .map_err(|_| damaged("it is not text"))
}
