//! x86-64: trampolines into compiled code (pinned `g` in r15), reading SP,
//! and the scheduler's context switch.

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

// The context switch (Go's gogo/mcall and the park entry stubs), x86-64.
//
// `golift_rt_gogo(buf: rdi, g: rsi)` loads `g` into r15 and the context of
// `buf` (rsp, rbp, rbx, r12-r14) and jumps to `buf.pc` with rax = `buf.ret`;
// when `buf.resume` is set it clears it, calls `resume(g)` on the restored
// stack (below the saved SP, which is free) and returns its rax to `buf.pc`.
//
// `golift_rt_mcall(gp: rdi, f: rsi, sp: rdx, g0: rcx)` switches to the g0
// stack top `sp` (16-byte aligned) with r15 = g0 and calls `f(gp)`, which
// never returns.
//
// `golift_rt_goentry` is where a new goroutine starts (its `sched.pc`): rbx
// holds its funcval, called with the `tail` convention (closure pointer in
// rdi); when it returns the goroutine exits through `goexit1`.
//
// `golift_rt_save` records the caller's caller context in `g.sched` (r15 =
// g): the park entry stubs call it first thing, so a goroutine that parks
// in the runtime call resumes by returning from the stub to compiled code.
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_gogo",
    ".type golift_rt_gogo,@function",
    ".p2align 4",
    "golift_rt_gogo:",
    "mov r15, rsi",
    "mov rsp, [rdi + {sp}]",
    "mov rbp, [rdi + {bp}]",
    "mov rbx, [rdi + {r0}]",
    "mov r12, [rdi + {r0} + 8]",
    "mov r13, [rdi + {r0} + 16]",
    "mov r14, [rdi + {r0} + 24]",
    "mov rax, [rdi + {resume}]",
    "test rax, rax",
    "jnz 2f",
    "mov rax, [rdi + {ret}]",
    "jmp qword ptr [rdi + {pc}]",
    "2:",
    "push qword ptr [rdi + {pc}]",
    "sub rsp, 8",
    "mov qword ptr [rdi + {resume}], 0",
    "mov rdi, rsi",
    "call rax",
    "add rsp, 8",
    "ret",
    ".size golift_rt_gogo, . - golift_rt_gogo",
    ".globl golift_rt_mcall",
    ".type golift_rt_mcall,@function",
    ".p2align 4",
    "golift_rt_mcall:",
    "mov r15, rcx",
    "mov rsp, rdx",
    "xor ebp, ebp",
    "call rsi",
    "ud2",
    ".size golift_rt_mcall, . - golift_rt_mcall",
    ".globl golift_rt_goentry",
    ".type golift_rt_goentry,@function",
    ".p2align 4",
    "golift_rt_goentry:",
    "xor ebp, ebp",
    "mov rdi, rbx",
    "call qword ptr [rbx]",
    "call {goexit1}",
    "ud2",
    ".size golift_rt_goentry, . - golift_rt_goentry",
    sp = const core::mem::offset_of!(Gobuf, sp),
    bp = const core::mem::offset_of!(Gobuf, bp),
    pc = const core::mem::offset_of!(Gobuf, pc),
    ret = const core::mem::offset_of!(Gobuf, ret),
    resume = const core::mem::offset_of!(Gobuf, resume),
    r0 = const core::mem::offset_of!(Gobuf, regs),
    goexit1 = sym crate::sched::goexit1,
);

use crate::sched::Gobuf;

/// Defines the park entry stub `runtime.NAME`: saves the caller's context
/// in `g.sched` (r15 = g) and tail-jumps to the Rust implementation `imp`,
/// which returns normally or parks; a parked goroutine later resumes by
/// returning from the stub (see `golift_rt_gogo`).
macro_rules! park_entry {
    ($name:literal, $imp:path) => {
        core::arch::global_asm!(
            ".text",
            concat!(".globl \"", $name, "\""),
            concat!(".type \"", $name, "\",@function"),
            ".p2align 4",
            concat!("\"", $name, "\":"),
            "mov rax, [rsp]",
            "mov [r15 + {pc}], rax",
            "lea rax, [rsp + 8]",
            "mov [r15 + {sp}], rax",
            "mov [r15 + {bp}], rbp",
            "mov [r15 + {r0}], rbx",
            "mov [r15 + {r0} + 8], r12",
            "mov [r15 + {r0} + 16], r13",
            "mov [r15 + {r0} + 24], r14",
            "jmp {imp}",
            concat!(".size \"", $name, "\", . - \"", $name, "\""),
            sp = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, sp),
            bp = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, bp),
            pc = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, pc),
            r0 = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, regs),
            imp = sym $imp,
        );
    };
}
pub(crate) use park_entry;
