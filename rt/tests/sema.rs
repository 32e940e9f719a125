//! The semaphore table, notify lists and timers with real goroutines:
//! links `c/sema_test.c` (a C stand-in for compiled code that starts
//! goroutines and calls the blocking entries through their park stubs)
//! against the runtime and runs each mode at GOMAXPROCS=1 and 4.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The test program, built once.
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    common::pinned_program(&PROGRAM, "sema_test.c", "rt_sema_test")
}

fn run(mode: &str, procs: &str) -> (String, i32) {
    common::run_procs(program(), mode, procs)
}

/// `mode` prints `want` and exits 0 at GOMAXPROCS=1 and 4.
fn check(mode: &str, want: &str) {
    common::check_modes(program(), mode, want)
}

/// Eight goroutines increment a plain counter under a semaphore used as a
/// mutex (some waiters LIFO, some releases handing off, some sleeping while
/// holding it): no update is lost.
#[test]
fn semaphore_excludes() {
    check("mutex", "16000\n");
}

/// Notify-list tickets: early notification, oldest ticket first, NotifyAll.
#[test]
fn notify_list_wakes_by_ticket() {
    check("cond", "early notify returns\n1 2 3 8\n");
}

/// A hand-off release runs the woken waiter before the releaser goes on
/// and gives it the count; a plain release lets the releaser go first.
#[test]
fn handoff_runs_waiter_next() {
    let (out, code) = run("handoff", "1");
    assert_eq!((out.as_str(), code), ("waiter\nreleaser\n0\n", 0));
    let (out, code) = run("nohandoff", "1");
    assert_eq!((out.as_str(), code), ("releaser\nwaiter\n0\n", 0));
}

/// Twenty sleeping goroutines all wake, none early, in about the time of
/// the longest sleep.
#[test]
fn sleepers_wake_in_time() {
    check("sleep", "0 in time\n");
}

/// Sleeping a second costs almost no CPU: idle Ms wait on a futex until
/// the next timer instead of spinning.
#[test]
fn sleeping_burns_no_cpu() {
    for procs in ["1", "4"] {
        let (out, code) = run("sleepcpu", procs);
        assert_eq!(code, 0, "{out}");
        let cpu_us: u64 = out
            .strip_prefix("slept ")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| panic!("unexpected output {out:?}"));
        assert!(cpu_us < 100_000, "GOMAXPROCS={procs}: {cpu_us} µs of CPU");
    }
}

/// Every goroutine blocked on a semaphore is Go's deadlock, with the wait
/// reason of the semaphore's user.
#[test]
fn blocked_on_semaphore_is_deadlock() {
    for procs in ["1", "4"] {
        let (out, code) = run("mutexdeadlock", procs);
        assert_eq!(
            (out.as_str(), code),
            (
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.Mutex.Lock]:\n",
                2
            )
        );
    }
}

/// A sleeping goroutine is not a deadlock; once it is gone, main blocked
/// on a semaphore is.
#[test]
fn sleeping_is_not_deadlock() {
    for procs in ["1", "4"] {
        let (out, code) = run("sleepthendeadlock", procs);
        assert_eq!(
            (out.as_str(), code),
            (
                "woke\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n",
                2
            )
        );
    }
}
