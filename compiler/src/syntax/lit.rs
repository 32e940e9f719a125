//! Decoding of Go string and rune literals from their source text.
//!
//! Go strings are byte strings: an interpreted literal yields the UTF-8 bytes
//! of its literal characters and of its `\u`/`\U` escapes, and the raw byte of
//! each `\x` and octal escape (which need not form valid UTF-8). A raw
//! (back-quoted) literal yields its text with carriage returns removed.
//! The lexer calls these functions to validate literals (so a literal that
//! reaches the parser always decodes) and the type checker calls them again
//! for the values. Error texts are gc's.

/// Decodes a string literal, quotes included (`"..."` or `` `...` ``).
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body
            .strip_suffix('`')
            .ok_or("raw string literal not terminated")?;
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let body = raw
        .strip_prefix('"')
        .and_then(|b| b.strip_suffix('"'))
        .filter(|_| raw.len() >= 2)
        .ok_or("string literal not terminated")?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match escape(&mut chars, '"')? {
                Decoded::Byte(b) => out.push(b),
                Decoded::Char(c) => push_utf8(&mut out, c),
            },
            '\n' => return Err("newline in string".into()),
            '"' => return Err("unexpected \" in string literal".into()),
            c => push_utf8(&mut out, c),
        }
    }
    Ok(out)
}

/// Decodes a rune literal, quotes included, to its code point value.
pub fn unquote_char(raw: &str) -> Result<u32, String> {
    let body = raw
        .strip_prefix('\'')
        .and_then(|b| b.strip_suffix('\''))
        .filter(|_| raw.len() >= 2)
        .ok_or("rune literal not terminated")?;
    let mut chars = body.chars();
    let value = match chars.next() {
        None => return Err("empty rune literal or unescaped ' in rune literal".into()),
        Some('\\') => match escape(&mut chars, '\'')? {
            Decoded::Byte(b) => b as u32,
            Decoded::Char(c) => c as u32,
        },
        Some('\n') => return Err("newline in rune literal".into()),
        Some(c) => c as u32,
    };
    if chars.next().is_some() {
        return Err("more than one character in rune literal".into());
    }
    Ok(value)
}

enum Decoded {
    /// `\x` and octal escapes: one byte, not a character.
    Byte(u8),
    Char(char),
}

/// Decodes one escape after its backslash; `quote` is the literal's quote,
/// the only quote that may be escaped.
fn escape(chars: &mut std::str::Chars, quote: char) -> Result<Decoded, String> {
    let c = chars.next().ok_or("escape sequence not terminated")?;
    let simple = match c {
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        '\\' => Some('\\'),
        c if c == quote => Some(c),
        _ => None,
    };
    if let Some(s) = simple {
        return Ok(Decoded::Char(s));
    }
    match c {
        '0'..='7' => {
            let rest = digits(chars, 2, 8, "octal")?;
            let v = (c as u32 - '0' as u32) * 64 + rest;
            if v > 255 {
                return Err(format!("octal escape value {v} > 255"));
            }
            Ok(Decoded::Byte(v as u8))
        }
        'x' => Ok(Decoded::Byte(digits(chars, 2, 16, "hexadecimal")? as u8)),
        'u' | 'U' => {
            let n = if c == 'u' { 4 } else { 8 };
            let v = digits(chars, n, 16, "hexadecimal")?;
            char::from_u32(v)
                .map(Decoded::Char)
                .ok_or_else(|| format!("escape is invalid Unicode code point U+{v:04X}"))
        }
        _ => Err("unknown escape".into()),
    }
}

/// Reads exactly `n` digits in `base`.
fn digits(chars: &mut std::str::Chars, n: u32, base: u32, what: &str) -> Result<u32, String> {
    let mut v: u32 = 0;
    for _ in 0..n {
        match chars.next() {
            Some(c) => match c.to_digit(base) {
                Some(d) => v = v.wrapping_mul(base).wrapping_add(d),
                None => return Err(format!("invalid character {c:?} in {what} escape")),
            },
            None => return Err("escape sequence not terminated".into()),
        }
    }
    Ok(v)
}

fn push_utf8(out: &mut Vec<u8>, c: char) {
    let mut buf = [0; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpreted_strings() {
        assert_eq!(unquote_string(r#""abc""#).unwrap(), b"abc");
        assert_eq!(unquote_string(r#""""#).unwrap(), b"");
        assert_eq!(
            unquote_string(r#""\a\b\f\n\r\t\v\\\"""#).unwrap(),
            b"\x07\x08\x0c\n\r\t\x0b\\\""
        );
        assert_eq!(unquote_string(r#""\xff\377""#).unwrap(), vec![0xff, 0xff]);
        assert_eq!(
            unquote_string(r#""\u00e9\U0001F600""#).unwrap(),
            "é😀".as_bytes()
        );
        assert_eq!(unquote_string("\"日本\"").unwrap(), "日本".as_bytes());
    }

    #[test]
    fn raw_strings_drop_carriage_returns() {
        assert_eq!(unquote_string("`a\r\nb\\n`").unwrap(), b"a\nb\\n");
    }

    #[test]
    fn string_errors() {
        assert_eq!(unquote_string(r#""\q""#).unwrap_err(), "unknown escape");
        assert_eq!(unquote_string(r#""\'""#).unwrap_err(), "unknown escape");
        assert_eq!(
            unquote_string(r#""\400""#).unwrap_err(),
            "octal escape value 256 > 255"
        );
        assert_eq!(
            unquote_string(r#""\uD800""#).unwrap_err(),
            "escape is invalid Unicode code point U+D800"
        );
        assert!(unquote_string(r#""\x4""#).is_err());
        assert!(unquote_string("\"abc").is_err());
        assert!(unquote_string("\"").is_err());
    }

    #[test]
    fn runes() {
        assert_eq!(unquote_char("'a'").unwrap(), 'a' as u32);
        assert_eq!(unquote_char("'本'").unwrap(), '本' as u32);
        assert_eq!(unquote_char(r"'\''").unwrap(), '\'' as u32);
        assert_eq!(unquote_char(r"'\x80'").unwrap(), 0x80);
        assert_eq!(unquote_char(r"'\377'").unwrap(), 255);
        assert_eq!(unquote_char(r"'\u12e4'").unwrap(), 0x12e4);
        assert_eq!(unquote_char(r"'\U00101234'").unwrap(), 0x101234);
        assert_eq!(unquote_char(r"'\t'").unwrap(), 9);
    }

    #[test]
    fn rune_errors() {
        assert_eq!(
            unquote_char("''").unwrap_err(),
            "empty rune literal or unescaped ' in rune literal"
        );
        assert_eq!(
            unquote_char("'ab'").unwrap_err(),
            "more than one character in rune literal"
        );
        assert_eq!(unquote_char(r#"'\"'"#).unwrap_err(), "unknown escape");
        assert!(unquote_char(r"'\U00110000'").is_err());
        assert!(unquote_char("'a").is_err());
    }
}
