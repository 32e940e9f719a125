//! Run queues: each P's local queue (Go's `runq`: a 256-slot ring plus
//! `runnext`) and the global queue.
//!
//! The local ring is single-producer (the P's owner puts at `runqtail`),
//! multi-consumer (the owner and thieves take at `runqhead` with a CAS), as
//! in Go's `proc.go`: `runqtail` is written only by the owner (release);
//! consumers read slots before claiming them with the CAS on `runqhead`, so
//! a slot is only reused by the owner after the head moved past it.
//! `runnext` holds a goroutine readied by the running one, which runs next
//! and inherits the time slice (ping-pong between two goroutines stays on
//! one P). When the ring is full, half of it moves to the global queue.
//!
//! The global queue is a linked list through `g.schedlink` guarded by
//! `sched.lock`; `runqsize` can be read without the lock as a hint.

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

use super::proc::{gomaxprocs, SCHED};
use super::G;

pub const RUNQ_SIZE: u32 = 256;

/// P states (Go's `_Pidle`, `_Prunning`, `_Psyscall`).
pub const P_IDLE: u32 = 0;
pub const P_RUNNING: u32 = 1;
pub const P_SYSCALL: u32 = 2;

/// A processor: the resource an M must hold to run Go code (Go's `p`).
#[repr(C)]
pub struct P {
    pub id: usize,
    /// The M that holds this P (null when idle); written under `sched.lock`
    /// or by the holding M.
    pub m: AtomicPtr<super::M>,
    /// Next P on the idle list (under `sched.lock`).
    pub link: *mut P,
    /// Incremented on every goroutine switch (sysmon watches it).
    pub schedtick: AtomicU32,
    /// `P_RUNNING`, or `P_SYSCALL` while its M is in a system call: then
    /// sysmon may take it (`P_RUNNING` -> `P_SYSCALL` by the M, back by the
    /// M's CAS in `exitsyscall`, or to `P_IDLE` by sysmon's CAS).
    pub status: AtomicU32,
    /// Incremented on every system call (sysmon watches it).
    pub syscalltick: AtomicU32,
    runqhead: AtomicU32,
    runqtail: AtomicU32,
    runq: [AtomicPtr<G>; RUNQ_SIZE as usize],
    runnext: AtomicPtr<G>,
    /// Dead gs kept for reuse (only the holding M touches it).
    pub gfree: UnsafeCell<Vec<*mut G>>,
    /// `gfree`'s length, for schedtrace.
    pub gfreecnt: AtomicU32,
}

impl P {
    pub fn new(id: usize) -> P {
        P {
            id,
            m: AtomicPtr::new(core::ptr::null_mut()),
            link: core::ptr::null_mut(),
            schedtick: AtomicU32::new(0),
            status: AtomicU32::new(P_IDLE),
            syscalltick: AtomicU32::new(0),
            runqhead: AtomicU32::new(0),
            runqtail: AtomicU32::new(0),
            runq: [const { AtomicPtr::new(core::ptr::null_mut()) }; RUNQ_SIZE as usize],
            runnext: AtomicPtr::new(core::ptr::null_mut()),
            gfree: UnsafeCell::new(Vec::new()),
            gfreecnt: AtomicU32::new(0),
        }
    }

    /// The goroutines in the ring (not counting `runnext`), as Go's
    /// schedtrace prints them.
    pub fn runqsize(&self) -> u32 {
        let head = self.runqhead.load(Ordering::SeqCst);
        let tail = self.runqtail.load(Ordering::SeqCst);
        tail.wrapping_sub(head)
    }

    /// Whether the local queue (ring and runnext) is empty.
    pub fn runqempty(&self) -> bool {
        loop {
            let head = self.runqhead.load(Ordering::SeqCst);
            let tail = self.runqtail.load(Ordering::SeqCst);
            let next = self.runnext.load(Ordering::SeqCst);
            if tail == self.runqtail.load(Ordering::SeqCst) {
                return head == tail && next.is_null();
            }
        }
    }

    /// Puts `gp` on the local queue (owner only); with `next`, in `runnext`,
    /// kicking the previous `runnext` to the tail of the ring.
    pub fn runqput(&self, mut gp: *mut G, next: bool) {
        if next {
            let old = self.runnext.swap(gp, Ordering::SeqCst);
            if old.is_null() {
                return;
            }
            gp = old;
        }
        loop {
            let h = self.runqhead.load(Ordering::Acquire);
            let t = self.runqtail.load(Ordering::Relaxed);
            if t.wrapping_sub(h) < RUNQ_SIZE {
                self.runq[(t % RUNQ_SIZE) as usize].store(gp, Ordering::Relaxed);
                self.runqtail.store(t.wrapping_add(1), Ordering::Release);
                return;
            }
            if self.runqputslow(gp, h, t) {
                return;
            }
        }
    }

    /// Moves half of the full ring plus `gp` to the global queue.
    fn runqputslow(&self, gp: *mut G, h: u32, t: u32) -> bool {
        let n = t.wrapping_sub(h) / 2;
        let mut batch: Vec<*mut G> = (0..n)
            .map(|i| self.runq[(h.wrapping_add(i) % RUNQ_SIZE) as usize].load(Ordering::Relaxed))
            .collect();
        if self
            .runqhead
            .compare_exchange(h, h.wrapping_add(n), Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        batch.push(gp);
        SCHED.lock.lock();
        for g in batch {
            // SAFETY: the sched lock is held.
            unsafe { globrunqput(g) };
        }
        SCHED.lock.unlock();
        true
    }

    /// Takes a goroutine from the local queue (owner only), runnext first.
    pub fn runqget(&self) -> *mut G {
        let next = self.runnext.load(Ordering::SeqCst);
        if !next.is_null()
            && self
                .runnext
                .compare_exchange(
                    next,
                    core::ptr::null_mut(),
                    Ordering::SeqCst,
                    Ordering::Relaxed,
                )
                .is_ok()
        {
            return next;
        }
        loop {
            let h = self.runqhead.load(Ordering::Acquire);
            let t = self.runqtail.load(Ordering::Relaxed);
            if t == h {
                return core::ptr::null_mut();
            }
            let gp = self.runq[(h % RUNQ_SIZE) as usize].load(Ordering::Relaxed);
            if self
                .runqhead
                .compare_exchange(h, h.wrapping_add(1), Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return gp;
            }
        }
    }

    /// Copies half of this P's queue into `dst`'s ring starting at `dst`'s
    /// tail (Go's `runqgrab`); returns how many were taken.
    fn runqgrab(&self, dst: &P, dsthead: u32, steal_runnext: bool) -> u32 {
        loop {
            let h = self.runqhead.load(Ordering::Acquire);
            let t = self.runqtail.load(Ordering::Acquire);
            let mut n = t.wrapping_sub(h);
            n -= n / 2;
            if n == 0 {
                if steal_runnext {
                    let mut next = self.runnext.load(Ordering::SeqCst);
                    if !next.is_null() && !self.m.load(Ordering::SeqCst).is_null() {
                        // The victim is running and is about to switch to
                        // its runnext (the goroutine it just readied):
                        // give it a moment rather than bounce that
                        // goroutine to another thread (Go sleeps 3us too).
                        std::thread::sleep(core::time::Duration::from_micros(3));
                        next = self.runnext.load(Ordering::SeqCst);
                    }
                    if !next.is_null() {
                        if self
                            .runnext
                            .compare_exchange(
                                next,
                                core::ptr::null_mut(),
                                Ordering::SeqCst,
                                Ordering::Relaxed,
                            )
                            .is_err()
                        {
                            continue;
                        }
                        dst.runq[(dsthead % RUNQ_SIZE) as usize].store(next, Ordering::Relaxed);
                        return 1;
                    }
                }
                return 0;
            }
            if n > RUNQ_SIZE / 2 {
                continue;
            }
            for i in 0..n {
                let g = self.runq[(h.wrapping_add(i) % RUNQ_SIZE) as usize].load(Ordering::Relaxed);
                dst.runq[(dsthead.wrapping_add(i) % RUNQ_SIZE) as usize]
                    .store(g, Ordering::Relaxed);
            }
            if self
                .runqhead
                .compare_exchange(h, h.wrapping_add(n), Ordering::Release, Ordering::Relaxed)
                .is_ok()
            {
                return n;
            }
        }
    }

    /// Steals half of `victim`'s goroutines into this P's queue (owner
    /// only) and returns one of them to run, or null.
    pub fn runqsteal(&self, victim: &P, steal_runnext: bool) -> *mut G {
        let t = self.runqtail.load(Ordering::Relaxed);
        let mut n = victim.runqgrab(self, t, steal_runnext);
        if n == 0 {
            return core::ptr::null_mut();
        }
        n -= 1;
        let gp = self.runq[(t.wrapping_add(n) % RUNQ_SIZE) as usize].load(Ordering::Relaxed);
        if n > 0 {
            self.runqtail.store(t.wrapping_add(n), Ordering::Release);
        }
        gp
    }
}

/// Appends `gp` to the global queue.
///
/// # Safety
/// `SCHED.lock` must be held.
pub unsafe fn globrunqput(gp: *mut G) {
    // SAFETY: guaranteed by the caller; `gp` is a live g owned by no queue.
    unsafe {
        let q = &mut *SCHED.runq.get();
        (*gp).schedlink = core::ptr::null_mut();
        if q.tail.is_null() {
            q.head = gp;
        } else {
            (*q.tail).schedlink = gp;
        }
        q.tail = gp;
    }
    SCHED.runqsize.fetch_add(1, Ordering::SeqCst);
}

/// Takes a batch from the global queue for `pp`: returns one goroutine to
/// run and puts up to `max - 1` more (0: a fair share) on `pp`'s queue.
///
/// # Safety
/// `SCHED.lock` must be held and `pp` owned by the calling M.
pub unsafe fn globrunqget(pp: &P, max: u32) -> *mut G {
    let size = SCHED.runqsize.load(Ordering::SeqCst);
    if size == 0 {
        return core::ptr::null_mut();
    }
    let mut n = (size / gomaxprocs() as u32 + 1)
        .min(size)
        .min(RUNQ_SIZE / 2);
    if max > 0 {
        n = n.min(max);
    }
    SCHED.runqsize.fetch_sub(n, Ordering::SeqCst);
    // SAFETY: guaranteed by the caller.
    let q = unsafe { &mut *SCHED.runq.get() };
    let pop = |q: &mut GQueue| {
        let g = q.head;
        // SAFETY: the queue holds `n <= size` live gs.
        q.head = unsafe { (*g).schedlink };
        if q.head.is_null() {
            q.tail = core::ptr::null_mut();
        }
        g
    };
    let gp = pop(q);
    for _ in 1..n {
        pp.runqput(pop(q), false);
    }
    gp
}

/// The global run queue (under `sched.lock`).
pub struct GQueue {
    pub head: *mut G,
    pub tail: *mut G,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stack::Stack;

    fn gs(n: usize) -> Vec<*mut G> {
        (0..n)
            .map(|i| Box::into_raw(Box::new(G::new(Stack { lo: 0, hi: 0 }, i as i64))))
            .collect()
    }

    #[test]
    fn runnext_runs_first_then_fifo() {
        let p = P::new(0);
        let g = gs(4);
        p.runqput(g[0], false);
        p.runqput(g[1], false);
        p.runqput(g[2], true);
        p.runqput(g[3], true);
        // g[3] replaced g[2] in runnext; g[2] went to the tail.
        let order: Vec<_> = (0..4).map(|_| p.runqget()).collect();
        assert_eq!(order, vec![g[3], g[0], g[1], g[2]]);
        assert!(p.runqget().is_null());
        assert!(p.runqempty());
    }

    #[test]
    fn stealing_takes_half() {
        let victim = P::new(0);
        let thief = P::new(1);
        let g = gs(10);
        for &gp in &g {
            victim.runqput(gp, false);
        }
        let got = thief.runqsteal(&victim, false);
        assert_eq!(got, g[4]);
        let stolen: Vec<_> = core::iter::from_fn(|| Some(thief.runqget()))
            .take_while(|g| !g.is_null())
            .collect();
        assert_eq!(stolen, g[0..4].to_vec());
        let left: Vec<_> = core::iter::from_fn(|| Some(victim.runqget()))
            .take_while(|g| !g.is_null())
            .collect();
        assert_eq!(left, g[5..].to_vec());
    }

    #[test]
    fn runnext_is_stolen_only_when_asked() {
        let victim = P::new(0);
        let thief = P::new(1);
        let g = gs(1);
        victim.runqput(g[0], true);
        assert!(thief.runqsteal(&victim, false).is_null());
        assert_eq!(thief.runqsteal(&victim, true), g[0]);
        assert!(victim.runqempty());
    }

    #[test]
    fn full_queue_spills_half_to_the_global_queue() {
        let p = P::new(0);
        let g = gs(RUNQ_SIZE as usize + 1);
        SCHED.lock.lock();
        let before = SCHED.runqsize.load(Ordering::SeqCst);
        SCHED.lock.unlock();
        for &gp in &g {
            p.runqput(gp, false);
        }
        let spilled = SCHED.runqsize.load(Ordering::SeqCst) - before;
        assert_eq!(spilled, RUNQ_SIZE / 2 + 1);
        let mut local = 0;
        while !p.runqget().is_null() {
            local += 1;
        }
        assert_eq!(local + spilled, RUNQ_SIZE + 1);
    }
}
