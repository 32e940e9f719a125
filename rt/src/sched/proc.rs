//! The scheduler proper (Go's `proc.go`): Ms (OS threads), Ps (the
//! GOMAXPROCS processors whose run queues hold runnable goroutines), and the
//! transitions of a goroutine: `newproc` (runnable), `execute` (running),
//! `gopark`/`park_m` (waiting), `ready` (runnable again), `goexit0` (dead,
//! kept on the free list with its stack for reuse).
//!
//! An M runs Go code only while it holds a P. `schedule` runs on the M's g0
//! stack (the thread's own stack): it takes a goroutine from the P's local
//! queue (the global queue every 61st tick, for fairness), else the global
//! queue, else steals half of another P's queue; an M that finds nothing
//! gives its P back to the idle list and sleeps on its note. Readying a
//! goroutine puts it on the current P's queue and, when a P is idle and no M
//! is spinning (looking for work), wakes or starts an M to run it (`wakep`).
//! A spinning M that gives up re-checks every queue after it stops counting
//! as spinning, so a goroutine readied meanwhile is never stranded (Go's
//! protocol around `nmspinning`).
//!
//! Timers (`crate::time`): each round of `findrunnable` first runs the due
//! timers; an M that finds no work may become the one timer waiter, which
//! sleeps only until the next timer is due, then takes an idle P again.
//!
//! Network poller (`crate::netpoll`): `findrunnable` polls without
//! blocking before stealing; the timer waiter blocks in the poller.
//!
//! Deadlock (Go's `checkdead`): when the last running M goes idle while
//! goroutines exist, nothing can ever make one runnable again (the timer
//! waiter is not idle, so pending timers and goroutines waiting on the
//! network poller keep this from firing), so the program dies with
//! `fatal error: all goroutines are asleep - deadlock!`.
//!
//! Lock order: a channel's lock, then `sched.lock`.

use core::cell::{Cell, UnsafeCell};
use core::sync::atomic::{
    AtomicBool, AtomicI32, AtomicI64, AtomicPtr, AtomicU32, AtomicUsize, Ordering,
};

use super::g::{WaitReason, G_DEAD, G_RUNNABLE, G_RUNNING, G_WAITING};
use super::runq::{globrunqget, globrunqput, GQueue, P, P_IDLE, P_RUNNING};
use super::{getg, setg, G};
use crate::arch;
use crate::print::Printer;
use crate::stack::{self, stackalloc, Stack};
use crate::sync::{Lock, Note};

/// The stack reservation of a goroutine other than main: logical stacks
/// grow up to this (less the red zone) without moving; deeper recursion
/// is Go's fatal stack overflow.
pub const GOROUTINE_STACK_RESERVE: usize = 64 << 20;

/// An OS thread that runs goroutines (Go's `m`).
#[repr(C)]
pub struct M {
    pub id: i64,
    /// The g describing this thread's own stack, on which `schedule` runs.
    pub g0: *mut G,
    /// Where `mcall` starts the g0 stack.
    pub g0sp: usize,
    /// The goroutine running on this M (read by sysmon).
    pub curg: AtomicPtr<G>,
    pub p: *mut P,
    /// The P handed over by whoever woke this M.
    pub nextp: *mut P,
    pub spinning: bool,
    pub park: Note,
    /// Next M on the idle list.
    pub schedlink: *mut M,
    /// `gopark`'s unlock function and its argument, run on g0.
    waitunlockf: Option<unsafe fn(*mut u8)>,
    waitlock: *mut u8,
    /// The goroutine wired to this M by `LockOSThread` (null: none).
    pub lockedg: *mut G,
    /// The thread's `pthread_t`, for sysmon's preemption signal.
    pub thread: AtomicUsize,
    /// The next older M on the list of all Ms.
    pub alllink: *mut M,
    /// Nonzero while Rust frames of the runtime lie under the running Go
    /// code (a method called from the runtime): no preemption then, as Go's
    /// `m.locks` (set only by this M's thread).
    pub locks: AtomicU32,
}

/// The scheduler's global state (Go's `schedt`).
pub struct Sched {
    pub lock: Lock,
    /// Under `lock`: the idle Ms, the idle Ps, the global run queue.
    midle: UnsafeCell<*mut M>,
    nmidle: UnsafeCell<i32>,
    mcount: UnsafeCell<i32>,
    pidle: UnsafeCell<*mut P>,
    pub runq: UnsafeCell<GQueue>,
    /// Dead goroutines whose g and stack can be reused.
    gfree: UnsafeCell<*mut G>,
    pub runqsize: AtomicU32,
    npidle: AtomicI32,
    nmspinning: AtomicI32,
    /// Ms sleeping until their locked goroutine is runnable (under `lock`).
    nmidlelocked: UnsafeCell<i32>,
    /// Live goroutines (not dead).
    pub ngoroutines: AtomicI32,
}

// SAFETY: the UnsafeCell fields are only accessed under `lock`.
unsafe impl Sync for Sched {}

pub static SCHED: Sched = Sched {
    lock: Lock::new(),
    midle: UnsafeCell::new(core::ptr::null_mut()),
    nmidle: UnsafeCell::new(0),
    mcount: UnsafeCell::new(0),
    pidle: UnsafeCell::new(core::ptr::null_mut()),
    runq: UnsafeCell::new(GQueue {
        head: core::ptr::null_mut(),
        tail: core::ptr::null_mut(),
    }),
    gfree: UnsafeCell::new(core::ptr::null_mut()),
    runqsize: AtomicU32::new(0),
    npidle: AtomicI32::new(0),
    nmspinning: AtomicI32::new(0),
    nmidlelocked: UnsafeCell::new(0),
    ngoroutines: AtomicI32::new(0),
};

/// All Ps ever created (at least `GOMAXPROCS` of them): the Vec is
/// replaced, never freed, when `procresize` adds Ps.
static ALLP: AtomicPtr<Vec<*mut P>> = AtomicPtr::new(core::ptr::null_mut());
/// GOMAXPROCS: the Ps with an id below it run goroutines; the others are
/// retired (off the idle list; an M holding one gives it up in `schedule`).
static NPROCS: AtomicUsize = AtomicUsize::new(1);
/// The number of CPUs the process may run on, at start-up (`runtime.NumCPU`).
static NCPU: AtomicUsize = AtomicUsize::new(1);
static GOIDGEN: AtomicI64 = AtomicI64::new(1);
/// Every M and every g ever created, newest first, linked through
/// `alllink` (Go's `allm` and `allgs`): neither is ever freed.
static ALLM: AtomicPtr<M> = AtomicPtr::new(core::ptr::null_mut());
static ALLG: AtomicPtr<G> = AtomicPtr::new(core::ptr::null_mut());
static MAIN_G: AtomicPtr<G> = AtomicPtr::new(core::ptr::null_mut());
static MAIN_STARTED: AtomicBool = AtomicBool::new(false);
/// The main goroutine ended through `runtime.Goexit`.
static MAIN_GOEXITED: AtomicBool = AtomicBool::new(false);

thread_local! {
    static CURRENT_M: Cell<*mut M> = const { Cell::new(core::ptr::null_mut()) };
}

/// The M of the calling thread.
#[inline]
pub fn getm() -> *mut M {
    CURRENT_M.with(Cell::get)
}

pub fn allp() -> &'static [*mut P] {
    let v = ALLP.load(Ordering::Acquire);
    if v.is_null() {
        return &[];
    }
    // SAFETY: set once in `schedinit` and never freed.
    unsafe { &*v }
}

/// `pidleget` for `syscall`.
///
/// # Safety
/// `sched.lock` must be held.
pub(super) unsafe fn pidleget_locked() -> Option<*mut P> {
    // SAFETY: guaranteed by the caller.
    unsafe { pidleget() }
}

pub fn gomaxprocs() -> usize {
    NPROCS.load(Ordering::SeqCst).max(1)
}

pub fn ncpu() -> usize {
    NCPU.load(Ordering::Relaxed)
}

/// Whether a goroutine may spin waiting for a lock (the scheduler's test in
/// Go's `sync_runtime_canSpin`): more than one CPU, and some P other than
/// this one is busy (not idle, not spinning for work), so the lock holder
/// may be running and release the lock soon.
pub fn spin_allowed() -> bool {
    ncpu() > 1
        && gomaxprocs() as i32
            > SCHED.npidle.load(Ordering::Relaxed) + SCHED.nmspinning.load(Ordering::Relaxed) + 1
}

/// GOMAXPROCS from the environment (a positive integer), else the number
/// of CPUs this process may run on.
fn procs_from_env() -> usize {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    NCPU.store(cpus, Ordering::Relaxed);
    match std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    {
        Some(n) if n > 0 => n.min(1024),
        _ => cpus,
    }
}

/// Creates the Ps and makes the calling thread M0, holding P0.
pub fn schedinit() {
    let n = procs_from_env();
    let ps: Vec<*mut P> = (0..n).map(|i| Box::into_raw(Box::new(P::new(i)))).collect();
    ALLP.store(Box::into_raw(Box::new(ps)), Ordering::Release);
    NPROCS.store(n, Ordering::SeqCst);
    let m = allocm();
    CURRENT_M.with(|c| c.set(m));
    SCHED.lock.lock();
    for &pp in allp().iter().skip(1).rev() {
        // SAFETY: the lock is held.
        unsafe { pidleput(pp) };
    }
    SCHED.lock.unlock();
    // SAFETY: `m` is the fresh M of this thread.
    unsafe { acquirep(m, allp()[0]) };
}

fn allocm() -> *mut M {
    let g0 = Box::into_raw(Box::new(G::new(Stack { lo: 0, hi: 0 }, 0)));
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    let id = unsafe {
        let c = &mut *SCHED.mcount.get();
        *c += 1;
        *c as i64 - 1
    };
    SCHED.lock.unlock();
    let m = Box::into_raw(Box::new(M {
        id,
        g0,
        g0sp: 0,
        curg: AtomicPtr::new(core::ptr::null_mut()),
        p: core::ptr::null_mut(),
        nextp: core::ptr::null_mut(),
        spinning: false,
        park: Note::new(),
        schedlink: core::ptr::null_mut(),
        waitunlockf: None,
        waitlock: core::ptr::null_mut(),
        lockedg: core::ptr::null_mut(),
        thread: AtomicUsize::new(0),
        alllink: core::ptr::null_mut(),
        locks: AtomicU32::new(0),
    }));
    // SAFETY: `m` is fresh; the list only grows.
    ALLM.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |head| {
        unsafe { (*m).alllink = head };
        Some(m)
    })
    .ok();
    m
}

/// A funcval for `golift.main`, which the main goroutine runs.
#[repr(C)]
pub struct Funcval {
    pub f: unsafe extern "C" fn(),
}

/// Starts the main goroutine on the calling thread (M0) and never returns:
/// the process ends when `main.main` returns or a fatal error occurs.
pub fn schedmain(main_fv: &'static Funcval) -> ! {
    schedinit();
    let gp = malg(stack::MAIN_STACK_RESERVE);
    // SAFETY: `gp` is fresh.
    unsafe { (*gp).goid = 1 };
    GOIDGEN.store(2, Ordering::Relaxed);
    MAIN_G.store(gp, Ordering::Relaxed);
    // SAFETY: the funcval is static.
    unsafe { gostart(gp, main_fv as *const Funcval as *const u8) };
    // SAFETY: this thread's M holds P0.
    unsafe { (*(*getm()).p).runqput(gp, false) };
    MAIN_STARTED.store(true, Ordering::SeqCst);
    super::sysmon::start();
    mstart()
}

/// A new g with a stack reservation of `reserve` bytes.
fn malg(reserve: usize) -> *mut G {
    let gp = Box::into_raw(Box::new(G::new(stackalloc(reserve), 0)));
    // SAFETY: `gp` is fresh; the list only grows.
    ALLG.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |head| {
        unsafe { (*gp).alllink = head };
        Some(gp)
    })
    .ok();
    gp
}

/// The newest M and the newest g (heads of the lists through `alllink`).
pub(super) fn allm_allg() -> (*mut M, *mut G) {
    (ALLM.load(Ordering::SeqCst), ALLG.load(Ordering::SeqCst))
}

/// The scheduler's counts that `GODEBUG=schedtrace` prints.
pub(super) struct Counts {
    pub idleprocs: i32,
    pub threads: i32,
    pub spinning: i32,
    pub idlethreads: i32,
    pub runqueue: u32,
    pub nmidlelocked: i32,
}

/// Reads the counts under `sched.lock` (Go's schedtrace holds it too).
pub(super) fn counts() -> Counts {
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    let c = unsafe {
        Counts {
            idleprocs: SCHED.npidle.load(Ordering::SeqCst),
            threads: *SCHED.mcount.get(),
            spinning: SCHED.nmspinning.load(Ordering::SeqCst),
            idlethreads: *SCHED.nmidle.get(),
            runqueue: SCHED.runqsize.load(Ordering::SeqCst),
            nmidlelocked: *SCHED.nmidlelocked.get(),
        }
    };
    SCHED.lock.unlock();
    c
}

/// Prepares `gp` to start running funcval `fv` and makes it runnable.
///
/// # Safety
/// `gp` must be idle or dead and owned by the caller.
unsafe fn gostart(gp: *mut G, fv: *const u8) {
    // SAFETY: guaranteed by the caller.
    let g = unsafe { &mut *gp };
    g.stacksize = stack::FIXED_STACK;
    g.preempt.store(false, Ordering::Relaxed);
    g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
    g.unwinding = 0;
    g.panic = core::ptr::null_mut();
    g.defer = core::ptr::null_mut();
    g.sched = super::Gobuf {
        sp: g.stack.hi - 16,
        pc: arch::goentry_pc(),
        ..Default::default()
    };
    g.sched.regs[0] = fv as usize;
    g.status.store(G_RUNNABLE, Ordering::SeqCst);
    SCHED.ngoroutines.fetch_add(1, Ordering::SeqCst);
}

/// `go f(...)`: starts a goroutine running the `func()` funcval `fv` (a
/// closure holding the arguments evaluated at the go statement).
///
/// # Safety
/// `fv` must be a `func()` funcval that stays valid while the goroutine runs.
#[export_name = "runtime.newproc"]
pub unsafe extern "C" fn newproc(fv: *const u8) {
    // SAFETY: guaranteed by the caller.
    let gp = unsafe { newg(fv) };
    // SAFETY: `gp` is fresh, owned by us until queued.
    unsafe { (*(*getm()).p).runqput(gp, true) };
    if MAIN_STARTED.load(Ordering::Relaxed) {
        wakep();
    }
}

/// A new goroutine (a dead g reused, or a fresh one) with the next id,
/// ready to start running funcval `fv`: runnable, counted, on no queue.
///
/// # Safety
/// As `newproc`; the calling M holds a P.
pub(super) unsafe fn newg(fv: *const u8) -> *mut G {
    let gp = gfget().unwrap_or_else(|| malg(GOROUTINE_STACK_RESERVE));
    // SAFETY: `gp` is fresh or dead, owned by us.
    unsafe {
        (*gp).goid = GOIDGEN.fetch_add(1, Ordering::Relaxed);
        (*gp).fipsonlybypass = (*getg()).fipsonlybypass;
        gostart(gp, fv);
    }
    gp
}

/// Dead gs a P keeps for reuse before it hands half to the global list.
const GFREE_LOCAL_MAX: usize = 64;

/// A dead g (with its stack) for a new goroutine, from the current P's
/// free list, refilled from the global one (Go's `gfget`).
fn gfget() -> Option<*mut G> {
    // SAFETY: the running M holds its P, whose free list only it touches.
    let local = unsafe { &mut *(*(*getm()).p).gfree.get() };
    if local.is_empty() {
        SCHED.lock.lock();
        // SAFETY: the lock is held.
        unsafe {
            let head = &mut *SCHED.gfree.get();
            while !head.is_null() && local.len() < GFREE_LOCAL_MAX / 2 {
                local.push(*head);
                *head = (**head).schedlink;
            }
        }
        SCHED.lock.unlock();
    }
    let gp = local.pop();
    // SAFETY: as above.
    unsafe {
        (*(*getm()).p)
            .gfreecnt
            .store(local.len() as u32, Ordering::Relaxed)
    };
    gp
}

/// Keeps dead `gp` for reuse (Go's `gfput`).
///
/// # Safety
/// `gp` is dead and referenced by nothing; the running M holds a P.
unsafe fn gfput(gp: *mut G) {
    // SAFETY: guaranteed by the caller.
    let local = unsafe { &mut *(*(*getm()).p).gfree.get() };
    local.push(gp);
    // SAFETY: guaranteed by the caller.
    let cnt = unsafe { &(*(*getm()).p).gfreecnt };
    cnt.store(local.len() as u32, Ordering::Relaxed);
    if local.len() < GFREE_LOCAL_MAX {
        return;
    }
    SCHED.lock.lock();
    // SAFETY: the lock is held; the moved gs are dead.
    unsafe {
        let head = &mut *SCHED.gfree.get();
        for _ in 0..GFREE_LOCAL_MAX / 2 {
            let Some(g) = local.pop() else { break };
            (*g).schedlink = *head;
            *head = g;
        }
    }
    cnt.store(local.len() as u32, Ordering::Relaxed);
    SCHED.lock.unlock();
}

/// Runs on a goroutine's stack when its function returns: an unrecovered
/// panic ends the program; the main goroutine's return ends it with 0.
/// A goroutine that unwound for `runtime.Goexit` just exits; when it is the
/// main goroutine the program goes on until the others are done (Go's
/// behaviour: then `checkdead` reports it).
pub extern "C" fn goexit1() -> ! {
    let gp = getg();
    let main = gp == MAIN_G.load(Ordering::Relaxed);
    if crate::panic::unwinding() {
        if !crate::panic::goexited() {
            crate::panic::fatalpanics();
        }
        if main {
            MAIN_GOEXITED.store(true, Ordering::SeqCst);
        }
    } else if main {
        crate::panic::exit(0);
    }
    mcall(gp, goexit0)
}

extern "C" fn goexit0(gp: *mut G) -> ! {
    // SAFETY: `gp` just stopped running on this M and is no longer reachable.
    unsafe { gdestroy(getm(), gp) };
    schedule()
}

/// Goroutine `gp`, which just stopped running on `m`, is dead: unwired,
/// uncounted, its g (and stack) kept for reuse. Go ends a thread whose
/// goroutine exits locked; golift keeps it.
///
/// # Safety
/// `m` is the calling thread's M, which holds a P; nothing references `gp`.
pub(super) unsafe fn gdestroy(m: *mut M, gp: *mut G) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*gp).lockedcount = 0;
        (*gp).fipsonlybypass = false;
        unwire(&mut *gp);
        dropg(m, gp, G_DEAD);
        SCHED.ngoroutines.fetch_sub(1, Ordering::SeqCst);
        gfput(gp);
    }
}

/// Switches from goroutine `gp` to this M's g0 and runs `f(gp)` there.
#[inline]
pub(super) fn mcall(gp: *mut G, f: extern "C" fn(*mut G) -> !) -> ! {
    mcall_m(getm(), gp, f)
}

/// `mcall` by a goroutine that knows its M `m` (the calling thread's).
#[inline]
pub(super) fn mcall_m(m: *mut M, gp: *mut G, f: extern "C" fn(*mut G) -> !) -> ! {
    // SAFETY: the M's g0 stack below `g0sp` is unused while a goroutine
    // runs; the caller's frames are abandoned (park stub protocol).
    unsafe {
        setg((*m).g0);
        arch::mcall(gp, f, (*m).g0sp, (*m).g0)
    }
}

/// Parks the current goroutine (Go's `gopark`): it becomes waiting with
/// `reason`, and `unlockf(lock)` runs on g0 once it is off its stack. Must
/// be called (directly or not) from a runtime entry point reached through
/// a park stub: the goroutine resumes by returning from that stub.
pub fn gopark(reason: WaitReason, unlockf: Option<unsafe fn(*mut u8)>, lock: *mut u8) -> ! {
    let gp = getg();
    let m = getm();
    // SAFETY: `gp` runs on this M.
    unsafe {
        (*gp).waitreason = reason;
        (*m).waitunlockf = unlockf;
        (*m).waitlock = lock;
    }
    mcall(gp, park_m)
}

extern "C" fn park_m(gp: *mut G) -> ! {
    let m = getm();
    // SAFETY: `gp` stopped running on this M; once `unlockf` released the
    // lock, a waker may ready it, so it is not touched after that.
    unsafe {
        dropg(m, gp, G_WAITING);
        if let Some(f) = (*m).waitunlockf.take() {
            f((*m).waitlock);
        }
    }
    schedule()
}

/// Makes the waiting goroutine `gp` runnable (Go's `goready`): it runs next
/// on the current P.
///
/// # Safety
/// `gp` must be a parked goroutine that the caller took off a wait queue
/// (so nobody else readies it), and the caller must hold a P.
pub unsafe fn ready(gp: *mut G) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*gp).status.store(G_RUNNABLE, Ordering::SeqCst);
        (*(*getm()).p).runqput(gp, true);
    }
    wakep();
}

/// Makes the goroutines of the list `head` (linked through `schedlink`,
/// readied by the network poller) runnable (Go's `injectglist`): on the
/// global run queue, where any M finds them. With `wake`, starts an M for
/// them when a P is idle; without, the caller (the idle timer waiter) takes
/// an idle P for the first itself, and only a second one wakes an M.
pub fn injectglist(head: *mut G, wake: bool) {
    if head.is_null() {
        return;
    }
    let mut n = 0;
    SCHED.lock.lock();
    let mut gp = head;
    while !gp.is_null() {
        // SAFETY: the lock is held; the list's gs were parked and were
        // taken off their semaphores by the poller, so they are ours.
        unsafe {
            let next = (*gp).schedlink;
            (*gp).status.store(G_RUNNABLE, Ordering::SeqCst);
            globrunqput(gp);
            gp = next;
        }
        n += 1;
    }
    SCHED.lock.unlock();
    if wake || n > 1 {
        wakep();
    }
}

/// Yields the processor at a preemption request (`morestack` with a
/// poisoned guard): the goroutine goes to the global queue.
pub fn gopreempt() -> ! {
    mcall(getg(), gosched_m)
}

/// Detaches `gp`, which stopped running, from this M (Go's `dropg`) and
/// gives it its next status.
///
/// # Safety
/// `m` is the calling thread's M and `gp` the goroutine that just stopped
/// running on it.
unsafe fn dropg(m: *mut M, gp: *mut G, status: u32) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*gp).m = core::ptr::null_mut();
        (*m).curg.store(core::ptr::null_mut(), Ordering::SeqCst);
        (*gp).status.store(status, Ordering::SeqCst);
    }
}

extern "C" fn gosched_m(gp: *mut G) -> ! {
    let m = getm();
    // SAFETY: `gp` stopped running on this M.
    unsafe {
        dropg(m, gp, G_RUNNABLE);
        SCHED.lock.lock();
        globrunqput(gp);
        SCHED.lock.unlock();
    }
    schedule()
}

/// Yields the processor but stays on this P (Go's `goyield`): the
/// goroutine goes to the tail of the local run queue, so one just readied
/// into `runnext` (a semaphore hand-off) runs next. Called, like `gopark`,
/// from an entry point reached through a park stub.
pub fn goyield() -> ! {
    mcall(getg(), goyield_m)
}

extern "C" fn goyield_m(gp: *mut G) -> ! {
    let m = getm();
    // SAFETY: `gp` stopped running on this M, which holds its P.
    unsafe {
        dropg(m, gp, G_RUNNABLE);
        (*(*m).p).runqput(gp, false);
    }
    schedule()
}

/// Records the g0 stack top of the calling thread's M and schedules.
fn mstart() -> ! {
    let m = getm();
    // SAFETY: this thread's M; the frames below `g0sp` belong to nothing
    // once `schedule` runs (it never returns).
    unsafe {
        (*m).g0sp = (arch::getsp() - 1024) & !15;
        (*m).thread
            .store(libc::pthread_self() as usize, Ordering::Relaxed);
        setg((*m).g0);
    }
    schedule()
}

/// Finds a runnable goroutine and runs it (Go's `schedule`); never returns.
/// An M wired to a goroutine runs only that one; a goroutine wired to
/// another M is handed to it together with this M's P.
pub fn schedule() -> ! {
    let m = getm();
    // SAFETY: this thread's M.
    let locked = unsafe { (*m).lockedg };
    if !locked.is_null() {
        stoplockedm(m);
        execute(locked)
    }
    loop {
        if super::syscall::waiters() {
            givep_to_waiter(m);
        }
        let gp = findrunnable();
        // SAFETY: `gp` was taken off a run queue by this M.
        if unsafe { (*gp).lockedm }.is_null() {
            execute(gp)
        }
        startlockedm(m, gp);
    }
}

/// An M is waiting for a P to return from a system call: this M, between
/// two goroutines, gives it its P (the returning goroutine would otherwise
/// wait until some P went idle) and idles.
fn givep_to_waiter(m: *mut M) {
    SCHED.lock.lock();
    // SAFETY: the lock is held; this M releases its P.
    let given = unsafe {
        let pp = (*m).p;
        let given = super::syscall::handtowaiter(pp);
        if given {
            (*m).p = core::ptr::null_mut();
        }
        given
    };
    SCHED.lock.unlock();
    if given {
        resetspinning(m);
        stopm(m);
    }
}

/// Wires the running goroutine `g` to its M (`LockOSThread`).
pub fn wire(g: &mut G) {
    let m = getm();
    g.lockedm = m;
    // SAFETY: this thread's M.
    unsafe { (*m).lockedg = g };
}

/// Undoes `wire` (the last `UnlockOSThread`, or the goroutine's exit).
pub fn unwire(g: &mut G) {
    if g.lockedm.is_null() {
        return;
    }
    // SAFETY: Ms are never freed; only the M running `g` changes these.
    unsafe { (*g.lockedm).lockedg = core::ptr::null_mut() };
    g.lockedm = core::ptr::null_mut();
}

/// The wired goroutine of `m` stopped running: gives the P away and
/// sleeps until an M hands the goroutine back with a P (Go's `stoplockedm`).
fn stoplockedm(m: *mut M) {
    SCHED.lock.lock();
    // SAFETY: the lock is held; this M releases its P.
    unsafe {
        let pp = (*m).p;
        (*m).p = core::ptr::null_mut();
        pidleput(pp);
    }
    SCHED.lock.unlock();
    // Another M runs the work the P may hold, before the deadlock check.
    wakep();
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    unsafe {
        *SCHED.nmidlelocked.get() += 1;
        checkdead();
    }
    SCHED.lock.unlock();
    // SAFETY: this thread's M; the waker set `nextp` (and took this M off
    // the idle-locked count) before the wakeup.
    unsafe {
        (*m).park.sleep();
        (*m).park.clear();
        let pp = (*m).nextp;
        (*m).nextp = core::ptr::null_mut();
        acquirep(m, pp);
    }
}

/// Hands this M's P to the M that `gp` is wired to, which runs it; this M
/// then idles (Go's `startlockedm`).
fn startlockedm(m: *mut M, gp: *mut G) {
    resetspinning(m);
    // SAFETY: `gp` is runnable and owned by this M until the wired M runs
    // it; that M sleeps in `stoplockedm` and reads `nextp` after waking.
    unsafe {
        let lm = (*gp).lockedm;
        let pp = (*m).p;
        (*m).p = core::ptr::null_mut();
        (*pp).m.store(core::ptr::null_mut(), Ordering::SeqCst);
        SCHED.lock.lock();
        *SCHED.nmidlelocked.get() -= 1;
        SCHED.lock.unlock();
        (*lm).nextp = pp;
        (*lm).park.wakeup();
    }
    stopm(m);
}

fn execute(gp: *mut G) -> ! {
    let m = getm();
    // SAFETY: `gp` is runnable and was taken off a queue by this M.
    unsafe {
        (*m).curg.store(gp, Ordering::SeqCst);
        (*gp).m = m;
        (*gp).status.store(G_RUNNING, Ordering::SeqCst);
        if !(*gp).preempt.load(Ordering::Relaxed) {
            (*gp)
                .stackguard0
                .store((*gp).stackguard(), Ordering::Relaxed);
        }
        (*(*m).p).schedtick.fetch_add(1, Ordering::Relaxed);
        setg(gp);
        arch::gogo(gp)
    }
}

fn findrunnable() -> *mut G {
    let m = getm();
    loop {
        // SAFETY: this M holds `pp`.
        let pp = unsafe { &*(*m).p };
        if pp.id >= gomaxprocs() && retirep(m) {
            stopm(m);
            continue;
        }
        crate::time::checktimers(pp);
        if let Some(gp) = local_or_global(pp) {
            resetspinning(m);
            return gp;
        }
        // Goroutines whose descriptors became ready, when no M blocks in
        // the poller (an optimisation before stealing, as Go's).
        if let Some(gp) = crate::netpoll::poll_for_work() {
            resetspinning(m);
            return gp;
        }
        if let Some(gp) = steal(m, pp) {
            resetspinning(m);
            return gp;
        }
        SCHED.lock.lock();
        // SAFETY: the lock is held and this M owns `pp`.
        let gp = unsafe { globrunqget(pp, 0) };
        if !gp.is_null() {
            SCHED.lock.unlock();
            resetspinning(m);
            return gp;
        }
        // SAFETY: the lock is held; this M gives `pp` up.
        unsafe {
            (*m).p = core::ptr::null_mut();
            pidleput(pp as *const P as *mut P);
        }
        SCHED.lock.unlock();
        // SAFETY: this M's own field.
        if unsafe { (*m).spinning } {
            // SAFETY: as above.
            unsafe { (*m).spinning = false };
            SCHED.nmspinning.fetch_sub(1, Ordering::SeqCst);
            if let Some(pp) = recheck_queues() {
                // SAFETY: `pp` was just taken off the idle list.
                unsafe {
                    acquirep(m, pp);
                    (*m).spinning = true;
                }
                SCHED.nmspinning.fetch_add(1, Ordering::SeqCst);
                continue;
            }
        }
        if crate::time::sleep_until_next_timer() {
            SCHED.lock.lock();
            // SAFETY: the lock is held.
            let pp = unsafe { pidleget() };
            SCHED.lock.unlock();
            if let Some(pp) = pp {
                // SAFETY: `pp` was just taken off the idle list.
                unsafe { acquirep(m, pp) };
                continue;
            }
        }
        stopm(m);
    }
}

fn local_or_global(pp: &P) -> Option<*mut G> {
    if pp.schedtick.load(Ordering::Relaxed).is_multiple_of(61)
        && SCHED.runqsize.load(Ordering::SeqCst) > 0
    {
        SCHED.lock.lock();
        // SAFETY: the lock is held.
        let gp = unsafe { globrunqget(pp, 1) };
        SCHED.lock.unlock();
        if !gp.is_null() {
            return Some(gp);
        }
    }
    let gp = pp.runqget();
    if !gp.is_null() {
        return Some(gp);
    }
    if SCHED.runqsize.load(Ordering::SeqCst) > 0 {
        SCHED.lock.lock();
        // SAFETY: the lock is held.
        let gp = unsafe { globrunqget(pp, 0) };
        SCHED.lock.unlock();
        if !gp.is_null() {
            return Some(gp);
        }
    }
    None
}

/// Tries to steal work from other Ps, becoming a spinning M if not too
/// many are spinning already (at most half the busy Ps).
fn steal(m: *mut M, pp: &P) -> Option<*mut G> {
    let procs = gomaxprocs() as i32;
    // SAFETY: this M's own field.
    let spinning = unsafe { (*m).spinning };
    if !spinning {
        let busy = procs - SCHED.npidle.load(Ordering::SeqCst);
        if 2 * SCHED.nmspinning.load(Ordering::SeqCst) >= busy {
            return None;
        }
        // SAFETY: as above.
        unsafe { (*m).spinning = true };
        SCHED.nmspinning.fetch_add(1, Ordering::SeqCst);
    }
    let all = allp();
    let start = crate::alg::fastrand() as usize;
    for round in 0..4 {
        for k in 0..all.len() {
            let victim = all[(start + k) % all.len()];
            if core::ptr::eq(victim, pp) {
                continue;
            }
            // SAFETY: Ps are never freed.
            let gp = pp.runqsteal(unsafe { &*victim }, round == 3);
            if !gp.is_null() {
                return Some(gp);
            }
        }
    }
    None
}

/// After giving up spinning: a P to run work that arrived meanwhile.
fn recheck_queues() -> Option<*mut P> {
    let work = SCHED.runqsize.load(Ordering::SeqCst) > 0
        // SAFETY: Ps are never freed.
        || allp().iter().any(|&p| !unsafe { &*p }.runqempty());
    if !work {
        return None;
    }
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    let pp = unsafe { pidleget() };
    SCHED.lock.unlock();
    pp
}

fn resetspinning(m: *mut M) {
    // SAFETY: this M's own field.
    if !unsafe { (*m).spinning } {
        return;
    }
    // SAFETY: as above.
    unsafe { (*m).spinning = false };
    if SCHED.nmspinning.fetch_sub(1, Ordering::SeqCst) == 1 {
        wakep();
    }
}

/// Starts an M to run goroutines if a P is idle and no M is spinning.
pub fn wakep() {
    if SCHED.npidle.load(Ordering::SeqCst) == 0 || SCHED.nmspinning.load(Ordering::SeqCst) != 0 {
        return;
    }
    if SCHED
        .nmspinning
        .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        return;
    }
    startm_spinning();
}

/// Hands an idle P to an idle (or new) spinning M.
fn startm_spinning() {
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    let pp = unsafe { pidleget() };
    let Some(pp) = pp else {
        SCHED.lock.unlock();
        SCHED.nmspinning.fetch_sub(1, Ordering::SeqCst);
        return;
    };
    // SAFETY: the lock is held.
    let nm = unsafe { mget() };
    SCHED.lock.unlock();
    match nm {
        Some(nm) => {
            // SAFETY: an idle M sleeps on its note and reads these after waking.
            unsafe {
                (*nm).spinning = true;
                (*nm).nextp = pp;
                (*nm).park.wakeup();
            }
        }
        None => newm(pp, true),
    }
}

/// Runs `pp`, which has work, on an idle or new M (Go's `startm`).
fn startm(pp: *mut P) {
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    let nm = unsafe { mget() };
    SCHED.lock.unlock();
    match nm {
        // SAFETY: an idle M sleeps on its note and reads `nextp` after waking.
        Some(nm) => unsafe {
            (*nm).nextp = pp;
            (*nm).park.wakeup();
        },
        None => newm(pp, false),
    }
}

/// Finds an M for `pp`, which sysmon took from an M in a system call (Go's
/// `handoffp`): one that runs its work, or the idle list.
pub(super) fn handoffp(pp: *mut P) {
    // SAFETY: Ps are never freed; nobody else holds `pp`.
    let work = !unsafe { &*pp }.runqempty() || SCHED.runqsize.load(Ordering::SeqCst) > 0;
    if work {
        startm(pp);
        return;
    }
    SCHED.lock.lock();
    // SAFETY: the lock is held.
    unsafe { pidleput(pp) };
    SCHED.lock.unlock();
}

/// Starts a new OS thread as an M holding `pp` (spinning: looking for work).
fn newm(pp: *mut P, spinning: bool) {
    let m = allocm();
    // SAFETY: the new M is not visible to anyone else yet.
    unsafe {
        (*m).spinning = spinning;
        (*m).nextp = pp;
    }
    let m_addr = m as usize;
    let spawned = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || mstart_thread(m_addr as *mut M));
    if spawned.is_err() {
        crate::panic::fatal(b"newosproc");
    }
}

fn mstart_thread(m: *mut M) -> ! {
    CURRENT_M.with(|c| c.set(m));
    crate::signal::minitsignalstack();
    // SAFETY: `nextp` was handed to this M by its creator.
    unsafe {
        let pp = (*m).nextp;
        (*m).nextp = core::ptr::null_mut();
        acquirep(m, pp);
    }
    mstart()
}

/// Parks this M until another hands it a P (Go's `stopm`).
fn stopm(m: *mut M) {
    SCHED.lock.lock();
    // SAFETY: the lock is held; `m` is this thread's M.
    unsafe {
        (*m).schedlink = *SCHED.midle.get();
        *SCHED.midle.get() = m;
        *SCHED.nmidle.get() += 1;
        checkdead();
    }
    SCHED.lock.unlock();
    // SAFETY: this thread's M; `nextp` is set before the wakeup.
    unsafe {
        (*m).park.sleep();
        (*m).park.clear();
        let pp = (*m).nextp;
        (*m).nextp = core::ptr::null_mut();
        acquirep(m, pp);
    }
}

/// # Safety
/// `sched.lock` must be held.
unsafe fn mget() -> Option<*mut M> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let m = *SCHED.midle.get();
        if m.is_null() {
            return None;
        }
        *SCHED.midle.get() = (*m).schedlink;
        *SCHED.nmidle.get() -= 1;
        Some(m)
    }
}

/// Gives up this M's P, which `procresize` retired: its runnable
/// goroutines move to the global queue, where the Ps that remain find them.
/// False when GOMAXPROCS grew again before the lock was taken: the M keeps
/// its P (`procresize` leaves a P that an M holds to that M).
fn retirep(m: *mut M) -> bool {
    SCHED.lock.lock();
    // SAFETY: the lock is held; this M holds the P until it clears `m.p`.
    unsafe {
        let pp = &*(*m).p;
        if pp.id < gomaxprocs() {
            SCHED.lock.unlock();
            return false;
        }
        loop {
            let gp = pp.runqget();
            if gp.is_null() {
                break;
            }
            globrunqput(gp);
        }
        pp.m.store(core::ptr::null_mut(), Ordering::SeqCst);
        (*m).p = core::ptr::null_mut();
        if (*m).spinning {
            (*m).spinning = false;
            SCHED.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
    }
    SCHED.lock.unlock();
    wakep();
    true
}

/// Sets GOMAXPROCS to `n` (Go's `procresize`, without stopping the
/// world): Ps are created as needed; Ps at or past `n` leave the idle list
/// at once, and a running one when its M next schedules (its goroutine is
/// asked to yield). Returns the previous value.
pub fn procresize(n: usize) -> usize {
    let n = n.clamp(1, 1024);
    SCHED.lock.lock();
    let old = gomaxprocs();
    if n > allp().len() {
        let mut ps = allp().to_vec();
        ps.extend((ps.len()..n).map(|i| Box::into_raw(Box::new(P::new(i)))));
        // The old Vec is leaked: other threads may still read it.
        ALLP.store(Box::into_raw(Box::new(ps)), Ordering::Release);
    }
    NPROCS.store(n, Ordering::SeqCst);
    // SAFETY: the lock is held; Ps are never freed.
    unsafe {
        for &pp in &allp()[old.min(n)..old.max(n)] {
            if n > old {
                // A P that an M holds or is being handed to (retired, but
                // not given up yet) stays with that M; linking it here
                // too would put it on the idle list twice.
                let free = (*pp).status.load(Ordering::SeqCst) == P_IDLE;
                if free && (*pp).m.load(Ordering::SeqCst).is_null() {
                    pidleput(pp);
                }
            } else if !pidleremove(pp) {
                super::sysmon::preemptone((*pp).m.load(Ordering::SeqCst));
            }
        }
    }
    SCHED.lock.unlock();
    if n > old {
        wakep();
    }
    old
}

/// Takes `pp` off the idle list; whether it was there.
///
/// # Safety
/// `sched.lock` must be held.
unsafe fn pidleremove(pp: *mut P) -> bool {
    // SAFETY: guaranteed by the caller; the list links idle Ps only.
    unsafe {
        let mut at: *mut *mut P = SCHED.pidle.get();
        while !(*at).is_null() {
            if *at == pp {
                *at = (*pp).link;
                SCHED.npidle.fetch_sub(1, Ordering::SeqCst);
                return true;
            }
            at = &mut (**at).link;
        }
    }
    false
}

/// # Safety
/// `sched.lock` must be held and `pp` released by its M.
unsafe fn pidleput(pp: *mut P) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*pp).m.store(core::ptr::null_mut(), Ordering::SeqCst);
        (*pp).status.store(P_IDLE, Ordering::SeqCst);
        if (*pp).id >= gomaxprocs() {
            // Retired: it stays off the list until GOMAXPROCS grows again.
            return;
        }
        if super::syscall::handtowaiter(pp) {
            return;
        }
        (*pp).link = *SCHED.pidle.get();
        *SCHED.pidle.get() = pp;
    }
    SCHED.npidle.fetch_add(1, Ordering::SeqCst);
}

/// # Safety
/// `sched.lock` must be held.
unsafe fn pidleget() -> Option<*mut P> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let pp = *SCHED.pidle.get();
        if pp.is_null() {
            return None;
        }
        *SCHED.pidle.get() = (*pp).link;
        SCHED.npidle.fetch_sub(1, Ordering::SeqCst);
        // Taken: no longer free for `procresize` to link again, although
        // its M sets `m` only when it wakes and acquires it.
        (*pp).status.store(P_RUNNING, Ordering::SeqCst);
        Some(pp)
    }
}

/// `acquirep` for `syscall`.
///
/// # Safety
/// As `acquirep`.
pub(super) unsafe fn acquirep_for(m: *mut M, pp: *mut P) {
    // SAFETY: guaranteed by the caller.
    unsafe { acquirep(m, pp) }
}

/// Whether an idle P or a spinning M can pick up new work (sysmon then
/// leaves a P in a short system call alone, as Go's `retake`).
pub(super) fn others_can_run() -> bool {
    SCHED.nmspinning.load(Ordering::SeqCst) + SCHED.npidle.load(Ordering::SeqCst) > 0
}

/// # Safety
/// `m` is the calling thread's M and `pp` an idle P handed to it.
unsafe fn acquirep(m: *mut M, pp: *mut P) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*m).p = pp;
        (*pp).m.store(m, Ordering::SeqCst);
        (*pp).status.store(P_RUNNING, Ordering::SeqCst);
    }
}

/// Dies if no M is running Go code while goroutines exist.
///
/// # Safety
/// `sched.lock` must be held.
unsafe fn checkdead() {
    // SAFETY: guaranteed by the caller.
    let run = unsafe { *SCHED.mcount.get() - *SCHED.nmidle.get() - *SCHED.nmidlelocked.get() };
    if run > 0 {
        return;
    }
    if SCHED.ngoroutines.load(Ordering::SeqCst) == 0 {
        if MAIN_GOEXITED.load(Ordering::SeqCst) {
            let mut p = Printer::new();
            p.str(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            p.flush();
            crate::panic::exit(2);
        }
        return;
    }
    let mut p = Printer::new();
    p.str(b"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
    let main = MAIN_G.load(Ordering::Relaxed);
    // SAFETY: the main g is never freed; it is waiting, so its reason is set.
    p.str(unsafe { (*main).waitreason }.as_str().as_bytes());
    p.str(b"]:\n");
    p.flush();
    crate::panic::exit(2)
}
