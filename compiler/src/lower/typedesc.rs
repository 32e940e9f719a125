//! Emitting type descriptors: `typeinfo::desc` builds a descriptor's bytes
//! and relocations; this file turns them into a read-only data object
//! `golift.type.N` (one per TypeId, 8-aligned), declaring the data first so
//! that recursive types (a struct holding `*T`) refer back to it.

use cranelift_codegen::ir;
use cranelift_module::{DataDescription, DataId, FuncOrDataId, Linkage, Module};

use super::promoted::{SetMethod, Via};
use super::{abi, ModCx};
use crate::typeinfo::desc::{self, Target};
use crate::types::ty::Type;
use crate::types::{ObjId, TypeId};

impl ModCx<'_> {
    /// The type descriptor of `t`, emitted on first use.
    pub fn type_desc(&mut self, t: TypeId) -> DataId {
        if let Some(&id) = self.typedescs.get(&t) {
            return id;
        }
        let name = format!("golift.type.{}", t.0);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("type symbols are unique");
        self.typedescs.insert(t, id);
        let methods = self.method_entries(t);
        let blob = desc::build(self.tt(), t, methods, None, &self.pkg.path);
        let mut d = DataDescription::new();
        d.define(blob.bytes.into_boxed_slice());
        d.set_align(8);
        for r in blob.relocs {
            self.relocate(&mut d, id, r.at as u32, r.target);
        }
        self.define_data(id, d);
        id
    }

    fn relocate(&mut self, d: &mut DataDescription, me: DataId, at: u32, target: Target) {
        let i64t = ir::types::I64;
        match target {
            Target::Own(off) => {
                let gv = self.module.declare_data_in_data(me, d);
                d.write_data_addr(at, gv, off as i64);
            }
            Target::Desc(t) => {
                let id = self.type_desc(t);
                let gv = self.module.declare_data_in_data(id, d);
                d.write_data_addr(at, gv, 0);
            }
            Target::Bytes(b) => {
                let id = self.string_data(&b);
                let gv = self.module.declare_data_in_data(id, d);
                d.write_data_addr(at, gv, 0);
            }
            Target::Runtime(name) => {
                let ret = if at == 24 { ir::types::I8 } else { i64t };
                let f = self.runtime_func(name, &[i64t, i64t, i64t], &[ret]);
                let fr = self.module.declare_func_in_data(f, d);
                d.write_function_addr(at, fr);
            }
            Target::Code(sym) => {
                if let Some(FuncOrDataId::Func(f)) = self.module.get_name(&sym) {
                    let fr = self.module.declare_func_in_data(f, d);
                    d.write_function_addr(at, fr);
                }
            }
        }
    }

    /// The method table entries of `t`'s method set (promoted.rs): for a
    /// named type `T` or an unnamed struct, the methods with value receivers
    /// and those reached through embedded pointers; for `*T` all. Value
    /// methods are reached through interfaces by a `(*T).M` wrapper unless
    /// `T` is pointer-shaped; promoted methods by generated wrappers.
    pub(super) fn method_entries(&mut self, t: TypeId) -> Vec<desc::MethodEntry> {
        let tt = self.tt();
        let (base, is_ptr) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        if !matches!(tt.get(base), Type::Named(_)) && !matches!(tt.get(base), Type::Struct(_)) {
            return Vec::new();
        }
        let direct = desc::direct_iface(tt, base) && !abi::is_memory(tt, base);
        let mut out = Vec::new();
        for m in self.method_set_of(t) {
            let codes = match m.via {
                Via::Func { func, .. } if m.path.is_empty() => {
                    self.declared_codes(func, is_ptr, direct)
                }
                _ => self.promoted_codes(base, &m, is_ptr, direct),
            };
            let Some((ifn, tfn)) = codes else {
                continue;
            };
            out.push(desc::MethodEntry {
                pkgpath: if desc::is_exported(&m.name) {
                    String::new()
                } else {
                    self.pkg.path.clone()
                },
                name: m.name,
                mtyp: m.sig,
                ifn,
                tfn,
            });
        }
        out
    }

    /// (ifn, tfn) of method `m` declared on the base type.
    fn declared_codes(&mut self, m: ObjId, is_ptr: bool, direct: bool) -> Option<(String, String)> {
        let recv = self.method_recv(m)?;
        let own = self.symbol(m);
        let code = if recv.ptr || (direct && !is_ptr) {
            own.clone()
        } else {
            self.ptr_wrapper(m, recv)?;
            let pt = self
                .tt()
                .lookup(&Type::Pointer(recv.base))
                .unwrap_or(recv.base);
            let name = self.pkg.obj(m).name.clone();
            super::method::Recv {
                ptr: true,
                ty: pt,
                ..recv
            }
            .symbol(self.tt(), &name)
        };
        Some((code.clone(), if is_ptr { code } else { own }))
    }

    /// (ifn, tfn) of promoted method `m`: the `(*T).M` wrapper, and for
    /// `T`'s table the by-value `T.M` wrapper (also the interface-callable
    /// one when `T` is pointer-shaped).
    fn promoted_codes(
        &mut self,
        base: TypeId,
        m: &SetMethod,
        is_ptr: bool,
        direct: bool,
    ) -> Option<(String, String)> {
        if is_ptr {
            let p = self.promoted_wrapper(base, m, true)?;
            return Some((p.clone(), p));
        }
        let v = self.promoted_wrapper(base, m, false)?;
        if direct {
            return Some((v.clone(), v));
        }
        let p = self.promoted_wrapper(base, m, true)?;
        Some((p, v))
    }
}
