//! Decoding of Go string and rune literals from their source text.
//!
//! Go strings are byte strings: an interpreted literal yields the UTF-8 bytes
//! of its literal characters and of its `\u`/`\U` escapes, and the raw byte of
//! each `\x` and octal escape (which need not form valid UTF-8). A raw
//! (back-quoted) literal yields its text with carriage returns removed.
//! The lexer calls these functions to validate literals (so a literal that
//! reaches the parser always decodes) and the type checker calls them again
//! for the values. Error texts are gc's.

/// A malformed literal: gc's message and the byte offset, within the
/// literal's text, where gc's scanner reports it.
#[derive(Debug, PartialEq, Eq)]
pub struct LitError {
    pub at: usize,
    pub msg: String,
}

fn fail<T>(at: usize, msg: impl Into<String>) -> Result<T, LitError> {
    Err(LitError {
        at,
        msg: msg.into(),
    })
}

/// Decodes a string literal, quotes included (`"..."` or `` `...` ``).
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, LitError> {
    if let Some(body) = raw.strip_prefix('`') {
        let Some(body) = body.strip_suffix('`') else {
            return fail(0, "string not terminated");
        };
        return Ok(body.bytes().filter(|&b| b != b'\r').collect());
    }
    let mut cur = Cursor { raw, pos: 1 };
    let mut out = Vec::with_capacity(raw.len());
    loop {
        let at = cur.pos;
        match cur.next() {
            None => return fail(0, "string not terminated"),
            Some('"') if cur.pos == raw.len() => return Ok(out),
            Some('\\') => match cur.escape('"')? {
                Decoded::Byte(b) => out.push(b),
                Decoded::Char(c) => push_utf8(&mut out, c),
            },
            Some('\n') => return fail(at, "newline in string"),
            Some('"') => return fail(at, "unexpected \" in string literal"),
            Some(c) => push_utf8(&mut out, c),
        }
    }
}

/// Decodes a rune literal, quotes included, to its code point value.
pub fn unquote_char(raw: &str) -> Result<u32, LitError> {
    if raw.len() < 2 || !raw.ends_with('\'') {
        return fail(0, "rune literal not terminated");
    }
    let mut cur = Cursor { raw, pos: 1 };
    let at = cur.pos;
    let value = match cur.next() {
        Some('\'') => return fail(at, "empty rune literal or unescaped ' in rune literal"),
        Some('\\') => match cur.escape('\'')? {
            Decoded::Byte(b) => b as u32,
            Decoded::Char(c) => c as u32,
        },
        Some('\n') => return fail(at, "newline in rune literal"),
        Some(c) => c as u32,
        None => return fail(0, "rune literal not terminated"),
    };
    if cur.pos + 1 != raw.len() {
        return fail(0, "more than one character in rune literal");
    }
    Ok(value)
}

enum Decoded {
    /// `\x` and octal escapes: one byte, not a character.
    Byte(u8),
    Char(char),
}

/// A position in a literal's text.
struct Cursor<'a> {
    raw: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.raw[self.pos..].chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Decodes one escape after its backslash; `quote` is the literal's
    /// quote, the only quote that may be escaped. Errors are where gc's
    /// scanner reports them: at the offending character, or just after the
    /// digits of an out-of-range value.
    fn escape(&mut self, quote: char) -> Result<Decoded, LitError> {
        let at = self.pos;
        let Some(c) = self.next() else {
            return fail(at, "escape sequence not terminated");
        };
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
                let rest = self.digits(2, 8, "octal")?;
                let v = (c as u32 - '0' as u32) * 64 + rest;
                if v > 255 {
                    return fail(self.pos, format!("octal escape value {v} > 255"));
                }
                Ok(Decoded::Byte(v as u8))
            }
            'x' => Ok(Decoded::Byte(self.digits(2, 16, "hexadecimal")? as u8)),
            'u' | 'U' => {
                let n = if c == 'u' { 4 } else { 8 };
                let v = self.digits(n, 16, "hexadecimal")?;
                match char::from_u32(v) {
                    Some(c) => Ok(Decoded::Char(c)),
                    None => fail(
                        self.pos,
                        format!("escape is invalid Unicode code point U+{v:04X}"),
                    ),
                }
            }
            _ => fail(at, "unknown escape"),
        }
    }

    /// Reads exactly `n` digits in `base`.
    fn digits(&mut self, n: u32, base: u32, what: &str) -> Result<u32, LitError> {
        let mut v: u32 = 0;
        for _ in 0..n {
            let Some(c) = self.peek() else {
                return fail(self.pos, "escape sequence not terminated");
            };
            let Some(d) = c.to_digit(base) else {
                return fail(
                    self.pos,
                    format!("invalid character {c:?} in {what} escape"),
                );
            };
            self.pos += 1;
            v = v.wrapping_mul(base).wrapping_add(d);
        }
        Ok(v)
    }
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
        assert_eq!(unquote_string(r#""\q""#).unwrap_err().msg, "unknown escape");
        assert_eq!(unquote_string(r#""\'""#).unwrap_err().msg, "unknown escape");
        assert_eq!(
            unquote_string(r#""\400""#).unwrap_err().msg,
            "octal escape value 256 > 255"
        );
        assert_eq!(
            unquote_string(r#""\uD800""#).unwrap_err().msg,
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
            unquote_char("''").unwrap_err().msg,
            "empty rune literal or unescaped ' in rune literal"
        );
        assert_eq!(
            unquote_char("'ab'").unwrap_err().msg,
            "more than one character in rune literal"
        );
        assert_eq!(unquote_char(r#"'\"'"#).unwrap_err().msg, "unknown escape");
        assert!(unquote_char(r"'\U00110000'").is_err());
        assert!(unquote_char("'a").is_err());
    }
}
