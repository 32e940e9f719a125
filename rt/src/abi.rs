//! Run-time type descriptors: the layout of Go's `internal/abi.Type`, which the
//! compiler emits as read-only data and passes to `mallocgc`, `makeslice`,
//! `growslice` and `gopanic`.
//!
//! Invariants: the field offsets below are part of `rt/ABI.md` (size 0,
//! ptrdata 8, hash 16, tflag 20, align 21, fieldAlign 22, kind 23, equal 24,
//! gcdata 32, str 40, ptrToThis 44); later issues only append fields or give
//! meaning to the fields that are zero for now (`equal`, `gcdata`, `str`).

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
    /// A `Kind`; only the low five bits are the kind.
    pub kind: u8,
    pub equal: *const u8,
    pub gcdata: *const u8,
    pub str: i32,
    pub ptr_to_this: i32,
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

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
        assert_eq!(core::mem::size_of::<Type>(), 48);
    }
}
