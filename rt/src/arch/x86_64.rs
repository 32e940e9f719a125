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
/// returning from the stub (see `golift_rt_gogo`). With `with_g`, `imp`
/// also gets `g` as its second argument (entries of one argument), which
/// spares it the thread-local read.
macro_rules! park_entry {
    ($name:literal, $imp:path) => {
        $crate::arch::park_entry!(@ $name, $imp, "");
    };
    ($name:literal, $imp:path, with_g) => {
        $crate::arch::park_entry!(@ $name, $imp, "mov rsi, r15");
    };
    (@ $name:literal, $imp:path, $extra:literal) => {
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
            $extra,
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

/// The code compiled from Go, `[start, end)`: the linker script of golift's
/// link step defines the two symbols (rt/ABI.md "Preemption"); elsewhere
/// (the runtime's own tests) they are undefined weak symbols and the range
/// is empty.
pub fn gotext() -> (usize, usize) {
    let (start, end): (usize, usize);
    // SAFETY: loads two GOT entries (zero for an undefined weak symbol).
    unsafe {
        core::arch::asm!(
            ".weak __golift_text_start",
            ".weak __golift_text_end",
            "mov {s}, qword ptr [rip + __golift_text_start@GOTPCREL]",
            "mov {e}, qword ptr [rip + __golift_text_end@GOTPCREL]",
            s = out(reg) start,
            e = out(reg) end,
            options(nostack, preserves_flags, readonly),
        )
    };
    (start, end)
}

/// The interrupted PC, SP and pinned register (`g`) of a signal context.
///
/// # Safety
/// `ctx` must be the `ucontext_t` the kernel passed to a signal handler.
pub unsafe fn ctxt_regs(ctx: *mut core::ffi::c_void) -> (usize, usize, usize) {
    let gregs = &unsafe { &*ctx.cast::<libc::ucontext_t>() }
        .uc_mcontext
        .gregs;
    (
        gregs[libc::REG_RIP as usize] as usize,
        gregs[libc::REG_RSP as usize] as usize,
        gregs[libc::REG_R15 as usize] as usize,
    )
}

/// Makes the interrupted goroutine `gp` continue in `golift_rt_async_preempt`
/// when the signal handler returns: its PC and SP go to `gp.asyncpc` and
/// `gp.asyncsp`, and its SP moves below the 128-byte red zone (which
/// Cranelift does not use, but the C ABI allows), 16-byte aligned less 8,
/// as at a function's entry.
///
/// # Safety
/// `ctx` as in `ctxt_regs`; `gp` is the goroutine that was interrupted, at
/// a PC in `gotext()`, and its stack has room below SP (the red zone below
/// `stackguard0`).
pub unsafe fn inject_async_preempt(ctx: *mut core::ffi::c_void, gp: *mut crate::sched::G) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let gregs = &mut (*ctx.cast::<libc::ucontext_t>()).uc_mcontext.gregs;
        let sp = gregs[libc::REG_RSP as usize] as usize;
        (*gp).asyncpc = gregs[libc::REG_RIP as usize] as usize;
        (*gp).asyncsp = sp;
        gregs[libc::REG_RSP as usize] = (((sp - 128) & !15) - 8) as i64;
        gregs[libc::REG_RIP as usize] = golift_rt_async_preempt as *const () as usize as i64;
    }
}

extern "C" {
    fn golift_rt_async_preempt();
}

// `golift_rt_async_preempt` (Go's `asyncPreempt`): entered not by a call but
// by the SIGURG handler's redirect, with every register of the interrupted
// Go code live. It saves the flags, the 15 general registers other than rsp
// (rsp and rip are in `g.asyncsp`/`g.asyncpc`) and xmm0-15 (Cranelift uses
// only the low 128 bits), calls the park entry `golift_rt_preempt_park`,
// which yields to the scheduler, and when the goroutine runs again (maybe on
// another M: r15 is `g` there too) restores everything and jumps back with
// the original rsp. Nothing between `popfq` and the jump touches the flags.
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_async_preempt",
    ".type golift_rt_async_preempt,@function",
    ".p2align 4",
    "golift_rt_async_preempt:",
    "pushfq",
    "push rax",
    "push rbx",
    "push rcx",
    "push rdx",
    "push rsi",
    "push rdi",
    "push rbp",
    "push r8",
    "push r9",
    "push r10",
    "push r11",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 264",
    "movdqu [rsp], xmm0",
    "movdqu [rsp + 16], xmm1",
    "movdqu [rsp + 32], xmm2",
    "movdqu [rsp + 48], xmm3",
    "movdqu [rsp + 64], xmm4",
    "movdqu [rsp + 80], xmm5",
    "movdqu [rsp + 96], xmm6",
    "movdqu [rsp + 112], xmm7",
    "movdqu [rsp + 128], xmm8",
    "movdqu [rsp + 144], xmm9",
    "movdqu [rsp + 160], xmm10",
    "movdqu [rsp + 176], xmm11",
    "movdqu [rsp + 192], xmm12",
    "movdqu [rsp + 208], xmm13",
    "movdqu [rsp + 224], xmm14",
    "movdqu [rsp + 240], xmm15",
    "call golift_rt_preempt_park",
    "movdqu xmm0, [rsp]",
    "movdqu xmm1, [rsp + 16]",
    "movdqu xmm2, [rsp + 32]",
    "movdqu xmm3, [rsp + 48]",
    "movdqu xmm4, [rsp + 64]",
    "movdqu xmm5, [rsp + 80]",
    "movdqu xmm6, [rsp + 96]",
    "movdqu xmm7, [rsp + 112]",
    "movdqu xmm8, [rsp + 128]",
    "movdqu xmm9, [rsp + 144]",
    "movdqu xmm10, [rsp + 160]",
    "movdqu xmm11, [rsp + 176]",
    "movdqu xmm12, [rsp + 192]",
    "movdqu xmm13, [rsp + 208]",
    "movdqu xmm14, [rsp + 224]",
    "movdqu xmm15, [rsp + 240]",
    "add rsp, 264",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop r11",
    "pop r10",
    "pop r9",
    "pop r8",
    "pop rbp",
    "pop rdi",
    "pop rsi",
    "pop rdx",
    "pop rcx",
    "pop rbx",
    "pop rax",
    "popfq",
    "mov rsp, [r15 + {asyncsp}]",
    "jmp qword ptr [r15 + {asyncpc}]",
    ".size golift_rt_async_preempt, . - golift_rt_async_preempt",
    asyncsp = const core::mem::offset_of!(crate::sched::G, asyncsp),
    asyncpc = const core::mem::offset_of!(crate::sched::G, asyncpc),
);
