//! Asynchronous preemption (Go 1.14's design): a goroutine that runs a loop
//! without calls, and so never reaches a prologue check, is stopped by a
//! signal.
//!
//! sysmon first asks cooperatively (`g.preempt` plus a poisoned
//! `stackguard0`, taken at the next prologue or loop back-edge check). When
//! the goroutine is still running one sysmon tick later, sysmon sends SIGURG
//! to its M (`signal_m`); it repeats every tick until the goroutine yields.
//! The handler (`sigurg`, on the M's signal stack) redirects the interrupted
//! context to the preemption entry `golift_rt_async_preempt` (arch) when
//! the interrupted instruction is an asynchronous safe point
//! (`async_safe`). That entry saves every register and the flags on the
//! goroutine's stack, yields through the park entry `golift_rt_preempt_park`
//! and, when the goroutine runs again, restores them all and jumps back to
//! the interrupted PC.
//!
//! Which instructions are safe: any instruction of code compiled from Go
//! (`arch::gotext`, the range the linker gathers), because
//! - every register is saved and restored exactly (general registers, the
//!   flags, xmm0-15), so Cranelift's register allocation, including values
//!   held only in caller-saved registers or flags between a compare and its
//!   branch, survives;
//! - compiled Go code never writes below its SP (no red zone use), and the
//!   entry keeps the 128 bytes below SP untouched anyway;
//! - compiled code holds no runtime locks and no Rust frames above it
//!   (runtime calls are outside the range). The one case of Rust frames
//!   *below* Go code, a method called by the runtime, sets `m.locks`
//!   (`PreemptOff`), and the handler then declines;
//! - prologues are safe too: the frame may be allocated before the stack
//!   check, but every frame fits in the 64 KiB red zone below
//!   `stackguard0`, which also holds the entry's 400 bytes;
//! - there is no garbage collector yet. When one arrives, the stores of its
//!   write barrier sequence must be excluded (an unsafe-point table per
//!   function), as Go does.
//!
//! Outside that range (the runtime, libc, a system call) the signal is
//! ignored and sysmon tries again.
//!
//! `GODEBUG=asyncpreemptoff=1` turns the signals off, as in Go.

use core::ffi::c_void;
use core::sync::atomic::{AtomicBool, Ordering};

use super::g::G_RUNNING;
use super::{getg, getm, G, M};
use crate::arch;

static ASYNC_PREEMPT_OFF: AtomicBool = AtomicBool::new(false);

/// Installs the SIGURG handler and reads `GODEBUG=asyncpreemptoff`.
pub fn init() {
    ASYNC_PREEMPT_OFF.store(
        crate::sched::godebug("asyncpreemptoff") == Some(1),
        Ordering::Relaxed,
    );
    // SA_RESTART keeps interrupted system calls of the runtime going.
    crate::signal::setsig(
        libc::SIGURG,
        sigurg as *const () as usize,
        libc::SA_SIGINFO | libc::SA_RESTART,
        false,
    );
}

/// Sends the preemption signal to `m`'s thread (Go's `preemptM`).
///
/// # Safety
/// `m` is a live M (Ms are never freed) whose thread has started.
pub(super) unsafe fn signal_m(m: *mut M) {
    if ASYNC_PREEMPT_OFF.load(Ordering::Relaxed) {
        return;
    }
    // SAFETY: guaranteed by the caller; Ms' threads never exit, so the
    // pthread_t stays valid.
    unsafe {
        let t = (*m).thread.load(Ordering::Relaxed);
        if t != 0 {
            libc::pthread_kill(t as libc::pthread_t, libc::SIGURG);
        }
    }
}

extern "C" fn sigurg(_sig: libc::c_int, _info: *mut libc::siginfo_t, ctx: *mut c_void) {
    let gp = getg();
    // SAFETY: the kernel passes the interrupted context.
    let (pc, sp, greg) = unsafe { arch::ctxt_regs(ctx) };
    if async_safe(gp, pc, sp, greg) {
        // SAFETY: `async_safe` checked that `gp` runs Go code at `pc` with
        // its stack at `sp`.
        unsafe { arch::inject_async_preempt(ctx, gp) };
    }
}

/// Whether goroutine `gp`, interrupted at `pc` with stack pointer `sp` and
/// pinned register `greg`, may be preempted there (see the file comment).
fn async_safe(gp: *mut G, pc: usize, sp: usize, greg: usize) -> bool {
    let (start, end) = arch::gotext();
    if gp.is_null() || greg != gp as usize || pc < start || pc >= end {
        return false;
    }
    let m = getm();
    // SAFETY: a non-null current g runs on this thread, which is its M's.
    unsafe {
        let g = &*gp;
        m == g.m
            && (*m).locks.load(Ordering::Relaxed) == 0
            && g.preempt.load(Ordering::Relaxed)
            && g.status.load(Ordering::Relaxed) == G_RUNNING
            && sp > g.stack.lo + crate::stack::STACK_GUARD / 2
            && sp <= g.stack.hi
    }
}

crate::arch::park_entry!("golift_rt_preempt_park", preempt_park);

/// Called by the preemption entry on the goroutine's stack: clears the
/// request and yields; the goroutine resumes by returning from the park
/// entry into the preemption entry.
extern "C" fn preempt_park() {
    let gp = getg();
    // SAFETY: the running g belongs to this thread.
    let g = unsafe { &*gp };
    g.preempt.store(false, Ordering::Relaxed);
    g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
    super::gopreempt()
}

/// Turns preemption off until `releasem` (Go's `acquirem`: `m.locks++`):
/// the running goroutine stays on this M.
pub fn acquirem() {
    // SAFETY: this thread's M (null on threads that are not Ms).
    if let Some(m) = unsafe { getm().as_ref() } {
        m.locks.fetch_add(1, Ordering::Relaxed);
    }
}

/// Undoes one `acquirem` (on the same thread).
pub fn releasem() {
    // SAFETY: as in `acquirem`.
    if let Some(m) = unsafe { getm().as_ref() } {
        m.locks.fetch_sub(1, Ordering::Relaxed);
    }
}

/// `acquirem` for as long as it lives, for runtime code that calls Go code
/// with Rust frames below it.
pub struct PreemptOff(());

impl PreemptOff {
    pub fn new() -> PreemptOff {
        acquirem();
        PreemptOff(())
    }
}

impl Default for PreemptOff {
    fn default() -> Self {
        PreemptOff::new()
    }
}

impl Drop for PreemptOff {
    fn drop(&mut self) {
        releasem();
    }
}

/// Whether the running goroutine may yield at a preemption request.
pub fn preemptible() -> bool {
    // SAFETY: this thread's M, if any.
    unsafe { getm().as_ref() }.is_none_or(|m| m.locks.load(Ordering::Relaxed) == 0)
}
