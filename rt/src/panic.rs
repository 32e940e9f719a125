//! Panics, deferred calls and recover (Go's `panic.go`), and fatal errors.
//!
//! Mechanism (DESIGN.md, rt/ABI.md "Panics and defers"): a panic never
//! unwinds the machine stack. `raise` pushes a `Panic` record on the current
//! goroutine's chain (`g.panic`, newest first) and sets `g.unwinding`;
//! compiled code tests `g.unwinding` after every call that may panic and, when
//! set, leaves through its exit path. A frame without defers just returns; a
//! frame with defers calls `runtime.deferstep(fp)` (which adopts the panic:
//! clears `g.unwinding`, records `fp` as the frame now running defers for it),
//! runs its pending deferred calls with `deferstep(fp)` after each, and asks
//! `runtime.deferexit(fp)` whether to return normally (the panic was
//! recovered) or to keep unwinding (`g.unwinding` set again). `fp` is the
//! frame's frame pointer; `recover()` in a deferred function passes its
//! caller's frame pointer (the saved FP in its own frame record), so a
//! recover is effective exactly when called directly by a deferred function
//! that the panicking frame's exit path called (Go's `argp` check).
//!
//! Invariants:
//! - `g.unwinding != 0` only while no deferred call of the panic runs;
//! - the newest panic's `argp` is the frame pointer of the frame whose
//!   defers it is running (0 before the first frame adopts it);
//! - a recovered panic is removed when the deferred call that recovered it
//!   returns (the next `deferstep`), together with the older panics that a
//!   newer one aborted by unwinding past the frame running their defers;
//! - defer records (`g.defer`) of a frame are popped by that frame before it
//!   returns (`deferpop`), so the chain never holds records of dead frames.
//!
//! The records live outside the Go heap (Rust boxes): a future GC must scan
//! the panic values and deferred funcvals of every g's chains as roots.
//!
//! Until compiled code enables this protocol (`runtime.enableunwind`, at
//! program start), every panic is fatal at once, as the compiler of issue 2
//! expects: print and exit 2 without returning.
//!
//! An unrecovered panic prints gc's text after all frames ran their defers
//! (`fatalpanics`, called by the start-up code when `golift.main` returns
//! unwinding): `panic: V` for each panic of the chain, oldest first, later
//! ones indented by a tab, with ` [recovered]` / ` [recovered, repanicked]`
//! marks; then a blank line, `goroutine 1 [running]:`, and exit status 2.
//! A fatal error (Go's `throw`) is never recoverable.
//!
//! Messages are written through `Printer`, in few `write`s, so that they
//! work when memory or the stack is exhausted.

use core::sync::atomic::{AtomicBool, Ordering};

use crate::abi::Type;
use crate::error::{self, printpanicval, RtError};
use crate::iface::Eface;
use crate::print::Printer;
use crate::sched::{current_goid, G};
use crate::string::GoString;

/// One panic in progress (Go's `_panic`).
#[repr(C)]
pub struct Panic {
    pub arg: Eface,
    /// The next older panic.
    link: *mut Panic,
    /// Frame pointer of the frame running defers for this panic (0: none yet).
    argp: usize,
    recovered: bool,
    /// A newer panic unwound past the frame that ran defers for this one.
    aborted: bool,
    /// Raised again with the value of the recovered panic it replaced.
    repanicked: bool,
    /// Raised by a fault: gc prints a `[signal ...]` line after the chain.
    signal: bool,
    /// Not a panic but `runtime.Goexit` (Go's `_panic.goexit`): it runs the
    /// deferred calls like a panic, `recover` does not stop it, and the
    /// goroutine exits when it reaches the bottom frame.
    goexit: bool,
}

/// A deferred call that is not open-coded (Go's `_defer`).
#[repr(C)]
pub struct Defer {
    /// A funcval of type `func()`.
    fv: *const u8,
    /// Frame pointer of the frame that deferred it.
    fp: usize,
    link: *mut Defer,
}

/// Whether compiled code runs the returning protocol (`runtime.enableunwind`).
static UNWIND: AtomicBool = AtomicBool::new(false);

/// Ends the process at once with `code` (Go's `exit`: no atexit handlers).
pub fn exit(code: i32) -> ! {
    // SAFETY: `_exit` has no preconditions and does not return.
    unsafe { libc::_exit(code) }
}

/// Prints the goroutine header that starts gc's traceback, then exits 2.
pub(crate) fn die(p: &mut Printer) -> ! {
    p.str(b"\ngoroutine ");
    p.int(current_goid());
    p.str(b" [running]:\n");
    p.flush();
    exit(2)
}

/// Go's `fatal`/`throw`: `fatal error: MSG` and exit 2.
pub fn fatal(msg: &[u8]) -> ! {
    let mut p = Printer::new();
    p.str(b"fatal error: ");
    p.str(msg);
    p.str(b"\n");
    die(&mut p)
}

/// Go's `runtime.throw(s)`: `fatal error: s` and exit 2; compiled code
/// calls it from the stubs of functions golift does not implement.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (any pointer when `len` is 0).
#[export_name = "runtime.throw"]
pub unsafe extern "C" fn throw(ptr: *const u8, len: usize) -> ! {
    // SAFETY: the caller passes a Go string's bytes.
    let msg = unsafe { crate::string::GoString { ptr, len }.as_bytes() };
    fatal(msg)
}

/// The running goroutine. Unit tests run on plain threads: each gets a `G`
/// of its own on first use.
fn curg() -> &'static mut G {
    let mut gp = crate::sched::getg();
    if gp.is_null() {
        let stack = crate::stack::stackalloc(64 << 10);
        gp = Box::into_raw(Box::new(G::new(stack, 1)));
        crate::sched::setg(gp);
    }
    // SAFETY: the current g lives as long as its thread runs it, and only
    // this thread touches its panic and defer fields.
    unsafe { &mut *gp }
}

/// Whether a panic is unwinding frames: callers inside the runtime that
/// raised (or called something that may raise) return at once.
pub fn unwinding() -> bool {
    curg().unwinding != 0
}

/// Starts a panic with value `arg` (Go's `gopanic`): records it and, in the
/// returning protocol, sets `g.unwinding` and returns; otherwise prints the
/// chain and exits.
pub fn raise(arg: Eface, signal: bool) {
    let g = curg();
    let mut p = Box::new(Panic {
        arg,
        link: g.panic,
        argp: 0,
        recovered: false,
        aborted: false,
        repanicked: false,
        signal,
        goexit: false,
    });
    // SAFETY: chain records are live boxes owned by the chain.
    if let Some(old) = unsafe { g.panic.as_mut() } {
        // SAFETY: both values are efaces built by `raise`'s callers.
        if old.recovered && unsafe { same_value(old.arg, arg) } {
            p.repanicked = true;
            p.link = old.link;
            // SAFETY: `old` was unlinked just above and is not referenced.
            drop(unsafe { Box::from_raw(g.panic) });
        }
    }
    g.panic = Box::into_raw(p);
    if !UNWIND.load(Ordering::Relaxed) {
        fatalpanics();
    }
    g.unwinding = 1;
}

/// `runtime.Goexit`: starts unwinding the goroutine's frames, running their
/// deferred calls, with a goexit record on the panic chain. Compiled code
/// sees `g.unwinding` set after the call, as after a panic; when the bottom
/// frame returns unwinding, `goexited` tells the scheduler to end the
/// goroutine instead of printing a panic.
pub fn raise_goexit() {
    let g = curg();
    g.panic = Box::into_raw(Box::new(Panic {
        arg: Eface::NIL,
        link: g.panic,
        argp: 0,
        recovered: false,
        aborted: false,
        repanicked: false,
        signal: false,
        goexit: true,
    }));
    g.unwinding = 1;
}

/// Whether the goroutine unwinds because of `runtime.Goexit` (the newest
/// record is a goexit one): then its chain is emptied and the goroutine may
/// exit quietly.
pub fn goexited() -> bool {
    let g = curg();
    // SAFETY: chain records are live boxes.
    if !unsafe { g.panic.as_ref() }.is_some_and(|p| p.goexit) {
        return false;
    }
    discard_panics();
    true
}

/// Drops the running goroutine's panic chain and stops unwinding: a
/// coroutine goroutine ends in `coroexit` whatever it was doing (Goexit,
/// or a panic its function did not recover, which vanishes as in Go).
pub fn discard_panics() {
    let g = curg();
    g.unwinding = 0;
    while !g.panic.is_null() {
        // SAFETY: each record is unlinked before it is freed.
        let p = unsafe { Box::from_raw(g.panic) };
        g.panic = p.link;
    }
}

/// Whether two panic values are the same value (for `[recovered, repanicked]`),
/// never panicking on uncomparable types.
///
/// # Safety
/// Both must be valid efaces.
unsafe fn same_value(a: Eface, b: Eface) -> bool {
    if a.typ != b.typ {
        return false;
    }
    if a.data == b.data {
        return true;
    }
    // SAFETY: a non-null `typ` is a descriptor (caller's guarantee).
    match unsafe { a.typ.as_ref() } {
        Some(t) if !t.equal.is_null() && !t.direct_iface() => {
            // SAFETY: indirect data words point at values of `t`.
            unsafe { crate::alg::equal(t, a.data, b.data) }
        }
        _ => false,
    }
}

/// Raises a run-time error of class `kind` whose text `msg` writes.
pub fn raise_error(kind: &'static RtError, msg: impl FnOnce(&mut Printer)) {
    let mut p = Printer::capturing();
    msg(&mut p);
    raise(error::new_error(kind, &p.into_captured()), false);
}

/// Raises `runtime error: PREFIX` + the type string of `t`.
pub fn raise_runtime_error_typed(prefix: &[u8], t: &Type) {
    raise_error(&error::ERROR_STRING, |p| {
        p.str(prefix);
        p.str(t.name());
    })
}

/// Prints the panic chain, oldest first, and exits 2 (Go's `fatalpanic`).
pub fn fatalpanics() -> ! {
    let g = curg();
    // The panic is over: the Error/String methods called to print its
    // values run as ordinary code, not as frames being unwound.
    g.unwinding = 0;
    let mut chain = Vec::new();
    let mut p = g.panic;
    while !p.is_null() {
        // SAFETY: chain records are live boxes.
        if !unsafe { (*p).goexit } {
            chain.push(p);
        }
        // SAFETY: as above.
        p = unsafe { (*p).link };
    }
    let mut out = Printer::new();
    for (i, &p) in chain.iter().rev().enumerate() {
        // SAFETY: chain records are live boxes.
        let p = unsafe { &*p };
        if i > 0 {
            out.str(b"\t");
        }
        out.str(b"panic: ");
        // SAFETY: panic values are valid efaces.
        unsafe { printpanicval(&mut out, p.arg) };
        if p.repanicked {
            out.str(b" [recovered, repanicked]");
        } else if p.recovered {
            out.str(b" [recovered]");
        }
        out.str(b"\n");
    }
    // SAFETY: chain records are live boxes.
    if chain.first().is_some_and(|&p| unsafe { (*p).signal }) {
        out.str(b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    }
    die(&mut out)
}

/// Switches to the returning protocol; compiled code that checks
/// `g.unwinding` calls this first thing in `golift.main`.
#[export_name = "runtime.enableunwind"]
pub extern "C" fn enableunwind() {
    UNWIND.store(true, Ordering::Relaxed);
}

/// `panic(v)` with `v` an eface `{typ, data}`. A null `typ` is `panic(nil)`,
/// which raises Go's `panic called with nil argument` run-time error.
///
/// # Safety
/// `typ` must be null or a valid type descriptor, and `data` the eface data
/// word of a value of that type.
#[export_name = "runtime.gopanic"]
pub unsafe extern "C" fn gopanic(typ: *const Type, data: *const u8) {
    if typ.is_null() {
        raise(
            Eface {
                typ: error::PANIC_NIL_ERROR.typ,
                data: (&PANIC_NIL_VALUE.0 as *const GoString).cast(),
            },
            false,
        );
        return;
    }
    raise(Eface { typ, data }, false);
}

/// The one `*runtime.PanicNilError` value: gc's is a pointer to a zero-size
/// struct, so every `panic(nil)` raises an equal value and re-raising one
/// after recovering it reads `[recovered, repanicked]`.
struct PanicNilValue(GoString);

// SAFETY: the value is immutable and points at a static string.
unsafe impl Sync for PanicNilValue {}

static PANIC_NIL_VALUE: PanicNilValue = PanicNilValue(GoString {
    ptr: b"panic called with nil argument".as_ptr(),
    len: b"panic called with nil argument".len(),
});

/// `recover()` in a function whose caller's frame pointer is `parentfp`: the
/// value of the newest panic if that caller is the frame running defers for
/// it and it was not recovered yet; nil otherwise.
#[export_name = "runtime.gorecover"]
pub extern "C" fn gorecover(parentfp: usize) -> Eface {
    let g = curg();
    // SAFETY: chain records are live boxes.
    match unsafe { g.panic.as_mut() } {
        Some(p) if !p.goexit && !p.recovered && p.argp != 0 && p.argp == parentfp => {
            p.recovered = true;
            p.arg
        }
        _ => Eface::NIL,
    }
}

/// Called by a frame's exit path before its first deferred call when it was
/// reached by unwinding, and after each deferred call it makes while a panic
/// is in progress. Finishes a recovery (the deferred call that recovered has
/// returned: drop the panic and those it aborted) and adopts a new panic
/// raised by the deferred call (clears `g.unwinding`, so the frame's
/// remaining defers run normally, and marks older panics whose defer-running
/// frame the new one unwound past as aborted).
#[export_name = "runtime.deferstep"]
pub extern "C" fn deferstep(fp: usize) {
    let g = curg();
    if g.unwinding != 0 {
        g.unwinding = 0;
        adopt(g, fp);
        return;
    }
    // SAFETY: chain records are live boxes.
    if unsafe { g.panic.as_ref() }.is_some_and(|p| p.recovered) {
        drop_recovered(g);
    }
}

/// Makes frame `fp` the one running defers for the newest panic.
fn adopt(g: &mut G, fp: usize) {
    let top = g.panic;
    if top.is_null() {
        return;
    }
    // SAFETY: chain records are live boxes.
    unsafe {
        (*top).argp = fp;
        let mut q = (*top).link;
        while let Some(old) = q.as_mut() {
            if old.argp != 0 && old.argp <= fp && !old.recovered && !old.goexit {
                old.aborted = true;
            }
            q = old.link;
        }
    }
}

/// Removes the recovered newest panic and the aborted panics right behind it.
fn drop_recovered(g: &mut G) {
    // SAFETY: chain records are live boxes; each is unlinked before it is freed.
    unsafe {
        let p = Box::from_raw(g.panic);
        g.panic = p.link;
        while let Some(old) = g.panic.as_ref() {
            if !old.aborted {
                break;
            }
            let old = Box::from_raw(g.panic);
            g.panic = old.link;
        }
    }
}

/// Called at the end of the exit path of frame `fp` when it ran its defers
/// for a panic: 1 if the frame returns normally (its panic was recovered),
/// 0 if it keeps unwinding (`g.unwinding` is set again).
#[export_name = "runtime.deferexit"]
pub extern "C" fn deferexit(fp: usize) -> u8 {
    let g = curg();
    deferstep(fp);
    // SAFETY: chain records are live boxes.
    match unsafe { g.panic.as_ref() } {
        Some(p) if p.argp == fp && !p.recovered => {
            g.unwinding = 1;
            0
        }
        _ => 1,
    }
}

/// `defer f()` where the defer is not open-coded: records the funcval `fv`
/// (of type `func()`) for frame `fp`.
///
/// The chain stays ordered by frame, newest (deepest, lowest `fp`) first:
/// the record goes below those of frames deeper than `fp`. Only a
/// range-over-func loop body defers for a frame other than its own (the
/// function owning the loop, while the iterator's frame, deeper, may hold
/// records): each frame then still finds its own records on top.
#[export_name = "runtime.deferproc"]
pub extern "C" fn deferproc(fp: usize, fv: *const u8) {
    let g = curg();
    let mut at: *mut *mut Defer = &mut g.defer;
    // SAFETY: chain records are live boxes; `at` points at a link field of
    // one of them or at `g.defer`.
    unsafe {
        while let Some(d) = (*at).as_mut() {
            if d.fp >= fp {
                break;
            }
            at = &mut d.link;
        }
        *at = Box::into_raw(Box::new(Defer { fv, fp, link: *at }));
    }
}

/// The text of gc's range-over-func error for loop state `state` (gc's
/// `abi.RF_*`: 0 done, 2 panic, 3 exhausted, 4 missing panic).
fn range_state_text(state: i64) -> &'static [u8] {
    match state {
        0 => b"range function continued iteration after function for loop body returned false",
        2 => b"range function continued iteration after loop body panic",
        3 => b"range function continued iteration after whole loop exit",
        _ => b"range function recovered a loop body panic and did not resume panicking",
    }
}

/// A range-over-func iterator misbehaved (gc's `panicrangestate`): raises
/// the run-time error for loop state `state`.
#[export_name = "runtime.panicrangestate"]
pub extern "C" fn panicrangestate(state: i64) {
    panic_runtime_error(|p| p.str(range_state_text(state)))
}

/// The next deferred funcval of frame `fp` (newest first), removed from
/// the chain; null when the frame has none left.
#[export_name = "runtime.deferpop"]
pub extern "C" fn deferpop(fp: usize) -> *const u8 {
    let g = curg();
    // SAFETY: chain records are live boxes.
    match unsafe { g.defer.as_ref() } {
        Some(d) if d.fp == fp => {
            // SAFETY: the record is unlinked before it is freed.
            let d = unsafe { Box::from_raw(g.defer) };
            g.defer = d.link;
            d.fv
        }
        _ => core::ptr::null(),
    }
}

/// Go's boundsError codes (`abi.BoundsIndex`, ...): the operation that failed.
const BOUNDS_FORMATS: [&[u8]; 9] = [
    b"index out of range [%x] with length %y",
    b"slice bounds out of range [:%x] with length %y",
    b"slice bounds out of range [:%x] with capacity %y",
    b"slice bounds out of range [%x:%y]",
    b"slice bounds out of range [::%x] with length %y",
    b"slice bounds out of range [::%x] with capacity %y",
    b"slice bounds out of range [:%x:%y]",
    b"slice bounds out of range [%x:%y:]",
    b"cannot convert slice with length %x to array or pointer to array with length %y",
];

/// The formats used instead when `x` is negative (`y` does not matter then).
const BOUNDS_NEG_FORMATS: [&[u8]; 8] = [
    b"index out of range [%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [%x:]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [:%x:]",
    b"slice bounds out of range [%x::]",
];

/// Writes the text of a bounds error (Go's `boundsError.Error` without
/// the `runtime error: ` prefix).
pub fn bounds_error(p: &mut Printer, code: u8, x: i64, y: i64, signed: bool) {
    let code = code as usize;
    let negative = signed && x < 0;
    let fmt = match (negative, BOUNDS_NEG_FORMATS.get(code)) {
        (true, Some(f)) => f,
        _ => BOUNDS_FORMATS.get(code).unwrap_or(&BOUNDS_FORMATS[0]),
    };
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' {
            match fmt[i + 1] {
                b'x' if signed => p.int(x),
                b'x' => p.uint(x as u64),
                _ => p.int(y),
            }
            i += 2;
        } else {
            p.str(&fmt[i..i + 1]);
            i += 1;
        }
    }
}

/// A run-time error (`runtime.Error`, text after `runtime error: `).
pub fn panic_runtime_error(msg: impl FnOnce(&mut Printer)) {
    raise_error(&error::ERROR_STRING, msg)
}

#[export_name = "runtime.panicBounds"]
pub extern "C" fn panic_bounds(code: u8, x: i64, y: i64, signed: u8) {
    raise_error(&error::BOUNDS_ERROR, |p| {
        bounds_error(p, code, x, y, signed != 0)
    })
}

#[export_name = "runtime.panicdivide"]
pub extern "C" fn panicdivide() {
    panic_runtime_error(|p| p.str(b"integer divide by zero"))
}

#[export_name = "runtime.panicshift"]
pub extern "C" fn panicshift() {
    panic_runtime_error(|p| p.str(b"negative shift amount"))
}

/// A failed check of `unsafe.Slice(ptr, len)` (`string` 0) or
/// `unsafe.String(ptr, len)` (1): gc's panicunsafeslicelen/-nilptr and
/// panicunsafestringlen/-nilptr.
#[export_name = "runtime.panicunsafelen"]
pub extern "C" fn panicunsafelen(ptr: usize, len: i64, string: u8) {
    let what: &[u8] = if string != 0 {
        b"unsafe.String"
    } else {
        b"unsafe.Slice"
    };
    let why: &[u8] = if len >= 0 && ptr == 0 {
        b": ptr is nil and len is not zero"
    } else {
        b": len out of range"
    };
    panic_runtime_error(|p| {
        p.str(what);
        p.str(why)
    })
}

/// A nil dereference. gc reaches it through SIGSEGV and prints the signal
/// line; golift's checks are explicit, so the line carries no real address.
#[export_name = "runtime.panicmem"]
pub extern "C" fn panicmem() {
    let mut p = Printer::capturing();
    p.str(b"invalid memory address or nil pointer dereference");
    raise(
        error::new_error(&error::ERROR_STRING, &p.into_captured()),
        true,
    );
}

/// gc's `panicwrap`: the `(*T).M` wrapper of a value method `M` was
/// called with a nil `*T`; the compiler spells the whole message
/// (`value method main.T.M called using nil *T pointer`).
///
/// # Safety
/// `ptr` must point at `len` readable bytes.
#[export_name = "runtime.panicwrap"]
pub unsafe extern "C" fn panicwrap(ptr: *const u8, len: usize) {
    // SAFETY: the caller passes a valid byte range.
    let msg = unsafe { core::slice::from_raw_parts(ptr, len) };
    raise_error(&error::PLAIN_ERROR, |p| p.str(msg));
}

/// `panic(s)` with a string value `s`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes that stay unchanged (any
/// pointer when `len` is 0).
#[export_name = "runtime.panicstring"]
pub unsafe extern "C" fn panicstring(ptr: *const u8, len: usize) {
    let s = Box::leak(Box::new(GoString { ptr, len }));
    raise(
        Eface {
            typ: error::STRING_TYPE,
            data: (s as *const GoString).cast(),
        },
        false,
    );
}

/// Prints `s` with a tab after each newline, so that a multi-line panic
/// value stays visibly part of the panic message.
pub fn printindented(p: &mut Printer, s: &[u8]) {
    for (i, line) in s.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            p.str(b"\n\t");
        }
        p.str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Goexit unwinds like a panic through frames with defers, `recover`
    /// cannot stop it, and at the bottom the chain is emptied.
    #[test]
    fn goexit_runs_defers_and_is_not_recoverable() {
        std::thread::spawn(|| {
            let fp = 0x1000;
            raise_goexit();
            assert!(unwinding());
            deferstep(fp);
            assert!(!unwinding());
            // A deferred call's recover (its caller is frame `fp`).
            assert!(gorecover(fp).typ.is_null());
            assert_eq!(deferexit(fp), 0, "Goexit keeps unwinding");
            assert!(unwinding());
            assert!(goexited());
            assert!(!unwinding());
            assert!(curg().panic.is_null());
            assert!(!goexited(), "nothing left to exit for");
        })
        .join()
        .unwrap();
    }

    fn bounds(code: u8, x: i64, y: i64, signed: bool) -> String {
        let mut p = Printer::capturing();
        bounds_error(&mut p, code, x, y, signed);
        String::from_utf8(p.into_captured()).unwrap()
    }

    #[test]
    fn bounds_messages() {
        assert_eq!(
            bounds(0, 5, 0, true),
            "index out of range [5] with length 0"
        );
        assert_eq!(bounds(0, -1, 3, true), "index out of range [-1]");
        assert_eq!(
            bounds(0, -1, 3, false),
            "index out of range [18446744073709551615] with length 3"
        );
        assert_eq!(
            bounds(1, 7, 4, true),
            "slice bounds out of range [:7] with length 4"
        );
        assert_eq!(
            bounds(2, 9, 8, true),
            "slice bounds out of range [:9] with capacity 8"
        );
        assert_eq!(bounds(3, 3, 2, true), "slice bounds out of range [3:2]");
        assert_eq!(bounds(3, -2, 2, true), "slice bounds out of range [-2:]");
        assert_eq!(
            bounds(4, 9, 5, true),
            "slice bounds out of range [::9] with length 5"
        );
        assert_eq!(
            bounds(5, 9, 6, true),
            "slice bounds out of range [::9] with capacity 6"
        );
        assert_eq!(bounds(6, 4, 3, true), "slice bounds out of range [:4:3]");
        assert_eq!(bounds(7, 2, 1, true), "slice bounds out of range [2:1:]");
        assert_eq!(bounds(7, -1, 1, true), "slice bounds out of range [-1::]");
        assert_eq!(
            bounds(8, 2, 4, true),
            "cannot convert slice with length 2 to array or pointer to array with length 4"
        );
    }

    fn chain_len() -> usize {
        let mut n = 0;
        let mut p = curg().panic;
        while !p.is_null() {
            n += 1;
            // SAFETY: chain records are live boxes.
            p = unsafe { (*p).link };
        }
        n
    }

    fn string_value(s: &'static str) -> Eface {
        let b = Box::leak(Box::new(GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }));
        Eface {
            typ: error::STRING_TYPE,
            data: (b as *const GoString).cast(),
        }
    }

    /// Frame F (fp 100) panics, its deferred call recovers (its caller's
    /// frame pointer is F's), F returns normally; a recover from elsewhere
    /// gets nil.
    #[test]
    fn recover_in_deferred_call_stops_the_panic() {
        UNWIND.store(true, Ordering::Relaxed);
        let v = string_value("A");
        raise(v, false);
        assert!(unwinding());
        deferstep(100);
        assert!(!unwinding());
        assert!(
            gorecover(200).typ.is_null(),
            "not called by F's deferred call"
        );
        assert_eq!(gorecover(100).data, v.data);
        assert!(gorecover(100).typ.is_null(), "already recovered");
        deferstep(100);
        assert_eq!(chain_len(), 0);
        assert_eq!(deferexit(100), 1);
        assert!(!unwinding());
    }

    /// Without recover the frame keeps unwinding, and its caller (fp 300)
    /// adopts the panic.
    #[test]
    fn unrecovered_panic_keeps_unwinding() {
        UNWIND.store(true, Ordering::Relaxed);
        raise(string_value("B"), false);
        deferstep(100);
        deferstep(100);
        assert_eq!(deferexit(100), 0);
        assert!(unwinding());
        deferstep(300);
        assert!(gorecover(100).typ.is_null());
        assert!(!gorecover(300).typ.is_null());
        assert_eq!(deferexit(300), 1);
        assert_eq!(chain_len(), 0);
    }

    /// A panic inside a deferred call aborts the first; recovering the
    /// second drops both.
    #[test]
    fn panic_during_defer_aborts_the_older_one() {
        UNWIND.store(true, Ordering::Relaxed);
        raise(string_value("A"), false);
        deferstep(100);
        raise(string_value("B"), false);
        assert_eq!(chain_len(), 2);
        // The deferred call (fp 50) has no defers: it returns unwinding, and
        // F adopts B.
        deferstep(100);
        assert!(!unwinding());
        assert!(!gorecover(100).typ.is_null());
        deferstep(100);
        assert_eq!(chain_len(), 0);
        assert_eq!(deferexit(100), 1);
    }

    /// Re-raising the recovered value replaces it (`[recovered, repanicked]`).
    #[test]
    fn repanic_replaces_the_recovered_panic() {
        UNWIND.store(true, Ordering::Relaxed);
        let v = string_value("A");
        raise(v, false);
        deferstep(100);
        let r = gorecover(100);
        raise(r, false);
        assert_eq!(chain_len(), 1);
        // SAFETY: the chain holds one live record.
        assert!(unsafe { (*curg().panic).repanicked });
        deferstep(100);
        assert_eq!(deferexit(100), 0);
        curg().unwinding = 0;
        // SAFETY: the record is unlinked before it is freed.
        drop(unsafe { Box::from_raw(curg().panic) });
        curg().panic = core::ptr::null_mut();
    }

    #[test]
    fn deferproc_keeps_the_chain_ordered_by_frame() {
        let f1 = 7usize as *const u8;
        let f2 = 8usize as *const u8;
        let f3 = 9usize as *const u8;
        deferproc(0x2000, f1);
        deferproc(0x1000, f2);
        // A record for the older frame goes below the deeper frame's.
        deferproc(0x2000, f3);
        assert_eq!(deferpop(0x1000), f2);
        assert!(deferpop(0x1000).is_null());
        assert_eq!(deferpop(0x2000), f3);
        assert_eq!(deferpop(0x2000), f1);
        assert!(deferpop(0x2000).is_null());
    }

    #[test]
    fn defer_records_pop_per_frame() {
        deferproc(100, 8 as *const u8);
        deferproc(50, 2 as *const u8);
        deferproc(50, 3 as *const u8);
        assert_eq!(deferpop(50) as usize, 3);
        assert_eq!(deferpop(50) as usize, 2);
        assert!(deferpop(50).is_null());
        assert_eq!(deferpop(100) as usize, 8);
        assert!(deferpop(100).is_null());
    }
}
