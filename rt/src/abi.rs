//! Run-time type descriptors: Go's `internal/abi.Type` and its kind-specific
//! extensions, which the compiler emits as read-only data once per type and
//! which the allocator, maps, interfaces, panics (and later the GC, `fmt` and
//! reflection) read.
//!
//! A descriptor is a `Type` header (Go's 48-byte `abi.Type` prefix, then the
//! type string, the uncommon-type pointer and the pointer-to-this type) and,
//! right after it at offset 80, a tail that depends on the kind (`ArrayType`,
//! `MapType`, ...: each starts with the `Type` header, as Go's do). Where Go
//! stores 32-bit offsets into its name and type sections, golift stores
//! absolute pointers (Cranelift data relocations are 8-byte absolute) and
//! `{ptr, len}` strings.
//!
//! Invariants (rt/ABI.md, "Type descriptors", lists every offset; the tests
//! below pin them):
//! - the 48-byte prefix never changes: descriptors emitted before issue 3 have
//!   only that prefix and `tflag & TFLAG_FULL == 0`; the runtime reads
//!   nothing past offset 48 unless `TFLAG_FULL` is set;
//! - `equal` is null exactly when the type is not comparable;
//! - method tables (`UncommonType`, `InterfaceType`) are sorted by
//!   (name, pkgpath) bytewise, so that itabs are built by one merge;
//! - `kind & KIND_DIRECT_IFACE` is set exactly for pointer-shaped types, whose
//!   interface data word is the value itself rather than a pointer to it.

use crate::string::GoString;

/// Go's `abi.Type`, extended (see the file comment).
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
    /// A `Kind`; only the low five bits are the kind.
    pub kind: u8,
    /// Null exactly when the type is not comparable.
    pub equal: Option<EqualFn>,
    pub gcdata: *const u8,
    pub str: i32,
    pub ptr_to_this: i32,
    /// The type as gc prints it: `main.T`, `[]int`, `interface {}`, `*main.T`.
    pub string: GoString,
    /// Name, package path and methods; null for unnamed types without methods.
    pub uncommon: *const UncommonType,
    /// `*T`, when the compiler emitted it (null otherwise).
    pub ptr_to_this_type: *const Type,
}

/// `equal`'s type: whether the values at `p` and `q` (both of type `t`) are
/// equal. The third argument lets one generic function serve every type.
pub type EqualFn = unsafe extern "C" fn(p: *const u8, q: *const u8, t: *const Type) -> bool;

/// A map hasher: the hash of the key at `p` (of type `t`) with `seed`.
pub type HashFn = unsafe extern "C" fn(p: *const u8, seed: usize, t: *const Type) -> usize;

/// `tflag`: the descriptor has an `UncommonType` (`uncommon` is non-null).
pub const TFLAG_UNCOMMON: u8 = 1 << 0;
/// `tflag`: the type is a defined (named) type.
pub const TFLAG_NAMED: u8 = 1 << 2;
/// `tflag`: equality and hashing are those of plain memory of `size` bytes.
pub const TFLAG_REGULAR_MEMORY: u8 = 1 << 3;
/// `tflag`: the descriptor has all fields of this file past offset 48.
pub const TFLAG_FULL: u8 = 1 << 7;

/// `kind`: the interface data word holds the value itself (pointer-shaped types).
pub const KIND_DIRECT_IFACE: u8 = 1 << 5;

/// Name, package path and method table of a named type or a type with methods.
#[repr(C)]
#[derive(Debug)]
pub struct UncommonType {
    pub pkgpath: GoString,
    /// `mcount` methods, sorted by (name, pkgpath); exported ones first is not
    /// required.
    pub methods: *const Method,
    pub mcount: u32,
    /// How many of the methods are exported.
    pub xcount: u32,
}

/// One method of a concrete type.
#[repr(C)]
#[derive(Debug)]
pub struct Method {
    pub name: GoString,
    /// Empty for exported methods; the defining package for unexported ones.
    pub pkgpath: GoString,
    /// The method's signature without the receiver (a `FuncType`).
    pub mtyp: *const Type,
    /// Called through interfaces: takes the interface data word as receiver.
    pub ifn: *const u8,
    /// Called directly (method expressions, reflection): takes the receiver value.
    pub tfn: *const u8,
}

/// One method of an interface type.
#[repr(C)]
#[derive(Debug)]
pub struct IMethod {
    pub name: GoString,
    pub pkgpath: GoString,
    pub typ: *const Type,
}

/// Pointer, slice (`elem`) types.
#[repr(C)]
pub struct PtrType {
    pub typ: Type,
    pub elem: *const Type,
}

/// `[len]elem`; `slice` is `[]elem` (may be null).
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
    pub dir: usize,
}

/// A function signature: `in_count` parameters then `out_count` results in
/// one array of descriptor pointers.
#[repr(C)]
pub struct FuncType {
    pub typ: Type,
    pub params: *const *const Type,
    pub in_count: u16,
    pub out_count: u16,
    pub variadic: u8,
}

/// An interface type with its methods sorted by (name, pkgpath).
#[repr(C)]
pub struct InterfaceType {
    pub typ: Type,
    pub pkgpath: GoString,
    pub methods: *const IMethod,
    pub nmethods: usize,
}

/// `map[key]elem`.
#[repr(C)]
pub struct MapType {
    pub typ: Type,
    pub key: *const Type,
    pub elem: *const Type,
    /// The bucket's descriptor (for the GC); may be null.
    pub bucket: *const Type,
    pub hasher: Option<HashFn>,
    /// Size of a key slot (8 when the key is stored indirectly).
    pub keysize: u8,
    /// Size of an elem slot (8 when the elem is stored indirectly).
    pub valuesize: u8,
    pub bucketsize: u16,
    /// `MAP_*` flags.
    pub flags: u32,
}

/// `MapType::flags`: keys are stored as pointers (key size > 128).
pub const MAP_INDIRECT_KEY: u32 = 1;
/// `MapType::flags`: elems are stored as pointers (elem size > 128).
pub const MAP_INDIRECT_ELEM: u32 = 2;
/// `MapType::flags`: k == k for every key (no floats or interfaces inside).
pub const MAP_REFLEXIVE_KEY: u32 = 4;
/// `MapType::flags`: an overwrite must also store the key (+0/-0, strings).
pub const MAP_NEED_KEY_UPDATE: u32 = 8;
/// `MapType::flags`: hashing may panic (interfaces inside the key).
pub const MAP_HASH_MIGHT_PANIC: u32 = 16;

/// A struct type.
#[repr(C)]
pub struct StructType {
    pub typ: Type,
    pub pkgpath: GoString,
    pub fields: *const StructField,
    pub nfields: usize,
}

/// One field of a struct type.
#[repr(C)]
pub struct StructField {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: usize,
    pub tag: GoString,
    /// 1 for an embedded field.
    pub embedded: usize,
}

// SAFETY (for the impls below): descriptors are immutable once emitted; their
// pointers lead only to other immutable descriptors, names and code.
unsafe impl Sync for Type {}
unsafe impl Sync for UncommonType {}
unsafe impl Sync for Method {}
unsafe impl Sync for IMethod {}
unsafe impl Sync for PtrType {}
unsafe impl Sync for ArrayType {}
unsafe impl Sync for FuncType {}
unsafe impl Sync for InterfaceType {}
unsafe impl Sync for MapType {}
unsafe impl Sync for StructType {}
unsafe impl Sync for StructField {}

/// The mask that extracts the kind from `Type::kind`.
pub const KIND_MASK: u8 = 0x1f;

/// Go's `reflect.Kind` numbering.
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

impl Type {
    /// Whether objects of this type can hold pointers (Go's `Pointers()`);
    /// pointer-free objects are "noscan" to the allocator.
    pub fn pointers(&self) -> bool {
        self.ptrdata != 0
    }

    /// Whether the descriptor carries the fields past offset 48.
    pub fn full(&self) -> bool {
        self.tflag & TFLAG_FULL != 0
    }

    /// Whether the interface data word holds the value itself.
    pub fn direct_iface(&self) -> bool {
        self.kind & KIND_DIRECT_IFACE != 0
    }

    /// The type string (`main.T`); empty for a descriptor without it.
    pub fn name(&self) -> &[u8] {
        if !self.full() {
            return &[];
        }
        // SAFETY: full descriptors point `string` at static bytes.
        unsafe { self.string.as_bytes() }
    }

    /// The uncommon part, when the type has one.
    pub fn uncommon(&self) -> Option<&UncommonType> {
        if !self.full() || self.tflag & TFLAG_UNCOMMON == 0 {
            return None;
        }
        // SAFETY: with TFLAG_UNCOMMON, `uncommon` points at static data.
        unsafe { self.uncommon.as_ref() }
    }

    /// This descriptor viewed as the kind-specific record `T` (which starts
    /// with a `Type`).
    ///
    /// # Safety
    /// The descriptor must be full and of the kind whose record `T` is.
    pub unsafe fn tail<T>(&self) -> &T {
        // SAFETY: guaranteed by the caller.
        unsafe { &*(self as *const Type).cast::<T>() }
    }

    pub fn kind(&self) -> Kind {
        let k = self.kind & KIND_MASK;
        if k <= Kind::UnsafePointer as u8 {
            // SAFETY: `Kind` is `repr(u8)` with consecutive discriminants
            // 0..=UnsafePointer, and `k` is in that range.
            unsafe { core::mem::transmute::<u8, Kind>(k) }
        } else {
            Kind::Invalid
        }
    }
}

/// A descriptor for tests: a type of `size` bytes with the given kind.
#[cfg(test)]
pub fn test_type(size: usize, ptrdata: usize, kind: Kind) -> Type {
    internal_type(size, ptrdata, kind)
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
        equal: None,
        gcdata: core::ptr::null(),
        str: 0,
        ptr_to_this: 0,
        string: GoString::EMPTY,
        uncommon: core::ptr::null(),
        ptr_to_this_type: core::ptr::null(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    /// The offsets that the compiler's descriptors follow (rt/ABI.md).
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
        assert_eq!(offset_of!(Type, string), 48);
        assert_eq!(offset_of!(Type, uncommon), 64);
        assert_eq!(offset_of!(Type, ptr_to_this_type), 72);
        assert_eq!(size_of::<Type>(), 80);
    }

    /// The kind tails start at offset 80 (rt/ABI.md).
    #[test]
    fn tails_follow_the_header() {
        assert_eq!(offset_of!(PtrType, elem), 80);
        assert_eq!(size_of::<PtrType>(), 88);
        assert_eq!(
            [
                offset_of!(ArrayType, elem),
                offset_of!(ArrayType, slice),
                offset_of!(ArrayType, len)
            ],
            [80, 88, 96]
        );
        assert_eq!(
            [offset_of!(ChanType, elem), offset_of!(ChanType, dir)],
            [80, 88]
        );
        assert_eq!(
            [
                offset_of!(FuncType, params),
                offset_of!(FuncType, in_count),
                offset_of!(FuncType, out_count),
                offset_of!(FuncType, variadic)
            ],
            [80, 88, 90, 92]
        );
        assert_eq!(size_of::<FuncType>(), 96);
        assert_eq!(
            [
                offset_of!(InterfaceType, pkgpath),
                offset_of!(InterfaceType, methods),
                offset_of!(InterfaceType, nmethods)
            ],
            [80, 96, 104]
        );
        assert_eq!(
            [
                offset_of!(MapType, key),
                offset_of!(MapType, elem),
                offset_of!(MapType, bucket),
                offset_of!(MapType, hasher),
                offset_of!(MapType, keysize),
                offset_of!(MapType, valuesize),
                offset_of!(MapType, bucketsize),
                offset_of!(MapType, flags)
            ],
            [80, 88, 96, 104, 112, 113, 114, 116]
        );
        assert_eq!(size_of::<MapType>(), 120);
        assert_eq!(
            [
                offset_of!(StructType, pkgpath),
                offset_of!(StructType, fields),
                offset_of!(StructType, nfields)
            ],
            [80, 96, 104]
        );
        assert_eq!(
            [
                offset_of!(StructField, name),
                offset_of!(StructField, typ),
                offset_of!(StructField, offset),
                offset_of!(StructField, tag),
                offset_of!(StructField, embedded)
            ],
            [0, 16, 24, 32, 48]
        );
        assert_eq!(size_of::<StructField>(), 56);
        assert_eq!(
            [
                offset_of!(UncommonType, pkgpath),
                offset_of!(UncommonType, methods),
                offset_of!(UncommonType, mcount),
                offset_of!(UncommonType, xcount)
            ],
            [0, 16, 24, 28]
        );
        assert_eq!(
            [
                offset_of!(Method, name),
                offset_of!(Method, pkgpath),
                offset_of!(Method, mtyp),
                offset_of!(Method, ifn),
                offset_of!(Method, tfn)
            ],
            [0, 16, 32, 40, 48]
        );
        assert_eq!(size_of::<Method>(), 56);
        assert_eq!(
            [
                offset_of!(IMethod, name),
                offset_of!(IMethod, pkgpath),
                offset_of!(IMethod, typ)
            ],
            [0, 16, 32]
        );
        assert_eq!(size_of::<IMethod>(), 40);
    }
}
