//! The golift runtime: the Rust re-implementation of Go's runtime that every
//! program compiled by golift links against (as a staticlib).
//!
//! Compiled code reaches the runtime only through the `extern "C"` entry
//! points named `runtime.NAME` that `rt/ABI.md` lists; the runtime reaches
//! compiled code only through `golift.main` (and, later, goroutine entry
//! trampolines). Everything here follows that contract.
//!
//! Map of the crate:
//! - `start`: the C `main`, which starts the scheduler with the main goroutine running `golift.main`.
//! - `sched`: goroutines and the G/M/P scheduler; `sync`: the runtime's locks and notes.
//! - `arch`: the context switch (gogo, mcall, park stubs) and trampolines into compiled code.
//! - `stack`: goroutine stack reservations and `morestack`.
//! - `mem`: size classes and `mallocgc`.
//! - `abi`: the type descriptor layout shared with the compiler.
//! - `alg`: hashing and equality of Go values; `map`: Go's bucket hash map.
//! - `iface`: interface values, itabs, conversions and assertions.
//! - `error`: run-time error values and the printing of panic values.
//! - `slice`, `string`, `utf8`: slice and string operations.
//! - `chan`, `select`: channels and select; `sema`: semaphores and notify lists (sync).
//! - `time`: the clocks, per-P timer heaps and `timeSleep`.
//! - `print`, `ftoa`: the `print`/`println` builtins.
//! - `bytealg`, `cpu`, `crc32`, `crypto`, `p256`, `math`, `syscall`: bodies of internal/bytealg's,
//!   internal/cpu's, hash/crc32's, crypto's (P-256's field and points in `p256`), math's and the raw system calls' assembly functions (`golift.PKG.NAME`, called by intrinsic bodies).
//! - `reflect`: raw memory entries for package reflect's hooks.
//! - `os`: the process-level entries for syscall and os (exit, write, SIGPIPE, fork).
//! - `panic`: panics, defers, recover and fatal errors; `signal`: faults as run-time errors;
//!   `sigqueue`: signals delivered to os/signal.

pub mod abi;
pub mod alg;
pub mod arch;
pub mod bytealg;
pub mod chan;
pub mod cpu;
pub mod crc32;
pub mod crypto;
pub mod error;
pub mod ftoa;
pub mod iface;
pub mod map;
pub mod mapclone;
pub mod math;
pub mod mem;
pub mod mstats;
pub mod netpoll;
pub mod os;
pub mod p256;
pub mod panic;
pub mod print;
pub mod reflect;
pub mod sched;
pub mod select;
pub mod sema;
pub mod signal;
pub mod sigqueue;
pub mod slice;
pub mod stack;
#[cfg(not(test))]
mod start;
pub mod string;
pub mod symtab;
pub mod sync;
pub mod syscall;
pub mod time;
pub mod utf8;
