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
