//! internal/bytealg's assembly functions: byte search, counting and
//! comparison for strings, bytes and the rest of the standard library.
//!
//! gc implements these in assembly; golift gives their bodiless Go
//! declarations bodies that call these C-ABI entries
//! (compiler/src/lower/intrinsic.rs), named `golift.bytealg.NAME`. A `[]byte`
//! argument arrives as `(ptr, len, cap)`, a string as `(ptr, len)`, a byte
//! zero-extended; `MakeNoZero`'s slice result goes through an out-pointer.
//!
//! The searches scan 16 bytes at a time with SSE2 (always present on
//! x86-64) and fall back to a byte loop elsewhere and on the tail. `Index`
//! accepts any needle length (gc's assembly requires `2 <= len(b) <=
//! MaxLen`, which bytealg's Go code guarantees; callers never see the
//! difference). Invariant: every function reads only `[ptr, ptr+len)` of
//! its arguments, and a zero length never dereferences the pointer (Go's
//! empty slices may carry any pointer, nil included).

use crate::mem::sizeclasses::roundupsize;
use crate::mem::{mallocgc, MAX_ALLOC};
use crate::panic::panic_runtime_error;
use crate::slice::Slice;

/// The bytes `[p, p+n)`.
///
/// # Safety
/// When `n > 0`, `p` must point at `n` readable bytes that outlive the
/// returned slice.
unsafe fn bytes<'a>(p: *const u8, n: isize) -> &'a [u8] {
    if n <= 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { core::slice::from_raw_parts(p, n as usize) }
}

/// Index of the first `c` in `s`, vectorised.
pub fn index_byte(s: &[u8], c: u8) -> Option<usize> {
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86-64; every 16-byte load is within `s`.
        unsafe {
            let needle = _mm_set1_epi8(c as i8);
            while i + 16 <= s.len() {
                let chunk = _mm_loadu_si128(s.as_ptr().add(i) as *const __m128i);
                let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, needle));
                if mask != 0 {
                    return Some(i + mask.trailing_zeros() as usize);
                }
                i += 16;
            }
        }
    }
    s[i..].iter().position(|&b| b == c).map(|p| i + p)
}

/// How many times `c` occurs in `s`, vectorised.
pub fn count_byte(s: &[u8], c: u8) -> usize {
    let mut i = 0;
    let mut n = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use core::arch::x86_64::*;
        // SAFETY: SSE2 is part of x86-64; every 16-byte load is within `s`.
        unsafe {
            let needle = _mm_set1_epi8(c as i8);
            while i + 16 <= s.len() {
                let chunk = _mm_loadu_si128(s.as_ptr().add(i) as *const __m128i);
                let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, needle));
                n += mask.count_ones() as usize;
                i += 16;
            }
        }
    }
    n + s[i..].iter().filter(|&&b| b == c).count()
}

/// Index of the first occurrence of `needle` in `hay`: candidates are
/// found by the vectorised search for the needle's first byte.
pub fn index(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, _)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut from = 0;
    while from <= last_start {
        let at = from + index_byte(&hay[from..=last_start], first)?;
        if &hay[at..at + needle.len()] == needle {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// -1, 0 or +1 as `a` sorts before, equal to or after `b`.
pub fn compare(a: &[u8], b: &[u8]) -> isize {
    match a.cmp(b) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

fn found(i: Option<usize>) -> isize {
    i.map_or(-1, |i| i as isize)
}

/// `bytealg.Compare(a, b []byte) int`.
///
/// # Safety
/// Both slices must be valid Go slices.
#[export_name = "golift.bytealg.Compare"]
pub unsafe extern "C" fn compare_bytes(
    ap: *const u8,
    an: isize,
    _ac: isize,
    bp: *const u8,
    bn: isize,
    _bc: isize,
) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { compare(bytes(ap, an), bytes(bp, bn)) }
}

/// `bytealg.Count(b []byte, c byte) int`.
///
/// # Safety
/// The slice must be a valid Go slice.
#[export_name = "golift.bytealg.Count"]
pub unsafe extern "C" fn count(p: *const u8, n: isize, _cap: isize, c: u8) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { count_byte(bytes(p, n), c) as isize }
}

/// `bytealg.CountString(s string, c byte) int`.
///
/// # Safety
/// The string must be a valid Go string.
#[export_name = "golift.bytealg.CountString"]
pub unsafe extern "C" fn count_string(p: *const u8, n: isize, c: u8) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { count_byte(bytes(p, n), c) as isize }
}

/// `bytealg.Index(a, b []byte) int`.
///
/// # Safety
/// Both slices must be valid Go slices.
#[export_name = "golift.bytealg.Index"]
pub unsafe extern "C" fn index_bytes(
    ap: *const u8,
    an: isize,
    _ac: isize,
    bp: *const u8,
    bn: isize,
    _bc: isize,
) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { found(index(bytes(ap, an), bytes(bp, bn))) }
}

/// `bytealg.IndexString(a, b string) int`.
///
/// # Safety
/// Both strings must be valid Go strings.
#[export_name = "golift.bytealg.IndexString"]
pub unsafe extern "C" fn index_string(ap: *const u8, an: isize, bp: *const u8, bn: isize) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { found(index(bytes(ap, an), bytes(bp, bn))) }
}

/// `bytealg.IndexByte(b []byte, c byte) int`.
///
/// # Safety
/// The slice must be a valid Go slice.
#[export_name = "golift.bytealg.IndexByte"]
pub unsafe extern "C" fn index_byte_bytes(p: *const u8, n: isize, _cap: isize, c: u8) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { found(index_byte(bytes(p, n), c)) }
}

/// `bytealg.IndexByteString(s string, c byte) int`.
///
/// # Safety
/// The string must be a valid Go string.
#[export_name = "golift.bytealg.IndexByteString"]
pub unsafe extern "C" fn index_byte_string(p: *const u8, n: isize, c: u8) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { found(index_byte(bytes(p, n), c)) }
}

/// `bytealg.MakeNoZero(n int) []byte`: length `n`, capacity the whole
/// size class (as gc's `bytealg_MakeNoZero`, which strings.Builder's growth
/// makes observable).
///
/// # Safety
/// `out` must be writable.
#[export_name = "golift.bytealg.MakeNoZero"]
pub unsafe extern "C" fn make_no_zero(out: *mut Slice, n: isize) {
    if n < 0 || n as usize > MAX_ALLOC {
        panic_runtime_error(|p| p.str(b"makeslice: len out of range"));
        // SAFETY: guaranteed by the caller.
        unsafe { out.write(Slice::NIL) };
        return;
    }
    let cap = roundupsize(n as usize, true);
    let ptr = mallocgc(cap, core::ptr::null(), 0);
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(Slice {
            ptr,
            len: n,
            cap: cap as isize,
        })
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift generator: reproducible inputs without dependencies.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// Bytes from a small alphabet, so searches hit often.
        fn bytes(&mut self, max: usize) -> Vec<u8> {
            let n = (self.next() % (max as u64 + 1)) as usize;
            (0..n)
                .map(|_| b"abc\0\xff"[(self.next() % 5) as usize])
                .collect()
        }
    }

    fn naive_index(h: &[u8], n: &[u8]) -> Option<usize> {
        (0..=h.len()).find(|&i| h[i..].starts_with(n))
    }

    fn naive_compare(a: &[u8], b: &[u8]) -> isize {
        for (x, y) in a.iter().zip(b) {
            if x != y {
                return if x < y { -1 } else { 1 };
            }
        }
        (a.len() as isize - b.len() as isize).signum()
    }

    #[test]
    fn agree_with_naive_versions_on_random_inputs() {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let h = r.bytes(70);
            let n = r.bytes(5);
            let c = b"abc\0\xffz"[(r.next() % 6) as usize];
            assert_eq!(index(&h, &n), naive_index(&h, &n), "{h:?} {n:?}");
            assert_eq!(index_byte(&h, c), h.iter().position(|&b| b == c));
            assert_eq!(count_byte(&h, c), h.iter().filter(|&&b| b == c).count());
            assert_eq!(compare(&h, &n), naive_compare(&h, &n));
            let h2 = r.bytes(40);
            assert_eq!(compare(&h, &h2), naive_compare(&h, &h2));
        }
    }

    #[test]
    fn entries_take_go_slices_and_strings() {
        let s = b"hello, world";
        let p = s.as_ptr();
        // SAFETY: `s` outlives the calls; the lengths are its own.
        unsafe {
            assert_eq!(index_byte_string(p, 12, b'w'), 7);
            assert_eq!(index_byte_bytes(core::ptr::null(), 0, 0, b'w'), -1);
            assert_eq!(count_string(p, 12, b'l'), 3);
            assert_eq!(index_string(p, 12, b"or".as_ptr(), 2), 8);
            assert_eq!(compare_bytes(p, 5, 5, p, 12, 12), -1);
        }
    }

    #[test]
    fn make_no_zero_takes_the_whole_size_class() {
        let mut out = Slice::NIL;
        // SAFETY: `out` is writable.
        unsafe { make_no_zero(&mut out, 20) };
        assert_eq!((out.len, out.cap), (20, 24));
    }
}
