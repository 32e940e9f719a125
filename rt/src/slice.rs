//! Slices: `make([]T, len, cap)` and `append`'s growth.
//!
//! A slice is `{ptr, len, cap}` (`Slice`); three-word results are written
//! through an out-pointer (rt/ABI.md). Growth follows Go exactly, because
//! `cap()` is observable:
//!
//! 1. `nextslicecap`: double the capacity while it is below 256, then grow
//!    by `(cap + 3*256) / 4` steps (a smooth transition from 2x to 1.25x);
//!    if the needed length is more than double, take the length itself.
//! 2. Round the byte size up to the allocator's size class (`roundupsize`,
//!    which also knows the malloc header of pointerful objects over 512
//!    bytes) and give the slice all the elements that fit.
//!
//! Zero-sized elements never allocate: they all point at `zerobase`.

use crate::abi::Type;
use crate::mem::sizeclasses::roundupsize;
use crate::mem::{mallocgc, MAX_ALLOC, ZEROBASE};
use crate::panic::panic_runtime_error;

/// A slice header, `[]T`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Slice {
    pub ptr: *mut u8,
    pub len: isize,
    pub cap: isize,
}

impl Slice {
    pub const NIL: Slice = Slice {
        ptr: core::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
}

/// `make([]T, len, cap)`: a zeroed backing array of `cap` elements.
///
/// # Safety
/// `out` must be writable and `et` a valid type descriptor.
#[export_name = "runtime.makeslice"]
pub unsafe extern "C" fn makeslice(out: *mut Slice, et: *const Type, len: isize, cap: isize) {
    // SAFETY: guaranteed by the caller.
    let size = unsafe { (*et).size };
    let fits = |n: isize| {
        n >= 0
            && (n as usize)
                .checked_mul(size)
                .is_some_and(|m| m <= MAX_ALLOC)
    };
    if !fits(cap) || len > cap || len < 0 {
        if !fits(len) {
            panic_runtime_error(|p| p.str(b"makeslice: len out of range"));
        } else {
            panic_runtime_error(|p| p.str(b"makeslice: cap out of range"));
        }
        // SAFETY: guaranteed by the caller.
        unsafe { out.write(Slice::NIL) };
        return;
    }
    let ptr = mallocgc(size * cap as usize, et, 1);
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(Slice { ptr, len, cap }) };
}

/// Go's `nextslicecap`: the capacity before size-class rounding.
pub fn nextslicecap(newlen: isize, oldcap: isize) -> isize {
    let doublecap = oldcap + oldcap;
    if newlen > doublecap {
        return newlen;
    }
    const THRESHOLD: isize = 256;
    if oldcap < THRESHOLD {
        return doublecap;
    }
    let mut newcap = oldcap;
    while (newcap as usize) < newlen as usize {
        newcap += (newcap + 3 * THRESHOLD) >> 2;
    }
    if newcap <= 0 {
        return newlen;
    }
    newcap
}

/// The capacity (in elements) and byte size of the new backing array when
/// a slice of `oldcap` elements of `elemsize > 0` bytes grows to hold
/// `newlen`; `None` if it would exceed the largest allocation.
pub fn grown_cap(
    newlen: isize,
    oldcap: isize,
    elemsize: usize,
    noscan: bool,
) -> Option<(isize, usize)> {
    let newcap = nextslicecap(newlen, oldcap);
    let mem = (newcap as usize).checked_mul(elemsize)?;
    if mem > MAX_ALLOC {
        return None;
    }
    let capmem = roundupsize(mem, noscan);
    let newcap = capmem / elemsize;
    let capmem = newcap * elemsize;
    if capmem > MAX_ALLOC {
        return None;
    }
    Some((newcap as isize, capmem))
}

/// `append`'s slow path: the slice (old backing array `oldptr`, capacity
/// `oldcap`) must grow to `newlen` after `num` elements are appended.
/// Copies the `newlen - num` old elements; the caller stores the new ones.
///
/// # Safety
/// `out` must be writable, `et` a valid descriptor, and `oldptr` must point
/// at `newlen - num` readable elements.
#[export_name = "runtime.growslice"]
pub unsafe extern "C" fn growslice(
    out: *mut Slice,
    oldptr: *const u8,
    newlen: isize,
    oldcap: isize,
    num: isize,
    et: *const Type,
) {
    // SAFETY: guaranteed by the caller.
    let et_ref = unsafe { &*et };
    if newlen < 0 {
        return panic_growslice(out);
    }
    if et_ref.size == 0 {
        let ptr = core::ptr::addr_of!(ZEROBASE) as *mut u8;
        // SAFETY: guaranteed by the caller.
        unsafe {
            out.write(Slice {
                ptr,
                len: newlen,
                cap: newlen,
            })
        };
        return;
    }
    let Some((newcap, capmem)) = grown_cap(newlen, oldcap, et_ref.size, !et_ref.pointers()) else {
        return panic_growslice(out);
    };
    let ptr = mallocgc(capmem, et, 1);
    let lenmem = (newlen - num) as usize * et_ref.size;
    if lenmem > 0 {
        // SAFETY: the old array holds `lenmem` bytes (caller's guarantee),
        // the new one at least `capmem >= lenmem`, and they are distinct.
        unsafe { core::ptr::copy_nonoverlapping(oldptr, ptr, lenmem) };
    }
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(Slice {
            ptr,
            len: newlen,
            cap: newcap,
        })
    };
}

/// Raises growslice's panic; `out` gets a nil slice for when it returns.
fn panic_growslice(out: *mut Slice) {
    panic_runtime_error(|p| p.str(b"growslice: len out of range"));
    // SAFETY: `out` is writable (growslice's contract).
    unsafe { out.write(Slice::NIL) };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capacities that `go run` printed while appending one element at a
    /// time (slices kept on the heap), from `rt/src/testdata/growslice.txt`:
    /// `name size noscan: caps...`.
    #[test]
    fn append_one_at_a_time_matches_go() {
        let table = include_str!("testdata/growslice.txt");
        for line in table.lines().filter(|l| l.starts_with("seq ")) {
            let (head, caps) = line.split_once(':').unwrap();
            let h: Vec<&str> = head.split(' ').collect();
            let (size, noscan): (usize, bool) = (h[2].parse().unwrap(), h[3] == "noscan");
            let want: Vec<isize> = caps
                .split_whitespace()
                .map(|c| c.parse().unwrap())
                .collect();
            let mut got = Vec::new();
            let (mut len, mut cap) = (0isize, 0isize);
            while got.len() < want.len() {
                len += 1;
                if len > cap {
                    cap = grown_cap(len, cap, size, noscan).unwrap().0;
                    got.push(cap);
                }
            }
            assert_eq!(got, want, "{head}");
        }
    }

    /// `append(make([]T, oldcap), make([]T, n)...)` capacities from `go run`.
    #[test]
    fn append_many_matches_go() {
        let table = include_str!("testdata/growslice.txt");
        for line in table.lines().filter(|l| l.starts_with("many ")) {
            let (head, caps) = line.split_once(':').unwrap();
            let h: Vec<&str> = head.split(' ').collect();
            let (size, noscan): (usize, bool) = (h[2].parse().unwrap(), h[3] == "noscan");
            let mut want = caps.split_whitespace().map(|c| c.parse::<isize>().unwrap());
            for oldcap in [0, 1, 3, 7, 100, 255, 256, 300, 1000, 5000] {
                for n in [1, 2, 5, 13, 100, 257, 1000, 4097] {
                    let got = grown_cap(oldcap + n, oldcap, size, noscan).unwrap().0;
                    assert_eq!(got, want.next().unwrap(), "{head} oldcap={oldcap} n={n}");
                }
            }
        }
    }

    #[test]
    fn growslice_copies_and_makeslice_checks() {
        let et = crate::abi::test_type(8, 0, crate::abi::Kind::Int);
        let mut s = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        // SAFETY: `s` is writable and `et` valid.
        unsafe { makeslice(&mut s, &et, 3, 3) };
        // SAFETY: `s.ptr` holds three zeroed int64s.
        unsafe { *(s.ptr as *mut i64).add(2) = 42 };
        let mut g = s;
        // SAFETY: growing from the three-element array of `s`.
        unsafe { growslice(&mut g, s.ptr, 4, 3, 1, &et) };
        assert_eq!((g.len, g.cap), (4, 6));
        // SAFETY: the old elements were copied into the new array.
        assert_eq!(unsafe { *(g.ptr as *const i64).add(2) }, 42);
        assert_eq!(nextslicecap(300, 256), 512);
        assert_eq!(nextslicecap(257, 256), 512);
        assert_eq!(nextslicecap(600, 512), 832);
        assert!(grown_cap(isize::MAX, 1, 8, true).is_none());
    }
}
