//! `select` (Go's `select.go`).
//!
//! Compiled code passes an array of `Scase {c, elem}`: the send cases
//! first, then the receive cases, and whether the select may block (it has
//! no `default`). `selectgo` follows Go's algorithm:
//! 1. a random poll order over the cases with non-nil channels, and a lock
//!    order sorting them by channel address (so two selects lock shared
//!    channels in the same order and cannot deadlock);
//! 2. with every channel locked, the first case in poll order that can
//!    proceed at once wins (a waiting peer, buffer room or data, a closed
//!    channel); without one, a non-blocking select returns -1 (`default`);
//! 3. otherwise one sudog per case goes on its channel's queue and the
//!    goroutine parks; the channels are unlocked on g0. The first peer to
//!    dequeue one of these sudogs wins the race on `g.selectdone`; later
//!    ones skip the other sudogs;
//! 4. on resumption (`selectgo_resume`, on the goroutine's stack) every
//!    channel is locked again and the losing sudogs are removed from their
//!    queues.
//!
//! The result packs the chosen case and whether a receive got a value:
//! `(index << 1) | recvOK`; -1 (default) is returned as `-2`.

use core::sync::atomic::Ordering;

use crate::chan::{block_forever, Hchan, Sudog};
use crate::sched::{getg, gopark, WaitReason, G};

/// One case of a select (Go's `scase`).
#[repr(C)]
pub struct Scase {
    pub c: *mut Hchan,
    pub elem: *mut u8,
}

/// The state of a parked select, owned by its goroutine until resumption.
struct SelState {
    /// Distinct channels in lock order.
    locks: Vec<*mut Hchan>,
    /// One sudog per case with a channel, with whether it sends.
    sudogs: Vec<(*mut Sudog, bool)>,
}

fn lock_all(locks: &[*mut Hchan]) {
    for &c in locks {
        // SAFETY: the select's channels are live.
        unsafe { (*c).lock.lock() };
    }
}

fn unlock_all(locks: &[*mut Hchan]) {
    for &c in locks.iter().rev() {
        // SAFETY: the select's channels are live and locked by us.
        unsafe { (*c).lock.unlock() };
    }
}

/// Packs a select result.
fn packed(i: isize, recv_ok: bool) -> isize {
    (i << 1) | recv_ok as isize
}

/// `select` (through the stub `runtime.selectgo`).
///
/// # Safety
/// `cases` points at `nsends + nrecvs` cases, sends first; their channels
/// are null or live and their `elem`s point at element memory (receive
/// elems may be null).
pub unsafe extern "C" fn selectgo(
    cases: *mut Scase,
    nsends: isize,
    nrecvs: isize,
    block: u8,
) -> isize {
    let n = (nsends + nrecvs) as usize;
    // SAFETY: guaranteed by the caller.
    let cases = unsafe { core::slice::from_raw_parts(cases, n) };
    let mut poll: Vec<usize> = (0..n).filter(|&i| !cases[i].c.is_null()).collect();
    for i in (1..poll.len()).rev() {
        let j = crate::alg::fastrand() as usize % (i + 1);
        poll.swap(i, j);
    }
    let mut locks: Vec<*mut Hchan> = poll.iter().map(|&i| cases[i].c).collect();
    locks.sort_unstable();
    locks.dedup();
    lock_all(&locks);
    for &i in &poll {
        let cas = &cases[i];
        // SAFETY: locked above.
        let c = unsafe { &mut *cas.c };
        if (i as isize) < nsends {
            if c.is_closed() {
                unlock_all(&locks);
                crate::panic::raise_error(&crate::error::PLAIN_ERROR, |p| {
                    p.str(b"send on closed channel")
                });
                return packed(i as isize, false);
            }
            // SAFETY: the lock is held.
            let sg = unsafe { c.recvq.dequeue() };
            if !sg.is_null() {
                unlock_others(&locks, cas.c);
                // SAFETY: dequeued under the lock, which `send` releases.
                unsafe { c.send(sg, cas.elem) };
                return packed(i as isize, false);
            }
            if c.has_room() {
                c.bufsend(cas.elem);
                unlock_all(&locks);
                return packed(i as isize, false);
            }
        } else {
            // SAFETY: the lock is held.
            let sg = unsafe { c.sendq.dequeue() };
            if !sg.is_null() {
                unlock_others(&locks, cas.c);
                // SAFETY: dequeued under the lock, which `recv` releases.
                unsafe { c.recv(sg, cas.elem) };
                return packed(i as isize, true);
            }
            if c.qcount > 0 {
                c.bufrecv(cas.elem);
                unlock_all(&locks);
                return packed(i as isize, true);
            }
            if c.is_closed() {
                unlock_all(&locks);
                if !cas.elem.is_null() {
                    // SAFETY: the elem has the channel's element size.
                    unsafe { core::ptr::write_bytes(cas.elem, 0, elemsize(c)) };
                }
                return packed(i as isize, false);
            }
        }
    }
    if block == 0 {
        unlock_all(&locks);
        return packed(-1, false);
    }
    if poll.is_empty() {
        block_forever(WaitReason::Select);
    }
    park_select(cases, nsends, locks)
}

/// The element size of `c` (lock held).
fn elemsize(c: &Hchan) -> usize {
    c.elem_size()
}

/// Unlocks every channel but `keep`, whose unlock the hand-off does.
fn unlock_others(locks: &[*mut Hchan], keep: *mut Hchan) {
    for &c in locks.iter().rev() {
        if c != keep {
            // SAFETY: locked by us.
            unsafe { (*c).lock.unlock() };
        }
    }
}

/// Enqueues one sudog per case and parks (all channels locked).
fn park_select(cases: &[Scase], nsends: isize, locks: Vec<*mut Hchan>) -> ! {
    let gp = getg();
    let mut sudogs = Vec::with_capacity(cases.len());
    for (i, cas) in cases.iter().enumerate() {
        if cas.c.is_null() {
            continue;
        }
        let send = (i as isize) < nsends;
        let sg = Sudog::new(gp, cas.elem, cas.c);
        // SAFETY: fresh sudog; the channel is locked.
        unsafe {
            (*sg).case = i;
            (*sg).is_select = true;
            if send {
                (*cas.c).sendq.enqueue(sg);
            } else {
                (*cas.c).recvq.enqueue(sg);
            }
        }
        sudogs.push((sg, send));
    }
    let st = Box::into_raw(Box::new(SelState { locks, sudogs }));
    // SAFETY: `gp` is the running goroutine; `st` lives until resumption.
    unsafe {
        (*gp).param = core::ptr::null_mut();
        (*gp).selectdone.store(0, Ordering::SeqCst);
        (*gp).selstate = st as *mut u8;
        (*gp).sched.resume = selectgo_resume as *const () as usize;
    }
    gopark(WaitReason::Select, Some(selunlock), st as *mut u8)
}

/// Unlocks a parked select's channels on g0.
///
/// # Safety
/// `st` is the parked goroutine's `SelState`, freed only after resumption
/// locked every channel again.
unsafe fn selunlock(st: *mut u8) {
    // SAFETY: guaranteed by the caller.
    let locks = unsafe { &(*(st as *const SelState)).locks };
    unlock_all(locks);
}

extern "C" fn selectgo_resume(gp: *mut G) -> usize {
    // SAFETY: set by `park_select`; only this goroutine uses it now.
    let st = unsafe { Box::from_raw((*gp).selstate as *mut SelState) };
    // SAFETY: as above; the winner set `param` to its sudog.
    let winner = unsafe {
        (*gp).selstate = core::ptr::null_mut();
        core::mem::replace(&mut (*gp).param, core::ptr::null_mut()) as *mut Sudog
    };
    lock_all(&st.locks);
    let mut result = 0;
    let mut send_closed = false;
    for &(sg, send) in &st.sudogs {
        // SAFETY: every sudog is live; the channels are locked.
        unsafe {
            if sg == winner {
                result = packed((*sg).case as isize, !send && (*sg).success);
                send_closed = send && !(*sg).success;
            } else if send {
                (*(*sg).c).sendq.remove(sg);
            } else {
                (*(*sg).c).recvq.remove(sg);
            }
        }
    }
    unlock_all(&st.locks);
    for &(sg, _) in &st.sudogs {
        // SAFETY: no queue holds the sudogs any more.
        drop(unsafe { Box::from_raw(sg) });
    }
    if send_closed {
        crate::panic::raise_error(&crate::error::PLAIN_ERROR, |p| {
            p.str(b"send on closed channel")
        });
    }
    result as usize
}

crate::arch::park_entry!("runtime.selectgo", crate::select::selectgo);
