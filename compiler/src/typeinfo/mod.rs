//! Runtime type descriptors (rt/ABI.md, "Type descriptors"): the read-only
//! records the allocator, maps, interfaces and panics read. `desc` builds a
//! full descriptor (header, kind tail, method and field tables) as bytes plus
//! relocations; `typestr` spells types as the runtime prints them; this file
//! holds the kind numbering and `ptrdata`, which is exact (gc's rule: the
//! length of the prefix of the object that can hold pointers), so the
//! allocator can pick noscan spans.

pub mod desc;
pub mod typestr;

use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::TypeId;

/// Go's `reflect.Kind` numbering.
pub fn kind_of(tt: &TypeTable, t: TypeId) -> u8 {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(k) => match k {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            Invalid | UntypedNil => 0,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Func(_) => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        Type::Tuple(_) | Type::Named(_) => 0,
    }
}

/// Length of the prefix of a `t` that can hold pointers (0: pointer-free).
pub fn ptrdata(tt: &TypeTable, t: TypeId) -> u64 {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(String | UntypedString | UnsafePointer) => 8,
        Type::Basic(_) => 0,
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Slice(_) => 8,
        Type::Interface(_) => 16,
        Type::Array(n, e) => {
            let p = ptrdata(tt, *e);
            if *n == 0 || p == 0 {
                0
            } else {
                (n - 1) * tt.size_of(*e) + p
            }
        }
        Type::Struct(fields) => {
            let offs = tt.field_offsets(t);
            fields
                .iter()
                .zip(offs)
                .filter_map(|(f, off)| {
                    let p = ptrdata(tt, f.ty);
                    (p > 0).then_some(off + p)
                })
                .max()
                .unwrap_or(0)
        }
        Type::Tuple(_) | Type::Named(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::StructField;

    fn field(ty: TypeId) -> StructField {
        StructField {
            name: "f".into(),
            ty,
            embedded: false,
            tag: None,
            pkg: String::new(),
        }
    }

    #[test]
    fn ptrdata_covers_the_last_pointer() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let s = tt.basic(BasicKind::String);
        let p = tt.intern(Type::Pointer(i));
        assert_eq!(ptrdata(&tt, i), 0);
        assert_eq!(ptrdata(&tt, s), 8);
        let st = tt.intern(Type::Struct(vec![field(p), field(i), field(s), field(i)]));
        assert_eq!(ptrdata(&tt, st), 24);
        let arr = tt.intern(Type::Array(3, s));
        assert_eq!(ptrdata(&tt, arr), 40);
        let ints = tt.intern(Type::Array(3, i));
        assert_eq!(ptrdata(&tt, ints), 0);
    }
}
