//! How Go values are represented in Cranelift IR, and the calling convention
//! of compiled Go functions.
//!
//! Representation. A type is either *scalar* or *memory*:
//! - scalar types are flattened into a short list of Cranelift scalars, in
//!   memory-layout order: bool/int8/uint8 `i8`, 16/32/64-bit integers `i16`/
//!   `i32`/`i64`, floats `f32`/`f64`, complex numbers two floats, strings
//!   `{ptr, len}`, slices `{ptr, len, cap}`, pointers (and maps, channels,
//!   funcs) `i64`, interfaces two `i64`s, structs the concatenation of their
//!   fields when that is at most `MAX_SCALARS` scalars and every field is
//!   scalar. Scalar locals live in Cranelift `Variable`s (SSA registers).
//! - memory types (every array of non-zero size, and the structs that are not
//!   scalar) are handled through an address: a local lives in a stack slot
//!   (or on the heap), an rvalue is the address of storage that stays valid
//!   until the next store to it.
//!
//! Calling convention (`CallConv::Tail`, rt/ABI.md): parameters are passed as
//! their flattened scalars, memory-type parameters as one pointer to the
//! caller's value (the callee copies it into its own storage before anything
//! else runs). Results of scalar type come back as their flattened scalars
//! (Cranelift spills past the register limit through an implicit return area,
//! `enable_multi_ret_implicit_sret`); each memory-type result is written by
//! the callee through a pointer the caller passes ahead of the parameters.

use cranelift_codegen::ir::{types, AbiParam, Signature as ClifSig, Type as ClifType};
use cranelift_codegen::isa::CallConv;

use crate::types::ty::{BasicKind, Signature, Type, TypeTable};
use crate::types::TypeId;

/// Largest number of scalars a struct may flatten to and still be scalar.
pub const MAX_SCALARS: usize = 8;

/// The Cranelift scalars of `t`, or `None` for a memory type.
pub fn scalars(tt: &TypeTable, t: TypeId) -> Option<Vec<ClifType>> {
    let mut out = Vec::new();
    flatten(tt, t, &mut out).then_some(out)
}

pub fn is_memory(tt: &TypeTable, t: TypeId) -> bool {
    scalars(tt, t).is_none()
}

fn flatten(tt: &TypeTable, t: TypeId, out: &mut Vec<ClifType>) -> bool {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(k) => {
            match k {
                Bool | Int8 | Uint8 | UntypedBool => out.push(types::I8),
                Int16 | Uint16 => out.push(types::I16),
                Int32 | Uint32 | UntypedRune => out.push(types::I32),
                Float32 => out.push(types::F32),
                Float64 | UntypedFloat => out.push(types::F64),
                Complex64 => out.extend([types::F32, types::F32]),
                Complex128 | UntypedComplex => out.extend([types::F64, types::F64]),
                String | UntypedString => out.extend([types::I64, types::I64]),
                Invalid => {}
                _ => out.push(types::I64),
            }
            true
        }
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
            out.push(types::I64);
            true
        }
        Type::Slice(_) => {
            out.extend([types::I64; 3]);
            true
        }
        Type::Interface(_) => {
            out.extend([types::I64; 2]);
            true
        }
        Type::Array(_, _) => tt.size_of(t) == 0,
        Type::Struct(fields) => {
            for f in fields {
                if !flatten(tt, f.ty, out) || out.len() > MAX_SCALARS {
                    return false;
                }
            }
            true
        }
        Type::Tuple(_) | Type::Named(_) => false,
    }
}

/// Byte offset in memory of each scalar of a scalar type, in flattening
/// order (so loads and stores of a scalar value follow its layout).
pub fn scalar_offsets(tt: &TypeTable, t: TypeId) -> Vec<u32> {
    let mut out = Vec::new();
    offsets(tt, t, 0, &mut out);
    out
}

fn offsets(tt: &TypeTable, t: TypeId, base: u32, out: &mut Vec<u32>) {
    use BasicKind::*;
    match tt.under(t) {
        Type::Basic(Complex64) => out.extend([base, base + 4]),
        Type::Basic(Complex128 | UntypedComplex | String | UntypedString) => {
            out.extend([base, base + 8])
        }
        Type::Basic(Invalid) => {}
        Type::Slice(_) => out.extend([base, base + 8, base + 16]),
        Type::Interface(_) => out.extend([base, base + 8]),
        Type::Struct(fields) => {
            for (f, off) in fields.iter().zip(tt.field_offsets(t)) {
                offsets(tt, f.ty, base + off as u32, out);
            }
        }
        Type::Array(..) => {}
        _ => out.push(base),
    }
}

/// Index of the first scalar of each field of a scalar struct, plus the
/// total count at the end.
pub fn field_scalar_starts(tt: &TypeTable, t: TypeId) -> Vec<usize> {
    let Type::Struct(fields) = tt.under(t) else {
        return vec![0];
    };
    let mut starts = vec![0];
    let mut n = 0;
    for f in fields {
        n += scalars(tt, f.ty).map_or(1, |s| s.len());
        starts.push(n);
    }
    starts
}

/// The Cranelift signature of a Go function of signature `sig`.
pub fn go_signature(tt: &TypeTable, sig: &Signature) -> ClifSig {
    let mut s = ClifSig::new(CallConv::Tail);
    for &r in &sig.results {
        if is_memory(tt, r) {
            s.params.push(AbiParam::new(types::I64));
        }
    }
    for &p in &sig.params {
        match scalars(tt, p) {
            Some(ts) => s.params.extend(ts.into_iter().map(AbiParam::new)),
            None => s.params.push(AbiParam::new(types::I64)),
        }
    }
    for &r in &sig.results {
        if let Some(ts) = scalars(tt, r) {
            s.returns.extend(ts.into_iter().map(AbiParam::new));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::StructField;

    fn field(ty: TypeId) -> StructField {
        StructField {
            name: "f".into(),
            ty,
            embedded: false,
            tag: None,
            pkg: String::new(),
        }
    }

    #[test]
    fn strings_slices_and_small_structs_are_scalar() {
        let mut tt = TypeTable::new();
        let s = tt.basic(BasicKind::String);
        let b = tt.basic(BasicKind::Bool);
        let sl = tt.intern(Type::Slice(b));
        assert_eq!(scalars(&tt, s).unwrap().len(), 2);
        assert_eq!(scalars(&tt, sl).unwrap().len(), 3);
        let st = tt.intern(Type::Struct(vec![field(b), field(s)]));
        assert_eq!(
            scalars(&tt, st).unwrap(),
            vec![types::I8, types::I64, types::I64]
        );
        assert_eq!(scalar_offsets(&tt, st), vec![0, 8, 16]);
        assert_eq!(field_scalar_starts(&tt, st), vec![0, 1, 3]);
    }

    #[test]
    fn arrays_and_big_structs_are_memory() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let a = tt.intern(Type::Array(4, i));
        assert!(is_memory(&tt, a));
        let big = tt.intern(Type::Struct(vec![field(i); 9]));
        assert!(is_memory(&tt, big));
        let empty = tt.intern(Type::Array(0, i));
        assert!(!is_memory(&tt, empty));
    }

    #[test]
    fn memory_results_become_leading_pointer_params() {
        let mut tt = TypeTable::new();
        let i = tt.basic(BasicKind::Int);
        let a = tt.intern(Type::Array(4, i));
        let sig = Signature {
            params: vec![i],
            results: vec![a, i],
            variadic: false,
        };
        let s = go_signature(&tt, &sig);
        assert_eq!(s.params.len(), 2);
        assert_eq!(s.returns.len(), 1);
    }
}
