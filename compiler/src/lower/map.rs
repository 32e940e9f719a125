//! Maps: lowering onto the runtime's bucket hash map (rt/ABI.md, "Maps").
//!
//! A map value is one `i64`, the `*Hmap` (0: nil map). Every operation is a
//! runtime call taking the map type's full descriptor (`typeinfo::desc`:
//! the header plus the Map tail with key and elem descriptors, hasher, slot
//! sizes and flags). Keys of 4/8-byte integer or pointer types and string
//! keys use the `_fast32`/`_fast64`/`_faststr` entry points with the key by
//! value; every other key is passed by address and hashed with the
//! descriptor's hasher.
//!
//! `m[k]` as an assignment target is `Place::MapElem`: `mapassign` is
//! called only when the value is stored, after the right-hand side was
//! evaluated, so the slot pointer is never held across Go code.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, types, InstBuilder, Value};

use super::func::{trusted, Fx, Place, V};
use crate::syntax::ast::{Element, Expr};
use crate::types::ty::{BasicKind, Type};
use crate::types::TypeId;

/// Bytes compiled code reserves for a map iterator (rt `HITER_SIZE`).
const HITER_SIZE: u64 = 88;
/// Elems larger than this are looked up with the `_fat` entry points.
const MAX_ZERO: u64 = 1024;

/// How a key is handed to the runtime.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyPath {
    Fast32,
    Fast64,
    Str,
    Generic,
}

impl Fx<'_, '_, '_> {
    fn key_path(&self, k: TypeId) -> KeyPath {
        use BasicKind::*;
        match self.under(k) {
            Type::Basic(String) => KeyPath::Str,
            Type::Basic(Int32 | Uint32) => KeyPath::Fast32,
            Type::Basic(Int | Int64 | Uint | Uint64 | Uintptr | UnsafePointer) => KeyPath::Fast64,
            Type::Pointer(_) | Type::Chan(..) => KeyPath::Fast64,
            _ => KeyPath::Generic,
        }
    }

    fn map_types(&self, mt: TypeId) -> (TypeId, TypeId) {
        match self.under(mt) {
            Type::Map(k, v) => (*k, *v),
            _ => (mt, mt),
        }
    }

    fn map_desc_addr(&mut self, mt: TypeId) -> Value {
        self.type_desc(mt)
    }

    /// The key arguments of a runtime call for key value `key`.
    fn key_args(&mut self, kt: TypeId, key: &V) -> Vec<Value> {
        match self.key_path(kt) {
            KeyPath::Fast32 | KeyPath::Fast64 | KeyPath::Str => key.scalars().to_vec(),
            KeyPath::Generic => match key {
                V::M(a) => vec![*a],
                V::S(_) => {
                    let a = self.temp_uninit(kt);
                    self.store(kt, key, a, 0);
                    vec![a]
                }
            },
        }
    }

    /// Calls the map entry point `base` (`mapaccess1`, `mapassign`, ...) in
    /// the variant for `kt`.
    fn map_call(
        &mut self,
        base: &str,
        mt: TypeId,
        m: Value,
        key: &V,
        rets: &[ir::Type],
    ) -> Vec<Value> {
        let (kt, _) = self.map_types(mt);
        let path = self.key_path(kt);
        let name = entry_name(base, path);
        let t = self.map_desc_addr(mt);
        let mut args = vec![t, m];
        args.extend(self.key_args(kt, key));
        self.call_rt(name, &args, rets)
    }

    /// The key of `m[k]`, converted to the key type.
    fn map_key(&mut self, mt: TypeId, k: &Expr) -> V {
        let (kt, _) = self.map_types(mt);
        let v = self.expr_as(k, kt);
        self.stabilize(kt, v)
    }

    /// `m[k]`: the elem, or the zero value.
    pub fn map_index(&mut self, x: &Expr, k: &Expr) -> V {
        let mt = self.type_of(x);
        let m = self.expr(x).s0();
        let key = self.map_key(mt, k);
        let p = self.map_lookup(mt, m, &key, false)[0];
        let (_, vt) = self.map_types(mt);
        let v = self.load(vt, p, 0);
        self.stabilize(vt, v)
    }

    /// `v, ok := m[k]`.
    pub fn map_index_ok(&mut self, x: &Expr, k: &Expr) -> Vec<V> {
        let mt = self.type_of(x);
        let m = self.expr(x).s0();
        let key = self.map_key(mt, k);
        let r = self.map_lookup(mt, m, &key, true);
        let (_, vt) = self.map_types(mt);
        let v = self.load(vt, r[0], 0);
        let v = self.stabilize(vt, v);
        vec![v, V::one(r[1])]
    }

    /// `mapaccess1`/`mapaccess2` (with `_fat` for big elems).
    fn map_lookup(&mut self, mt: TypeId, m: Value, key: &V, ok: bool) -> Vec<Value> {
        let (kt, vt) = self.map_types(mt);
        let rets: &[ir::Type] = if ok {
            &[types::I64, types::I8]
        } else {
            &[types::I64]
        };
        let size = self.tt.size_of(vt);
        if size <= MAX_ZERO {
            let base = if ok { "mapaccess2" } else { "mapaccess1" };
            return self.map_call(base, mt, m, key, rets);
        }
        let zid = self.m.string_data(&vec![0u8; size as usize]);
        let zero = self.data_addr(zid);
        let t = self.map_desc_addr(mt);
        let mut args = vec![t, m];
        let a = match key {
            V::M(a) => *a,
            V::S(_) => {
                let a = self.temp_uninit(kt);
                self.store(kt, key, a, 0);
                a
            }
        };
        args.push(a);
        args.push(zero);
        let name = if ok {
            "mapaccess2_fat"
        } else {
            "mapaccess1_fat"
        };
        self.call_rt(name, &args, rets)
    }

    /// `m[k]` as an assignment target.
    pub fn map_place(&mut self, x: &Expr, k: &Expr) -> Place {
        let mt = self.type_of(x);
        let m = self.expr(x).s0();
        let key = self.map_key(mt, k);
        Place::MapElem { mt, m, key }
    }

    pub fn read_map_place(&mut self, mt: TypeId, m: Value, key: &V) -> V {
        let p = self.map_lookup(mt, m, key, false)[0];
        let (_, vt) = self.map_types(mt);
        let v = self.load(vt, p, 0);
        self.stabilize(vt, v)
    }

    pub fn write_map_place(&mut self, mt: TypeId, m: Value, key: &V, v: &V) {
        let p = self.map_call("mapassign", mt, m, key, &[types::I64])[0];
        let (_, vt) = self.map_types(mt);
        self.store(vt, v, p, 0);
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, x: &Expr, k: &Expr) {
        let mt = self.type_of(x);
        let m = self.expr(x).s0();
        let key = self.map_key(mt, k);
        self.map_call("mapdelete", mt, m, &key, &[]);
    }

    /// `len(m)`: 0 for a nil map, else the header's `count`.
    pub fn map_len(&mut self, m: Value) -> Value {
        let zero = self.b.ins().iconst(types::I64, 0);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
        let nonnil = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(is_nil, join, &[zero.into()], nonnil, &[]);
        self.b.seal_block(nonnil);
        self.b.switch_to_block(nonnil);
        let n = self.b.ins().load(types::I64, trusted(), m, 0);
        self.b.ins().jump(join, &[n.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `clear(m)`.
    pub fn map_clear(&mut self, mt: TypeId, m: Value) {
        let t = self.map_desc_addr(mt);
        self.call_rt("mapclear", &[t, m], &[]);
    }

    /// `make(map[K]V)` / `make(map[K]V, hint)`.
    pub fn make_map(&mut self, mt: TypeId, hint: Option<Value>) -> Value {
        match hint {
            None => self.call_rt("makemap_small", &[], &[types::I64])[0],
            Some(h) => {
                let t = self.map_desc_addr(mt);
                let null = self.b.ins().iconst(types::I64, 0);
                self.call_rt("makemap", &[t, h, null], &[types::I64])[0]
            }
        }
    }

    /// A map literal: `makemap` with the element count, then one
    /// `mapassign` per element in source order.
    pub fn map_lit(&mut self, mt: TypeId, elts: &[Element]) -> V {
        let (kt, vt) = self.map_types(mt);
        let m = if elts.len() <= 8 {
            self.make_map(mt, None)
        } else {
            let n = self.b.ins().iconst(types::I64, elts.len() as i64);
            self.make_map(mt, Some(n))
        };
        for el in elts {
            let Some(ke) = &el.key else { continue };
            self.hoist_calls(ke);
            self.hoist_calls(&el.value);
            let key = self.composite_elem(ke, kt);
            let key = self.stabilize(kt, key);
            let v = self.composite_elem(&el.value, vt);
            let v = self.stabilize(vt, v);
            self.write_map_place(mt, m, &key, &v);
        }
        V::one(m)
    }

    /// An element of a composite literal, whose type may be elided.
    fn composite_elem(&mut self, e: &Expr, t: TypeId) -> V {
        if matches!(
            e.kind,
            crate::syntax::ast::ExprKind::CompositeLit { ty: None, .. }
        ) {
            return self.composite(e, t);
        }
        self.expr_as(e, t)
    }

    /// `for k, v := range m`.
    pub fn range_map(&mut self, rc: &super::stmt::RangeClause) {
        let mt = self.type_of(rc.x);
        let (kt, vt) = self.map_types(mt);
        let m = self.full_expr(rc.x).s0();
        let it = self.scratch(HITER_SIZE);
        let t = self.map_desc_addr(mt);
        self.call_rt("mapiterinit", &[t, m, it], &[]);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let kp = self.b.ins().load(types::I64, trusted(), it, 0);
        self.b.ins().brif(kp, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        let kv = self.load(kt, kp, 0);
        let kv = self.stabilize(kt, kv);
        let mut vars = vec![(rc.key, kv, kt)];
        if rc.value.is_some() {
            let vp = self.b.ins().load(types::I64, trusted(), it, 8);
            let vv = self.load(vt, vp, 0);
            let vv = self.stabilize(vt, vv);
            vars.push((rc.value, vv, vt));
        }
        self.bind_range_vars(rc.define, vars);
        self.loop_body(rc.label.clone(), exit, cont, &rc.body.stmts);
        self.b.switch_to_block(cont);
        self.call_rt("mapiternext", &[it], &[]);
        self.back_edge_check();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }
}

/// The runtime symbol of map operation `base` for keys handed over by `path`.
fn entry_name(base: &str, path: KeyPath) -> &'static str {
    let suffix = match path {
        KeyPath::Fast32 => "_fast32",
        KeyPath::Fast64 => "_fast64",
        KeyPath::Str => "_faststr",
        KeyPath::Generic => "",
    };
    match (base, suffix) {
        ("mapaccess1", "") => "mapaccess1",
        ("mapaccess1", "_fast32") => "mapaccess1_fast32",
        ("mapaccess1", "_fast64") => "mapaccess1_fast64",
        ("mapaccess1", _) => "mapaccess1_faststr",
        ("mapaccess2", "") => "mapaccess2",
        ("mapaccess2", "_fast32") => "mapaccess2_fast32",
        ("mapaccess2", "_fast64") => "mapaccess2_fast64",
        ("mapaccess2", _) => "mapaccess2_faststr",
        ("mapassign", "") => "mapassign",
        ("mapassign", "_fast32") => "mapassign_fast32",
        ("mapassign", "_fast64") => "mapassign_fast64",
        ("mapassign", _) => "mapassign_faststr",
        (_, "") => "mapdelete",
        (_, "_fast32") => "mapdelete_fast32",
        (_, "_fast64") => "mapdelete_fast64",
        _ => "mapdelete_faststr",
    }
}
