//! Run-time type descriptors in the layout of Go 1.27's `internal/abi`
//! (`type.go`, `map.go`, `iface.go`), byte for byte, so that Go code reading
//! them (internal/reflectlite, reflect) works unmodified, plus the module
//! table that resolves their 32-bit offsets.
//!
//! A descriptor is an `abi.Type` (48 bytes), then its kind's fields
//! (`ArrayType`, `MapType`, ...: each starts with the `Type`), then an
//! `UncommonType` when the type is named or has methods, then its
//! variable-length data (func parameters, interface methods, struct fields),
//! then its `Method`s (`UncommonType::moff` bytes after the uncommon part).
//! Names are Go's `abi.Name` encoding: a flag byte (1 exported, 2 has tag,
//! 4 has a package path `NameOff` after the name and tag, 8 embedded), the
//! varint length and bytes of the name, then the tag likewise.
//!
//! `NameOff`/`TypeOff` fields are offsets from the start of the *module*
//! holding the descriptor; `TextOff` fields are code addresses minus that
//! start (the compiler's module) or offsets of a slot holding the code
//! address (modules whose code is not at a link-time offset: the runtime's
//! own descriptors and those tests build). Offset 0 is never a type or a
//! name: it means "none".
//!
//! golift's deviations, all invisible to Go code that reads descriptors:
//! - `equal` and `MapType::hasher` are Go func values (funcvals) whose first
//!   word is a `tail`-callable Go function; golift stores the runtime's
//!   C-ABI function in the second word (`EqualFunc`, `HashFunc`) and the
//!   runtime calls that one;
//! - maps are golift's bucket maps: `MapType::group` is the bucket type,
//!   `group_size` the bucket size, `keys_off`/`key_stride` and
//!   `elems_off`/`elem_stride` the slot geometry inside a bucket, and
//!   `flags` adds `MAP_REFLEXIVE_KEY` (a bit Go does not use).
//!
//! Invariants: descriptors are immutable once emitted; method tables are
//! sorted as gc sorts them (exported names first, then by name, then by
//! package path), so itabs are built by one merge; `TFLAG_DIRECT_IFACE` is
//! set exactly when `size == ptrdata == 8`.

use core::sync::atomic::{AtomicUsize, Ordering};

/// Go's `abi.Type`.
#[repr(C)]
#[derive(Debug)]
pub struct Type {
    pub size: usize,
    /// Bytes of prefix that can hold pointers; 0 means the type has none.
    pub ptrdata: usize,
    pub hash: u32,
    pub tflag: u8,
    pub align: u8,
    pub field_align: u8,
    /// A `Kind`.
    pub kind: u8,
    /// Null exactly when the type is not comparable.
    pub equal: *const EqualFunc,
    pub gcdata: *const u8,
    /// `NameOff` of the type string (with a leading `*` to skip when
    /// `TFLAG_EXTRA_STAR` is set); 0: none.
    pub str: i32,
    /// `TypeOff` of `*T`, when the program has it; 0: none.
    pub ptr_to_this: i32,
}

/// `equal`'s C-ABI function: whether the values at `p` and `q` (both of
/// type `t`) are equal.
pub type EqualFn = unsafe extern "C" fn(p: *const u8, q: *const u8, t: *const Type) -> bool;

/// A map hasher: the hash of the key at `p` (of type `t`) with `seed`.
pub type HashFn = unsafe extern "C" fn(p: *const u8, seed: usize, t: *const Type) -> usize;

/// The funcval `Type::equal` points at: Go's view is `func(p, q
/// unsafe.Pointer) bool`; the runtime calls `equal(p, q, typ)`.
#[repr(C)]
pub struct EqualFunc {
    pub code: *const u8,
    pub equal: EqualFn,
    pub typ: *const Type,
}

/// The funcval `MapType::hasher` points at (`func(p unsafe.Pointer, seed
/// uintptr) uintptr` to Go); the runtime calls `hash(p, seed, key)`.
#[repr(C)]
pub struct HashFunc {
    pub code: *const u8,
    pub hash: HashFn,
    pub key: *const Type,
}

/// `tflag`: an `UncommonType` follows the kind's fields.
pub const TFLAG_UNCOMMON: u8 = 1 << 0;
/// `tflag`: the type string has an extra leading `*`.
pub const TFLAG_EXTRA_STAR: u8 = 1 << 1;
/// `tflag`: the type is a defined (named) type.
pub const TFLAG_NAMED: u8 = 1 << 2;
/// `tflag`: equality and hashing are those of plain memory of `size` bytes.
pub const TFLAG_REGULAR_MEMORY: u8 = 1 << 3;
/// `tflag`: `gcdata` points at a word holding the pointer to the bitmap.
pub const TFLAG_GC_MASK_ON_DEMAND: u8 = 1 << 4;
/// `tflag`: the interface data word holds the value itself.
pub const TFLAG_DIRECT_IFACE: u8 = 1 << 5;

/// Go's `abi.UncommonType`: package path and method table of a named type
/// or a type with methods.
#[repr(C)]
#[derive(Debug)]
pub struct UncommonType {
    /// `NameOff` of the import path (0 for predeclared types).
    pub pkgpath: i32,
    pub mcount: u16,
    /// How many methods are exported (they come first).
    pub xcount: u16,
    /// Offset from this `UncommonType` to the `[mcount]Method`.
    pub moff: u32,
    pub unused: u32,
}

/// Go's `abi.Method`.
#[repr(C)]
#[derive(Debug)]
pub struct Method {
    pub name: i32,
    /// `TypeOff` of the signature without receiver (a `FuncType`).
    pub mtyp: i32,
    /// `TextOff` of the function called through interfaces (the interface
    /// data word as receiver).
    pub ifn: i32,
    /// `TextOff` of the function taking the receiver value.
    pub tfn: i32,
}

/// Go's `abi.Imethod`.
#[repr(C)]
#[derive(Debug)]
pub struct IMethod {
    pub name: i32,
    pub typ: i32,
}

/// Pointer and slice types (`PtrType`, `SliceType`).
#[repr(C)]
pub struct PtrType {
    pub typ: Type,
    pub elem: *const Type,
}

/// `[len]elem`; `slice` is `[]elem`.
#[repr(C)]
pub struct ArrayType {
    pub typ: Type,
    pub elem: *const Type,
    pub slice: *const Type,
    pub len: usize,
}

/// `chan elem`; `dir` is 1 recv, 2 send, 3 both (Go's `ChanDir`).
#[repr(C)]
pub struct ChanType {
    pub typ: Type,
    pub elem: *const Type,
    pub dir: isize,
}

/// A function signature; the `in_count + out_count` parameter and result
/// types follow (after the uncommon part, if any).
#[repr(C)]
pub struct FuncType {
    pub typ: Type,
    pub in_count: u16,
    /// Top bit: the last parameter is `...`.
    pub out_count: u16,
}

/// An interface type; `methods` is a Go slice of `IMethod`.
#[repr(C)]
pub struct InterfaceType {
    pub typ: Type,
    /// A `Name` (null: none).
    pub pkgpath: *const u8,
    pub methods: *const IMethod,
    pub nmethods: usize,
    pub cap: usize,
}

/// `map[key]elem` (see the file comment for golift's meaning of the fields).
#[repr(C)]
pub struct MapType {
    pub typ: Type,
    pub key: *const Type,
    pub elem: *const Type,
    /// The bucket's descriptor.
    pub group: *const Type,
    pub hasher: *const HashFunc,
    /// Bucket size.
    pub group_size: usize,
    pub keys_off: usize,
    /// Size of a key slot (8 when the key is stored indirectly).
    pub key_stride: usize,
    pub elems_off: usize,
    /// Size of an elem slot (8 when the elem is stored indirectly).
    pub elem_stride: usize,
    pub elem_off: usize,
    /// `MAP_*` flags.
    pub flags: u32,
}

/// `MapType::flags`: an overwrite must also store the key (+0/-0, strings).
pub const MAP_NEED_KEY_UPDATE: u32 = 1;
/// `MapType::flags`: hashing may panic (interfaces inside the key).
pub const MAP_HASH_MIGHT_PANIC: u32 = 2;
/// `MapType::flags`: keys are stored as pointers (key size > 128).
pub const MAP_INDIRECT_KEY: u32 = 4;
/// `MapType::flags`: elems are stored as pointers (elem size > 128).
pub const MAP_INDIRECT_ELEM: u32 = 8;
/// `MapType::flags` (golift's): k == k for every key (no floats or
/// interfaces inside).
pub const MAP_REFLEXIVE_KEY: u32 = 1 << 8;

/// A struct type; `fields` is a Go slice of `StructField`.
#[repr(C)]
pub struct StructType {
    pub typ: Type,
    /// A `Name` (null: none).
    pub pkgpath: *const u8,
    pub fields: *const StructField,
    pub nfields: usize,
    pub cap: usize,
}

/// One field of a struct type.
#[repr(C)]
pub struct StructField {
    /// A `Name`: flags, name, tag.
    pub name: *const u8,
    pub typ: *const Type,
    pub offset: usize,
}

// SAFETY (for the impls below): descriptors are immutable once emitted; their
// pointers lead only to other immutable descriptors, names and code.
unsafe impl Sync for Type {}
unsafe impl Sync for EqualFunc {}
unsafe impl Sync for HashFunc {}
unsafe impl Sync for PtrType {}
unsafe impl Sync for ArrayType {}
unsafe impl Sync for ChanType {}
unsafe impl Sync for FuncType {}
unsafe impl Sync for InterfaceType {}
unsafe impl Sync for MapType {}
unsafe impl Sync for StructType {}
unsafe impl Sync for StructField {}

/// Go's kind numbering (`abi.Kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Invalid = 0,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
}

/// The bytes of the `abi.Name` at `n`: (flags, name, tag).
///
/// # Safety
/// `n` must be null or point at an encoded name.
pub unsafe fn name_parts<'a>(n: *const u8) -> (u8, &'a [u8], &'a [u8]) {
    if n.is_null() {
        return (0, &[], &[]);
    }
    // SAFETY: guaranteed by the caller.
    unsafe {
        let flags = *n;
        let (i, l) = read_varint(n.add(1));
        let name = core::slice::from_raw_parts(n.add(1 + i), l);
        if flags & NAME_HAS_TAG == 0 {
            return (flags, name, &[]);
        }
        let t = n.add(1 + i + l);
        let (j, tl) = read_varint(t);
        (flags, name, core::slice::from_raw_parts(t.add(j), tl))
    }
}

/// The package path of the name at `n`, when it carries one (flag 4): the
/// `NameOff` after its name and tag, resolved in `n`'s module.
///
/// # Safety
/// As `name_parts`.
pub unsafe fn name_pkgpath<'a>(n: *const u8) -> Option<&'a [u8]> {
    // SAFETY: guaranteed by the caller.
    let (flags, name, tag) = unsafe { name_parts(n) };
    if flags & NAME_HAS_PKGPATH == 0 {
        return None;
    }
    // SAFETY: the name bytes live in the descriptor data of `n`'s module.
    unsafe {
        let mut end = tag.as_ptr().add(tag.len());
        if tag.is_empty() {
            end = name.as_ptr().add(name.len());
        }
        let off = end.cast::<i32>().read_unaligned();
        Some(name_parts(resolve_name_off(n, off)).1)
    }
}

/// Name flag: exported.
pub const NAME_EXPORTED: u8 = 1;
/// Name flag: a tag follows the name.
pub const NAME_HAS_TAG: u8 = 2;
/// Name flag: a package path `NameOff` follows.
pub const NAME_HAS_PKGPATH: u8 = 4;
/// Name flag: an embedded struct field.
pub const NAME_EMBEDDED: u8 = 8;

/// # Safety
/// `p` must point at a varint.
unsafe fn read_varint(p: *const u8) -> (usize, usize) {
    let mut v = 0;
    let mut i = 0;
    loop {
        // SAFETY: guaranteed by the caller.
        let x = unsafe { *p.add(i) };
        v += ((x & 0x7f) as usize) << (7 * i);
        i += 1;
        if x & 0x80 == 0 {
            return (i, v);
        }
    }
}

impl Type {
    /// Whether objects of this type can hold pointers (Go's `Pointers()`);
    /// pointer-free objects are "noscan" to the allocator.
    pub fn pointers(&self) -> bool {
        self.ptrdata != 0
    }

    /// Whether the interface data word holds the value itself.
    pub fn direct_iface(&self) -> bool {
        self.tflag & TFLAG_DIRECT_IFACE != 0
    }

    /// The C-ABI equality function (None: not comparable).
    pub fn equal_fn(&self) -> Option<EqualFn> {
        // SAFETY: a non-null `equal` points at an `EqualFunc`.
        unsafe { self.equal.as_ref() }.map(|f| f.equal)
    }

    /// The type string (`main.T`); empty for a descriptor without one.
    pub fn name(&self) -> &[u8] {
        if self.str == 0 {
            return &[];
        }
        // SAFETY: `str` is a NameOff in this descriptor's module.
        let s =
            unsafe { name_parts(resolve_name_off(self as *const Type as *const u8, self.str)).1 };
        if self.tflag & TFLAG_EXTRA_STAR != 0 {
            &s[1..]
        } else {
            s
        }
    }

    /// The uncommon part, when the type has one.
    pub fn uncommon(&self) -> Option<&UncommonType> {
        if self.tflag & TFLAG_UNCOMMON == 0 {
            return None;
        }
        let off = match self.kind() {
            Kind::Struct => core::mem::size_of::<StructType>(),
            Kind::Pointer | Kind::Slice => core::mem::size_of::<PtrType>(),
            Kind::Func => core::mem::size_of::<FuncType>(),
            Kind::Array => core::mem::size_of::<ArrayType>(),
            Kind::Chan => core::mem::size_of::<ChanType>(),
            Kind::Map => core::mem::size_of::<MapType>(),
            Kind::Interface => core::mem::size_of::<InterfaceType>(),
            _ => core::mem::size_of::<Type>(),
        };
        // SAFETY: with TFLAG_UNCOMMON, the uncommon part follows the kind's fields.
        Some(unsafe {
            &*(self as *const Type)
                .cast::<u8>()
                .add(off)
                .cast::<UncommonType>()
        })
    }

    /// The method table (empty without an uncommon part).
    pub fn methods(&self) -> &[Method] {
        match self.uncommon() {
            // SAFETY: `moff` leads to `mcount` methods (descriptor invariant).
            Some(u) if u.mcount > 0 => unsafe {
                let p = (u as *const UncommonType).cast::<u8>().add(u.moff as usize);
                core::slice::from_raw_parts(p.cast::<Method>(), u.mcount as usize)
            },
            _ => &[],
        }
    }

    /// The package path of the uncommon part (empty: none).
    pub fn pkgpath(&self) -> &[u8] {
        match self.uncommon() {
            // SAFETY: `pkgpath` is a NameOff of this module.
            Some(u) if u.pkgpath != 0 => unsafe {
                name_parts(resolve_name_off(
                    self as *const Type as *const u8,
                    u.pkgpath,
                ))
                .1
            },
            _ => &[],
        }
    }

    /// This descriptor viewed as the kind-specific record `T` (which starts
    /// with a `Type`).
    ///
    /// # Safety
    /// The descriptor must be of the kind whose record `T` is.
    pub unsafe fn tail<T>(&self) -> &T {
        // SAFETY: guaranteed by the caller.
        unsafe { &*(self as *const Type).cast::<T>() }
    }

    pub fn kind(&self) -> Kind {
        let k = self.kind & 0x1f;
        if k <= Kind::UnsafePointer as u8 {
            // SAFETY: `Kind` is `repr(u8)` with consecutive discriminants
            // 0..=UnsafePointer, and `k` is in that range.
            unsafe { core::mem::transmute::<u8, Kind>(k) }
        } else {
            Kind::Invalid
        }
    }
}

impl InterfaceType {
    pub fn imethods(&self) -> &[IMethod] {
        if self.nmethods == 0 {
            return &[];
        }
        // SAFETY: `methods` points at `nmethods` entries (descriptor invariant).
        unsafe { core::slice::from_raw_parts(self.methods, self.nmethods) }
    }
}

impl StructType {
    pub fn fields(&self) -> &[StructField] {
        if self.nfields == 0 {
            return &[];
        }
        // SAFETY: `fields` points at `nfields` entries (descriptor invariant).
        unsafe { core::slice::from_raw_parts(self.fields, self.nfields) }
    }
}

impl StructField {
    /// The field name (`_` for blank fields).
    pub fn name(&self) -> &[u8] {
        // SAFETY: field names are encoded names.
        unsafe { name_parts(self.name).1 }
    }
}

impl MapType {
    /// The C-ABI hasher (None: hash through the key's descriptor).
    pub fn hash_fn(&self) -> Option<HashFn> {
        // SAFETY: a non-null `hasher` points at a `HashFunc`.
        unsafe { self.hasher.as_ref() }.map(|f| f.hash)
    }
}

/// A minimal descriptor (no names, not comparable) for the runtime's own
/// internal objects and for tests.
pub const fn internal_type(size: usize, ptrdata: usize, kind: Kind) -> Type {
    Type {
        size,
        ptrdata,
        hash: 0,
        tflag: 0,
        align: 8,
        field_align: 8,
        kind: kind as u8,
        equal: core::ptr::null(),
        gcdata: core::ptr::null(),
        str: 0,
        ptr_to_this: 0,
    }
}

/// A descriptor for tests: a type of `size` bytes with the given kind.
#[cfg(test)]
pub fn test_type(size: usize, ptrdata: usize, kind: Kind) -> Type {
    internal_type(size, ptrdata, kind)
}

// ---- modules ----

/// A range of descriptor data whose offsets resolve from its start.
struct ModuleSlot {
    start: AtomicUsize,
    end: AtomicUsize,
    /// 1: `TextOff`s are offsets of slots holding code addresses.
    indirect_text: AtomicUsize,
}

const MAX_MODULES: usize = 8;
#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_SLOT: ModuleSlot = ModuleSlot {
    start: AtomicUsize::new(0),
    end: AtomicUsize::new(0),
    indirect_text: AtomicUsize::new(0),
};
static MODULES: [ModuleSlot; MAX_MODULES] = [EMPTY_SLOT; MAX_MODULES];
static NMODULES: AtomicUsize = AtomicUsize::new(0);
static MODULES_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The program's typelinks: offsets of its descriptors (those reflect may
/// look up by string), sorted by type string.
static TYPELINKS: AtomicUsize = AtomicUsize::new(0);
static NTYPELINKS: AtomicUsize = AtomicUsize::new(0);
static PROGRAM_TYPES: AtomicUsize = AtomicUsize::new(0);

/// Registers `[start, end)` as a module (no-op when already registered).
pub fn add_module(start: usize, end: usize, indirect_text: bool) {
    let _l = MODULES_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let n = NMODULES.load(Ordering::Acquire);
    if (0..n).any(|i| MODULES[i].start.load(Ordering::Relaxed) == start) {
        return;
    }
    assert!(n < MAX_MODULES, "golift: too many descriptor modules");
    MODULES[n].start.store(start, Ordering::Relaxed);
    MODULES[n].end.store(end, Ordering::Relaxed);
    MODULES[n]
        .indirect_text
        .store(indirect_text as usize, Ordering::Relaxed);
    NMODULES.store(n + 1, Ordering::Release);
}

/// The module holding `p`: (start, indirect text).
fn module_of(p: *const u8) -> (usize, bool) {
    find_module(p)
        .unwrap_or_else(|| crate::panic::fatal(b"golift: descriptor outside every module"))
}

/// The start of the module holding `p` and whether its text is indirect,
/// or None for memory outside every module (descriptors reflect built).
pub fn find_module(p: *const u8) -> Option<(usize, bool)> {
    let p = p as usize;
    let rt = crate::error::rt_module();
    if p >= rt.0 && p < rt.1 {
        return Some((rt.0, true));
    }
    let n = NMODULES.load(Ordering::Acquire);
    for m in &MODULES[..n] {
        if p >= m.start.load(Ordering::Relaxed) && p < m.end.load(Ordering::Relaxed) {
            return Some((
                m.start.load(Ordering::Relaxed),
                m.indirect_text.load(Ordering::Relaxed) != 0,
            ));
        }
    }
    None
}

/// The name at `off` in the module holding `ptr` (Go's `resolveNameOff`).
pub fn resolve_name_off(ptr: *const u8, off: i32) -> *const u8 {
    if off == 0 {
        return core::ptr::null();
    }
    (module_of(ptr).0 as isize + off as isize) as *const u8
}

/// The descriptor at `off` in `t`'s module (Go's `resolveTypeOff`).
pub fn resolve_type_off(t: *const u8, off: i32) -> *const Type {
    if off == 0 || off == -1 {
        return core::ptr::null();
    }
    (module_of(t).0 as isize + off as isize) as *const Type
}

/// The code at `off` for `t`'s module (Go's `resolveTextOff`).
pub fn resolve_text_off(t: *const u8, off: i32) -> *const u8 {
    if off == -1 {
        return core::ptr::null();
    }
    let (start, indirect) = module_of(t);
    let at = (start as isize + off as isize) as *const u8;
    if indirect {
        // SAFETY: in indirect modules a TextOff leads to a code address slot.
        unsafe { at.cast::<*const u8>().read() }
    } else {
        at
    }
}

/// What `golift.main` passes to `runtime.addmoduledata`.
#[repr(C)]
pub struct ModuleData {
    pub types: *const u8,
    pub etypes: *const u8,
    pub typelinks: *const i32,
    pub ntypelinks: usize,
}

/// Registers the program's descriptors (first thing `golift.main` does).
///
/// # Safety
/// `md` must describe the program's descriptor data.
#[export_name = "runtime.addmoduledata"]
pub unsafe extern "C" fn addmoduledata(md: *const ModuleData) {
    // SAFETY: guaranteed by the caller.
    let md = unsafe { &*md };
    add_module(md.types as usize, md.etypes as usize, false);
    PROGRAM_TYPES.store(md.types as usize, Ordering::Relaxed);
    TYPELINKS.store(md.typelinks as usize, Ordering::Relaxed);
    NTYPELINKS.store(md.ntypelinks, Ordering::Release);
}

/// `runtime.resolveNameOff(ptrInModule, off)`.
#[export_name = "runtime.resolveNameOff"]
pub extern "C" fn resolve_name_off_entry(ptr: *const u8, off: i32) -> *const u8 {
    resolve_name_off(ptr, off)
}

/// `runtime.resolveTypeOff(rtype, off)`.
#[export_name = "runtime.resolveTypeOff"]
pub extern "C" fn resolve_type_off_entry(t: *const u8, off: i32) -> *const u8 {
    resolve_type_off(t, off).cast()
}

/// `runtime.resolveTextOff(rtype, off)`.
#[export_name = "runtime.resolveTextOff"]
pub extern "C" fn resolve_text_off_entry(t: *const u8, off: i32) -> *const u8 {
    resolve_text_off(t, off)
}

/// The start of the program's descriptor module (the base of `typelinks`).
#[export_name = "runtime.typelinksbase"]
pub extern "C" fn typelinksbase() -> *const u8 {
    PROGRAM_TYPES.load(Ordering::Relaxed) as *const u8
}

/// A Go slice header.
#[repr(C)]
pub struct SliceHeader {
    pub ptr: *const u8,
    pub len: usize,
    pub cap: usize,
}

/// `runtime.typelinks() []int32`: offsets from `typelinksbase()` of the
/// program's descriptors, sorted by type string (three words: through `out`).
///
/// # Safety
/// `out` must be writable.
#[export_name = "runtime.typelinks"]
pub unsafe extern "C" fn typelinks(out: *mut SliceHeader) {
    let n = NTYPELINKS.load(Ordering::Acquire);
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(SliceHeader {
            ptr: TYPELINKS.load(Ordering::Relaxed) as *const u8,
            len: n,
            cap: n,
        })
    };
}

/// Descriptors built at run time, for tests: one leaked region registered
/// as a module with indirect text.
#[cfg(test)]
pub mod testing {
    use super::*;
    use std::sync::Mutex;

    const SIZE: usize = 1 << 22;

    struct Region {
        base: usize,
        used: usize,
    }

    static REGION: Mutex<Region> = Mutex::new(Region { base: 0, used: 8 });

    /// `n` zeroed bytes, 8-aligned, inside the test module.
    pub fn alloc(n: usize) -> *mut u8 {
        let mut r = REGION.lock().unwrap_or_else(|e| e.into_inner());
        if r.base == 0 {
            let mem = Box::leak(vec![0u64; SIZE / 8].into_boxed_slice());
            r.base = mem.as_mut_ptr() as usize;
            add_module(r.base, r.base + SIZE, true);
        }
        let at = r.used.next_multiple_of(8);
        r.used = at + n;
        assert!(r.used <= SIZE, "test descriptor module is full");
        (r.base + at) as *mut u8
    }

    fn off(p: *const u8) -> i32 {
        let base = REGION.lock().unwrap_or_else(|e| e.into_inner()).base;
        (p as usize - base) as i32
    }

    /// An encoded name; returns its `NameOff`.
    pub fn name(s: &str, flags: u8) -> i32 {
        assert!(s.len() < 128);
        let p = alloc(2 + s.len());
        // SAFETY: `p` has room for the flag, length and bytes.
        unsafe {
            *p = flags;
            *p.add(1) = s.len() as u8;
            core::ptr::copy_nonoverlapping(s.as_ptr(), p.add(2), s.len());
        }
        off(p)
    }

    /// A slot holding `code`; returns its `TextOff`.
    pub fn text(code: usize) -> i32 {
        let p = alloc(8);
        // SAFETY: `p` is an 8-byte slot.
        unsafe { p.cast::<usize>().write(code) };
        off(p)
    }

    /// The `TypeOff` of a descriptor in the test module.
    pub fn type_off(t: *const Type) -> i32 {
        off(t.cast())
    }

    /// A type with a string (and the other fields of `proto`), `extra`
    /// bytes of kind fields after its header and `tail` bytes after those.
    pub fn typ(proto: Type, string: &str, extra: usize) -> *mut Type {
        let t = alloc(core::mem::size_of::<Type>() + extra).cast::<Type>();
        // SAFETY: `t` has room for a `Type`.
        unsafe {
            t.write(proto);
            (*t).str = if string.is_empty() {
                0
            } else {
                name(string, 0)
            };
        }
        t
    }

    /// A named type with methods `(name, mtyp, code)`, sorted as gc sorts.
    pub fn named(proto: Type, string: &str, ms: &[(&str, *const Type, usize)]) -> &'static Type {
        let base = core::mem::size_of::<Type>();
        let t = alloc(base + 16 + 16 * ms.len()).cast::<Type>();
        // SAFETY: `t` has room for the header, the uncommon part and the methods.
        unsafe {
            t.write(proto);
            (*t).str = name(string, 0);
            (*t).tflag |= TFLAG_NAMED | TFLAG_UNCOMMON;
            let u = t.cast::<u8>().add(base).cast::<UncommonType>();
            u.write(UncommonType {
                pkgpath: name("main", 0),
                mcount: ms.len() as u16,
                xcount: ms.len() as u16,
                moff: 16,
                unused: 0,
            });
            let m = u.cast::<u8>().add(16).cast::<Method>();
            for (i, &(n, mtyp, code)) in ms.iter().enumerate() {
                let tx = text(code);
                m.add(i).write(Method {
                    name: name(n, NAME_EXPORTED),
                    mtyp: type_off(mtyp),
                    ifn: tx,
                    tfn: tx,
                });
            }
            &*t
        }
    }

    /// An interface type with exported methods `(name, typ)`, sorted.
    pub fn interface(string: &str, ms: &[(&str, *const Type)]) -> &'static InterfaceType {
        let size = core::mem::size_of::<InterfaceType>();
        let p = alloc(size + 8 * ms.len()).cast::<InterfaceType>();
        // SAFETY: `p` has room for the descriptor and its methods.
        unsafe {
            let ims = p.cast::<u8>().add(size).cast::<IMethod>();
            for (i, &(n, typ)) in ms.iter().enumerate() {
                ims.add(i).write(IMethod {
                    name: name(n, NAME_EXPORTED),
                    typ: type_off(typ),
                });
            }
            let mut typ = internal_type(16, 16, Kind::Interface);
            typ.str = name(string, 0);
            p.write(InterfaceType {
                typ,
                pkgpath: core::ptr::null(),
                methods: ims,
                nmethods: ms.len(),
                cap: ms.len(),
            });
            &*p
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    /// The offsets of Go 1.27's internal/abi (rt/ABI.md).
    #[test]
    fn layout_is_gos() {
        let offsets = [
            offset_of!(Type, size),
            offset_of!(Type, ptrdata),
            offset_of!(Type, hash),
            offset_of!(Type, tflag),
            offset_of!(Type, align),
            offset_of!(Type, field_align),
            offset_of!(Type, kind),
            offset_of!(Type, equal),
            offset_of!(Type, gcdata),
            offset_of!(Type, str),
            offset_of!(Type, ptr_to_this),
        ];
        assert_eq!(offsets, [0, 8, 16, 20, 21, 22, 23, 24, 32, 40, 44]);
        assert_eq!(size_of::<Type>(), 48);
        assert_eq!(size_of::<UncommonType>(), 16);
        assert_eq!(
            [
                offset_of!(UncommonType, mcount),
                offset_of!(UncommonType, xcount),
                offset_of!(UncommonType, moff)
            ],
            [4, 6, 8]
        );
        assert_eq!(size_of::<Method>(), 16);
        assert_eq!(size_of::<IMethod>(), 8);
    }

    /// The kind fields follow the 48-byte header (rt/ABI.md).
    #[test]
    fn kinds_follow_the_header() {
        assert_eq!(offset_of!(PtrType, elem), 48);
        assert_eq!(size_of::<PtrType>(), 56);
        assert_eq!(
            [
                offset_of!(ArrayType, elem),
                offset_of!(ArrayType, slice),
                offset_of!(ArrayType, len)
            ],
            [48, 56, 64]
        );
        assert_eq!(
            [offset_of!(ChanType, elem), offset_of!(ChanType, dir)],
            [48, 56]
        );
        assert_eq!(
            [
                offset_of!(FuncType, in_count),
                offset_of!(FuncType, out_count)
            ],
            [48, 50]
        );
        assert_eq!(size_of::<FuncType>(), 56);
        assert_eq!(
            [
                offset_of!(InterfaceType, pkgpath),
                offset_of!(InterfaceType, methods),
                offset_of!(InterfaceType, nmethods)
            ],
            [48, 56, 64]
        );
        assert_eq!(size_of::<InterfaceType>(), 80);
        assert_eq!(
            [
                offset_of!(MapType, key),
                offset_of!(MapType, elem),
                offset_of!(MapType, group),
                offset_of!(MapType, hasher),
                offset_of!(MapType, group_size),
                offset_of!(MapType, keys_off),
                offset_of!(MapType, key_stride),
                offset_of!(MapType, elems_off),
                offset_of!(MapType, elem_stride),
                offset_of!(MapType, elem_off),
                offset_of!(MapType, flags)
            ],
            [48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128]
        );
        assert_eq!(size_of::<MapType>(), 136);
        assert_eq!(
            [
                offset_of!(StructType, pkgpath),
                offset_of!(StructType, fields),
                offset_of!(StructType, nfields)
            ],
            [48, 56, 64]
        );
        assert_eq!(size_of::<StructType>(), 80);
        assert_eq!(size_of::<StructField>(), 24);
    }

    #[test]
    fn names_decode_as_go_encodes_them() {
        let n = [3u8, 2, b'I', b'D', 4, b'j', b's', b'o', b'n'];
        // SAFETY: `n` is an encoded name.
        let (flags, name, tag) = unsafe { name_parts(n.as_ptr()) };
        assert_eq!((flags, name, tag), (3, &b"ID"[..], &b"json"[..]));
        let mut long = vec![0u8, 0x80, 0x01];
        long.extend(std::iter::repeat_n(b'x', 128));
        // SAFETY: `long` is an encoded name.
        assert_eq!(unsafe { name_parts(long.as_ptr()) }.1.len(), 128);
    }

    #[test]
    fn moduledata_registers_the_program_module_and_its_typelinks() {
        let module = Box::leak(vec![0u64; 64].into_boxed_slice());
        let start = module.as_ptr() as *const u8;
        let links = Box::leak(Box::new([16i32, 8]));
        let md = ModuleData {
            types: start,
            // SAFETY: one past the end of `module`.
            etypes: unsafe { start.add(512) },
            typelinks: links.as_ptr(),
            ntypelinks: 2,
        };
        // SAFETY: `md` describes a live region.
        unsafe { addmoduledata(&md) };
        assert_eq!(typelinksbase(), start);
        let mut out = SliceHeader {
            ptr: core::ptr::null(),
            len: 0,
            cap: 0,
        };
        // SAFETY: `out` is writable.
        unsafe { typelinks(&mut out) };
        assert_eq!((out.ptr, out.len), (links.as_ptr() as *const u8, 2));
        // Program modules have direct text: a TextOff is code minus start.
        // SAFETY: inside the module.
        let t = unsafe { start.add(16) };
        assert_eq!(resolve_text_off(t, 100) as usize, start as usize + 100);
        assert_eq!(resolve_name_off(t, 40) as usize, start as usize + 40);
    }

    #[test]
    fn offsets_resolve_in_their_module() {
        let t = testing::typ(internal_type(8, 0, Kind::Int), "*main.T", 0);
        // SAFETY: `t` is a test descriptor.
        unsafe { (*t).tflag |= TFLAG_EXTRA_STAR };
        // SAFETY: as above.
        assert_eq!(unsafe { &*t }.name(), b"main.T");
        let code = testing::text(0x1234);
        assert_eq!(resolve_text_off(t.cast(), code) as usize, 0x1234);
        assert_eq!(
            resolve_type_off(t.cast(), testing::type_off(t)),
            t.cast_const()
        );
        assert!(resolve_type_off(t.cast(), 0).is_null());
    }
}
