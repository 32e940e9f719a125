//! Running the compiler's phases on a thread with a very large stack.
//!
//! The parser, the checker and lowering recurse over the tree: their depth
//! follows how deeply the source nests (parentheses, types, blocks) and, for
//! left-deep chains such as `x + x + ... + x`, how long an expression is.
//! gc compiles 100,000 nested parentheses and 20,000-term sums, so instead of
//! capping depth low, each phase runs on a thread whose stack is a large
//! reservation: the kernel commits its pages only as they are touched, so an
//! ordinary program costs what it would on the main thread. Where the
//! reservation cannot be made (a small address-space limit), smaller ones are
//! tried, and at last the work runs on the calling thread.

/// Stack reservations tried, largest first.
const STACK_SIZES: [usize; 3] = [8 << 30, 1 << 30, 64 << 20];

/// Runs `f` on a fresh thread with a large stack and returns its result; a
/// panic in `f` continues on the calling thread.
pub fn run<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let cell = std::sync::Mutex::new(Some(f));
    let call = || {
        let f = cell.lock().unwrap_or_else(|e| e.into_inner()).take();
        f.map(|f| f())
    };
    let out = std::thread::scope(|scope| {
        // A thread that cannot be created never ran `call`: `f` is still in
        // the cell for the next, smaller attempt.
        let spawned = STACK_SIZES.into_iter().find_map(|size| {
            let worker = std::thread::Builder::new().stack_size(size);
            worker.spawn_scoped(scope, call).ok()
        });
        match spawned {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => call(),
        }
    });
    out.expect("the closure runs exactly once")
}
