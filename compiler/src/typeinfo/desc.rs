//! Type descriptors in the layout of Go 1.27's `internal/abi` (rt/ABI.md,
//! "Type descriptors"; gc writes the same in reflectdata/reflect.go).
//!
//! `build` produces one `Blob` per type, laid out as gc lays it out:
//! ```text
//! 0  abi.Type (48 bytes)
//! A  the kind's fields (ArrayType.Elem, ..., StructType.Fields)
//! B  UncommonType (16 bytes), when the type is named or has methods
//! C  variable-length data: func parameter types, interface Imethods,
//!    struct fields
//! D  [mcount]Method (UncommonType.moff = D - B)
//! E  golift's funcvals for `equal` and the map hasher
//! ```
//! plus what the lowering must resolve: 8-byte absolute pointers (`Reloc`:
//! other descriptors, names, bytes, code) and 4-byte offsets from the start
//! of the program's descriptor module (`OffReloc`: `NameOff`, `TypeOff`,
//! `TextOff`). Invariants: tables are 8-byte aligned inside the blob;
//! method tables are sorted as gc sorts them (exported names first, then by
//! name, then by package path); an empty name or table is a null pointer.

use super::typestr::rt_string;
use super::{kind_of, ptrdata};
use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::TypeId;

pub const TYPE_SIZE: usize = 48;
pub const UNCOMMON_SIZE: usize = 16;
pub const METHOD_SIZE: usize = 16;
pub const IMETHOD_SIZE: usize = 8;
pub const FIELD_SIZE: usize = 24;
pub const TFLAG_UNCOMMON: u8 = 0x01;
pub const TFLAG_EXTRA_STAR: u8 = 0x02;
pub const TFLAG_NAMED: u8 = 0x04;
pub const TFLAG_REGULAR_MEMORY: u8 = 0x08;
pub const TFLAG_GC_MASK_ON_DEMAND: u8 = 0x10;
pub const TFLAG_DIRECT_IFACE: u8 = 0x20;
pub const MAP_NEED_KEY_UPDATE: u32 = 0x1;
pub const MAP_HASH_MIGHT_PANIC: u32 = 0x2;
pub const MAP_INDIRECT_KEY: u32 = 0x4;
pub const MAP_INDIRECT_ELEM: u32 = 0x8;
/// golift's own flag (Go 1.27's swiss maps do not need it).
pub const MAP_REFLEXIVE_KEY: u32 = 0x100;
/// gc keeps pointer masks of at most this many words in the descriptor.
const MAX_PTRMASK_WORDS: u64 = 16 * 8;

/// An `abi.Name`: flags, name, tag, and the package path of an unexported
/// name declared outside the type's package.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Name {
    pub name: String,
    pub tag: String,
    pub exported: bool,
    pub embedded: bool,
    pub pkg: Option<String>,
}

impl Name {
    pub fn plain(s: &str) -> Name {
        Name {
            name: s.to_string(),
            ..Name::default()
        }
    }

    /// The encoded bytes, without the package path's `NameOff` (which the
    /// module appends when `pkg` is set).
    pub fn encode(&self) -> Vec<u8> {
        let mut flags = 0;
        if self.exported {
            flags |= 1;
        }
        if !self.tag.is_empty() {
            flags |= 2;
        }
        if self.pkg.is_some() {
            flags |= 4;
        }
        if self.embedded {
            flags |= 8;
        }
        let mut out = vec![flags];
        varint(&mut out, self.name.len());
        out.extend_from_slice(self.name.as_bytes());
        if !self.tag.is_empty() {
            varint(&mut out, self.tag.len());
            out.extend_from_slice(self.tag.as_bytes());
        }
        out
    }
}

fn varint(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// What an 8-byte absolute pointer points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// This blob, at a byte offset.
    Own(usize),
    /// Another type's descriptor.
    Desc(TypeId),
    /// The descriptor of `[]elem` (synthesised when the program has no such type).
    SliceOf(TypeId),
    /// A name in the descriptor module.
    Name(Name),
    /// Read-only bytes (a gcdata bitmap).
    Bytes(Vec<u8>),
    /// A runtime function (`memequal64`, `strhash`): an equality function
    /// when the second word of the `equal` funcval, else a map hasher.
    Runtime(&'static str),
    /// A compiled Go function by symbol: `main.T.M`, `golift.equal`.
    Code(String),
}

/// What a 4-byte module offset leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Off {
    Name(Name),
    Type(TypeId),
    /// A compiled function by symbol (-1 when it does not exist).
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub at: usize,
    pub target: Target,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OffReloc {
    pub at: usize,
    pub off: Off,
}

/// A descriptor and its tables, ready to be placed in the module.
#[derive(Clone, Debug, Default)]
pub struct Blob {
    pub bytes: Vec<u8>,
    pub relocs: Vec<Reloc>,
    pub offs: Vec<OffReloc>,
}

/// One entry of a type's method table.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    /// Empty for exported names; the declaring package otherwise.
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
    fn off_at(&mut self, at: usize, off: Off) {
        self.offs.push(OffReloc { at, off });
    }
    /// A Go slice `{ptr, len, cap}` of `n` entries at blob offset `data`.
    fn slice_at(&mut self, at: usize, data: usize, n: usize) {
        if n > 0 {
            self.ptr_at(at, Target::Own(data));
        }
        self.u64_at(at + 8, n as u64);
        self.u64_at(at + 16, n as u64);
    }
    /// Appends a zeroed, 8-aligned table of `n` bytes; returns its offset.
    fn table(&mut self, n: usize) -> usize {
        let at = self.bytes.len().next_multiple_of(8);
        self.bytes.resize(at + n, 0);
        at
    }
}

/// The package a type's unexported names belong to, as gc's `typePkg`:
/// a named type's, or that of the named element of an unnamed pointer,
/// slice, array or chan (None for predeclared and other unnamed types).
pub fn type_pkg(tt: &TypeTable, t: TypeId) -> Option<String> {
    let named_pkg = |t: TypeId| match tt.get(t) {
        Type::Named(i) if !tt.named[*i as usize].pkg.is_empty() => {
            Some(tt.named[*i as usize].pkg.clone())
        }
        Type::Basic(BasicKind::UnsafePointer) => Some("unsafe".to_string()),
        _ => None,
    };
    match tt.get(t) {
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => named_pkg(*e),
        _ => named_pkg(t),
    }
}

/// Whether gc gives `t` a name (`Sym`): defined and predeclared types.
fn has_name(tt: &TypeTable, t: TypeId) -> bool {
    matches!(tt.get(t), Type::Named(_) | Type::Basic(_))
}

/// Size of the kind's record (`abi.ArrayType`, ...), header included.
pub fn kind_size(tt: &TypeTable, t: TypeId) -> usize {
    match tt.under(t) {
        Type::Array(..) => 72,
        Type::Chan(..) => 64,
        Type::Pointer(_) | Type::Slice(_) | Type::Func(_) => 56,
        Type::Interface(_) | Type::Struct(_) => 80,
        Type::Map(..) => 136,
        _ => TYPE_SIZE,
    }
}

/// The complete descriptor of `t`. `methods` is its method set (sorted here);
/// `pkgpath` the package whose unexported interface method names appear in
/// `t` ("main").
pub fn build(tt: &TypeTable, t: TypeId, mut methods: Vec<MethodEntry>, pkgpath: &str) -> Blob {
    let kind_end = kind_size(tt, t);
    let mut b = Blob {
        bytes: vec![0; kind_end],
        ..Blob::default()
    };
    let extra = has_name(tt, t) || !methods.is_empty();
    header(tt, t, &mut b, extra);
    let ucommon = kind_end;
    if extra {
        b.bytes.resize(ucommon + UNCOMMON_SIZE, 0);
    }
    kind_fields(tt, t, &mut b, pkgpath);
    if extra {
        methods.sort_by(|x, y| method_order(&x.name, &x.pkgpath, &y.name, &y.pkgpath));
        uncommon(tt, t, &mut b, ucommon, &methods);
    }
    gc_field(tt, t, &mut b);
    funcvals(tt, t, &mut b);
    b
}

/// gc's `CompareSyms` order of method names.
pub fn method_order(an: &str, ap: &str, bn: &str, bp: &str) -> std::cmp::Ordering {
    (!is_exported(an), an, ap).cmp(&(!is_exported(bn), bn, bp))
}

fn header(tt: &TypeTable, t: TypeId, b: &mut Blob, extra: bool) {
    let size = tt.size_of(t);
    let pd = ptrdata(tt, t);
    b.u64_at(0, size);
    b.u64_at(8, pd);
    b.u32_at(16, type_hash(tt, t));
    let mut tflag = 0;
    if extra {
        tflag |= TFLAG_UNCOMMON;
    }
    if has_name(tt, t) {
        tflag |= TFLAG_NAMED;
    }
    if regular_memory(tt, t) {
        tflag |= TFLAG_REGULAR_MEMORY;
    }
    if direct_iface(tt, t) {
        tflag |= TFLAG_DIRECT_IFACE;
    }
    let on_demand = pd / 8 > MAX_PTRMASK_WORDS;
    if on_demand {
        tflag |= TFLAG_GC_MASK_ON_DEMAND;
    }
    let mut s = rt_string(tt, t);
    if !s.starts_with('*') {
        s.insert(0, '*');
        tflag |= TFLAG_EXTRA_STAR;
    }
    b.u8_at(20, tflag);
    let align = tt.align_of(t).clamp(1, 255) as u8;
    b.u8_at(21, align);
    b.u8_at(22, align);
    b.u8_at(23, kind_of(tt, t));
    let exported = match tt.get(t) {
        Type::Pointer(e) => name_exported(tt, *e),
        _ => name_exported(tt, t),
    };
    b.off_at(
        40,
        Off::Name(Name {
            name: s,
            exported,
            ..Name::default()
        }),
    );
}

/// Whether `t` is a defined type with an exported name.
fn name_exported(tt: &TypeTable, t: TypeId) -> bool {
    match tt.get(t) {
        Type::Named(i) => is_exported(&tt.named[*i as usize].name),
        _ => false,
    }
}

/// `GCData`: the pointer mask, or for large types (`TFLAG_GC_MASK_ON_DEMAND`)
/// a word after everything else holding the pointer to it (gc builds that
/// mask at run time; golift's is ready).
fn gc_field(tt: &TypeTable, t: TypeId, b: &mut Blob) {
    let pd = ptrdata(tt, t);
    if pd == 0 {
        return;
    }
    let mask = Target::Bytes(gcdata(tt, t));
    if pd / 8 > MAX_PTRMASK_WORDS {
        let cell = b.table(8);
        b.ptr_at(cell, mask);
        b.ptr_at(32, Target::Own(cell));
    } else {
        b.ptr_at(32, mask);
    }
}

/// The `equal` funcval (and the map hasher's): `{golift.equal, C
/// function, descriptor}` after everything else.
fn funcvals(tt: &TypeTable, t: TypeId, b: &mut Blob) {
    if let Some(f) = equal_fn(tt, t) {
        let at = b.table(24);
        b.ptr_at(at, Target::Code("golift.equal".into()));
        b.ptr_at(at + 8, Target::Runtime(f));
        b.ptr_at(at + 16, Target::Own(0));
        b.ptr_at(24, Target::Own(at));
    }
    if let Type::Map(k, _) = tt.under(t) {
        let k = *k;
        let at = b.table(24);
        b.ptr_at(at, Target::Code("golift.hash".into()));
        b.ptr_at(at + 8, Target::Runtime(hasher(tt, k)));
        b.ptr_at(at + 16, Target::Desc(k));
        b.ptr_at(72, Target::Own(at));
    }
}

fn kind_fields(tt: &TypeTable, t: TypeId, b: &mut Blob, pkgpath: &str) {
    match tt.under(t).clone() {
        Type::Pointer(e) | Type::Slice(e) => b.ptr_at(48, Target::Desc(e)),
        Type::Array(n, e) => {
            b.ptr_at(48, Target::Desc(e));
            b.ptr_at(56, Target::SliceOf(e));
            b.u64_at(64, n);
        }
        Type::Chan(dir, e) => {
            b.ptr_at(48, Target::Desc(e));
            use crate::syntax::ast::ChanDir;
            let d = match dir {
                ChanDir::Recv => 1,
                ChanDir::Send => 2,
                ChanDir::Both => 3,
            };
            b.u64_at(56, d);
        }
        Type::Func(sig) => {
            b.u16_at(48, sig.params.len() as u16);
            let variadic = if sig.variadic { 1 << 15 } else { 0 };
            b.u16_at(50, sig.results.len() as u16 | variadic);
            let all: Vec<TypeId> = sig.params.iter().chain(&sig.results).copied().collect();
            let at = b.table(8 * all.len());
            for (i, &p) in all.iter().enumerate() {
                b.ptr_at(at + 8 * i, Target::Desc(p));
            }
        }
        Type::Interface(ms) => interface_fields(tt, t, b, ms, pkgpath),
        Type::Map(k, v) => map_fields(tt, k, v, b),
        Type::Struct(fields) => {
            let spkg = fields.iter().find(|f| !is_exported(&f.name)).map(|f| {
                if f.pkg.is_empty() {
                    pkgpath
                } else {
                    &f.pkg
                }
            });
            if let Some(p) = spkg {
                b.ptr_at(48, Target::Name(Name::plain(p)));
            }
            let offs = tt.field_offsets(t);
            let at = b.table(FIELD_SIZE * fields.len());
            b.slice_at(56, at, fields.len());
            for (i, f) in fields.iter().enumerate() {
                let fa = at + FIELD_SIZE * i;
                let name = Name {
                    name: f.name.clone(),
                    tag: f.tag.clone().unwrap_or_default(),
                    exported: is_exported(&f.name),
                    embedded: f.embedded,
                    pkg: None,
                };
                b.ptr_at(fa, Target::Name(name));
                b.ptr_at(fa + 8, Target::Desc(f.ty));
                b.u64_at(fa + 16, offs[i]);
            }
        }
        _ => {}
    }
}

fn interface_fields(
    tt: &TypeTable,
    t: TypeId,
    b: &mut Blob,
    mut ms: Vec<(String, TypeId)>,
    pkgpath: &str,
) {
    let tpkg = match tt.get(t) {
        Type::Named(i) if !tt.named[*i as usize].pkg.is_empty() => {
            Some(tt.named[*i as usize].pkg.clone())
        }
        _ => None,
    };
    if let Some(p) = &tpkg {
        b.ptr_at(48, Target::Name(Name::plain(p)));
    }
    // The checker keeps no package with interface method names: those of a
    // named interface are its package's, those of a literal `pkgpath`'s.
    let mpkg = tpkg.clone().unwrap_or_else(|| pkgpath.to_string());
    ms.sort_by(|x, y| method_order(&x.0, &mpkg, &y.0, &mpkg));
    let at = b.table(IMETHOD_SIZE * ms.len());
    b.slice_at(56, at, ms.len());
    for (i, (name, sig)) in ms.iter().enumerate() {
        let exported = is_exported(name);
        let pkg = (!exported && tpkg.is_none()).then(|| mpkg.clone());
        let m = at + IMETHOD_SIZE * i;
        b.off_at(
            m,
            Off::Name(Name {
                name: name.clone(),
                exported,
                pkg,
                ..Name::default()
            }),
        );
        b.off_at(m + 4, Off::Type(*sig));
    }
}

/// golift's bucket maps described in `abi.MapType`'s fields (rt/ABI.md;
/// rt/src/map.rs::map_layout computes the same numbers).
fn map_fields(tt: &TypeTable, k: TypeId, v: TypeId, b: &mut Blob) {
    b.ptr_at(48, Target::Desc(k));
    b.ptr_at(56, Target::Desc(v));
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
    b.u64_at(80, 8 + 8 * keysize + 8 * valuesize + 8);
    b.u64_at(88, 8);
    b.u64_at(96, keysize);
    b.u64_at(104, 8 + 8 * keysize);
    b.u64_at(112, valuesize);
    b.u32_at(128, flags);
}

/// The uncommon part at `at`, and the method table after the variable data.
fn uncommon(tt: &TypeTable, t: TypeId, b: &mut Blob, at: usize, methods: &[MethodEntry]) {
    let tpkg = type_pkg(tt, t);
    if let Some(p) = &tpkg {
        b.off_at(at, Off::Name(Name::plain(p)));
    }
    let xcount = methods.iter().filter(|m| is_exported(&m.name)).count();
    b.u16_at(at + 4, methods.len() as u16);
    b.u16_at(at + 6, xcount as u16);
    let tab = b.table(METHOD_SIZE * methods.len());
    b.u32_at(at + 8, (tab - at) as u32);
    for (i, m) in methods.iter().enumerate() {
        let ma = tab + METHOD_SIZE * i;
        let exported = is_exported(&m.name);
        let pkg =
            (!exported && tpkg.as_deref() != Some(m.pkgpath.as_str())).then(|| m.pkgpath.clone());
        b.off_at(
            ma,
            Off::Name(Name {
                name: m.name.clone(),
                exported,
                pkg,
                ..Name::default()
            }),
        );
        b.off_at(ma + 4, Off::Type(m.mtyp));
        b.off_at(ma + 8, Off::Text(m.ifn.clone()));
        b.off_at(ma + 12, Off::Text(m.tfn.clone()));
    }
}

/// The descriptor of `[]elem` for a program without that type (an array's
/// `Slice` field): an unnamed slice type spelled `[]` + elem.
pub fn build_slice_of(tt: &TypeTable, elem: TypeId) -> Blob {
    let mut b = Blob {
        bytes: vec![0; 56],
        ..Blob::default()
    };
    b.u64_at(0, 24);
    b.u64_at(8, 8);
    b.u32_at(16, type_hash(tt, elem) ^ 0x5bd1_e995);
    b.u8_at(20, TFLAG_EXTRA_STAR);
    b.u8_at(21, 8);
    b.u8_at(22, 8);
    b.u8_at(23, 23);
    b.ptr_at(32, Target::Bytes(vec![1, 0, 0, 0, 0, 0, 0, 0]));
    b.off_at(
        40,
        Off::Name(Name::plain(&format!("*[]{}", rt_string(tt, elem)))),
    );
    b.ptr_at(48, Target::Desc(elem));
    b
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

/// Go 1.27's rule for types whose interface data word is the value itself:
/// exactly one pointer word (`size == ptrdata == 8`).
pub fn direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    tt.size_of(t) == 8 && ptrdata(tt, t) == 8
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

/// The pointer bitmap: bit i set when word i of a value may hold a pointer;
/// padded to whole words, as gc pads it.
pub fn gcdata(tt: &TypeTable, t: TypeId) -> Vec<u8> {
    let words = ptrdata(tt, t).div_ceil(8) as usize;
    let mut bits = vec![0u8; words.div_ceil(8).next_multiple_of(8).max(8)];
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
        // The type or itab word points at static data (gc marks only the
        // data word).
        Type::Interface(_) => set(off + 8),
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
    fn header_and_struct_fields() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let s = tt.basic(BasicKind::String);
        let st = tt.intern(Type::Struct(vec![field("A", i), field("B", s)]));
        let b = build(&tt, st, vec![], "main");
        assert_eq!(u64::from_le_bytes(b.bytes[0..8].try_into().unwrap()), 24);
        assert_eq!(b.bytes[20], TFLAG_EXTRA_STAR);
        assert_eq!(b.bytes[23], 25);
        // Fields: a slice at 56 of two 24-byte entries right after the 80-byte record.
        assert!(b.relocs.contains(&Reloc {
            at: 56,
            target: Target::Own(80)
        }));
        assert_eq!(b.bytes[64], 2);
        assert!(b.relocs.contains(&Reloc {
            at: 80 + 24 + 8,
            target: Target::Desc(s)
        }));
        assert_eq!(b.bytes[80 + 24 + 16], 8, "offset of B");
        assert!(b.relocs.contains(&Reloc {
            at: 24,
            target: Target::Own(128)
        }));
        assert!(b.relocs.contains(&Reloc {
            at: 136,
            target: Target::Runtime("typeequal")
        }));
        assert_eq!(gcdata(&tt, st), vec![0b10, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn named_types_have_uncommon_parts_and_sorted_methods() {
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
            pkgpath: if is_exported(name) { "" } else { "main" }.into(),
            mtyp: f,
            ifn: format!("main.(*T).{name}"),
            tfn: format!("main.T.{name}"),
        };
        let b = build(&tt, n, vec![m("b"), m("B"), m("A")], "main");
        assert_eq!(
            b.bytes[20],
            TFLAG_UNCOMMON | TFLAG_EXTRA_STAR | TFLAG_NAMED | TFLAG_REGULAR_MEMORY
        );
        // Uncommon at 48: mcount 3, xcount 2, moff 16.
        assert_eq!(&b.bytes[52..60], &[3, 0, 2, 0, 16, 0, 0, 0]);
        let names: Vec<String> = b
            .offs
            .iter()
            .filter(|o| o.at >= 64 && (o.at - 64) % 16 == 0)
            .filter_map(|o| match &o.off {
                Off::Name(n) => Some(n.name.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(names, ["A", "B", "b"]);
        assert!(b.offs.contains(&OffReloc {
            at: 64 + 8,
            off: Off::Text("main.(*T).A".into())
        }));
    }

    #[test]
    fn names_encode_as_go() {
        let n = Name {
            name: "ID".into(),
            tag: "json".into(),
            exported: true,
            ..Name::default()
        };
        assert_eq!(n.encode(), [3, 2, b'I', b'D', 4, b'j', b's', b'o', b'n']);
        let long = Name::plain(&"x".repeat(200)).encode();
        assert_eq!(&long[..3], &[0, 0xc8, 0x01]);
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
