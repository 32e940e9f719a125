//! sysmon: the monitor thread (Go's `sysmon`), which runs without a P.
//!
//! It sleeps 20 µs between rounds while it finds things to do, doubling
//! the sleep after 50 idle rounds up to 10 ms, as Go's does. Each round
//! (`retake`) it takes Ps from Ms that stay in a system call for a round
//! (`syscall::retake`), and looks at each P that an M holds: when the P's
//! `schedtick` has not moved for `FORCE_PREEMPT_NS`, the goroutine on it
//! has run that long without a scheduling point, so sysmon requests a
//! cooperative preemption: it sets `g.preempt` and poisons `g.stackguard0`,
//! so the goroutine's next prologue or loop back-edge enters `morestack`,
//! which yields to the scheduler (`gopreempt`); when the goroutine is still
//! there a tick later, sysmon signals its M (`preempt`, asynchronous
//! preemption) every tick until it yields. Gs are never freed, so a
//! request that races with the goroutine switching only preempts some
//! other goroutine early, which is harmless. With `GODEBUG=schedtrace=N`
//! it also prints Go's `SCHED` line every N ms (`trace`). When no M has
//! polled the network for 10 ms, sysmon polls it (`netpoll::sysmon_poll`)
//! and queues the goroutines it readied.

use core::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::proc::allp;
use super::runq::P_SYSCALL;
use super::STACK_PREEMPT;

/// Go's `forcePreemptNS`: a time slice.
const FORCE_PREEMPT: Duration = Duration::from_millis(10);
/// A P in one system call this long is retaken even when nothing waits.
const SYSCALL_RETAKE_MAX: Duration = Duration::from_millis(10);
/// sysmon's shortest and longest sleeps (Go's 20 µs and 10 ms).
const MIN_DELAY: Duration = Duration::from_micros(20);
const MAX_DELAY: Duration = Duration::from_millis(10);
/// The time between two preemption signals to one goroutine.
const SIGNAL_GAP: Duration = Duration::from_millis(1);
/// Rounds without action before the sleep starts doubling (Go's 50).
const IDLE_ROUNDS: u32 = 50;

/// What sysmon last saw of a P: its `schedtick`, since when, whether it
/// asked the goroutine there to yield (and when to signal it next); its
/// `syscalltick` and since when.
#[derive(Clone, Copy)]
struct Seen {
    tick: u32,
    since: Instant,
    asked: bool,
    next_signal: Instant,
    syscalltick: u32,
    syscallsince: Instant,
}

pub fn start() {
    let _ = std::thread::Builder::new()
        .name("sysmon".into())
        .stack_size(256 << 10)
        .spawn(sysmon);
}

fn sysmon() {
    let mut seen: Vec<Seen> = Vec::new();
    let mut delay = MIN_DELAY;
    let mut idle = 0u32;
    let trace = super::trace::Trace::from_env();
    loop {
        std::thread::sleep(delay);
        let now = Instant::now();
        seen.resize(
            allp().len(),
            Seen {
                tick: 0,
                since: now,
                asked: false,
                next_signal: now,
                syscalltick: 0,
                syscallsince: now,
            },
        );
        // Descriptors ready while every M is busy (none polled for 10 ms).
        let polled = crate::netpoll::sysmon_poll();
        let acted = retake(&mut seen, now) || polled;
        idle = if acted { 0 } else { idle + 1 };
        delay = if idle == 0 {
            MIN_DELAY
        } else if idle > IDLE_ROUNDS {
            (delay * 2).min(MAX_DELAY)
        } else {
            delay
        };
        if let Some(t) = &trace {
            t.tick(now);
        }
    }
}

/// Go's `retake`: takes Ps from long system calls and preempts goroutines
/// that ran a whole time slice. Whether it did anything.
fn retake(seen: &mut [Seen], now: Instant) -> bool {
    let mut acted = false;
    for (s, &pp) in seen.iter_mut().zip(allp()) {
        // SAFETY: Ps are never freed.
        let pp = unsafe { &*pp };
        let sctick = pp.syscalltick.load(Ordering::SeqCst);
        if pp.status.load(Ordering::SeqCst) == P_SYSCALL {
            if sctick != s.syscalltick {
                // First seen in this call: it gets one sysmon round.
                s.syscalltick = sctick;
                s.syscallsince = now;
            } else {
                let long = now.duration_since(s.syscallsince) >= SYSCALL_RETAKE_MAX;
                acted |= super::syscall::retake(pp, long);
            }
            continue;
        }
        s.syscalltick = sctick;
        acted |= preempt_long_running(pp, s, now);
    }
    acted
}

/// Asks the goroutine on `pp` to yield when it has run a time slice, and
/// signals its M when it did not yield within a round. Whether it did.
fn preempt_long_running(pp: &super::P, s: &mut Seen, now: Instant) -> bool {
    let tick = pp.schedtick.load(Ordering::Relaxed);
    let m = pp.m.load(Ordering::SeqCst);
    if m.is_null() || tick != s.tick {
        s.tick = tick;
        s.since = now;
        s.asked = false;
        return false;
    }
    if s.asked {
        if now < s.next_signal {
            return false;
        }
        // Asked a round ago and still running: a loop without calls. The
        // signal may land outside Go code; it is repeated every SIGNAL_GAP.
        // SAFETY: Ms are never freed and a P's M has started.
        unsafe { super::preempt::signal_m(m) };
        s.next_signal = now + SIGNAL_GAP;
        return true;
    }
    if now.duration_since(s.since) >= FORCE_PREEMPT {
        preemptone(m);
        s.asked = true;
        s.next_signal = now;
        return true;
    }
    false
}

/// Requests that the goroutine running on `m` (if any) yields.
pub(super) fn preemptone(m: *mut super::M) {
    if m.is_null() {
        return;
    }
    // SAFETY: Ms and Gs are never freed; `curg` may be stale (see above).
    unsafe {
        let gp = (*m).curg.load(Ordering::SeqCst);
        if gp.is_null() {
            return;
        }
        (*gp).preempt.store(true, Ordering::SeqCst);
        (*gp).stackguard0.store(STACK_PREEMPT, Ordering::SeqCst);
    }
}
