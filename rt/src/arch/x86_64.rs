//! x86-64: the stack-switching trampoline (pinned `g` in r15) and SP.
//!
//! `golift_rt_call_on_stack(sp: rdi, g: rsi, f: rdx)`: saves rbp and r15 on
//! the caller's stack, keeps the caller's frame address in rbp (callee-saved,
//! so `f` preserves it), switches rsp to `sp`, calls `f`, then restores rsp
//! from rbp. At the `call` rsp is 16-byte aligned, as SystemV requires.

core::arch::global_asm!(
    ".text",
    ".globl golift_rt_call_on_stack",
    ".type golift_rt_call_on_stack,@function",
    ".p2align 4",
    "golift_rt_call_on_stack:",
    "push rbp",
    "mov rbp, rsp",
    "push r15",
    "mov r15, rsi",
    "mov rsp, rdi",
    "call rdx",
    "lea rsp, [rbp - 8]",
    "pop r15",
    "pop rbp",
    "ret",
    ".size golift_rt_call_on_stack, . - golift_rt_call_on_stack",
);

/// The current stack pointer (of the calling function, give or take its frame).
#[inline(always)]
pub fn getsp() -> usize {
    let sp: usize;
    // SAFETY: reads rsp into a register; no memory or flags are touched.
    unsafe {
        core::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}
