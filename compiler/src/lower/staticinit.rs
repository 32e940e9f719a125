//! Static initialisation of package variables, as gc's staticinit does it.
//!
//! A package variable whose initialiser is a constant of a basic type
//! (number, bool, string) gets its value in the object file and no code in
//! `main..init`. The spec's initialisation order cannot tell the difference,
//! but a program can: a function that runs during initialisation may read a
//! variable that it does not depend on in the spec's sense (through an
//! interface method call, which records no dependency), and with gc it then
//! sees the constant, not the zero value. Invariant: a variable in
//! `static_values` is never assigned by `main..init`'s initialisers.
//!
//! So is a `[]byte(c)` or `[]rune(c)` conversion of a non-empty constant
//! string (gc's `InitSliceBytes`, and the slice literal typecheck makes of
//! `[]rune(c)`): the slice points at a writable array of exactly its
//! elements, so its cap is its len.
//!
//! Not (yet) static here, though gc makes some of them static: composite
//! literals, addresses, func values, conversions to interfaces and copies of
//! other statically initialised variables.

use std::collections::HashMap;

use cranelift_module::{DataDescription, DataId, Linkage, Module};

use super::expr::{const_bits, const_complex, const_f64, go_runes};
use super::ModCx;
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::ty::Type;
use crate::types::{BasicKind, ConstValue, Initializer, Mode, ObjId};

/// The contents a statically initialised variable starts with.
pub(crate) enum StaticValue {
    /// Little-endian bytes of a number or bool.
    Bytes(Vec<u8>),
    /// A non-empty string: its data pointer is relocated to the bytes.
    Str(Vec<u8>),
    /// A slice of `len` elements whose array (these bytes) is its own
    /// writable data object.
    Slice(Vec<u8>, u64),
}

impl ModCx<'_> {
    /// The variables every package initialises with a basic constant, with
    /// their values.
    pub(crate) fn static_values(&self) -> HashMap<ObjId, StaticValue> {
        let mut out = HashMap::new();
        for p in &self.pkg.packages {
            for init in &p.init_order {
                if let Some((obj, v)) = self.static_value(init) {
                    out.insert(obj, v);
                }
            }
        }
        out
    }

    /// Whether `init`'s variable was made static (`static_values`).
    pub(crate) fn is_static(&self, init: &Initializer) -> bool {
        self.static_value(init).is_some()
    }

    fn static_value(&self, init: &Initializer) -> Option<(ObjId, StaticValue)> {
        let [Some(obj)] = init.lhs[..] else {
            return None;
        };
        let decl = self.files.get(init.file).map(|f| &f.decls[init.decl])?;
        let crate::syntax::ast::Decl::Var(specs) = decl else {
            return None;
        };
        let value = specs.get(init.spec)?.values.get(init.value)?;
        if let Some(v) = self.static_conversion(value) {
            return Some((obj, v));
        }
        let Mode::Constant(c) = &self.pkg.type_of(value.id)?.mode else {
            return None;
        };
        let kind = self.tt().basic_kind(self.pkg.obj(obj).ty)?;
        Some((obj, encode(kind, c)?))
    }

    /// `[]byte(c)`/`[]rune(c)` (any slice type with byte or rune elements)
    /// of a non-empty constant string `c`: its elements' bytes.
    fn static_conversion(&self, value: &Expr) -> Option<StaticValue> {
        let ExprKind::Call { fun, args, .. } = &value.unparen().kind else {
            return None;
        };
        let (Some(Mode::Type), [x]) = (self.pkg.type_of(fun.id).map(|t| &t.mode), &args[..]) else {
            return None;
        };
        let Mode::Constant(ConstValue::String(c)) = &self.pkg.type_of(x.id)?.mode else {
            return None;
        };
        let to = self.pkg.type_of(value.id)?.ty;
        let Type::Slice(et) = self.tt().under(to) else {
            return None;
        };
        if c.is_empty() {
            return None;
        }
        Some(match self.tt().size_of(*et) {
            1 => StaticValue::Slice(c.clone(), c.len() as u64),
            _ => {
                let runes = go_runes(c);
                let n = runes.len() as u64;
                StaticValue::Slice(runes.iter().flat_map(|r| r.to_le_bytes()).collect(), n)
            }
        })
    }

    /// Data contents of a package variable: its static value, else zeros.
    pub(crate) fn global_data(&mut self, v: Option<&StaticValue>, size: usize) -> DataDescription {
        let mut d = DataDescription::new();
        match v {
            None => d.define_zeroinit(size),
            Some(StaticValue::Bytes(b)) => {
                let mut bytes = b.clone();
                bytes.resize(size, 0);
                d.define(bytes.into_boxed_slice());
            }
            Some(StaticValue::Str(s)) => {
                let mut bytes = vec![0u8; size];
                bytes[8..16].copy_from_slice(&(s.len() as u64).to_le_bytes());
                d.define(bytes.into_boxed_slice());
                let id = self.string_data(s);
                let gv = self.module.declare_data_in_data(id, &mut d);
                d.write_data_addr(0, gv, 0);
            }
            Some(StaticValue::Slice(elems, n)) => {
                let mut bytes = vec![0u8; size];
                bytes[8..16].copy_from_slice(&n.to_le_bytes());
                bytes[16..24].copy_from_slice(&n.to_le_bytes());
                d.define(bytes.into_boxed_slice());
                let id = self.static_array(elems);
                let gv = self.module.declare_data_in_data(id, &mut d);
                d.write_data_addr(0, gv, 0);
            }
        }
        d
    }

    /// A writable data object holding a static slice's array (gc's
    /// `stmp` symbols).
    fn static_array(&mut self, elems: &[u8]) -> DataId {
        self.static_arrays += 1;
        let name = format!("golift.stmp.{}", self.static_arrays);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, true, false)
            .expect("static array symbols are unique");
        let mut d = DataDescription::new();
        d.define(elems.to_vec().into_boxed_slice());
        d.set_align(8);
        self.define_data(id, d);
        id
    }
}

/// The in-memory representation of constant `c` as a value of kind `k`.
fn encode(k: BasicKind, c: &ConstValue) -> Option<StaticValue> {
    use BasicKind::*;
    let int = |n: usize| -> Vec<u8> { const_bits(c).to_le_bytes()[..n].to_vec() };
    let bytes = match k {
        String => {
            let ConstValue::String(s) = c else {
                return None;
            };
            return Some(if s.is_empty() {
                StaticValue::Bytes(vec![])
            } else {
                StaticValue::Str(s.clone())
            });
        }
        Bool => {
            let ConstValue::Bool(b) = c else {
                return None;
            };
            vec![*b as u8]
        }
        Int8 | Uint8 => int(1),
        Int16 | Uint16 => int(2),
        Int32 | Uint32 => int(4),
        Int | Int64 | Uint | Uint64 | Uintptr => int(8),
        Float32 => (const_f64(c) as f32).to_le_bytes().to_vec(),
        Float64 => const_f64(c).to_le_bytes().to_vec(),
        Complex64 => {
            let (re, im) = const_complex(c);
            [(re as f32).to_le_bytes(), (im as f32).to_le_bytes()].concat()
        }
        Complex128 => {
            let (re, im) = const_complex(c);
            [re.to_le_bytes(), im.to_le_bytes()].concat()
        }
        _ => return None,
    };
    Some(StaticValue::Bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn bytes(k: BasicKind, c: ConstValue) -> Vec<u8> {
        match encode(k, &c) {
            Some(StaticValue::Bytes(b)) => b,
            _ => panic!("not bytes"),
        }
    }

    #[test]
    fn integers_are_truncated_little_endian() {
        let c = || ConstValue::Int(BigInt::from(-2));
        assert_eq!(bytes(BasicKind::Int8, c()), vec![0xfe]);
        assert_eq!(bytes(BasicKind::Int16, c()), vec![0xfe, 0xff]);
        assert_eq!(
            bytes(BasicKind::Int64, c()),
            vec![0xff - 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
        );
    }

    #[test]
    fn strings_point_at_their_bytes() {
        let s = encode(BasicKind::String, &ConstValue::String(b"hi".to_vec()));
        assert!(matches!(s, Some(StaticValue::Str(b)) if b == b"hi"));
        let e = encode(BasicKind::String, &ConstValue::String(vec![]));
        assert!(matches!(e, Some(StaticValue::Bytes(b)) if b.is_empty()));
    }

    #[test]
    fn non_basic_kinds_stay_dynamic() {
        assert!(encode(BasicKind::UntypedNil, &ConstValue::Bool(false)).is_none());
    }
}
