//! Synchronous signals: memory faults become Go's run-time errors.
//!
//! Compiled code checks nil pointers, bounds and divisors explicitly, but a
//! fault can still happen (a nil pointer used without a check, a wild
//! `unsafe` pointer). As in gc, a SIGSEGV/SIGBUS at an address in the first
//! page is a nil dereference and panics with `invalid memory address or nil
//! pointer dereference`; any other fault address is fatal (`unexpected
//! fault address 0x...`, `fatal error: fault`). Both print gc's
//! `[signal ...]` line with the faulting address and PC, then exit 2.
//! A fault in the guard gap below the running goroutine's stack is Go's
//! stack overflow error instead (`stack::stack_overflow`).
//!
//! Invariants: the handler runs on an alternate signal stack (`SA_ONSTACK`),
//! because the fault may come from a goroutine stack; it only formats into a
//! stack buffer, calls `write` and `_exit`, which are async-signal-safe.
//! Each thread that runs Go code needs its own alternate stack
//! (`minitsignalstack`): the main thread and every M the scheduler starts.

use core::ffi::c_void;

use crate::panic::die;
use crate::print::Printer;

/// Faults below this address are nil dereferences (gc's rule).
const NIL_PAGE: usize = 0x1000;
const SIGNAL_STACK_SIZE: usize = 64 << 10;

/// Installs the handler for SIGSEGV and SIGBUS (Go's `initsig`), the
/// scheduler's for SIGURG (asynchronous preemption) and os's for SIGPIPE.
pub fn initsig() {
    crate::sched::initsig();
    crate::os::initsigpipe();
    for sig in [libc::SIGSEGV, libc::SIGBUS] {
        setsig(
            sig,
            sighandler as *const () as usize,
            libc::SA_SIGINFO,
            false,
        );
    }
}

/// Sets `sig`'s action: `action` is a handler (with the SA_SIGINFO
/// signature when `flags` has it, else the one-argument one), SIG_DFL or
/// SIG_IGN; the handler runs on the signal stack (SA_ONSTACK is added),
/// with every signal blocked when `block_all`. Returns the previous action
/// (SIG_DFL when the kernel refuses the change).
pub fn setsig(sig: libc::c_int, action: usize, flags: libc::c_int, block_all: bool) -> usize {
    // SAFETY: a zeroed sigaction is a valid starting value; the caller
    // gives a handler of the signature `flags` says, or a special value.
    unsafe {
        let mut sa: libc::sigaction = core::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = flags | libc::SA_ONSTACK;
        if block_all {
            libc::sigfillset(&mut sa.sa_mask);
        } else {
            libc::sigemptyset(&mut sa.sa_mask);
        }
        let mut old: libc::sigaction = core::mem::zeroed();
        if libc::sigaction(sig, &sa, &mut old) != 0 {
            return libc::SIG_DFL;
        }
        old.sa_sigaction
    }
}

/// The action `sig` has now.
pub fn getsig(sig: libc::c_int) -> usize {
    // SAFETY: reading the action only.
    unsafe {
        let mut old: libc::sigaction = core::mem::zeroed();
        libc::sigaction(sig, core::ptr::null(), &mut old);
        old.sa_sigaction
    }
}

/// Gives the calling thread an alternate signal stack (Go's `minitSignalStack`).
pub fn minitsignalstack() {
    // SAFETY: an anonymous private mapping aliases nothing.
    let sp = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            SIGNAL_STACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if sp == libc::MAP_FAILED {
        return;
    }
    let st = libc::stack_t {
        ss_sp: sp,
        ss_flags: 0,
        ss_size: SIGNAL_STACK_SIZE,
    };
    // SAFETY: `st` describes the mapping above, which is never unmapped.
    unsafe { libc::sigaltstack(&st, core::ptr::null_mut()) };
}

/// The faulting instruction's address from the signal context.
///
/// # Safety
/// `ctx` must be the `ucontext_t` the kernel passed to the handler.
unsafe fn sigctxt_pc(ctx: *mut c_void) -> usize {
    let uc = ctx.cast::<libc::ucontext_t>();
    // SAFETY: guaranteed by the caller.
    #[cfg(target_arch = "x86_64")]
    let pc = unsafe { (*uc).uc_mcontext.gregs[libc::REG_RIP as usize] as usize };
    // SAFETY: guaranteed by the caller.
    #[cfg(target_arch = "aarch64")]
    let pc = unsafe { (*uc).uc_mcontext.pc as usize };
    pc
}

/// The stack pointer at the fault.
///
/// # Safety
/// As `sigctxt_pc`.
unsafe fn sigctxt_sp(ctx: *mut c_void) -> usize {
    let uc = ctx.cast::<libc::ucontext_t>();
    // SAFETY: guaranteed by the caller.
    #[cfg(target_arch = "x86_64")]
    let sp = unsafe { (*uc).uc_mcontext.gregs[libc::REG_RSP as usize] as usize };
    // SAFETY: guaranteed by the caller.
    #[cfg(target_arch = "aarch64")]
    let sp = unsafe { (*uc).uc_mcontext.sp as usize };
    sp
}

/// A fault in the guard gap below the running goroutine's stack is a stack
/// overflow: Go's fatal error, not a fault report.
fn overran_stack(addr: usize, sp: usize) {
    let gp = crate::sched::getg();
    // SAFETY: a non-null current g is live while its thread runs; the
    // handler only reads it.
    if let Some(g) = unsafe { gp.as_ref() } {
        if crate::stack::in_guard_gap(g, addr) {
            crate::stack::stack_overflow(g, sp);
        }
    }
}

extern "C" fn sighandler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    // SAFETY: the kernel passes a valid siginfo and context for SA_SIGINFO handlers.
    let (addr, code, pc) =
        unsafe { ((*info).si_addr() as usize, (*info).si_code, sigctxt_pc(ctx)) };
    // SAFETY: as above.
    overran_stack(addr, unsafe { sigctxt_sp(ctx) });
    let mut p = Printer::new();
    if addr < NIL_PAGE {
        p.str(b"panic: runtime error: invalid memory address or nil pointer dereference\n");
    } else {
        p.str(b"unexpected fault address ");
        p.hex(addr as u64);
        p.str(b"\nfatal error: fault\n");
    }
    p.str(b"[signal ");
    p.str(if sig == libc::SIGBUS {
        b"SIGBUS: bus error"
    } else {
        b"SIGSEGV: segmentation violation"
    });
    p.str(b" code=");
    p.hex(code as u64);
    p.str(b" addr=");
    p.hex(addr as u64);
    p.str(b" pc=");
    p.hex(pc as u64);
    p.str(b"]\n");
    die(&mut p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::{setg, G};

    /// A fault in the guard gap below the running goroutine's stack prints
    /// Go's stack overflow error and exits 2 (checked in a forked child whose
    /// standard error is a pipe).
    #[test]
    fn guard_gap_fault_is_stack_overflow() {
        let s = crate::stack::stackalloc(256 << 10);
        let gp = Box::into_raw(Box::new(G::new(s, 1)));
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
        // SAFETY: the child only installs the handler, sets its g (a
        // thread-local, no allocation) and touches the gap; the handler
        // exits. The parent reads the pipe and waits.
        unsafe {
            let pid = libc::fork();
            if pid == 0 {
                libc::dup2(fds[1], 2);
                initsig();
                minitsignalstack();
                setg(gp);
                core::ptr::read_volatile((s.lo - 100) as *const u8);
                libc::_exit(0);
            }
            libc::close(fds[1]);
            let mut out = Vec::new();
            let mut buf = [0u8; 512];
            loop {
                let n = libc::read(fds[0], buf.as_mut_ptr().cast(), buf.len());
                if n <= 0 {
                    break;
                }
                out.extend_from_slice(&buf[..n as usize]);
            }
            libc::close(fds[0]);
            let mut status = 0;
            libc::waitpid(pid, &mut status, 0);
            let out = String::from_utf8_lossy(&out);
            assert!(
                libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 2,
                "{out}"
            );
            // The limit is the reservation's: smaller than Go's 1 GB.
            let first = format!(
                "runtime: goroutine stack exceeds {}-byte limit\n",
                s.capacity()
            );
            assert!(out.starts_with(&first), "{out}");
            assert!(out.contains("\nfatal error: stack overflow\n"), "{out}");
            drop(Box::from_raw(gp));
        }
        crate::stack::stackfree(s);
    }
}
