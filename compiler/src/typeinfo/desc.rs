//! Full type descriptors (rt/ABI.md, "Type descriptors"): the 80-byte header,
//! the kind-specific tail, and every table they point at.
//!
//! `build` produces one `Blob` per type: the descriptor's bytes, followed by
//! its own auxiliary tables (uncommon type, method table, struct fields,
//! func parameter list, interface methods), plus the relocations the
//! lowering resolves into Cranelift data relocations. Tables inside the blob
//! are referenced with `Target::Own(offset)`; other descriptors, strings,
//! bitmaps and code by `Target::Desc`, `Target::Bytes`, `Target::Code`.
//! Invariants: tables are 8-byte aligned inside the blob; method tables are
//! sorted by (name, pkgpath); an empty string or table is a NULL pointer
//! (no relocation).

use super::typestr::rt_string;
use super::{kind_of, ptrdata};
use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::TypeId;

pub const HEADER_SIZE: usize = 80;
pub const TFLAG_UNCOMMON: u8 = 0x01;
pub const TFLAG_NAMED: u8 = 0x04;
pub const TFLAG_REGULAR_MEMORY: u8 = 0x08;
pub const TFLAG_FULL: u8 = 0x80;
pub const KIND_DIRECT_IFACE: u8 = 0x20;
pub const MAP_INDIRECT_KEY: u32 = 0x1;
pub const MAP_INDIRECT_ELEM: u32 = 0x2;
pub const MAP_REFLEXIVE_KEY: u32 = 0x4;
pub const MAP_NEED_KEY_UPDATE: u32 = 0x8;
pub const MAP_HASH_MIGHT_PANIC: u32 = 0x10;

/// What a relocation points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// This blob, at a byte offset.
    Own(usize),
    /// Another type's descriptor.
    Desc(TypeId),
    /// Read-only bytes (a string's contents, a gcdata bitmap).
    Bytes(Vec<u8>),
    /// A runtime function (`memequal64`, `strhash`): an equality function
    /// when at offset 24 of a header, else a map hasher.
    Runtime(&'static str),
    /// A compiled Go function by symbol: `main.T.M`, `main.(*T).M`.
    Code(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub at: usize,
    pub target: Target,
}

/// A descriptor and its tables, ready to become a data object.
#[derive(Clone, Debug, Default)]
pub struct Blob {
    pub bytes: Vec<u8>,
    pub relocs: Vec<Reloc>,
}

/// One entry of a type's method table (rt/ABI.md "Method").
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    /// Empty for exported names.
    pub pkgpath: String,
    /// The method's signature without receiver (a func type).
    pub mtyp: TypeId,
    /// Symbols of the interface-callable and the by-value functions.
    pub ifn: String,
    pub tfn: String,
}

impl Blob {
    fn u8_at(&mut self, at: usize, v: u8) {
        self.bytes[at] = v;
    }
    fn u16_at(&mut self, at: usize, v: u16) {
        self.bytes[at..at + 2].copy_from_slice(&v.to_le_bytes());
    }
    fn u32_at(&mut self, at: usize, v: u32) {
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    fn u64_at(&mut self, at: usize, v: u64) {
        self.bytes[at..at + 8].copy_from_slice(&v.to_le_bytes());
    }
    fn ptr_at(&mut self, at: usize, target: Target) {
        self.relocs.push(Reloc { at, target });
    }
    /// A `{ptr, len}` string at `at` (NULL pointer when empty).
    fn str_at(&mut self, at: usize, s: &str) {
        if !s.is_empty() {
            self.ptr_at(at, Target::Bytes(s.as_bytes().to_vec()));
        }
        self.u64_at(at + 8, s.len() as u64);
    }
    /// Appends a zeroed, 8-aligned table of `n` bytes; returns its offset.
    fn table(&mut self, n: usize) -> usize {
        let at = self.bytes.len().next_multiple_of(8);
        self.bytes.resize(at + n, 0);
        at
    }
}

/// The complete descriptor of `t`. `methods` is its method set (sorted here);
/// `ptr_to_this` the descriptor of `*t` when one is emitted; `pkgpath` the
/// package whose unexported names appear in `t` ("main").
pub fn build(
    tt: &TypeTable,
    t: TypeId,
    mut methods: Vec<MethodEntry>,
    ptr_to_this: Option<TypeId>,
    pkgpath: &str,
) -> Blob {
    let mut b = Blob {
        bytes: vec![0; HEADER_SIZE],
        relocs: Vec::new(),
    };
    header(tt, t, &mut b);
    if let Some(p) = ptr_to_this {
        b.ptr_at(72, Target::Desc(p));
    }
    tail(tt, t, &mut b, pkgpath);
    let named = matches!(tt.get(t), Type::Named(_));
    if named || !methods.is_empty() {
        methods.sort_by(|x, y| (&x.name, &x.pkgpath).cmp(&(&y.name, &y.pkgpath)));
        uncommon(tt, t, &mut b, &methods);
    }
    b
}

fn header(tt: &TypeTable, t: TypeId, b: &mut Blob) {
    let size = tt.size_of(t);
    let pd = ptrdata(tt, t);
    b.u64_at(0, size);
    b.u64_at(8, pd);
    b.u32_at(16, type_hash(tt, t));
    let mut tflag = TFLAG_FULL;
    if matches!(tt.get(t), Type::Named(_)) {
        tflag |= TFLAG_NAMED;
    }
    if regular_memory(tt, t) {
        tflag |= TFLAG_REGULAR_MEMORY;
    }
    b.u8_at(20, tflag);
    let align = tt.align_of(t).min(255) as u8;
    b.u8_at(21, align);
    b.u8_at(22, align);
    let mut kind = kind_of(tt, t);
    if direct_iface(tt, t) {
        kind |= KIND_DIRECT_IFACE;
    }
    b.u8_at(23, kind);
    if let Some(f) = equal_fn(tt, t) {
        b.ptr_at(24, Target::Runtime(f));
    }
    if pd > 0 {
        b.ptr_at(32, Target::Bytes(gcdata(tt, t)));
    }
    b.str_at(48, &rt_string(tt, t));
}

fn tail(tt: &TypeTable, t: TypeId, b: &mut Blob, pkgpath: &str) {
    match tt.under(t).clone() {
        Type::Pointer(e) | Type::Slice(e) => {
            b.bytes.resize(88, 0);
            b.ptr_at(80, Target::Desc(e));
        }
        Type::Array(n, e) => {
            b.bytes.resize(104, 0);
            b.ptr_at(80, Target::Desc(e));
            b.u64_at(96, n);
        }
        Type::Chan(dir, e) => {
            b.bytes.resize(96, 0);
            b.ptr_at(80, Target::Desc(e));
            use crate::syntax::ast::ChanDir;
            let d = match dir {
                ChanDir::Recv => 1,
                ChanDir::Send => 2,
                ChanDir::Both => 3,
            };
            b.u64_at(88, d);
        }
        Type::Func(sig) => {
            b.bytes.resize(96, 0);
            let all: Vec<TypeId> = sig.params.iter().chain(&sig.results).copied().collect();
            if !all.is_empty() {
                let at = b.table(8 * all.len());
                for (i, &p) in all.iter().enumerate() {
                    b.ptr_at(at + 8 * i, Target::Desc(p));
                }
                b.ptr_at(80, Target::Own(at));
            }
            b.u16_at(88, sig.params.len() as u16);
            b.u16_at(90, sig.results.len() as u16);
            b.u8_at(92, sig.variadic as u8);
        }
        Type::Interface(ms) => {
            b.bytes.resize(112, 0);
            let exported = ms.iter().all(|(n, _)| is_exported(n));
            b.str_at(80, if exported { "" } else { pkgpath });
            let mut ms = ms.clone();
            ms.sort_by(|x, y| x.0.cmp(&y.0));
            if !ms.is_empty() {
                let at = b.table(40 * ms.len());
                for (i, (name, sig)) in ms.iter().enumerate() {
                    let m = at + 40 * i;
                    b.str_at(m, name);
                    b.str_at(m + 16, if is_exported(name) { "" } else { pkgpath });
                    b.ptr_at(m + 32, Target::Desc(*sig));
                }
                b.ptr_at(96, Target::Own(at));
            }
            b.u64_at(104, ms.len() as u64);
        }
        Type::Map(k, v) => map_tail(tt, k, v, b),
        Type::Struct(fields) => {
            b.bytes.resize(112, 0);
            let exported = fields.iter().all(|f| is_exported(&f.name));
            b.str_at(80, if exported { "" } else { pkgpath });
            if !fields.is_empty() {
                let offs = tt.field_offsets(t);
                let at = b.table(56 * fields.len());
                for (i, f) in fields.iter().enumerate() {
                    let fa = at + 56 * i;
                    b.str_at(fa, &f.name);
                    b.ptr_at(fa + 16, Target::Desc(f.ty));
                    b.u64_at(fa + 24, offs[i]);
                    b.str_at(fa + 32, f.tag.as_deref().unwrap_or(""));
                    b.u64_at(fa + 48, f.embedded as u64);
                }
                b.ptr_at(96, Target::Own(at));
            }
            b.u64_at(104, fields.len() as u64);
        }
        _ => {}
    }
}

/// The map tail (rt/src/map.rs::map_layout computes the same numbers).
fn map_tail(tt: &TypeTable, k: TypeId, v: TypeId, b: &mut Blob) {
    b.bytes.resize(120, 0);
    b.ptr_at(80, Target::Desc(k));
    b.ptr_at(88, Target::Desc(v));
    b.ptr_at(104, Target::Runtime(hasher(tt, k)));
    let (ks, vs) = (tt.size_of(k), tt.size_of(v));
    let mut flags = 0;
    let keysize = if ks > 128 {
        flags |= MAP_INDIRECT_KEY;
        8
    } else {
        ks
    };
    let valuesize = if vs > 128 {
        flags |= MAP_INDIRECT_ELEM;
        8
    } else {
        vs
    };
    let inside = contents(tt, k);
    if !inside.float && !inside.iface {
        flags |= MAP_REFLEXIVE_KEY;
    }
    if inside.float || inside.string || inside.iface {
        flags |= MAP_NEED_KEY_UPDATE;
    }
    if inside.iface {
        flags |= MAP_HASH_MIGHT_PANIC;
    }
    b.u8_at(112, keysize as u8);
    b.u8_at(113, valuesize as u8);
    b.u16_at(114, (8 + 8 * keysize + 8 * valuesize + 8) as u16);
    b.u32_at(116, flags);
}

fn uncommon(tt: &TypeTable, t: TypeId, b: &mut Blob, methods: &[MethodEntry]) {
    b.u8_at(20, b.bytes[20] | TFLAG_UNCOMMON);
    let at = b.table(32);
    b.ptr_at(64, Target::Own(at));
    let pkg = match tt.get(t) {
        Type::Named(i) => tt.named[*i as usize].pkg.clone(),
        Type::Pointer(e) => match tt.get(*e) {
            Type::Named(i) => tt.named[*i as usize].pkg.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    b.str_at(at, &pkg);
    b.u32_at(at + 24, methods.len() as u32);
    let xcount = methods.iter().filter(|m| m.pkgpath.is_empty()).count();
    b.u32_at(at + 28, xcount as u32);
    if methods.is_empty() {
        return;
    }
    let tab = b.table(56 * methods.len());
    b.ptr_at(at + 16, Target::Own(tab));
    for (i, m) in methods.iter().enumerate() {
        let ma = tab + 56 * i;
        b.str_at(ma, &m.name);
        b.str_at(ma + 16, &m.pkgpath);
        b.ptr_at(ma + 32, Target::Desc(m.mtyp));
        b.ptr_at(ma + 40, Target::Code(m.ifn.clone()));
        b.ptr_at(ma + 48, Target::Code(m.tfn.clone()));
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// A stable hash of the type's identity (its id and runtime spelling).
pub fn type_hash(tt: &TypeTable, t: TypeId) -> u32 {
    let s = rt_string(tt, t);
    s.bytes()
        .chain(t.0.to_le_bytes())
        .fold(0x811c_9dc5u32, |h, b| {
            (h ^ b as u32).wrapping_mul(0x0100_0193)
        })
}

/// Go's rule for types whose interface data word is the value itself.
pub fn direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => true,
        Type::Basic(BasicKind::UnsafePointer) => true,
        Type::Struct(fs) => fs.len() == 1 && direct_iface(tt, fs[0].ty),
        Type::Array(1, e) => direct_iface(tt, *e),
        _ => false,
    }
}

/// Whether values of `t` can be compared with `==` (spec: Comparison operators).
pub fn comparable(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under(t) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) | Type::Tuple(_) => false,
        Type::Array(_, e) => comparable(tt, *e),
        Type::Struct(fs) => fs.iter().all(|f| comparable(tt, f.ty)),
        _ => true,
    }
}

/// Equality and hashing of `t` are those of its bytes.
pub fn regular_memory(tt: &TypeTable, t: TypeId) -> bool {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(k) => !matches!(
            k,
            Float32
                | Float64
                | Complex64
                | Complex128
                | String
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | Invalid
        ),
        Type::Pointer(_) | Type::Chan(..) => true,
        Type::Array(_, e) => regular_memory(tt, *e),
        Type::Struct(fs) => {
            let offs = tt.field_offsets(t);
            let mut end = 0;
            for (f, off) in fs.iter().zip(offs) {
                if f.name == "_" || off != end || !regular_memory(tt, f.ty) {
                    return false;
                }
                end = off + tt.size_of(f.ty);
            }
            end == tt.size_of(t)
        }
        _ => false,
    }
}

/// The runtime's equality function for `t` (None: not comparable).
pub fn equal_fn(tt: &TypeTable, t: TypeId) -> Option<&'static str> {
    use BasicKind::*;
    if !comparable(tt, t) {
        return None;
    }
    Some(match tt.under(t) {
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
    })
}

/// The runtime's hash function for map keys of type `k`.
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

/// Which kinds of values hide inside a type (for the map flags).
#[derive(Default)]
struct Contents {
    float: bool,
    string: bool,
    iface: bool,
}

fn contents(tt: &TypeTable, t: TypeId) -> Contents {
    use BasicKind::*;
    let mut c = Contents::default();
    match tt.under(t) {
        Type::Basic(Float32 | Float64 | Complex64 | Complex128) => c.float = true,
        Type::Basic(String) => c.string = true,
        Type::Interface(_) => c.iface = true,
        Type::Array(_, e) => c = contents(tt, *e),
        Type::Struct(fs) => {
            for f in fs {
                let x = contents(tt, f.ty);
                c.float |= x.float;
                c.string |= x.string;
                c.iface |= x.iface;
            }
        }
        _ => {}
    }
    c
}

/// The pointer bitmap: bit i set when word i of a value may hold a pointer.
pub fn gcdata(tt: &TypeTable, t: TypeId) -> Vec<u8> {
    let words = ptrdata(tt, t).div_ceil(8) as usize;
    let mut bits = vec![0u8; words.div_ceil(8).max(1)];
    mark(tt, t, 0, &mut bits, words);
    bits
}

fn mark(tt: &TypeTable, t: TypeId, off: u64, bits: &mut [u8], words: usize) {
    let mut set = |byte_off: u64| {
        let w = (byte_off / 8) as usize;
        if w < words {
            bits[w / 8] |= 1 << (w % 8);
        }
    };
    match tt.under(t) {
        Type::Basic(BasicKind::String | BasicKind::UnsafePointer) => set(off),
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Slice(_) => {
            set(off)
        }
        Type::Interface(_) => {
            set(off);
            set(off + 8);
        }
        Type::Array(n, e) => {
            if ptrdata(tt, *e) == 0 {
                return;
            }
            let es = tt.size_of(*e);
            for i in 0..*n {
                if ((off + i * es) / 8) as usize >= words {
                    break;
                }
                mark(tt, *e, off + i * es, bits, words);
            }
        }
        Type::Struct(fs) => {
            let offs = tt.field_offsets(t);
            for (f, o) in fs.iter().zip(offs) {
                mark(tt, f.ty, off + o, bits, words);
            }
        }
        _ => {}
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
    fn header_and_struct_tail() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let s = tt.basic(BasicKind::String);
        let st = tt.intern(Type::Struct(vec![field("A", i), field("B", s)]));
        let b = build(&tt, st, vec![], None, "main");
        assert_eq!(u64::from_le_bytes(b.bytes[0..8].try_into().unwrap()), 24);
        assert_eq!(b.bytes[20] & TFLAG_FULL, TFLAG_FULL);
        assert_eq!(b.bytes[23], 25);
        assert!(b.relocs.contains(&Reloc {
            at: 24,
            target: Target::Runtime("typeequal")
        }));
        assert!(b.relocs.contains(&Reloc {
            at: 96,
            target: Target::Own(112)
        }));
        assert_eq!(gcdata(&tt, st), vec![0b10]);
    }

    #[test]
    fn named_types_have_sorted_method_tables() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let n = tt.new_named("T", "main");
        tt.set_underlying(n, i);
        let f = tt.intern(Type::Func(crate::types::Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        let m = |name: &str| MethodEntry {
            name: name.into(),
            pkgpath: String::new(),
            mtyp: f,
            ifn: format!("main.(*T).{name}"),
            tfn: format!("main.T.{name}"),
        };
        let b = build(&tt, n, vec![m("B"), m("A")], None, "main");
        assert_eq!(
            b.bytes[20],
            TFLAG_FULL | TFLAG_NAMED | TFLAG_REGULAR_MEMORY | 1
        );
        let tab = b
            .relocs
            .iter()
            .find(|r| r.at == 80 + 16)
            .map(|r| r.target.clone());
        assert_eq!(tab, Some(Target::Own(112)));
        assert!(b.relocs.contains(&Reloc {
            at: 112 + 40,
            target: Target::Code("main.(*T).A".into())
        }));
    }

    #[test]
    fn direct_iface_follows_gc() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let p = tt.intern(Type::Pointer(i));
        let one = tt.intern(Type::Struct(vec![field("p", p)]));
        let two = tt.intern(Type::Struct(vec![field("p", p), field("q", p)]));
        assert!(direct_iface(&tt, one));
        assert!(!direct_iface(&tt, two));
        assert!(!direct_iface(&tt, i));
    }
}
