//! internal/cpu's assembly functions: the processor's feature registers.
//!
//! internal/cpu decides `cpu.X86.HasAVX2`, `HasSSE42`, ... (and arm64's
//! `cpu.ARM64` flags) from these at package initialisation; std packages
//! then choose their code paths by them (e.g. bytealg's `MaxLen`, math's
//! FMA use). The compiler gives the bodiless Go declarations bodies calling
//! these C-ABI entries (compiler/src/lower/intrinsic.rs). Results: `cpuid`'s
//! four registers go to 8-byte slots behind an out-pointer, `xgetbv`'s two
//! come back as a pair of words; the arm64 readers return one word.
//!
//! Features whose assembly golift cannot run are reported absent, so that
//! std takes its Go paths: AES-NI (leaf 1, ecx bit 25), behind
//! crypto/internal/fips140/aes's and aes/gcm's assembly, whose Go versions
//! have other signatures than the assembly functions (the hashes' kernels,
//! chosen by AVX2/SHA, call their Go versions instead: intrinsic.rs); and,
//! to the vendored golang.org/x/sys/cpu only, SSSE3, behind x/crypto's
//! chacha20poly1305 assembly.

/// Two result words, returned in two registers.
#[repr(C)]
pub struct Pair(pub u64, pub u64);

/// Leaf 1's ecx bit for AES-NI, reported absent.
#[cfg(target_arch = "x86_64")]
const CPUID_AES: u32 = 1 << 25;

/// `cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)`.
///
/// # Safety
/// `out` must point at four writable words.
#[cfg(target_arch = "x86_64")]
#[export_name = "golift.cpu.cpuid"]
pub unsafe extern "C" fn cpuid(out: *mut [u64; 4], eax: u32, ecx: u32) {
    let mut r = core::arch::x86_64::__cpuid_count(eax, ecx);
    if eax == 1 {
        r.ecx &= !CPUID_AES;
    }
    // SAFETY: guaranteed by the caller.
    unsafe { out.write([r.eax, r.ebx, r.ecx, r.edx].map(u64::from)) };
}

/// Leaf 1's ecx bit for SSSE3, reported absent to golang.org/x/sys/cpu.
#[cfg(target_arch = "x86_64")]
const CPUID_SSSE3: u32 = 1 << 9;

/// golang.org/x/sys/cpu's `cpuid` (vendored in std): as `cpuid`, with SSSE3
/// reported absent too, so that x/crypto's chacha20poly1305 takes its Go
/// code (its assembly runs when SSSE3, AVX2 and BMI2 are all present).
///
/// # Safety
/// `out` must point at four writable words.
#[cfg(target_arch = "x86_64")]
#[export_name = "golift.xcpu.cpuid"]
pub unsafe extern "C" fn xcpu_cpuid(out: *mut [u64; 4], eax: u32, ecx: u32) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        cpuid(out, eax, ecx);
        if eax == 1 {
            (*out)[2] &= !u64::from(CPUID_SSSE3);
        }
    }
}

/// `xgetbv() (eax, edx uint32)`: XCR0, which says which register states
/// the OS saves (internal/cpu calls it only when OSXSAVE is set).
#[cfg(target_arch = "x86_64")]
#[export_name = "golift.cpu.xgetbv"]
pub extern "C" fn xgetbv() -> Pair {
    let (eax, edx): (u32, u32);
    // SAFETY: the caller checked OSXSAVE, so xgetbv with ecx=0 is allowed;
    // it only writes eax and edx.
    unsafe {
        core::arch::asm!("xgetbv", in("ecx") 0, out("eax") eax, out("edx") edx,
            options(nomem, nostack, preserves_flags));
    }
    Pair(eax.into(), edx.into())
}

/// Reads an arm64 system register (Linux emulates the ID registers for
/// user space when HWCAP_CPUID is set, which internal/cpu checks first).
#[cfg(target_arch = "aarch64")]
macro_rules! read_sysreg {
    ($sym:literal, $fn:ident, $reg:literal) => {
        #[export_name = $sym]
        pub extern "C" fn $fn() -> u64 {
            let v: u64;
            // SAFETY: reading an ID register has no side effects.
            unsafe {
                core::arch::asm!(concat!("mrs {}, ", $reg), out(reg) v,
                    options(nomem, nostack, preserves_flags));
            }
            v
        }
    };
}

#[cfg(target_arch = "aarch64")]
read_sysreg!("golift.cpu.getisar0", getisar0, "ID_AA64ISAR0_EL1");
#[cfg(target_arch = "aarch64")]
read_sysreg!("golift.cpu.getisar1", getisar1, "ID_AA64ISAR1_EL1");
#[cfg(target_arch = "aarch64")]
read_sysreg!("golift.cpu.getpfr0", getpfr0, "ID_AA64PFR0_EL1");
#[cfg(target_arch = "aarch64")]
read_sysreg!("golift.cpu.getMIDR", get_midr, "MIDR_EL1");

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    #[test]
    fn aes_is_reported_absent() {
        let mut out = [0u64; 4];
        // SAFETY: `out` has four words.
        unsafe { cpuid(&mut out, 1, 0) };
        assert_eq!(out[2] & u64::from(CPUID_AES), 0);
    }

    #[test]
    fn ssse3_is_reported_absent_to_x_sys_cpu() {
        let mut out = [0u64; 4];
        // SAFETY: `out` has four words.
        unsafe { xcpu_cpuid(&mut out, 1, 0) };
        assert_eq!(out[2] & u64::from(CPUID_SSSE3 | CPUID_AES), 0);
    }

    #[test]
    fn cpuid_leaf_zero_names_the_vendor() {
        let mut out = [0u64; 4];
        // SAFETY: `out` has four words.
        unsafe { cpuid(&mut out, 0, 0) };
        let vendor: Vec<u8> = [out[1], out[3], out[2]]
            .iter()
            .flat_map(|&w| (w as u32).to_le_bytes())
            .collect();
        assert!(vendor.iter().all(u8::is_ascii_graphic), "{vendor:?}");
    }
}
