//! UTF-8 as Go's runtime sees it (`runtime/utf8.go`): decoding for `range`
//! over strings and `[]rune(s)`, encoding for `string(r)` and
//! `string(runes)`.
//!
//! Invariants of Go's rules: a decode step always consumes at least one byte;
//! any invalid sequence (bad lead byte, missing or bad continuation byte,
//! overlong form, surrogate half, value above U+10FFFF, truncated input)
//! decodes as `RUNE_ERROR` (U+FFFD) consuming exactly one byte; encoding a
//! surrogate half or a value outside `0..=0x10FFFF` yields U+FFFD.

pub const RUNE_ERROR: i32 = 0xFFFD;
pub const MAX_RUNE: i32 = 0x10FFFF;
/// The most bytes one rune encodes to.
pub const UTF_MAX: usize = 4;

const SURROGATE_MIN: i32 = 0xD800;
const SURROGATE_MAX: i32 = 0xDFFF;

fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Decodes the rune that starts at `s[k]` (`k < s.len()`), returning it and
/// the index just after it.
pub fn decoderune(s: &[u8], k: usize) -> (i32, usize) {
    let c0 = s[k];
    if c0 < 0x80 {
        return (c0 as i32, k + 1);
    }
    let rest = &s[k + 1..];
    // The valid range of the second byte depends on the lead byte; it
    // excludes overlong forms, surrogates and values above U+10FFFF.
    let (n, lo, hi) = match c0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return (RUNE_ERROR, k + 1),
    };
    if rest.len() < n - 1 || !(lo..=hi).contains(&rest[0]) {
        return (RUNE_ERROR, k + 1);
    }
    if !rest[1..n - 1].iter().all(|&b| is_cont(b)) {
        return (RUNE_ERROR, k + 1);
    }
    let lead_bits = [0, 0, 0x1F, 0x0F, 0x07][n];
    let r = rest[..n - 1].iter().fold((c0 & lead_bits) as i32, |r, &b| {
        (r << 6) | (b & 0x3F) as i32
    });
    (r, k + n)
}

/// Writes the UTF-8 encoding of `r` (U+FFFD if it is not a valid rune) to
/// the start of `buf` and returns its length.
pub fn encoderune(buf: &mut [u8; UTF_MAX], r: i32) -> usize {
    let r = if !(0..=MAX_RUNE).contains(&r) || (SURROGATE_MIN..=SURROGATE_MAX).contains(&r) {
        RUNE_ERROR
    } else {
        r
    } as u32;
    match r {
        0..=0x7F => {
            buf[0] = r as u8;
            1
        }
        0x80..=0x7FF => {
            buf[0] = 0xC0 | (r >> 6) as u8;
            buf[1] = 0x80 | (r & 0x3F) as u8;
            2
        }
        0x800..=0xFFFF => {
            buf[0] = 0xE0 | (r >> 12) as u8;
            buf[1] = 0x80 | ((r >> 6) & 0x3F) as u8;
            buf[2] = 0x80 | (r & 0x3F) as u8;
            3
        }
        _ => {
            buf[0] = 0xF0 | (r >> 18) as u8;
            buf[1] = 0x80 | ((r >> 12) & 0x3F) as u8;
            buf[2] = 0x80 | ((r >> 6) & 0x3F) as u8;
            buf[3] = 0x80 | (r & 0x3F) as u8;
            4
        }
    }
}

/// The length of `r`'s encoding (U+FFFD's for invalid runes).
pub fn runelen(r: i32) -> usize {
    encoderune(&mut [0; UTF_MAX], r)
}

/// The number of runes that `range` over `s` yields.
pub fn countrunes(s: &[u8]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < s.len() {
        k = decoderune(s, k).1;
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(s: &[u8]) -> Vec<i32> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < s.len() {
            let (r, next) = decoderune(s, k);
            out.push(r);
            k = next;
        }
        out
    }

    #[test]
    fn decodes_valid_text_like_std() {
        let s = "aé€😀\u{10FFFF}\u{7FF}\u{800}";
        let want: Vec<i32> = s.chars().map(|c| c as i32).collect();
        assert_eq!(decode_all(s.as_bytes()), want);
    }

    #[test]
    fn invalid_sequences_consume_one_byte() {
        let e = RUNE_ERROR;
        assert_eq!(decode_all(b"\xff"), vec![e]);
        assert_eq!(decode_all(b"\xc0\x80"), vec![e, e]);
        assert_eq!(decode_all(b"\xe0\x80\x80"), vec![e, e, e]);
        assert_eq!(decode_all(b"\xed\xa0\x80"), vec![e, e, e]);
        assert_eq!(decode_all(b"\xf4\x90\x80\x80"), vec![e, e, e, e]);
        assert_eq!(decode_all(b"\xe2\x82"), vec![e, e]);
        assert_eq!(decode_all(b"a\xe2\x82\xacb\x80"), vec![97, 0x20AC, 98, e]);
    }

    #[test]
    fn agrees_with_std_on_all_two_byte_prefixes() {
        for a in 0u8..=255 {
            for b in 0u8..=255 {
                let s = [a, b, 0x80, 0x80];
                let (r, n) = decoderune(&s, 0);
                let std = std::str::from_utf8(&s[..])
                    .ok()
                    .or_else(|| std::str::from_utf8(&s[..3]).ok())
                    .or_else(|| std::str::from_utf8(&s[..2]).ok());
                if let Some(c) = std.and_then(|t| t.chars().next()) {
                    assert_eq!((r, n), (c as i32, c.len_utf8()), "{a:x} {b:x}");
                }
            }
        }
    }

    #[test]
    fn encodes_invalid_runes_as_replacement() {
        let enc = |r: i32| {
            let mut b = [0; UTF_MAX];
            let n = encoderune(&mut b, r);
            b[..n].to_vec()
        };
        assert_eq!(enc(0x20AC), "€".as_bytes());
        assert_eq!(enc(0xD800), "\u{FFFD}".as_bytes());
        assert_eq!(enc(-1), "\u{FFFD}".as_bytes());
        assert_eq!(enc(0x110000), "\u{FFFD}".as_bytes());
        assert_eq!(runelen(0x10FFFF), 4);
        assert_eq!(countrunes(b"a\xffb"), 3);
    }
}
