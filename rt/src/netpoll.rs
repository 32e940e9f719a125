//! The network poller (Go's `netpoll.go` and `netpoll_epoll.go`): a
//! goroutine that waits for a descriptor (a pipe, a socket, a terminal)
//! parks; the M goes on running other goroutines, and an epoll instance
//! reports when the descriptor is ready.
//!
//! A `PollDesc` belongs to one open descriptor (internal/poll's
//! `pollDesc.runtimeCtx`). It holds two binary semaphores, `rg` (readers)
//! and `wg` (writers), each in one of Go's states:
//! - `PD_READY`: an I/O notification is pending; a waiter consumes it by
//!   swapping it for `PD_NIL`;
//! - `PD_WAIT`: a goroutine is about to park; it commits by swapping in its
//!   `g` (in `gopark`'s unlock function, once off its stack), unless a
//!   notification (`PD_READY`) or a timeout/close (`PD_NIL`) came first;
//! - a `g` pointer: that goroutine is parked; a notification or a
//!   timeout/close swaps in `PD_READY`/`PD_NIL` and readies it;
//! - `PD_NIL`: none of these.
//!
//! `closing` and the read/write deadlines `rd`/`wd` (a `nanotime` instant;
//! -1 once expired) change under the descriptor's lock and are summarised
//! in the atomic `info` word, which the lock-free paths read
//! (`checkerr`). Deadlines are runtime timers (`crate::time`) on the P
//! that set them; a timer's run is stale when the timer was reset or
//! stopped since it was taken off its heap (its `seq` moved), which also
//! covers a descriptor closed and reopened. A `PollDesc` is never freed
//! (epoll may still report a closed descriptor): closing returns it to a
//! free list and bumps its `fdseq`, which the epoll event carries next to
//! the pointer, so a late event for the old descriptor is ignored.
//!
//! Descriptors are registered edge-triggered for reading and writing. The
//! scheduler polls (`netpoll`): without blocking in `findrunnable` before
//! stealing, when some goroutine waits and no M is blocked polling; with a
//! timeout in the idle timer waiter (`crate::time::sleep_until_next_timer`)
//! once the poller is initialised and something waits (a goroutine on a
//! descriptor, or a timer), so the last idle M sleeps in `epoll_wait`
//! rather than on its futex and is not idle for deadlock detection; and
//! sysmon polls when nobody has for 10 ms. An eventfd in the epoll set
//! interrupts a blocking poll (`netpoll_break`) when an earlier timer is
//! added. `WAITERS` counts the goroutines parked on descriptors.
//!
//! C entries (rt/ABI.md "Network poller"), internal/poll's hooks through
//! golift's runtime package (rt/go/runtime/netpoll.go).

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicUsize, Ordering};

use crate::sched::{getg, gopark, ready, WaitReason, G};
use crate::sync::Lock;
use crate::time::{nanotime, timer_reset, timer_stop, Timer};

/// Error codes of `pollReset`/`pollWait` (internal/poll's `pollErr*`).
pub const POLL_NO_ERROR: isize = 0;
pub const POLL_ERR_CLOSING: isize = 1;
pub const POLL_ERR_TIMEOUT: isize = 2;
pub const POLL_ERR_NOT_POLLABLE: isize = 3;

/// The states of `rg`/`wg` other than a `g` pointer.
const PD_NIL: usize = 0;
const PD_READY: usize = 1;
const PD_WAIT: usize = 2;

/// The bits of `info`.
const INFO_CLOSING: u32 = 1;
const INFO_EVENT_ERR: u32 = 2;
const INFO_EXPIRED_READ: u32 = 4;
const INFO_EXPIRED_WRITE: u32 = 8;
const INFO_FDSEQ_SHIFT: u32 = 4;

/// `fdseq` wraps at this many bits: the epoll event packs it under the
/// pointer, which uses the low 48 bits of an address (x86-64 and arm64).
const FDSEQ_BITS: u32 = 16;
const FDSEQ_MASK: usize = (1 << FDSEQ_BITS) - 1;
const ADDR_BITS: u32 = 48;

const MODE_READ: isize = b'r' as isize;
const MODE_WRITE: isize = b'w' as isize;

/// A descriptor's poll state (Go's `pollDesc`).
pub struct PollDesc {
    /// Next on the free list (under `CACHE`'s lock).
    link: UnsafeCell<*mut PollDesc>,
    fd: AtomicUsize,
    fdseq: AtomicUsize,
    info: AtomicU32,
    rg: AtomicUsize,
    wg: AtomicUsize,
    lock: Lock,
    st: UnsafeCell<Locked>,
    rt: UnsafeCell<Timer>,
    wt: UnsafeCell<Timer>,
}

/// The part of a `PollDesc` under its lock.
struct Locked {
    closing: bool,
    /// Whether the read (write) deadline timer is armed or has fired
    /// since it was last set (Go's `rrun`/`wrun`).
    rrun: bool,
    wrun: bool,
    /// The read timer expires both deadlines (they are equal).
    rcombo: bool,
    rd: i64,
    wd: i64,
}

// SAFETY: `st` and the timers are only touched under `lock`; `link` only
// under the cache's lock; the rest is atomic.
unsafe impl Sync for PollDesc {}

impl PollDesc {
    fn new() -> PollDesc {
        PollDesc {
            link: UnsafeCell::new(core::ptr::null_mut()),
            fd: AtomicUsize::new(0),
            fdseq: AtomicUsize::new(0),
            info: AtomicU32::new(0),
            rg: AtomicUsize::new(PD_NIL),
            wg: AtomicUsize::new(PD_NIL),
            lock: Lock::new(),
            st: UnsafeCell::new(Locked {
                closing: false,
                rrun: false,
                wrun: false,
                rcombo: false,
                rd: 0,
                wd: 0,
            }),
            rt: UnsafeCell::new(Timer::new(read_deadline, core::ptr::null_mut())),
            wt: UnsafeCell::new(Timer::new(write_deadline, core::ptr::null_mut())),
        }
    }

    /// # Safety
    /// `lock` is held.
    #[allow(clippy::mut_from_ref)]
    unsafe fn st(&self) -> &mut Locked {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut *self.st.get() }
    }

    fn gpp(&self, mode: isize) -> &AtomicUsize {
        if mode == MODE_WRITE {
            &self.wg
        } else {
            &self.rg
        }
    }

    /// Recomputes `info` from the locked state, keeping the event-error
    /// bit (Go's `publishInfo`). Called under `lock` after any change that
    /// may affect it, and before unblocking waiters.
    ///
    /// # Safety
    /// `lock` is held.
    unsafe fn publish_info(&self) {
        // SAFETY: guaranteed by the caller.
        let st = unsafe { self.st() };
        let mut info = 0;
        if st.closing {
            info |= INFO_CLOSING;
        }
        if st.rd < 0 {
            info |= INFO_EXPIRED_READ;
        }
        if st.wd < 0 {
            info |= INFO_EXPIRED_WRITE;
        }
        info |= ((self.fdseq.load(Ordering::SeqCst) & FDSEQ_MASK) as u32) << INFO_FDSEQ_SHIFT;
        let _ = self
            .info
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| {
                Some((x & INFO_EVENT_ERR) | info)
            });
    }

    /// Sets the event-error bit to `b`, unless the event belongs to an
    /// older use of the descriptor (`seq` nonzero and not the current one).
    fn set_event_err(&self, b: bool, seq: usize) {
        let mseq = (seq & FDSEQ_MASK) as u32;
        let _ = self
            .info
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| {
                let xseq = (x >> INFO_FDSEQ_SHIFT) & FDSEQ_MASK as u32;
                if (seq != 0 && xseq != mseq) || ((x & INFO_EVENT_ERR != 0) == b) {
                    return None;
                }
                Some(x ^ INFO_EVENT_ERR)
            });
    }

    /// The error a wait in `mode` would report now (Go's `netpollcheckerr`).
    fn checkerr(&self, mode: isize) -> isize {
        let info = self.info.load(Ordering::SeqCst);
        if info & INFO_CLOSING != 0 {
            return POLL_ERR_CLOSING;
        }
        if (mode == MODE_READ && info & INFO_EXPIRED_READ != 0)
            || (mode == MODE_WRITE && info & INFO_EXPIRED_WRITE != 0)
        {
            return POLL_ERR_TIMEOUT;
        }
        // An event error is reported only to readers; a writer learns a
        // more precise one from its next write.
        if mode == MODE_READ && info & INFO_EVENT_ERR != 0 {
            return POLL_ERR_NOT_POLLABLE;
        }
        POLL_NO_ERROR
    }

    /// Moves the semaphore of `mode` to `PD_READY` (`ioready`) or wakes its
    /// waiter for a timeout/close; returns the goroutine parked on it, if
    /// any, and counts it off `delta` (Go's `netpollunblock`).
    fn unblock(&self, mode: isize, ioready: bool, delta: &mut i32) -> *mut G {
        let gpp = self.gpp(mode);
        loop {
            let old = gpp.load(Ordering::SeqCst);
            if old == PD_READY {
                return core::ptr::null_mut();
            }
            if old == PD_NIL && !ioready {
                // Only I/O sets PD_READY; a wait checks for timeout or
                // close before it parks.
                return core::ptr::null_mut();
            }
            let new = if ioready { PD_READY } else { PD_NIL };
            if gpp
                .compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
            {
                if old == PD_NIL || old == PD_WAIT {
                    return core::ptr::null_mut();
                }
                *delta -= 1;
                return old as *mut G;
            }
        }
    }
}

/// The free list of descriptors (Go's `pollCache`).
struct Cache {
    lock: Lock,
    first: UnsafeCell<*mut PollDesc>,
}

// SAFETY: `first` is only touched under `lock`.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache {
    lock: Lock::new(),
    first: UnsafeCell::new(core::ptr::null_mut()),
};

impl Cache {
    fn alloc(&self) -> *mut PollDesc {
        self.lock.lock();
        // SAFETY: the lock is held; listed descriptors are live.
        let pd = unsafe {
            let first = *self.first.get();
            if first.is_null() {
                None
            } else {
                *self.first.get() = *(*first).link.get();
                Some(first)
            }
        };
        self.lock.unlock();
        pd.unwrap_or_else(|| {
            let pd = Box::into_raw(Box::new(PollDesc::new()));
            if (pd as usize) >> ADDR_BITS != 0 {
                crate::panic::fatal(b"runtime: pollDesc address does not fit an epoll tag");
            }
            // SAFETY: fresh; the timers point back at their descriptor.
            unsafe {
                (*(*pd).rt.get()).arg = pd.cast();
                (*(*pd).wt.get()).arg = pd.cast();
            }
            pd
        })
    }

    /// # Safety
    /// `pd` is closed (or failed to open): nobody waits on it.
    unsafe fn free(&self, pd: *mut PollDesc) {
        // SAFETY: guaranteed by the caller; descriptors are never freed.
        unsafe {
            let p = &*pd;
            p.lock.lock();
            // A poll running now must not report this descriptor ready.
            let seq = (p.fdseq.load(Ordering::SeqCst) + 1) & FDSEQ_MASK;
            p.fdseq.store(seq, Ordering::SeqCst);
            p.publish_info();
            p.lock.unlock();
            self.lock.lock();
            *p.link.get() = *self.first.get();
            *self.first.get() = pd;
            self.lock.unlock();
        }
    }
}

/// The epoll instance (-1 until initialised) and the eventfd that
/// interrupts a blocking poll.
static EPFD: AtomicI32 = AtomicI32::new(-1);
static EVENTFD: AtomicI32 = AtomicI32::new(-1);
static INITED: AtomicBool = AtomicBool::new(false);
static INIT_LOCK: Lock = Lock::new();
/// Set while a break is in flight (the eventfd holds a count).
static WAKESIG: AtomicU32 = AtomicU32::new(0);
/// Goroutines parked on descriptors.
static WAITERS: AtomicI32 = AtomicI32::new(0);
/// When the poller last ran; 0 while an M blocks in it (Go's
/// `sched.lastpoll`).
static LASTPOLL: AtomicI64 = AtomicI64::new(0);
/// Set while an M polls without blocking in `findrunnable`.
static POLLING: AtomicBool = AtomicBool::new(false);

/// Whether the poller exists (Go's `netpollinited`).
pub fn inited() -> bool {
    INITED.load(Ordering::SeqCst)
}

/// Whether goroutines wait on descriptors (Go's `netpollAnyWaiters`).
pub fn any_waiters() -> bool {
    WAITERS.load(Ordering::SeqCst) > 0
}

fn adjust_waiters(delta: i32) {
    if delta != 0 {
        WAITERS.fetch_add(delta, Ordering::SeqCst);
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn die_errno(what: &str, e: i32) -> ! {
    let mut p = crate::print::Printer::new();
    p.str(b"runtime: ");
    p.str(what.as_bytes());
    p.str(b" failed with ");
    p.str(e.to_string().as_bytes());
    p.str(b"\n");
    p.flush();
    crate::panic::fatal(b"runtime: netpoll failed")
}

/// Creates the epoll instance once (Go's `netpollGenericInit`).
fn init() {
    if inited() {
        return;
    }
    INIT_LOCK.lock();
    if !inited() {
        // SAFETY: plain system calls on fresh descriptors.
        unsafe {
            let ep = libc::epoll_create1(libc::EPOLL_CLOEXEC);
            if ep < 0 {
                die_errno("epollcreate", errno());
            }
            let efd = libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK);
            if efd < 0 {
                die_errno("eventfd", errno());
            }
            // Data 0 (a null descriptor) marks the eventfd.
            let mut ev = libc::epoll_event {
                events: libc::EPOLLIN as u32,
                u64: 0,
            };
            if libc::epoll_ctl(ep, libc::EPOLL_CTL_ADD, efd, &mut ev) < 0 {
                die_errno("epollctl", errno());
            }
            EVENTFD.store(efd, Ordering::SeqCst);
            EPFD.store(ep, Ordering::SeqCst);
        }
        LASTPOLL.store(nanotime(), Ordering::SeqCst);
        INITED.store(true, Ordering::SeqCst);
        // An idle M sleeping on its futex for a timer now polls instead.
        crate::time::wake_timer_waiter();
    }
    INIT_LOCK.unlock();
}

/// Packs a descriptor and its `fdseq` into an epoll event's data.
fn pack(pd: *const PollDesc, seq: usize) -> u64 {
    ((pd as u64) << FDSEQ_BITS) | (seq & FDSEQ_MASK) as u64
}

fn unpack(data: u64) -> (*mut PollDesc, usize) {
    (
        (data >> FDSEQ_BITS) as usize as *mut PollDesc,
        data as usize & FDSEQ_MASK,
    )
}

/// Interrupts a blocking `netpoll` (Go's `netpollBreak`). A break that
/// comes before the poll makes that poll return at once.
pub fn netpoll_break() {
    if !inited() || WAKESIG.swap(1, Ordering::SeqCst) != 0 {
        return;
    }
    let one: u64 = 1;
    loop {
        // SAFETY: writes 8 bytes from a live u64 to the eventfd.
        let n = unsafe {
            libc::write(
                EVENTFD.load(Ordering::SeqCst),
                (&one as *const u64).cast(),
                8,
            )
        };
        if n == 8 {
            return;
        }
        match errno() {
            libc::EINTR => continue,
            libc::EAGAIN => return,
            e => die_errno("netpollBreak write", e),
        }
    }
}

/// Goroutines readied by a poll, linked through `schedlink`.
pub struct GList {
    pub head: *mut G,
    pub len: usize,
}

impl GList {
    fn push(&mut self, gp: *mut G) {
        // SAFETY: `gp` was parked and taken off its semaphore by the caller.
        unsafe { (*gp).schedlink = self.head };
        self.head = gp;
        self.len += 1;
    }
}

/// Polls the descriptors (Go's `netpoll`): `delay` < 0 blocks until an
/// event or a break, 0 does not block, > 0 blocks up to that many ns.
/// Returns the goroutines that became ready (still `G_WAITING`) and the
/// change to `WAITERS` to apply once they are queued.
pub fn netpoll(delay: i64) -> (GList, i32) {
    let mut list = GList {
        head: core::ptr::null_mut(),
        len: 0,
    };
    let ep = EPFD.load(Ordering::SeqCst);
    if ep < 0 {
        return (list, 0);
    }
    let waitms: i32 = if delay < 0 {
        -1
    } else if delay == 0 {
        0
    } else if delay < 1_000_000 {
        1
    } else if delay < 1_000_000_000_000_000 {
        (delay / 1_000_000) as i32
    } else {
        1_000_000_000
    };
    let mut events = [libc::epoll_event { events: 0, u64: 0 }; 128];
    let n = loop {
        // SAFETY: `events` has room for 128 events.
        let n = unsafe { libc::epoll_wait(ep, events.as_mut_ptr(), 128, waitms) };
        if n >= 0 {
            break n as usize;
        }
        let e = errno();
        if e != libc::EINTR {
            die_errno("epollwait", e);
        }
        // A timed sleep interrupted: the caller recomputes the delay.
        if waitms > 0 {
            return (list, 0);
        }
    };
    let mut delta = 0;
    for ev in &events[..n] {
        let (bits, data) = (ev.events, ev.u64);
        if bits == 0 {
            continue;
        }
        if data == 0 {
            // The break eventfd: only a blocking poll consumes it, so a
            // non-blocking one does not swallow a break meant for another.
            if delay != 0 {
                let mut buf: u64 = 0;
                // SAFETY: reads 8 bytes into a live u64.
                unsafe {
                    libc::read(
                        EVENTFD.load(Ordering::SeqCst),
                        (&mut buf as *mut u64).cast(),
                        8,
                    )
                };
                WAKESIG.store(0, Ordering::SeqCst);
            }
            continue;
        }
        let mut mode = 0;
        let rbits = libc::EPOLLIN | libc::EPOLLRDHUP | libc::EPOLLHUP | libc::EPOLLERR;
        let wbits = libc::EPOLLOUT | libc::EPOLLHUP | libc::EPOLLERR;
        if bits & rbits as u32 != 0 {
            mode += MODE_READ;
        }
        if bits & wbits as u32 != 0 {
            mode += MODE_WRITE;
        }
        if mode == 0 {
            continue;
        }
        let (pd, tag) = unpack(data);
        // SAFETY: descriptors are never freed; a stale event has an old tag.
        let pd = unsafe { &*pd };
        if pd.fdseq.load(Ordering::SeqCst) == tag {
            pd.set_event_err(bits == libc::EPOLLERR as u32, tag);
            ready_mode(&mut list, pd, mode, &mut delta);
        }
    }
    (list, delta)
}

/// Wakes the waiters of `pd` for I/O in `mode` ('r', 'w' or both) onto
/// `list` (Go's `netpollready`).
fn ready_mode(list: &mut GList, pd: &PollDesc, mode: isize, delta: &mut i32) {
    if mode == MODE_READ || mode == MODE_READ + MODE_WRITE {
        let gp = pd.unblock(MODE_READ, true, delta);
        if !gp.is_null() {
            list.push(gp);
        }
    }
    if mode == MODE_WRITE || mode == MODE_READ + MODE_WRITE {
        let gp = pd.unblock(MODE_WRITE, true, delta);
        if !gp.is_null() {
            list.push(gp);
        }
    }
}

/// `findrunnable`'s poll before stealing: when goroutines wait and no M
/// blocks in the poller, polls without blocking; returns one readied
/// goroutine to run (runnable) and queues the others.
pub fn poll_for_work() -> Option<*mut G> {
    if !inited() || !any_waiters() || LASTPOLL.load(Ordering::SeqCst) == 0 {
        return None;
    }
    if POLLING.swap(true, Ordering::SeqCst) {
        return None;
    }
    let (list, delta) = netpoll(0);
    POLLING.store(false, Ordering::SeqCst);
    if list.head.is_null() {
        return None;
    }
    let gp = list.head;
    // SAFETY: the list holds readied gs that only this M owns now.
    let rest = unsafe { (*gp).schedlink };
    crate::sched::injectglist(rest, true);
    adjust_waiters(delta);
    // SAFETY: as above.
    unsafe {
        (*gp).schedlink = core::ptr::null_mut();
        (*gp)
            .status
            .store(crate::sched::G_RUNNABLE, Ordering::SeqCst);
    }
    Some(gp)
}

/// The idle timer waiter's sleep when the poller is in use: blocks in
/// epoll for `delay` ns (< 0: until an event or a break) and queues the
/// goroutines readied on the global run queue. Whether it readied any.
pub fn poll_blocking(delay: i64) -> bool {
    LASTPOLL.store(0, Ordering::SeqCst);
    let (list, delta) = netpoll(delay);
    LASTPOLL.store(nanotime(), Ordering::SeqCst);
    let any = !list.head.is_null();
    // The waiter takes an idle P for the first next; others start Ms for
    // the rest.
    crate::sched::injectglist(list.head, false);
    adjust_waiters(delta);
    any
}

/// sysmon's poll: when nobody polled for 10 ms (and no M blocks in the
/// poller), polls without blocking and queues what it readied. Whether it
/// readied any.
pub fn sysmon_poll() -> bool {
    if !inited() {
        return false;
    }
    let last = LASTPOLL.load(Ordering::SeqCst);
    let now = nanotime();
    if last == 0 || last + 10_000_000 >= now {
        return false;
    }
    if LASTPOLL
        .compare_exchange(last, now, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        return false;
    }
    let (list, delta) = netpoll(0);
    let any = !list.head.is_null();
    crate::sched::injectglist(list.head, true);
    adjust_waiters(delta);
    any
}

/// `runtime.netpollServerInit()`: internal/poll's `runtime_pollServerInit`.
#[export_name = "runtime.netpollServerInit"]
pub extern "C" fn poll_server_init() {
    init();
}

/// `runtime.netpollIsPollDescriptor(fd) bool`: whether `fd` is the
/// poller's own (epoll or eventfd).
#[export_name = "runtime.netpollIsPollDescriptor"]
pub extern "C" fn is_poll_descriptor(fd: usize) -> bool {
    inited()
        && (fd == EPFD.load(Ordering::SeqCst) as usize
            || fd == EVENTFD.load(Ordering::SeqCst) as usize)
}

/// `pollOpen`'s result, in two registers.
#[repr(C)]
pub struct Opened {
    pub pd: *mut PollDesc,
    pub errno: isize,
}

/// `runtime.netpollOpen(fd) (pd, errno)`: registers `fd` (edge-triggered,
/// reads and writes); on failure `pd` is null and `errno` the error.
#[export_name = "runtime.netpollOpen"]
pub extern "C" fn poll_open(fd: usize) -> Opened {
    init();
    let pd = CACHE.alloc();
    // SAFETY: `pd` is ours until registered; descriptors are never freed.
    let p = unsafe { &*pd };
    p.lock.lock();
    if p.wg.load(Ordering::SeqCst) > PD_READY || p.rg.load(Ordering::SeqCst) > PD_READY {
        crate::panic::fatal(b"runtime: blocked read or write on free polldesc");
    }
    p.fd.store(fd, Ordering::SeqCst);
    if p.fdseq.load(Ordering::SeqCst) == 0 {
        // 0 means "any use" to set_event_err.
        p.fdseq.store(1, Ordering::SeqCst);
    }
    // SAFETY: the lock is held.
    unsafe {
        let st = p.st();
        st.closing = false;
        st.rd = 0;
        st.wd = 0;
        st.rrun = false;
        st.wrun = false;
    }
    p.set_event_err(false, 0);
    p.rg.store(PD_NIL, Ordering::SeqCst);
    p.wg.store(PD_NIL, Ordering::SeqCst);
    // SAFETY: the lock is held.
    unsafe { p.publish_info() };
    let seq = p.fdseq.load(Ordering::SeqCst);
    p.lock.unlock();
    let mut ev = libc::epoll_event {
        events: (libc::EPOLLIN | libc::EPOLLOUT | libc::EPOLLRDHUP | libc::EPOLLET) as u32,
        u64: pack(pd, seq),
    };
    // SAFETY: registers a descriptor the caller owns.
    let r = unsafe {
        libc::epoll_ctl(
            EPFD.load(Ordering::SeqCst),
            libc::EPOLL_CTL_ADD,
            fd as i32,
            &mut ev,
        )
    };
    if r < 0 {
        let e = errno();
        // SAFETY: nobody waits on a descriptor that failed to open.
        unsafe { CACHE.free(pd) };
        return Opened {
            pd: core::ptr::null_mut(),
            errno: e as isize,
        };
    }
    Opened { pd, errno: 0 }
}

/// `runtime.netpollClose(pd)`: unregisters a descriptor that
/// `netpollUnblock` closed and nobody waits on.
///
/// # Safety
/// `pd` comes from `netpollOpen` and was not closed yet.
#[export_name = "runtime.netpollClose"]
pub unsafe extern "C" fn poll_close(pd: *mut PollDesc) {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { &*pd };
    p.lock.lock();
    // SAFETY: the lock is held.
    let closing = unsafe { p.st().closing };
    p.lock.unlock();
    if !closing {
        crate::panic::fatal(b"runtime: close polldesc w/o unblock");
    }
    if p.wg.load(Ordering::SeqCst) > PD_READY || p.rg.load(Ordering::SeqCst) > PD_READY {
        crate::panic::fatal(b"runtime: blocked read or write on closing polldesc");
    }
    let mut ev = libc::epoll_event { events: 0, u64: 0 };
    // SAFETY: unregisters the descriptor (an error means it was closed
    // already, which removed it from the set).
    unsafe {
        libc::epoll_ctl(
            EPFD.load(Ordering::SeqCst),
            libc::EPOLL_CTL_DEL,
            p.fd.load(Ordering::SeqCst) as i32,
            &mut ev,
        );
        CACHE.free(pd);
    }
}

/// `runtime.netpollReset(pd, mode) int`: prepares a wait in `mode` ('r'
/// or 'w'): forgets a stale readiness; reports closing or an expired
/// deadline.
///
/// # Safety
/// `pd` comes from `netpollOpen` and is open.
#[export_name = "runtime.netpollReset"]
pub unsafe extern "C" fn poll_reset(pd: *mut PollDesc, mode: isize) -> isize {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { &*pd };
    let err = p.checkerr(mode);
    if err != POLL_NO_ERROR {
        return err;
    }
    if mode == MODE_READ || mode == MODE_WRITE {
        p.gpp(mode).store(PD_NIL, Ordering::SeqCst);
    }
    POLL_NO_ERROR
}

/// `runtime.netpollWait(pd, mode) int` *(parks)*: waits until the
/// descriptor is ready in `mode`, is closed (1) or its deadline expires (2).
///
/// # Safety
/// `pd` comes from `netpollOpen`; one waiter per mode at a time.
pub unsafe extern "C" fn poll_wait(pd: *mut PollDesc, mode: isize) -> isize {
    // SAFETY: guaranteed by the caller.
    let err = unsafe { (*pd).checkerr(mode) };
    if err != POLL_NO_ERROR {
        return err;
    }
    // SAFETY: as above.
    unsafe { wait_loop(pd, mode, false) }
}

/// `runtime.netpollWaitCanceled(pd, mode)` *(parks)*: waits for I/O only,
/// ignoring closing and deadlines (Windows' cancelled I/O, kept for the
/// hook's completeness).
///
/// # Safety
/// As `poll_wait`.
pub unsafe extern "C" fn poll_wait_canceled(pd: *mut PollDesc, mode: isize) {
    // SAFETY: guaranteed by the caller.
    unsafe { wait_loop(pd, mode, true) };
}

/// Blocks until ready (0) or, unless `waitio`, an error.
///
/// # Safety
/// As `poll_wait`; runs on the waiting goroutine's stack.
unsafe fn wait_loop(pd: *mut PollDesc, mode: isize, waitio: bool) -> isize {
    loop {
        // SAFETY: guaranteed by the caller.
        if unsafe { block(pd, mode, waitio) } {
            return POLL_NO_ERROR;
        }
        if !waitio {
            // SAFETY: as above.
            let err = unsafe { (*pd).checkerr(mode) };
            if err != POLL_NO_ERROR {
                return err;
            }
        }
        // A timeout fired and the deadline was reset before this
        // goroutine ran: wait again.
    }
}

/// The parked goroutine's `param`: its descriptor, whether it waits to
/// write (bit 0) and for I/O only (bit 1).
fn wait_param(pd: *mut PollDesc, mode: isize, waitio: bool) -> *mut u8 {
    (pd as usize | (mode == MODE_WRITE) as usize | (waitio as usize) << 1) as *mut u8
}

fn unwait_param(param: *mut u8) -> (*mut PollDesc, isize, bool) {
    let v = param as usize;
    let mode = if v & 1 != 0 { MODE_WRITE } else { MODE_READ };
    ((v & !3) as *mut PollDesc, mode, v & 2 != 0)
}

/// Consumes a pending notification (true) or parks until one comes, a
/// timeout or a close; parking does not return: the goroutine continues in
/// `wait_resume` (Go's `netpollblock`).
///
/// # Safety
/// As `wait_loop`.
unsafe fn block(pd: *mut PollDesc, mode: isize, waitio: bool) -> bool {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { &*pd };
    let gpp = p.gpp(mode);
    loop {
        if gpp
            .compare_exchange(PD_READY, PD_NIL, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            return true;
        }
        if gpp
            .compare_exchange(PD_NIL, PD_WAIT, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            break;
        }
        let v = gpp.load(Ordering::SeqCst);
        if v != PD_READY && v != PD_NIL {
            crate::panic::fatal(b"runtime: double wait");
        }
    }
    // Closing and deadlines are stored before their unblock reads the
    // semaphore: re-check them now that it is PD_WAIT.
    if waitio || p.checkerr(mode) == POLL_NO_ERROR {
        let gp = getg();
        // SAFETY: `gp` is the running goroutine; nothing else uses its
        // `param` or `resume` while it waits here.
        unsafe {
            (*gp).param = wait_param(pd, mode, waitio);
            (*gp).sched.resume = wait_resume as *const () as usize;
        }
        gopark(WaitReason::IOWait, Some(block_commit), gp.cast())
    }
    // Do not lose a notification that came meanwhile.
    settle(gpp)
}

/// Takes the semaphore back to `PD_NIL` after a wait; whether I/O came.
fn settle(gpp: &AtomicUsize) -> bool {
    let old = gpp.swap(PD_NIL, Ordering::SeqCst);
    if old > PD_WAIT {
        crate::panic::fatal(b"runtime: corrupted polldesc");
    }
    old == PD_READY
}

/// `gopark`'s unlock function for `block`, on g0: commits the goroutine
/// `arg` to its semaphore (`PD_WAIT` -> g), or, when a notification,
/// timeout or close came first, makes it runnable again at once (Go's
/// `netpollblockcommit` and `park_m`'s resumption).
///
/// # Safety
/// `arg` is the goroutine that just parked in `block`; the M holds a P.
unsafe fn block_commit(arg: *mut u8) {
    let gp = arg as *mut G;
    // SAFETY: guaranteed by the caller; until the CAS below succeeds the
    // goroutine is ours, and it is not touched after that.
    unsafe {
        let (pd, mode, _) = unwait_param((*gp).param);
        if (*pd)
            .gpp(mode)
            .compare_exchange(PD_WAIT, gp as usize, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            WAITERS.fetch_add(1, Ordering::SeqCst);
        } else {
            ready(gp);
        }
    }
}

/// Where a goroutine woken from `block` continues, on its stack: the
/// result of `netpollWait` (or another wait).
extern "C" fn wait_resume(gp: *mut G) -> usize {
    // SAFETY: `param` was set by `block`; the goroutine runs again.
    unsafe {
        let (pd, mode, waitio) = unwait_param((*gp).param);
        (*gp).param = core::ptr::null_mut();
        if settle((*pd).gpp(mode)) {
            return POLL_NO_ERROR as usize;
        }
        if !waitio {
            let err = (*pd).checkerr(mode);
            if err != POLL_NO_ERROR {
                return err as usize;
            }
        }
        wait_loop(pd, mode, waitio) as usize
    }
}

/// `runtime.netpollSetDeadline(pd, d, mode)`: sets the read ('r'), write
/// ('w') or both ('r'+'w') deadlines to `d` ns from now (0: none; < 0:
/// already expired, which wakes the waiters with a timeout).
///
/// # Safety
/// `pd` comes from `netpollOpen`; the caller is a goroutine (holds a P).
#[export_name = "runtime.netpollSetDeadline"]
pub unsafe extern "C" fn poll_set_deadline(pd: *mut PollDesc, d: i64, mode: isize) {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { &*pd };
    p.lock.lock();
    // SAFETY: the lock is held (until the unlock below).
    let st = unsafe { p.st() };
    if st.closing {
        p.lock.unlock();
        return;
    }
    let (rd0, wd0) = (st.rd, st.wd);
    let combo0 = rd0 > 0 && rd0 == wd0;
    let mut d = d;
    if d > 0 {
        d = d.checked_add(nanotime()).unwrap_or(i64::MAX);
    }
    if mode == MODE_READ || mode == MODE_READ + MODE_WRITE {
        st.rd = d;
    }
    if mode == MODE_WRITE || mode == MODE_READ + MODE_WRITE {
        st.wd = d;
    }
    // SAFETY: the lock is held.
    unsafe { p.publish_info() };
    let combo = st.rd > 0 && st.rd == st.wd;
    // SAFETY (timers): live for the descriptor's life; reset and stopped
    // only under its lock; the caller holds a P.
    unsafe {
        if !st.rrun {
            if st.rd > 0 {
                st.rcombo = combo;
                timer_reset(p.rt.get(), st.rd, 0);
                st.rrun = true;
            }
        } else if st.rd != rd0 || combo != combo0 {
            if st.rd > 0 {
                st.rcombo = combo;
                timer_reset(p.rt.get(), st.rd, 0);
            } else {
                timer_stop(p.rt.get());
                st.rrun = false;
            }
        }
        if !st.wrun {
            if st.wd > 0 && !combo {
                timer_reset(p.wt.get(), st.wd, 0);
                st.wrun = true;
            }
        } else if st.wd != wd0 || combo != combo0 {
            if st.wd > 0 && !combo {
                timer_reset(p.wt.get(), st.wd, 0);
            } else {
                timer_stop(p.wt.get());
                st.wrun = false;
            }
        }
    }
    // A deadline set in the past wakes the current waiters.
    let mut delta = 0;
    let rg = if st.rd < 0 {
        p.unblock(MODE_READ, false, &mut delta)
    } else {
        core::ptr::null_mut()
    };
    let wg = if st.wd < 0 {
        p.unblock(MODE_WRITE, false, &mut delta)
    } else {
        core::ptr::null_mut()
    };
    p.lock.unlock();
    // SAFETY: taken off the semaphores; the caller holds a P.
    unsafe { ready_both(rg, wg) };
    adjust_waiters(delta);
}

/// # Safety
/// Each non-null g was taken off its semaphore by the caller, who holds a P.
unsafe fn ready_both(rg: *mut G, wg: *mut G) {
    for gp in [rg, wg] {
        if !gp.is_null() {
            // SAFETY: guaranteed by the caller.
            unsafe { ready(gp) };
        }
    }
}

/// `runtime.netpollUnblock(pd)`: the descriptor is closing: wakes its
/// waiters (with `POLL_ERR_CLOSING`) and stops its deadline timers.
///
/// # Safety
/// `pd` comes from `netpollOpen`; the caller is a goroutine.
#[export_name = "runtime.netpollUnblock"]
pub unsafe extern "C" fn poll_unblock(pd: *mut PollDesc) {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { &*pd };
    p.lock.lock();
    // SAFETY: the lock is held.
    let st = unsafe { p.st() };
    if st.closing {
        crate::panic::fatal(b"runtime: unblock on closing polldesc");
    }
    st.closing = true;
    // SAFETY: the lock is held.
    unsafe { p.publish_info() };
    let mut delta = 0;
    let rg = p.unblock(MODE_READ, false, &mut delta);
    let wg = p.unblock(MODE_WRITE, false, &mut delta);
    // SAFETY: the timers live as long as the descriptor; under its lock.
    unsafe {
        if st.rrun {
            timer_stop(p.rt.get());
            st.rrun = false;
        }
        if st.wrun {
            timer_stop(p.wt.get());
            st.wrun = false;
        }
    }
    p.lock.unlock();
    // SAFETY: taken off the semaphores; the caller holds a P.
    unsafe { ready_both(rg, wg) };
    adjust_waiters(delta);
}

/// A deadline timer fired (Go's `netpolldeadlineimpl`): unless it is
/// stale, marks the deadline(s) expired and wakes the waiters.
///
/// # Safety
/// `t` is the read or write timer of a descriptor (its `arg`).
unsafe fn deadline(t: *mut Timer, seq: u64, read: bool) {
    // SAFETY: guaranteed by the caller; descriptors are never freed.
    let p = unsafe { &*((*t).arg as *const PollDesc) };
    p.lock.lock();
    // SAFETY: the lock is held; a reset or stop since this run was
    // taken off the heap moved the timer's seq (both happen under the
    // descriptor's lock).
    let st = unsafe { p.st() };
    if unsafe { (*t).seq() } != seq {
        p.lock.unlock();
        return;
    }
    let write = !read || st.rcombo;
    let mut delta = 0;
    let mut rg = core::ptr::null_mut();
    let mut wg = core::ptr::null_mut();
    if read {
        st.rd = -1;
        // SAFETY: the lock is held.
        unsafe { p.publish_info() };
        rg = p.unblock(MODE_READ, false, &mut delta);
    }
    if write {
        st.wd = -1;
        // SAFETY: the lock is held.
        unsafe { p.publish_info() };
        wg = p.unblock(MODE_WRITE, false, &mut delta);
    }
    p.lock.unlock();
    // SAFETY: timer functions run with a P held.
    unsafe { ready_both(rg, wg) };
    adjust_waiters(delta);
}

unsafe fn read_deadline(t: *mut Timer, seq: u64, _delta: i64) {
    // SAFETY: the read timer of a descriptor.
    unsafe { deadline(t, seq, true) }
}

unsafe fn write_deadline(t: *mut Timer, seq: u64, _delta: i64) {
    // SAFETY: the write timer of a descriptor.
    unsafe { deadline(t, seq, false) }
}

crate::arch::park_entry!("runtime.netpollWait", crate::netpoll::poll_wait);
crate::arch::park_entry!(
    "runtime.netpollWaitCanceled",
    crate::netpoll::poll_wait_canceled
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoll_data_round_trips() {
        let pd = CACHE.alloc();
        for seq in [1, 2, FDSEQ_MASK] {
            assert_eq!(unpack(pack(pd, seq)), (pd, seq));
        }
        assert_ne!(pack(pd, 0), 0, "a descriptor's data is never the eventfd's");
        assert_eq!(unpack(pack(pd, FDSEQ_MASK + 1)).1, 0);
    }

    #[test]
    fn wait_param_round_trips() {
        let pd = CACHE.alloc();
        for (mode, waitio) in [(MODE_READ, false), (MODE_WRITE, true), (MODE_WRITE, false)] {
            assert_eq!(
                unwait_param(wait_param(pd, mode, waitio)),
                (pd, mode, waitio)
            );
        }
    }

    /// `info` follows the locked state; the event-error bit is kept by
    /// `publish_info` and only set for the current `fdseq`.
    #[test]
    fn info_summarises_state() {
        let p = PollDesc::new();
        p.fdseq.store(5, Ordering::SeqCst);
        p.lock.lock();
        // SAFETY: the lock is held.
        unsafe {
            p.st().rd = -1;
            p.publish_info();
        }
        p.lock.unlock();
        assert_eq!(p.checkerr(MODE_READ), POLL_ERR_TIMEOUT);
        assert_eq!(p.checkerr(MODE_WRITE), POLL_NO_ERROR);
        p.set_event_err(true, 4);
        assert_eq!(p.info.load(Ordering::SeqCst) & INFO_EVENT_ERR, 0);
        p.set_event_err(true, 5);
        p.lock.lock();
        // SAFETY: the lock is held.
        unsafe {
            p.st().rd = 0;
            p.publish_info();
        }
        p.lock.unlock();
        assert_eq!(p.checkerr(MODE_READ), POLL_ERR_NOT_POLLABLE);
        assert_eq!(p.checkerr(MODE_WRITE), POLL_NO_ERROR);
        p.lock.lock();
        // SAFETY: the lock is held.
        unsafe {
            p.st().closing = true;
            p.publish_info();
        }
        p.lock.unlock();
        assert_eq!(p.checkerr(MODE_WRITE), POLL_ERR_CLOSING);
    }

    /// Readiness before a wait is kept (`PD_READY`); a timeout/close does
    /// not leave a mark on an idle semaphore; a parked g is handed back.
    #[test]
    fn unblock_states() {
        let p = PollDesc::new();
        let mut delta = 0;
        assert!(p.unblock(MODE_READ, false, &mut delta).is_null());
        assert_eq!(p.rg.load(Ordering::SeqCst), PD_NIL);
        assert!(p.unblock(MODE_READ, true, &mut delta).is_null());
        assert_eq!(p.rg.load(Ordering::SeqCst), PD_READY);
        assert!(settle(&p.rg));
        p.wg.store(PD_WAIT, Ordering::SeqCst);
        assert!(p.unblock(MODE_WRITE, true, &mut delta).is_null());
        assert_eq!(p.wg.load(Ordering::SeqCst), PD_READY);
        let fake = 0x1000usize;
        p.wg.store(fake, Ordering::SeqCst);
        assert_eq!(p.unblock(MODE_WRITE, false, &mut delta) as usize, fake);
        assert_eq!(p.wg.load(Ordering::SeqCst), PD_NIL);
        assert_eq!(delta, -1);
    }
}
