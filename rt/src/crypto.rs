//! The crypto packages' assembly functions that have no Go version in the
//! package: crypto/internal/fips140/subtle's `xorBytes` (xor_amd64.s,
//! xor_arm64.s). The compiler gives the bodiless Go declaration a body
//! calling this C-ABI entry (compiler/src/lower/intrinsic.rs). The hashes'
//! kernels need nothing here: their packages keep Go versions
//! (`blockGeneric`) that the intrinsic table calls instead.

/// `xorBytes(dst, a, b *byte, n int)`: `dst[i] = a[i] ^ b[i]` for i < n.
/// Callers (subtle.XORBytes) allow `dst` to be exactly `a` or `b`, never a
/// partial overlap, so reading each byte before writing it is enough.
///
/// # Safety
/// `a` and `b` must be readable and `dst` writable for `n` bytes.
#[export_name = "golift.subtle.xorBytes"]
pub unsafe extern "C" fn xor_bytes(dst: *mut u8, a: *const u8, b: *const u8, n: isize) {
    const W: usize = core::mem::size_of::<usize>();
    let n = n.max(0) as usize;
    let mut i = 0;
    // SAFETY: guaranteed by the caller; unaligned word accesses stay
    // within the n bytes, and each word is read before it is written.
    unsafe {
        while i + W <= n {
            let x = a.add(i).cast::<usize>().read_unaligned();
            let y = b.add(i).cast::<usize>().read_unaligned();
            dst.add(i).cast::<usize>().write_unaligned(x ^ y);
            i += W;
        }
        while i < n {
            *dst.add(i) = *a.add(i) ^ *b.add(i);
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xors_words_and_tail_in_place() {
        let a: Vec<u8> = (0..19).collect();
        let mut b: Vec<u8> = (0..19).map(|i| 0xA5 ^ (i * 7)).collect();
        let want: Vec<u8> = a.iter().zip(&b).map(|(x, y)| x ^ y).collect();
        let p = b.as_mut_ptr();
        // SAFETY: both buffers hold 19 bytes; dst is exactly b.
        unsafe { xor_bytes(p, a.as_ptr(), p, 19) };
        assert_eq!(b, want);
    }
}
