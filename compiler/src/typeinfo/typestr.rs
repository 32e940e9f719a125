//! Type strings as the Go runtime prints them (`reflect.Type.String()`):
//! `main.T`, `*main.T`, `[]int`, `map[string]int`, `func(int, ...string) error`,
//! `struct { A int; b string "tag" }`, `interface {}`, `interface { M() }`.
//! Unexported interface method names carry their package: `interface { main.m() }`.
//! These differ from the checker's go/types spelling (`struct{...}`, `any`),
//! so descriptors (and the panic texts the runtime builds from them) use this.
//! The printer is the checker's (types/typestring.rs) in its runtime style.

use crate::types::ty::TypeTable;
use crate::types::typestring::{styled, Style};
use crate::types::TypeId;

/// The runtime's spelling of `t`.
pub fn rt_string(tt: &TypeTable, t: TypeId) -> String {
    styled(tt, t, Style::Runtime)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::{BasicKind, Signature, StructField, Type};

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
