//! Raw Linux system calls for internal/runtime/syscall/linux.Syscall6,
//! syscall.rawSyscallNoError, syscall.rawVforkSyscall and
//! syscall.gettimeofday (assembly in gc).
//!
//! rawVforkSyscall: gc's assembly makes clone with CLONE_VM|CLONE_VFORK
//! share the parent's memory and stack until the child execs, keeping its
//! own return address in a register. golift cannot promise what compiled
//! code does with the shared stack, so it clears those two flags: the
//! child gets a copy of the address space (fork), runs
//! forkAndExecInChild's raw system calls on its copy of the stack and
//! execs; the parent goes on at once and learns the outcome from
//! syscall's error pipe, as before. The same holds for clone3's argument
//! block, whose flags are cleared in a copy.
//!
//! These are raw: the goroutine keeps its P while the kernel runs the call.
//! syscall.Syscall wraps them in `runtime_entersyscall`/`exitsyscall`
//! (golift's runtime package provides those; the scheduler's hand-off of the
//! P to another M happens there, not here). A call that can block for long
//! through a raw entry blocks its M, as it does in gc.
//!
//! Results follow gc's assembly: on failure (a return value in
//! `-4095..=-1`) `r1 = -1`, `r2 = 0`, `errno = -ret`; else `r1` is the
//! return register, `r2` the second one (rdx / x1), `errno = 0`. Syscall6's
//! three results go to 8-byte slots behind an out-pointer.

use crate::cpu::Pair;

/// The kernel's two result registers for system call `num`.
///
/// # Safety
/// The arguments must be valid for the call, as in gc.
#[cfg(target_arch = "x86_64")]
unsafe fn raw(num: usize, a: [usize; 6]) -> (usize, usize) {
    let (r1, r2): (usize, usize);
    // SAFETY: guaranteed by the caller; the kernel clobbers rcx and r11.
    unsafe {
        core::arch::asm!("syscall",
            inlateout("rax") num => r1, in("rdi") a[0], in("rsi") a[1],
            inlateout("rdx") a[2] => r2, in("r10") a[3], in("r8") a[4], in("r9") a[5],
            lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    (r1, r2)
}

/// The kernel's two result registers for system call `num`.
///
/// # Safety
/// The arguments must be valid for the call, as in gc.
#[cfg(target_arch = "aarch64")]
unsafe fn raw(num: usize, a: [usize; 6]) -> (usize, usize) {
    let (r1, r2): (usize, usize);
    // SAFETY: guaranteed by the caller.
    unsafe {
        core::arch::asm!("svc 0",
            in("x8") num, inlateout("x0") a[0] => r1, inlateout("x1") a[1] => r2,
            in("x2") a[2], in("x3") a[3], in("x4") a[4], in("x5") a[5], options(nostack));
    }
    (r1, r2)
}

/// `linux.Syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)`.
///
/// # Safety
/// `out` must point at three writable words; the arguments must be valid
/// for the call.
#[export_name = "golift.syscall.Syscall6"]
pub unsafe extern "C" fn syscall6(
    out: *mut [usize; 3],
    num: usize,
    a1: usize,
    a2: usize,
    a3: usize,
    a4: usize,
    a5: usize,
    a6: usize,
) {
    // SAFETY: guaranteed by the caller.
    let (r1, r2) = unsafe { raw(num, [a1, a2, a3, a4, a5, a6]) };
    let res = if r1 > (-4096isize) as usize {
        [usize::MAX, 0, r1.wrapping_neg()]
    } else {
        [r1, r2, 0]
    };
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(res) };
}

/// `syscall.rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr)`:
/// for calls that cannot fail, the registers as they are.
///
/// # Safety
/// The arguments must be valid for the call.
#[export_name = "golift.syscall.RawSyscallNoError"]
pub unsafe extern "C" fn raw_syscall_no_error(num: usize, a1: usize, a2: usize, a3: usize) -> Pair {
    // SAFETY: guaranteed by the caller.
    let (r1, r2) = unsafe { raw(num, [a1, a2, a3, 0, 0, 0]) };
    Pair(r1 as u64, r2 as u64)
}

/// `rawVforkSyscall(trap, a1, a2, a3 uintptr) (r1 uintptr, err Errno)`:
/// clone or clone3, as a fork (see the module comment).
///
/// # Safety
/// The arguments must be valid for the call, as in gc; the caller copes
/// with returning twice, once in the child.
#[export_name = "golift.syscall.rawVforkSyscall"]
pub unsafe extern "C" fn raw_vfork_syscall(num: usize, a1: usize, a2: usize, a3: usize) -> Pair {
    const SHARED: u64 = (libc::CLONE_VM | libc::CLONE_VFORK) as u64;
    let (mut a1, a2) = (a1, a2);
    let mut args = [0u64; 16];
    if num == libc::SYS_clone3 as usize {
        let n = a2.min(core::mem::size_of_val(&args));
        // SAFETY: a1 points at clone3's argument block of a2 bytes.
        unsafe { core::ptr::copy_nonoverlapping(a1 as *const u8, args.as_mut_ptr().cast(), n) };
        args[0] &= !SHARED;
        a1 = args.as_ptr() as usize;
    } else {
        a1 &= !(SHARED as usize);
    }
    // SAFETY: guaranteed by the caller; without CLONE_VM the child runs on
    // its own copy of this stack.
    let (r1, _) = unsafe { raw(num, [a1, a2, a3, 0, 0, 0]) };
    if r1 > (-4096isize) as usize {
        Pair(u64::MAX, r1.wrapping_neg() as u64)
    } else {
        Pair(r1 as u64, 0)
    }
}

/// `gettimeofday(tv *Timeval) (err Errno)`.
///
/// # Safety
/// `tv` must point at a writable Timeval.
#[export_name = "golift.syscall.gettimeofday"]
pub unsafe extern "C" fn gettimeofday(tv: *mut libc::timeval) -> usize {
    // SAFETY: guaranteed by the caller.
    if unsafe { libc::gettimeofday(tv, core::ptr::null_mut()) } == 0 {
        0
    } else {
        // SAFETY: the thread's errno location is always valid.
        unsafe { *libc::__errno_location() as usize }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn getpid_succeeds_and_a_bad_fd_fails_with_ebadf() {
        let mut out = [0usize; 3];
        // SAFETY: getpid takes no arguments.
        unsafe { syscall6(&mut out, libc::SYS_getpid as usize, 0, 0, 0, 0, 0, 0) };
        assert_eq!(out[0], std::process::id() as usize);
        assert_eq!(out[2], 0);
        // SAFETY: close of an invalid descriptor only fails.
        unsafe {
            syscall6(
                &mut out,
                libc::SYS_close as usize,
                usize::MAX >> 1,
                0,
                0,
                0,
                0,
                0,
            )
        };
        assert_eq!(out, [usize::MAX, 0, libc::EBADF as usize]);
    }
}
