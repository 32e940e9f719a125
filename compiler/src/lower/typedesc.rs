//! Emitting type descriptors: `typeinfo::desc` builds a descriptor's bytes
//! and relocations; this file turns them into a read-only data object
//! `golift.type.N` (one per TypeId, 8-aligned), declaring the data first so
//! that recursive types (a struct holding `*T`) refer back to it.

use cranelift_codegen::ir;
use cranelift_module::{DataDescription, DataId, FuncOrDataId, Linkage, Module};

use super::{abi, ModCx};
use crate::typeinfo::desc::{self, Target};
use crate::types::ty::Type;
use crate::types::TypeId;

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

    /// The method table entries of `t`'s method set: the declared methods of
    /// a named type `T` (value receivers) or of `*T` (all). Value methods are
    /// reached through interfaces by the `main.(*T).M` wrapper unless `T` is
    /// pointer-shaped. Promoted methods are not listed yet.
    pub(super) fn method_entries(&mut self, t: TypeId) -> Vec<desc::MethodEntry> {
        let tt = self.tt();
        let (base, is_ptr) = match tt.get(t) {
            Type::Pointer(e) if matches!(tt.get(*e), Type::Named(_)) => (*e, true),
            Type::Named(_) => (t, false),
            _ => return Vec::new(),
        };
        let Type::Named(i) = tt.get(base) else {
            return Vec::new();
        };
        let direct = desc::direct_iface(tt, base) && !abi::is_memory(tt, base);
        let mut out = Vec::new();
        for &m in &tt.named[*i as usize].methods {
            let Some(recv) = self.method_recv(m) else {
                continue;
            };
            if recv.ptr && !is_ptr {
                continue;
            }
            let name = self.pkg.obj(m).name.clone();
            let own = self.symbol(m);
            let code = if recv.ptr || (direct && !is_ptr) {
                own.clone()
            } else {
                match self.ptr_wrapper(m, recv) {
                    Some(_) => {
                        let pt = self.tt().lookup(&Type::Pointer(base)).unwrap_or(base);
                        super::method::Recv {
                            ptr: true,
                            ty: pt,
                            ..recv
                        }
                        .symbol(self.tt(), &name)
                    }
                    None => continue,
                }
            };
            out.push(desc::MethodEntry {
                pkgpath: if desc::is_exported(&name) {
                    String::new()
                } else {
                    self.pkg.path.clone()
                },
                name,
                mtyp: self.pkg.obj(m).ty,
                tfn: if is_ptr { code.clone() } else { own },
                ifn: code,
            });
        }
        out
    }
}
