//! aarch64: the stack-switching trampoline (pinned `g` in x21) and SP.
//!
//! `golift_rt_call_on_stack(sp: x0, g: x1, f: x2)`: pushes a frame record
//! (x29, x30) and x21 on the caller's stack, keeps that frame's address in
//! x29 (callee-saved, so `f` preserves it), switches sp to `sp`, calls `f`,
//! then restores sp from x29. `sp` stays 16-byte aligned throughout.

core::arch::global_asm!(
    ".text",
    ".globl golift_rt_call_on_stack",
    ".type golift_rt_call_on_stack,%function",
    ".p2align 4",
    "golift_rt_call_on_stack:",
    "stp x29, x30, [sp, #-32]!",
    "str x21, [sp, #16]",
    "mov x29, sp",
    "mov x21, x1",
    "mov sp, x0",
    "blr x2",
    "mov sp, x29",
    "ldr x21, [sp, #16]",
    "ldp x29, x30, [sp], #32",
    "ret",
    ".size golift_rt_call_on_stack, . - golift_rt_call_on_stack",
);

// Calls into and out of Cranelift's `tail` convention on aarch64 (rt/ABI.md,
// "Method calls from the runtime"): integer arguments start at x2 (x0 and x1
// are reserved), results in x0, x1, ...; every register is clobbered; x21
// holds `g`.
//
// `golift_rt_call_string_method(f: x0, recv: x1, g: x2)` calls the `tail`
// function `f(recv) string` with x21 = g, saving x19-x30 around it.
// `golift_rt_error_prefixed` / `golift_rt_error_plain` move the receiver from
// x2 to x0 and tail-call the AAPCS64 Rust implementation.
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_call_string_method",
    ".type golift_rt_call_string_method,%function",
    ".p2align 4",
    "golift_rt_call_string_method:",
    "stp x29, x30, [sp, #-96]!",
    "mov x29, sp",
    "stp x19, x20, [sp, #16]",
    "stp x21, x22, [sp, #32]",
    "stp x23, x24, [sp, #48]",
    "stp x25, x26, [sp, #64]",
    "stp x27, x28, [sp, #80]",
    "mov x21, x2",
    "mov x9, x0",
    "mov x2, x1",
    "blr x9",
    "ldp x19, x20, [sp, #16]",
    "ldp x21, x22, [sp, #32]",
    "ldp x23, x24, [sp, #48]",
    "ldp x25, x26, [sp, #64]",
    "ldp x27, x28, [sp, #80]",
    "ldp x29, x30, [sp], #96",
    "ret",
    ".size golift_rt_call_string_method, . - golift_rt_call_string_method",
    ".globl golift_rt_error_prefixed",
    "golift_rt_error_prefixed:",
    "mov x0, x2",
    "b {prefixed}",
    ".globl golift_rt_error_plain",
    "golift_rt_error_plain:",
    "mov x0, x2",
    "b {plain}",
    prefixed = sym crate::error::golift_rt_error_text_prefixed,
    plain = sym crate::error::golift_rt_error_text_plain,
);

/// The current stack pointer (of the calling function, give or take its frame).
#[inline(always)]
pub fn getsp() -> usize {
    let sp: usize;
    // SAFETY: reads sp into a register; no memory or flags are touched.
    unsafe {
        core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}
