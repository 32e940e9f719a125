//! The crypto packages' assembly functions that have no Go version in the
//! package: crypto/internal/fips140/subtle's `xorBytes` (xor_amd64.s,
//! xor_arm64.s) and crypto/internal/fips140/bigmod's `addMulVVW1024/1536/2048`
//! (nat_amd64.s, nat_arm64.s). The compiler gives the bodiless Go declaration a body
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

/// `z[i] += x[i] * y` over `n` words with the carry propagated; returns
/// the last carry (bigmod's `addMulVVW`, whose Go version takes slices).
///
/// # Safety
/// `z` must be readable and writable and `x` readable for `n` words.
unsafe fn add_mul_vvw(z: *mut u64, x: *const u64, y: u64, n: usize) -> u64 {
    let mut carry = 0u64;
    for i in 0..n {
        // SAFETY: i < n, guaranteed by the caller.
        unsafe {
            let t =
                u128::from(*x.add(i)) * u128::from(y) + u128::from(*z.add(i)) + u128::from(carry);
            *z.add(i) = t as u64;
            carry = (t >> 64) as u64;
        }
    }
    carry
}

/// `addMulVVW1024(z, x *uint, y uint) (c uint)`: 16 words.
///
/// # Safety
/// As `add_mul_vvw` for 16 words.
#[export_name = "golift.bigmod.addMulVVW1024"]
pub unsafe extern "C" fn add_mul_vvw1024(z: *mut u64, x: *const u64, y: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { add_mul_vvw(z, x, y, 1024 / 64) }
}

/// `addMulVVW1536(z, x *uint, y uint) (c uint)`: 24 words.
///
/// # Safety
/// As `add_mul_vvw` for 24 words.
#[export_name = "golift.bigmod.addMulVVW1536"]
pub unsafe extern "C" fn add_mul_vvw1536(z: *mut u64, x: *const u64, y: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { add_mul_vvw(z, x, y, 1536 / 64) }
}

/// `addMulVVW2048(z, x *uint, y uint) (c uint)`: 32 words.
///
/// # Safety
/// As `add_mul_vvw` for 32 words.
#[export_name = "golift.bigmod.addMulVVW2048"]
pub unsafe extern "C" fn add_mul_vvw2048(z: *mut u64, x: *const u64, y: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { add_mul_vvw(z, x, y, 2048 / 64) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_mul_carries_through_every_word() {
        let mut z = [u64::MAX; 16];
        let x = [u64::MAX; 16];
        // SAFETY: both arrays hold 16 words.
        let c = unsafe { add_mul_vvw1024(z.as_mut_ptr(), x.as_ptr(), u64::MAX) };
        // Word 0: MAX*MAX + MAX = 2^128 - 2^64 -> low 0, carry MAX; every
        // later word: MAX*MAX + MAX + MAX = 2^128 - 1 -> low MAX, carry MAX.
        assert_eq!(c, u64::MAX);
        assert_eq!(z[0], 0);
        assert!(z[1..].iter().all(|&w| w == u64::MAX));
        let mut z = [1u64; 16];
        // SAFETY: as above.
        let c = unsafe { add_mul_vvw1024(z.as_mut_ptr(), [2u64; 16].as_ptr(), 3) };
        assert_eq!((c, z[0], z[15]), (0, 7, 7));
    }

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
