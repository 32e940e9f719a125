//! Clocks and timers (Go's `time.go`, `timeSleep` and the timer parts of
//! `proc.go`'s `findRunnable`).
//!
//! Every P owns a timer heap (`Timers`): a 4-ary min-heap of `Timer`s
//! ordered by `when` (a `nanotime` instant), guarded by the heap's lock,
//! with the earliest `when` mirrored in `when0` (0: empty) so that anyone
//! can see without locking whether a heap has work due. A timer is added
//! to the heap of the P that sets it; it fires on whichever M runs that
//! heap's due timers: the scheduler (`checktimers`, at the top of every
//! `findrunnable` round) runs its own P's due timers, and, when its local
//! run queue is empty, those of every other P, so timers on a P that sits
//! idle still fire. A timer's function runs on the M's g0 stack with a P
//! held and no lock held; it may ready goroutines (they go on the running
//! P's queue) and, for a one-shot timer, free the timer.
//!
//! Idle Ms do not spin. When an M finds no work, one of the idle Ms
//! becomes the timer waiter (`sleep_until_next_timer`): it sleeps on
//! `TIMER_NOTE` only until the earliest `when` of all heaps, then takes an
//! idle P and looks for work again; every other idle M sleeps on its own
//! note indefinitely. Adding a timer earlier than the waiter's deadline
//! wakes the waiter; adding one while nobody waits wakes an idle P's M
//! (`wakep`), which becomes the waiter if nothing else is to be done. An M
//! sleeping as the waiter is not idle, so a sleeping goroutine is never
//! reported as a deadlock; once no timer is left, the last M going idle
//! reports it as before. Once the network poller exists (`crate::netpoll`),
//! the waiter sleeps in `epoll_wait` instead (until the next timer, or for
//! good while goroutines wait on descriptors only), and adding an earlier
//! timer interrupts that poll too.
//!
//! Invariants:
//! - `t.ts` names the heap holding `t` (null: none) and `t.idx` its slot;
//!   both change only under that heap's lock. Whoever removes a timer takes
//!   the lock of the heap it read in `t.ts` and re-checks `t.ts` under it.
//! - Lock order: a timer's `lock` (held by stop/reset, and by a channel
//!   timer's function), then a heap's lock. The run loop holds only the
//!   heap's lock and releases it around each function call.
//! - `t.seq` grows on every stop and reset, and each run passes the value
//!   it saw when it took the timer off the heap, so a function that locks
//!   the timer can tell that the run it belongs to was cancelled meanwhile
//!   (Go 1.23's synchronous timer channels rely on this).

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU64, AtomicUsize, Ordering};

use crate::sched::{getg, getm, gopark, ready, wakep, WaitReason, G, P};
use crate::sync::{Lock, Note};

/// The most Ps there can be (GOMAXPROCS is capped here too).
pub const MAX_PROCS: usize = 1024;

/// The latest `when`: timers set further out saturate to it (Go's `maxWhen`).
pub const MAX_WHEN: i64 = i64::MAX;

/// A timer's function: `f(t, seq, delta)` with `delta` how late it runs.
pub type TimerFunc = unsafe fn(t: *mut Timer, seq: u64, delta: i64);

/// A runtime timer (Go's `timer`).
pub struct Timer {
    /// Serialises `timer_reset` and `timer_stop` (and channel sends).
    pub lock: Lock,
    when: i64,
    /// Nonzero: fire again every `period` nanoseconds (tickers).
    period: i64,
    f: TimerFunc,
    /// The function's own data (a goroutine, a channel, a funcval).
    pub arg: *mut u8,
    seq: AtomicU64,
    ts: AtomicPtr<Timers>,
    idx: usize,
}

impl Timer {
    pub fn new(f: TimerFunc, arg: *mut u8) -> Timer {
        Timer {
            lock: Lock::new(),
            when: 0,
            period: 0,
            f,
            arg,
            seq: AtomicU64::new(0),
            ts: AtomicPtr::new(core::ptr::null_mut()),
            idx: 0,
        }
    }

    /// The current sequence number (compare with a run's `seq`).
    pub fn seq(&self) -> u64 {
        self.seq.load(Ordering::SeqCst)
    }
}

/// A P's timer heap (Go's `timers`).
pub struct Timers {
    lock: Lock,
    heap: UnsafeCell<Vec<*mut Timer>>,
    /// The earliest `when` in the heap, 0 when it is empty.
    when0: AtomicI64,
}

// SAFETY: `heap` and the `when`/`idx` of the timers in it are only touched
// under `lock`.
unsafe impl Sync for Timers {}

impl Timers {
    pub const fn new() -> Timers {
        Timers {
            lock: Lock::new(),
            heap: UnsafeCell::new(Vec::new()),
            when0: AtomicI64::new(0),
        }
    }

    /// # Safety
    /// The lock is held.
    #[allow(clippy::mut_from_ref)]
    unsafe fn heap(&self) -> &mut Vec<*mut Timer> {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut *self.heap.get() }
    }

    /// Adds `t` (in no heap) to this heap.
    ///
    /// # Safety
    /// `t` is live, in no heap, and stays live while in it.
    pub unsafe fn add(&self, t: *mut Timer) {
        self.lock.lock();
        // SAFETY: the lock is held; guaranteed by the caller.
        unsafe { self.push(t) };
        self.lock.unlock();
    }

    /// # Safety
    /// The lock is held; `t` is live and in no heap.
    unsafe fn push(&self, t: *mut Timer) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let h = self.heap();
            (*t).idx = h.len();
            (*t).ts
                .store(self as *const Timers as *mut Timers, Ordering::SeqCst);
            h.push(t);
            self.sift_up(h.len() - 1);
            self.update_when0();
        }
    }

    /// Takes the timer in slot `i` out of the heap.
    ///
    /// # Safety
    /// The lock is held and `i` is a slot of the heap.
    unsafe fn remove_at(&self, i: usize) -> *mut Timer {
        // SAFETY: guaranteed by the caller; timers in the heap are live.
        unsafe {
            let h = self.heap();
            let t = h.swap_remove(i);
            (*t).ts.store(core::ptr::null_mut(), Ordering::SeqCst);
            if i < h.len() {
                (*h[i]).idx = i;
                self.sift_down(i);
                self.sift_up(i);
            }
            self.update_when0();
            t
        }
    }

    /// # Safety
    /// The lock is held.
    unsafe fn update_when0(&self) {
        // SAFETY: guaranteed by the caller; timers in the heap are live.
        let w = unsafe { self.heap().first().map_or(0, |&t| (*t).when) };
        self.when0.store(w, Ordering::SeqCst);
    }

    /// # Safety
    /// The lock is held; `i` is a slot.
    unsafe fn sift_up(&self, mut i: usize) {
        // SAFETY: guaranteed by the caller; timers in the heap are live.
        unsafe {
            let h = self.heap();
            while i > 0 {
                let p = (i - 1) / 4;
                if (*h[p]).when <= (*h[i]).when {
                    break;
                }
                self.swap(i, p);
                i = p;
            }
        }
    }

    /// # Safety
    /// The lock is held; `i` is a slot.
    unsafe fn sift_down(&self, mut i: usize) {
        // SAFETY: guaranteed by the caller; timers in the heap are live.
        unsafe {
            let h = self.heap();
            loop {
                let first = 4 * i + 1;
                let mut min = i;
                for c in first..(first + 4).min(h.len()) {
                    if (*h[c]).when < (*h[min]).when {
                        min = c;
                    }
                }
                if min == i {
                    return;
                }
                self.swap(i, min);
                i = min;
            }
        }
    }

    /// # Safety
    /// The lock is held; `a` and `b` are slots.
    unsafe fn swap(&self, a: usize, b: usize) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let h = self.heap();
            h.swap(a, b);
            (*h[a]).idx = a;
            (*h[b]).idx = b;
        }
    }

    /// Runs the timers due at `now`; whether it ran any.
    pub fn run_due(&self, now: i64) -> bool {
        let w = self.when0.load(Ordering::SeqCst);
        if w == 0 || w > now {
            return false;
        }
        let mut ran = false;
        self.lock.lock();
        loop {
            // SAFETY: the lock is held; timers in the heap are live.
            let due = unsafe {
                match self.heap().first() {
                    Some(&t) if (*t).when <= now => Some(self.take_due(t, now)),
                    _ => None,
                }
            };
            let Some((t, f, seq, delta)) = due else { break };
            self.lock.unlock();
            // SAFETY: the timer left the heap (or was re-armed) under the
            // lock; its function owns it now.
            unsafe { f(t, seq, delta) };
            ran = true;
            self.lock.lock();
        }
        self.lock.unlock();
        ran
    }

    /// Takes the due head `t` off the heap, re-arming a periodic timer;
    /// what to call for it.
    ///
    /// # Safety
    /// The lock is held and `t` is the heap's head.
    unsafe fn take_due(&self, t: *mut Timer, now: i64) -> (*mut Timer, TimerFunc, u64, i64) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let delta = now - (*t).when;
            let run = ((*t).f, (*t).seq.load(Ordering::SeqCst));
            self.remove_at(0);
            if (*t).period > 0 {
                let periods = 1 + delta / (*t).period;
                (*t).when = (*t)
                    .when
                    .saturating_add(periods.saturating_mul((*t).period));
                self.push(t);
            }
            (t, run.0, run.1, delta)
        }
    }
}

impl Default for Timers {
    fn default() -> Self {
        Timers::new()
    }
}

/// The timer heap of each P, by P id.
static TIMERS: [Timers; MAX_PROCS] = [const { Timers::new() }; MAX_PROCS];
/// One past the highest P id whose heap was ever used: scans stop there.
/// It does not follow GOMAXPROCS, so timers left on a P that a lower
/// GOMAXPROCS retired still fire (run by the remaining Ps).
static NHEAPS: AtomicUsize = AtomicUsize::new(0);

fn timers_of(pp: &P) -> &'static Timers {
    NHEAPS.fetch_max(pp.id + 1, Ordering::SeqCst);
    &TIMERS[pp.id]
}

/// The heaps that may hold timers.
fn used_heaps() -> &'static [Timers] {
    &TIMERS[..NHEAPS.load(Ordering::SeqCst)]
}

/// The running M's P's timer heap.
fn current_timers() -> &'static Timers {
    // SAFETY: the caller runs Go code or the scheduler with a P held.
    timers_of(unsafe { &*(*getm()).p })
}

/// Takes `t` out of the heap it is in; whether it was in one (pending).
///
/// # Safety
/// `t` is live.
unsafe fn unheap(t: *mut Timer) -> bool {
    loop {
        // SAFETY: guaranteed by the caller.
        let ts = unsafe { (*t).ts.load(Ordering::SeqCst) };
        if ts.is_null() {
            return false;
        }
        // SAFETY: heaps are static.
        let ts = unsafe { &*ts };
        ts.lock.lock();
        // SAFETY: the lock is held; `t.ts` is re-checked under it.
        unsafe {
            if core::ptr::eq((*t).ts.load(Ordering::SeqCst), ts) {
                ts.remove_at((*t).idx);
                ts.lock.unlock();
                return true;
            }
        }
        ts.lock.unlock();
    }
}

/// Arms `t` to fire at `when` (and every `period` after, if nonzero) on
/// the current P, cancelling a pending firing; whether one was pending
/// (Go's `timer.modify`).
///
/// # Safety
/// `t` is live until it fires or is stopped; the caller holds a P.
pub unsafe fn timer_reset(t: *mut Timer, when: i64, period: i64) -> bool {
    // SAFETY: guaranteed by the caller.
    let pending = unsafe {
        (*t).lock.lock();
        let pending = unheap(t);
        (*t).seq.fetch_add(1, Ordering::SeqCst);
        (*t).when = when;
        (*t).period = period;
        current_timers().add(t);
        (*t).lock.unlock();
        pending
    };
    timer_added(when);
    pending
}

/// Disarms `t`; whether it was pending (Go's `timer.stop`). A run that
/// already took `t` off its heap sees a newer `seq`.
///
/// # Safety
/// `t` is live.
pub unsafe fn timer_stop(t: *mut Timer) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*t).lock.lock();
        let pending = unheap(t);
        (*t).seq.fetch_add(1, Ordering::SeqCst);
        (*t).lock.unlock();
        pending
    }
}

/// Whether an idle M sleeps for the timers.
static TIMER_WAITER: AtomicBool = AtomicBool::new(false);
/// When the timer waiter wakes up by itself.
static POLL_UNTIL: AtomicI64 = AtomicI64::new(MAX_WHEN);
static TIMER_NOTE: Note = Note::new();

/// Makes sure a timer due at `when` is noticed: wakes the timer waiter if
/// it sleeps past `when`, or starts an M when nobody waits (Go's
/// `wakeNetPoller`).
fn timer_added(when: i64) {
    if TIMER_WAITER.load(Ordering::SeqCst) {
        if when < POLL_UNTIL.load(Ordering::SeqCst) {
            TIMER_NOTE.wakeup();
            // The waiter may sleep in the network poller instead.
            crate::netpoll::netpoll_break();
        }
    } else {
        wakep();
    }
}

/// Wakes the timer waiter if it sleeps on its note, so that it looks
/// again at what to wait for (the network poller, once it exists).
pub fn wake_timer_waiter() {
    if TIMER_WAITER.load(Ordering::SeqCst) {
        TIMER_NOTE.wakeup();
    }
}

/// The earliest `when` over every P's heap (0: no timers).
fn next_when() -> i64 {
    used_heaps()
        .iter()
        .map(|ts| ts.when0.load(Ordering::SeqCst))
        .filter(|&w| w != 0)
        .min()
        .unwrap_or(0)
}

/// Runs the due timers of `pp`, and of every other P when `pp` has
/// nothing else queued (the scheduler calls it before looking for work).
pub fn checktimers(pp: &P) {
    let mut now = 0;
    let own = timers_of(pp);
    if own.when0.load(Ordering::SeqCst) != 0 {
        now = nanotime();
        own.run_due(now);
    }
    if !pp.runqempty() {
        return;
    }
    for ts in used_heaps() {
        if ts.when0.load(Ordering::SeqCst) != 0 && !core::ptr::eq(ts, own) {
            if now == 0 {
                now = nanotime();
            }
            ts.run_due(now);
        }
    }
}

/// Called by an M with no work and no P: if no other M is the timer waiter
/// and something may make a goroutine runnable later (a timer, or a
/// goroutine waiting on the network poller), waits for it and returns true:
/// the caller then takes an idle P and looks for work again. Returns false
/// at once otherwise. It waits in the network poller (`crate::netpoll`),
/// until the earliest timer or forever, once the poller exists and a timer
/// or a descriptor waiter is pending (Go: `netpollinited() &&
/// (netpollAnyWaiters() || pollUntil != 0)`), else on `TIMER_NOTE` until
/// the earliest timer. Adding an earlier timer wakes either sleep.
pub fn sleep_until_next_timer() -> bool {
    loop {
        if TIMER_WAITER
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return false;
        }
        TIMER_NOTE.clear();
        POLL_UNTIL.store(MAX_WHEN, Ordering::SeqCst);
        let next = next_when();
        let poll = crate::netpoll::inited() && (crate::netpoll::any_waiters() || next != 0);
        if next == 0 && !poll {
            TIMER_WAITER.store(false, Ordering::SeqCst);
            // A timer or a poller waiter that came after the check above
            // saw the waiter role taken and counted on it: take it again.
            if next_when() != 0 || (crate::netpoll::inited() && crate::netpoll::any_waiters()) {
                continue;
            }
            return false;
        }
        if next != 0 {
            POLL_UNTIL.store(next, Ordering::SeqCst);
        }
        let now = nanotime();
        if poll {
            let delay = if next == 0 { -1 } else { (next - now).max(0) };
            crate::netpoll::poll_blocking(delay);
        } else if next > now {
            TIMER_NOTE.sleep_timeout(next - now);
        }
        POLL_UNTIL.store(MAX_WHEN, Ordering::SeqCst);
        TIMER_WAITER.store(false, Ordering::SeqCst);
        return true;
    }
}

/// A clock reading (Go's `nanotime`/`walltime`).
fn clock(id: libc::clockid_t) -> libc::timespec {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer; the clock ids used always exist.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts
}

/// Monotonic nanoseconds (Go's `nanotime`).
#[export_name = "runtime.nanotime"]
pub extern "C" fn nanotime() -> i64 {
    let ts = clock(libc::CLOCK_MONOTONIC);
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// `walltime`'s result, in two registers.
#[repr(C)]
pub struct WallTime {
    pub sec: i64,
    pub nsec: i64,
}

/// The wall clock (Go's `walltime`): seconds and nanoseconds since 1970.
#[export_name = "runtime.walltime"]
pub extern "C" fn walltime() -> WallTime {
    let ts = clock(libc::CLOCK_REALTIME);
    WallTime {
        sec: ts.tv_sec,
        nsec: ts.tv_nsec,
    }
}

/// Spins for about `cycles` pause instructions (Go's `procyield`).
#[export_name = "runtime.procyield"]
pub extern "C" fn procyield(cycles: u32) {
    for _ in 0..cycles {
        core::hint::spin_loop();
    }
}

/// Gives the thread's CPU to another thread (Go's `osyield`).
#[export_name = "runtime.osyield"]
pub extern "C" fn osyield() {
    // SAFETY: sched_yield has no preconditions.
    unsafe { libc::sched_yield() };
}

/// `time.Sleep(ns)` (Go's `timeSleep`): parks the goroutine with wait
/// reason `sleep` until a one-shot timer readies it. The timer goes on the
/// heap only once the goroutine is off its stack (`gopark`'s unlock
/// function), so it cannot fire before the goroutine is parked.
pub extern "C" fn time_sleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let when = match nanotime().checked_add(ns) {
        Some(w) => w,
        None => MAX_WHEN,
    };
    let mut t = Timer::new(sleep_done, getg().cast());
    t.when = when;
    let t = Box::into_raw(Box::new(t));
    gopark(WaitReason::Sleep, Some(arm_sleep_timer), t.cast())
}

/// `gopark`'s unlock function for `time_sleep`: arms its timer.
///
/// # Safety
/// `t` is the sleeping goroutine's fresh timer; the M holds a P.
unsafe fn arm_sleep_timer(t: *mut u8) {
    let t = t as *mut Timer;
    // SAFETY: guaranteed by the caller. `when` is read first: once in the
    // heap, the timer may fire (and be freed) on another M at once.
    let when = unsafe { (*t).when };
    // SAFETY: as above.
    unsafe { current_timers().add(t) };
    timer_added(when);
}

/// A sleep's timer fired: frees it and readies the sleeper.
///
/// # Safety
/// `t` is a `time_sleep` timer, out of every heap.
unsafe fn sleep_done(t: *mut Timer, _seq: u64, _delta: i64) {
    // SAFETY: guaranteed by the caller; nothing else refers to the timer.
    unsafe {
        let gp = (*t).arg as *mut G;
        drop(Box::from_raw(t));
        ready(gp);
    }
}

/// A timer whose firings run Go code (time.Timer, Ticker, AfterFunc): each
/// firing records its `seq` and `when` and starts a goroutine running the
/// `func()` funcval `fire` (Go code cannot run on g0). `fire` fetches the
/// record with `timerFired`, and acts only if no stop or reset came in
/// between (`seq` unchanged); `inflight` counts firings whose goroutine has
/// not fetched its record yet, so a stop can tell that it cancelled one.
pub struct GoTimer {
    timer: Timer,
    fired_seq: AtomicU64,
    fired_when: AtomicI64,
    inflight: AtomicU64,
}

/// The `seq` of a firing record already taken.
pub const NO_FIRING: u64 = u64::MAX;

/// `runtime.timerFired`'s result, in two registers.
#[repr(C)]
pub struct Fired {
    pub seq: u64,
    pub when: i64,
}

/// The timer function of a `GoTimer`: records the firing and starts the
/// goroutine that runs the Go side.
///
/// # Safety
/// `t` is the `timer` of a live `GoTimer` whose `arg` is a `func()` funcval.
unsafe fn spawn_fire(t: *mut Timer, seq: u64, delta: i64) {
    let gt = t as *mut GoTimer;
    // SAFETY: guaranteed by the caller (`timer` is the first field).
    unsafe {
        (*gt).fired_seq.store(seq, Ordering::SeqCst);
        (*gt).fired_when.store(nanotime() - delta, Ordering::SeqCst);
        (*gt).inflight.fetch_add(1, Ordering::SeqCst);
        crate::sched::newproc((*t).arg);
    }
}

/// `timerNew(fire func()) *GoTimer`: a disarmed timer whose firings run
/// `fire` in a new goroutine. Timers are never freed (there is no GC yet).
///
/// # Safety
/// `fire` is a `func()` funcval that stays valid.
#[export_name = "runtime.timerNew"]
pub unsafe extern "C" fn timer_new(fire: *mut u8) -> *mut GoTimer {
    Box::into_raw(Box::new(GoTimer {
        timer: Timer::new(spawn_fire, fire),
        fired_seq: AtomicU64::new(NO_FIRING),
        fired_when: AtomicI64::new(0),
        inflight: AtomicU64::new(0),
    }))
}

/// `timerReset(t, when, period) bool`: `timer_reset` of a `GoTimer`.
///
/// # Safety
/// `t` comes from `timerNew`; the caller is a goroutine.
#[export_name = "runtime.timerReset"]
pub unsafe extern "C" fn go_timer_reset(t: *mut GoTimer, when: i64, period: i64) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { timer_reset(&mut (*t).timer, when, period) }
}

/// `timerStop(t) bool`: `timer_stop` of a `GoTimer`.
///
/// # Safety
/// `t` comes from `timerNew`.
#[export_name = "runtime.timerStop"]
pub unsafe extern "C" fn go_timer_stop(t: *mut GoTimer) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { timer_stop(&mut (*t).timer) }
}

/// `timerSeq(t) uint64`: the timer's current sequence number.
///
/// # Safety
/// `t` comes from `timerNew`.
#[export_name = "runtime.timerSeq"]
pub unsafe extern "C" fn go_timer_seq(t: *mut GoTimer) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*t).timer.seq() }
}

/// `timerInflight(t) uint64`: firings whose goroutine has not called
/// `timerFired` yet.
///
/// # Safety
/// `t` comes from `timerNew`.
#[export_name = "runtime.timerInflight"]
pub unsafe extern "C" fn go_timer_inflight(t: *mut GoTimer) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*t).inflight.load(Ordering::SeqCst) }
}

/// `timerFired(t) (seq uint64, when int64)`: takes the latest firing's
/// record (`seq` is `NO_FIRING` when another goroutine took it), for the
/// goroutine that `fire` runs in; it counts that goroutine as done.
///
/// # Safety
/// `t` comes from `timerNew`.
#[export_name = "runtime.timerFired"]
pub unsafe extern "C" fn go_timer_fired(t: *mut GoTimer) -> Fired {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*t).inflight.fetch_sub(1, Ordering::SeqCst);
        Fired {
            seq: (*t).fired_seq.swap(NO_FIRING, Ordering::SeqCst),
            when: (*t).fired_when.load(Ordering::SeqCst),
        }
    }
}

crate::arch::park_entry!("runtime.timeSleep", crate::time::time_sleep);

#[cfg(test)]
mod tests {
    use super::*;

    static FIRED: AtomicUsize = AtomicUsize::new(0);

    unsafe fn count(_t: *mut Timer, _seq: u64, _delta: i64) {
        FIRED.fetch_add(1, Ordering::SeqCst);
    }

    unsafe fn record(t: *mut Timer, _seq: u64, _delta: i64) {
        // SAFETY: `arg` points at the test's order vector, used by one thread.
        unsafe {
            let order = &mut *((*t).arg as *mut Vec<i64>);
            order.push((*t).when);
        }
    }

    /// Timers fire in `when` order, only once due, and removals keep the
    /// 4-ary heap ordered.
    #[test]
    fn heap_fires_in_order() {
        let ts = Timers::new();
        let mut order: Vec<i64> = Vec::new();
        let arg = &mut order as *mut Vec<i64> as *mut u8;
        let whens: Vec<i64> = (0..100).map(|i| 1 + (i * 37) % 100).collect();
        let timers: Vec<*mut Timer> = whens
            .iter()
            .map(|&w| {
                let mut t = Timer::new(record, arg);
                t.when = w;
                Box::into_raw(Box::new(t))
            })
            .collect();
        // SAFETY: the timers live until the end of the test.
        unsafe {
            for &t in &timers {
                ts.add(t);
            }
            assert_eq!(ts.when0.load(Ordering::SeqCst), 1);
            for &t in timers.iter().filter(|&&t| (*t).when % 10 == 0) {
                assert!(unheap(t));
                assert!(!unheap(t));
            }
        }
        assert!(!ts.run_due(0));
        assert!(ts.run_due(50));
        assert!(ts.run_due(1000));
        let want: Vec<i64> = (1..=100).filter(|w| w % 10 != 0).collect();
        assert_eq!(order, want);
        assert_eq!(ts.when0.load(Ordering::SeqCst), 0);
        for t in timers {
            // SAFETY: fired or removed; nothing refers to them.
            drop(unsafe { Box::from_raw(t) });
        }
    }

    /// A periodic timer is re-armed past `now` before its function runs,
    /// skipping the periods it missed.
    #[test]
    fn periodic_timer_rearms() {
        let ts = Timers::new();
        let mut t = Timer::new(count, core::ptr::null_mut());
        t.when = 100;
        t.period = 10;
        let t = Box::into_raw(Box::new(t));
        // SAFETY: `t` lives until the end of the test.
        unsafe {
            ts.add(t);
            assert!(ts.run_due(125));
            assert_eq!((*t).when, 130);
            assert_eq!(ts.when0.load(Ordering::SeqCst), 130);
            assert!(unheap(t));
            drop(Box::from_raw(t));
        }
        assert_eq!(FIRED.load(Ordering::SeqCst), 1);
    }

    unsafe fn bump(t: *mut Timer, _seq: u64, _delta: i64) {
        // SAFETY: `arg` points at the test's counter for this timer.
        unsafe { (*((*t).arg as *const AtomicUsize)).fetch_add(1, Ordering::SeqCst) };
    }

    /// Threads move timers between two heaps (as resets on different Ps
    /// do) and stop them while other threads run the heaps: every timer
    /// ends up in at most one heap, at the slot it records, and each
    /// arming fires at most once.
    #[test]
    fn concurrent_moves_keep_heaps_consistent() {
        const N: usize = 64;
        let heaps: &'static [Timers; 2] = Box::leak(Box::new([Timers::new(), Timers::new()]));
        let fired: &'static [AtomicUsize] =
            Box::leak((0..N).map(|_| AtomicUsize::new(0)).collect::<Box<[_]>>());
        let timers: Vec<usize> = (0..N)
            .map(|i| {
                let arg = &fired[i] as *const AtomicUsize as *mut u8;
                Box::into_raw(Box::new(Timer::new(bump, arg))) as usize
            })
            .collect();
        let armed: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
        let movers: Vec<_> = (0..3)
            .map(|k| {
                let timers = timers.clone();
                std::thread::spawn(move || {
                    for step in 0..20_000usize {
                        let t = timers[(step * 7 + k * 13) % N] as *mut Timer;
                        // SAFETY: the timers outlive the threads; moves hold
                        // the timer's lock, as `timer_reset` does.
                        unsafe {
                            (*t).lock.lock();
                            unheap(t);
                            if step % 5 != 0 {
                                (*t).when = 1 + (step % 1000) as i64;
                                heaps[(step + k) % 2].add(t);
                                armed.fetch_add(1, Ordering::SeqCst);
                            }
                            (*t).lock.unlock();
                        }
                    }
                })
            })
            .collect();
        let runner = std::thread::spawn(move || {
            for now in 0..20_000i64 {
                heaps[(now % 2) as usize].run_due(now % 1000);
            }
        });
        for m in movers {
            m.join().unwrap();
        }
        runner.join().unwrap();
        let mut pending = 0;
        for ts in heaps {
            ts.lock.lock();
            // SAFETY: the lock is held; every thread finished.
            unsafe {
                for (i, &t) in ts.heap().iter().enumerate() {
                    assert!(core::ptr::eq((*t).ts.load(Ordering::SeqCst), ts));
                    assert_eq!((*t).idx, i);
                    if i > 0 {
                        assert!((*ts.heap()[(i - 1) / 4]).when <= (*t).when);
                    }
                }
                pending += ts.heap().len();
            }
            ts.lock.unlock();
        }
        let total_fired: usize = fired.iter().map(|f| f.load(Ordering::SeqCst)).sum();
        assert!(pending <= N);
        assert!(total_fired + pending <= armed.load(Ordering::SeqCst));
        assert!(total_fired > 0);
    }

    #[test]
    fn clocks_move() {
        let a = nanotime();
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(nanotime() - a >= 2_000_000);
        let w = walltime();
        assert!(w.sec > 1_700_000_000 && (0..1_000_000_000).contains(&w.nsec));
    }
}
