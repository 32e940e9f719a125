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

// Calls into and out of Cranelift's `tail` convention (rt/ABI.md, "Method
// calls from the runtime"): integer arguments in rdi, rsi, rdx, ...; results
// in rax, rcx, rdx, ...; every register is clobbered; r15 holds `g`.
//
// `golift_rt_call_string_method(f: rdi, recv: rsi, g: rdx)` calls the
// `tail` function `f(recv) string` with r15 = g and returns the string in
// rax:rdx (SystemV), saving all SystemV callee-saved registers around it.
//
// `golift_rt_error_prefixed` / `golift_rt_error_plain` are `tail`-callable
// `Error` methods of the run-time error types: they call the SystemV Rust
// implementation (receiver in rdi) and move its second result from rdx to rcx.
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_call_string_method",
    ".type golift_rt_call_string_method,@function",
    ".p2align 4",
    "golift_rt_call_string_method:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov r15, rdx",
    "mov rax, rdi",
    "mov rdi, rsi",
    "call rax",
    "mov rdx, rcx",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size golift_rt_call_string_method, . - golift_rt_call_string_method",
    ".globl golift_rt_error_prefixed",
    ".type golift_rt_error_prefixed,@function",
    ".p2align 4",
    "golift_rt_error_prefixed:",
    "sub rsp, 8",
    "call {prefixed}",
    "add rsp, 8",
    "mov rcx, rdx",
    "ret",
    ".size golift_rt_error_prefixed, . - golift_rt_error_prefixed",
    ".globl golift_rt_error_plain",
    ".type golift_rt_error_plain,@function",
    ".p2align 4",
    "golift_rt_error_plain:",
    "sub rsp, 8",
    "call {plain}",
    "add rsp, 8",
    "mov rcx, rdx",
    "ret",
    ".size golift_rt_error_plain, . - golift_rt_error_plain",
    prefixed = sym crate::error::golift_rt_error_text_prefixed,
    plain = sym crate::error::golift_rt_error_text_plain,
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
