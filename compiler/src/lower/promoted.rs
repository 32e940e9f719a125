//! Method sets with promoted methods, and the wrappers that make promoted
//! methods callable through method tables (rt/ABI.md, "Method").
//!
//! `method_set` computes Go's method set of `T` or `*T` by a breadth-first
//! walk over embedded fields (the spec's selector rule): at each depth every
//! name (a declared method, a method of an embedded interface, or a field)
//! is collected; a name found at a shallower depth hides deeper ones, and a
//! name found more than once at the same depth is ambiguous and excluded
//! (it still hides deeper ones). `T`'s set keeps pointer-receiver methods
//! only when reached through an embedded pointer; `*T`'s set keeps all.
//!
//! A promoted method (non-empty path) gets a compiler-generated wrapper, as
//! gc generates them: `main.(*T).M` takes `*T`, `main.T.M` takes `T` by
//! value (spilled to its frame, or the caller's copy for memory types).
//! Both walk the path (adding field offsets, loading embedded pointers,
//! nil-checking every pointer dereferenced), then tail-call the method with
//! the receiver it declares (the address, or the value loaded from it), or,
//! for a method of an embedded interface, load the itab and data words and
//! tail-call `itab.fun[i](data, args...)`. A nil pointer or nil interface
//! on the way raises `runtime.panicmem`.

use std::collections::{BTreeMap, HashSet};

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::Module;

use super::func::trusted;
use super::funcval::Tail;
use super::{abi, ModCx};
use crate::types::ty::{BasicKind, Signature, Type, TypeTable};
use crate::types::{ObjId, TypeId};

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct Declared {
    pub name: String,
    pub func: ObjId,
    /// `func (*N) M()`.
    pub ptr: bool,
    /// The signature without receiver.
    pub sig: TypeId,
}

/// Where a method of a method set lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Via {
    /// A declared method.
    Func { func: ObjId, ptr: bool },
    /// Method `index` (in sorted order) of the embedded interface type `iface`.
    Iface { iface: TypeId, index: usize },
}

/// One method of a method set and the embedded-field path to it.
#[derive(Clone, Debug)]
pub struct SetMethod {
    pub name: String,
    pub sig: TypeId,
    /// Field indices from the base type to the type declaring the method.
    pub path: Vec<usize>,
    /// Whether the path goes through an embedded pointer.
    pub indirect: bool,
    pub via: Via,
}

/// The method set of `t` (`T` or `*T`), sorted by name; `declared` lists the
/// methods declared on a named type.
pub fn method_set(
    tt: &TypeTable,
    t: TypeId,
    declared: &dyn Fn(TypeId) -> Vec<Declared>,
) -> Vec<SetMethod> {
    let (base, is_ptr) = match tt.get(t) {
        Type::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    if matches!(tt.under(base), Type::Interface(_) | Type::Pointer(_)) {
        return Vec::new();
    }
    let mut found: BTreeMap<String, Option<SetMethod>> = BTreeMap::new();
    let mut current = vec![(base, Vec::new(), false)];
    let mut seen = HashSet::new();
    while !current.is_empty() {
        let mut here: BTreeMap<String, Vec<Option<SetMethod>>> = BTreeMap::new();
        let mut next = Vec::new();
        let mut seen_here = Vec::new();
        for (typ, path, indirect) in current {
            // A type met at a shallower depth hides itself here; met twice
            // at this depth, its names are ambiguous.
            if seen.contains(&typ) {
                continue;
            }
            if matches!(tt.get(typ), Type::Named(_)) {
                seen_here.push(typ);
            }
            let mut add = |name: &str, m: Option<SetMethod>| {
                here.entry(name.to_string()).or_default().push(m);
            };
            for d in declared(typ) {
                let via = Via::Func {
                    func: d.func,
                    ptr: d.ptr,
                };
                add(
                    &d.name,
                    Some(set_method(&d.name, d.sig, &path, indirect, via)),
                );
            }
            match tt.under(typ) {
                Type::Interface(ms) => {
                    for (index, (name, sig)) in ms.iter().enumerate() {
                        let via = Via::Iface { iface: typ, index };
                        add(name, Some(set_method(name, *sig, &path, indirect, via)));
                    }
                }
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        add(&f.name, None);
                        if !f.embedded {
                            continue;
                        }
                        let mut p = path.clone();
                        p.push(i);
                        match tt.get(f.ty) {
                            Type::Pointer(e) => next.push((*e, p, true)),
                            _ => next.push((f.ty, p, indirect)),
                        }
                    }
                }
                _ => {}
            }
        }
        for (name, mut cands) in here {
            found.entry(name).or_insert_with(|| {
                if cands.len() == 1 {
                    cands.pop().flatten()
                } else {
                    None
                }
            });
        }
        seen.extend(seen_here);
        current = next;
    }
    found
        .into_values()
        .flatten()
        .filter(|m| is_ptr || m.indirect || !matches!(m.via, Via::Func { ptr: true, .. }))
        .collect()
}

fn set_method(name: &str, sig: TypeId, path: &[usize], indirect: bool, via: Via) -> SetMethod {
    SetMethod {
        name: name.to_string(),
        sig,
        path: path.to_vec(),
        indirect,
        via,
    }
}

impl ModCx<'_> {
    /// The methods declared on named type `t` that have compiled bodies.
    pub(super) fn declared_methods(&self, t: TypeId) -> Vec<Declared> {
        let Type::Named(i) = self.tt().get(t) else {
            return Vec::new();
        };
        self.tt().named[*i as usize]
            .methods
            .iter()
            .filter(|m| self.funcs.contains_key(m))
            .filter_map(|&m| {
                let recv = self.method_recv(m)?;
                let obj = self.pkg.obj(m);
                Some(Declared {
                    name: obj.name.clone(),
                    func: m,
                    ptr: recv.ptr,
                    sig: obj.ty,
                })
            })
            .collect()
    }

    /// The method set of `t` (see `method_set`).
    pub(super) fn method_set_of(&self, t: TypeId) -> Vec<SetMethod> {
        method_set(self.tt(), t, &|n| self.declared_methods(n))
    }

    /// The wrapper of promoted method `m` of base type `base`, taking `*base`
    /// (`ptr`) or `base`; returns its symbol.
    pub(super) fn promoted_wrapper(
        &mut self,
        base: TypeId,
        m: &SetMethod,
        ptr: bool,
    ) -> Option<String> {
        let name = wrapper_symbol(self.tt(), base, ptr, &m.name);
        let Type::Func(msig) = self.tt().get(m.sig).clone() else {
            return None;
        };
        let recv_ty = if ptr { self.pointer_to(base) } else { base };
        let mut sig = msig.clone();
        sig.params.insert(0, recv_ty);
        let csig = abi::go_signature(self.tt(), &sig);
        self.build_forwarder(&name, csig, |mx, b, params| {
            mx.wrapper_body(b, params, base, m, ptr, &msig)
        })?;
        Some(name)
    }

    /// `*t`, or any pointer-shaped type when `*t` was never interned (the
    /// calling convention is the same).
    fn pointer_to(&self, t: TypeId) -> TypeId {
        let tt = self.tt();
        tt.lookup(&Type::Pointer(t))
            .unwrap_or_else(|| tt.basic(BasicKind::UnsafePointer))
    }

    /// The receiver walk of a promoted-method wrapper and its tail call.
    fn wrapper_body(
        &mut self,
        b: &mut FunctionBuilder,
        params: &[ir::Value],
        base: TypeId,
        m: &SetMethod,
        ptr: bool,
        msig: &Signature,
    ) -> Option<Tail> {
        let tt = self.tt();
        let nsret = msig
            .results
            .iter()
            .filter(|&&r| abi::is_memory(tt, r))
            .count();
        let nrecv = match abi::scalars(tt, base) {
            Some(s) if !ptr => s.len(),
            _ => 1,
        };
        let returns: Vec<ir::Type> = b
            .func
            .signature
            .returns
            .iter()
            .map(|a| a.value_type)
            .collect();
        let panicmem = self.runtime_func("panicmem", &[], &[]);
        let panicmem = self.module.declare_func_in_func(panicmem, b.func);
        let mut w = Wrapper {
            b,
            panicmem,
            returns,
            unwind: self.clo.unwind,
        };
        let recv = &params[nsret..nsret + nrecv];
        let mut p = if ptr || abi::is_memory(tt, base) {
            recv[0]
        } else {
            w.spill(tt, base, recv)
        };
        let (mut cur, mut may_nil) = (base, ptr);
        for &i in &m.path {
            let Type::Struct(fields) = tt.under(cur) else {
                return None;
            };
            let ft = fields.get(i)?.ty;
            if may_nil {
                w.nil_check(p);
            }
            let off = tt.field_offsets(cur)[i] as i64;
            let q = if off == 0 {
                p
            } else {
                w.b.ins().iadd_imm_s(p, off)
            };
            (p, cur, may_nil) = match tt.get(ft) {
                Type::Pointer(e) => (w.b.ins().load(ir::types::I64, trusted(), q, 0), *e, true),
                _ => (q, ft, false),
            };
        }
        let mut args = params[..nsret].to_vec();
        let rest = &params[nsret + nrecv..];
        match m.via {
            Via::Func { func, ptr: true } => {
                args.push(p);
                args.extend_from_slice(rest);
                Some(Tail::Direct(self.funcs.get(&func)?.id, args))
            }
            Via::Func { func, ptr: false } => {
                if may_nil {
                    w.nil_check(p);
                }
                match abi::scalars(tt, cur) {
                    None => args.push(p),
                    Some(tys) => {
                        let offs = abi::scalar_offsets(tt, cur);
                        for (ty, off) in tys.into_iter().zip(offs) {
                            args.push(w.b.ins().load(ty, trusted(), p, off as i32));
                        }
                    }
                }
                args.extend_from_slice(rest);
                Some(Tail::Direct(self.funcs.get(&func)?.id, args))
            }
            Via::Iface { index, .. } => {
                if may_nil {
                    w.nil_check(p);
                }
                let tab = w.b.ins().load(ir::types::I64, trusted(), p, 0);
                let data = w.b.ins().load(ir::types::I64, trusted(), p, 8);
                w.nil_check(tab);
                let at = super::iface_method::ITAB_FUN + 8 * index as i32;
                let code = w.b.ins().load(ir::types::I64, trusted(), tab, at);
                let mut full = msig.clone();
                full.params.insert(0, tt.basic(BasicKind::UnsafePointer));
                args.push(data);
                args.extend_from_slice(rest);
                Some(Tail::Indirect(abi::go_signature(tt, &full), code, args))
            }
        }
    }
}

/// gc's wrapper symbols: `main.T.M`, `main.(*T).M`; unnamed struct types
/// are named by their type id.
fn wrapper_symbol(tt: &TypeTable, base: TypeId, ptr: bool, method: &str) -> String {
    let owner = match tt.get(base) {
        Type::Named(i) => {
            let n = &tt.named[*i as usize];
            format!("{}.{}", n.pkg, n.name)
        }
        _ => format!("golift.struct{}", base.0),
    };
    match (ptr, owner.split_once('.')) {
        (true, Some((pkg, name))) => format!("{pkg}.(*{name}).{method}"),
        _ => format!("{owner}.{method}"),
    }
}

/// The state of one wrapper being built.
struct Wrapper<'b, 'f> {
    b: &'b mut FunctionBuilder<'f>,
    panicmem: ir::FuncRef,
    returns: Vec<ir::Type>,
    unwind: bool,
}

impl Wrapper<'_, '_> {
    /// Stores a by-value receiver's scalars into a frame slot; its address.
    fn spill(&mut self, tt: &TypeTable, t: TypeId, vals: &[ir::Value]) -> ir::Value {
        let size = tt.size_of(t).max(1) as u32;
        let shift = tt.align_of(t).max(8).trailing_zeros() as u8;
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            size,
            shift,
        ));
        let p = self.b.ins().stack_addr(ir::types::I64, slot, 0);
        for (&v, off) in vals.iter().zip(abi::scalar_offsets(tt, t)) {
            self.b.ins().store(trusted(), v, p, off as i32);
        }
        p
    }

    /// `runtime.panicmem()` when `p` is nil; the wrapper then returns (the
    /// caller sees the unwinding flag) or traps when nothing can recover.
    fn nil_check(&mut self, p: ir::Value) {
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(bad, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.b.ins().call(self.panicmem, &[]);
        if self.unwind {
            let zeros: Vec<ir::Value> = self
                .returns
                .clone()
                .into_iter()
                .map(|t| self.zero(t))
                .collect();
            self.b.ins().return_(&zeros);
        } else {
            self.b.ins().trap(ir::TrapCode::unwrap_user(2));
        }
        self.b.switch_to_block(ok);
    }

    fn zero(&mut self, t: ir::Type) -> ir::Value {
        match t {
            ir::types::F32 => self.b.ins().f32const(0.0),
            ir::types::F64 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(t, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::StructField;

    fn field(name: &str, ty: TypeId, embedded: bool) -> StructField {
        StructField {
            name: name.into(),
            ty,
            embedded,
            tag: None,
            pkg: String::new(),
        }
    }

    /// Named struct types; methods are given as (type, name, pointer receiver).
    struct World {
        tt: TypeTable,
        methods: Vec<(TypeId, &'static str, bool)>,
        sig: TypeId,
    }

    impl World {
        fn new() -> World {
            let mut tt = TypeTable::new();
            let sig = tt.intern(Type::Func(Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            }));
            World {
                tt,
                methods: Vec::new(),
                sig,
            }
        }

        fn named(&mut self, name: &str, fields: Vec<StructField>) -> TypeId {
            let n = self.tt.new_named(name, "main");
            let s = self.tt.intern(Type::Struct(fields));
            self.tt.set_underlying(n, s);
            n
        }

        fn set(&mut self, t: TypeId) -> Vec<(String, Vec<usize>)> {
            let ms = self.methods.clone();
            let sig = self.sig;
            let declared = move |n: TypeId| {
                ms.iter()
                    .enumerate()
                    .filter(|(_, m)| m.0 == n)
                    .map(|(i, m)| Declared {
                        name: m.1.into(),
                        func: ObjId(i as u32),
                        ptr: m.2,
                        sig,
                    })
                    .collect()
            };
            method_set(&self.tt, t, &declared)
                .into_iter()
                .map(|m| (m.name, m.path))
                .collect()
        }
    }

    fn names(set: &[(String, Vec<usize>)]) -> Vec<&str> {
        set.iter().map(|(n, _)| n.as_str()).collect()
    }

    #[test]
    fn value_and_pointer_method_sets_follow_the_spec() {
        let mut w = World::new();
        let s = w.named("S", vec![]);
        w.methods = vec![(s, "Val", false), (s, "Ptr", true)];
        let by_value = w.named("T", vec![field("S", s, true)]);
        let ps = w.tt.intern(Type::Pointer(s));
        let by_ptr = w.named("U", vec![field("S", ps, true)]);
        let deep = w.named("V", vec![field("U", by_ptr, true)]);
        assert_eq!(names(&w.set(by_value)), ["Val"]);
        let pt = w.tt.intern(Type::Pointer(by_value));
        assert_eq!(names(&w.set(pt)), ["Ptr", "Val"]);
        assert_eq!(names(&w.set(by_ptr)), ["Ptr", "Val"]);
        assert_eq!(w.set(deep)[0], ("Ptr".to_string(), vec![0, 0]));
    }

    #[test]
    fn shallower_names_hide_and_ties_are_ambiguous() {
        let mut w = World::new();
        let a = w.named("A", vec![]);
        let b = w.named("B", vec![]);
        w.methods = vec![(a, "M", false), (b, "M", false), (b, "N", false)];
        let tie = w.named("Tie", vec![field("A", a, true), field("B", b, true)]);
        assert_eq!(names(&w.set(tie)), ["N"]);
        let wrap = w.named("Wrap", vec![field("B", b, true)]);
        let near = w.named("Near", vec![field("A", a, true), field("Wrap", wrap, true)]);
        assert_eq!(w.set(near)[0], ("M".to_string(), vec![0]));
        let int = w.tt.basic(BasicKind::Int);
        let hidden = w.named("H", vec![field("B", b, true), field("N", int, false)]);
        assert_eq!(names(&w.set(hidden)), ["M"]);
        let l = w.named("L", vec![field("A", a, true)]);
        let r = w.named("R", vec![field("A", a, true)]);
        let twice = w.named("Twice", vec![field("L", l, true), field("R", r, true)]);
        assert!(w.set(twice).is_empty(), "one type twice at one depth");
    }

    #[test]
    fn embedded_interfaces_contribute_their_methods() {
        let mut w = World::new();
        let sig = w.sig;
        let i =
            w.tt.intern(Type::Interface(vec![("F".into(), sig), ("G".into(), sig)]));
        let t = w.named("T", vec![field("I", i, true)]);
        let set = method_set(&w.tt, t, &|_| Vec::new());
        assert_eq!(set.len(), 2);
        assert_eq!(set[1].via, Via::Iface { iface: i, index: 1 });
    }
}
