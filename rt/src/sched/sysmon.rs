//! sysmon: the monitor thread (Go's `sysmon`), which runs without a P.
//!
//! Every `TICK` it looks at each P that an M holds: when the P's
//! `schedtick` has not moved for `FORCE_PREEMPT_NS`, the goroutine on it
//! has run that long without a scheduling point, so sysmon requests a
//! cooperative preemption: it sets `g.preempt` and poisons `g.stackguard0`,
//! so the goroutine's next prologue or loop back-edge enters `morestack`,
//! which yields to the scheduler (`gopreempt`); when the goroutine is still
//! there a tick later, sysmon signals its M (`preempt`, asynchronous
//! preemption) every tick until it yields. Gs are never freed, so a
//! request that races with the goroutine switching only preempts some
//! other goroutine early, which is harmless. While every P is idle sysmon
//! sleeps longer and longer, up to 10 ms.

use core::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::proc::allp;
use super::STACK_PREEMPT;

/// Go's `forcePreemptNS`: a time slice.
const FORCE_PREEMPT_NS: u128 = 10_000_000;
/// The polling period while some P runs Go code.
const TICK: Duration = Duration::from_millis(2);
/// The longest sleep, when every P has been idle for a while (Go backs
/// off to 10 ms too).
const IDLE_TICK_MAX: Duration = Duration::from_millis(10);

/// What sysmon last saw of a P: its `schedtick`, since when, and whether
/// it asked the goroutine there to yield.
#[derive(Clone, Copy)]
struct Seen {
    tick: u32,
    since: Instant,
    asked: bool,
}

pub fn start() {
    let _ = std::thread::Builder::new()
        .name("sysmon".into())
        .stack_size(64 << 10)
        .spawn(sysmon);
}

fn sysmon() {
    let mut seen: Vec<Seen> = Vec::new();
    let mut delay = TICK;
    loop {
        std::thread::sleep(delay);
        let now = Instant::now();
        seen.resize(
            allp().len(),
            Seen {
                tick: 0,
                since: now,
                asked: false,
            },
        );
        let mut busy = false;
        for (i, &pp) in allp().iter().enumerate() {
            // SAFETY: Ps are never freed.
            let pp = unsafe { &*pp };
            let tick = pp.schedtick.load(Ordering::Relaxed);
            let m = pp.m.load(Ordering::SeqCst);
            busy |= !m.is_null();
            let s = &mut seen[i];
            if m.is_null() || tick != s.tick {
                *s = Seen {
                    tick,
                    since: now,
                    asked: false,
                };
            } else if s.asked {
                // Asked a tick ago and still running: a loop without
                // calls, or polls turned off.
                // SAFETY: Ms are never freed and a P's M has started.
                unsafe { super::preempt::signal_m(m) };
            } else if now.duration_since(s.since).as_nanos() >= FORCE_PREEMPT_NS {
                preemptone(m);
                s.asked = true;
            }
        }
        delay = if busy {
            TICK
        } else {
            (delay * 2).min(IDLE_TICK_MAX)
        };
    }
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
