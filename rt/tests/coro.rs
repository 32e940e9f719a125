//! Coroutines (iter.Pull's direct switch) with real goroutines: links
//! `c/coro_test.c` (a C stand-in for compiled code that creates
//! coroutines and switches through the park stub) against the runtime and
//! runs each mode at GOMAXPROCS=1 and 4.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The test program, built once.
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    common::pinned_program(&PROGRAM, "coro_test.c", "rt_coro_test")
}

/// `mode` prints `want` and exits 0 at GOMAXPROCS=1 and 4.
fn check(mode: &str, want: &str) {
    common::check_modes(program(), mode, want)
}

/// `mode` dies with `want` (a prefix of the output) and status 2.
fn check_fatal(mode: &str, want: &str) {
    for procs in ["1", "4"] {
        let (out, code) = common::run_procs(program(), mode, procs);
        assert!(
            out.starts_with(want) && code == 2,
            "mode {mode}, GOMAXPROCS={procs}: {code} {out:?}"
        );
    }
}

/// Main and a coroutine alternate strictly; the coroutine's goroutine
/// counts while it lives and is gone after it ends.
#[test]
fn switches_alternate() {
    check(
        "pingpong",
        "goroutines 1\nturns 100000\nout of turn 0\ngoroutines 0\n",
    );
}

/// Several goroutines, one after another (on any M), switch on one
/// coroutine.
#[test]
fn any_goroutine_may_switch() {
    check("goroutines", "turns 30000\n");
}

/// Independent coroutine pairs switch concurrently.
#[test]
fn pairs_switch_concurrently() {
    check("pairs", "turns 200000\n");
}

/// A coroutine body that sleeps and waits on a semaphore parks as an
/// ordinary goroutine; the switcher stays blocked in the coroutine.
#[test]
fn coroutine_body_may_park() {
    check("blocking", "body woke\nmain resumed\nended\n");
}

/// A switch on an ended coroutine is Go's fatal error.
#[test]
fn switch_after_exit_is_fatal() {
    check_fatal(
        "exited",
        "switching again\nfatal error: coroswitch on exited coro\n",
    );
}

/// A goroutine blocked in a suspended coroutine is asleep: deadlock
/// detection still fires, naming the blocked main goroutine's reason.
#[test]
fn suspended_coroutine_is_asleep() {
    check_fatal(
        "deadlock",
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n",
    );
    check_fatal(
        "deadlockinside",
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [coroutine]:\n",
    );
}
