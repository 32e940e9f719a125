//! Strings: concatenation, comparison, and conversions to and from byte and
//! rune slices.
//!
//! A string is `{ptr, len}` (`GoString`), immutable once built; functions
//! returning one return it in two registers (rt/ABI.md). Invariants: the
//! empty string may have any pointer (here null) and is never dereferenced;
//! new strings are allocated pointer-free (`mallocgc` with a null type);
//! conversions follow Go's UTF-8 rules in `utf8` (invalid input becomes
//! U+FFFD; encoding invalid runes gives U+FFFD). Byte and rune slices made
//! from strings get the capacity that gc's heap path gives them: the byte size
//! rounded up to a size class.

use crate::mem::mallocgc;
use crate::mem::sizeclasses::roundupsize;
use crate::panic::fatal;
use crate::slice::Slice;
use crate::utf8::{countrunes, decoderune, encoderune, UTF_MAX};

/// A string header.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: usize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: core::ptr::null(),
        len: 0,
    };

    /// # Safety
    /// `ptr` must point at `len` bytes that stay unchanged for `'a` (any
    /// pointer when `len` is 0).
    pub unsafe fn as_bytes<'a>(self) -> &'a [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: guaranteed by the caller.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }
}

/// `decoderune`'s two results.
#[repr(C)]
#[derive(Debug, PartialEq, Eq)]
pub struct RuneAndNext {
    pub rune: i64,
    pub next: usize,
}

/// Allocates an uninitialised-looking (in fact zeroed) string of `len > 0`
/// bytes for the caller to fill (Go's `rawstring`).
fn rawstring<'a>(len: usize) -> (GoString, &'a mut [u8]) {
    let p = mallocgc(len, core::ptr::null(), 0);
    // SAFETY: `p` is a fresh allocation of `len` bytes that only the caller uses.
    let b = unsafe { core::slice::from_raw_parts_mut(p, len) };
    (GoString { ptr: p, len }, b)
}

fn string_from(bytes: &[u8]) -> GoString {
    if bytes.is_empty() {
        return GoString::EMPTY;
    }
    let (s, b) = rawstring(bytes.len());
    b.copy_from_slice(bytes);
    s
}

/// `a + b + ...`: a new string, unless at most one part is non-empty, in
/// which case that part itself is the result.
///
/// # Safety
/// `parts` must point at `n` valid strings.
#[export_name = "runtime.concatstrings"]
pub unsafe extern "C" fn concatstrings(parts: *const GoString, n: usize) -> GoString {
    // SAFETY: guaranteed by the caller.
    let parts = unsafe { core::slice::from_raw_parts(parts, n) };
    let mut total: usize = 0;
    let mut nonempty = 0;
    let mut last = GoString::EMPTY;
    for s in parts.iter().filter(|s| s.len > 0) {
        total = match total.checked_add(s.len) {
            Some(t) if t <= isize::MAX as usize => t,
            _ => fatal(b"string concatenation too long"),
        };
        nonempty += 1;
        last = *s;
    }
    if nonempty <= 1 {
        return last;
    }
    let (out, buf) = rawstring(total);
    let mut at = 0;
    for s in parts {
        // SAFETY: each part is a valid string (caller's guarantee).
        let b = unsafe { s.as_bytes() };
        buf[at..at + b.len()].copy_from_slice(b);
        at += b.len();
    }
    out
}

/// Compares two strings bytewise: -1, 0 or 1.
///
/// # Safety
/// Both must be valid strings.
#[export_name = "runtime.cmpstring"]
pub unsafe extern "C" fn cmpstring(
    aptr: *const u8,
    alen: usize,
    bptr: *const u8,
    blen: usize,
) -> isize {
    // SAFETY: guaranteed by the caller.
    let (a, b) = unsafe {
        (
            GoString {
                ptr: aptr,
                len: alen,
            }
            .as_bytes(),
            GoString {
                ptr: bptr,
                len: blen,
            }
            .as_bytes(),
        )
    };
    a.cmp(b) as isize
}

/// Whether `size` bytes at `a` and `b` are equal.
///
/// # Safety
/// Both must point at `size` readable bytes (any pointers when `size` is 0).
#[export_name = "runtime.memequal"]
pub unsafe extern "C" fn memequal(a: *const u8, b: *const u8, size: usize) -> bool {
    if size == 0 || a == b {
        return true;
    }
    // SAFETY: guaranteed by the caller.
    unsafe { core::slice::from_raw_parts(a, size) == core::slice::from_raw_parts(b, size) }
}

/// `string(b)` for a byte slice.
///
/// # Safety
/// `ptr` must point at `len` readable bytes.
#[export_name = "runtime.slicebytetostring"]
pub unsafe extern "C" fn slicebytetostring(ptr: *const u8, len: usize) -> GoString {
    // SAFETY: guaranteed by the caller.
    string_from(unsafe { GoString { ptr, len }.as_bytes() })
}

/// `[]byte(s)`.
///
/// # Safety
/// `out` must be writable; `ptr`/`len` a valid string.
#[export_name = "runtime.stringtoslicebyte"]
pub unsafe extern "C" fn stringtoslicebyte(out: *mut Slice, ptr: *const u8, len: usize) {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { GoString { ptr, len }.as_bytes() };
    let cap = roundupsize(len, true);
    let p = mallocgc(cap, core::ptr::null(), 0);
    // SAFETY: `p` has room for `cap >= len` bytes and is fresh.
    unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), p, len) };
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(Slice {
            ptr: p,
            len: len as isize,
            cap: cap as isize,
        })
    };
}

/// `[]rune(s)`: invalid UTF-8 decodes to U+FFFD, one per bad byte.
///
/// # Safety
/// `out` must be writable; `ptr`/`len` a valid string.
#[export_name = "runtime.stringtoslicerune"]
pub unsafe extern "C" fn stringtoslicerune(out: *mut Slice, ptr: *const u8, len: usize) {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { GoString { ptr, len }.as_bytes() };
    let n = countrunes(s);
    let mem = roundupsize(n * 4, true);
    let p = mallocgc(mem, core::ptr::null(), 0).cast::<i32>();
    let mut k = 0;
    for i in 0..n {
        let (r, next) = decoderune(s, k);
        // SAFETY: `p` has room for `mem / 4 >= n` runes.
        unsafe { p.add(i).write(r) };
        k = next;
    }
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(Slice {
            ptr: p.cast(),
            len: n as isize,
            cap: (mem / 4) as isize,
        })
    };
}

/// `string(runes)`: invalid runes encode as U+FFFD.
///
/// # Safety
/// `ptr` must point at `len` readable, aligned int32s.
#[export_name = "runtime.slicerunetostring"]
pub unsafe extern "C" fn slicerunetostring(ptr: *const i32, len: usize) -> GoString {
    let runes = if len == 0 {
        &[][..]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { core::slice::from_raw_parts(ptr, len) }
    };
    let mut tmp = [0u8; UTF_MAX];
    let total: usize = runes.iter().map(|&r| encoderune(&mut tmp, r)).sum();
    if total == 0 {
        return GoString::EMPTY;
    }
    let (out, buf) = rawstring(total);
    let mut at = 0;
    for &r in runes {
        let n = encoderune(&mut tmp, r);
        buf[at..at + n].copy_from_slice(&tmp[..n]);
        at += n;
    }
    out
}

/// `string(r)` for an integer `r`: its UTF-8 encoding, U+FFFD if it is not a rune.
#[export_name = "runtime.intstring"]
pub extern "C" fn intstring(v: i64) -> GoString {
    let r = i32::try_from(v).unwrap_or(crate::utf8::RUNE_ERROR);
    let mut tmp = [0u8; UTF_MAX];
    let n = encoderune(&mut tmp, r);
    string_from(&tmp[..n])
}

/// One step of `for i, r := range s` when `s[k] >= 0x80`: the rune at `k`
/// and the index after it.
///
/// # Safety
/// `ptr`/`len` must be a valid string and `k < len`.
#[export_name = "runtime.decoderune"]
pub unsafe extern "C" fn decoderune_at(ptr: *const u8, len: usize, k: usize) -> RuneAndNext {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { GoString { ptr, len }.as_bytes() };
    let (r, next) = decoderune(s, k);
    RuneAndNext {
        rune: r as i64,
        next,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gs(s: &[u8]) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    fn text(s: GoString) -> Vec<u8> {
        // SAFETY: runtime-made strings are valid and never freed.
        unsafe { s.as_bytes() }.to_vec()
    }

    #[test]
    fn concat() {
        let parts = [gs(b"ab"), gs(b""), gs(b"cde")];
        // SAFETY: `parts` holds valid strings.
        assert_eq!(text(unsafe { concatstrings(parts.as_ptr(), 3) }), b"abcde");
        let one = [gs(b""), gs(b"xy")];
        // SAFETY: as above.
        let r = unsafe { concatstrings(one.as_ptr(), 2) };
        assert_eq!(r.ptr, one[1].ptr);
        // SAFETY: as above.
        assert_eq!(unsafe { concatstrings(one.as_ptr(), 1) }.len, 0);
    }

    #[test]
    fn compare() {
        let c = |a: &[u8], b: &[u8]| {
            // SAFETY: both are valid byte strings.
            unsafe { cmpstring(a.as_ptr(), a.len(), b.as_ptr(), b.len()) }
        };
        assert_eq!(c(b"abc", b"abd"), -1);
        assert_eq!(c(b"abc", b"ab"), 1);
        assert_eq!(c(b"", b""), 0);
        assert_eq!(c(b"\xff", b"a"), 1);
        // SAFETY: both point at 3 bytes.
        assert!(unsafe { memequal(b"abc".as_ptr(), b"abc".as_ptr(), 3) });
        // SAFETY: as above.
        assert!(!unsafe { memequal(b"abc".as_ptr(), b"abd".as_ptr(), 3) });
    }

    #[test]
    fn conversions() {
        let mut s = Slice {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
        // SAFETY: `s` is writable and the string valid.
        unsafe { stringtoslicebyte(&mut s, b"hello".as_ptr(), 5) };
        assert_eq!((s.len, s.cap), (5, 8));
        // SAFETY: `s` holds 5 bytes.
        assert_eq!(text(unsafe { slicebytetostring(s.ptr, 5) }), b"hello");
        let src = "a€\u{1F600}\u{FFFD}"
            .as_bytes()
            .iter()
            .copied()
            .chain([0xff])
            .collect::<Vec<u8>>();
        // SAFETY: as above.
        unsafe { stringtoslicerune(&mut s, src.as_ptr(), src.len()) };
        assert_eq!((s.len, s.cap), (5, 6));
        // SAFETY: `s` holds 5 runes.
        let runes = unsafe { core::slice::from_raw_parts(s.ptr as *const i32, 5) };
        assert_eq!(runes, &[97, 0x20AC, 0x1F600, 0xFFFD, 0xFFFD]);
        let back = [104, 0xD800, 0x10FFFF, -5];
        // SAFETY: `back` holds 4 runes.
        let t = text(unsafe { slicerunetostring(back.as_ptr(), 4) });
        assert_eq!(t, "h\u{FFFD}\u{10FFFF}\u{FFFD}".as_bytes());
        assert_eq!(text(intstring(0x20AC)), "€".as_bytes());
        assert_eq!(text(intstring(1 << 40)), "\u{FFFD}".as_bytes());
        assert_eq!(text(intstring(-1)), "\u{FFFD}".as_bytes());
        // SAFETY: `src` is valid and 1 < len.
        assert_eq!(
            unsafe { decoderune_at(src.as_ptr(), src.len(), 1) },
            RuneAndNext {
                rune: 0x20AC,
                next: 4
            }
        );
    }
}
