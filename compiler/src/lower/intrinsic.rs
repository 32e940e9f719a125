//! Functions declared without a body outside golift's runtime package,
//! and the few functions with bodies that gc always compiles to
//! instructions.
//!
//! In gc a bodiless function is assembly (or a compiler intrinsic). golift
//! has no assembler, so `lower_bodiless` gives it a body from one table
//! keyed by (package path, function name):
//! - math's `arch*` functions become Cranelift float instructions (with
//!   floor_amd64.s's treatment of NaN and large values), a tail call of the
//!   package's portable Go version (`archMax` -> `max`), or, for amd64's
//!   `archExp`/`archLog` whose last bits differ from the Go versions, rt's
//!   step-for-step copies of the assembly;
//! - sync/atomic and internal/runtime/atomic become Cranelift atomic
//!   instructions, which are all sequentially consistent (Go's memory model
//!   asks that of every sync/atomic operation);
//! - internal/bytealg, internal/cpu's `cpuid`/`xgetbv`, hash/crc32's kernels
//!   and the raw system calls forward to C-ABI entries of rt named
//!   `golift.PKG.NAME` (`rt/src/bytealg.rs`, `cpu.rs`, `crc32.rs`,
//!   `syscall.rs`, `math.rs`);
//! - `abi.FuncPCABI0/ABIInternal` read the code pointer of the func value
//!   inside their `any` argument; `sys.GetCallerPC/GetCallerSP` read the
//!   frame of the function that called them (through the frame-pointer
//!   chain, so these bodies are never inlined);
//! - math/big's, chacha8rand's, the crypto hashes', edwards25519's field and
//!   poly1305's assembly kernels call their Go versions (blockAVX2 ->
//!   blockGeneric); fips140/subtle's `xorBytes` and bigmod's `addMulVVW*`
//!   are rt entries (`rt/src/crypto.rs`), as are nistec's P-256 field and
//!   point functions (`rt/src/p256.rs`).
//!
//! Anything else keeps the stub that dies with `fatal error: golift: F is
//! not implemented` when called (`func::lower_stub`), so code that is never
//! called costs nothing and links. Rows for functions *with* bodies
//! (`math.sqrt`, math/bits) replace those bodies (`overrides_body`), as gc's
//! intrinsics do; what gc's instruction returns is observable there (SQRTSD's
//! NaN for a negative argument).
//!
//! Invariants: an intrinsic body has exactly the Go signature of its
//! declaration (`abi::go_signature`), so callers need not know which
//! functions are intrinsics; rows for another architecture's declarations
//! (arm64's `getisar0`, `castagnoliUpdate`) are simply never reached.

use std::collections::HashSet;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, types, AtomicRmwOp, InstBuilder, StackSlotData, StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};

use super::func::{self, Fx};
use super::ModCx;
use crate::types::ObjId;

/// How a bodiless function is lowered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lowering {
    /// A Cranelift float instruction on the one argument.
    Float(FloatOp),
    /// A tail call of the named Go function of the same package.
    Generic(&'static str),
    /// A sequentially consistent atomic operation on the first argument.
    Atomic(AtomicOp),
    /// A call of the C-ABI rt entry with this symbol (see `rt_call`).
    Rt(&'static str),
    /// An integer bit instruction (math/bits, which gc compiles to
    /// instructions whatever the Go bodies say).
    Bits(BitOp),
    /// A constant result.
    Const(i64),
    /// The code pointer of the func value in an `any`.
    FuncPc,
    /// The return address of the caller's frame.
    CallerPc,
    /// The stack pointer of the caller's caller, at the call.
    CallerSp,
    /// Its bool argument as a 0/1 integer of the result type
    /// (crypto/internal/constanttime's `boolToUint8`, whose Go body panics).
    BoolToInt,
    /// Nothing (no results): escape-analysis markers such as
    /// abi.EscapeNonString, which matter only to a compiler that moves
    /// stacks.
    Nop,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FloatOp {
    Floor,
    Ceil,
    Trunc,
    Sqrt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BitOp {
    TrailingZeros,
    LeadingZeros,
    Len,
    OnesCount,
    RotateLeft,
    Reverse,
    ReverseBytes,
    /// The full product `(hi, lo)`.
    Mul,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AtomicOp {
    Load,
    Store,
    /// Adds and returns the new value (sync/atomic's `Add*`, `Xadd*`).
    Add,
    /// Stores and returns the old value.
    Swap,
    /// Compare-and-swap, returning whether it swapped.
    Cas,
    /// Bitwise and/or; the old value is returned when the signature has a
    /// result (sync/atomic's `And*`/`Or*`, runtime's `And32`...).
    And,
    Or,
}

use AtomicOp::*;
use Lowering::{Atomic as A, Bits, BoolToInt, Const, Float, FuncPc, Generic, Nop, Rt};

/// gc's amd64 assembly for Exp and Log rounds differently from the Go
/// versions, so amd64 gets rt's step-for-step copies (rt/src/math.rs).
const ARCH_EXP: Lowering = if cfg!(target_arch = "x86_64") {
    Rt("golift.math.archExp")
} else {
    Generic("exp")
};
const ARCH_LOG: Lowering = if cfg!(target_arch = "x86_64") {
    Rt("golift.math.archLog")
} else {
    Generic("log")
};

/// Packages of the crypto kernels in the table.
const SHA256: &str = "crypto/internal/fips140/sha256";
const SHA512: &str = "crypto/internal/fips140/sha512";
const SHA3: &str = "crypto/internal/fips140/sha3";
const SUBTLE: &str = "crypto/internal/fips140/subtle";
const EDWARDS_FIELD: &str = "crypto/internal/fips140/edwards25519/field";
const BIGMOD: &str = "crypto/internal/fips140/bigmod";
const POLY1305: &str = "vendor/golang.org/x/crypto/internal/poly1305";
const NISTEC: &str = "crypto/internal/fips140/nistec";
const XCPU: &str = "vendor/golang.org/x/sys/cpu";

/// Every intrinsic: (package path, function name, lowering).
const TABLE: &[(&str, &str, Lowering)] = &[
    // math: GOROOT/src/math/*_asm.go for amd64 and arm64.
    ("math", "archFloor", Float(FloatOp::Floor)),
    ("math", "archCeil", Float(FloatOp::Ceil)),
    ("math", "archTrunc", Float(FloatOp::Trunc)),
    ("math", "archSqrt", Float(FloatOp::Sqrt)),
    // gc compiles math.sqrt (which Sqrt calls) to SQRTSD whatever its
    // body says; the instruction's NaN for negative input is observable.
    ("math", "sqrt", Float(FloatOp::Sqrt)),
    ("math", "archMax", Generic("max")),
    ("math", "archMin", Generic("min")),
    ("math", "archExp", ARCH_EXP),
    ("math", "archExp2", Generic("exp2")),
    ("math", "archHypot", Generic("hypot")),
    ("math", "archLog", ARCH_LOG),
    // math/bits: the functions gc always compiles to instructions on amd64
    // and arm64 (same results as the Go bodies, without their tables).
    ("math/bits", "TrailingZeros", Bits(BitOp::TrailingZeros)),
    ("math/bits", "TrailingZeros8", Bits(BitOp::TrailingZeros)),
    ("math/bits", "TrailingZeros16", Bits(BitOp::TrailingZeros)),
    ("math/bits", "TrailingZeros32", Bits(BitOp::TrailingZeros)),
    ("math/bits", "TrailingZeros64", Bits(BitOp::TrailingZeros)),
    ("math/bits", "LeadingZeros", Bits(BitOp::LeadingZeros)),
    ("math/bits", "LeadingZeros8", Bits(BitOp::LeadingZeros)),
    ("math/bits", "LeadingZeros16", Bits(BitOp::LeadingZeros)),
    ("math/bits", "LeadingZeros32", Bits(BitOp::LeadingZeros)),
    ("math/bits", "LeadingZeros64", Bits(BitOp::LeadingZeros)),
    ("math/bits", "Len", Bits(BitOp::Len)),
    ("math/bits", "Len8", Bits(BitOp::Len)),
    ("math/bits", "Len16", Bits(BitOp::Len)),
    ("math/bits", "Len32", Bits(BitOp::Len)),
    ("math/bits", "Len64", Bits(BitOp::Len)),
    ("math/bits", "OnesCount", Bits(BitOp::OnesCount)),
    ("math/bits", "OnesCount8", Bits(BitOp::OnesCount)),
    ("math/bits", "OnesCount16", Bits(BitOp::OnesCount)),
    ("math/bits", "OnesCount32", Bits(BitOp::OnesCount)),
    ("math/bits", "OnesCount64", Bits(BitOp::OnesCount)),
    ("math/bits", "RotateLeft", Bits(BitOp::RotateLeft)),
    ("math/bits", "RotateLeft8", Bits(BitOp::RotateLeft)),
    ("math/bits", "RotateLeft16", Bits(BitOp::RotateLeft)),
    ("math/bits", "RotateLeft32", Bits(BitOp::RotateLeft)),
    ("math/bits", "RotateLeft64", Bits(BitOp::RotateLeft)),
    ("math/bits", "Reverse", Bits(BitOp::Reverse)),
    ("math/bits", "Reverse8", Bits(BitOp::Reverse)),
    ("math/bits", "Reverse16", Bits(BitOp::Reverse)),
    ("math/bits", "Reverse32", Bits(BitOp::Reverse)),
    ("math/bits", "Reverse64", Bits(BitOp::Reverse)),
    ("math/bits", "ReverseBytes", Bits(BitOp::ReverseBytes)),
    ("math/bits", "ReverseBytes16", Bits(BitOp::ReverseBytes)),
    ("math/bits", "ReverseBytes32", Bits(BitOp::ReverseBytes)),
    ("math/bits", "ReverseBytes64", Bits(BitOp::ReverseBytes)),
    ("math/bits", "Mul", Bits(BitOp::Mul)),
    ("math/bits", "Mul32", Bits(BitOp::Mul)),
    ("math/bits", "Mul64", Bits(BitOp::Mul)),
    // math/big: arith_decl.go's assembly kernels and their Go versions.
    ("math/big", "addVV", Generic("addVV_g")),
    ("math/big", "subVV", Generic("subVV_g")),
    ("math/big", "lshVU", Generic("lshVU_g")),
    ("math/big", "rshVU", Generic("rshVU_g")),
    ("math/big", "mulAddVWW", Generic("mulAddVWW_g")),
    ("math/big", "addMulVVWW", Generic("addMulVVWW_g")),
    ("internal/chacha8rand", "block", Generic("block_generic")),
    // The crypto hashes' assembly kernels (chosen at run time by CPU
    // features, or always for md5) and their Go versions.
    ("crypto/md5", "block", Generic("blockGeneric")),
    ("crypto/sha1", "blockAVX2", Generic("blockGeneric")),
    ("crypto/sha1", "blockSHANI", Generic("blockGeneric")),
    (SHA256, "blockAVX2", Generic("blockGeneric")),
    (SHA256, "blockSHANI", Generic("blockGeneric")),
    (SHA512, "blockAVX2", Generic("blockGeneric")),
    (SHA3, "keccakF1600", Generic("keccakF1600Generic")),
    (SUBTLE, "xorBytes", Rt("golift.subtle.xorBytes")),
    (EDWARDS_FIELD, "feMul", Generic("feMulGeneric")),
    (BIGMOD, "addMulVVW1024", Rt("golift.bigmod.addMulVVW1024")),
    (BIGMOD, "addMulVVW1536", Rt("golift.bigmod.addMulVVW1536")),
    (BIGMOD, "addMulVVW2048", Rt("golift.bigmod.addMulVVW2048")),
    (POLY1305, "update", Generic("updateGeneric")),
    // nistec's P-256 (p256_asm.go, amd64 and arm64): rt/src/p256.rs.
    (NISTEC, "p256Mul", Rt("golift.p256.p256Mul")),
    (NISTEC, "p256Sqr", Rt("golift.p256.p256Sqr")),
    (NISTEC, "p256FromMont", Rt("golift.p256.p256FromMont")),
    (NISTEC, "p256NegCond", Rt("golift.p256.p256NegCond")),
    (NISTEC, "p256MovCond", Rt("golift.p256.p256MovCond")),
    (NISTEC, "p256Select", Rt("golift.p256.p256Select")),
    (
        NISTEC,
        "p256SelectAffine",
        Rt("golift.p256.p256SelectAffine"),
    ),
    (
        NISTEC,
        "p256PointAddAffineAsm",
        Rt("golift.p256.p256PointAddAffineAsm"),
    ),
    (NISTEC, "p256PointAddAsm", Rt("golift.p256.p256PointAddAsm")),
    (
        NISTEC,
        "p256PointDoubleAsm",
        Rt("golift.p256.p256PointDoubleAsm"),
    ),
    ("crypto/internal/constanttime", "boolToUint8", BoolToInt),
    // crypto/internal/boring/sig: markers in the binary, no code.
    ("crypto/internal/boring/sig", "BoringCrypto", Nop),
    ("crypto/internal/boring/sig", "FIPSOnly", Nop),
    ("crypto/internal/boring/sig", "StandardCrypto", Nop),
    // sync/atomic: doc.go, doc_64.go.
    ("sync/atomic", "LoadInt32", A(Load)),
    ("sync/atomic", "LoadInt64", A(Load)),
    ("sync/atomic", "LoadUint32", A(Load)),
    ("sync/atomic", "LoadUint64", A(Load)),
    ("sync/atomic", "LoadUintptr", A(Load)),
    ("sync/atomic", "LoadPointer", A(Load)),
    ("sync/atomic", "StoreInt32", A(Store)),
    ("sync/atomic", "StoreInt64", A(Store)),
    ("sync/atomic", "StoreUint32", A(Store)),
    ("sync/atomic", "StoreUint64", A(Store)),
    ("sync/atomic", "StoreUintptr", A(Store)),
    ("sync/atomic", "StorePointer", A(Store)),
    ("sync/atomic", "AddInt32", A(Add)),
    ("sync/atomic", "AddInt64", A(Add)),
    ("sync/atomic", "AddUint32", A(Add)),
    ("sync/atomic", "AddUint64", A(Add)),
    ("sync/atomic", "AddUintptr", A(Add)),
    ("sync/atomic", "SwapInt32", A(Swap)),
    ("sync/atomic", "SwapInt64", A(Swap)),
    ("sync/atomic", "SwapUint32", A(Swap)),
    ("sync/atomic", "SwapUint64", A(Swap)),
    ("sync/atomic", "SwapUintptr", A(Swap)),
    ("sync/atomic", "SwapPointer", A(Swap)),
    ("sync/atomic", "CompareAndSwapInt32", A(Cas)),
    ("sync/atomic", "CompareAndSwapInt64", A(Cas)),
    ("sync/atomic", "CompareAndSwapUint32", A(Cas)),
    ("sync/atomic", "CompareAndSwapUint64", A(Cas)),
    ("sync/atomic", "CompareAndSwapUintptr", A(Cas)),
    ("sync/atomic", "CompareAndSwapPointer", A(Cas)),
    ("sync/atomic", "AndInt32", A(And)),
    ("sync/atomic", "AndInt64", A(And)),
    ("sync/atomic", "AndUint32", A(And)),
    ("sync/atomic", "AndUint64", A(And)),
    ("sync/atomic", "AndUintptr", A(And)),
    ("sync/atomic", "OrInt32", A(Or)),
    ("sync/atomic", "OrInt64", A(Or)),
    ("sync/atomic", "OrUint32", A(Or)),
    ("sync/atomic", "OrUint64", A(Or)),
    ("sync/atomic", "OrUintptr", A(Or)),
    // internal/runtime/atomic: atomic_amd64.go, stubs.go, types.go (and
    // the loads that are assembly on arm64).
    ("internal/runtime/atomic", "Load", A(Load)),
    ("internal/runtime/atomic", "Load8", A(Load)),
    ("internal/runtime/atomic", "Load64", A(Load)),
    ("internal/runtime/atomic", "Loadp", A(Load)),
    ("internal/runtime/atomic", "LoadAcq", A(Load)),
    ("internal/runtime/atomic", "LoadAcq64", A(Load)),
    ("internal/runtime/atomic", "LoadAcquintptr", A(Load)),
    ("internal/runtime/atomic", "Loaduintptr", A(Load)),
    ("internal/runtime/atomic", "Loaduint", A(Load)),
    ("internal/runtime/atomic", "Loadint32", A(Load)),
    ("internal/runtime/atomic", "Loadint64", A(Load)),
    ("internal/runtime/atomic", "Store", A(Store)),
    ("internal/runtime/atomic", "Store8", A(Store)),
    ("internal/runtime/atomic", "Store64", A(Store)),
    ("internal/runtime/atomic", "StoreRel", A(Store)),
    ("internal/runtime/atomic", "StoreRel64", A(Store)),
    ("internal/runtime/atomic", "StoreReluintptr", A(Store)),
    ("internal/runtime/atomic", "StorepNoWB", A(Store)),
    ("internal/runtime/atomic", "Storeint32", A(Store)),
    ("internal/runtime/atomic", "Storeint64", A(Store)),
    ("internal/runtime/atomic", "Storeuintptr", A(Store)),
    ("internal/runtime/atomic", "Xadd", A(Add)),
    ("internal/runtime/atomic", "Xadd64", A(Add)),
    ("internal/runtime/atomic", "Xadduintptr", A(Add)),
    ("internal/runtime/atomic", "Xaddint32", A(Add)),
    ("internal/runtime/atomic", "Xaddint64", A(Add)),
    ("internal/runtime/atomic", "Xchg8", A(Swap)),
    ("internal/runtime/atomic", "Xchg", A(Swap)),
    ("internal/runtime/atomic", "Xchg64", A(Swap)),
    ("internal/runtime/atomic", "Xchguintptr", A(Swap)),
    ("internal/runtime/atomic", "Xchgint32", A(Swap)),
    ("internal/runtime/atomic", "Xchgint64", A(Swap)),
    ("internal/runtime/atomic", "Cas", A(Cas)),
    ("internal/runtime/atomic", "Cas64", A(Cas)),
    ("internal/runtime/atomic", "CasRel", A(Cas)),
    ("internal/runtime/atomic", "Casp1", A(Cas)),
    ("internal/runtime/atomic", "Casint32", A(Cas)),
    ("internal/runtime/atomic", "Casint64", A(Cas)),
    ("internal/runtime/atomic", "Casuintptr", A(Cas)),
    ("internal/runtime/atomic", "casPointer", A(Cas)),
    ("internal/runtime/atomic", "And8", A(And)),
    ("internal/runtime/atomic", "And", A(And)),
    ("internal/runtime/atomic", "And32", A(And)),
    ("internal/runtime/atomic", "And64", A(And)),
    ("internal/runtime/atomic", "Anduintptr", A(And)),
    ("internal/runtime/atomic", "Or8", A(Or)),
    ("internal/runtime/atomic", "Or", A(Or)),
    ("internal/runtime/atomic", "Or32", A(Or)),
    ("internal/runtime/atomic", "Or64", A(Or)),
    ("internal/runtime/atomic", "Oruintptr", A(Or)),
    // internal/cpu: cpu_x86.go (GOAMD64=v1, gc's default) and cpu_arm64.go.
    ("internal/cpu", "cpuid", Rt("golift.cpu.cpuid")),
    ("internal/cpu", "xgetbv", Rt("golift.cpu.xgetbv")),
    ("internal/cpu", "getGOAMD64level", Const(1)),
    // golang.org/x/sys/cpu (vendored): cpu_gc_x86.go.
    (XCPU, "cpuid", Rt("golift.xcpu.cpuid")),
    (XCPU, "xgetbv", Rt("golift.cpu.xgetbv")),
    (XCPU, "getisar0", Rt("golift.cpu.getisar0")),
    (XCPU, "getisar1", Rt("golift.cpu.getisar1")),
    (XCPU, "getpfr0", Rt("golift.cpu.getpfr0")),
    ("internal/cpu", "getisar0", Rt("golift.cpu.getisar0")),
    ("internal/cpu", "getisar1", Rt("golift.cpu.getisar1")),
    ("internal/cpu", "getpfr0", Rt("golift.cpu.getpfr0")),
    ("internal/cpu", "getMIDR", Rt("golift.cpu.getMIDR")),
    // internal/bytealg: the *_native.go declarations and MakeNoZero.
    ("internal/bytealg", "Compare", Rt("golift.bytealg.Compare")),
    ("internal/bytealg", "Count", Rt("golift.bytealg.Count")),
    (
        "internal/bytealg",
        "CountString",
        Rt("golift.bytealg.CountString"),
    ),
    ("internal/bytealg", "Index", Rt("golift.bytealg.Index")),
    (
        "internal/bytealg",
        "IndexString",
        Rt("golift.bytealg.IndexString"),
    ),
    (
        "internal/bytealg",
        "IndexByte",
        Rt("golift.bytealg.IndexByte"),
    ),
    (
        "internal/bytealg",
        "IndexByteString",
        Rt("golift.bytealg.IndexByteString"),
    ),
    (
        "internal/bytealg",
        "MakeNoZero",
        Rt("golift.bytealg.MakeNoZero"),
    ),
    // hash/crc32: crc32_amd64.go and crc32_arm64.go.
    (
        "hash/crc32",
        "castagnoliSSE42",
        Rt("golift.crc32.castagnoliSSE42"),
    ),
    (
        "hash/crc32",
        "castagnoliSSE42Triple",
        Rt("golift.crc32.castagnoliSSE42Triple"),
    ),
    ("hash/crc32", "ieeeCLMUL", Rt("golift.crc32.ieeeCLMUL")),
    (
        "hash/crc32",
        "castagnoliUpdate",
        Rt("golift.crc32.castagnoliUpdate"),
    ),
    ("hash/crc32", "ieeeUpdate", Rt("golift.crc32.ieeeUpdate")),
    // FuncPC and the caller's frame.
    ("internal/abi", "FuncPCABI0", FuncPc),
    ("internal/abi", "EscapeNonString", Nop),
    ("internal/abi", "FuncPCABIInternal", FuncPc),
    ("internal/runtime/sys", "GetCallerPC", Lowering::CallerPc),
    ("internal/runtime/sys", "GetCallerSP", Lowering::CallerSp),
    // Raw system calls (no scheduler hand-off: see rt/src/syscall.rs).
    (
        "internal/runtime/syscall/linux",
        "Syscall6",
        Rt("golift.syscall.Syscall6"),
    ),
    (
        "syscall",
        "rawSyscallNoError",
        Rt("golift.syscall.RawSyscallNoError"),
    ),
    (
        "syscall",
        "rawVforkSyscall",
        Rt("golift.syscall.rawVforkSyscall"),
    ),
    ("syscall", "gettimeofday", Rt("golift.syscall.gettimeofday")),
];

/// The lowering of bodiless function `name` of package `path`, if it is an
/// intrinsic.
pub(crate) fn lookup(path: &str, name: &str) -> Option<Lowering> {
    // An instance of a generic function is named `F[T1,T2]`.
    let name = name.split('[').next().unwrap_or(name);
    TABLE
        .iter()
        .find(|(p, n, _)| *p == path && *n == name)
        .map(|&(_, _, l)| l)
}

/// Whether function `obj`, which has a body, is nevertheless an
/// intrinsic (gc replaces a few such functions by instructions).
pub(super) fn overrides_body(m: &ModCx, obj: ObjId) -> bool {
    let pkg = m.pkg;
    m.method_recv(obj).is_none() && lookup(pkg.link_path(obj), &pkg.obj(obj).name).is_some()
}

/// Whether the body of bodiless function `obj` may be inlined into its
/// callers: not when it reads its caller's frame, nor when it is a tail
/// call or a stub.
pub(super) fn inlinable(m: &ModCx, obj: ObjId) -> bool {
    let pkg = m.pkg;
    matches!(
        lookup(pkg.link_path(obj), &pkg.obj(obj).name),
        Some(Float(_) | Bits(_) | A(_) | Const(_) | FuncPc | Nop | BoolToInt)
    )
}

/// Lowers the body of bodiless function `obj` (symbol `symbol`): its
/// intrinsic, else the stub that dies.
pub(super) fn lower_bodiless(
    m: &mut ModCx,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    obj: ObjId,
    symbol: &str,
) {
    let pkg = m.pkg;
    let lowering = lookup(pkg.link_path(obj), &pkg.obj(obj).name);
    let generic = match lowering {
        Some(Generic(g)) => generic_target(m, obj, g),
        _ => None,
    };
    match lowering {
        Some(Generic(_)) if generic.is_none() => func::lower_stub(m, func, fctx, symbol),
        None => func::lower_stub(m, func, fctx, symbol),
        Some(l) => {
            let b = FunctionBuilder::new(func, fctx);
            let mut fx = Fx::new(m, b, 0, HashSet::new());
            fx.symbol = symbol.to_string();
            let entry = fx.b.create_block();
            fx.b.append_block_params_for_function_params(entry);
            fx.b.switch_to_block(entry);
            let params = fx.b.block_params(entry).to_vec();
            let rets: Vec<ir::Type> =
                fx.b.func
                    .signature
                    .returns
                    .iter()
                    .map(|r| r.value_type)
                    .collect();
            match l {
                Generic(_) => {
                    let r = fx.func_ref(generic.expect("checked above"));
                    fx.b.ins().return_call(r, &params);
                }
                _ => {
                    let results = lower_op(&mut fx, l, &params, &rets);
                    fx.b.ins().return_(&results);
                }
            }
            fx.b.seal_all_blocks();
            fx.b.finalize(fx.m.isa.frontend_config());
        }
    }
}

/// The Go function named `name` in the package of `obj`.
fn generic_target(m: &ModCx, obj: ObjId, name: &str) -> Option<FuncId> {
    let pkg = m.pkg;
    let path = pkg.link_path(obj);
    pkg.funcs
        .iter()
        .filter(|f| pkg.obj(f.obj).name == name && pkg.link_path(f.obj) == path)
        .filter(|f| m.method_recv(f.obj).is_none())
        .find_map(|f| m.funcs.get(&f.obj).map(|g| g.id))
}

/// The results of lowering `l` on the flattened parameters.
fn lower_op(fx: &mut Fx, l: Lowering, params: &[Value], rets: &[ir::Type]) -> Vec<Value> {
    match l {
        Float(op) => vec![float(fx, op, params[0])],
        A(op) => atomic(fx, op, params, rets),
        Rt(sym) => {
            fx.stack_check();
            rt_call(fx, sym, params, rets)
        }
        Bits(op) => bits(fx, op, params, rets),
        Const(c) => vec![fx.b.ins().iconst(rets[0], c)],
        Nop => Vec::new(),
        BoolToInt => {
            let from = fx.b.func.dfg.value_type(params[0]);
            vec![fx.int_resize(params[0], from, rets[0], false)]
        }
        FuncPc => {
            // The data word of a func value in an interface is the funcval
            // pointer itself; its first word is the code pointer.
            vec![fx.b.ins().load(types::I64, func::trusted(), params[1], 0)]
        }
        Lowering::CallerPc => {
            let fp = caller_fp(fx);
            vec![fx.b.ins().load(types::I64, func::trusted(), fp, 8)]
        }
        Lowering::CallerSp => {
            let fp = caller_fp(fx);
            vec![fx.b.ins().iadd_imm_s(fp, 16)]
        }
        Generic(_) => unreachable!("tail calls are lowered by lower_bodiless"),
    }
}

/// A math/bits function on its first argument (`k` of RotateLeft and
/// Mul's `y` second), the result extended to the result type.
fn bits(fx: &mut Fx, op: BitOp, params: &[Value], rets: &[ir::Type]) -> Vec<Value> {
    let x = params[0];
    let ty = fx.b.func.dfg.value_type(x);
    let r = match op {
        BitOp::TrailingZeros => fx.b.ins().ctz(x),
        BitOp::LeadingZeros => fx.b.ins().clz(x),
        BitOp::Len => {
            let z = fx.b.ins().clz(x);
            let w = fx.b.ins().iconst(ty, i64::from(ty.bits()));
            fx.b.ins().isub(w, z)
        }
        BitOp::OnesCount => fx.b.ins().popcnt(x),
        // Cranelift takes the amount modulo the width, as Go does.
        BitOp::RotateLeft => fx.b.ins().rotl(x, params[1]),
        BitOp::Reverse => fx.b.ins().bitrev(x),
        BitOp::ReverseBytes => fx.b.ins().bswap(x),
        BitOp::Mul => {
            let hi = fx.b.ins().umulhi(x, params[1]);
            let lo = fx.b.ins().imul(x, params[1]);
            return vec![hi, lo];
        }
    };
    if rets[0] == ty {
        vec![r]
    } else {
        vec![fx.b.ins().uextend(rets[0], r)]
    }
}

/// A float instruction. Rounding follows gc's floor_amd64.s: a NaN, an
/// infinity or a value of magnitude at least 2**52 comes back as it is (an
/// instruction would quiet a signalling NaN).
fn float(fx: &mut Fx, op: FloatOp, x: Value) -> Value {
    let r = match op {
        FloatOp::Floor => fx.b.ins().floor(x),
        FloatOp::Ceil => fx.b.ins().ceil(x),
        FloatOp::Trunc => fx.b.ins().trunc(x),
        FloatOp::Sqrt => return fx.b.ins().sqrt(x),
    };
    let bits = fx.b.ins().bitcast(types::I64, ir::MemFlagsData::new(), x);
    let abs = fx.b.ins().band_imm_s(bits, i64::MAX);
    let big = fx.b.ins().icmp_imm_s(
        IntCC::UnsignedGreaterThanOrEqual,
        abs,
        0x4330_0000_0000_0000,
    );
    fx.b.ins().select(big, x, r)
}

/// The frame pointer of the function that called this one (the saved
/// frame pointer at `[FP]`; frames are `[FP]` caller's FP, `[FP+8]`
/// return address).
fn caller_fp(fx: &mut Fx) -> Value {
    let fp = fx.b.ins().get_frame_pointer(types::I64);
    fx.b.ins().load(types::I64, func::trusted(), fp, 0)
}

/// An atomic operation: `params[0]` is the address, the rest its operands.
fn atomic(fx: &mut Fx, op: AtomicOp, params: &[Value], rets: &[ir::Type]) -> Vec<Value> {
    let flags = func::trusted();
    let p = params[0];
    let ty = params.get(1).map(|&v| fx.b.func.dfg.value_type(v));
    let ty = ty.unwrap_or(types::I64);
    match op {
        Load => vec![fx.b.ins().atomic_load(rets[0], flags, p)],
        Store => {
            fx.b.ins().atomic_store(flags, params[1], p);
            vec![]
        }
        Add => {
            let d = params[1];
            let old = fx.b.ins().atomic_rmw(ty, flags, AtomicRmwOp::Add, p, d);
            vec![fx.b.ins().iadd(old, d)]
        }
        Swap => {
            let x = params[1];
            vec![fx.b.ins().atomic_rmw(ty, flags, AtomicRmwOp::Xchg, p, x)]
        }
        Cas => {
            let (old, new) = (params[1], params[2]);
            let seen = fx.b.ins().atomic_cas(flags, p, old, new);
            let eq = fx.b.ins().icmp(IntCC::Equal, seen, old);
            vec![eq]
        }
        And | Or => {
            let x = params[1];
            let rmw = if op == And {
                AtomicRmwOp::And
            } else {
                AtomicRmwOp::Or
            };
            let old = fx.b.ins().atomic_rmw(ty, flags, rmw, p, x);
            if rets.is_empty() {
                vec![]
            } else {
                vec![old]
            }
        }
    }
}

/// Calls rt entry `sym` (C ABI) with the flattened parameters. One or two
/// results come back in registers (each declared as `i64` when there are
/// two, as rt returns a `#[repr(C)]` pair of words); more are written by
/// rt to 8-byte slots behind an out-pointer passed first.
fn rt_call(fx: &mut Fx, sym: &'static str, params: &[Value], rets: &[ir::Type]) -> Vec<Value> {
    let ptypes: Vec<ir::Type> = params
        .iter()
        .map(|&v| fx.b.func.dfg.value_type(v))
        .collect();
    if rets.len() <= 1 {
        let id = rt_entry(fx.m, sym, &ptypes, rets);
        let r = fx.runtime_ref(id);
        let call = fx.b.ins().call(r, params);
        return fx.b.inst_results(call).to_vec();
    }
    if rets.len() == 2 {
        let id = rt_entry(fx.m, sym, &ptypes, &[types::I64, types::I64]);
        let r = fx.runtime_ref(id);
        let call = fx.b.ins().call(r, params);
        let words = fx.b.inst_results(call).to_vec();
        return words
            .iter()
            .zip(rets)
            .map(|(&w, &t)| narrow(fx, w, t))
            .collect();
    }
    let slot = fx.b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        8 * rets.len() as u32,
        3,
    ));
    let out = fx.b.ins().stack_addr(types::I64, slot, 0);
    let mut all = vec![types::I64];
    all.extend(&ptypes);
    let id = rt_entry(fx.m, sym, &all, &[]);
    let r = fx.runtime_ref(id);
    let mut args = vec![out];
    args.extend(params);
    fx.b.ins().call(r, &args);
    rets.iter()
        .enumerate()
        .map(|(i, &t)| {
            let w =
                fx.b.ins()
                    .load(types::I64, func::trusted(), out, 8 * i as i32);
            narrow(fx, w, t)
        })
        .collect()
}

/// A 64-bit word as a value of type `t` (an integer no wider, or f64).
fn narrow(fx: &mut Fx, w: Value, t: ir::Type) -> Value {
    match t {
        types::I64 => w,
        types::F64 => fx.b.ins().bitcast(types::F64, ir::MemFlagsData::new(), w),
        t => fx.b.ins().ireduce(t, w),
    }
}

/// Declares rt entry `sym` (C ABI), once.
fn rt_entry(m: &mut ModCx, sym: &str, params: &[ir::Type], rets: &[ir::Type]) -> FuncId {
    if let Some(cranelift_module::FuncOrDataId::Func(id)) = m.module.get_name(sym) {
        return id;
    }
    let mut sig = ir::Signature::new(m.isa.default_call_conv());
    sig.params.extend(params.iter().map(|&t| {
        if t.is_int() && t.bits() < 32 {
            ir::AbiParam::new(t).uext()
        } else {
            ir::AbiParam::new(t)
        }
    }));
    sig.returns
        .extend(rets.iter().map(|&t| ir::AbiParam::new(t)));
    m.module
        .declare_function(sym, Linkage::Import, &sig)
        .expect("rt entries are declared once with one signature")
}

#[cfg(test)]
mod tests {
    use super::super::ir;
    use crate::syntax::source::SourceMap;
    use crate::types::{check_program, PackageSpec};

    /// The unoptimised IR of bodiless function `func` (full symbol) of a
    /// two-package program: `path` (which has assembly, so its functions
    /// may lack bodies) with source `lib`, and a main package calling it.
    fn ir_of(path: &str, lib: &str, main: &str, func: &str) -> String {
        let mut sources = SourceMap::default();
        let mut next = 0;
        let mut files = Vec::new();
        for (name, src) in [("lib.go", lib), ("main.go", main)] {
            let fid = sources.add(name.into(), src.into());
            let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
            assert!(d.is_empty(), "{d:?}");
            files.push(file);
        }
        let specs = [
            PackageSpec {
                path: path.into(),
                import_path: path.into(),
                files: 0..1,
                asm: true,
                goroot: true,
                go_minor: 27,
                embed: None,
            },
            PackageSpec {
                path: "main".into(),
                import_path: "main".into(),
                files: 1..2,
                asm: false,
                goroot: false,
                go_minor: 27,
                embed: None,
            },
        ];
        let (mut pkg, d) = check_program(&specs, &files, &sources);
        assert!(d.is_empty(), "{d:?}");
        crate::types::resolve_qualified(&mut pkg, &mut files);
        ir(&pkg, &files, &sources, Some(func), false).expect("lowers")
    }

    const ATOMIC: &str = "package atomic\nfunc AddInt32(addr *int32, delta int32) (new int32)\nfunc CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)\nfunc LoadPointer(addr *uintptr) uintptr\nfunc OrUint32(addr *uint32, mask uint32) (old uint32)\nfunc Mystery(x int) int\n";
    const ATOMIC_MAIN: &str = "package main\nimport \"sync/atomic\"\nfunc main() {\n\tvar n int32\n\tvar u uint64\n\tvar p uintptr\n\tvar m uint32\n\tprintln(atomic.AddInt32(&n, 1), atomic.CompareAndSwapUint64(&u, 0, 1), atomic.LoadPointer(&p), atomic.OrUint32(&m, 2), atomic.Mystery(1))\n}\n";

    fn atomic_ir(func: &str) -> String {
        ir_of("sync/atomic", ATOMIC, ATOMIC_MAIN, func)
    }

    #[test]
    fn atomics_are_instructions_not_stubs() {
        let add = atomic_ir("sync/atomic.AddInt32");
        assert!(add.contains("atomic_rmw.i32 add"), "{add}");
        assert!(add.contains("iadd"), "Add returns the new value: {add}");
        let cas = atomic_ir("sync/atomic.CompareAndSwapUint64");
        assert!(cas.contains("atomic_cas"), "{cas}");
        assert!(cas.contains("icmp eq"), "{cas}");
        let load = atomic_ir("sync/atomic.LoadPointer");
        assert!(load.contains("atomic_load.i64"), "{load}");
        let or = atomic_ir("sync/atomic.OrUint32");
        assert!(or.contains("atomic_rmw.i32 or"), "{or}");
        for text in [add, cas, load, or] {
            assert!(
                !text.contains("call"),
                "no stub call, no runtime call: {text}"
            );
        }
    }

    #[test]
    fn a_function_outside_the_table_keeps_the_dying_stub() {
        let text = atomic_ir("sync/atomic.Mystery");
        assert!(text.contains("call"), "{text}");
        assert!(text.contains("trap user"), "{text}");
    }

    #[test]
    fn math_arch_functions_are_float_instructions_or_the_go_version() {
        let lib = "package math\nfunc archFloor(x float64) float64\nfunc archMax(x, y float64) float64\nfunc max(x, y float64) float64 { if x > y { return x }; return y }\nfunc Floor(x float64) float64 { return archFloor(x) }\nfunc Max(x, y float64) float64 { return archMax(x, y) }\n";
        let main = "package main\nimport \"math\"\nfunc main() { println(math.Floor(1.5), math.Max(1, 2)) }\n";
        let floor = ir_of("math", lib, main, "math.archFloor");
        assert!(floor.contains("floor"), "{floor}");
        assert!(!floor.contains("call"), "{floor}");
        let max = ir_of("math", lib, main, "math.archMax");
        assert!(max.contains("return_call"), "{max}");
    }

    #[test]
    fn noescape_arguments_stay_on_the_stack() {
        let main = "package main\nimport \"internal/runtime/atomic\"\nfunc main() {\n\tvar n uint32\n\tatomic.Xadd(&n, 2)\n\tprintln(n)\n}\n";
        let lib = |pragma: &str| {
            format!("package atomic\n{pragma}\nfunc Xadd(ptr *uint32, delta int32) uint32\n")
        };
        let plain = ir_of("internal/runtime/atomic", &lib(""), main, "main.main");
        let kept = ir_of(
            "internal/runtime/atomic",
            &lib("//go:noescape"),
            main,
            "main.main",
        );
        assert!(
            !plain.contains("stack_addr"),
            "n escapes without the pragma: {plain}"
        );
        assert!(
            kept.contains("stack_addr"),
            "n lives in a stack slot: {kept}"
        );
        assert!(
            kept.matches("call").count() < plain.matches("call").count(),
            "no newobject call: {kept}"
        );
    }

    #[test]
    fn math_bits_bodies_are_replaced_by_instructions() {
        // The body is wrong on purpose: the intrinsic replaces it.
        let lib = "package bits\nfunc TrailingZeros64(x uint64) int { return -1 }\nfunc Mul64(x, y uint64) (hi, lo uint64) { return 0, 0 }\n";
        let main = "package main\nimport \"math/bits\"\nfunc main() { println(bits.TrailingZeros64(8)); println(bits.Mul64(1, 2)) }\n";
        let tz = ir_of("math/bits", lib, main, "math/bits.TrailingZeros64");
        assert!(tz.contains("ctz") && !tz.contains("iconst"), "{tz}");
        let mul = ir_of("math/bits", lib, main, "math/bits.Mul64");
        assert!(mul.contains("umulhi") && mul.contains("imul"), "{mul}");
    }

    #[test]
    fn bytealg_functions_call_rt_entries() {
        let lib = "package bytealg\nfunc IndexByteString(s string, c byte) int\nfunc MakeNoZero(n int) []byte\n";
        let main = "package main\nimport \"internal/bytealg\"\nfunc main() { println(bytealg.IndexByteString(\"ab\", 'b'), len(bytealg.MakeNoZero(3))) }\n";
        let index = ir_of(
            "internal/bytealg",
            lib,
            main,
            "internal/bytealg.IndexByteString",
        );
        assert!(index.contains("call"), "{index}");
        assert!(!index.contains("trap user"), "not the stub: {index}");
        let make = ir_of("internal/bytealg", lib, main, "internal/bytealg.MakeNoZero");
        assert!(
            make.contains("stack_addr"),
            "slice result through an out-pointer: {make}"
        );
    }
}
