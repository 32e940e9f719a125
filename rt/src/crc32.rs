//! hash/crc32's amd64 assembly functions: CRC-32C (Castagnoli) with the
//! SSE 4.2 `crc32` instruction and CRC-32 (IEEE) with PCLMULQDQ folding.
//!
//! All three update a *non-inverted* CRC register over whole bytes (the Go
//! callers invert before and after), so any correct implementation gives
//! the assembly's results: Castagnoli uses the `crc32` instruction (the Go
//! code calls it only when `cpu.X86.HasSSE42`), IEEE a byte-wise table.
//! `castagnoliSSE42Triple` updates three registers over `24*rounds` bytes of
//! three buffers; its three results go to 8-byte slots behind an
//! out-pointer (rt/ABI.md).

#![cfg(target_arch = "x86_64")]

/// The reflected IEEE polynomial.
const IEEE: u32 = 0xedb8_8320;

/// The byte-wise table of a reflected polynomial.
const fn table(poly: u32) -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { (c >> 1) ^ poly } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static IEEE_TABLE: [u32; 256] = table(IEEE);

/// The bytes `[p, p+n)`.
///
/// # Safety
/// When `n > 0`, `p` must point at `n` readable bytes.
unsafe fn bytes<'a>(p: *const u8, n: isize) -> &'a [u8] {
    if n <= 0 {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { core::slice::from_raw_parts(p, n as usize) }
}

/// CRC-32C register update with the `crc32` instruction.
///
/// # Safety
/// The CPU must have SSE 4.2.
#[target_feature(enable = "sse4.2")]
unsafe fn castagnoli(mut crc: u32, p: &[u8]) -> u32 {
    use core::arch::x86_64::{_mm_crc32_u64, _mm_crc32_u8};
    let mut words = p.chunks_exact(8);
    for w in &mut words {
        let v = u64::from_le_bytes(w.try_into().expect("chunks of 8"));
        crc = _mm_crc32_u64(crc as u64, v) as u32;
    }
    for &b in words.remainder() {
        crc = _mm_crc32_u8(crc, b);
    }
    crc
}

/// CRC-32 (IEEE) register update, a byte at a time.
pub fn ieee(crc: u32, p: &[u8]) -> u32 {
    p.iter().fold(crc, |c, &b| {
        IEEE_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8)
    })
}

/// `castagnoliSSE42(crc uint32, p []byte) uint32`.
///
/// # Safety
/// The slice must be valid and the CPU must have SSE 4.2 (the Go caller
/// checks `cpu.X86.HasSSE42`).
#[export_name = "golift.crc32.castagnoliSSE42"]
pub unsafe extern "C" fn castagnoli_sse42(crc: u32, p: *const u8, n: isize, _cap: isize) -> u32 {
    // SAFETY: guaranteed by the caller.
    unsafe { castagnoli(crc, bytes(p, n)) }
}

/// `castagnoliSSE42Triple(crcA, crcB, crcC uint32, a, b, c []byte,
/// rounds uint32) (retA, retB, retC uint32)`.
///
/// # Safety
/// `out` must point at three writable words; each slice must hold at
/// least `24*rounds` bytes; the CPU must have SSE 4.2.
#[export_name = "golift.crc32.castagnoliSSE42Triple"]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn castagnoli_sse42_triple(
    out: *mut [u64; 3],
    crc_a: u32,
    crc_b: u32,
    crc_c: u32,
    a: *const u8,
    _an: isize,
    _ac: isize,
    b: *const u8,
    _bn: isize,
    _bc: isize,
    c: *const u8,
    _cn: isize,
    _cc: isize,
    rounds: u32,
) {
    let n = 24 * rounds as isize;
    // SAFETY: guaranteed by the caller.
    unsafe {
        let r = [
            castagnoli(crc_a, bytes(a, n)),
            castagnoli(crc_b, bytes(b, n)),
            castagnoli(crc_c, bytes(c, n)),
        ];
        out.write(r.map(u64::from));
    }
}

/// `ieeeCLMUL(crc uint32, p []byte) uint32`.
///
/// # Safety
/// The slice must be valid.
#[export_name = "golift.crc32.ieeeCLMUL"]
pub unsafe extern "C" fn ieee_clmul(crc: u32, p: *const u8, n: isize, _cap: isize) -> u32 {
    // SAFETY: guaranteed by the caller.
    ieee(crc, unsafe { bytes(p, n) })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard check values: CRC of "123456789" (inverted in and out).
    #[test]
    fn check_values() {
        let data = b"123456789";
        assert_eq!(!ieee(!0, data), 0xcbf4_3926);
        if std::is_x86_feature_detected!("sse4.2") {
            // SAFETY: the CPU has SSE 4.2; `data` is 9 readable bytes.
            let c = unsafe { castagnoli_sse42(!0, data.as_ptr(), 9, 9) };
            assert_eq!(!c, 0xe306_9283);
            let mut out = [0u64; 3];
            let buf = [7u8; 48];
            let p = buf.as_ptr();
            // SAFETY: as above; each buffer has 48 = 24*2 bytes.
            unsafe {
                castagnoli_sse42_triple(&mut out, 1, 2, 3, p, 48, 48, p, 48, 48, p, 48, 48, 2)
            };
            for (i, &r) in out.iter().enumerate() {
                // SAFETY: as above.
                assert_eq!(r, unsafe { castagnoli(i as u32 + 1, &buf) } as u64);
            }
        }
    }
}
