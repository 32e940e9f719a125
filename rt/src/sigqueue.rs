//! Signals delivered to Go code (Go's `sigqueue.go`): os/signal's Notify,
//! Stop, Ignore and Ignored over the hooks of golift's runtime package
//! (rt/go/runtime/signal.go).
//!
//! `WANTED` and `IGNORED` are bit sets of signal numbers (1..=64).
//! Enabling a signal installs `sighandler`, which sets the signal's bit in
//! `PENDING`, bumps `SEQ` and wakes `SEQ`'s futex; it touches nothing but
//! atomics and the futex system call (async-signal-safe), and keeps errno.
//! os/signal's one receiving goroutine sits in `signal_recv`: it takes the
//! lowest pending signal, or else sleeps on the futex inside
//! `entersyscall`/`exitsyscall`, so its P goes on running other goroutines
//! (gc's `notetsleepg`). `sigidle` is what `signalWaitUntilIdle` waits for:
//! no handler is delivering and the receiver is asleep with nothing
//! pending, so a channel os/signal removes gets no late signal.
//!
//! Disabling a signal restores the action it had before it was first
//! enabled (so an inherited SIG_IGN stays); rt's own signals (SIGSEGV,
//! SIGBUS, SIGURG for preemption, SIGPIPE) keep rt's handlers: SIGPIPE's
//! forwards to `sigsend` when it is wanted; SIGURG is not delivered to Go
//! code (preemption owns it).
//!
//! Invariants: a signal is pending at most once (bits, as in gc); the
//! receiver clears `RECEIVING` before it looks at `PENDING` again.

use core::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use crate::sync::{futex_wait, futex_wake};

const NSIG: u32 = 65;

static WANTED: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];
static IGNORED: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];
static PENDING: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];
/// Bumped by every delivery; the receiver's futex word.
static SEQ: AtomicU32 = AtomicU32::new(0);
/// Handlers between their first and last access to the state.
static DELIVERING: AtomicI32 = AtomicI32::new(0);
/// The receiver sleeps (or is about to) with nothing pending.
static RECEIVING: AtomicBool = AtomicBool::new(false);

/// Each signal's action before it was first enabled (0: not saved yet,
/// else the handler value + 1, so SIG_DFL is distinguishable).
static SAVED: [AtomicUsize; NSIG as usize] = [const { AtomicUsize::new(0) }; NSIG as usize];

fn bit(set: &[AtomicU64; 2], sig: u32) -> (&AtomicU64, u64) {
    (&set[(sig / 64) as usize], 1u64 << (sig % 64))
}

fn has(set: &[AtomicU64; 2], sig: u32) -> bool {
    let (w, b) = bit(set, sig);
    w.load(Ordering::SeqCst) & b != 0
}

fn add(set: &[AtomicU64; 2], sig: u32) {
    let (w, b) = bit(set, sig);
    w.fetch_or(b, Ordering::SeqCst);
}

fn remove(set: &[AtomicU64; 2], sig: u32) {
    let (w, b) = bit(set, sig);
    w.fetch_and(!b, Ordering::SeqCst);
}

/// Signals whose handlers rt owns.
fn rt_owned(sig: u32) -> bool {
    [libc::SIGSEGV, libc::SIGBUS, libc::SIGURG, libc::SIGPIPE].contains(&(sig as i32))
}

/// Queues `sig` for Go code if it is wanted; whether it was (gc's
/// `sigsend`). Async-signal-safe.
pub fn sigsend(sig: u32) -> bool {
    if sig == 0 || sig >= NSIG {
        return false;
    }
    DELIVERING.fetch_add(1, Ordering::SeqCst);
    let wanted = has(&WANTED, sig);
    if wanted {
        add(&PENDING, sig);
        SEQ.fetch_add(1, Ordering::SeqCst);
        futex_wake(&SEQ, 1);
    }
    DELIVERING.fetch_sub(1, Ordering::SeqCst);
    wanted
}

extern "C" fn sighandler(sig: libc::c_int) {
    // SAFETY: the thread's errno location is always valid.
    let errno = unsafe { *libc::__errno_location() };
    sigsend(sig as u32);
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = errno };
}

/// Sets `sig`'s action to `action` (a one-argument handler, SIG_DFL or
/// SIG_IGN; every signal blocked in the handler), returning the old one.
fn setsig(sig: u32, action: usize) -> usize {
    crate::signal::setsig(sig as i32, action, libc::SA_RESTART, true)
}

/// The action `sig` has now.
fn getsig(sig: u32) -> usize {
    crate::signal::getsig(sig as i32)
}

/// Remembers `sig`'s action before golift first changes it.
fn save(sig: u32) {
    if SAVED[sig as usize].load(Ordering::SeqCst) == 0 {
        let _ = SAVED[sig as usize].compare_exchange(
            0,
            getsig(sig) + 1,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }
}

/// `sigenable(sig uint32)`: os/signal's signal_enable.
#[export_name = "runtime.sigenable"]
pub extern "C" fn sigenable(sig: u32) {
    // SIGPROF belongs to the profiler, as in gc.
    if sig == 0 || sig >= NSIG || sig == libc::SIGPROF as u32 {
        return;
    }
    add(&WANTED, sig);
    remove(&IGNORED, sig);
    if !rt_owned(sig) {
        save(sig);
        setsig(sig, sighandler as *const () as usize);
    }
}

/// `sigdisable(sig uint32)`: os/signal's signal_disable.
#[export_name = "runtime.sigdisable"]
pub extern "C" fn sigdisable(sig: u32) {
    if sig == 0 || sig >= NSIG {
        return;
    }
    remove(&WANTED, sig);
    if !rt_owned(sig) {
        let saved = SAVED[sig as usize].load(Ordering::SeqCst);
        if saved != 0 {
            setsig(sig, saved - 1);
        }
    }
}

/// `sigignore(sig uint32)`: os/signal's signal_ignore.
#[export_name = "runtime.sigignore"]
pub extern "C" fn sigignore(sig: u32) {
    if sig == 0 || sig >= NSIG {
        return;
    }
    add(&IGNORED, sig);
    remove(&WANTED, sig);
    if sig != libc::SIGSEGV as u32 && sig != libc::SIGBUS as u32 && sig != libc::SIGURG as u32 {
        save(sig);
        setsig(sig, libc::SIG_IGN);
    }
}

/// `sigignored(sig uint32) bool`: ignored through Ignore, or inherited
/// ignored and not wanted since.
#[export_name = "runtime.sigignored"]
pub extern "C" fn sigignored(sig: u32) -> bool {
    if sig == 0 || sig >= NSIG {
        return false;
    }
    has(&IGNORED, sig) || (!has(&WANTED, sig) && getsig(sig) == libc::SIG_IGN)
}

/// Takes the lowest pending signal, if any.
fn take() -> Option<u32> {
    for (i, w) in PENDING.iter().enumerate() {
        let mut v = w.load(Ordering::SeqCst);
        while v != 0 {
            let b = v.trailing_zeros();
            match w.compare_exchange(v, v & !(1 << b), Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => return Some(i as u32 * 64 + b),
                Err(now) => v = now,
            }
        }
    }
    None
}

/// `sigrecv() uint32`: os/signal's signal_recv: the next signal, waiting
/// for one in a system call.
#[export_name = "runtime.sigrecv"]
pub extern "C" fn sigrecv() -> u32 {
    loop {
        let seq = SEQ.load(Ordering::SeqCst);
        if let Some(sig) = take() {
            return sig;
        }
        RECEIVING.store(true, Ordering::SeqCst);
        crate::sched::entersyscall();
        if take_peek_empty() {
            futex_wait(&SEQ, seq);
        }
        crate::sched::exitsyscall();
        RECEIVING.store(false, Ordering::SeqCst);
    }
}

/// Whether nothing is pending.
fn take_peek_empty() -> bool {
    PENDING.iter().all(|w| w.load(Ordering::SeqCst) == 0)
}

/// `sigidle() bool`: no delivery in progress and the receiver asleep with
/// nothing pending (signalWaitUntilIdle's condition).
#[export_name = "runtime.sigidle"]
pub extern "C" fn sigidle() -> bool {
    DELIVERING.load(Ordering::SeqCst) == 0 && RECEIVING.load(Ordering::SeqCst) && take_peek_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_signals_come_out_lowest_first_once() {
        add(&WANTED, 10);
        add(&WANTED, 3);
        assert!(sigsend(10));
        assert!(sigsend(3));
        assert!(sigsend(3));
        assert!(!sigsend(11));
        assert_eq!(take(), Some(3));
        assert_eq!(take(), Some(10));
        assert_eq!(take(), None);
        remove(&WANTED, 10);
        remove(&WANTED, 3);
    }
}
