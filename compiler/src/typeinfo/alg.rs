//! Hashing and equality facts of comparable types, for map descriptors
//! (rt/ABI.md, "Map" tail and "Hashing and equality"): which runtime
//! hasher and equality function a key type uses, whether its equality is
//! that of plain memory (`TFLAG_REGULAR_MEMORY`), and the key flags of a
//! map type. Invariant: a type is `regular_memory` only if every byte of
//! its representation takes part in `==` (no floats, strings, interfaces,
//! padding or blank fields inside).

use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::TypeId;

pub const TFLAG_REGULAR_MEMORY: u8 = 0x08;
pub const TFLAG_FULL: u8 = 0x80;
pub const KIND_DIRECT_IFACE: u8 = 0x20;
pub const MAP_INDIRECT_KEY: u32 = 0x1;
pub const MAP_INDIRECT_ELEM: u32 = 0x2;
pub const MAP_REFLEXIVE_KEY: u32 = 0x4;
pub const MAP_NEED_KEY_UPDATE: u32 = 0x8;
pub const MAP_HASH_MIGHT_PANIC: u32 = 0x10;
/// Keys and elems larger than this are stored indirectly (rt/src/map.rs).
pub const MAX_KEY_SIZE: u64 = 128;

/// What kinds of values a type contains, as far as `==` cares.
#[derive(Default, Clone, Copy)]
struct Contents {
    floats: bool,
    strings: bool,
    interfaces: bool,
    irregular: bool,
}

fn contents(tt: &TypeTable, t: TypeId) -> Contents {
    use BasicKind::*;
    let mut c = Contents::default();
    match tt.under(t) {
        Type::Basic(Float32 | Float64 | Complex64 | Complex128) => c.floats = true,
        Type::Basic(String) => c.strings = true,
        Type::Interface(_) => c.interfaces = true,
        Type::Array(_, e) => c = contents(tt, *e),
        Type::Struct(fields) => {
            let offs = tt.field_offsets(t);
            let mut end = 0;
            for (f, off) in fields.iter().zip(offs) {
                let fc = contents(tt, f.ty);
                c.floats |= fc.floats;
                c.strings |= fc.strings;
                c.interfaces |= fc.interfaces;
                c.irregular |= fc.irregular || off != end || f.name == "_";
                end = off + tt.size_of(f.ty);
            }
            c.irregular |= end != tt.size_of(t);
        }
        _ => {}
    }
    c
}

/// Whether `==` on `t` is equality of its bytes.
pub fn regular_memory(tt: &TypeTable, t: TypeId) -> bool {
    let c = contents(tt, t);
    !(c.floats || c.strings || c.interfaces || c.irregular)
}

/// The runtime's equality function for a comparable `t`.
pub fn equal_fn(tt: &TypeTable, t: TypeId) -> &'static str {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(Float32) => "f32equal",
        Type::Basic(Float64) => "f64equal",
        Type::Basic(Complex64) => "c64equal",
        Type::Basic(Complex128) => "c128equal",
        Type::Basic(String) => "strequal",
        Type::Interface(ms) if ms.is_empty() => "nilinterequal",
        Type::Interface(_) => "interequal",
        _ if regular_memory(tt, t) => match tt.size_of(t) {
            1 => "memequal8",
            2 => "memequal16",
            4 => "memequal32",
            8 => "memequal64",
            16 => "memequal128",
            _ => "typeequal",
        },
        _ => "typeequal",
    }
}

/// The map hasher for key type `k`.
pub fn hasher(tt: &TypeTable, k: TypeId) -> &'static str {
    use BasicKind::*;
    match tt.under(k) {
        Type::Basic(Float32) => "f32hash",
        Type::Basic(Float64) => "f64hash",
        Type::Basic(Complex64) => "c64hash",
        Type::Basic(Complex128) => "c128hash",
        Type::Basic(String) => "strhash",
        Type::Interface(ms) if ms.is_empty() => "nilinterhash",
        Type::Interface(_) => "interhash",
        _ if regular_memory(tt, k) => match tt.size_of(k) {
            1 => "memhash8",
            2 => "memhash16",
            4 => "memhash32",
            8 => "memhash64",
            16 => "memhash128",
            _ => "typehasher",
        },
        _ => "typehasher",
    }
}

/// The `flags` of a map type with key `k` and elem `v` (rt/ABI.md).
pub fn map_flags(tt: &TypeTable, k: TypeId, v: TypeId) -> u32 {
    let c = contents(tt, k);
    let mut flags = 0;
    if !(c.floats || c.interfaces) {
        flags |= MAP_REFLEXIVE_KEY;
    }
    if c.floats || c.strings || c.interfaces {
        flags |= MAP_NEED_KEY_UPDATE;
    }
    if c.interfaces {
        flags |= MAP_HASH_MIGHT_PANIC;
    }
    if tt.size_of(k) > MAX_KEY_SIZE {
        flags |= MAP_INDIRECT_KEY;
    }
    if tt.size_of(v) > MAX_KEY_SIZE {
        flags |= MAP_INDIRECT_ELEM;
    }
    flags
}

/// `keysize`/`valuesize` as stored in the map tail.
pub fn slot_size(tt: &TypeTable, t: TypeId) -> u64 {
    match tt.size_of(t) {
        n if n > MAX_KEY_SIZE => 8,
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::StructField;

    fn field(name: &str, ty: TypeId) -> StructField {
        StructField {
            name: name.into(),
            ty,
            embedded: false,
            tag: None,
            pkg: String::new(),
        }
    }

    #[test]
    fn padding_blank_fields_and_floats_are_not_regular() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let b = tt.basic(BasicKind::Bool);
        let f = tt.basic(BasicKind::Float64);
        let ii = tt.intern(Type::Struct(vec![field("a", i), field("b", i)]));
        assert!(regular_memory(&tt, ii));
        assert_eq!(equal_fn(&tt, ii), "memequal128");
        let padded = tt.intern(Type::Struct(vec![field("a", b), field("b", i)]));
        assert!(!regular_memory(&tt, padded));
        let blank = tt.intern(Type::Struct(vec![field("_", i), field("b", i)]));
        assert!(!regular_memory(&tt, blank));
        assert_eq!(hasher(&tt, f), "f64hash");
        assert_eq!(map_flags(&tt, f, i), MAP_NEED_KEY_UPDATE);
        assert_eq!(map_flags(&tt, i, i), MAP_REFLEXIVE_KEY);
    }
}
