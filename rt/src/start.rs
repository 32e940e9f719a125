//! Program start: the C `main` of every compiled Go program.
//!
//! The C runtime calls `main(argc, argv, envp)` on the thread's own stack.
//! We record the arguments (for os.Args and the environment: `sysargv`,
//! `sysenvp`), install the fault
//! handlers, and hand over to the scheduler (`sched::schedmain`): the
//! thread becomes M0 (its own stack is M0's g0 stack), and the main
//! goroutine (goid 1, with its own 1 GB stack reservation) runs the
//! compiler-generated `golift.main` (package initialisation, then
//! `main.main`). When that returns the program exits with status 0, as Go
//! does when `main.main` returns, unless it returns unwinding an
//! unrecovered panic: then the panic is printed and the exit status is 2
//! (`sched::goexit1`). Fatal errors exit without coming back.

use core::ffi::{c_char, c_int};
use core::sync::atomic::{AtomicIsize, AtomicPtr, Ordering};

use crate::sched::{schedmain, Funcval};
use crate::signal;

extern "C" {
    /// Emitted by the compiler: runs package initialisation and `main.main`.
    #[link_name = "golift.main"]
    fn golift_main();
}

/// The main goroutine's function, as a funcval (`golift.main` takes no
/// arguments, so calling it with the `tail` convention's closure pointer is
/// harmless).
static MAIN_FUNCVAL: Funcval = Funcval { f: golift_main };

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
    schedmain(&MAIN_FUNCVAL)
}

/// `sysargv() (argc int, argv unsafe.Pointer)`: C main's argc and argv, for
/// golift's runtime package (os.Args).
#[export_name = "runtime.sysargv"]
pub extern "C" fn sysargv() -> crate::cpu::Pair {
    crate::cpu::Pair(
        ARGC.load(Ordering::Relaxed) as u64,
        ARGV.load(Ordering::Relaxed) as u64,
    )
}

/// `sysenvp() unsafe.Pointer`: C main's envp, for golift's runtime package
/// (syscall's copy of the environment).
#[export_name = "runtime.sysenvp"]
pub extern "C" fn sysenvp() -> *const *const c_char {
    ENVP.load(Ordering::Relaxed)
}
