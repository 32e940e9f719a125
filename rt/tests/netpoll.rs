//! The network poller with real goroutines: links `c/netpoll_test.c` (a C
//! stand-in for internal/poll: non-blocking pipes whose reads and writes
//! wait in `runtime.netpollWait` on EAGAIN) against the runtime and runs
//! each mode at GOMAXPROCS=1 and 4.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The test program, built once.
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    common::pinned_program(&PROGRAM, "netpoll_test.c", "rt_netpoll_test")
}

fn run(mode: &str, procs: &str) -> (String, i32) {
    common::run_procs(program(), mode, procs)
}

/// `mode` prints `want` and exits 0 at GOMAXPROCS=1 and 4.
fn check(mode: &str, want: &str) {
    common::check_modes(program(), mode, want)
}

/// Nine goroutines joined in a ring of pipes pass a token 200 times: each
/// read parks until the previous goroutine writes.
#[test]
fn pipe_ring_passes_token() {
    check("ring", "token hops 1600\n");
}

/// A writer that fills a pipe waits for room; a late reader drains a
/// megabyte in order.
#[test]
fn full_pipe_blocks_writer() {
    check("bulk", "read 1048576\nbad 0\nwrote 1048576\n");
}

/// A goroutine blocked on a pipe parks; the only M goes on running main.
#[test]
fn blocked_reader_frees_the_m() {
    check("notm", "main runs\nreader got x\n");
}

/// Read deadlines expire (and stay expired until cleared), can be moved
/// later or into the past while a reader waits; 'r'+'w' expires both.
#[test]
fn deadlines_expire() {
    check(
        "deadline",
        "timeout -102\nin time\nstill expired 2\nwrite unaffected 0\ncleared 0\n\
         extended read 1\npast deadline -102\nat once\ncombo read -102\ncombo write 2\n",
    );
}

/// Fifty goroutines with their own deadlines all time out.
#[test]
fn many_deadlines_expire() {
    check("many", "timeouts 50\n");
}

/// Sixteen pairs ping-pong over pipes, re-arming read deadlines around
/// every read, some writers sleeping: no wakeup is lost.
#[test]
fn pingpong_with_deadline_churn() {
    check("pingpong", "lost 0\n");
}

/// Closing wakes a blocked reader with "closing"; a reused descriptor
/// record starts clean; end of file after the writer closes.
#[test]
fn close_wakes_reader_and_record_is_reused() {
    check(
        "close",
        "closed read -101\nreset after close 1\nreused\nreopened reset 0\nreopened read 1\neof 0\n",
    );
}

/// A regular file cannot be polled (EPERM); the poller's own epoll and
/// eventfd descriptors are poll descriptors.
#[test]
fn open_errors_and_poll_descriptors() {
    check(
        "openerr",
        "errno 1\npd 0\nfd is poll descriptor 0\npoll descriptors 2\n",
    );
}

/// Waiting a second for a write from a thread outside the scheduler (no
/// timer pending) costs almost no CPU and is not a deadlock: the idle M
/// sleeps in epoll_wait.
#[test]
fn waiting_on_poller_burns_no_cpu() {
    for procs in ["1", "4"] {
        let (out, code) = run("cpu", procs);
        assert_eq!(code, 0, "{out}");
        let cpu_us: u64 = out
            .strip_prefix("outside read 1\nwaited ")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| panic!("unexpected output {out:?}"));
        assert!(cpu_us < 100_000, "GOMAXPROCS={procs}: {cpu_us} µs of CPU");
    }
}

/// Descriptors registered but nobody waiting on them: main blocked for
/// good is Go's deadlock.
#[test]
fn poller_without_waiters_is_deadlock() {
    for procs in ["1", "4"] {
        let (out, code) = run("deadlock", procs);
        assert_eq!(
            (out.as_str(), code),
            (
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n",
                2
            )
        );
    }
}
