//! Raw memory entries for package reflect's hooks (golift's runtime
//! package, `rt/go/runtime/reflect.go`): `memmove`, `memclrNoHeapPointers`
//! the table of boxed small integers, `getStaticuint64s`, and whether a
//! descriptor lies in a module (`inModule`; reflect's own descriptors live
//! in the heap and resolve their offsets through the Go side's table), and
//! `reflectcallregs`, the call behind reflect's Value.Call
//! (`rt/go/runtime/reflectcall.go` prepares the registers).
//!
//! These copy and clear bytes only; typed copies that must see pointers go
//! through `typedmemmove`. The ranges are Go memory the caller owns.

/// Copies `n` bytes from `src` to `dst`; the ranges may overlap.
///
/// # Safety
/// Both ranges are valid for `n` bytes.
#[export_name = "runtime.memmove"]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { core::ptr::copy(src, dst, n) };
    }
}

/// Zeroes `n` bytes at `p`.
///
/// # Safety
/// The range is valid for `n` bytes.
#[export_name = "runtime.memclrNoHeapPointers"]
pub unsafe extern "C" fn memclr_no_heap_pointers(p: *mut u8, n: usize) {
    if n != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { core::ptr::write_bytes(p, 0, n) };
    }
}

/// Go's `getStaticuint64s`: the boxes of 0..256 that interface
/// conversions of small integers use (reflect's conversions share them).
#[export_name = "runtime.getStaticuint64s"]
pub extern "C" fn get_static_uint64s() -> *const [u64; 256] {
    &crate::iface::STATIC_UINT64S
}

/// Whether `p` lies in a registered descriptor module.
#[export_name = "runtime.inModule"]
pub extern "C" fn in_module(p: *const u8) -> bool {
    crate::abi::find_module(p).is_some()
}

// `runtime.reflectcallregs(code: rdi, regs: rsi)` calls the `tail`
// function `code` with the argument registers of `regs` (rdi, rsi, rdx,
// rcx, r8, r9 from words 0-5, xmm0-7 from words 6-13), the `regs[31]`
// words at `regs[30]` as stack arguments (at the call's SP, 16-aligned; the
// callee pops them, SP is restored from rbp whatever it popped) and r15 = g
// (the compiled caller's, preserved by the C convention), then stores rax,
// rcx, rdx, rsi, rdi, r8, r9, r10 in words 14-21 and xmm0-7 in words 22-29.
// The callee clobbers every register: the C callee-saved ones are saved here.
// It may park and resume on another thread: nothing here depends on the
// thread.
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".text",
    ".globl runtime.reflectcallregs",
    ".type runtime.reflectcallregs,@function",
    ".p2align 4",
    "runtime.reflectcallregs:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "push rsi",
    "mov rcx, qword ptr [rsi + 248]",
    "lea rax, [rcx * 8 + 15]",
    "and rax, -16",
    "sub rsp, rax",
    "mov r10, qword ptr [rsi + 240]",
    "xor r11, r11",
    "2:",
    "cmp r11, rcx",
    "jae 3f",
    "mov rax, qword ptr [r10 + r11 * 8]",
    "mov qword ptr [rsp + r11 * 8], rax",
    "inc r11",
    "jmp 2b",
    "3:",
    "mov rax, rdi",
    "mov r11, rsi",
    "movq xmm0, qword ptr [r11 + 48]",
    "movq xmm1, qword ptr [r11 + 56]",
    "movq xmm2, qword ptr [r11 + 64]",
    "movq xmm3, qword ptr [r11 + 72]",
    "movq xmm4, qword ptr [r11 + 80]",
    "movq xmm5, qword ptr [r11 + 88]",
    "movq xmm6, qword ptr [r11 + 96]",
    "movq xmm7, qword ptr [r11 + 104]",
    "mov rdi, qword ptr [r11]",
    "mov rsi, qword ptr [r11 + 8]",
    "mov rdx, qword ptr [r11 + 16]",
    "mov rcx, qword ptr [r11 + 24]",
    "mov r8, qword ptr [r11 + 32]",
    "mov r9, qword ptr [r11 + 40]",
    "call rax",
    "mov r11, qword ptr [rbp - 48]",
    "mov qword ptr [r11 + 112], rax",
    "mov qword ptr [r11 + 120], rcx",
    "mov qword ptr [r11 + 128], rdx",
    "mov qword ptr [r11 + 136], rsi",
    "mov qword ptr [r11 + 144], rdi",
    "mov qword ptr [r11 + 152], r8",
    "mov qword ptr [r11 + 160], r9",
    "mov qword ptr [r11 + 168], r10",
    "movq qword ptr [r11 + 176], xmm0",
    "movq qword ptr [r11 + 184], xmm1",
    "movq qword ptr [r11 + 192], xmm2",
    "movq qword ptr [r11 + 200], xmm3",
    "movq qword ptr [r11 + 208], xmm4",
    "movq qword ptr [r11 + 216], xmm5",
    "movq qword ptr [r11 + 224], xmm6",
    "movq qword ptr [r11 + 232], xmm7",
    "lea rsp, [rbp - 40]",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size runtime.reflectcallregs, . - runtime.reflectcallregs",
);

// The code of the func values reflect makes: `golift_makefuncstub`
// (MakeFunc, kind 0) and `golift_methodvaluecall` (method values, kind 1),
// entered in the `tail` convention with the funcval context in rdi. They
// save rdi, rsi, rdx, rcx, r8, r9 and xmm0-7 in a 256-byte area on the
// stack (words 0-13; word 30 the caller's stack arguments, word 31 how many
// bytes of them to pop, set by the Go side), call the handler func value
// (`handler(kind, area)`, `tail` convention: funcval, rsi, rdx), then load
// the result registers from words 14-29 and return, popping the stack
// arguments as a `tail` callee does (the return address moves up by that
// much). rbx and r12-r15 are left alone (the handler preserves them).
#[cfg(target_arch = "x86_64")]
core::arch::global_asm!(
    ".text",
    ".globl golift_makefuncstub",
    ".globl golift_methodvaluecall",
    ".p2align 4",
    "golift_makefuncstub:",
    "xor eax, eax",
    "jmp 4f",
    ".p2align 4",
    "golift_methodvaluecall:",
    "mov eax, 1",
    "4:",
    "push rbp",
    "mov rbp, rsp",
    "sub rsp, 256",
    "mov qword ptr [rsp], rdi",
    "mov qword ptr [rsp + 8], rsi",
    "mov qword ptr [rsp + 16], rdx",
    "mov qword ptr [rsp + 24], rcx",
    "mov qword ptr [rsp + 32], r8",
    "mov qword ptr [rsp + 40], r9",
    "movq qword ptr [rsp + 48], xmm0",
    "movq qword ptr [rsp + 56], xmm1",
    "movq qword ptr [rsp + 64], xmm2",
    "movq qword ptr [rsp + 72], xmm3",
    "movq qword ptr [rsp + 80], xmm4",
    "movq qword ptr [rsp + 88], xmm5",
    "movq qword ptr [rsp + 96], xmm6",
    "movq qword ptr [rsp + 104], xmm7",
    "lea r11, [rbp + 16]",
    "mov qword ptr [rsp + 240], r11",
    "mov qword ptr [rsp + 248], 0",
    "mov rsi, rax",
    "mov rdx, rsp",
    "mov rdi, qword ptr [rip + {handler}]",
    "mov rax, qword ptr [rdi]",
    "call rax",
    "mov r11, qword ptr [rsp + 248]",
    "mov rax, qword ptr [rbp + 8]",
    "mov qword ptr [rbp + r11 + 8], rax",
    "lea rax, [rbp + r11 + 8]",
    "mov qword ptr [rsp + 240], rax",
    "mov rax, qword ptr [rsp + 112]",
    "mov rcx, qword ptr [rsp + 120]",
    "mov rdx, qword ptr [rsp + 128]",
    "mov rsi, qword ptr [rsp + 136]",
    "mov rdi, qword ptr [rsp + 144]",
    "mov r8, qword ptr [rsp + 152]",
    "mov r9, qword ptr [rsp + 160]",
    "mov r10, qword ptr [rsp + 168]",
    "movq xmm0, qword ptr [rsp + 176]",
    "movq xmm1, qword ptr [rsp + 184]",
    "movq xmm2, qword ptr [rsp + 192]",
    "movq xmm3, qword ptr [rsp + 200]",
    "movq xmm4, qword ptr [rsp + 208]",
    "movq xmm5, qword ptr [rsp + 216]",
    "movq xmm6, qword ptr [rsp + 224]",
    "movq xmm7, qword ptr [rsp + 232]",
    "mov r11, qword ptr [rsp + 240]",
    "mov rbp, qword ptr [rbp]",
    "mov rsp, r11",
    "ret",
    handler = sym MAKEFUNC_HANDLER,
);

/// The func value rt's makefunc stubs call (reflect registers it).
#[no_mangle]
static mut MAKEFUNC_HANDLER: *const u8 = core::ptr::null();

/// `runtime.setMakeFuncHandler(fv)`: the func value the stubs call.
///
/// # Safety
/// `fv` is a funcval of type `func(int, unsafe.Pointer)`, set once at
/// reflect's initialisation before any stub runs.
#[export_name = "runtime.setMakeFuncHandler"]
pub unsafe extern "C" fn set_make_func_handler(fv: *const u8) {
    // SAFETY: written once, before any reader (see above).
    unsafe { MAKEFUNC_HANDLER = fv };
}

#[cfg(target_arch = "x86_64")]
unsafe extern "C" {
    fn golift_makefuncstub();
    fn golift_methodvaluecall();
}

/// `runtime.makeFuncStubPC()`: the code of MakeFunc's func values.
#[cfg(target_arch = "x86_64")]
#[export_name = "runtime.makeFuncStubPC"]
pub extern "C" fn make_func_stub_pc() -> usize {
    golift_makefuncstub as *const () as usize
}

/// `runtime.methodValueCallPC()`: the code of method values' func values.
#[cfg(target_arch = "x86_64")]
#[export_name = "runtime.methodValueCallPC"]
pub extern "C" fn method_value_call_pc() -> usize {
    golift_methodvaluecall as *const () as usize
}

/// Not implemented on this architecture yet: reflect's made funcs die.
#[cfg(not(target_arch = "x86_64"))]
extern "C" fn make_func_unimplemented() {
    crate::panic::fatal(b"golift: reflect.makeFuncStub is not implemented");
}

/// `runtime.makeFuncStubPC()` (not implemented on this architecture).
#[cfg(not(target_arch = "x86_64"))]
#[export_name = "runtime.makeFuncStubPC"]
pub extern "C" fn make_func_stub_pc() -> usize {
    make_func_unimplemented as *const () as usize
}

/// `runtime.methodValueCallPC()` (not implemented on this architecture).
#[cfg(not(target_arch = "x86_64"))]
#[export_name = "runtime.methodValueCallPC"]
pub extern "C" fn method_value_call_pc() -> usize {
    make_func_unimplemented as *const () as usize
}

/// Not implemented on this architecture yet: reflect's calls die.
#[cfg(not(target_arch = "x86_64"))]
#[export_name = "runtime.reflectcallregs"]
pub extern "C" fn reflectcallregs(_code: *const u8, _regs: *mut u64) {
    crate::panic::fatal(b"golift: reflect.call is not implemented");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memmove_overlapping() {
        let mut b = [1u8, 2, 3, 4, 5];
        // SAFETY: both ranges lie inside `b`.
        unsafe { memmove(b.as_mut_ptr().add(1), b.as_ptr(), 4) };
        assert_eq!(b, [1, 1, 2, 3, 4]);
    }

    #[test]
    fn memclr_zeroes() {
        let mut b = [7u8; 6];
        // SAFETY: the range lies inside `b`.
        unsafe { memclr_no_heap_pointers(b.as_mut_ptr().add(2), 3) };
        assert_eq!(b, [7, 7, 0, 0, 0, 7]);
    }

    #[test]
    fn static_uint64s() {
        // SAFETY: the table is a static.
        let t = unsafe { &*get_static_uint64s() };
        assert_eq!(t[200], 200);
    }
}
