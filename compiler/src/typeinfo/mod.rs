//! Runtime type descriptors (rt/ABI.md, "Type"): the read-only records that
//! `runtime.newobject`, `makeslice`, `growslice`, `mallocgc` and `gopanic`
//! read. The layout is Go's `abi.Type` prefix, 48 bytes:
//! `size u64, ptrdata u64, hash u32, tflag u8, align u8, fieldAlign u8,
//! kind u8, equal *fn, gcdata *u8, str i32, ptrToThis i32`.
//! Only size, ptrdata, hash, align and kind are filled in for now; the other
//! fields stay zero until the GC and reflection-style printing need them.
//! `ptrdata` is exact (gc's rule: the length of the prefix of the object that
//! can hold pointers), so the allocator can already pick noscan spans.

pub mod alg;

use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::TypeId;

/// Size of an encoded descriptor in bytes.
pub const DESC_SIZE: usize = 48;

/// The facts a descriptor records about one Go type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeDesc {
    pub size: u64,
    pub ptrdata: u64,
    pub hash: u32,
    pub align: u8,
    pub kind: u8,
}

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

pub fn describe(tt: &TypeTable, t: TypeId) -> TypeDesc {
    TypeDesc {
        size: tt.size_of(t),
        ptrdata: ptrdata(tt, t),
        hash: fnv1a(t.0),
        align: tt.align_of(t).min(255) as u8,
        kind: kind_of(tt, t),
    }
}

/// A stable per-type hash (Go's field is a hash of the type's identity).
fn fnv1a(id: u32) -> u32 {
    id.to_le_bytes().iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

/// The descriptor's bytes as the runtime reads them.
pub fn encode(d: &TypeDesc) -> [u8; DESC_SIZE] {
    let mut b = [0u8; DESC_SIZE];
    b[0..8].copy_from_slice(&d.size.to_le_bytes());
    b[8..16].copy_from_slice(&d.ptrdata.to_le_bytes());
    b[16..20].copy_from_slice(&d.hash.to_le_bytes());
    b[21] = d.align;
    b[22] = d.align;
    b[23] = d.kind;
    b
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

    #[test]
    fn encoding_places_fields_as_abi_type() {
        let tt = TypeTable::new();
        let d = describe(&tt, tt.basic(BasicKind::Int32));
        let b = encode(&d);
        assert_eq!(u64::from_le_bytes(b[0..8].try_into().unwrap()), 4);
        assert_eq!(b[21], 4);
        assert_eq!(b[23], 5);
    }
}
