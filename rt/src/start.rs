//! Program start: the C `main` of every compiled Go program.
//!
//! The C runtime calls `main(argc, argv, envp)` on the thread's own stack.
//! We record the arguments (for `os.Args` later), allocate the main
//! goroutine (goid 1) with its own stack from the stack allocator, make it
//! the current g, and run the compiler-generated `golift.main` (package
//! initialisation, then `main.main`) on that stack with the pinned register
//! set. Faults are reported as Go's errors from the start (`signal`). When
//! `golift.main` returns the program exits with status 0, as Go does when
//! `main.main` returns, unless it returns unwinding an unrecovered panic
//! (the returning protocol of `panic`): then the panic is printed and the
//! exit status is 2. Fatal errors exit without coming back here.

use core::ffi::{c_char, c_int};
use core::sync::atomic::{AtomicIsize, AtomicPtr, Ordering};

use crate::arch;
use crate::panic::exit;
use crate::sched::{setg, G};
use crate::signal;
use crate::stack::{stackalloc, MAIN_STACK_RESERVE};

extern "C" {
    /// Emitted by the compiler: runs package initialisation and `main.main`.
    #[link_name = "golift.main"]
    fn golift_main();
}

/// The program's `argc`, `argv` and `envp`, as the C runtime passed them.
pub static ARGC: AtomicIsize = AtomicIsize::new(0);
pub static ARGV: AtomicPtr<*const c_char> = AtomicPtr::new(core::ptr::null_mut());
pub static ENVP: AtomicPtr<*const c_char> = AtomicPtr::new(core::ptr::null_mut());

#[no_mangle]
pub extern "C" fn main(argc: c_int, argv: *mut *const c_char, envp: *mut *const c_char) -> c_int {
    ARGC.store(argc as isize, Ordering::Relaxed);
    ARGV.store(argv, Ordering::Relaxed);
    ENVP.store(envp, Ordering::Relaxed);
    signal::initsig();
    signal::minitsignalstack();
    let stack = stackalloc(MAIN_STACK_RESERVE);
    let g = Box::into_raw(Box::new(G::new(stack, 1)));
    setg(g);
    // SAFETY: `stack` is a fresh, page-aligned reservation used by nothing
    // else, and `g` describes it and is never freed.
    unsafe { arch::call_on_stack(stack.hi, g, golift_main) };
    if crate::panic::unwinding() {
        crate::panic::fatalpanics();
    }
    exit(0)
}
