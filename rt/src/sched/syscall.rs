//! System calls made on a goroutine's behalf (Go's `entersyscall` /
//! `exitsyscall`), so that an M blocked in the kernel does not hold up the
//! goroutines of its P.
//!
//! `entersyscall` marks the M's P `P_SYSCALL` (the M keeps it). sysmon
//! retakes a P that stays in one system call for a sysmon tick (20 µs at
//! least, as Go's): it CASes the status to `P_IDLE` and hands the P to an M
//! that runs its work (`proc::handoffp`). `exitsyscall` CASes the status
//! back to `P_RUNNING`: when that fails the P is gone, and the M takes an
//! idle P or else waits for one on the waiter list: the next P released
//! (`proc::pidleput`) or the next M that switches goroutines
//! (`proc::schedule`) hands it over. The goroutine never changes M inside a
//! system call, so the Rust frames around it stay on their thread (the
//! parking rule of `sched`); unlike Go, the returning goroutine waits on
//! its M rather than in the global run queue.
//!
//! Invariants: only the M itself moves its P into `P_SYSCALL`; the status
//! leaves it by exactly one CAS (the M's or sysmon's); an M on the waiter
//! list holds no P and counts as running for deadlock detection (its
//! goroutine is runnable).
//!
//! C entries (rt/ABI.md "System calls"): `runtime.entersyscall()` and
//! `runtime.exitsyscall()`, around any blocking system call that compiled
//! code (the syscall shims) makes.

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicI32, Ordering};

use super::g::{G_RUNNING, G_SYSCALL};
use super::proc::{pidleget_locked, SCHED};
use super::runq::{P, P_IDLE, P_RUNNING, P_SYSCALL};
use super::{getm, M};

/// Ms waiting for a P after a system call (under `sched.lock`), and how
/// many (read without the lock as a hint).
struct Waiters(UnsafeCell<*mut M>);

// SAFETY: only accessed under `sched.lock`.
unsafe impl Sync for Waiters {}

static WAITERS: Waiters = Waiters(UnsafeCell::new(core::ptr::null_mut()));
static NWAITERS: AtomicI32 = AtomicI32::new(0);

/// Enters a system call: the P may be taken while it lasts.
#[export_name = "runtime.entersyscall"]
pub extern "C" fn entersyscall() {
    // SAFETY: this thread's M, if it is one; only it moves its P to P_SYSCALL.
    let Some(m) = (unsafe { getm().as_ref() }) else {
        return;
    };
    // SAFETY: Ps are never freed.
    let Some(pp) = (unsafe { m.p.as_ref() }) else {
        return;
    };
    pp.syscalltick.fetch_add(1, Ordering::SeqCst);
    // SAFETY: the running g belongs to this M.
    if let Some(g) = unsafe { super::getg().as_ref() } {
        g.status.store(G_SYSCALL, Ordering::SeqCst);
    }
    pp.status.store(P_SYSCALL, Ordering::SeqCst);
}

/// Leaves a system call, holding a P again when it returns (perhaps
/// after waiting for one).
#[export_name = "runtime.exitsyscall"]
pub extern "C" fn exitsyscall() {
    let m = getm();
    // SAFETY: as in `entersyscall`.
    let Some(pp) = (unsafe { m.as_ref() }).and_then(|mm| unsafe { mm.p.as_ref() }) else {
        return;
    };
    // SAFETY: the running g belongs to this M.
    if let Some(g) = unsafe { super::getg().as_ref() } {
        g.status.store(G_RUNNING, Ordering::SeqCst);
    }
    if pp
        .status
        .compare_exchange(P_SYSCALL, P_RUNNING, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok()
    {
        return;
    }
    // SAFETY: sysmon took the P; this M's fields are its own.
    unsafe {
        (*m).p = core::ptr::null_mut();
        SCHED.lock.lock();
        let idle = pidleget_locked();
        if idle.is_none() {
            (*m).schedlink = *WAITERS.0.get();
            *WAITERS.0.get() = m;
            NWAITERS.fetch_add(1, Ordering::SeqCst);
        }
        SCHED.lock.unlock();
        let pp = match idle {
            Some(pp) => pp,
            None => {
                (*m).park.sleep();
                (*m).park.clear();
                core::mem::replace(&mut (*m).nextp, core::ptr::null_mut())
            }
        };
        super::proc::acquirep_for(m, pp);
    }
}

/// Whether some M waits for a P after a system call.
pub fn waiters() -> bool {
    NWAITERS.load(Ordering::SeqCst) > 0
}

/// Gives `pp` (released by its M) to an M waiting after a system call, if
/// there is one; whether it did.
///
/// # Safety
/// `sched.lock` must be held.
pub unsafe fn handtowaiter(pp: *mut P) -> bool {
    // SAFETY: guaranteed by the caller; a waiter sleeps on its note and
    // reads `nextp` after waking.
    unsafe {
        let m = *WAITERS.0.get();
        if m.is_null() {
            return false;
        }
        *WAITERS.0.get() = (*m).schedlink;
        NWAITERS.fetch_sub(1, Ordering::SeqCst);
        (*pp).m.store(core::ptr::null_mut(), Ordering::SeqCst);
        // Handed over: not free for `procresize` (see `pidleget`).
        (*pp).status.store(P_RUNNING, Ordering::SeqCst);
        (*m).nextp = pp;
        (*m).park.wakeup();
    }
    true
}

/// sysmon's part (Go's `retake` for system calls), for a P it saw in the
/// same system call a round ago: takes it from its M unless its queue is
/// empty, an idle P or spinning M can pick up new work, and the call is not
/// `long` yet. Whether it took the P.
pub(super) fn retake(pp: &P, long: bool) -> bool {
    if pp.runqempty() && super::proc::others_can_run() && !long {
        return false;
    }
    if pp
        .status
        .compare_exchange(P_SYSCALL, P_IDLE, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        return false;
    }
    super::proc::handoffp(pp as *const P as *mut P);
    true
}

#[cfg(test)]
mod tests {
    use core::sync::atomic::{AtomicBool, AtomicI32};

    use super::*;
    use crate::sched::{newproc, schedmain, Funcval};

    static PIPE: [AtomicI32; 2] = [AtomicI32::new(-1), AtomicI32::new(-1)];
    static WROTE: AtomicBool = AtomicBool::new(false);
    static WRITER: Funcval = Funcval { f: writer };
    static MAIN: Funcval = Funcval { f: main_g };

    /// A goroutine that writes the byte the main goroutine waits for.
    unsafe extern "C" fn writer() {
        WROTE.store(true, Ordering::SeqCst);
        let fd = PIPE[1].load(Ordering::SeqCst);
        // SAFETY: writes one byte from a static buffer.
        unsafe { libc::write(fd, b"x".as_ptr().cast(), 1) };
    }

    /// The main goroutine: starts the writer, then blocks reading the pipe
    /// inside a system call; it can only return once sysmon took its P for
    /// the writer (GOMAXPROCS=1).
    unsafe extern "C" fn main_g() {
        // SAFETY: a static funcval of a function without arguments.
        unsafe { newproc((&WRITER as *const Funcval).cast()) };
        let mut b = [0u8; 1];
        entersyscall();
        // SAFETY: reads one byte into `b`.
        let n = unsafe { libc::read(PIPE[0].load(Ordering::SeqCst), b.as_mut_ptr().cast(), 1) };
        exitsyscall();
        let ok = n == 1 && b[0] == b'x' && WROTE.load(Ordering::SeqCst);
        // SAFETY: ends the child process.
        unsafe { libc::_exit(if ok { 0 } else { 3 }) };
    }

    /// Runs in a child process (the scheduler is global state):
    /// `blocked_syscall_lets_others_run` starts it.
    #[test]
    fn syscall_child() {
        if std::env::var_os("GOLIFT_SYSCALL_CHILD").is_none() {
            return;
        }
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for two descriptors; alarm ends a hang.
        unsafe {
            assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
            libc::alarm(10);
        }
        PIPE[0].store(fds[0], Ordering::SeqCst);
        PIPE[1].store(fds[1], Ordering::SeqCst);
        schedmain(&MAIN)
    }

    /// At GOMAXPROCS=1, a goroutine blocked in a system call does not hold
    /// up the others: sysmon retakes its P and another M runs them.
    #[test]
    fn blocked_syscall_lets_others_run() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "sched::syscall::tests::syscall_child",
                "--nocapture",
            ])
            .env("GOLIFT_SYSCALL_CHILD", "1")
            .env("GOMAXPROCS", "1")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }
}
