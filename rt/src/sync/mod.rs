//! The runtime's own locks and notes (Go's `lock_futex.go`).
//!
//! `Lock` is a futex mutex: 0 unlocked, 1 locked, 2 locked with possible
//! sleepers. Unlike `std::sync::Mutex` it has no guard: the runtime takes a
//! lock on a goroutine stack and may release it on g0 after the goroutine
//! parked (`gopark`'s unlock function), so locking and unlocking are plain
//! calls. Both must happen on the same M, and a goroutine never parks while
//! holding one (except through `gopark`, which releases it on g0).
//!
//! `Note` is a one-shot wakeup (Go's `note`): one M sleeps in `notesleep`
//! until another calls `notewakeup`; `noteclear` re-arms it. Idle Ms sleep on
//! their note, so an idle M costs no CPU.

use core::sync::atomic::{AtomicU32, Ordering};

/// A futex-based mutual exclusion lock (Go's `mutex`).
#[repr(C)]
pub struct Lock {
    key: AtomicU32,
}

const UNLOCKED: u32 = 0;
const LOCKED: u32 = 1;
const SLEEPING: u32 = 2;
/// Spins before sleeping in the kernel.
const ACTIVE_SPIN: u32 = 64;

impl Lock {
    pub const fn new() -> Lock {
        Lock {
            key: AtomicU32::new(UNLOCKED),
        }
    }

    pub fn lock(&self) {
        if self
            .key
            .compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            return;
        }
        self.lock_slow();
    }

    #[cold]
    fn lock_slow(&self) {
        for _ in 0..ACTIVE_SPIN {
            if self.key.load(Ordering::Relaxed) == UNLOCKED
                && self
                    .key
                    .compare_exchange(UNLOCKED, LOCKED, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
            core::hint::spin_loop();
        }
        while self.key.swap(SLEEPING, Ordering::Acquire) != UNLOCKED {
            futex_wait(&self.key, SLEEPING);
        }
    }

    pub fn unlock(&self) {
        if self.key.swap(UNLOCKED, Ordering::Release) == SLEEPING {
            futex_wake(&self.key, 1);
        }
    }
}

impl Default for Lock {
    fn default() -> Self {
        Lock::new()
    }
}

/// A one-shot sleep/wakeup between Ms (Go's `note`).
#[repr(C)]
pub struct Note {
    key: AtomicU32,
}

impl Note {
    pub const fn new() -> Note {
        Note {
            key: AtomicU32::new(0),
        }
    }

    pub fn clear(&self) {
        self.key.store(0, Ordering::Relaxed);
    }

    pub fn wakeup(&self) {
        if self.key.swap(1, Ordering::Release) == 0 {
            futex_wake(&self.key, 1);
        }
    }

    pub fn sleep(&self) {
        while self.key.load(Ordering::Acquire) == 0 {
            futex_wait(&self.key, 0);
        }
    }

    /// Sleeps until woken or `ns` nanoseconds passed; whether it was woken.
    pub fn sleep_timeout(&self, ns: i64) -> bool {
        if self.key.load(Ordering::Acquire) == 0 {
            let ts = libc::timespec {
                tv_sec: (ns / 1_000_000_000) as libc::time_t,
                tv_nsec: (ns % 1_000_000_000) as libc::c_long,
            };
            futex(
                &self.key,
                libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
                0,
                &ts,
            );
        }
        self.key.load(Ordering::Acquire) != 0
    }
}

impl Default for Note {
    fn default() -> Self {
        Note::new()
    }
}

fn futex(key: &AtomicU32, op: libc::c_int, val: u32, ts: *const libc::timespec) {
    // SAFETY: `key` is a live, aligned u32; the kernel only reads it (WAIT)
    // or uses its address as a wait-queue key (WAKE).
    unsafe {
        libc::syscall(libc::SYS_futex, key.as_ptr(), op, val, ts);
    }
}

/// Sleeps while `*key == val` (spurious wakeups possible).
pub fn futex_wait(key: &AtomicU32, val: u32) {
    futex(
        key,
        libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
        val,
        core::ptr::null(),
    );
}

/// Wakes up to `n` threads sleeping on `key`.
pub fn futex_wake(key: &AtomicU32, n: u32) {
    futex(
        key,
        libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
        n,
        core::ptr::null(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn lock_excludes() {
        struct Shared {
            l: Lock,
            n: core::cell::UnsafeCell<u64>,
        }
        // SAFETY: `n` is only touched under `l`.
        unsafe impl Sync for Shared {}
        let s = Arc::new(Shared {
            l: Lock::new(),
            n: core::cell::UnsafeCell::new(0),
        });
        let ts: Vec<_> = (0..4)
            .map(|_| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for _ in 0..10000 {
                        s.l.lock();
                        // SAFETY: the lock is held.
                        unsafe { *s.n.get() += 1 };
                        s.l.unlock();
                    }
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        // SAFETY: every thread finished.
        assert_eq!(unsafe { *s.n.get() }, 40000);
    }

    #[test]
    fn note_wakes_sleeper() {
        let n = Arc::new(Note::new());
        let n2 = n.clone();
        let t = std::thread::spawn(move || n2.sleep());
        n.wakeup();
        t.join().unwrap();
        n.clear();
        assert!(!n.sleep_timeout(1_000_000));
    }
}
