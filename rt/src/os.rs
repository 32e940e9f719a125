//! The process-level entries of golift's runtime package for packages
//! syscall and os (rt/go/runtime/syscall.go, os.go): exiting, writing,
//! the page size, SIGPIPE, SIGSYS around os's pidfd probe, the bracket
//! around fork, and AllThreadsSyscall's credential calls.
//!
//! SIGPIPE, as in gc: the runtime handles it (with a handler that does
//! nothing), so a write to a broken pipe fails with EPIPE instead of
//! killing the process; os then calls `sigpipe` for descriptors 1 and 2,
//! which dies by the signal with its default action. A handler (not
//! SIG_IGN) is what exec resets to the default for child processes.
//!
//! Fork: `forkBefore` turns preemption off (`acquirem`) and blocks every
//! signal, saving the thread's mask; the parent's `forkAfter` restores it
//! and releases the M; the child's `forkAfterInChild` puts the signals rt
//! handles back to their default action and restores the mask, so no rt
//! handler runs in the child between fork and exec. Between the two
//! halves the goroutine cannot leave its M (preemption is off and the
//! calls in between are raw system calls), so the saved mask is the M's
//! thread's.

use core::cell::Cell;

use core::sync::atomic::{AtomicBool, Ordering};

use crate::cpu::Pair;

/// `exit(code int32)`: ends the process at once.
#[export_name = "runtime.exit"]
pub extern "C" fn exit(code: i32) {
    crate::panic::exit(code)
}

/// `getpagesize() int`.
#[export_name = "runtime.getpagesize"]
pub extern "C" fn getpagesize() -> isize {
    // SAFETY: sysconf has no preconditions.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) as isize }
}

/// `write(fd uintptr, p unsafe.Pointer, n int32) int32`: the count
/// written, or minus the errno (gc's runtime.write).
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[export_name = "runtime.write"]
pub unsafe extern "C" fn write(fd: usize, p: *const u8, n: i32) -> i32 {
    // SAFETY: guaranteed by the caller.
    let r = unsafe { libc::write(fd as i32, p.cast(), n.max(0) as usize) };
    if r < 0 {
        -errno()
    } else {
        r as i32
    }
}

fn errno() -> i32 {
    // SAFETY: the thread's errno location is always valid.
    unsafe { *libc::__errno_location() }
}

/// Installs SIGPIPE's handler (from `signal::initsig`).
pub fn initsigpipe() {
    set_handler(libc::SIGPIPE, sigpipe_handler as *const () as usize);
}

/// SIGPIPE: nothing, unless os/signal wants it.
extern "C" fn sigpipe_handler(_: libc::c_int) {
    // SAFETY: the thread's errno location is always valid.
    let errno = unsafe { *libc::__errno_location() };
    crate::sigqueue::sigsend(libc::SIGPIPE as u32);
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = errno };
}

/// Sets the action of `sig` to `action` (a one-argument handler, SIG_DFL
/// or SIG_IGN); the previous one.
fn set_handler(sig: libc::c_int, action: usize) -> usize {
    crate::signal::setsig(sig, action, libc::SA_RESTART, false)
}

/// `sigpipe()`: dies by SIGPIPE (gc's `dieFromSignal`), unless os/signal
/// ignores or wants it.
#[export_name = "runtime.sigpipe"]
pub extern "C" fn sigpipe() {
    let sig = libc::SIGPIPE as u32;
    if crate::sigqueue::sigignored(sig) || crate::sigqueue::sigsend(sig) {
        return;
    }
    set_handler(libc::SIGPIPE, libc::SIG_DFL);
    // SAFETY: unblocking one signal of this thread and raising it.
    unsafe {
        let mut set: libc::sigset_t = core::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, core::ptr::null_mut());
        libc::raise(libc::SIGPIPE);
    }
    crate::panic::exit(2)
}

/// Whether SIGSYS was ignored before `ignoreSIGSYS` (rt never handles it,
/// so its action was either that or the default).
static SIGSYS_WAS_IGNORED: AtomicBool = AtomicBool::new(false);

/// `ignoreSIGSYS()`.
#[export_name = "runtime.ignoreSIGSYS"]
pub extern "C" fn ignore_sigsys() {
    let old = set_handler(libc::SIGSYS, libc::SIG_IGN);
    SIGSYS_WAS_IGNORED.store(old == libc::SIG_IGN, Ordering::Relaxed);
}

/// `restoreSIGSYS()`.
#[export_name = "runtime.restoreSIGSYS"]
pub extern "C" fn restore_sigsys() {
    let ignored = SIGSYS_WAS_IGNORED.load(Ordering::Relaxed);
    set_handler(
        libc::SIGSYS,
        if ignored {
            libc::SIG_IGN
        } else {
            libc::SIG_DFL
        },
    );
}

/// `allThreadsSyscall(trap, a1, a2, a3 uintptr) (r1, errno uintptr)`:
/// syscall's AllThreadsSyscall, for the credential calls it is used for
/// (Setuid and family, Setgroups). gc stops the world and makes the call on
/// every M; golift's Ms are glibc threads, and glibc's own wrappers of
/// these calls already apply them to every thread of the process (its
/// setxid broadcast). Any other call answers ENOTSUP, as gc does in
/// binaries that use cgo.
#[export_name = "runtime.allThreadsSyscall"]
pub extern "C" fn all_threads_syscall(trap: usize, a1: usize, a2: usize, a3: usize) -> Pair {
    let (u1, u2, u3) = (a1 as libc::uid_t, a2 as libc::uid_t, a3 as libc::uid_t);
    // SAFETY: credential calls on integers; setgroups reads a1 gids at a2,
    // as the caller (syscall.Setgroups) guarantees.
    let r = unsafe {
        match trap as libc::c_long {
            libc::SYS_setuid => libc::setuid(u1),
            libc::SYS_setgid => libc::setgid(u1),
            libc::SYS_setreuid => libc::setreuid(u1, u2),
            libc::SYS_setregid => libc::setregid(u1, u2),
            libc::SYS_setresuid => libc::setresuid(u1, u2, u3),
            libc::SYS_setresgid => libc::setresgid(u1, u2, u3),
            libc::SYS_setgroups => libc::setgroups(a1, a2 as *const libc::gid_t),
            _ => return Pair(u64::MAX, libc::ENOTSUP as u64),
        }
    };
    if r < 0 {
        Pair(u64::MAX, errno() as u64)
    } else {
        Pair(r as u64, 0)
    }
}

thread_local! {
    /// The thread's signal mask before `forkBefore`.
    static FORK_SIGMASK: Cell<Option<libc::sigset_t>> = const { Cell::new(None) };
}

/// The signals rt installs handlers for.
const HANDLED: [libc::c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGURG, libc::SIGPIPE];

/// `forkBefore()`: syscall.runtime_BeforeFork.
#[export_name = "runtime.forkBefore"]
pub extern "C" fn fork_before() {
    crate::sched::acquirem();
    // SAFETY: blocking every signal of this thread, keeping the old mask.
    unsafe {
        let mut all: libc::sigset_t = core::mem::zeroed();
        libc::sigfillset(&mut all);
        let mut old: libc::sigset_t = core::mem::zeroed();
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        FORK_SIGMASK.with(|m| m.set(Some(old)));
    }
}

fn restore_sigmask() {
    if let Some(old) = FORK_SIGMASK.with(|m| m.take()) {
        // SAFETY: `old` is the mask pthread_sigmask returned.
        unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &old, core::ptr::null_mut()) };
    }
}

/// `forkAfter()`: syscall.runtime_AfterFork, in the parent.
#[export_name = "runtime.forkAfter"]
pub extern "C" fn fork_after() {
    restore_sigmask();
    crate::sched::releasem();
}

/// `forkAfterInChild()`: syscall.runtime_AfterForkInChild. The child only
/// makes raw system calls up to exec, so it never releases the M.
#[export_name = "runtime.forkAfterInChild"]
pub extern "C" fn fork_after_in_child() {
    for sig in HANDLED {
        set_handler(sig, libc::SIG_DFL);
    }
    restore_sigmask();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_reports_minus_errno_and_page_size_is_a_power_of_two() {
        // SAFETY: the buffer is valid; the descriptor is not.
        let r = unsafe { write(usize::MAX >> 2, b"x".as_ptr(), 1) };
        assert_eq!(r, -libc::EBADF);
        let ps = getpagesize();
        assert!(ps >= 4096 && ps.count_ones() == 1);
    }

    #[test]
    fn ignoring_sigsys_is_undone_by_restore() {
        ignore_sigsys();
        assert_eq!(crate::signal::getsig(libc::SIGSYS), libc::SIG_IGN);
        restore_sigsys();
        assert_ne!(crate::signal::getsig(libc::SIGSYS), libc::SIG_IGN);
    }
}
