//! One printer for types, in the two spellings golift needs:
//! - `Style::Gc`, as gc's messages spell types (go/types' TypeString with
//!   the package unqualified): `T`, `struct{a int}`, `any`,
//!   `interface{m()}`;
//! - `Style::Runtime`, as the Go runtime prints them
//!   (`reflect.Type.String()`): `main.T`, `struct { a int }`,
//!   `interface {}`, `interface { main.m() }` (unexported interface
//!   method names carry their package; every compiled program is package
//!   main). Type descriptors and run-time panic texts use this one;
//! - `Style::Walk`, as gc's back end (cmd/compile's types package) spells
//!   types in the errors of its walk phase: qualified as `Style::Gc`,
//!   braces as `Style::Runtime` (`struct { a int }`, `interface {}`).
//!
//! All walk the same `Type` cases; only named types, structs and
//! interfaces differ. A depth limit guards against malformed tables.

use super::ty::{BasicKind, Signature, Type, TypeId, TypeTable};
use crate::syntax::ast::ChanDir;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Gc,
    Runtime,
    Walk,
}

const MAX_DEPTH: usize = 64;

/// gc's spelling of a basic kind.
pub fn basic_name(k: BasicKind) -> &'static str {
    use BasicKind::*;
    match k {
        Invalid => "invalid type",
        Bool => "bool",
        Int => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 => "float64",
        Complex64 => "complex64",
        Complex128 => "complex128",
        String => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedBool => "untyped bool",
        UntypedInt => "untyped int",
        UntypedRune => "untyped rune",
        UntypedFloat => "untyped float",
        UntypedComplex => "untyped complex",
        UntypedString => "untyped string",
        UntypedNil => "untyped nil",
    }
}

/// gc's spelling of a type in package main.
pub fn type_string(tt: &TypeTable, t: TypeId) -> String {
    type_string_in(tt, t, "main")
}

/// gc's spelling of a type in the package with path `local`: named types
/// of other packages are qualified by their package's name (`p.T`).
pub fn type_string_in(tt: &TypeTable, t: TypeId, local: &str) -> String {
    let mut p = Printer {
        tt,
        style: Style::Gc,
        local,
        s: String::new(),
    };
    p.ty(t, 0);
    p.s
}

/// `t` as gc's walk-phase errors spell it in the package with path `local`.
pub fn walk_type_string(tt: &TypeTable, t: TypeId, local: &str) -> String {
    let mut p = Printer {
        tt,
        style: Style::Walk,
        local,
        s: String::new(),
    };
    p.ty(t, 0);
    p.s
}

/// `t` spelled in `style`.
pub fn styled(tt: &TypeTable, t: TypeId, style: Style) -> String {
    let mut p = Printer {
        tt,
        style,
        local: "main",
        s: String::new(),
    };
    p.ty(t, 0);
    p.s
}

/// A method signature without `func` and without parameter names, as in
/// gc's have/want lines: `(int, ...string) (string, error)`; `local` as
/// for `type_string_in`.
pub fn signature_string(tt: &TypeTable, sig: TypeId, local: &str) -> String {
    let mut p = Printer {
        tt,
        style: Style::Gc,
        local,
        s: String::new(),
    };
    if let Type::Func(sig) = tt.get(sig) {
        p.signature(sig, 1);
    }
    p.s
}

struct Printer<'a> {
    tt: &'a TypeTable,
    style: Style,
    /// The package whose own types go unqualified in gc's style.
    local: &'a str,
    s: String,
}

impl Printer<'_> {
    fn ty(&mut self, t: TypeId, depth: usize) {
        if depth > MAX_DEPTH {
            self.s.push_str("...");
            return;
        }
        let d = depth + 1;
        let tt = self.tt;
        match tt.get(t) {
            Type::Basic(k) => self.s.push_str(basic_name(*k)),
            Type::Named(i) => {
                let n = &tt.named[*i as usize];
                let qualify = match self.style {
                    Style::Runtime => !n.pkg.is_empty(),
                    Style::Gc | Style::Walk => !n.pkg.is_empty() && n.pkg != self.local,
                };
                if qualify {
                    // The package's name: the last element of its path.
                    self.s.push_str(n.pkg.rsplit('/').next().unwrap_or(""));
                    self.s.push('.');
                }
                if self.style == Style::Runtime && !n.targs.is_empty() {
                    let base = n.name.split('[').next().unwrap_or("");
                    self.s.push_str(base);
                    self.s.push('[');
                    for (k, &a) in n.targs.iter().enumerate() {
                        if k > 0 {
                            self.s.push(',');
                        }
                        self.ty(a, d);
                    }
                    self.s.push(']');
                } else {
                    self.s.push_str(&n.name);
                }
            }
            Type::Pointer(e) => {
                self.s.push('*');
                self.ty(*e, d);
            }
            Type::Slice(e) => {
                self.s.push_str("[]");
                self.ty(*e, d);
            }
            Type::Array(n, e) => {
                self.s.push_str(&format!("[{n}]"));
                self.ty(*e, d);
            }
            Type::Map(k, v) => {
                self.s.push_str("map[");
                self.ty(*k, d);
                self.s.push(']');
                self.ty(*v, d);
            }
            Type::Chan(dir, e) => {
                self.s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.ty(*e, d);
            }
            Type::Struct(fields) => {
                let (open, close) = self.braces("struct", fields.is_empty());
                self.s.push_str(open);
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.s.push_str("; ");
                    }
                    if !f.embedded {
                        self.s.push_str(&f.name);
                        self.s.push(' ');
                    }
                    self.ty(f.ty, d);
                    if let Some(tag) = &f.tag {
                        self.s.push_str(&format!(" {tag:?}"));
                    }
                }
                self.s.push_str(close);
            }
            Type::Func(sig) => {
                self.s.push_str("func");
                self.signature(sig, d);
            }
            Type::Tuple(ts) => {
                self.s.push('(');
                self.list(ts, d);
                self.s.push(')');
            }
            Type::Interface(ms) if ms.is_empty() && self.style == Style::Gc => {
                self.s.push_str("any")
            }
            Type::Interface(ms) => {
                let (open, close) = self.braces("interface", ms.is_empty());
                self.s.push_str(open);
                for (i, (name, sig)) in ms.iter().enumerate() {
                    if i > 0 {
                        self.s.push_str("; ");
                    }
                    if self.style == Style::Runtime && !name.starts_with(char::is_uppercase) {
                        self.s.push_str("main.");
                    }
                    self.s.push_str(name);
                    if let Type::Func(sig) = tt.get(*sig) {
                        self.signature(sig, d);
                    }
                }
                self.s.push_str(close);
            }
        }
    }

    /// The opening and closing text of a struct or interface type.
    fn braces(&self, keyword: &'static str, empty: bool) -> (&'static str, &'static str) {
        match (self.style, keyword, empty) {
            (Style::Gc, "struct", _) => ("struct{", "}"),
            (Style::Gc, _, _) => ("interface{", "}"),
            (_, "struct", true) => ("struct {", "}"),
            (_, "struct", false) => ("struct { ", " }"),
            (_, _, true) => ("interface {", "}"),
            (_, _, false) => ("interface { ", " }"),
        }
    }

    fn list(&mut self, ts: &[TypeId], d: usize) {
        for (i, &t) in ts.iter().enumerate() {
            if i > 0 {
                self.s.push_str(", ");
            }
            self.ty(t, d);
        }
    }

    fn signature(&mut self, sig: &Signature, d: usize) {
        self.s.push('(');
        for (i, &p) in sig.params.iter().enumerate() {
            if i > 0 {
                self.s.push_str(", ");
            }
            match self.tt.get(p) {
                Type::Slice(e) if sig.variadic && i + 1 == sig.params.len() => {
                    self.s.push_str("...");
                    self.ty(*e, d);
                }
                _ => self.ty(p, d),
            }
        }
        self.s.push(')');
        match sig.results.as_slice() {
            [] => {}
            [r] => {
                self.s.push(' ');
                self.ty(*r, d);
            }
            rs => {
                self.s.push_str(" (");
                self.list(rs, d);
                self.s.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::StructField;

    #[test]
    fn spells_types_in_both_styles() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let s = tt.basic(BasicKind::String);
        let n = tt.new_named("T", "main");
        let p = tt.intern(Type::Pointer(n));
        assert_eq!(type_string(&tt, p), "*T");
        assert_eq!(styled(&tt, p, Style::Runtime), "*main.T");
        let st = tt.intern(Type::Struct(vec![StructField {
            name: "a".into(),
            ty: i,
            embedded: false,
            tag: None,
            pkg: "main".into(),
        }]));
        assert_eq!(type_string(&tt, st), "struct{a int}");
        assert_eq!(styled(&tt, st, Style::Runtime), "struct { a int }");
        let e = tt.intern(Type::Interface(vec![]));
        assert_eq!(type_string(&tt, e), "any");
        assert_eq!(styled(&tt, e, Style::Runtime), "interface {}");
        let f = tt.intern(Type::Func(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        let m = tt.intern(Type::Interface(vec![("m".into(), f)]));
        assert_eq!(type_string(&tt, m), "interface{m()}");
        assert_eq!(styled(&tt, m, Style::Runtime), "interface { main.m() }");
        let a = tt.intern(Type::Array(2, st));
        assert_eq!(walk_type_string(&tt, a, "main"), "[2]struct { a int }");
        let o = tt.new_named("U", "time");
        let ao = tt.intern(Type::Array(1, o));
        assert_eq!(walk_type_string(&tt, ao, "main"), "[1]time.U");
        assert_eq!(walk_type_string(&tt, e, "main"), "interface {}");
        let ss = tt.intern(Type::Slice(s));
        let g = tt.intern(Type::Func(Signature {
            params: vec![i, ss],
            results: vec![s, i],
            variadic: true,
        }));
        assert_eq!(
            signature_string(&tt, g, "main"),
            "(int, ...string) (string, int)"
        );
    }
}
