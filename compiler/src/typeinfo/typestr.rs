//! Type strings as the Go runtime prints them (`reflect.Type.String()`):
//! `main.T`, `*main.T`, `[]int`, `map[string]int`, `func(int, ...string) error`,
//! `struct { A int; b string "tag" }`, `interface {}`, `interface { M() }`.
//! Unexported interface method names carry their package: `interface { main.m() }`.
//! These differ from the checker's go/types spelling (`struct{...}`, `any`),
//! so descriptors (and the panic texts the runtime builds from them) use this.

use crate::syntax::ast::ChanDir;
use crate::types::exprstring::basic_name;
use crate::types::ty::{Signature, Type, TypeTable};
use crate::types::TypeId;

/// The runtime's spelling of `t`.
pub fn rt_string(tt: &TypeTable, t: TypeId) -> String {
    let mut s = String::new();
    write(tt, &mut s, t, 0);
    s
}

fn write(tt: &TypeTable, s: &mut String, t: TypeId, depth: usize) {
    if depth > 64 {
        s.push_str("...");
        return;
    }
    let d = depth + 1;
    match tt.get(t) {
        Type::Basic(k) => s.push_str(basic_name(*k)),
        Type::Named(i) => {
            let n = &tt.named[*i as usize];
            if !n.pkg.is_empty() {
                s.push_str(&n.pkg);
                s.push('.');
            }
            s.push_str(&n.name);
        }
        Type::Pointer(e) => {
            s.push('*');
            write(tt, s, *e, d);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            write(tt, s, *e, d);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            write(tt, s, *e, d);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            write(tt, s, *k, d);
            s.push(']');
            write(tt, s, *v, d);
        }
        Type::Chan(dir, e) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write(tt, s, *e, d);
        }
        Type::Struct(fields) if fields.is_empty() => s.push_str("struct {}"),
        Type::Struct(fields) => {
            s.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                write(tt, s, f.ty, d);
                if let Some(tag) = &f.tag {
                    s.push_str(&format!(" {tag:?}"));
                }
            }
            s.push_str(" }");
        }
        Type::Func(sig) => {
            s.push_str("func");
            write_sig(tt, s, sig, d);
        }
        Type::Tuple(ts) => {
            s.push('(');
            for (i, &e) in ts.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(tt, s, e, d);
            }
            s.push(')');
        }
        Type::Interface(ms) if ms.is_empty() => s.push_str("interface {}"),
        Type::Interface(ms) => {
            s.push_str("interface { ");
            for (i, (name, sig)) in ms.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !name.starts_with(char::is_uppercase) {
                    // Unexported method names are package-qualified; every
                    // compiled program is package main.
                    s.push_str("main.");
                }
                s.push_str(name);
                if let Type::Func(sig) = tt.get(*sig) {
                    write_sig(tt, s, sig, d);
                }
            }
            s.push_str(" }");
        }
    }
}

fn write_sig(tt: &TypeTable, s: &mut String, sig: &Signature, d: usize) {
    s.push('(');
    for (i, &p) in sig.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match tt.get(p) {
            Type::Slice(e) if sig.variadic && i + 1 == sig.params.len() => {
                s.push_str("...");
                write(tt, s, *e, d);
            }
            _ => write(tt, s, p, d),
        }
    }
    s.push(')');
    match sig.results.as_slice() {
        [] => {}
        [r] => {
            s.push(' ');
            write(tt, s, *r, d);
        }
        rs => {
            s.push_str(" (");
            for (i, &r) in rs.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write(tt, s, r, d);
            }
            s.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::{BasicKind, StructField};

    #[test]
    fn spells_types_as_the_runtime() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let s = tt.basic(BasicKind::String);
        let n = tt.new_named("T", "main");
        let p = tt.intern(Type::Pointer(n));
        assert_eq!(rt_string(&tt, p), "*main.T");
        let st = tt.intern(Type::Struct(vec![StructField {
            name: "A".into(),
            ty: i,
            embedded: false,
            tag: None,
            pkg: String::new(),
        }]));
        assert_eq!(rt_string(&tt, st), "struct { A int }");
        let e = tt.intern(Type::Interface(vec![]));
        assert_eq!(rt_string(&tt, e), "interface {}");
        let ss = tt.intern(Type::Slice(s));
        let f = tt.intern(Type::Func(Signature {
            params: vec![i, ss],
            results: vec![s, i],
            variadic: true,
        }));
        assert_eq!(rt_string(&tt, f), "func(int, ...string) (string, int)");
    }
}
