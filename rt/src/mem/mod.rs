//! Memory allocation: `mallocgc` and its wrappers.
//!
//! Go's allocator design (DESIGN.md) is the target: 8 KiB pages, 67 size
//! classes, spans, per-P mcaches, mcentrals, an mheap of 64 MiB arenas, and a
//! garbage collector. This first version keeps only what is observable from
//! Go code and the entry points that the real allocator will keep:
//!
//! - every small object is rounded up to its size class and carved from a
//!   span of `CLASS_TO_NPAGES` pages belonging to that class, so objects are
//!   aligned as in Go (e.g. 16 bytes for 48-byte objects, the class size
//!   for power-of-two classes);
//! - large objects (> 32 KiB) get whole pages;
//! - all memory comes fresh from anonymous mappings and is never reused, so
//!   it is always zero: `needzero` costs nothing yet. Nothing is freed until
//!   the GC exists.
//!
//! Zero-sized allocations all return `&zerobase`, as in Go.

mod heap;
pub use heap::{counters, Counters};
pub mod sizeclasses;

use crate::abi::Type;

/// The address of every zero-sized allocation (Go's `zerobase`).
#[export_name = "runtime.zerobase"]
pub static ZEROBASE: u64 = 0;

/// Largest allocation Go allows (`maxAlloc`: 2^48 on 64-bit Linux).
pub const MAX_ALLOC: usize = 1 << 48;

/// Allocates `size` bytes for an object of type `typ` (null for
/// pointer-free data); the memory is zeroed whether or not `needzero` asks
/// for it (see the file comment).
#[export_name = "runtime.mallocgc"]
pub extern "C" fn mallocgc(size: usize, typ: *const Type, needzero: u8) -> *mut u8 {
    let _ = (typ, needzero);
    if size == 0 {
        return core::ptr::addr_of!(ZEROBASE) as *mut u8;
    }
    heap::alloc(size)
}

/// `new(T)`: a zeroed object of `typ.size` bytes.
///
/// # Safety
/// `typ` must point at a valid type descriptor.
#[export_name = "runtime.newobject"]
pub unsafe extern "C" fn newobject(typ: *const Type) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let size = unsafe { (*typ).size };
    mallocgc(size, typ, 1)
}

/// Copies a value of type `typ` from `src` to `dst` (Go's `typedmemmove`;
/// with no concurrent collector yet, a plain move).
///
/// # Safety
/// `typ` must be a descriptor; `dst` and `src` point at values of it.
#[export_name = "runtime.typedmemmove"]
pub unsafe extern "C" fn typedmemmove(typ: *const Type, dst: *mut u8, src: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        if !core::ptr::eq(dst, src) {
            core::ptr::copy(src, dst, (*typ).size);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_objects_are_class_sized_and_aligned() {
        let a = mallocgc(48, core::ptr::null(), 1) as usize;
        let b = mallocgc(48, core::ptr::null(), 1) as usize;
        assert_eq!(a % 16, 0);
        assert_eq!(b % 16, 0);
        assert_ne!(a, b);
        let c = mallocgc(256, core::ptr::null(), 1) as usize;
        assert_eq!(c % 256, 0);
        let z = mallocgc(0, core::ptr::null(), 1);
        assert_eq!(z as usize, core::ptr::addr_of!(ZEROBASE) as usize);
    }

    #[test]
    fn memory_is_zeroed_and_writable() {
        for size in [1, 7, 100, 4000, 32768, 40000, 1 << 20, 100 << 20] {
            let p = mallocgc(size, core::ptr::null(), 1);
            // SAFETY: `p` points at `size` fresh bytes.
            let s = unsafe { core::slice::from_raw_parts_mut(p, size) };
            assert!(s[0] == 0 && s[size - 1] == 0);
            s[0] = 1;
            s[size - 1] = 1;
        }
    }

    #[test]
    fn large_objects_are_page_aligned() {
        let p = mallocgc(40000, core::ptr::null(), 1) as usize;
        assert_eq!(p % sizeclasses::PAGE_SIZE, 0);
    }
}
