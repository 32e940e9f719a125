//! Runtime semaphores and notify lists (Go's `sema.go`): the sleep and
//! wakeup behind sync.Mutex, RWMutex, WaitGroup and Cond.
//!
//! A semaphore is any `u32` in Go memory. `semacquire` decrements it when it
//! is positive (the fast path, one CAS) and otherwise parks the goroutine
//! until a `semrelease` increments it and wakes a waiter. Waiters live in a
//! fixed table of `SEM_TAB_SIZE` (251) roots chosen by address; each root
//! holds, under its lock, a treap (a binary search tree by address that is
//! also a min-heap by random `ticket`, so it stays balanced) with one node
//! per distinct address, and each node heads the FIFO list (`waitlink`,
//! `waittail`) of every goroutine waiting on that address. `lifo` waiters
//! (a sync.Mutex waiter that already waited once) go to the front instead.
//!
//! Invariants:
//! - `root.nwait` counts the waiters of the root, plus the acquirers between
//!   announcing themselves and either queueing or succeeding. It is raised
//!   under the lock before the acquirer re-checks the semaphore, so a
//!   release that sees `nwait == 0` after incrementing the semaphore never
//!   misses a waiter it should wake (the acquirer's re-check sees the
//!   increment).
//! - A waiter is woken only after being taken out of the treap under the
//!   lock, so each waiter is readied exactly once. Woken without a ticket,
//!   it competes for the semaphore again (and queues again if it loses);
//!   with `ticket == 1` (a `handoff` release) the releaser already took the
//!   count for it, and it returns at once: the releaser then yields its P so
//!   the waiter, in `runnext`, runs immediately (sync.Mutex starvation mode).
//! - A notify list (sync.Cond) is ticket based: `notifyListAdd` hands out
//!   increasing `wait` tickets; `notify` is the next ticket to wake. A
//!   waiter whose ticket is already below `notify` returns without parking;
//!   `notifyListNotifyOne` wakes the holder of ticket `notify` (if it waits
//!   yet) and `notifyListNotifyAll` every waiter. Tickets compare modulo
//!   2^32 (`less`).
//!
//! Waiter records (`Sudog`) are allocated when a goroutine must park and
//! freed by that goroutine when it resumes (in a `g.sched.resume` function,
//! found through `g.param`); a waker never touches a record after readying
//! its goroutine. Lock order: a root's (or notify list's) lock, then
//! `sched.lock` (taken by `ready`).

use core::sync::atomic::{AtomicU32, Ordering};

use crate::chan::unlock_lock;
use crate::sched::{getg, getm, gopark, goyield, ready, WaitReason, G};
use crate::sync::Lock;

/// Roots in the semaphore table: a prime, so addresses spread evenly.
pub const SEM_TAB_SIZE: usize = 251;

/// A goroutine waiting on a semaphore or notify list (the fields of Go's
/// `sudog` that they use).
pub struct Sudog {
    g: *mut G,
    /// The semaphore's address (the treap's key).
    elem: usize,
    /// Treap links: lower and higher addresses, and the parent node.
    prev: *mut Sudog,
    next: *mut Sudog,
    parent: *mut Sudog,
    /// Further waiters on the same address, in wake-up order; `waittail`
    /// is the last of them (set on the treap node only).
    waitlink: *mut Sudog,
    waittail: *mut Sudog,
    /// Treap priority (nonzero while in the treap); after a wake-up, 1 when
    /// the releaser handed the semaphore over. Notify lists: the wait ticket.
    ticket: u32,
    lifo: bool,
    reason: WaitReason,
}

impl Sudog {
    fn new(g: *mut G, elem: usize, lifo: bool, reason: WaitReason) -> Sudog {
        Sudog {
            g,
            elem,
            prev: core::ptr::null_mut(),
            next: core::ptr::null_mut(),
            parent: core::ptr::null_mut(),
            waitlink: core::ptr::null_mut(),
            waittail: core::ptr::null_mut(),
            ticket: 0,
            lifo,
            reason,
        }
    }
}

/// One root of the semaphore table (Go's `semaRoot`).
pub struct SemaRoot {
    lock: Lock,
    treap: core::cell::UnsafeCell<*mut Sudog>,
    /// Waiters (see the invariants above); read without the lock.
    nwait: AtomicU32,
}

// SAFETY: `treap` and the records it reaches are only touched under `lock`.
unsafe impl Sync for SemaRoot {}

impl SemaRoot {
    pub const fn new() -> SemaRoot {
        SemaRoot {
            lock: Lock::new(),
            treap: core::cell::UnsafeCell::new(core::ptr::null_mut()),
            nwait: AtomicU32::new(0),
        }
    }

    /// The link that points at `x`: its parent's child field, or the root.
    ///
    /// # Safety
    /// The lock is held and `x` is in the treap.
    unsafe fn link_to(&self, x: *mut Sudog) -> *mut *mut Sudog {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let p = (*x).parent;
            if p.is_null() {
                self.treap.get()
            } else if (*p).prev == x {
                &mut (*p).prev
            } else {
                &mut (*p).next
            }
        }
    }

    /// Adds `s` as a waiter for `addr`: behind the others waiting on it
    /// (ahead of them when `lifo`), or as a new treap node.
    ///
    /// # Safety
    /// The lock is held; `s` is a fresh record in no queue.
    pub unsafe fn queue(&self, addr: usize, s: *mut Sudog, lifo: bool) {
        // SAFETY: guaranteed by the caller; treap nodes are live records.
        unsafe {
            (*s).elem = addr;
            let mut last: *mut Sudog = core::ptr::null_mut();
            let mut pt: *mut *mut Sudog = self.treap.get();
            while !(*pt).is_null() {
                let t = *pt;
                if (*t).elem == addr {
                    if lifo {
                        self.replace_node(pt, t, s);
                        (*s).waitlink = t;
                        (*s).waittail = if (*t).waittail.is_null() {
                            t
                        } else {
                            (*t).waittail
                        };
                        (*t).waittail = core::ptr::null_mut();
                    } else {
                        if (*t).waittail.is_null() {
                            (*t).waitlink = s;
                        } else {
                            (*(*t).waittail).waitlink = s;
                        }
                        (*t).waittail = s;
                    }
                    return;
                }
                last = t;
                pt = if addr < (*t).elem {
                    &mut (*t).prev
                } else {
                    &mut (*t).next
                };
            }
            (*s).ticket = (crate::alg::fastrand() as u32) | 1;
            (*s).parent = last;
            *pt = s;
            while !(*s).parent.is_null() && (*(*s).parent).ticket > (*s).ticket {
                let p = (*s).parent;
                if (*p).prev == s {
                    self.rotate_right(p);
                } else {
                    self.rotate_left(p);
                }
            }
        }
    }

    /// Puts `s` in the treap in place of node `t` (at link `pt`), with
    /// `t`'s priority and children; `t` leaves the treap.
    ///
    /// # Safety
    /// The lock is held, `*pt == t` is in the treap, `s` is not.
    unsafe fn replace_node(&self, pt: *mut *mut Sudog, t: *mut Sudog, s: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            *pt = s;
            (*s).ticket = (*t).ticket;
            (*s).parent = (*t).parent;
            (*s).prev = (*t).prev;
            (*s).next = (*t).next;
            if !(*s).prev.is_null() {
                (*(*s).prev).parent = s;
            }
            if !(*s).next.is_null() {
                (*(*s).next).parent = s;
            }
            (*t).parent = core::ptr::null_mut();
            (*t).prev = core::ptr::null_mut();
            (*t).next = core::ptr::null_mut();
            (*t).ticket = 0;
        }
    }

    /// Takes the first waiter for `addr` out of the root (null if none).
    ///
    /// # Safety
    /// The lock is held.
    pub unsafe fn dequeue(&self, addr: usize) -> *mut Sudog {
        // SAFETY: guaranteed by the caller; treap nodes are live records.
        unsafe {
            let mut ps: *mut *mut Sudog = self.treap.get();
            while !(*ps).is_null() && (**ps).elem != addr {
                let s = *ps;
                ps = if addr < (*s).elem {
                    &mut (*s).prev
                } else {
                    &mut (*s).next
                };
            }
            let s = *ps;
            if s.is_null() {
                return s;
            }
            let t = (*s).waitlink;
            if t.is_null() {
                self.remove_node(s);
            } else {
                self.replace_node(ps, s, t);
                (*t).waittail = if (*t).waitlink.is_null() {
                    core::ptr::null_mut()
                } else {
                    (*s).waittail
                };
                (*s).waitlink = core::ptr::null_mut();
                (*s).waittail = core::ptr::null_mut();
            }
            (*s).ticket = 0;
            s
        }
    }

    /// Rotates treap node `s` down to a leaf and unlinks it.
    ///
    /// # Safety
    /// The lock is held and `s` is in the treap.
    unsafe fn remove_node(&self, s: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            while !(*s).next.is_null() || !(*s).prev.is_null() {
                let right = (*s).next.is_null()
                    || (!(*s).prev.is_null() && (*(*s).prev).ticket < (*(*s).next).ticket);
                if right {
                    self.rotate_right(s);
                } else {
                    self.rotate_left(s);
                }
            }
            *self.link_to(s) = core::ptr::null_mut();
            (*s).parent = core::ptr::null_mut();
        }
    }

    /// `x` with right child `y` becomes `y`'s left child.
    ///
    /// # Safety
    /// The lock is held; `x` is in the treap with a right child.
    unsafe fn rotate_left(&self, x: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let y = (*x).next;
            let link = self.link_to(x);
            let b = (*y).prev;
            (*y).parent = (*x).parent;
            (*y).prev = x;
            (*x).parent = y;
            (*x).next = b;
            if !b.is_null() {
                (*b).parent = x;
            }
            *link = y;
        }
    }

    /// `y` with left child `x` becomes `x`'s right child.
    ///
    /// # Safety
    /// The lock is held; `y` is in the treap with a left child.
    unsafe fn rotate_right(&self, y: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let x = (*y).prev;
            let link = self.link_to(y);
            let b = (*x).next;
            (*x).parent = (*y).parent;
            (*x).next = y;
            (*y).parent = x;
            (*y).prev = b;
            if !b.is_null() {
                (*b).parent = y;
            }
            *link = x;
        }
    }
}

impl Default for SemaRoot {
    fn default() -> Self {
        SemaRoot::new()
    }
}

static SEMTABLE: [SemaRoot; SEM_TAB_SIZE] = [const { SemaRoot::new() }; SEM_TAB_SIZE];

fn root_for(addr: usize) -> &'static SemaRoot {
    &SEMTABLE[(addr >> 3) % SEM_TAB_SIZE]
}

/// Decrements `*addr` if it is positive; whether it did.
///
/// # Safety
/// `addr` points at a live, aligned `u32`.
unsafe fn cansemacquire(addr: *mut u32) -> bool {
    // SAFETY: guaranteed by the caller; Go code reaches it atomically too.
    let sema = unsafe { AtomicU32::from_ptr(addr) };
    let mut v = sema.load(Ordering::SeqCst);
    while v != 0 {
        match sema.compare_exchange(v, v - 1, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return true,
            Err(now) => v = now,
        }
    }
    false
}

/// The wait reasons of `runtime.semacquire1`'s `reason` argument (rt/ABI.md).
fn semacquire_reason(code: u8) -> WaitReason {
    match code {
        1 => WaitReason::SyncMutexLock,
        2 => WaitReason::SyncRWMutexRLock,
        3 => WaitReason::SyncRWMutexLock,
        4 => WaitReason::SyncWaitGroupWait,
        _ => WaitReason::Semacquire,
    }
}

/// `semacquire(addr, lifo)`: waits until `*addr > 0`, then decrements it
/// (Go's `semacquire1`); parked goroutines show wait reason `semacquire`.
///
/// # Safety
/// `addr` points at a live, aligned `u32` that outlives the wait.
pub unsafe extern "C" fn semacquire(addr: *mut u32, lifo: bool) {
    // SAFETY: guaranteed by the caller.
    unsafe { semacquire1(addr, lifo, 0) }
}

/// As `semacquire`, with the wait reason coded as `semacquire_reason`.
///
/// # Safety
/// As `semacquire`.
pub unsafe extern "C" fn semacquire1(addr: *mut u32, lifo: bool, reason: u8) {
    // SAFETY: guaranteed by the caller.
    if unsafe { cansemacquire(addr) } {
        return;
    }
    let s = Sudog::new(getg(), addr as usize, lifo, semacquire_reason(reason));
    // SAFETY: the record is fresh and `addr` valid.
    unsafe { acquire_or_park(Box::into_raw(Box::new(s))) }
}

/// One round of the slow path: queue `s` and park, unless the semaphore
/// can be taken now (then `s` is freed and this returns).
///
/// # Safety
/// `s` is this goroutine's record, in no queue; its `elem` is valid.
unsafe fn acquire_or_park(s: *mut Sudog) {
    // SAFETY: guaranteed by the caller.
    let (addr, lifo, reason) = unsafe { ((*s).elem, (*s).lifo, (*s).reason) };
    let root = root_for(addr);
    root.lock.lock();
    root.nwait.fetch_add(1, Ordering::SeqCst);
    // SAFETY: as above.
    if unsafe { cansemacquire(addr as *mut u32) } {
        root.nwait.fetch_sub(1, Ordering::SeqCst);
        root.lock.unlock();
        // SAFETY: the record was never queued.
        drop(unsafe { Box::from_raw(s) });
        return;
    }
    let gp = getg();
    // SAFETY: the lock is held; `gp` is the running goroutine, and nothing
    // else uses its `param` or `resume` while it waits here.
    unsafe {
        root.queue(addr, s, lifo);
        (*gp).param = s.cast();
        (*gp).sched.resume = semacquire_resume as *const () as usize;
    }
    gopark(
        reason,
        Some(unlock_lock),
        &root.lock as *const Lock as *mut u8,
    )
}

/// Runs when a semaphore waiter is woken: done if the releaser handed the
/// semaphore over or it can be taken now, else wait again.
extern "C" fn semacquire_resume(gp: *mut G) -> usize {
    // SAFETY: `param` holds this goroutine's record, out of every queue.
    unsafe {
        let s = (*gp).param as *mut Sudog;
        (*gp).param = core::ptr::null_mut();
        if (*s).ticket != 0 || cansemacquire((*s).elem as *mut u32) {
            drop(Box::from_raw(s));
        } else {
            acquire_or_park(s);
        }
    }
    0
}

/// `semrelease(addr, handoff)`: increments `*addr` and wakes one waiter
/// (Go's `semrelease1`). With `handoff`, the count goes straight to the
/// woken waiter and the caller yields so the waiter runs next.
///
/// # Safety
/// `addr` points at a live, aligned `u32`.
pub unsafe extern "C" fn semrelease(addr: *mut u32, handoff: bool) {
    let root = root_for(addr as usize);
    // SAFETY: guaranteed by the caller.
    unsafe { AtomicU32::from_ptr(addr) }.fetch_add(1, Ordering::SeqCst);
    if root.nwait.load(Ordering::SeqCst) == 0 {
        return;
    }
    root.lock.lock();
    if root.nwait.load(Ordering::SeqCst) == 0 {
        root.lock.unlock();
        return;
    }
    // SAFETY: the lock is held.
    let s = unsafe { root.dequeue(addr as usize) };
    if !s.is_null() {
        root.nwait.fetch_sub(1, Ordering::SeqCst);
    }
    root.lock.unlock();
    if s.is_null() {
        return;
    }
    // SAFETY: `s` left the treap under the lock, so only we wake it; after
    // `ready` it belongs to its goroutine again.
    let handed = unsafe {
        if handoff && cansemacquire(addr) {
            (*s).ticket = 1;
        }
        let handed = (*s).ticket == 1;
        ready((*s).g);
        handed
    };
    // SAFETY: only the M's own goroutine compares against its g0.
    if handed && getg() != unsafe { (*getm()).g0 } {
        goyield();
    }
}

/// sync's `notifyList` (Go's layout: the Go side allocates it).
#[repr(C)]
pub struct NotifyList {
    /// The next ticket `notifyListAdd` hands out.
    wait: AtomicU32,
    /// The next ticket to be notified.
    notify: AtomicU32,
    /// Go's `lock uintptr`: a `Lock` in its first four bytes.
    lock: Lock,
    _lockpad: u32,
    /// The parked waiters, in arrival order (linked through `next`).
    head: *mut Sudog,
    tail: *mut Sudog,
}

/// `a` comes before `b`, counting modulo 2^32.
fn less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// `notifyListAdd(l)`: a ticket for a following `notifyListWait`.
///
/// # Safety
/// `l` points at a live notify list.
#[export_name = "runtime.notifyListAdd"]
pub unsafe extern "C" fn notify_list_add(l: *mut NotifyList) -> u32 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*l).wait.fetch_add(1, Ordering::SeqCst) }
}

/// `notifyListWait(l, t)`: parks until ticket `t` is notified (returns at
/// once if it already was). Wait reason `sync.Cond.Wait`.
///
/// # Safety
/// `l` points at a live notify list; `t` came from `notifyListAdd(l)`.
pub unsafe extern "C" fn notify_list_wait(l: *mut NotifyList, t: u32) {
    // SAFETY: guaranteed by the caller.
    let l = unsafe { &mut *l };
    l.lock.lock();
    if less(t, l.notify.load(Ordering::SeqCst)) {
        l.lock.unlock();
        return;
    }
    let gp = getg();
    let mut s = Sudog::new(gp, 0, false, WaitReason::SyncCondWait);
    s.ticket = t;
    let s = Box::into_raw(Box::new(s));
    // SAFETY: the lock is held; the list's records are live.
    unsafe {
        if l.tail.is_null() {
            l.head = s;
        } else {
            (*l.tail).next = s;
        }
        l.tail = s;
        (*gp).param = s.cast();
        (*gp).sched.resume = free_param_sudog as *const () as usize;
    }
    gopark(
        WaitReason::SyncCondWait,
        Some(unlock_lock),
        &l.lock as *const Lock as *mut u8,
    )
}

/// Frees the record of a woken notify-list waiter.
extern "C" fn free_param_sudog(gp: *mut G) -> usize {
    // SAFETY: `param` holds this goroutine's record, out of the list.
    unsafe {
        drop(Box::from_raw((*gp).param as *mut Sudog));
        (*gp).param = core::ptr::null_mut();
    }
    0
}

/// `notifyListNotifyAll(l)`: wakes every waiter.
///
/// # Safety
/// `l` points at a live notify list; the caller holds a P.
#[export_name = "runtime.notifyListNotifyAll"]
pub unsafe extern "C" fn notify_list_notify_all(l: *mut NotifyList) {
    // SAFETY: guaranteed by the caller.
    let l = unsafe { &mut *l };
    if l.wait.load(Ordering::SeqCst) == l.notify.load(Ordering::SeqCst) {
        return;
    }
    l.lock.lock();
    let mut s = l.head;
    l.head = core::ptr::null_mut();
    l.tail = core::ptr::null_mut();
    l.notify
        .store(l.wait.load(Ordering::SeqCst), Ordering::SeqCst);
    l.lock.unlock();
    while !s.is_null() {
        // SAFETY: the records were taken off the list under the lock, so
        // only we wake them; `next` is read before the owner may free it.
        unsafe {
            let next = (*s).next;
            (*s).next = core::ptr::null_mut();
            ready((*s).g);
            s = next;
        }
    }
}

/// `notifyListNotifyOne(l)`: wakes the waiter with the oldest unnotified
/// ticket (if it is parked yet; otherwise its `notifyListWait` returns at
/// once).
///
/// # Safety
/// `l` points at a live notify list; the caller holds a P.
#[export_name = "runtime.notifyListNotifyOne"]
pub unsafe extern "C" fn notify_list_notify_one(l: *mut NotifyList) {
    // SAFETY: guaranteed by the caller.
    let l = unsafe { &mut *l };
    if l.wait.load(Ordering::SeqCst) == l.notify.load(Ordering::SeqCst) {
        return;
    }
    l.lock.lock();
    let t = l.notify.load(Ordering::SeqCst);
    if t == l.wait.load(Ordering::SeqCst) {
        l.lock.unlock();
        return;
    }
    l.notify.store(t.wrapping_add(1), Ordering::SeqCst);
    let mut p: *mut Sudog = core::ptr::null_mut();
    let mut s = l.head;
    // SAFETY: the lock is held; the list's records are live.
    unsafe {
        while !s.is_null() {
            if (*s).ticket == t {
                let n = (*s).next;
                if p.is_null() {
                    l.head = n;
                } else {
                    (*p).next = n;
                }
                if n.is_null() {
                    l.tail = p;
                }
                l.lock.unlock();
                (*s).next = core::ptr::null_mut();
                ready((*s).g);
                return;
            }
            p = s;
            s = (*s).next;
        }
    }
    l.lock.unlock();
}

/// Whether sync.Mutex may spin instead of queueing (the scheduler's half
/// of Go's `sync_runtime_canSpin`): more than one CPU, another P running,
/// and nothing else waiting to run on this P.
#[export_name = "runtime.canSpin"]
pub extern "C" fn can_spin() -> bool {
    // SAFETY: called by a goroutine, whose M holds a P.
    crate::sched::spin_allowed() && unsafe { (*(*getm()).p).runqempty() }
}

/// Go's `procPin`: the running goroutine may not be preempted (nor leave
/// its M and P) until `procUnpin`; returns its P's id, which is below
/// GOMAXPROCS. The pinned code must not block (sync.Pool's and
/// atomic.Value's pinned sections never do).
#[export_name = "runtime.procPin"]
pub extern "C" fn proc_pin() -> isize {
    crate::sched::acquirem();
    // SAFETY: called by a goroutine, whose M holds a P.
    unsafe { (*(*getm()).p).id as isize }
}

/// Undoes `procPin`.
#[export_name = "runtime.procUnpin"]
pub extern "C" fn proc_unpin() {
    crate::sched::releasem();
}

crate::arch::park_entry!("runtime.semacquire", crate::sema::semacquire);
crate::arch::park_entry!("runtime.semacquire1", crate::sema::semacquire1);
crate::arch::park_entry!("runtime.semrelease", crate::sema::semrelease);
crate::arch::park_entry!("runtime.notifyListWait", crate::sema::notify_list_wait);

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    /// sync's `notifyList` layout (sync/runtime.go).
    #[test]
    fn notify_list_layout_is_syncs() {
        assert_eq!(offset_of!(NotifyList, wait), 0);
        assert_eq!(offset_of!(NotifyList, notify), 4);
        assert_eq!(offset_of!(NotifyList, lock), 8);
        assert_eq!(offset_of!(NotifyList, head), 16);
        assert_eq!(offset_of!(NotifyList, tail), 24);
        assert_eq!(core::mem::size_of::<NotifyList>(), 32);
    }

    #[test]
    fn tickets_wrap() {
        assert!(less(1, 2));
        assert!(!less(2, 2));
        assert!(less(u32::MAX, 0));
        assert!(!less(0, u32::MAX));
    }

    fn waiter(tag: usize) -> *mut Sudog {
        // `g` holds a tag identifying the waiter; the treap never reads it.
        Box::into_raw(Box::new(Sudog::new(
            tag as *mut G,
            0,
            false,
            WaitReason::Semacquire,
        )))
    }

    /// Checks the treap's order and heap property; returns its node count.
    fn check(s: *mut Sudog, lo: usize, hi: usize, parent: *mut Sudog) -> usize {
        if s.is_null() {
            return 0;
        }
        // SAFETY: test records are live until freed by the test.
        unsafe {
            assert_eq!((*s).parent, parent);
            assert!(lo <= (*s).elem && (*s).elem < hi);
            assert_ne!((*s).ticket, 0);
            if !parent.is_null() {
                assert!((*parent).ticket <= (*s).ticket);
            }
            1 + check((*s).prev, lo, (*s).elem, s) + check((*s).next, (*s).elem + 1, hi, s)
        }
    }

    fn tag(s: *mut Sudog) -> usize {
        // SAFETY: a live test record.
        let t = unsafe { (*s).g as usize };
        // SAFETY: dequeued records belong to the test.
        drop(unsafe { Box::from_raw(s) });
        t
    }

    /// Many addresses, several waiters each, FIFO per address; the treap
    /// stays a search tree and a heap through inserts and removals.
    #[test]
    fn treap_queues_fifo_per_address() {
        let root = SemaRoot::new();
        root.lock.lock();
        let addrs: Vec<usize> = (0..200).map(|i| 0x1000 + ((i * 7919) % 200) * 8).collect();
        // SAFETY: the lock is held; records are fresh.
        unsafe {
            for round in 0..3 {
                for (i, &a) in addrs.iter().enumerate() {
                    root.queue(a, waiter(round * 1000 + i), false);
                }
            }
            assert_eq!(
                check(*root.treap.get(), 0, usize::MAX, core::ptr::null_mut()),
                200
            );
            for (i, &a) in addrs.iter().enumerate().rev() {
                for round in 0..3 {
                    assert_eq!(tag(root.dequeue(a)), round * 1000 + i);
                }
                assert!(root.dequeue(a).is_null());
                let n = check(*root.treap.get(), 0, usize::MAX, core::ptr::null_mut());
                assert_eq!(n, i);
            }
            assert!((*root.treap.get()).is_null());
        }
        root.lock.unlock();
    }

    /// A `lifo` waiter goes ahead of the others on its address.
    #[test]
    fn lifo_waiter_goes_first() {
        let root = SemaRoot::new();
        root.lock.lock();
        // SAFETY: the lock is held; records are fresh.
        unsafe {
            root.queue(0x40, waiter(1), false);
            root.queue(0x48, waiter(10), false);
            root.queue(0x40, waiter(2), false);
            root.queue(0x40, waiter(3), true);
            root.queue(0x40, waiter(4), false);
            root.queue(0x40, waiter(5), true);
            check(*root.treap.get(), 0, usize::MAX, core::ptr::null_mut());
            let order: Vec<usize> = (0..5).map(|_| tag(root.dequeue(0x40))).collect();
            assert_eq!(order, [5, 3, 1, 2, 4]);
            assert!(root.dequeue(0x40).is_null());
            assert_eq!(tag(root.dequeue(0x48)), 10);
        }
        root.lock.unlock();
    }

    #[test]
    fn cansemacquire_counts_down() {
        let mut v: u32 = 2;
        // SAFETY: `v` is a live u32.
        unsafe {
            assert!(cansemacquire(&mut v));
            assert!(cansemacquire(&mut v));
            assert!(!cansemacquire(&mut v));
        }
        assert_eq!(v, 0);
    }
}
