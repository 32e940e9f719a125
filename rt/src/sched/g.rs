//! The goroutine descriptor, Go's `g`.
//!
//! Layout contract (rt/ABI.md): `stack.lo` at offset 0, `stack.hi` at 8,
//! `stackguard0` at 16, `unwinding` at 24. Compiled prologues compare SP
//! with `stackguard0` and call `runtime.morestack` when SP is below it;
//! compiled code tests `unwinding` after calls that may panic (`panic`).
//! Fields after these are the runtime's own and may change freely.
//!
//! `stackguard0` has two roles, as in Go: normally it marks the bottom of the
//! goroutine's logical stack (`stack.hi - stacksize`, never closer than
//! `STACK_GUARD` to `stack.lo`); another thread may overwrite it with
//! `STACK_PREEMPT` (together with setting `preempt`) to make the goroutine
//! enter `morestack` at its next prologue or loop back-edge. It is therefore
//! atomic.
//!
//! `sched` is the goroutine's saved context while it does not run (Go's
//! `gobuf`): the stack pointer, the resume PC and the callee-saved registers
//! of the C ABI. It is written when the goroutine enters a runtime call that
//! may park (`arch`'s park entry stubs) and read by `gogo`. `status` follows
//! Go's `atomicstatus` states; only the owner of a state changes it (the
//! running M for running -> waiting, whoever readies a waiting g).

use core::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};

use crate::stack::{self, Stack};

/// The poison value for `stackguard0`: larger than any SP, so every stack
/// check fails and the goroutine enters `morestack` (Go's `stackPreempt`).
pub const STACK_PREEMPT: usize = (-1314isize) as usize;

#[repr(C)]
pub struct G {
    /// The whole reservation `[lo, hi)`; the stack never moves within it.
    pub stack: Stack,
    pub stackguard0: AtomicUsize,
    /// Nonzero while a panic unwinds frames: compiled code checks it after
    /// every call that may panic and then leaves through its exit path.
    pub unwinding: usize,
    /// The panics in progress, newest first (Go's `_panic`).
    pub panic: *mut crate::panic::Panic,
    /// The defer records of the frames on this stack, newest first (Go's `_defer`).
    pub defer: *mut crate::panic::Defer,
    /// The logical stack size: starts small and doubles in `morestack`.
    pub stacksize: usize,
    /// Set together with `stackguard0 = STACK_PREEMPT` to request preemption.
    pub preempt: AtomicBool,
    pub goid: i64,
    /// The saved context while not running.
    pub sched: Gobuf,
    /// One of the `G_*` states.
    pub status: AtomicU32,
    /// Why the goroutine waits (Go's `waitReason`), for deadlock reports.
    pub waitreason: WaitReason,
    /// The M running it (null when not running).
    pub m: *mut super::M,
    /// Next g in a run queue or free list.
    pub schedlink: *mut G,
    /// A wakeup's message to the parked goroutine (Go's `param`): the
    /// sudog that completed, or null when a close woke it.
    pub param: *mut u8,
    /// Set by the first case to complete a blocked select (Go's `selectDone`).
    pub selectdone: AtomicU32,
    /// A parked select's state (`select::SelState`), freed on resumption.
    pub selstate: *mut u8,
    /// `LockOSThread` nesting; while nonzero the goroutine is wired to
    /// `lockedm` (Go's `lockedm` with `m.lockedExt`).
    pub lockedcount: u32,
    pub lockedm: *mut super::M,
    /// Where an asynchronously preempted goroutine continues: the
    /// interrupted PC and SP (`sched::preempt`).
    pub asyncpc: usize,
    pub asyncsp: usize,
    /// The next older g on the list of all gs (for `GODEBUG=scheddetail`).
    pub alllink: *mut G,
    /// The coroutine a `coroswitch`/`coroexit` hands over, read on g0
    /// (Go's `coroarg`), and whether the goroutine exits (`coroexit`).
    pub coroarg: *mut u8,
    pub coroexit: bool,
    /// crypto/internal/fips140's service indicator of the goroutine's last
    /// operation (Go's `fipsIndicator`).
    pub fipsindicator: u8,
    /// Inside crypto/fips140.WithoutEnforcement (Go's `fipsOnlyBypass`):
    /// inherited by goroutines it starts, cleared when the goroutine exits.
    pub fipsonlybypass: bool,
}

/// A saved goroutine context (Go's `gobuf`). `regs` holds the C ABI's
/// callee-saved registers other than SP, FP and the pinned g register
/// (x86-64: rbx, r12, r13, r14; aarch64: x19, x20, x22..x28, d8..d15).
/// When `resume` is nonzero, `gogo` first calls it as
/// `extern "C" fn(*mut G) -> usize` on the goroutine's stack and returns
/// its result to `pc` instead of `ret`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Gobuf {
    pub sp: usize,
    pub pc: usize,
    pub bp: usize,
    pub ret: usize,
    pub resume: usize,
    pub regs: [usize; 17],
}

/// Why a goroutine waits (Go's `waitReason`), as goroutine dumps print it.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    Zero,
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Semacquire,
    Sleep,
    SyncCondWait,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncWaitGroupWait,
    IOWait,
    Coroutine,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Semacquire => "semacquire",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::IOWait => "IO wait",
            WaitReason::Coroutine => "coroutine",
        }
    }
}

/// Go's goroutine states.
pub const G_IDLE: u32 = 0;
pub const G_RUNNABLE: u32 = 1;
pub const G_RUNNING: u32 = 2;
pub const G_SYSCALL: u32 = 3;
pub const G_WAITING: u32 = 4;
pub const G_DEAD: u32 = 6;

impl G {
    /// A goroutine that will run on `stack` with the initial logical size.
    pub fn new(stack: Stack, goid: i64) -> G {
        let g = G {
            stack,
            stackguard0: AtomicUsize::new(0),
            unwinding: 0,
            panic: core::ptr::null_mut(),
            defer: core::ptr::null_mut(),
            stacksize: stack::FIXED_STACK,
            preempt: AtomicBool::new(false),
            goid,
            sched: Gobuf::default(),
            status: AtomicU32::new(G_IDLE),
            waitreason: WaitReason::Zero,
            m: core::ptr::null_mut(),
            schedlink: core::ptr::null_mut(),
            param: core::ptr::null_mut(),
            selectdone: AtomicU32::new(0),
            selstate: core::ptr::null_mut(),
            lockedcount: 0,
            lockedm: core::ptr::null_mut(),
            asyncpc: 0,
            asyncsp: 0,
            alllink: core::ptr::null_mut(),
            coroarg: core::ptr::null_mut(),
            coroexit: false,
            fipsindicator: 0,
            fipsonlybypass: false,
        };
        g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
        g
    }

    /// The guard that the current logical size implies.
    pub fn stackguard(&self) -> usize {
        stack::guard_for(self.stack, self.stacksize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    /// The offsets that compiled prologues rely on (rt/ABI.md).
    #[test]
    fn leading_layout_is_gos() {
        assert_eq!(offset_of!(G, stack) + offset_of!(Stack, lo), 0);
        assert_eq!(offset_of!(G, stack) + offset_of!(Stack, hi), 8);
        assert_eq!(offset_of!(G, stackguard0), 16);
        assert_eq!(offset_of!(G, unwinding), 24);
    }
}
