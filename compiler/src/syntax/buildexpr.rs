//! `//go:build` expressions (go/build/constraint): build tags combined with
//! `!`, `&&`, `||` and parentheses. Parsed once here for both readers: the
//! loader evaluates them against the target (which files build), the
//! checker asks for the Go version a file's line implies (its language
//! version).

/// A parsed `//go:build` expression.
#[derive(Debug, PartialEq)]
pub enum BuildExpr {
    Tag(String),
    Not(Box<BuildExpr>),
    And(Box<BuildExpr>, Box<BuildExpr>),
    Or(Box<BuildExpr>, Box<BuildExpr>),
}

/// Parses a `//go:build` expression (the text after the directive).
pub fn parse(expr: &str) -> Result<BuildExpr, String> {
    let tokens = tokenize(expr)?;
    let mut p = Parser {
        tokens: &tokens,
        pos: 0,
    };
    let e = p.or()?;
    if p.pos != tokens.len() {
        return Err(format!("invalid //go:build expression: {expr}"));
    }
    Ok(e)
}

impl BuildExpr {
    /// The expression's value when `tag` says which tags are satisfied.
    pub fn eval(&self, tag: &dyn Fn(&str) -> bool) -> bool {
        match self {
            BuildExpr::Tag(t) => tag(t),
            BuildExpr::Not(x) => !x.eval(tag),
            BuildExpr::And(x, y) => x.eval(tag) && y.eval(tag),
            BuildExpr::Or(x, y) => x.eval(tag) || y.eval(tag),
        }
    }

    /// The minimum Go 1.N release the expression implies, if any
    /// (`constraint.GoVersion`): `go1.21 && linux` implies 21,
    /// `go1.21 || linux` and `!go1.21` imply nothing.
    pub fn go_minor(&self) -> Option<u32> {
        u32::try_from(self.min_version(true)).ok()
    }

    /// `minVersion`: -1 for no version; `positive` is false under an odd
    /// number of `!`, where `&&` and `||` trade places.
    fn min_version(&self, positive: bool) -> i64 {
        match self {
            BuildExpr::Tag(_) if !positive => -1,
            BuildExpr::Tag(t) if t == "go1" => 0,
            BuildExpr::Tag(t) => t
                .strip_prefix("go1.")
                .and_then(|n| n.parse().ok())
                .unwrap_or(-1),
            BuildExpr::Not(x) => x.min_version(!positive),
            BuildExpr::And(x, y) | BuildExpr::Or(x, y) => {
                let (a, b) = (x.min_version(positive), y.min_version(positive));
                if matches!(self, BuildExpr::And(..)) == positive {
                    a.max(b)
                } else {
                    a.min(b)
                }
            }
        }
    }
}

#[derive(Debug, PartialEq)]
enum Tok {
    Tag(String),
    Not,
    And,
    Or,
    LParen,
    RParen,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'!' => {
                out.push(Tok::Not);
                i += 1;
            }
            b'(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            b')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            b'&' if b.get(i + 1) == Some(&b'&') => {
                out.push(Tok::And);
                i += 2;
            }
            b'|' if b.get(i + 1) == Some(&b'|') => {
                out.push(Tok::Or);
                i += 2;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                out.push(Tok::Tag(s[start..i].to_string()));
            }
            _ => return Err(format!("invalid //go:build expression: {s}")),
        }
    }
    Ok(out)
}

struct Parser<'a> {
    tokens: &'a [Tok],
    pos: usize,
}

impl Parser<'_> {
    fn or(&mut self) -> Result<BuildExpr, String> {
        let mut e = self.and()?;
        while self.tokens.get(self.pos) == Some(&Tok::Or) {
            self.pos += 1;
            e = BuildExpr::Or(Box::new(e), Box::new(self.and()?));
        }
        Ok(e)
    }

    fn and(&mut self) -> Result<BuildExpr, String> {
        let mut e = self.not()?;
        while self.tokens.get(self.pos) == Some(&Tok::And) {
            self.pos += 1;
            e = BuildExpr::And(Box::new(e), Box::new(self.not()?));
        }
        Ok(e)
    }

    fn not(&mut self) -> Result<BuildExpr, String> {
        match self.tokens.get(self.pos) {
            Some(Tok::Not) => {
                self.pos += 1;
                Ok(BuildExpr::Not(Box::new(self.not()?)))
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let e = self.or()?;
                if self.tokens.get(self.pos) != Some(&Tok::RParen) {
                    return Err("invalid //go:build expression: missing )".into());
                }
                self.pos += 1;
                Ok(e)
            }
            Some(Tok::Tag(t)) => {
                self.pos += 1;
                Ok(BuildExpr::Tag(t.clone()))
            }
            _ => Err("invalid //go:build expression".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn minor(s: &str) -> Option<u32> {
        parse(s).unwrap().go_minor()
    }

    #[test]
    fn versions_of_build_lines() {
        assert_eq!(minor("go1.21"), Some(21));
        assert_eq!(minor("linux && go1.22"), Some(22));
        assert_eq!(minor("go1.21 || go1.23"), Some(21));
        assert_eq!(minor("linux || go1.23"), None);
        assert_eq!(minor("!go1.23"), None);
        // !(go1.21 || !go1.23) is !go1.21 && go1.23.
        assert_eq!(minor("!(go1.21 || !go1.23)"), Some(23));
        assert_eq!(minor("(go1.20 && linux) || (go1.22 && darwin)"), Some(20));
        assert_eq!(minor("linux"), None);
        assert_eq!(minor("go1"), Some(0));
    }

    #[test]
    fn evaluation_and_errors() {
        let tag = |t: &str| t == "linux" || t == "amd64";
        assert!(parse("linux && (amd64 || arm64)").unwrap().eval(&tag));
        assert!(!parse("linux && !amd64").unwrap().eval(&tag));
        assert!(parse("a ||").is_err());
        assert!(parse("(a").is_err());
        assert!(parse("a b").is_err());
        assert!(parse("a $ b").is_err());
    }
}
