//! Channels (Go's `chan.go`).
//!
//! A channel value is a pointer to an `Hchan` (NULL: nil channel): a ring
//! buffer of `dataqsiz` elements (`buf`, `sendx`, `recvx`, `qcount`), the
//! queues of goroutines blocked receiving (`recvq`) and sending (`sendq`),
//! each waiter represented by a `Sudog`, and `lock`, which guards all of it.
//!
//! Invariants (as in Go):
//! - at least one of `recvq` and `sendq` is empty, except when both hold
//!   goroutines blocked in a select on this same channel;
//! - buffered channel: `qcount > 0` implies `recvq` is empty and
//!   `qcount < dataqsiz` implies `sendq` is empty;
//! - a blocked sender's value stays in its own memory (`sudog.elem`) until a
//!   receiver copies it out; a receiver arriving while senders wait on a
//!   full buffer takes the head of the buffer and moves the first sender's
//!   value to the tail, so FIFO order holds;
//! - a waker copies the value directly into (or out of) the parked
//!   goroutine's memory (direct hand-off), marks the sudog `success`,
//!   sets `g.param` to the sudog and readies the goroutine after unlocking;
//!   `close` wakes every waiter with `success == false` (receivers get the
//!   zero value).
//!
//! Blocking operations are entered through park stubs (`arch::park_entry!`)
//! and park with `gopark`, releasing the channel lock on g0; the goroutine
//! resumes in `chansend_resume`/`chanrecv_resume`, which `gogo` calls on
//! its stack before returning to compiled code. Element copies are plain
//! memory copies (no write barriers until the GC exists).

use core::sync::atomic::Ordering;

use crate::abi::ChanType;
use crate::error::PLAIN_ERROR;
use crate::mem::{mallocgc, MAX_ALLOC};
use crate::panic::raise_error;
use crate::sched::{getg, gopark, ready, WaitReason, G};
use crate::sync::Lock;

#[repr(C)]
pub struct Hchan {
    /// Elements in the buffer (offset 0: `len(c)`).
    pub qcount: usize,
    /// Buffer size (offset 8: `cap(c)`).
    pub dataqsiz: usize,
    buf: *mut u8,
    elemsize: usize,
    closed: u32,
    sendx: usize,
    recvx: usize,
    pub recvq: WaitQ,
    pub sendq: WaitQ,
    pub lock: Lock,
    /// Nonzero for a time.Timer's or Ticker's channel (Go's `hchan.timer`):
    /// buffered inside, it presents itself as unbuffered (`len` and `cap`
    /// report 0) so that stops and resets can take a value back unseen.
    timer: u32,
}

/// A goroutine waiting on a channel (Go's `sudog`).
#[repr(C)]
pub struct Sudog {
    pub g: *mut G,
    next: *mut Sudog,
    prev: *mut Sudog,
    /// Where the value comes from (send) or goes to (receive; may be null).
    pub elem: *mut u8,
    pub c: *mut Hchan,
    /// The select case this sudog stands for (selects only).
    pub case: usize,
    pub is_select: bool,
    /// Whether a value was communicated (false: woken by close).
    pub success: bool,
}

impl Sudog {
    pub fn new(g: *mut G, elem: *mut u8, c: *mut Hchan) -> *mut Sudog {
        Box::into_raw(Box::new(Sudog {
            g,
            next: core::ptr::null_mut(),
            prev: core::ptr::null_mut(),
            elem,
            c,
            case: 0,
            is_select: false,
            success: false,
        }))
    }
}

/// A FIFO of sudogs (Go's `waitq`).
#[repr(C)]
pub struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

impl WaitQ {
    /// # Safety
    /// The channel lock must be held; `sg` is in no queue.
    pub unsafe fn enqueue(&mut self, sg: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            (*sg).next = core::ptr::null_mut();
            (*sg).prev = self.last;
            if self.last.is_null() {
                self.first = sg;
            } else {
                (*self.last).next = sg;
            }
        }
        self.last = sg;
    }

    /// Removes and returns the first waiter that can still be woken: a
    /// select's sudog is skipped when another case of that select already
    /// won (`g.selectdone`).
    ///
    /// # Safety
    /// The channel lock must be held.
    pub unsafe fn dequeue(&mut self) -> *mut Sudog {
        loop {
            let sg = self.first;
            if sg.is_null() {
                return sg;
            }
            // SAFETY: guaranteed by the caller; queued sudogs are live.
            unsafe {
                self.unlink(sg);
                if (*sg).is_select
                    && (*(*sg).g)
                        .selectdone
                        .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                        .is_err()
                {
                    continue;
                }
            }
            return sg;
        }
    }

    /// Removes `sg` from the queue if it is there.
    ///
    /// # Safety
    /// The channel lock must be held; `sg` is this queue's or in none.
    pub unsafe fn remove(&mut self, sg: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            if !(*sg).prev.is_null() || self.first == sg {
                self.unlink(sg);
            }
        }
    }

    /// # Safety
    /// `sg` must be in this queue.
    unsafe fn unlink(&mut self, sg: *mut Sudog) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let (prev, next) = ((*sg).prev, (*sg).next);
            if prev.is_null() {
                self.first = next;
            } else {
                (*prev).next = next;
            }
            if next.is_null() {
                self.last = prev;
            } else {
                (*next).prev = prev;
            }
            (*sg).next = core::ptr::null_mut();
            (*sg).prev = core::ptr::null_mut();
        }
    }
}

/// Raises one of the channel panics (Go's `plainError`s).
fn chanpanic(msg: &'static [u8]) {
    raise_error(&PLAIN_ERROR, |p| p.str(msg));
}

/// `make(chan T, size)`.
///
/// # Safety
/// `t` must be a channel type descriptor.
#[export_name = "runtime.makechan"]
pub unsafe extern "C" fn makechan(t: *const ChanType, size: isize) -> *mut Hchan {
    // SAFETY: guaranteed by the caller; descriptors are static.
    let elemsize = unsafe { (*(*t).elem).size };
    let hsize = core::mem::size_of::<Hchan>();
    let bytes = (size as usize).checked_mul(elemsize);
    if size < 0 || bytes.is_none_or(|b| b > MAX_ALLOC - hsize) {
        chanpanic(b"makechan: size out of range");
        return core::ptr::null_mut();
    }
    let bytes = bytes.unwrap_or(0);
    let c = mallocgc(hsize + bytes, core::ptr::null(), 1) as *mut Hchan;
    // SAFETY: `c` is fresh zeroed memory for the header and buffer; a
    // zeroed header is an empty open channel with an unlocked lock.
    unsafe {
        (*c).dataqsiz = size as usize;
        (*c).elemsize = elemsize;
        (*c).buf = (c as *mut u8).add(hsize);
    }
    c
}

impl Hchan {
    fn slot(&self, i: usize) -> *mut u8 {
        // SAFETY: `i < dataqsiz`, inside the buffer.
        unsafe { self.buf.add(i * self.elemsize) }
    }

    /// Copies `elemsize` bytes from `src` to `dst`, either may be null (nothing to copy).
    fn copy(&self, dst: *mut u8, src: *const u8) {
        if !dst.is_null() && !src.is_null() && self.elemsize > 0 {
            // SAFETY: both point at element-sized memory of this channel's type.
            unsafe { core::ptr::copy(src, dst, self.elemsize) };
        }
    }

    fn clear(&self, p: *mut u8) {
        if !p.is_null() {
            // SAFETY: `p` points at an element.
            unsafe { core::ptr::write_bytes(p, 0, self.elemsize) };
        }
    }

    pub fn elem_size(&self) -> usize {
        self.elemsize
    }

    pub fn is_closed(&self) -> bool {
        self.closed != 0
    }

    pub fn has_room(&self) -> bool {
        self.qcount < self.dataqsiz
    }

    /// Copies `ep` into the buffer (lock held, room available).
    pub fn bufsend(&mut self, ep: *const u8) {
        self.copy(self.slot(self.sendx), ep);
        self.sendx += 1;
        if self.sendx == self.dataqsiz {
            self.sendx = 0;
        }
        self.qcount += 1;
    }

    /// Moves the buffer's head to `ep` (lock held, buffer non-empty).
    pub fn bufrecv(&mut self, ep: *mut u8) {
        let qp = self.slot(self.recvx);
        self.copy(ep, qp);
        self.clear(qp);
        self.recvx += 1;
        if self.recvx == self.dataqsiz {
            self.recvx = 0;
        }
        self.qcount -= 1;
    }

    /// Hands `ep` to the waiting receiver `sg`, unlocks, and readies it.
    ///
    /// # Safety
    /// The lock is held and `sg` was just dequeued from `recvq`.
    pub unsafe fn send(&mut self, sg: *mut Sudog, ep: *const u8) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            self.copy((*sg).elem, ep);
            wake(sg, true);
            self.lock.unlock();
            ready((*sg).g);
        }
    }

    /// Takes a value from the waiting sender `sg` into `ep` (through the
    /// full buffer when there is one), unlocks, and readies the sender.
    ///
    /// # Safety
    /// The lock is held and `sg` was just dequeued from `sendq`.
    pub unsafe fn recv(&mut self, sg: *mut Sudog, ep: *mut u8) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            if self.dataqsiz == 0 {
                self.copy(ep, (*sg).elem);
            } else {
                let qp = self.slot(self.recvx);
                self.copy(ep, qp);
                self.copy(qp, (*sg).elem);
                self.recvx += 1;
                if self.recvx == self.dataqsiz {
                    self.recvx = 0;
                }
                self.sendx = self.recvx;
            }
            wake(sg, true);
            self.lock.unlock();
            ready((*sg).g);
        }
    }
}

/// Marks `sg`'s wait as finished with `success` and tells its goroutine.
///
/// # Safety
/// `sg` is a live sudog just removed from a queue.
unsafe fn wake(sg: *mut Sudog, success: bool) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*sg).success = success;
        (*(*sg).g).param = sg as *mut u8;
    }
}

/// `gopark`'s unlock function for channel locks.
///
/// # Safety
/// `l` is a held `Lock`.
pub unsafe fn unlock_lock(l: *mut u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { (*(l as *const Lock)).unlock() };
}

/// Parks the current goroutine forever (nil channels, `select {}`).
pub fn block_forever(reason: WaitReason) -> ! {
    gopark(reason, None, core::ptr::null_mut())
}

/// Parks the current goroutine in `q` of `c` (lock held) with the value at
/// `ep`; `gogo` runs `resume` when it is woken.
fn park_on(c: &mut Hchan, send: bool, ep: *mut u8, resume: extern "C" fn(*mut G) -> usize) -> ! {
    let gp = getg();
    let sg = Sudog::new(gp, ep, c);
    // SAFETY: the lock is held; `gp` is the running goroutine.
    unsafe {
        if send {
            c.sendq.enqueue(sg);
        } else {
            c.recvq.enqueue(sg);
        }
        (*gp).param = core::ptr::null_mut();
        (*gp).sched.resume = resume as *const () as usize;
    }
    let reason = if send {
        WaitReason::ChanSend
    } else {
        WaitReason::ChanReceive
    };
    gopark(reason, Some(unlock_lock), &c.lock as *const Lock as *mut u8)
}

/// Takes the sudog that woke `gp` and frees it; whether it communicated.
fn take_wakeup(gp: *mut G) -> bool {
    // SAFETY: the waker set `param` to our sudog before readying us, and
    // nothing references it any more.
    unsafe {
        let sg = Box::from_raw((*gp).param as *mut Sudog);
        (*gp).param = core::ptr::null_mut();
        sg.success
    }
}

/// `c <- *ep` (through the stub `runtime.chansend1`).
///
/// # Safety
/// `c` is null or a channel; `ep` points at a value of its element type.
pub unsafe extern "C" fn chansend1(c: *mut Hchan, ep: *mut u8) {
    if c.is_null() {
        block_forever(WaitReason::ChanSendNilChan);
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { &mut *c };
    c.lock.lock();
    // SAFETY: the lock is held; `ep` as guaranteed by the caller.
    if unsafe { trysend(c, ep) } {
        return;
    }
    park_on(c, true, ep, chansend_resume)
}

/// The send of `*ep` on `c` if it need not block: returns true when done
/// (or raised `send on closed channel`) with the lock released, false with
/// the lock still held.
///
/// # Safety
/// `c`'s lock is held; `ep` points at element memory.
unsafe fn trysend(c: &mut Hchan, ep: *const u8) -> bool {
    if c.is_closed() {
        c.lock.unlock();
        chanpanic(b"send on closed channel");
        return true;
    }
    // SAFETY: the lock is held.
    let sg = unsafe { c.recvq.dequeue() };
    if !sg.is_null() {
        // SAFETY: `sg` was just dequeued under the lock.
        unsafe { c.send(sg, ep) };
        return true;
    }
    if c.has_room() {
        c.bufsend(ep);
        c.lock.unlock();
        return true;
    }
    false
}

/// `select { case c <- *ep: ...; default: ... }`: whether it sent.
///
/// # Safety
/// As `chansend1`.
#[export_name = "runtime.selectnbsend"]
pub unsafe extern "C" fn selectnbsend(c: *mut Hchan, ep: *mut u8) -> bool {
    if c.is_null() {
        return false;
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { &mut *c };
    c.lock.lock();
    // SAFETY: the lock is held.
    if unsafe { trysend(c, ep) } {
        return true;
    }
    c.lock.unlock();
    false
}

extern "C" fn chansend_resume(gp: *mut G) -> usize {
    if !take_wakeup(gp) {
        chanpanic(b"send on closed channel");
    }
    0
}

/// `*ep = <-c` (`ep` null: discard); returns whether a value was received
/// rather than the zero value of a closed channel.
///
/// # Safety
/// `c` is null or a channel; `ep` is null or points at element memory.
pub unsafe extern "C" fn chanrecv(c: *mut Hchan, ep: *mut u8) -> bool {
    if c.is_null() {
        block_forever(WaitReason::ChanReceiveNilChan);
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { &mut *c };
    c.lock.lock();
    // SAFETY: the lock is held.
    if let Some(received) = unsafe { tryrecv(c, ep) } {
        return received;
    }
    park_on(c, false, ep, chanrecv_resume)
}

/// The receive from `c` into `ep` if it need not block: Some(whether a
/// value was received) with the lock released, or None with it held.
///
/// # Safety
/// `c`'s lock is held; `ep` is null or points at element memory.
unsafe fn tryrecv(c: &mut Hchan, ep: *mut u8) -> Option<bool> {
    if c.is_closed() && c.qcount == 0 {
        c.lock.unlock();
        c.clear(ep);
        return Some(false);
    }
    // SAFETY: the lock is held.
    let sg = unsafe { c.sendq.dequeue() };
    if !sg.is_null() {
        // SAFETY: `sg` was just dequeued under the lock.
        unsafe { c.recv(sg, ep) };
        return Some(true);
    }
    if c.qcount > 0 {
        c.bufrecv(ep);
        c.lock.unlock();
        return Some(true);
    }
    None
}

/// The two results of `selectnbrecv`, in two registers.
#[repr(C)]
pub struct NbRecv {
    pub selected: u64,
    pub received: u64,
}

/// `select { case v, ok = <-c: ...; default: ... }`: whether the receive
/// happened, and whether it got a value.
///
/// # Safety
/// As `chanrecv`.
#[export_name = "runtime.selectnbrecv"]
pub unsafe extern "C" fn selectnbrecv(ep: *mut u8, c: *mut Hchan) -> NbRecv {
    let no = NbRecv {
        selected: 0,
        received: 0,
    };
    if c.is_null() {
        return no;
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { &mut *c };
    c.lock.lock();
    // SAFETY: the lock is held.
    match unsafe { tryrecv(c, ep) } {
        Some(received) => NbRecv {
            selected: 1,
            received: received as u64,
        },
        None => {
            c.lock.unlock();
            no
        }
    }
}

extern "C" fn chanrecv_resume(gp: *mut G) -> usize {
    take_wakeup(gp) as usize
}

/// `close(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.closechan"]
pub unsafe extern "C" fn closechan(c: *mut Hchan) {
    if c.is_null() {
        return chanpanic(b"close of nil channel");
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { &mut *c };
    c.lock.lock();
    if c.is_closed() {
        c.lock.unlock();
        return chanpanic(b"close of closed channel");
    }
    c.closed = 1;
    let mut woken = Vec::new();
    // SAFETY: the lock is held; dequeued sudogs are live.
    unsafe {
        loop {
            let sg = c.recvq.dequeue();
            if sg.is_null() {
                break;
            }
            c.clear((*sg).elem);
            wake(sg, false);
            woken.push((*sg).g);
        }
        loop {
            let sg = c.sendq.dequeue();
            if sg.is_null() {
                break;
            }
            wake(sg, false);
            woken.push((*sg).g);
        }
    }
    c.lock.unlock();
    for gp in woken {
        // SAFETY: each was dequeued above, so only we ready it.
        unsafe { ready(gp) };
    }
}

/// `len(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.chanlen"]
pub unsafe extern "C" fn chanlen(c: *const Hchan) -> isize {
    if c.is_null() {
        return 0;
    }
    // SAFETY: guaranteed by the caller; a racy read, as in Go; `timer` is
    // set before the channel is used.
    unsafe {
        if (*c).timer != 0 {
            return 0;
        }
        core::ptr::read_volatile(&(*c).qcount) as isize
    }
}

/// `cap(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[export_name = "runtime.chancap"]
pub unsafe extern "C" fn chancap(c: *const Hchan) -> isize {
    if c.is_null() {
        return 0;
    }
    // SAFETY: guaranteed by the caller; `dataqsiz` and `timer` never
    // change once the channel is in use.
    unsafe {
        if (*c).timer != 0 {
            return 0;
        }
        (*c).dataqsiz as isize
    }
}

/// `chantimer(c)`: marks `c` as a timer's channel (time.newTimer, before
/// the channel is used).
///
/// # Safety
/// `c` is a channel.
#[export_name = "runtime.chantimer"]
pub unsafe extern "C" fn chantimer(c: *mut Hchan) {
    // SAFETY: guaranteed by the caller.
    unsafe { (*c).timer = 1 };
}

/// `<-c` and `v = <-c` (through the stub `runtime.chanrecv1`).
///
/// # Safety
/// As `chanrecv`.
pub unsafe extern "C" fn chanrecv1(c: *mut Hchan, ep: *mut u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { chanrecv(c, ep) };
}

/// `v, ok = <-c` (through the stub `runtime.chanrecv2`).
///
/// # Safety
/// As `chanrecv`.
pub unsafe extern "C" fn chanrecv2(c: *mut Hchan, ep: *mut u8) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { chanrecv(c, ep) }
}

/// `select {}` (through the stub `runtime.block`).
pub extern "C" fn block() {
    block_forever(WaitReason::SelectNoCases)
}

crate::arch::park_entry!("runtime.chansend1", crate::chan::chansend1);
crate::arch::park_entry!("runtime.chanrecv1", crate::chan::chanrecv1);
crate::arch::park_entry!("runtime.chanrecv2", crate::chan::chanrecv2);
crate::arch::park_entry!("runtime.block", crate::chan::block);
