//! Compiler directives: `//go:NAME args` comments.
//!
//! The lexer records every line comment that starts with `//go:` and has
//! nothing but blanks before it on its line (gc ignores others) as a
//! `Directive` of the file, in source order. After parsing, the directives
//! between one top-level declaration and the next function declaration
//! become that function's `Pragmas` (gc's rule: pragmas collect until the
//! next declaration takes them). File-level directives (`//go:build`,
//! `//go:linkname`, `//go:embed`) stay in `File::directives` for whoever
//! needs them; golift checks no placement (gc's "misplaced compiler
//! directive" errors are not reproduced), and every directive gc knows is
//! accepted where gc accepts it: unknown ones are ignored, as gc does.

use super::ast::{Decl, File, Span};

/// One `//go:` directive comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// The directive's name after `//go:` (`nosplit`, `linkname`).
    pub name: String,
    /// The blank-separated words after the name.
    pub args: Vec<String>,
    /// The whole comment.
    pub span: Span,
}

impl Directive {
    /// The directive in comment `text` (which starts with `//`), if any.
    pub fn parse(text: &str, span: Span) -> Option<Directive> {
        let body = text.strip_prefix("//go:")?;
        let mut words = body.split_whitespace();
        let name = words.next()?.to_string();
        let args = words.map(str::to_string).collect();
        Some(Directive { name, args, span })
    }
}

/// The patterns of a `//go:embed` line's arguments (the text after
/// `//go:embed`), each with its byte offset in `args`, as gc's
/// `parseGoEmbed` reads them: blank-separated words, `"quoted"` (Go
/// escapes) or `` `raw` `` strings.
pub fn embed_patterns(args: &str) -> Result<Vec<(String, usize)>, String> {
    let bad = |rest: &str| format!("invalid quoted string in //go:embed: {rest}");
    let mut out = Vec::new();
    let mut i = 0;
    let b = args.as_bytes();
    loop {
        while i < b.len() && (b[i] as char).is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let start = i;
        let rest = &args[i..];
        let pattern = match b[i] {
            b'`' => {
                let n = rest[1..].find('`').ok_or_else(|| bad(rest))?;
                i += n + 2;
                rest[1..1 + n].to_string()
            }
            b'"' => {
                let mut j = 1;
                let rb = rest.as_bytes();
                loop {
                    if j >= rb.len() {
                        return Err(bad(rest));
                    }
                    if rb[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if rb[j] == b'"' {
                        break;
                    }
                    j += 1;
                }
                let q = unquote(&rest[..j + 1]).ok_or_else(|| bad(&rest[..j + 1]))?;
                i += j + 1;
                q
            }
            _ => {
                let n = rest.find(char::is_whitespace).unwrap_or(rest.len());
                i += n;
                rest[..n].to_string()
            }
        };
        if i < b.len() && !(b[i] as char).is_whitespace() {
            return Err(bad(&args[i..]));
        }
        out.push((pattern, start));
    }
    Ok(out)
}

/// A Go interpreted string literal's value (gc unquotes patterns with
/// strconv.Unquote).
fn unquote(q: &str) -> Option<String> {
    String::from_utf8(super::lit::unquote_string(q).ok()?).ok()
}

/// The function pragmas gc knows (cmd/compile's `funcPragmas`), as flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pragmas(u16);

impl Pragmas {
    /// No stack check in the prologue.
    pub const NOSPLIT: Pragmas = Pragmas(1 << 0);
    /// Never inlined into callers.
    pub const NOINLINE: Pragmas = Pragmas(1 << 1);
    /// A bodiless function whose pointer arguments do not escape.
    pub const NOESCAPE: Pragmas = Pragmas(1 << 2);
    pub const NORACE: Pragmas = Pragmas(1 << 3);
    pub const NOCHECKPTR: Pragmas = Pragmas(1 << 4);
    pub const SYSTEMSTACK: Pragmas = Pragmas(1 << 5);
    pub const NOWRITEBARRIER: Pragmas = Pragmas(1 << 6);
    pub const NOWRITEBARRIERREC: Pragmas = Pragmas(1 << 7);
    pub const YESWRITEBARRIERREC: Pragmas = Pragmas(1 << 8);
    pub const CGO_UNSAFE_ARGS: Pragmas = Pragmas(1 << 9);
    pub const UINTPTRKEEPALIVE: Pragmas = Pragmas(1 << 10);
    pub const UINTPTRESCAPES: Pragmas = Pragmas(1 << 11);
    pub const REGISTERPARAMS: Pragmas = Pragmas(1 << 12);
    pub const NOINTERFACE: Pragmas = Pragmas(1 << 13);

    /// The flags directive `name` sets, with the ones gc says it implies
    /// (`nosplit` implies `nocheckptr`, ...); none for other directives.
    pub fn of(name: &str) -> Pragmas {
        let p = match name {
            "nosplit" => Self::NOSPLIT.0 | Self::NOCHECKPTR.0,
            "noinline" => Self::NOINLINE.0,
            "noescape" => Self::NOESCAPE.0,
            "norace" => Self::NORACE.0,
            "nocheckptr" => Self::NOCHECKPTR.0,
            "systemstack" => Self::SYSTEMSTACK.0,
            "nowritebarrier" => Self::NOWRITEBARRIER.0,
            "nowritebarrierrec" => Self::NOWRITEBARRIERREC.0 | Self::NOWRITEBARRIER.0,
            "yeswritebarrierrec" => Self::YESWRITEBARRIERREC.0,
            "cgo_unsafe_args" => Self::CGO_UNSAFE_ARGS.0 | Self::NOCHECKPTR.0,
            "uintptrkeepalive" => Self::UINTPTRKEEPALIVE.0,
            "uintptrescapes" => Self::UINTPTRESCAPES.0 | Self::UINTPTRKEEPALIVE.0,
            "registerparams" => Self::REGISTERPARAMS.0,
            "nointerface" => Self::NOINTERFACE.0,
            _ => 0,
        };
        Pragmas(p)
    }

    pub fn contains(self, p: Pragmas) -> bool {
        self.0 & p.0 == p.0
    }

    pub fn insert(&mut self, p: Pragmas) {
        self.0 |= p.0;
    }
}

/// Where declaration `d` ends (its last spec or its body).
fn decl_end(d: &Decl) -> Option<u32> {
    match d {
        Decl::Const(s) => s.last().map(|s| s.span.hi),
        Decl::Var(s) => s.last().map(|s| s.span.hi),
        Decl::Type(s) => s.last().map(|s| s.span.hi),
        Decl::Func(f) => Some(f.span.hi),
    }
}

/// Gives each function declaration of `file` the pragmas of the
/// directives between the previous declaration and itself.
pub fn attach_pragmas(file: &mut File) {
    let mut from = 0;
    for d in &mut file.decls {
        if let Decl::Func(f) = d {
            let here = file
                .directives
                .iter()
                .filter(|dir| dir.span.lo >= from && dir.span.hi <= f.span.lo);
            for dir in here {
                f.pragmas.insert(Pragmas::of(&dir.name));
            }
        }
        from = decl_end(d).unwrap_or(from);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn embed_patterns_and_bad_quotes() {
        assert_eq!(
            embed_patterns(" a \"b\\x41\"").unwrap(),
            [("a".to_string(), 1), ("bA".to_string(), 3)]
        );
        // strconv.Unquote's escapes: \u and octal too.
        assert_eq!(
            embed_patterns("\"\\u0061\\142\"").unwrap(),
            [("ab".to_string(), 0)]
        );
        assert!(embed_patterns(" \"x.txt").is_err());
        assert!(embed_patterns(" `x`y").is_err());
    }

    use super::*;

    fn parse(src: &str) -> File {
        let mut sources = crate::syntax::source::SourceMap::default();
        let fid = sources.add("d.go".into(), src.into());
        let mut next = 0;
        let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
        assert!(d.is_empty(), "{d:?}");
        file
    }

    fn pragmas(f: &File, i: usize) -> Pragmas {
        match &f.decls[i] {
            Decl::Func(f) => f.pragmas,
            _ => panic!("not a function"),
        }
    }

    #[test]
    fn pragmas_go_to_the_next_function_only() {
        let f = parse(
            "package p\n\n//go:nosplit\n//go:noinline\nfunc a() {}\n\nfunc b() {}\n\n// Doc.\n//go:noescape\nfunc c(p *int)\n",
        );
        let a = pragmas(&f, 0);
        assert!(a.contains(Pragmas::NOSPLIT) && a.contains(Pragmas::NOINLINE));
        assert!(
            a.contains(Pragmas::NOCHECKPTR),
            "nosplit implies nocheckptr"
        );
        assert_eq!(pragmas(&f, 1), Pragmas::default());
        assert_eq!(pragmas(&f, 2), Pragmas::NOESCAPE);
    }

    #[test]
    fn a_directive_before_another_declaration_is_not_the_function_s() {
        let f = parse("package p\n\n//go:noinline\nvar x int\n\nfunc a() {}\n");
        assert_eq!(pragmas(&f, 1), Pragmas::default());
    }

    #[test]
    fn directives_are_kept_with_their_arguments_and_others_are_ignored() {
        let f = parse(
            "//go:build linux\n\npackage p\n\nimport _ \"unsafe\"\n\n//go:linkname x runtime.y\nvar x int // go:noinline\n\nvar s = `\n//go:nosplit\n`\n\n  //go:uintptrescapes\n//go:fancy new\nfunc a() { /* //go:noinline */ }\n",
        );
        let names: Vec<&str> = f.directives.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["build", "linkname", "uintptrescapes", "fancy"]);
        assert_eq!(f.directives[1].args, ["x", "runtime.y"]);
        let a = pragmas(&f, 2);
        assert!(a.contains(Pragmas::UINTPTRESCAPES) && a.contains(Pragmas::UINTPTRKEEPALIVE));
        assert!(!a.contains(Pragmas::NOINLINE));
    }
}
