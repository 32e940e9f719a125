//! Interface values (rt/ABI.md, "Interfaces"): an interface is two words,
//! `{typ or itab, data}`. The data word of a pointer-shaped type
//! (`desc::direct_iface`) is the value itself; for every other type it points
//! at an immutable heap copy, so the interface value can outlive the frame
//! that made it (a panic value survives unwinding, for one).
//! Conversions to non-empty interfaces take the itab the compiler emits for
//! the pair (`static_itab`, concrete sources; all of them are listed in
//! `golift.itablinks` for `runtime.itabsinit`, so the runtime's cache hands
//! out the same itab) or `assertE2I2` (interface sources, nil stays nil);
//! method calls are in iface_method.rs.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

use cranelift_module::{DataDescription, DataId, FuncOrDataId, Linkage, Module};

use super::abi;
use super::func::{trusted, Fx, V};
use super::iface_method::ITAB_FUN;
use super::ModCx;
use crate::syntax::ast::Expr;
use crate::typeinfo::desc;
use crate::typeinfo::desc::direct_iface;
use crate::types::ty::{BasicKind, Type};
use crate::types::TypeId;

impl Fx<'_, '_, '_> {
    /// The interface data word for value `v` of concrete type `t`.
    pub fn iface_data(&mut self, t: TypeId, v: &V) -> Value {
        if direct_iface(self.tt, t) {
            return match v {
                V::S(s) => s[0],
                V::M(a) => self.b.ins().load(types::I64, trusted(), *a, 0),
            };
        }
        if let Some(p) = self.conv_fast(t, v) {
            return p;
        }
        let p = self.new_object(t);
        self.store(t, v, p, 0);
        p
    }

    /// gc's allocation-avoiding boxes (`runtime.convT16/32/64`: values below
    /// 256 share static boxes; `convTstring`/`convTslice`: empty ones share
    /// one box) for pointer-free small scalars, strings and slices.
    fn conv_fast(&mut self, t: TypeId, v: &V) -> Option<Value> {
        let tys = abi::scalars(self.tt, t)?;
        let vals = match v {
            V::S(s) => s.clone(),
            V::M(_) => return None,
        };
        let (f, arg) = match (tys.as_slice(), self.under(t)) {
            (_, Type::Basic(BasicKind::String)) => {
                let p = self.call_rt("convTstring", &vals, &[types::I64])[0];
                return Some(p);
            }
            (_, Type::Slice(_)) => {
                let p = self.call_rt("convTslice", &vals, &[types::I64])[0];
                return Some(p);
            }
            _ if tys.len() != 1 || self.tt.size_of(t) != tys[0].bytes() as u64 => return None,
            ([types::I8], _) => ("convT16", self.b.ins().uextend(types::I16, vals[0])),
            ([types::I16], _) => ("convT16", vals[0]),
            ([types::I32], _) => ("convT32", vals[0]),
            ([types::F32], _) => (
                "convT32",
                self.b
                    .ins()
                    .bitcast(types::I32, MemFlagsData::new(), vals[0]),
            ),
            ([types::I64], _) => ("convT64", vals[0]),
            ([types::F64], _) => (
                "convT64",
                self.b
                    .ins()
                    .bitcast(types::I64, MemFlagsData::new(), vals[0]),
            ),
            _ => return None,
        };
        Some(self.call_rt(f, &[arg], &[types::I64])[0])
    }
}

impl Fx<'_, '_, '_> {
    /// `e` (of type `from`) converted to interface type `to`.
    pub fn convert_to_iface(&mut self, from: TypeId, v: V, to: TypeId) -> V {
        let empty = matches!(self.under(to), Type::Interface(ms) if ms.is_empty());
        if let Type::Interface(_) = self.under(from) {
            let (w0, data) = (v.scalars()[0], v.scalars()[1]);
            let from_empty = matches!(self.under(from), Type::Interface(ms) if ms.is_empty());
            let typ = if from_empty { w0 } else { self.itab_type(w0) };
            if empty {
                return V::S(vec![typ, data]);
            }
            let inter = self.type_desc(to);
            let tab = self.call_rt("assertE2I2", &[inter, typ], &[types::I64])[0];
            return V::S(vec![tab, data]);
        }
        let data = self.iface_data(from, &v);
        let desc = self.type_desc(from);
        if empty {
            return V::S(vec![desc, data]);
        }
        if let Some(itab) = self.m.static_itab(to, from) {
            let tab = self.data_addr(itab);
            return V::S(vec![tab, data]);
        }
        let inter = self.type_desc(to);
        let zero = self.b.ins().iconst(types::I64, 0);
        let tab = self.call_rt("getitab", &[inter, desc, zero], &[types::I64])[0];
        V::S(vec![tab, data])
    }

    /// The dynamic type of an itab word (NULL for a nil interface).
    pub(super) fn itab_type(&mut self, tab: Value) -> Value {
        let nil = self.b.ins().icmp_imm_s(IntCC::Equal, tab, 0);
        let safe = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().brif(nil, join, &[zero.into()], safe, &[]);
        self.b.seal_block(safe);
        self.b.switch_to_block(safe);
        let t = self.b.ins().load(types::I64, trusted(), tab, 8);
        self.b.ins().jump(join, &[t.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `x == y` for two interface values of type `t` (an i8 bool).
    pub fn iface_eq(&mut self, t: TypeId, x: &V, y: &V) -> Value {
        let (xs, ys) = (x.scalars().to_vec(), y.scalars().to_vec());
        let empty = matches!(self.under(t), Type::Interface(ms) if ms.is_empty());
        let same = self.b.ins().icmp(IntCC::Equal, xs[0], ys[0]);
        let nil = self.b.ins().icmp_imm_s(IntCC::Equal, xs[0], 0);
        let deep = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        let quick = self.b.create_block();
        self.b.ins().brif(same, quick, &[], join, &[same.into()]);
        self.b.seal_block(quick);
        self.b.switch_to_block(quick);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().brif(nil, join, &[one.into()], deep, &[]);
        self.b.seal_block(deep);
        self.b.switch_to_block(deep);
        let f = if empty { "efaceeq" } else { "ifaceeq" };
        let eq = self.call_rt(f, &[xs[0], xs[1], ys[1]], &[types::I8])[0];
        self.check_unwinding();
        self.b.ins().jump(join, &[eq.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }
}

impl Fx<'_, '_, '_> {
    /// `x.(T)`, single-result form: panics (gc's texts, via the runtime)
    /// when the dynamic type does not match.
    pub fn type_assert(&mut self, x: &Expr, to: TypeId) -> V {
        let xt = self.type_of(x);
        let from_empty = matches!(self.under(xt), Type::Interface(ms) if ms.is_empty());
        let v = self.expr(x);
        let (w0, data) = (v.scalars()[0], v.scalars()[1]);
        let typ = if from_empty { w0 } else { self.itab_type(w0) };
        if let Type::Interface(ms) = self.under(to) {
            if ms.is_empty() {
                let nil = self.b.ins().icmp_imm_s(IntCC::Equal, typ, 0);
                let want = self.type_desc(to);
                self.panic_if(nil, "panicnildottype", &[want]);
                return V::S(vec![typ, data]);
            }
            let inter = self.type_desc(to);
            let tab = self.call_rt("assertE2I", &[inter, typ], &[types::I64])[0];
            self.check_unwinding();
            return V::S(vec![tab, data]);
        }
        let want = self.type_desc(to);
        let bad = self.b.ins().icmp(IntCC::NotEqual, typ, want);
        let iface = self.type_desc(xt);
        if from_empty {
            self.panic_if(bad, "panicdottypeE", &[typ, want, iface]);
        } else {
            self.panic_if(bad, "panicdottypeI", &[w0, want, iface]);
        }
        self.unbox(to, data)
    }

    /// The value of concrete type `t` held by interface data word `data`:
    /// the word itself for pointer-shaped types (in a stack slot when `t`
    /// is memory-class, such as `[1]*T`), else the value it points at.
    pub fn unbox(&mut self, t: TypeId, data: Value) -> V {
        if direct_iface(self.tt, t) {
            if !abi::is_memory(self.tt, t) {
                return V::S(vec![data]);
            }
            let tmp = self.temp_uninit(t);
            self.b.ins().store(trusted(), data, tmp, 0);
            return V::M(tmp);
        }
        self.load(t, data, 0)
    }
}

impl Fx<'_, '_, '_> {
    /// `v, ok := x.(T)`: never panics; a failed assertion gives T's zero value.
    pub fn type_assert_ok(&mut self, x: &Expr, to: TypeId) -> Vec<V> {
        let xt = self.type_of(x);
        let from_empty = matches!(self.under(xt), Type::Interface(ms) if ms.is_empty());
        let v = self.expr(x);
        let (w0, data) = (v.scalars()[0], v.scalars()[1]);
        let typ = if from_empty { w0 } else { self.itab_type(w0) };
        let zero = self.b.ins().iconst(types::I64, 0);
        if let Type::Interface(ms) = self.under(to) {
            let w = if ms.is_empty() {
                typ
            } else {
                let inter = self.type_desc(to);
                self.call_rt("assertE2I2", &[inter, typ], &[types::I64])[0]
            };
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
            let d = self.b.ins().select(ok, data, zero);
            return vec![V::S(vec![w, d]), V::one(ok)];
        }
        let want = self.type_desc(to);
        let ok = self.b.ins().icmp(IntCC::Equal, typ, want);
        let tmp = self.temp(to);
        let copy = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(ok, copy, &[], join, &[]);
        self.b.seal_block(copy);
        self.b.switch_to_block(copy);
        if direct_iface(self.tt, to) {
            self.b.ins().store(trusted(), data, tmp, 0);
        } else {
            let size = self.tt.size_of(to);
            self.copy_mem(tmp, data, size);
        }
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        let v = self.load(to, tmp, 0);
        vec![v, V::one(ok)]
    }
}

impl ModCx<'_> {
    /// The itab of concrete type `t` for interface `inter`, emitted as
    /// read-only data `golift.itab.I.T` (rt/ABI.md, "Interfaces"): the
    /// layout `runtime.getitab` builds, with `fun[i]` the `ifn` of the
    /// method table entry named like the interface's i-th method. None when
    /// `t`'s method set lacks one (the runtime then reports it).
    pub fn static_itab(&mut self, inter: TypeId, t: TypeId) -> Option<DataId> {
        if let Some(&id) = self.itabs.get(&(inter, t)) {
            return Some(id);
        }
        let Type::Interface(want) = self.tt().under(inter).clone() else {
            return None;
        };
        let have = self.method_entries(t);
        let funs: Vec<String> = want
            .iter()
            .map(|(name, sig)| {
                let m = have.iter().find(|m| &m.name == name && m.mtyp == *sig)?;
                Some(m.ifn.clone())
            })
            .collect::<Option<_>>()?;
        let mut funcs = Vec::new();
        for f in &funs {
            match self.module.get_name(f) {
                Some(FuncOrDataId::Func(id)) => funcs.push(id),
                _ => return None,
            }
        }
        let name = format!("golift.itab.{}.{}", inter.0, t.0);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .ok()?;
        let mut bytes = vec![0u8; ITAB_FUN as usize + 8 * funs.len().max(1)];
        bytes[16..20].copy_from_slice(&desc::type_hash(self.tt(), t).to_le_bytes());
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (at, ty) in [(0, inter), (8, t)] {
            let off = self.type_desc(ty);
            let gv = self.module.declare_data_in_data(self.tmod.id, &mut d);
            d.write_data_addr(at, gv, off as i64);
        }
        for (i, f) in funcs.into_iter().enumerate() {
            let fr = self.module.declare_func_in_data(f, &mut d);
            d.write_function_addr(ITAB_FUN as u32 + 8 * i as u32, fr);
        }
        self.define_data(id, d);
        self.itabs.insert((inter, t), id);
        Some(id)
    }

    /// `golift.itablinks`, `{n, itab...}` of every static itab, for
    /// `runtime.itabsinit` (Go's `itabsinit` over `moduledata.itablinks`):
    /// the runtime cache then hands out the same itab for the same pair.
    pub fn itablinks(&mut self) -> Option<DataId> {
        let id = self
            .module
            .declare_data("golift.itablinks", Linkage::Local, false, false)
            .ok()?;
        let mut itabs: Vec<DataId> = self.itabs.values().copied().collect();
        itabs.sort();
        let mut bytes = vec![0u8; 8 * (itabs.len() + 1)];
        bytes[..8].copy_from_slice(&(itabs.len() as u64).to_le_bytes());
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (i, tab) in itabs.into_iter().enumerate() {
            let gv = self.module.declare_data_in_data(tab, &mut d);
            d.write_data_addr(8 + 8 * i as u32, gv, 0);
        }
        self.define_data(id, d);
        Some(id)
    }
}
