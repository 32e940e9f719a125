//! The Go lexer: source text to tokens with byte spans.
//!
//! Go's automatic semicolon insertion happens here, so the parser sees the
//! grammar with explicit semicolons: when a line's last token is an
//! identifier, a literal, one of the keywords `break continue fallthrough
//! return`, or one of `++ -- ) ] }`, a `Semi(Newline)` token is emitted at
//! the newline (or `Semi(Eof)` at the end of the file). A general comment
//! that contains a newline counts as a newline; other comments are skipped.
//! The parser lets a semicolon be omitted before a closing `)` or `}`.
//! `//go:` directive comments are collected on the side (`directive.rs`).
//!
//! Invariants: token spans are `lo..hi` byte offsets into the text, in
//! increasing order; the token list always ends with `Semi(Eof)` if the last
//! token allows insertion; malformed input yields diagnostics (gc's texts),
//! never a panic, and the offending literal is still returned as a token so
//! the parser can go on.

use super::ast::{BinOp, LitKind, Span};
use super::directive::Directive;
use super::lit;
use crate::diag::Diagnostic;
use std::fmt;

/// Where a semicolon token came from; gc names each differently in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Ident(&'a str),
    Lit(LitKind, &'a str),
    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
    // Operators and punctuation.
    Op(BinOp),
    /// `op=` for the arithmetic and bitwise operators.
    OpAssign(BinOp),
    Arrow,
    Inc,
    Dec,
    Assign,
    Define,
    Not,
    Tilde,
    Ellipsis,
    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Period,
    Colon,
    Semi(SemiKind),
}

impl Tok<'_> {
    fn keyword(word: &str) -> Option<Tok<'static>> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    fn keyword_text(self) -> Option<&'static str> {
        Some(match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            _ => return None,
        })
    }

    /// Whether a newline after this token inserts a semicolon.
    fn ends_statement(self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Lit(..)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }
}

/// The token as gc names it after "unexpected" in a syntax error.
impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(k) = self.keyword_text() {
            return write!(f, "keyword {k}");
        }
        let s = match self {
            Tok::Ident(name) => return write!(f, "name {name}"),
            Tok::Lit(_, raw) => return write!(f, "literal {raw}"),
            Tok::Op(op) => op.as_str(),
            Tok::OpAssign(op) => return write!(f, "{}=", op.as_str()),
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::LBrack => "[",
            Tok::LBrace => "{",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Comma => "comma",
            Tok::Period => ".",
            Tok::Colon => ":",
            Tok::Semi(SemiKind::Explicit) => "semicolon",
            Tok::Semi(SemiKind::Newline) => "newline",
            Tok::Semi(SemiKind::Eof) => "EOF",
            _ => "token",
        };
        f.write_str(s)
    }
}

/// Tokenizes `text`; `file` is the file index used in diagnostics.
pub fn lex(text: &str, file: u32) -> (Vec<(Tok<'_>, Span)>, Vec<Diagnostic>) {
    let (toks, diags, _) = lex_with_directives(text, file);
    (toks, diags)
}

/// `lex`, also returning the file's `//go:` directives in source order.
pub fn lex_with_directives(text: &str, file: u32) -> Lexed<'_> {
    let mut lx = Lexer {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        file,
        toks: Vec::with_capacity(text.len() / 4),
        diags: Vec::new(),
        directives: Vec::new(),
    };
    lx.run();
    (lx.toks, lx.diags, lx.directives)
}

/// Tokens, diagnostics and directives of a file.
pub type Lexed<'a> = (Vec<(Tok<'a>, Span)>, Vec<Diagnostic>, Vec<Directive>);

struct Lexer<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    file: u32,
    toks: Vec<(Tok<'a>, Span)>,
    diags: Vec<Diagnostic>,
    directives: Vec<Directive>,
}

impl<'a> Lexer<'a> {
    fn run(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.pos = 3;
        }
        // gc's source reader rejects a NUL byte wherever it is (in literals
        // and comments too) and then reads on as if it were not there.
        for (at, _) in self.bytes.iter().enumerate().filter(|(_, &b)| b == 0) {
            self.error(at, "invalid NUL character");
        }
        loop {
            self.skip_blanks();
            let Some(&b) = self.bytes.get(self.pos) else {
                self.semi_if_needed(self.pos, SemiKind::Eof);
                return;
            };
            let lo = self.pos;
            match b {
                b'\n' => {
                    self.semi_if_needed(lo, SemiKind::Newline);
                    self.pos += 1;
                }
                b'/' if self.peek(1) == Some(b'/') => self.line_comment(),
                b'/' if self.peek(1) == Some(b'*') => self.general_comment(),
                _ => {
                    let tok = self.token(b);
                    if let Some(tok) = tok {
                        self.push(tok, lo);
                    }
                }
            }
        }
    }

    fn peek(&self, n: usize) -> Option<u8> {
        self.bytes.get(self.pos + n).copied()
    }

    fn push(&mut self, tok: Tok<'a>, lo: usize) {
        self.toks.push((tok, Span::new(lo as u32, self.pos as u32)));
    }

    fn error(&mut self, at: usize, msg: impl Into<String>) {
        let at = at as u32;
        self.diags
            .push(Diagnostic::new(self.file, Span::new(at, at), msg));
    }

    fn semi_if_needed(&mut self, at: usize, kind: SemiKind) {
        if self.toks.last().is_some_and(|(t, _)| t.ends_statement()) {
            let s = Span::new(at as u32, at as u32);
            self.toks.push((Tok::Semi(kind), s));
        }
    }

    fn skip_blanks(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | 0) = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn line_comment(&mut self) {
        let lo = self.pos;
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
            self.pos += 1;
        }
        if self.text[lo..].starts_with("//go:") && self.alone_on_line(lo) {
            let span = Span::new(lo as u32, self.pos as u32);
            self.directives
                .extend(Directive::parse(&self.text[lo..self.pos], span));
        }
    }

    /// Whether only blanks precede offset `at` on its line.
    fn alone_on_line(&self, at: usize) -> bool {
        self.bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| b != b'\n')
            .all(|&b| b == b' ' || b == b'\t' || b == b'\r')
    }

    fn general_comment(&mut self) {
        let lo = self.pos;
        match self.text[lo + 2..].find("*/") {
            Some(n) => {
                self.pos = lo + 2 + n + 2;
                if self.text[lo..self.pos].contains('\n') {
                    self.semi_if_needed(lo, SemiKind::Newline);
                }
            }
            None => {
                self.pos = self.bytes.len();
                self.error(lo, "comment not terminated");
            }
        }
    }

    /// Scans one token starting with byte `b`; None after an invalid
    /// character (already reported).
    fn token(&mut self, b: u8) -> Option<Tok<'a>> {
        match b {
            b'0'..=b'9' => Some(self.number()),
            b'.' if self.peek(1).is_some_and(|c| c.is_ascii_digit()) => Some(self.number()),
            b'"' => Some(self.interpreted_string()),
            b'`' => Some(self.raw_string()),
            b'\'' => Some(self.rune()),
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => Some(self.word()),
            0x80.. => {
                let c = self.text[self.pos..].chars().next().unwrap_or('\u{fffd}');
                if c.is_alphabetic() {
                    Some(self.word())
                } else {
                    self.error(self.pos, invalid_char(c));
                    self.pos += c.len_utf8();
                    None
                }
            }
            _ => self.operator(b),
        }
    }

    fn word(&mut self) -> Tok<'a> {
        let lo = self.pos;
        for c in self.text[lo..].chars() {
            if c == '_' || c.is_alphanumeric() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let word = &self.text[lo..self.pos];
        Tok::keyword(word).unwrap_or(Tok::Ident(word))
    }

    fn operator(&mut self, b: u8) -> Option<Tok<'a>> {
        let (tok, len) = match (b, self.peek(1), self.peek(2)) {
            (b'.', Some(b'.'), Some(b'.')) => (Tok::Ellipsis, 3),
            (b'<', Some(b'<'), Some(b'=')) => (Tok::OpAssign(BinOp::Shl), 3),
            (b'>', Some(b'>'), Some(b'=')) => (Tok::OpAssign(BinOp::Shr), 3),
            (b'&', Some(b'^'), Some(b'=')) => (Tok::OpAssign(BinOp::AndNot), 3),
            (b'&', Some(b'^'), _) => (Tok::Op(BinOp::AndNot), 2),
            (b'<', Some(b'<'), _) => (Tok::Op(BinOp::Shl), 2),
            (b'>', Some(b'>'), _) => (Tok::Op(BinOp::Shr), 2),
            (b'&', Some(b'&'), _) => (Tok::Op(BinOp::LAnd), 2),
            (b'|', Some(b'|'), _) => (Tok::Op(BinOp::LOr), 2),
            (b'<', Some(b'-'), _) => (Tok::Arrow, 2),
            (b'+', Some(b'+'), _) => (Tok::Inc, 2),
            (b'-', Some(b'-'), _) => (Tok::Dec, 2),
            (b'=', Some(b'='), _) => (Tok::Op(BinOp::Eq), 2),
            (b'!', Some(b'='), _) => (Tok::Op(BinOp::Ne), 2),
            (b'<', Some(b'='), _) => (Tok::Op(BinOp::Le), 2),
            (b'>', Some(b'='), _) => (Tok::Op(BinOp::Ge), 2),
            (b':', Some(b'='), _) => (Tok::Define, 2),
            (b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^', Some(b'='), _) => {
                (Tok::OpAssign(arith_op(b)), 2)
            }
            (b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^', _, _) => {
                (Tok::Op(arith_op(b)), 1)
            }
            (b'<', _, _) => (Tok::Op(BinOp::Lt), 1),
            (b'>', _, _) => (Tok::Op(BinOp::Gt), 1),
            (b'=', _, _) => (Tok::Assign, 1),
            (b'!', _, _) => (Tok::Not, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (b'(', _, _) => (Tok::LParen, 1),
            (b'[', _, _) => (Tok::LBrack, 1),
            (b'{', _, _) => (Tok::LBrace, 1),
            (b')', _, _) => (Tok::RParen, 1),
            (b']', _, _) => (Tok::RBrack, 1),
            (b'}', _, _) => (Tok::RBrace, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b'.', _, _) => (Tok::Period, 1),
            (b':', _, _) => (Tok::Colon, 1),
            (b';', _, _) => (Tok::Semi(SemiKind::Explicit), 1),
            _ => {
                self.error(self.pos, invalid_char(b as char));
                self.pos += 1;
                return None;
            }
        };
        self.pos += len;
        Some(tok)
    }

    fn interpreted_string(&mut self) -> Tok<'a> {
        let lo = self.pos;
        self.pos += 1;
        loop {
            match self.bytes.get(self.pos) {
                None => {
                    self.error(lo, "string not terminated");
                    break;
                }
                Some(b'\n') => {
                    self.error(self.pos, "newline in string");
                    break;
                }
                Some(b'"') => {
                    self.pos += 1;
                    self.validate(lo, lit::unquote_string(&self.text[lo..self.pos]).err());
                    break;
                }
                Some(b'\\') => self.pos += 2.min(self.bytes.len() - self.pos),
                Some(_) => self.pos += 1,
            }
        }
        Tok::Lit(LitKind::String, &self.text[lo..self.pos])
    }

    fn raw_string(&mut self) -> Tok<'a> {
        let lo = self.pos;
        match self.text[lo + 1..].find('`') {
            Some(n) => self.pos = lo + 1 + n + 1,
            None => {
                self.pos = self.bytes.len();
                self.error(lo, "string not terminated");
            }
        }
        Tok::Lit(LitKind::String, &self.text[lo..self.pos])
    }

    fn rune(&mut self) -> Tok<'a> {
        let lo = self.pos;
        self.pos += 1;
        loop {
            match self.bytes.get(self.pos) {
                None => {
                    self.error(lo, "rune literal not terminated");
                    break;
                }
                Some(b'\n') => {
                    self.error(self.pos, "newline in rune literal");
                    break;
                }
                Some(b'\'') => {
                    self.pos += 1;
                    self.validate(lo, lit::unquote_char(&self.text[lo..self.pos]).err());
                    break;
                }
                Some(b'\\') => self.pos += 2.min(self.bytes.len() - self.pos),
                Some(_) => self.pos += 1,
            }
        }
        // A `\` before a multi-byte character may leave pos inside it.
        while !self.text.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        Tok::Lit(LitKind::Char, &self.text[lo..self.pos])
    }

    fn validate(&mut self, lo: usize, err: Option<lit::LitError>) {
        if let Some(e) = err {
            self.error(lo + e.at, e.msg);
        }
    }

    /// Scans an integer, floating-point or imaginary literal.
    fn number(&mut self) -> Tok<'a> {
        let lo = self.pos;
        let mut base = 10;
        let mut prefix = ' ';
        let mut kind = LitKind::Int;
        let mut digits = 0usize;
        let mut invalid: Option<(usize, u8)> = None;
        if self.bytes[lo] == b'0' {
            if let Some(p) = self.peek(1).map(|c| c.to_ascii_lowercase()) {
                (base, prefix) = match p {
                    b'x' => (16, 'x'),
                    b'o' => (8, 'o'),
                    b'b' => (2, 'b'),
                    _ => (10, '0'),
                };
            } else {
                prefix = '0';
            }
            if prefix != '0' {
                self.pos += 2;
            }
        }
        if self.peek(0) != Some(b'.') {
            digits += self.digits(base, &mut invalid);
        }
        if self.peek(0) == Some(b'.') {
            kind = LitKind::Float;
            if prefix == 'o' || prefix == 'b' {
                self.error(
                    self.pos,
                    format!("invalid radix point in {}", base_name(prefix)),
                );
            }
            self.pos += 1;
            digits += self.digits(base, &mut invalid);
        }
        if digits == 0 && prefix != '0' {
            self.error(lo, format!("{} has no digits", base_name(prefix)));
        }
        let exp = self.peek(0).map(|c| c.to_ascii_lowercase());
        if exp == Some(b'e') || exp == Some(b'p') {
            let e = exp.unwrap_or(b'e');
            if e == b'e' && prefix != ' ' && prefix != '0' {
                self.error(self.pos, "'e' exponent requires decimal mantissa");
            } else if e == b'p' && prefix != 'x' {
                self.error(self.pos, "'p' exponent requires hexadecimal mantissa");
            }
            kind = LitKind::Float;
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek(0) {
                self.pos += 1;
            }
            let mut ignore = None;
            if self.digits(10, &mut ignore) == 0 {
                self.error(self.pos, "exponent has no digits");
            }
        } else if prefix == 'x' && kind == LitKind::Float {
            self.error(lo, "hexadecimal mantissa requires a 'p' exponent");
        }
        if self.peek(0) == Some(b'i') {
            kind = LitKind::Imag;
            self.pos += 1;
        }
        let text = &self.text[lo..self.pos];
        if kind == LitKind::Int && prefix == '0' {
            invalid = invalid.or_else(|| legacy_octal_invalid(text, lo));
        }
        if let Some((at, d)) = invalid {
            if kind == LitKind::Int || prefix != '0' {
                let what = base_name(if prefix == '0' { 'o' } else { prefix });
                self.error(at, format!("invalid digit '{}' in {what}", d as char));
            }
        }
        if let Some(at) = invalid_separator(text) {
            self.error(lo + at, "'_' must separate successive digits");
        }
        Tok::Lit(kind, text)
    }

    /// Skips digits and `_` of `base` (decimal digits are accepted and
    /// recorded in `invalid` when base < 10); returns the digit count.
    fn digits(&mut self, base: u32, invalid: &mut Option<(usize, u8)>) -> usize {
        let mut n = 0;
        while let Some(&c) = self.bytes.get(self.pos) {
            let ok = if base == 16 {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            };
            if c == b'_' {
            } else if ok {
                if (c - b'0') as u32 >= base && base < 10 && invalid.is_none() {
                    *invalid = Some((self.pos, c));
                }
                n += 1;
            } else {
                break;
            }
            self.pos += 1;
        }
        n
    }
}

fn arith_op(b: u8) -> BinOp {
    match b {
        b'+' => BinOp::Add,
        b'-' => BinOp::Sub,
        b'*' => BinOp::Mul,
        b'/' => BinOp::Div,
        b'%' => BinOp::Rem,
        b'&' => BinOp::And,
        b'|' => BinOp::Or,
        _ => BinOp::Xor,
    }
}

fn base_name(prefix: char) -> &'static str {
    match prefix {
        'x' => "hexadecimal literal",
        'o' => "octal literal",
        'b' => "binary literal",
        _ => "decimal literal",
    }
}

fn invalid_char(c: char) -> String {
    format!("invalid character U+{:04X} {c:?}", c as u32)
}

/// For a legacy octal integer (`0777`): the first 8 or 9 digit.
fn legacy_octal_invalid(text: &str, lo: usize) -> Option<(usize, u8)> {
    text.bytes()
        .enumerate()
        .find(|&(_, c)| c == b'8' || c == b'9')
        .map(|(i, c)| (lo + i, c))
}

/// Offset of a `_` that does not sit between two digits (a base prefix
/// counts as a digit), if any.
fn invalid_separator(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let start = if b.len() > 1 && b[0] == b'0' && b[1].is_ascii_alphabetic() {
        2
    } else {
        0
    };
    let is_digit = |i: usize| i < b.len() && b[i].is_ascii_hexdigit();
    (start..b.len()).find(|&i| {
        b[i] == b'_' && {
            let before = if i == start {
                start > 0
            } else {
                is_digit(i - 1)
            };
            !before || !is_digit(i + 1)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<String> {
        let (toks, diags) = lex(src, 0);
        assert!(diags.is_empty(), "{diags:?}");
        toks.iter().map(|(t, _)| t.to_string()).collect()
    }

    fn errors(src: &str) -> Vec<String> {
        lex(src, 0).1.into_iter().map(|d| d.msg).collect()
    }

    #[test]
    fn semicolons_after_line_final_tokens() {
        assert_eq!(
            toks("x\n1\nbreak\nreturn\ny++\n)\n]\n}\n"),
            [
                "name x",
                "newline",
                "literal 1",
                "newline",
                "keyword break",
                "newline",
                "keyword return",
                "newline",
                "name y",
                "++",
                "newline",
                ")",
                "newline",
                "]",
                "newline",
                "}",
                "newline"
            ]
        );
        assert_eq!(toks("x +\ny"), ["name x", "+", "name y", "EOF"]);
        assert_eq!(toks("f(\n)"), ["name f", "(", ")", "EOF"]);
        assert_eq!(toks("func\n"), ["keyword func"]);
    }

    #[test]
    fn comments() {
        assert_eq!(toks("x // c\ny"), ["name x", "newline", "name y", "EOF"]);
        assert_eq!(
            toks("x /* a\nb */ y"),
            ["name x", "newline", "name y", "EOF"]
        );
        assert_eq!(toks("x /* ab */ y"), ["name x", "name y", "EOF"]);
        assert_eq!(errors("/* x"), ["comment not terminated"]);
    }

    #[test]
    fn spans_are_byte_offsets() {
        let (t, _) = lex("ab := \"é\"", 0);
        assert_eq!(t[0].1, Span::new(0, 2));
        assert_eq!(t[1].1, Span::new(3, 5));
        assert_eq!(t[2].1, Span::new(6, 10));
    }

    #[test]
    fn operators() {
        assert_eq!(
            toks("a &^= b <<= c &^ d <- e ... f != g := h"),
            [
                "name a", "&^=", "name b", "<<=", "name c", "&^", "name d", "<-", "name e", "...",
                "name f", "!=", "name g", ":=", "name h", "EOF"
            ]
        );
    }

    #[test]
    fn number_literals() {
        for src in [
            "0",
            "42",
            "0x1F",
            "0X_ff",
            "0o17",
            "0O7",
            "0b1010",
            "017",
            "1_000_000",
            "0.5",
            ".5",
            "1.",
            "1e10",
            "1E-3",
            "0x1p-2",
            "0x1.8p3",
            "0x.8p0",
            "1i",
            "0i",
            "1.5i",
            "0x1p1i",
            "089.5",
            "0123i",
            "1_2.3_4e5_6",
        ] {
            let (t, d) = lex(src, 0);
            assert!(d.is_empty(), "{src}: {d:?}");
            assert!(matches!(t[0].0, Tok::Lit(_, s) if s == src), "{src}");
        }
        let kinds: Vec<_> = ["1", "1.0", "1e3", "0x1p3", "1i", "'a'", "\"s\""]
            .iter()
            .map(|s| match lex(s, 0).0[0].0 {
                Tok::Lit(k, _) => k,
                _ => unreachable!(),
            })
            .collect();
        use LitKind::*;
        assert_eq!(kinds, [Int, Float, Float, Float, Imag, Char, String]);
    }

    #[test]
    fn number_errors() {
        assert_eq!(errors("089"), ["invalid digit '8' in octal literal"]);
        assert_eq!(errors("0b102"), ["invalid digit '2' in binary literal"]);
        assert_eq!(errors("0x"), ["hexadecimal literal has no digits"]);
        assert_eq!(errors("1e"), ["exponent has no digits"]);
        assert_eq!(
            errors("0x1.5"),
            ["hexadecimal mantissa requires a 'p' exponent"]
        );
        assert_eq!(errors("1__0"), ["'_' must separate successive digits"]);
        assert_eq!(errors("1_"), ["'_' must separate successive digits"]);
        assert_eq!(
            errors("1p3"),
            ["'p' exponent requires hexadecimal mantissa"]
        );
    }

    #[test]
    fn string_and_rune_literals() {
        assert_eq!(toks(r#""a\"b""#), [r#"literal "a\"b""#, "EOF"]);
        assert_eq!(toks("`a\nb`"), ["literal `a\nb`", "EOF"]);
        assert_eq!(toks(r"'\''"), [r"literal '\''", "EOF"]);
        assert_eq!(toks("'é'"), ["literal 'é'", "EOF"]);
        assert_eq!(errors("\"abc\n"), ["newline in string"]);
        assert_eq!(errors("\"abc"), ["string not terminated"]);
        assert_eq!(errors("`abc"), ["string not terminated"]);
        assert_eq!(errors("'ab'"), ["more than one character in rune literal"]);
        assert_eq!(errors(r#""\q""#), ["unknown escape"]);
        assert_eq!(errors("'a"), ["rune literal not terminated"]);
    }

    #[test]
    fn literal_errors_are_where_gc_reports_them() {
        let at = |src: &str| -> Vec<(u32, String)> {
            let d = lex(src, 0).1;
            d.into_iter().map(|d| (d.span.lo, d.msg)).collect()
        };
        let one = |lo: u32, msg: &str| vec![(lo, msg.to_string())];
        assert_eq!(at("x \"abc\n"), one(6, "newline in string"));
        assert_eq!(at("x `abc"), one(2, "string not terminated"));
        assert_eq!(at("x 'a\n"), one(4, "newline in rune literal"));
        assert_eq!(
            at(r#"x "\u12""#),
            one(7, "invalid character '\"' in hexadecimal escape")
        );
        assert_eq!(
            at(r#"x "\uD800""#),
            one(9, "escape is invalid Unicode code point U+D800")
        );
        assert_eq!(at(r#"x "ab\q""#), one(6, "unknown escape"));
        assert_eq!(at(r"x '\400'"), one(7, "octal escape value 256 > 255"));
        assert_eq!(
            at("x \"a\0b\" \0"),
            [
                (4, "invalid NUL character".to_string()),
                (8, "invalid NUL character".to_string())
            ]
        );
    }

    #[test]
    fn invalid_characters_do_not_stop_lexing() {
        let (t, d) = lex("a @ b", 0);
        assert_eq!(d[0].msg, "invalid character U+0040 '@'");
        assert_eq!(t.len(), 3);
        assert!(!lex("'\\é", 0).1.is_empty());
        assert!(!lex("\"\\", 0).1.is_empty());
    }
}
