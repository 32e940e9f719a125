//! Raw memory entries for package reflect's hooks (golift's runtime
//! package, `rt/go/runtime/reflect.go`): `memmove`, `memclrNoHeapPointers`
//! the table of boxed small integers, `getStaticuint64s`, and whether a
//! descriptor lies in a module (`inModule`; reflect's own descriptors live
//! in the heap and resolve their offsets through the Go side's table), and
//! `reflectcallregs`, the call behind reflect's Value.Call
//! (`rt/go/runtime/reflectcall.go` prepares the registers).
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

// `runtime.reflectcallregs(code: rdi, regs: rsi)` calls the `tail`
// function `code` with the argument registers of `regs` (rdi, rsi, rdx,
// rcx, r8, r9 from words 0-5, xmm0-7 from words 6-13), the `regs[31]`
// words at `regs[30]` as stack arguments (at the call's SP, 16-aligned; the
// callee pops them, SP is restored from rbp whatever it popped) and r15 = g
// (the compiled caller's, preserved by the C convention), then stores rax,
// rcx, rdx, rsi, rdi, r8, r9, r10 in words 14-21 and xmm0-7 in words 22-29.
// The callee clobbers every register: the C callee-saved ones are saved here.
// It may park and resume on another thread: nothing here depends on the
// thread.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".text",
    ".globl runtime.reflectcallregs",
    ".type runtime.reflectcallregs,@function",
    ".p2align 4",
    "runtime.reflectcallregs:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "push rsi",
    "mov rcx, qword ptr [rsi + 248]",
    "lea rax, [rcx * 8 + 15]",
    "and rax, -16",
    "sub rsp, rax",
    "mov r10, qword ptr [rsi + 240]",
    "xor r11, r11",
    "2:",
    "cmp r11, rcx",
    "jae 3f",
    "mov rax, qword ptr [r10 + r11 * 8]",
    "mov qword ptr [rsp + r11 * 8], rax",
    "inc r11",
    "jmp 2b",
    "3:",
    "mov rax, rdi",
    "mov r11, rsi",
    "movq xmm0, qword ptr [r11 + 48]",
    "movq xmm1, qword ptr [r11 + 56]",
    "movq xmm2, qword ptr [r11 + 64]",
    "movq xmm3, qword ptr [r11 + 72]",
    "movq xmm4, qword ptr [r11 + 80]",
    "movq xmm5, qword ptr [r11 + 88]",
    "movq xmm6, qword ptr [r11 + 96]",
    "movq xmm7, qword ptr [r11 + 104]",
    "mov rdi, qword ptr [r11]",
    "mov rsi, qword ptr [r11 + 8]",
    "mov rdx, qword ptr [r11 + 16]",
    "mov rcx, qword ptr [r11 + 24]",
    "mov r8, qword ptr [r11 + 32]",
    "mov r9, qword ptr [r11 + 40]",
    "call rax",
    "mov r11, qword ptr [rbp - 48]",
    "mov qword ptr [r11 + 112], rax",
    "mov qword ptr [r11 + 120], rcx",
    "mov qword ptr [r11 + 128], rdx",
    "mov qword ptr [r11 + 136], rsi",
    "mov qword ptr [r11 + 144], rdi",
    "mov qword ptr [r11 + 152], r8",
    "mov qword ptr [r11 + 160], r9",
    "mov qword ptr [r11 + 168], r10",
    "movq qword ptr [r11 + 176], xmm0",
    "movq qword ptr [r11 + 184], xmm1",
    "movq qword ptr [r11 + 192], xmm2",
    "movq qword ptr [r11 + 200], xmm3",
    "movq qword ptr [r11 + 208], xmm4",
    "movq qword ptr [r11 + 216], xmm5",
    "movq qword ptr [r11 + 224], xmm6",
    "movq qword ptr [r11 + 232], xmm7",
    "lea rsp, [rbp - 40]",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size runtime.reflectcallregs, . - runtime.reflectcallregs",
);

/// Not implemented on this architecture yet: reflect's calls die.
#[cfg(not(target_arch = "x86_64"))]
#[export_name = "runtime.reflectcallregs"]
pub extern "C" fn reflectcallregs(_code: *const u8, _regs: *mut u64) {
    crate::panic::fatal(b"golift: reflect.call is not implemented");
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
