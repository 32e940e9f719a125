//! Raw memory entries for package reflect's hooks (golift's runtime
//! package, `rt/go/runtime/reflect.go`): `memmove`, `memclrNoHeapPointers`
//! the table of boxed small integers, `getStaticuint64s`, and whether a
//! descriptor lies in a module (`inModule`; reflect's own descriptors live
//! in the heap and resolve their offsets through the Go side's table).
//!
//! These copy and clear bytes only; typed copies that must see pointers go
//! through `typedmemmove`. The ranges are Go memory the caller owns.

/// Copies `n` bytes from `src` to `dst`; the ranges may overlap.
///
/// # Safety
/// Both ranges are valid for `n` bytes.
#[export_name = "runtime.memmove"]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { core::ptr::copy(src, dst, n) };
    }
}

/// Zeroes `n` bytes at `p`.
///
/// # Safety
/// The range is valid for `n` bytes.
#[export_name = "runtime.memclrNoHeapPointers"]
pub unsafe extern "C" fn memclr_no_heap_pointers(p: *mut u8, n: usize) {
    if n != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { core::ptr::write_bytes(p, 0, n) };
    }
}

/// Go's `getStaticuint64s`: the boxes of 0..256 that interface
/// conversions of small integers use (reflect's conversions share them).
#[export_name = "runtime.getStaticuint64s"]
pub extern "C" fn get_static_uint64s() -> *const [u64; 256] {
    &crate::iface::STATIC_UINT64S
}

/// Whether `p` lies in a registered descriptor module.
#[export_name = "runtime.inModule"]
pub extern "C" fn in_module(p: *const u8) -> bool {
    crate::abi::find_module(p).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memmove_overlapping() {
        let mut b = [1u8, 2, 3, 4, 5];
        // SAFETY: both ranges lie inside `b`.
        unsafe { memmove(b.as_mut_ptr().add(1), b.as_ptr(), 4) };
        assert_eq!(b, [1, 1, 2, 3, 4]);
    }

    #[test]
    fn memclr_zeroes() {
        let mut b = [7u8; 6];
        // SAFETY: the range lies inside `b`.
        unsafe { memclr_no_heap_pointers(b.as_mut_ptr().add(2), 3) };
        assert_eq!(b, [7, 7, 0, 0, 0, 7]);
    }

    #[test]
    fn static_uint64s() {
        // SAFETY: the table is a static.
        let t = unsafe { &*get_static_uint64s() };
        assert_eq!(t[200], 200);
    }
}
