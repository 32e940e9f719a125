//! Coroutines (Go's `coro.go`), behind iter.Pull: `corocreate`,
//! `coroswitch` and `coroexit`, the entries under golift's runtime package's
//! `newcoro`/`coroswitch` (rt/go/runtime/coro.go).
//!
//! A coroutine `c` is a goroutine blocked in `c` (`c.gp`, status waiting
//! with reason `coroutine`, on no run queue) together with the ability to
//! hand control to it. `coroswitch(c)` makes the caller the goroutine
//! blocked in `c` and runs the one that was blocked there, directly on the
//! same M and P: on g0 (`mcall`), the caller's status goes from running to
//! waiting, an atomic swap of `c.gp` picks the next goroutine, which
//! becomes running on this M and resumes from its saved context (`gogo`).
//! No run queue, no lock, no other M is involved, so a switch costs two
//! stack switches and a few stores (Go's `coroswitch_m`). `coroexit(c)`
//! is the same switch by a coroutine goroutine whose function ended: the
//! goroutine dies (its g is kept for reuse) and `c.gp` becomes null, so a
//! later switch on `c` is Go's fatal `coroswitch on exited coro`.
//!
//! The swap makes the switch safe between threads too: a goroutine stores
//! itself in `c.gp` only on g0, after its context was saved by the park
//! stub, so whoever takes it out may run it at once on any M (next() may be
//! called from another goroutine than the one that created the iterator).
//! A coroutine goroutine may also be preempted or park on a channel while
//! it runs: it is an ordinary goroutine then, and the goroutine blocked in
//! `c` stays there; deadlock detection counts it as asleep.
//!
//! Locked threads (Go's rules): when the goroutine calling `corocreate` is
//! locked to its thread (`LockOSThread`), the coroutine records the M and
//! the lock count, and every switch on it must happen on that M with that
//! count, else `fatal error: coro: OS thread locking must match locking at
//! coroutine creation`. A locked goroutine that switches donates its lock
//! to the goroutine it switches to: golift keeps the count on the g (Go
//! keeps it on the M), so the count moves with the lock.

use core::sync::atomic::{AtomicPtr, Ordering};

use super::g::{WaitReason, G_RUNNING, G_WAITING};
use super::proc;
use super::{getg, getm, G, M};
use crate::print::Printer;

/// A coroutine, as golift's runtime package lays out its `coro` (its
/// leading fields; the Go side adds the function).
#[repr(C)]
pub struct Coro {
    /// The goroutine blocked in the coroutine (null after `coroexit`).
    gp: AtomicPtr<G>,
    /// The M the creator was locked to (null: it was not locked).
    mp: *mut M,
    /// The creator's `LockOSThread` count then.
    locked_ext: u32,
}

/// `corocreate(c, start)`: a new goroutine that will run funcval `start`
/// (a `func()`) when first switched to; it is blocked in `c` meanwhile.
/// Records the creator's thread lock state.
///
/// # Safety
/// `c` points at a zeroed, live `coro`; `start` is a `func()` funcval that
/// stays valid; the caller is a goroutine (its M holds a P).
#[export_name = "runtime.corocreate"]
pub unsafe extern "C" fn corocreate(c: *mut Coro, start: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let gp = proc::newg(start);
        (*gp).waitreason = WaitReason::Coroutine;
        (*gp).status.store(G_WAITING, Ordering::SeqCst);
        let me = &*getg();
        if me.lockedcount != 0 {
            (*c).mp = getm();
            (*c).locked_ext = me.lockedcount;
        }
        (*c).gp.store(gp, Ordering::Release);
    }
}

crate::arch::park_entry!("runtime.coroswitch", coroswitch, with_g);

/// `coroswitch(c)`: runs the goroutine blocked in `c` and blocks the
/// caller `gp` (the stub passes it) in `c`; it resumes (by returning from
/// the park stub) when some goroutine switches on `c` again.
extern "C" fn coroswitch(c: *mut Coro, gp: *mut G) {
    // SAFETY: `gp` runs on this thread, so `gp.m` is its M.
    unsafe {
        (*gp).coroarg = c.cast();
        (*gp).coroexit = false;
        proc::mcall_m((*gp).m, gp, coroswitch_m)
    }
}

/// `coroexit(c)`: the coroutine goroutine's function ended (returned,
/// panicked or called Goexit; its deferred call lands here): it exits and
/// the goroutine blocked in `c` runs.
///
/// # Safety
/// `c` is the coroutine the calling goroutine runs for.
#[export_name = "runtime.coroexit"]
pub unsafe extern "C" fn coroexit(c: *mut Coro) {
    let gp = getg();
    // A goroutine that ends by Goexit (or a panic that was not recovered)
    // dies here with its chain.
    crate::panic::discard_panics();
    // SAFETY: the running g belongs to this thread.
    unsafe {
        (*gp).coroarg = c.cast();
        (*gp).coroexit = true;
    }
    proc::mcall(gp, coroswitch_m)
}

/// The switch, on g0 (Go's `coroswitch_m`).
extern "C" fn coroswitch_m(gp: *mut G) -> ! {
    // SAFETY: `gp` just stopped running on this M (`gp.m`, the thread's),
    // which holds a P; `c` is live (the Go side holds it).
    unsafe {
        let g = &mut *gp;
        let m = g.m;
        let c = &*g.coroarg.cast::<Coro>();
        g.coroarg = core::ptr::null_mut();
        let exit = core::mem::replace(&mut g.coroexit, false);
        let locked = !g.lockedm.is_null();
        if (!c.mp.is_null() || locked) && (m != c.mp || g.lockedcount != c.locked_ext) {
            let mut p = Printer::new();
            p.str(b"coro: got thread ");
            p.hex(m as u64);
            p.str(b", want ");
            p.hex(c.mp as u64);
            // golift has no internal locks (cgo callbacks): always 0.
            p.str(b"\ncoro: got lock internal 0, want 0\ncoro: got lock external ");
            p.uint(g.lockedcount as u64);
            p.str(b", want ");
            p.uint(c.locked_ext as u64);
            p.str(b"\n");
            p.flush();
            crate::panic::fatal(
                b"coro: OS thread locking must match locking at coroutine creation",
            );
        }
        let count = g.lockedcount;
        if locked {
            // Detached here, given to the next goroutine below.
            proc::unwire(g);
            g.lockedcount = 0;
        }
        // The fast path has one atomic read-modify-write, the swap; the
        // other stores are plain (x86-64) or release stores. sysmon and
        // schedtrace read `curg` and statuses racily anyway.
        let me = if exit {
            proc::gdestroy(m, gp);
            core::ptr::null_mut()
        } else {
            g.waitreason = WaitReason::Coroutine;
            g.m = core::ptr::null_mut();
            g.status.store(G_WAITING, Ordering::Release);
            gp
        };
        let next = c.gp.swap(me, Ordering::AcqRel);
        if next.is_null() {
            crate::panic::fatal(b"coroswitch on exited coro");
        }
        if next == gp {
            crate::panic::fatal(b"coroswitch of a goroutine to itself");
        }
        if locked {
            (*next).lockedcount = count;
            (*next).lockedm = m;
            (*m).lockedg = next;
        }
        (*m).curg.store(next, Ordering::Release);
        (*next).m = m;
        (*next).status.store(G_RUNNING, Ordering::Release);
        if !(*next).preempt.load(Ordering::Relaxed) {
            (*next)
                .stackguard0
                .store((*next).stackguard(), Ordering::Relaxed);
        }
        super::setg(next);
        crate::arch::gogo(next)
    }
}
