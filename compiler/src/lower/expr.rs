//! Expressions: names, constants, selectors, indexing, slicing, operators,
//! conversions, calls and composite literals.
//!
//! Every expression's type and constant value come from the checker's
//! `Info.types`; a `Mode::Constant` expression is materialised from its
//! exact value and never recomputed. Evaluation order follows gc: operands
//! left to right, calls in order.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, types, InstBuilder, Value};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::abi;
use super::func::{trusted, Fx, Place, V};
use crate::syntax::ast::{BinOp, Element, Expr, ExprKind, UnOp};
use crate::types::ty::{BasicKind, Type};
use crate::types::{ConstValue, Mode, ObjKind, Selection, TypeId};

/// Where a selector walk currently stands: a value or an address.
pub(super) enum At {
    Val(V),
    Addr(Value),
}

impl<'m, 'a, 'f> Fx<'m, 'a, 'f> {
    pub fn type_of(&self, e: &Expr) -> TypeId {
        self.m
            .pkg
            .type_of(e.id)
            .map_or(self.tt.basic(BasicKind::Invalid), |tv| tv.ty)
    }

    pub fn mode_of(&self, e: &Expr) -> Option<&'a Mode> {
        let pkg: &'a crate::types::Package = self.m.pkg;
        pkg.type_of(e.id).map(|tv| &tv.mode)
    }

    /// The value of `e`, converted to type `t` where the representation
    /// differs (untyped nil).
    pub fn expr_as(&mut self, e: &Expr, t: TypeId) -> V {
        if matches!(self.mode_of(e), Some(Mode::Nil))
            || self.basic(self.type_of(e)) == Some(BasicKind::UntypedNil)
        {
            return self.zero(t);
        }
        let et = self.type_of(e);
        if matches!(self.under(t), Type::Interface(_)) && et != t {
            let v = self.expr(e);
            return self.convert_to_iface(et, v, t);
        }
        if let Some(Mode::Constant(c)) = self.mode_of(e) {
            if et != t && self.basic(et).is_some() && self.basic(t).is_some() {
                return self.constant(t, c);
            }
        }
        self.expr(e)
    }

    /// The value of a single-valued expression.
    pub fn expr(&mut self, e: &Expr) -> V {
        if let Some(v) = self.preset.get(&e.id) {
            return v.clone();
        }
        if let Some(mut vs) = self.hoisted.remove(&e.id) {
            return if vs.is_empty() {
                V::S(vec![])
            } else {
                vs.swap_remove(0)
            };
        }
        let t = self.type_of(e);
        match self.mode_of(e) {
            Some(Mode::Constant(c)) => return self.constant(t, c),
            Some(Mode::Nil) => return self.zero(t),
            _ => {}
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(_) => self.name(e, t),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, t),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, t),
            ExprKind::Star(p) => {
                let p = self.expr(p).s0();
                self.nil_check(p);
                self.load(t, p, 0)
            }
            ExprKind::Selector(..) => self.selector(e, t),
            // An instantiation `F[int]` of a generic function: a func value.
            ExprKind::Index(..) if self.m.pkg.info.uses.contains_key(&e.id) => self.name(e, t),
            // An instantiation `x.N[int]` or `T.N[int]` of a generic method.
            ExprKind::Index(x, _) if self.generic_method_operand(x) => self.expr(x),
            ExprKind::Index(x, idx) => self.index(e, x, idx, t),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), t)
            }
            ExprKind::Call { .. } => {
                let mut vs = self.call(e);
                if vs.is_empty() {
                    V::S(vec![])
                } else {
                    vs.swap_remove(0)
                }
            }
            ExprKind::CompositeLit { .. } => self.composite(e, t),
            ExprKind::FuncLit { .. } => self.func_lit(e, t),
            ExprKind::TypeAssert { x, ty: Some(_) } => self.type_assert(x, t),
            ExprKind::TypeAssert { .. } => self.fail(e, t, "type assertions"),
            _ => self.fail(e, t, "this expression"),
        }
    }

    /// Reports an unsupported construct and yields a placeholder value.
    pub fn fail(&mut self, e: &Expr, t: TypeId, feature: &str) -> V {
        self.unsupported(e.span, feature);
        self.zero(t)
    }

    /// The values of a possibly multi-valued expression (a call).
    pub fn multi(&mut self, e: &Expr) -> Vec<V> {
        match &e.kind {
            ExprKind::Paren(x) => self.multi(x),
            ExprKind::Index(x, idx)
                if matches!(self.mode_of(e), Some(Mode::CommaOk))
                    && matches!(self.under(self.type_of(x)), Type::Map(..)) =>
            {
                self.map_index_ok(x, &idx[0])
            }
            ExprKind::Call { .. } if matches!(self.under(self.type_of(e)), Type::Tuple(_)) => {
                self.call(e)
            }
            ExprKind::TypeAssert { x, ty: Some(_) }
                if matches!(self.mode_of(e), Some(Mode::CommaOk)) =>
            {
                let t = self.type_of(e);
                self.type_assert_ok(x, t)
            }
            ExprKind::Unary(UnOp::Recv, x) if matches!(self.mode_of(e), Some(Mode::CommaOk)) => {
                self.recv_ok(e, x)
            }
            _ => {
                if let (Some(Mode::CommaOk), _) = (self.mode_of(e), ()) {
                    self.unsupported(e.span, "comma-ok expressions");
                }
                vec![self.expr(e)]
            }
        }
    }

    // ---- evaluation order ----

    /// gc's evaluation order (its `order` pass): within a statement, the
    /// operations that gc moves into temporaries are evaluated left to
    /// right before the plain operands around them, so `println(c, bump())`
    /// sees the `c` that `bump` left while `len(s) + shrink()` sees the
    /// old `len(s)`. Those operations (`hoists`) are evaluated now and kept
    /// for when `e` itself is lowered. The right operand of `&&`/`||` is
    /// conditional: the whole operator is one such operation.
    pub fn hoist_calls(&mut self, e: &Expr) {
        if matches!(self.mode_of(e), Some(Mode::Constant(_)))
            || self.preset.contains_key(&e.id)
            || self.hoisted.contains_key(&e.id)
        {
            return;
        }
        match &e.kind {
            ExprKind::Call { args, .. } => {
                if self.hoists(e) {
                    let v = self.call(e);
                    self.hoisted.insert(e.id, v);
                } else {
                    self.hoist_all(args);
                }
            }
            ExprKind::Binary(BinOp::LAnd | BinOp::LOr, a, _) => {
                self.hoist_calls(a);
                let v = self.expr(e);
                self.hoisted.insert(e.id, vec![v]);
            }
            ExprKind::Unary(UnOp::Recv, x) => self.hoist_recv(e, x),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.hoist_calls(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.hoist_calls(i);
                }
                let v = self.expr(e);
                self.hoisted.insert(e.id, vec![v]);
            }
            ExprKind::Binary(_, a, b) => {
                self.hoist_calls(a);
                self.hoist_calls(b);
            }
            // A type assertion to a type that is not pointer-shaped copies
            // the value out of the interface (gc: `copyExpr`).
            ExprKind::TypeAssert { x, ty: Some(_) }
                if !matches!(self.mode_of(e), Some(Mode::CommaOk))
                    && !crate::typeinfo::desc::direct_iface(self.tt, self.type_of(e)) =>
            {
                self.hoist_calls(x);
                let v = self.expr(e);
                let v = self.stabilize(self.type_of(e), v);
                self.hoisted.insert(e.id, vec![v]);
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert { x, .. } => self.hoist_calls(x),
            ExprKind::Index(x, is) => {
                self.hoist_calls(x);
                self.hoist_all(is);
            }
            // A map literal is built entry by entry (`map_lit`), each
            // entry ordered on its own, at its place among the hoisted
            // operations (gc: a statement per entry).
            ExprKind::CompositeLit { .. }
                if matches!(self.under(self.type_of(e)), Type::Map(..)) =>
            {
                let v = self.expr(e);
                self.hoisted.insert(e.id, vec![v]);
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    self.hoist_calls(&el.value);
                }
            }
            _ => {}
        }
    }

    /// Whether gc evaluates the call `e` into a temporary ahead of the
    /// plain operands of its statement: function and method calls, the
    /// builtins that yield values (not the `unsafe` ones), and the
    /// conversions of strings to byte or rune slices.
    fn hoists(&self, e: &Expr) -> bool {
        use crate::types::Builtin as B;
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return false;
        };
        match self.mode_of(fun) {
            Some(Mode::Type) => {
                matches!(self.under(self.type_of(e)), Type::Slice(_))
                    && args
                        .first()
                        .is_some_and(|x| self.is_string(self.type_of(x)))
            }
            Some(Mode::Builtin(b)) => matches!(
                b,
                B::Append
                    | B::Cap
                    | B::Complex
                    | B::Copy
                    | B::Imag
                    | B::Len
                    | B::Make
                    | B::Max
                    | B::Min
                    | B::New
                    | B::Real
                    | B::Recover
            ),
            _ => true,
        }
    }

    pub fn hoist_all(&mut self, es: &[Expr]) {
        for e in es {
            self.hoist_calls(e);
        }
    }

    /// A full expression (a condition, a tag): hoists its calls, then
    /// evaluates it.
    pub fn full_expr(&mut self, e: &Expr) -> V {
        self.hoist_calls(e);
        self.expr(e)
    }

    // ---- constants ----

    pub fn constant(&mut self, t: TypeId, c: &ConstValue) -> V {
        use BasicKind::*;
        let k = self.basic(t).unwrap_or(Invalid);
        match (k, c) {
            (String | UntypedString, ConstValue::String(s)) => self.string_const(s),
            (Bool | UntypedBool, ConstValue::Bool(b)) => {
                V::one(self.b.ins().iconst(types::I8, *b as i64))
            }
            (Float32, _) => V::one(self.b.ins().f32const(const_f64(c) as f32)),
            (Float64 | UntypedFloat, _) => V::one(self.b.ins().f64const(const_f64(c))),
            (Complex64, _) => {
                let (re, im) = const_complex(c);
                V::S(vec![
                    self.b.ins().f32const(re as f32),
                    self.b.ins().f32const(im as f32),
                ])
            }
            (Complex128 | UntypedComplex, _) => {
                let (re, im) = const_complex(c);
                V::S(vec![self.b.ins().f64const(re), self.b.ins().f64const(im)])
            }
            (Invalid | UntypedNil, _) => V::S(vec![]),
            _ => {
                let ty = match k {
                    UntypedInt => types::I64,
                    UntypedRune => types::I32,
                    _ => self.clif(t),
                };
                let bits = const_bits(c);
                V::one(self.b.ins().iconst(ty, truncate(bits, ty)))
            }
        }
    }

    pub fn string_const(&mut self, s: &[u8]) -> V {
        if s.is_empty() {
            let z = self.b.ins().iconst(types::I64, 0);
            return V::S(vec![z, z]);
        }
        let id = self.m.string_data(s);
        let p = self.data_addr(id);
        let n = self.b.ins().iconst(types::I64, s.len() as i64);
        V::S(vec![p, n])
    }

    // ---- names ----

    fn name(&mut self, e: &Expr, t: TypeId) -> V {
        let Some(&obj) = self.m.pkg.info.uses.get(&e.id) else {
            return self.fail(e, t, "this name");
        };
        match self.m.pkg.obj(obj).kind {
            ObjKind::Var { .. } => {
                let p = self.local_place(obj);
                self.read_place(&p, t)
            }
            ObjKind::Func => self.func_value(e, obj, t),
            ObjKind::Nil => self.zero(t),
            _ => self.fail(e, t, "this name"),
        }
    }

    // ---- places and addresses ----

    /// The place an assignable expression denotes.
    pub fn place(&mut self, e: &Expr) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Name(n) if n == "_" => Place::Blank,
            ExprKind::Name(_) => {
                let obj = self
                    .m
                    .pkg
                    .info
                    .uses
                    .get(&e.id)
                    .or_else(|| self.m.pkg.info.defs.get(&e.id))
                    .copied();
                match obj {
                    Some(o) => self.local_place(o),
                    None => Place::Blank,
                }
            }
            ExprKind::Selector(x, _) => self.field_place(e, x),
            ExprKind::Index(x, idx) if matches!(self.under(self.type_of(x)), Type::Map(..)) => {
                self.map_place(x, &idx[0])
            }
            _ => Place::Mem(self.addr_of(e)),
        }
    }

    fn field_place(&mut self, e: &Expr, x: &Expr) -> Place {
        let Some(Selection::Field { path, .. }) = self.m.pkg.info.selections.get(&e.id) else {
            self.unsupported(e.span, "this selector");
            return Place::Blank;
        };
        let xt = self.type_of(x);
        if self.in_ssa_local(x) {
            if let Place::Vars(vars) = self.place(x) {
                if let Some((lo, hi)) = self.scalar_field_range(xt, path) {
                    return Place::Vars(vars[lo..hi].to_vec());
                }
            }
        }
        Place::Mem(self.addr_of(e))
    }

    /// Whether `x` denotes (a field of) a local held in SSA variables, so
    /// that `place(x)` has no side effects.
    fn in_ssa_local(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Paren(inner) => self.in_ssa_local(inner),
            ExprKind::Name(_) => {
                self.m.pkg.info.uses.get(&x.id).is_some_and(|o| {
                    matches!(self.locals.get(o), Some(super::func::Local::Vars(_)))
                })
            }
            ExprKind::Selector(inner, _) => {
                !matches!(self.under(self.type_of(inner)), Type::Pointer(_))
                    && matches!(
                        self.m.pkg.info.selections.get(&x.id),
                        Some(Selection::Field { .. })
                    )
                    && self.in_ssa_local(inner)
            }
            _ => false,
        }
    }

    /// The scalar index range of a field path inside a scalar struct
    /// (None when the path goes through a pointer).
    fn scalar_field_range(&self, mut t: TypeId, path: &[usize]) -> Option<(usize, usize)> {
        let mut lo = 0;
        let mut hi = abi::scalars(self.tt, t)?.len();
        for &i in path {
            let Type::Struct(fields) = self.under(t) else {
                return None;
            };
            let starts = abi::field_scalar_starts(self.tt, t);
            hi = lo + starts[i + 1];
            lo += starts[i];
            t = fields[i].ty;
        }
        Some((lo, hi))
    }

    /// The address of an addressable expression (or of a temporary copy).
    pub fn addr_of(&mut self, e: &Expr) -> Value {
        if let Some(a) = self.preset_addr.remove(&e.id) {
            return a;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.addr_of(x),
            ExprKind::Name(_) => {
                let obj = self.m.pkg.info.uses.get(&e.id).copied();
                match obj.map(|o| self.local_place(o)) {
                    Some(Place::Mem(a)) => a,
                    _ => self.spill(e),
                }
            }
            ExprKind::Star(p) => {
                let p = self.expr(p).s0();
                self.nil_check(p);
                p
            }
            ExprKind::Selector(x, _) => match self.m.pkg.info.selections.get(&e.id) {
                Some(Selection::Field { path, .. }) => {
                    let path = path.clone();
                    if let Some(&(k, pt, p)) = self.saved_bases.get(&e.id) {
                        return match self.walk_fields(At::Val(V::one(p)), pt, &path[k..]) {
                            (At::Addr(a), _) => a,
                            (At::Val(v), ft) => self.spill_value(v, ft),
                        };
                    }
                    let xt = self.type_of(x);
                    let base = if matches!(self.under(xt), Type::Pointer(_)) {
                        At::Val(self.expr(x))
                    } else {
                        At::Addr(self.addr_of(x))
                    };
                    match self.walk_fields(base, xt, &path) {
                        (At::Addr(a), _) => a,
                        (At::Val(v), ft) => self.spill_value(v, ft),
                    }
                }
                _ => self.spill(e),
            },
            ExprKind::Index(x, idx) if idx.len() == 1 => {
                let xt = self.type_of(x);
                match self.under(xt) {
                    Type::Array(..) => {
                        let base = self.addr_of(x);
                        self.array_elem_addr(base, xt, &idx[0])
                    }
                    Type::Pointer(_) => {
                        let p = self.expr(x).s0();
                        self.nil_check(p);
                        let at = self.elem_pointee(xt);
                        self.array_elem_addr(p, at, &idx[0])
                    }
                    Type::Slice(_) => {
                        let safe = self.safe_index_expr(x, &idx[0]);
                        let s = self.expr(x);
                        self.slice_elem_addr(&s, xt, &idx[0], safe)
                    }
                    _ => self.spill(e),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let t = self.type_of(e);
                let p = self.new_object(t);
                let v = self.composite(e, t);
                self.store(t, &v, p, 0);
                p
            }
            _ => self.spill(e),
        }
    }

    fn elem_pointee(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Pointer(p) => *p,
            _ => t,
        }
    }

    /// Evaluates `e` into fresh storage and returns its address.
    fn spill(&mut self, e: &Expr) -> Value {
        let t = self.type_of(e);
        let v = self.expr(e);
        self.spill_value(v, t)
    }

    fn spill_value(&mut self, v: V, t: TypeId) -> Value {
        match v {
            V::M(a) => a,
            v => {
                let a = self.temp(t);
                self.store(t, &v, a, 0);
                a
            }
        }
    }

    // ---- selectors ----

    fn selector(&mut self, e: &Expr, t: TypeId) -> V {
        let ExprKind::Selector(x, _) = &e.kind else {
            unreachable!()
        };
        match self.m.pkg.info.selections.get(&e.id) {
            Some(Selection::Field { path, .. }) => {
                let path = path.clone();
                let xt = self.type_of(x);
                let base = At::Val(self.expr(x));
                match self.walk_fields(base, xt, &path) {
                    (At::Val(v), _) => v,
                    (At::Addr(a), ft) => self.load(ft, a, 0),
                }
            }
            Some(Selection::Qualified(_)) => self.fail(e, t, "imported packages"),
            Some(Selection::Method { func, path, .. }) => {
                let (func, path) = (*func, path.clone());
                self.method_value(e, x, func, &path, t)
            }
            Some(Selection::MethodExpr { func }) => {
                let func = *func;
                self.method_expr(e, func, t)
            }
            Some(Selection::IfaceMethod { path, .. }) => {
                let path = path.clone();
                self.iface_method_value(e, x, &path, t)
            }
            Some(Selection::IfaceMethodExpr { path }) => {
                let path = path.clone();
                self.iface_method_expr(e, x, &path, t)
            }
            _ => self.fail(e, t, "methods"),
        }
    }

    /// Follows a field path from `at` (of type `t`), dereferencing pointers
    /// on the way. Returns where the field is and its type.
    pub(super) fn walk_fields(
        &mut self,
        mut at: At,
        mut t: TypeId,
        path: &[usize],
    ) -> (At, TypeId) {
        for &i in path {
            if let Type::Pointer(pt) = self.under(t) {
                let p = match at {
                    At::Val(v) => v.s0(),
                    At::Addr(a) => self.b.ins().load(types::I64, trusted(), a, 0),
                };
                self.nil_check(p);
                at = At::Addr(p);
                t = *pt;
            }
            let Type::Struct(fields) = self.under(t) else {
                return (at, t);
            };
            let ft = fields[i].ty;
            at = match at {
                At::Val(V::S(vals)) => {
                    let starts = abi::field_scalar_starts(self.tt, t);
                    At::Val(V::S(vals[starts[i]..starts[i + 1]].to_vec()))
                }
                At::Val(V::M(a)) | At::Addr(a) => {
                    let off = self.tt.field_offsets(t)[i] as i64;
                    At::Addr(if off == 0 {
                        a
                    } else {
                        self.b.ins().iadd_imm_s(a, off)
                    })
                }
            };
            t = ft;
        }
        (at, t)
    }

    // ---- indexing ----

    /// The index value as i64 and whether it is signed; `None` when it is a
    /// constant already known to be in `0..len`.
    fn index_value(&mut self, i: &Expr, len: Option<u64>) -> (Value, bool, bool) {
        let it = self.type_of(i);
        if let (Some(Mode::Constant(ConstValue::Int(n))), Some(len)) = (self.mode_of(i), len) {
            if let Some(n) = n.to_u64().filter(|&n| n < len) {
                return (self.b.ins().iconst(types::I64, n as i64), false, true);
            }
        }
        let v = self.expr(i).s0();
        let signed = self.is_signed(it);
        (self.widen_index(v, it), signed, false)
    }

    fn array_elem_addr(&mut self, base: Value, at: TypeId, i: &Expr) -> Value {
        let (n, et) = match self.under(at) {
            Type::Array(n, et) => (*n, *et),
            _ => (0, at),
        };
        let (iv, signed, known) = self.index_value(i, Some(n));
        if !known {
            let len = self.b.ins().iconst(types::I64, n as i64);
            self.bounds_check(0, iv, len, signed);
        }
        self.elem_addr(base, iv, et)
    }

    fn elem_addr(&mut self, base: Value, i: Value, et: TypeId) -> Value {
        let size = self.tt.size_of(et) as i64;
        let off = self.b.ins().imul_imm_s(i, size);
        self.b.ins().iadd(base, off)
    }

    /// Whether `x[i]` is known in bounds (`Fx::safe_index`).
    fn safe_index_expr(&self, x: &Expr, i: &Expr) -> bool {
        let info = &self.m.pkg.info;
        match (&x.kind, &i.kind, info.uses.get(&x.id), info.uses.get(&i.id)) {
            (ExprKind::Name(_), ExprKind::Name(_), Some(s), Some(k)) => {
                self.safe_index.contains(&(*s, *k))
            }
            _ => false,
        }
    }

    fn slice_elem_addr(&mut self, s: &V, st: TypeId, i: &Expr, safe: bool) -> Value {
        let et = self.elem(st);
        let (iv, signed, _) = self.index_value(i, None);
        let vals = s.scalars().to_vec();
        if !safe {
            self.bounds_check(0, iv, vals[1], signed);
        }
        self.elem_addr(vals[0], iv, et)
    }

    fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr], t: TypeId) -> V {
        if idx.len() != 1 {
            return self.fail(e, t, "generic instantiation");
        }
        let xt = self.type_of(x);
        match self.under(xt) {
            Type::Basic(_) => {
                let safe = self.safe_index_expr(x, &idx[0]);
                let s = self.expr(x);
                let (iv, signed, _) = self.index_value(&idx[0], None);
                let vals = s.scalars().to_vec();
                if !safe {
                    self.bounds_check(0, iv, vals[1], signed);
                }
                let a = self.b.ins().iadd(vals[0], iv);
                V::one(self.b.ins().load(types::I8, trusted(), a, 0))
            }
            Type::Slice(_) => {
                let safe = self.safe_index_expr(x, &idx[0]);
                let s = self.expr(x);
                let a = self.slice_elem_addr(&s, xt, &idx[0], safe);
                self.load(t, a, 0)
            }
            Type::Array(..) => {
                let base = match self.expr(x) {
                    V::M(a) => a,
                    v => self.spill_value(v, xt),
                };
                let a = self.array_elem_addr(base, xt, &idx[0]);
                self.load(t, a, 0)
            }
            Type::Pointer(_) => {
                let p = self.expr(x).s0();
                self.nil_check(p);
                let at = self.elem_pointee(xt);
                let a = self.array_elem_addr(p, at, &idx[0]);
                self.load(t, a, 0)
            }
            Type::Map(..) => self.map_index(x, &idx[0]),
            _ => self.fail(e, t, "this index expression"),
        }
    }

    // ---- slicing ----

    fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        t: TypeId,
    ) -> V {
        let xt = self.type_of(x);
        let (ptr, len, cap, is_slice) = match self.under(xt) {
            Type::Slice(_) => {
                let v = self.expr(x).scalars().to_vec();
                (v[0], v[1], v[2], true)
            }
            Type::Array(n, _) => {
                let a = self.addr_of(x);
                let n = self.b.ins().iconst(types::I64, *n as i64);
                (a, n, n, false)
            }
            Type::Pointer(p) => {
                let n = match self.under(*p) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                };
                let a = self.expr(x).s0();
                self.nil_check(a);
                let n = self.b.ins().iconst(types::I64, n as i64);
                (a, n, n, false)
            }
            _ => {
                let v = self.expr(x).scalars().to_vec();
                (v[0], v[1], v[1], false)
            }
        };
        let is_string = self.is_string(xt);
        let idx = |fx: &mut Self, e: Option<&Expr>| {
            e.map(|e| {
                let it = fx.type_of(e);
                let v = fx.expr(e).s0();
                (fx.widen_index(v, it), fx.is_signed(it))
            })
        };
        let lo = idx(self, lo);
        let hi = idx(self, hi);
        let max = idx(self, max);
        let zero = self.b.ins().iconst(types::I64, 0);
        let (lo, lo_s) = lo.unwrap_or((zero, false));
        let (hi, hi_s) = hi.unwrap_or((len, false));
        let newcap;
        if let Some((max, max_s)) = max {
            self.bounds_check_le(if is_slice { 5 } else { 4 }, max, cap, max_s);
            self.bounds_check_le(6, hi, max, hi_s);
            self.bounds_check_le(7, lo, hi, lo_s);
            newcap = self.b.ins().isub(max, lo);
        } else {
            let bound = if is_string { len } else { cap };
            self.bounds_check_le(if is_slice { 2 } else { 1 }, hi, bound, hi_s);
            self.bounds_check_le(3, lo, hi, lo_s);
            newcap = self.b.ins().isub(cap, lo);
        }
        let newlen = self.b.ins().isub(hi, lo);
        let et = self.elem(xt);
        let esize = if is_string {
            1
        } else {
            self.tt.size_of(et) as i64
        };
        let delta = self.b.ins().imul_imm_s(lo, esize);
        // Do not advance the pointer past the end of the object when the
        // result is empty (gc's rule), so it never points to the next one.
        let keep = if is_string { newlen } else { newcap };
        let z = self.b.ins().iconst(types::I64, 0);
        let delta = self.b.ins().select(keep, delta, z);
        let p = self.b.ins().iadd(ptr, delta);
        if self.is_string(t) {
            V::S(vec![p, newlen])
        } else {
            V::S(vec![p, newlen, newcap])
        }
    }

    // ---- operators ----

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, t: TypeId) -> V {
        match op {
            BinOp::LAnd | BinOp::LOr => return self.logical(op, a, b),
            _ if op.is_comparison() => return self.comparison(op, a, b),
            BinOp::Add if self.is_string(t) => return self.concat(e),
            BinOp::Shl | BinOp::Shr => {
                let x = self.expr(a).s0();
                let st = self.type_of(b);
                let sc = match self.mode_of(b) {
                    Some(Mode::Constant(c)) => const_bits(c).try_into().ok(),
                    _ => None,
                };
                let s = self.expr(b).s0();
                return V::one(self.shift(op, t, x, s, st, sc));
            }
            _ => {}
        }
        let x = self.expr(a);
        let y = self.expr(b);
        let divisor = match (op, self.mode_of(b)) {
            (BinOp::Div | BinOp::Rem, Some(Mode::Constant(c))) => Some(const_bits(c)),
            _ => None,
        };
        self.arith(op, t, &x, &y, divisor)
    }

    /// `x op y` for arithmetic operators on numbers of type `t`.
    /// `divisor` is the constant right operand of `/` and `%`, if any.
    pub fn arith(&mut self, op: BinOp, t: TypeId, x: &V, y: &V, divisor: Option<i128>) -> V {
        if self.is_complex(t) {
            return self.complex_arith(op, t, x, y);
        }
        let (a, b) = (x.s0(), y.s0());
        if self.is_float(t) {
            let ins = self.b.ins();
            return V::one(match op {
                BinOp::Add => ins.fadd(a, b),
                BinOp::Sub => ins.fsub(a, b),
                BinOp::Mul => ins.fmul(a, b),
                _ => ins.fdiv(a, b),
            });
        }
        if self.is_string(t) {
            return self.concat_values(&[x.clone(), y.clone()]);
        }
        let v = match op {
            BinOp::Add => self.b.ins().iadd(a, b),
            BinOp::Sub => self.b.ins().isub(a, b),
            BinOp::Mul => self.b.ins().imul(a, b),
            BinOp::And => self.b.ins().band(a, b),
            BinOp::Or => self.b.ins().bor(a, b),
            BinOp::Xor => self.b.ins().bxor(a, b),
            BinOp::AndNot => self.b.ins().band_not(a, b),
            BinOp::Div | BinOp::Rem => self.divide(op, t, a, b, divisor),
            BinOp::Shl | BinOp::Shr => self.shift(op, t, a, b, t, None),
            _ => a,
        };
        V::one(v)
    }

    /// Integer `/` and `%`: division by zero panics; `MinInt / -1` wraps
    /// (gc: the quotient is MinInt, the remainder 0) instead of trapping.
    fn divide(&mut self, op: BinOp, t: TypeId, a: Value, b: Value, divisor: Option<i128>) -> Value {
        let signed = self.is_signed(t);
        let ty = self.b.func.dfg.value_type(a);
        match divisor {
            Some(d) if d != 0 && !(signed && d == -1) => {}
            _ => {
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                self.panic_if(z, "panicdivide", &[]);
            }
        }
        let is_div = op == BinOp::Div;
        if !signed {
            return if is_div {
                self.b.ins().udiv(a, b)
            } else {
                self.b.ins().urem(a, b)
            };
        }
        if divisor.is_some_and(|d| d != -1) {
            return if is_div {
                self.b.ins().sdiv(a, b)
            } else {
                self.b.ins().srem(a, b)
            };
        }
        // b == -1: the result is -a (or 0); sdiv would trap on MinInt.
        let minus1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let slow = self.b.create_block();
        let fast = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, ty);
        self.b.ins().brif(minus1, slow, &[], fast, &[]);
        self.b.switch_to_block(slow);
        let r = if is_div {
            self.b.ins().ineg(a)
        } else {
            self.b.ins().iconst(ty, 0)
        };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(fast);
        let q = if is_div {
            self.b.ins().sdiv(a, b)
        } else {
            self.b.ins().srem(a, b)
        };
        self.b.ins().jump(join, &[q.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Go's shifts: counts >= the width give 0 (or the sign fill for signed
    /// `>>`); a negative signed count panics. `sc` is a constant count.
    pub fn shift(
        &mut self,
        op: BinOp,
        t: TypeId,
        x: Value,
        s: Value,
        st: TypeId,
        sc: Option<u64>,
    ) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let width = ty.bits() as u64;
        let signed = self.is_signed(t);
        if let Some(c) = sc {
            if c < width {
                return match op {
                    BinOp::Shl => self.b.ins().ishl_imm_s(x, c as i64),
                    _ if signed => self.b.ins().sshr_imm_s(x, c as i64),
                    _ => self.b.ins().ushr_imm_s(x, c as i64),
                };
            }
            return if op == BinOp::Shr && signed {
                self.b.ins().sshr_imm_s(x, width as i64 - 1)
            } else {
                self.b.ins().iconst(ty, 0)
            };
        }
        let s64 = self.widen_index(s, st);
        if self.is_signed(st) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s64, 0);
            self.panic_if(neg, "panicshift", &[]);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, s64, width as i64);
        if op == BinOp::Shr && signed {
            let maxs = self.b.ins().iconst(types::I64, width as i64 - 1);
            let amt = self.b.ins().select(big, maxs, s64);
            return self.b.ins().sshr(x, amt);
        }
        let shifted = if op == BinOp::Shl {
            self.b.ins().ishl(x, s64)
        } else {
            self.b.ins().ushr(x, s64)
        };
        let z = self.b.ins().iconst(ty, 0);
        self.b.ins().select(big, z, shifted)
    }

    fn complex_arith(&mut self, op: BinOp, t: TypeId, x: &V, y: &V) -> V {
        let (a, b) = (x.scalars()[0], x.scalars()[1]);
        let (c, d) = (y.scalars()[0], y.scalars()[1]);
        match op {
            BinOp::Add => V::S(vec![self.b.ins().fadd(a, c), self.b.ins().fadd(b, d)]),
            BinOp::Sub => V::S(vec![self.b.ins().fsub(a, c), self.b.ins().fsub(b, d)]),
            BinOp::Mul if self.basic(t) == Some(BasicKind::Complex64) => {
                // gc multiplies complex64 values in float64 and rounds once.
                let wide = [a, b, c, d].map(|x| self.b.ins().fpromote(types::F64, x));
                let f64t = self.tt.basic(BasicKind::Complex128);
                let p = self.complex_arith(
                    op,
                    f64t,
                    &V::S(wide[..2].to_vec()),
                    &V::S(wide[2..].to_vec()),
                );
                let p = p.scalars().to_vec();
                V::S(
                    p.iter()
                        .map(|&x| self.b.ins().fdemote(types::F32, x))
                        .collect(),
                )
            }
            BinOp::Mul => {
                let ac = self.b.ins().fmul(a, c);
                let bd = self.b.ins().fmul(b, d);
                let ad = self.b.ins().fmul(a, d);
                let bc = self.b.ins().fmul(b, c);
                V::S(vec![self.b.ins().fsub(ac, bd), self.b.ins().fadd(ad, bc)])
            }
            _ => self.complex_div(t, [a, b, c, d]),
        }
    }

    /// Complex division as gc does it (Smith's algorithm in float64;
    /// complex64 operands are widened and the result narrowed).
    fn complex_div(&mut self, t: TypeId, v: [Value; 4]) -> V {
        let narrow = self.basic(t) == Some(BasicKind::Complex64);
        let [a, b, c, d] = if narrow {
            v.map(|x| self.b.ins().fpromote(types::F64, x))
        } else {
            v
        };
        let ac = self.b.ins().fabs(c);
        let ad = self.b.ins().fabs(d);
        let real_big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, ac, ad);
        // Case |c| >= |d|: r = d/c, den = c + r*d, e = (a + b*r)/den, f = (b - a*r)/den.
        let r1 = self.b.ins().fdiv(d, c);
        let t1 = self.b.ins().fmul(r1, d);
        let den1 = self.b.ins().fadd(c, t1);
        let br = self.b.ins().fmul(b, r1);
        let e1n = self.b.ins().fadd(a, br);
        let e1 = self.b.ins().fdiv(e1n, den1);
        let ar = self.b.ins().fmul(a, r1);
        let f1n = self.b.ins().fsub(b, ar);
        let f1 = self.b.ins().fdiv(f1n, den1);
        // Case |c| < |d|: r = c/d, den = d + r*c, e = (a*r + b)/den, f = (b*r - a)/den.
        let r2 = self.b.ins().fdiv(c, d);
        let t2 = self.b.ins().fmul(r2, c);
        let den2 = self.b.ins().fadd(d, t2);
        let ar2 = self.b.ins().fmul(a, r2);
        let e2n = self.b.ins().fadd(ar2, b);
        let e2 = self.b.ins().fdiv(e2n, den2);
        let br2 = self.b.ins().fmul(b, r2);
        let f2n = self.b.ins().fsub(br2, a);
        let f2 = self.b.ins().fdiv(f2n, den2);
        let e = self.b.ins().select(real_big, e1, e2);
        let f = self.b.ins().select(real_big, f1, f2);
        let (mut e, mut f) = self.complex_div_fixup([a, b, c, d], e, f);
        if narrow {
            e = self.b.ins().fdemote(types::F32, e);
            f = self.b.ins().fdemote(types::F32, f);
        }
        V::S(vec![e, f])
    }

    /// When both parts of `n/m` came out NaN, corrects the result to the
    /// infinities and zeros C99 (and Go's runtime) prescribe, in a cold block.
    fn complex_div_fixup(
        &mut self,
        [a, b, c, d]: [Value; 4],
        e: Value,
        f: Value,
    ) -> (Value, Value) {
        let e_nan = self.b.ins().fcmp(FloatCC::Unordered, e, e);
        let f_nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let both = self.b.ins().band(e_nan, f_nan);
        let fix = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::F64);
        self.b.append_block_param(join, types::F64);
        self.b
            .ins()
            .brif(both, fix, &[], join, &[e.into(), f.into()]);
        self.b.switch_to_block(fix);
        self.b.set_cold_block(fix);
        let inf = self.b.ins().f64const(f64::INFINITY);
        let zero = self.b.ins().f64const(0.0);
        let is_nan = |fx: &mut Self, x: Value| fx.b.ins().fcmp(FloatCC::Unordered, x, x);
        let is_inf = |fx: &mut Self, x: Value| {
            let ax = fx.b.ins().fabs(x);
            fx.b.ins().fcmp(FloatCC::Equal, ax, inf)
        };
        let is_finite = |fx: &mut Self, x: Value| {
            let ax = fx.b.ins().fabs(x);
            fx.b.ins().fcmp(FloatCC::LessThan, ax, inf)
        };
        let inf2one = |fx: &mut Self, x: Value| {
            let i = is_inf(fx, x);
            let one = fx.b.ins().f64const(1.0);
            let g = fx.b.ins().select(i, one, zero);
            fx.b.ins().fcopysign(g, x)
        };
        // case 1: m == 0 and n is not NaN+NaNi.
        let cz = self.b.ins().fcmp(FloatCC::Equal, c, zero);
        let dz = self.b.ins().fcmp(FloatCC::Equal, d, zero);
        let mz = self.b.ins().band(cz, dz);
        let (an, bn) = (is_nan(self, a), is_nan(self, b));
        let n_nan = self.b.ins().band(an, bn);
        let case1 = self.b.ins().band_not(mz, n_nan);
        let sinf = self.b.ins().fcopysign(inf, c);
        let e1 = self.b.ins().fmul(sinf, a);
        let f1 = self.b.ins().fmul(sinf, b);
        // case 2: n infinite, m finite.
        let (ai, bi) = (is_inf(self, a), is_inf(self, b));
        let n_inf = self.b.ins().bor(ai, bi);
        let (cf, df) = (is_finite(self, c), is_finite(self, d));
        let m_fin = self.b.ins().band(cf, df);
        let case2 = self.b.ins().band(n_inf, m_fin);
        let (a1, b1) = (inf2one(self, a), inf2one(self, b));
        let ac = self.b.ins().fmul(a1, c);
        let bd = self.b.ins().fmul(b1, d);
        let s2 = self.b.ins().fadd(ac, bd);
        let e2 = self.b.ins().fmul(inf, s2);
        let bc = self.b.ins().fmul(b1, c);
        let ad = self.b.ins().fmul(a1, d);
        let t2 = self.b.ins().fsub(bc, ad);
        let f2 = self.b.ins().fmul(inf, t2);
        // case 3: m infinite, n finite.
        let (ci, di) = (is_inf(self, c), is_inf(self, d));
        let m_inf = self.b.ins().bor(ci, di);
        let (af, bf) = (is_finite(self, a), is_finite(self, b));
        let n_fin = self.b.ins().band(af, bf);
        let case3 = self.b.ins().band(m_inf, n_fin);
        let (c1, d1) = (inf2one(self, c), inf2one(self, d));
        let ac = self.b.ins().fmul(a, c1);
        let bd = self.b.ins().fmul(b, d1);
        let s3 = self.b.ins().fadd(ac, bd);
        let e3 = self.b.ins().fmul(zero, s3);
        let bc = self.b.ins().fmul(b, c1);
        let ad = self.b.ins().fmul(a, d1);
        let t3 = self.b.ins().fsub(bc, ad);
        let f3 = self.b.ins().fmul(zero, t3);
        let e_r = self.b.ins().select(case3, e3, e);
        let f_r = self.b.ins().select(case3, f3, f);
        let e_r = self.b.ins().select(case2, e2, e_r);
        let f_r = self.b.ins().select(case2, f2, f_r);
        let e_r = self.b.ins().select(case1, e1, e_r);
        let f_r = self.b.ins().select(case1, f1, f_r);
        self.b.ins().jump(join, &[e_r.into(), f_r.into()]);
        self.b.switch_to_block(join);
        let p = self.b.block_params(join);
        (p[0], p[1])
    }

    fn logical(&mut self, op: BinOp, a: &Expr, b: &Expr) -> V {
        let x = self.expr(a).s0();
        let rhs = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        if op == BinOp::LAnd {
            self.b.ins().brif(x, rhs, &[], join, &[x.into()]);
        } else {
            self.b.ins().brif(x, join, &[x.into()], rhs, &[]);
        }
        self.b.switch_to_block(rhs);
        let y = self.full_expr(b).s0();
        self.b.ins().jump(join, &[y.into()]);
        self.b.switch_to_block(join);
        V::one(self.b.block_params(join)[0])
    }

    fn comparison(&mut self, op: BinOp, a: &Expr, b: &Expr) -> V {
        let nil_a = matches!(self.mode_of(a), Some(Mode::Nil));
        let t = if nil_a {
            self.type_of(b)
        } else {
            self.type_of(a)
        };
        let iface = |fx: &Self, x: &Expr| matches!(fx.under(fx.type_of(x)), Type::Interface(_));
        let t = match (iface(self, a), iface(self, b)) {
            (false, true) if !nil_a => self.type_of(b),
            _ => t,
        };
        let x = self.expr_as(a, t);
        let y = self.expr_as(b, t);
        V::one(self.compare(op, t, &x, &y))
    }

    /// `x op y` for a comparison operator on values of type `t`: an i8 bool.
    pub fn compare(&mut self, op: BinOp, t: TypeId, x: &V, y: &V) -> Value {
        if self.is_string(t) {
            return self.compare_strings(op, x, y);
        }
        let single =
            x.scalars().len() == 1 && !matches!(self.under(t), Type::Struct(_) | Type::Array(..));
        if (op != BinOp::Eq && op != BinOp::Ne) || single {
            let (a, b) = (x.s0(), y.s0());
            if self.is_float(t) {
                return self.b.ins().fcmp(float_cc(op), a, b);
            }
            let cc = int_cc(op, self.is_signed(t));
            return self.b.ins().icmp(cc, a, b);
        }
        let eq = match self.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => {
                self.b.ins().icmp(IntCC::Equal, x.s0(), y.s0())
            }
            _ => self.equal(t, x, y),
        };
        if op == BinOp::Ne {
            self.b.ins().bxor_imm_s(eq, 1)
        } else {
            eq
        }
    }

    /// `x == y` for any comparable type (structs and arrays field by field;
    /// big ones as gc compares them: `memequal` when their bytes decide,
    /// else arrays element by element in a loop).
    fn equal(&mut self, t: TypeId, x: &V, y: &V) -> Value {
        if let (V::M(pa), V::M(pb)) = (x, y) {
            let size = self.tt.size_of(t);
            if size > 32 && crate::typeinfo::desc::regular_memory(self.tt, t) {
                let n = self.b.ins().iconst(types::I64, size as i64);
                return self.call_rt("memequal", &[*pa, *pb, n], &[types::I8])[0];
            }
            if let Type::Array(n, et) = self.under(t) {
                if *n > 8 {
                    let (n, et) = (*n, *et);
                    return self.equal_array_loop(n, et, *pa, *pb);
                }
            }
        }
        match self.under(t) {
            Type::Basic(_) if self.is_string(t) => self.compare_strings(BinOp::Eq, x, y),
            Type::Basic(_) if self.is_float(t) || self.is_complex(t) => {
                let mut acc = None;
                for (&a, &b) in x.scalars().iter().zip(y.scalars()) {
                    let e = self.b.ins().fcmp(FloatCC::Equal, a, b);
                    acc = Some(match acc {
                        None => e,
                        Some(p) => self.b.ins().band(p, e),
                    });
                }
                acc.unwrap_or_else(|| self.b.ins().iconst(types::I8, 1))
            }
            Type::Struct(fields) => {
                let fields = fields.clone();
                let mut acc = self.b.ins().iconst(types::I8, 1);
                for (i, f) in fields.iter().enumerate() {
                    if f.name == "_" {
                        continue;
                    }
                    let fx = self.field_value(x, t, i);
                    let fy = self.field_value(y, t, i);
                    let e = self.equal(f.ty, &fx, &fy);
                    acc = self.b.ins().band(acc, e);
                }
                acc
            }
            Type::Array(n, et) => {
                let (n, et) = (*n, *et);
                let mut acc = self.b.ins().iconst(types::I8, 1);
                let size = self.tt.size_of(et) as i32;
                let (V::M(pa), V::M(pb)) = (x, y) else {
                    return acc;
                };
                for i in 0..n as i32 {
                    let ea = self.load(et, *pa, i * size);
                    let eb = self.load(et, *pb, i * size);
                    let e = self.equal(et, &ea, &eb);
                    acc = self.b.ins().band(acc, e);
                }
                acc
            }
            Type::Interface(_) => self.iface_eq(t, x, y),
            _ => {
                let mut acc = None;
                for (&a, &b) in x.scalars().iter().zip(y.scalars()) {
                    let e = self.b.ins().icmp(IntCC::Equal, a, b);
                    acc = Some(match acc {
                        None => e,
                        Some(p) => self.b.ins().band(p, e),
                    });
                }
                acc.unwrap_or_else(|| self.b.ins().iconst(types::I8, 1))
            }
        }
    }

    /// `a == b` for arrays of `n` elements of type `et` at `pa` and `pb`,
    /// one element per iteration, stopping at the first difference.
    fn equal_array_loop(&mut self, n: u64, et: TypeId, pa: Value, pb: Value) -> Value {
        let size = self.tt.size_of(et) as i64;
        let header = self.b.create_block();
        let body = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(header, types::I64);
        self.b.append_block_param(done, types::I8);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().jump(header, &[zero.into()]);
        self.b.switch_to_block(header);
        let i = self.b.block_params(header)[0];
        let more = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, i, n as i64);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().brif(more, body, &[], done, &[one.into()]);
        self.b.seal_block(body);
        self.b.switch_to_block(body);
        let off = self.b.ins().imul_imm_s(i, size);
        let ea = self.b.ins().iadd(pa, off);
        let eb = self.b.ins().iadd(pb, off);
        let va = self.load(et, ea, 0);
        let vb = self.load(et, eb, 0);
        let e = self.equal(et, &va, &vb);
        let next = self.b.ins().iadd_imm_s(i, 1);
        let no = self.b.ins().iconst(types::I8, 0);
        self.b
            .ins()
            .brif(e, header, &[next.into()], done, &[no.into()]);
        self.b.seal_block(header);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Field `i` of a struct value of type `t`.
    pub fn field_value(&mut self, v: &V, t: TypeId, i: usize) -> V {
        let Type::Struct(fields) = self.under(t) else {
            return v.clone();
        };
        let ft = fields[i].ty;
        match v {
            V::S(vals) => {
                let starts = abi::field_scalar_starts(self.tt, t);
                V::S(vals[starts[i]..starts[i + 1]].to_vec())
            }
            V::M(a) => {
                let off = self.tt.field_offsets(t)[i] as i32;
                self.load(ft, *a, off)
            }
        }
    }

    fn compare_strings(&mut self, op: BinOp, x: &V, y: &V) -> Value {
        let (xs, ys) = (x.scalars().to_vec(), y.scalars().to_vec());
        if op == BinOp::Eq || op == BinOp::Ne {
            let same_len = self.b.ins().icmp(IntCC::Equal, xs[1], ys[1]);
            let cmp = self.b.create_block();
            let join = self.b.create_block();
            self.b.append_block_param(join, types::I8);
            self.b
                .ins()
                .brif(same_len, cmp, &[], join, &[same_len.into()]);
            self.b.switch_to_block(cmp);
            let eq = self.call_rt("memequal", &[xs[0], ys[0], xs[1]], &[types::I8])[0];
            self.b.ins().jump(join, &[eq.into()]);
            self.b.switch_to_block(join);
            let eq = self.b.block_params(join)[0];
            return if op == BinOp::Ne {
                self.b.ins().bxor_imm_s(eq, 1)
            } else {
                eq
            };
        }
        let c = self.call_rt("cmpstring", &[xs[0], xs[1], ys[0], ys[1]], &[types::I64])[0];
        self.b.ins().icmp_imm_s(int_cc(op, true), c, 0)
    }

    /// String concatenation; a chain `a + b + c` becomes one runtime call.
    fn concat(&mut self, e: &Expr) -> V {
        let mut parts = Vec::new();
        self.concat_operands(e, &mut parts);
        let vals: Vec<V> = parts.iter().map(|p| self.expr(p)).collect();
        self.concat_values(&vals)
    }

    fn concat_operands<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        let constant = matches!(self.mode_of(e), Some(Mode::Constant(_)));
        match &e.kind {
            ExprKind::Binary(BinOp::Add, a, b) if !constant => {
                self.concat_operands(a, out);
                self.concat_operands(b, out);
            }
            ExprKind::Paren(x) if !constant => self.concat_operands(x, out),
            _ => out.push(e),
        }
    }

    pub fn concat_values(&mut self, vals: &[V]) -> V {
        let buf = self.scratch(16 * vals.len() as u64);
        for (i, v) in vals.iter().enumerate() {
            let s = v.scalars();
            self.b.ins().store(trusted(), s[0], buf, 16 * i as i32);
            self.b.ins().store(trusted(), s[1], buf, 16 * i as i32 + 8);
        }
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        V::S(self.call_rt("concatstrings", &[buf, n], &[types::I64, types::I64]))
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, t: TypeId) -> V {
        match op {
            UnOp::Addr => V::one(self.addr_of(x)),
            UnOp::Pos => self.expr(x),
            UnOp::Neg => {
                let v = self.expr(x);
                let neg: Vec<Value> = v
                    .scalars()
                    .iter()
                    .map(|&s| {
                        if self.b.func.dfg.value_type(s).is_float() {
                            self.b.ins().fneg(s)
                        } else {
                            self.b.ins().ineg(s)
                        }
                    })
                    .collect();
                V::S(neg)
            }
            UnOp::Not => {
                let v = self.expr(x).s0();
                V::one(self.b.ins().bxor_imm_s(v, 1))
            }
            UnOp::Xor => {
                let v = self.expr(x).s0();
                V::one(self.b.ins().bnot(v))
            }
            UnOp::Recv => self.recv_expr(e, x),
            UnOp::Tilde => self.fail(e, t, "type constraints"),
        }
    }

    // ---- conversions ----

    /// `T(x)` for a non-constant `x`.
    pub fn conversion(&mut self, e: &Expr, to: TypeId, x: &Expr) -> V {
        let from = self.type_of(x);
        let v = self.expr_as(x, to);
        if matches!(self.mode_of(x), Some(Mode::Nil)) {
            return v;
        }
        match (self.under(from), self.under(to)) {
            (Type::Basic(_), Type::Basic(_)) => self.convert_basic(e, v, from, to),
            (Type::Slice(_), Type::Basic(_)) if self.is_string(to) => {
                let s = v.scalars().to_vec();
                let name = if self.tt.size_of(self.elem(from)) == 1 {
                    "slicebytetostring"
                } else {
                    "slicerunetostring"
                };
                V::S(self.call_rt(name, &[s[0], s[1]], &[types::I64, types::I64]))
            }
            (Type::Basic(_), Type::Slice(_)) => {
                if let Some(Mode::Constant(ConstValue::String(c))) = self.mode_of(x) {
                    return self.const_string_to_slice(c, to);
                }
                let s = v.scalars().to_vec();
                let name = if self.tt.size_of(self.elem(to)) == 1 {
                    "stringtoslicebyte"
                } else {
                    "stringtoslicerune"
                };
                let out = self.scratch(24);
                self.call_rt(name, &[out, s[0], s[1]], &[]);
                self.load(to, out, 0)
            }
            (Type::Slice(_), Type::Pointer(_) | Type::Array(..)) => self.slice_to_array(v, to),
            // `expr_as` already made the interface value.
            (_, Type::Interface(_)) => v,
            (Type::Interface(_), _) => self.fail(e, to, "interfaces"),
            _ => v,
        }
    }

    /// `[]byte(c)` or `[]rune(c)` of a constant string: a new array of
    /// exactly the bytes or runes, so cap == len, as gc (walk's
    /// `walkStringToBytes` allocates a `[len]byte`; typecheck turns
    /// `[]rune(c)` into a slice literal). `c == ""` gives an empty non-nil
    /// slice.
    fn const_string_to_slice(&mut self, c: &[u8], to: TypeId) -> V {
        let et = self.elem(to);
        let data = if self.tt.size_of(et) == 1 {
            c.to_vec()
        } else {
            go_runes(c).iter().flat_map(|r| r.to_le_bytes()).collect()
        };
        let n = (data.len() as u64 / self.tt.size_of(et)) as i64;
        let p = self.alloc_array(et, n);
        if !data.is_empty() {
            let src = self.string_const(&data).s0();
            self.copy_mem(p, src, data.len() as u64);
        }
        let nv = self.b.ins().iconst(types::I64, n);
        V::S(vec![p, nv, nv])
    }

    fn convert_basic(&mut self, e: &Expr, v: V, from: TypeId, to: TypeId) -> V {
        if self.is_string(to) {
            if self.is_string(from) {
                return v;
            }
            let i = self.widen_index(v.s0(), from);
            return V::S(self.call_rt("intstring", &[i], &[types::I64, types::I64]));
        }
        if self.is_complex(to) {
            let tty = if self.basic(to) == Some(BasicKind::Complex64) {
                types::F32
            } else {
                types::F64
            };
            let parts: Vec<Value> = v
                .scalars()
                .iter()
                .map(|&p| self.float_resize(p, tty))
                .collect();
            return V::S(parts);
        }
        if self.is_complex(from) {
            return self.fail(e, to, "this conversion");
        }
        let x = v.s0();
        let fty = self.b.func.dfg.value_type(x);
        let tty = self.clif(to);
        let v = if tty.is_float() {
            if fty.is_float() {
                self.float_resize(x, tty)
            } else {
                let signed = self.is_signed(from);
                let w = self.int_resize(x, fty, types::I64, signed);
                if signed {
                    self.b.ins().fcvt_from_sint(tty, w)
                } else {
                    self.b.ins().fcvt_from_uint(tty, w)
                }
            }
        } else if fty.is_float() {
            let signed = self.is_signed(to);
            self.float_to_int(x, tty, signed)
        } else {
            let signed = self.is_signed(from);
            self.int_resize(x, fty, tty, signed)
        };
        V::one(v)
    }

    /// Float to integer as gc does it on amd64: out-of-range values and NaN
    /// give the "integer indefinite" MinInt of the conversion instruction
    /// (64-bit for int64 and uint32, 32-bit for int32 and narrower types),
    /// uint64 goes through `x - 2^63` above 2^63.
    fn float_to_int(&mut self, x: Value, to: ir::Type, signed: bool) -> Value {
        match (to.bits(), signed) {
            (64, true) => self.cvt_indefinite(x, types::I64),
            (64, false) => {
                let fty = self.b.func.dfg.value_type(x);
                let two63 = self.float_const(fty, 9_223_372_036_854_775_808.0);
                let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
                let a = self.cvt_indefinite(x, types::I64);
                let y = self.b.ins().fsub(x, two63);
                let b = self.cvt_indefinite(y, types::I64);
                let b = self.b.ins().bor_imm_s(b, i64::MIN);
                self.b.ins().select(small, a, b)
            }
            (32, false) => {
                let w = self.cvt_indefinite(x, types::I64);
                self.b.ins().ireduce(types::I32, w)
            }
            _ => {
                let w = self.cvt_indefinite(x, types::I32);
                self.int_resize(w, types::I32, to, true)
            }
        }
    }

    /// x86's truncating conversion to `ty`: MinInt when out of range or NaN.
    fn cvt_indefinite(&mut self, x: Value, ty: ir::Type) -> Value {
        let fty = self.b.func.dfg.value_type(x);
        let limit = (1u64 << (ty.bits() - 1)) as f64;
        let lo = self.float_const(fty, -limit);
        let hi = self.float_const(fty, limit);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let in_range = self.b.ins().band(ge, lt);
        let v = self.b.ins().fcvt_to_sint_sat(ty, x);
        let min = self.b.ins().iconst(
            ty,
            if ty == types::I64 {
                i64::MIN
            } else {
                i32::MIN as i64
            },
        );
        self.b.ins().select(in_range, v, min)
    }

    fn float_const(&mut self, ty: ir::Type, v: f64) -> Value {
        if ty == types::F32 {
            self.b.ins().f32const(v as f32)
        } else {
            self.b.ins().f64const(v)
        }
    }

    pub fn int_resize(&mut self, x: Value, from: ir::Type, to: ir::Type, signed: bool) -> Value {
        if from == to {
            x
        } else if from.bits() > to.bits() {
            self.b.ins().ireduce(to, x)
        } else if signed {
            self.b.ins().sextend(to, x)
        } else {
            self.b.ins().uextend(to, x)
        }
    }

    fn float_resize(&mut self, x: Value, to: ir::Type) -> Value {
        let from = self.b.func.dfg.value_type(x);
        if from == to {
            x
        } else if to == types::F64 {
            self.b.ins().fpromote(to, x)
        } else {
            self.b.ins().fdemote(to, x)
        }
    }

    /// `[N]T(s)` and `(*[N]T)(s)`: panics when `len(s) < N`.
    fn slice_to_array(&mut self, v: V, to: TypeId) -> V {
        let s = v.scalars().to_vec();
        let (arr, ptr_result) = match self.under(to) {
            Type::Pointer(p) => (*p, true),
            _ => (to, false),
        };
        let n = match self.under(arr) {
            Type::Array(n, _) => *n,
            _ => 0,
        };
        let nv = self.b.ins().iconst(types::I64, n as i64);
        let short = self.b.ins().icmp(IntCC::UnsignedLessThan, s[1], nv);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(short, slow, &[], cont, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let code = self.b.ins().iconst(types::I8, 8);
        let signed = self.b.ins().iconst(types::I8, 1);
        self.call_rt("panicBounds", &[code, s[1], nv, signed], &[]);
        self.after_raise();
        self.b.switch_to_block(cont);
        if ptr_result {
            return V::one(s[0]);
        }
        if !abi::is_memory(self.tt, arr) {
            return V::S(vec![]);
        }
        let a = self.temp(arr);
        self.copy_mem(a, s[0], self.tt.size_of(arr));
        V::M(a)
    }

    // ---- calls ----

    /// A call expression (conversion, builtin or function call); its call
    /// instruction is attributed to the line of its `(`, as gc does.
    pub fn call(&mut self, e: &Expr) -> Vec<V> {
        let at = match &e.kind {
            ExprKind::Call { fun, .. } => fun.span.hi,
            _ => e.span.lo,
        };
        let loc = self.loc_at(at);
        self.call_locs.push(loc);
        let r = self.call_expr(e);
        self.call_locs.pop();
        r
    }

    fn call_expr(&mut self, e: &Expr) -> Vec<V> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &e.kind
        else {
            return vec![];
        };
        if let Some(v) = self.hoisted.remove(&e.id) {
            return v;
        }
        let t = self.type_of(e);
        if !matches!(self.mode_of(fun), Some(Mode::Type)) {
            // gc orders the function (or receiver) before the arguments.
            self.hoist_calls(fun);
            self.hoist_all(args);
        }
        match self.mode_of(fun) {
            Some(Mode::Type) => {
                let Some(x) = args.first() else {
                    return vec![self.zero(t)];
                };
                return vec![self.conversion(e, t, x)];
            }
            Some(Mode::Builtin(b)) => return self.builtin(e, *b, args, ellipsis.is_some(), t),
            _ => {}
        }
        let f = fun.as_ref().unparen();
        if let Some(r) = self.method_call(f, args, ellipsis.is_some()) {
            return r;
        }
        if let Some(r) = self.iface_method_call(f, args, ellipsis.is_some()) {
            return r;
        }
        let callee = match &f.kind {
            // A name, or an instantiation `F[int]` of a generic function.
            ExprKind::Name(_) | ExprKind::Index(..) => self
                .m
                .pkg
                .info
                .uses
                .get(&f.id)
                .and_then(|o| self.m.funcs.get(o))
                .cloned(),
            ExprKind::Selector(..) => self.method_expr_callee(f),
            _ => None,
        };
        let is_method = matches!(
            self.m.pkg.info.selections.get(&f.id),
            Some(Selection::Method { .. } | Selection::Qualified(_))
        );
        if let (None, Type::Func(sig), false) = (&callee, self.under(self.type_of(f)), is_method) {
            let sig = sig.clone();
            let fv = self.expr(f).s0();
            let argv = self.call_args(&sig, args, ellipsis.is_some());
            let fv = self.inline_site_callee(e.id, fv);
            return self.call_value(fv, &sig, argv);
        }
        let Some(callee) = callee else {
            let feature = match &f.kind {
                ExprKind::Selector(..) => match self.m.pkg.info.selections.get(&f.id) {
                    Some(Selection::Qualified(_)) => "imported packages",
                    _ => "methods",
                },
                ExprKind::Name(_) => "function values",
                _ => "function values",
            };
            self.unsupported(f.span, feature);
            return self.zero_results(t);
        };
        let argv = self.call_args(&callee.sig, args, ellipsis.is_some());
        self.emit_call(callee.id, &callee.sig, argv)
    }

    fn zero_results(&mut self, t: TypeId) -> Vec<V> {
        match self.under(t) {
            Type::Tuple(ts) => ts.clone().into_iter().map(|t| self.zero(t)).collect(),
            _ => vec![self.zero(t)],
        }
    }

    /// Evaluates call arguments against a signature: spreads a multi-valued
    /// call, packs variadic arguments into a fresh slice.
    pub fn call_args(
        &mut self,
        sig: &crate::types::Signature,
        args: &[Expr],
        spread: bool,
    ) -> Vec<V> {
        let mut vals: Vec<V> = Vec::new();
        let nparams = sig.params.len();
        if let [arg] = args {
            if let Type::Tuple(ts) = self.under(self.type_of(arg)) {
                let ts = ts.clone();
                return self.spread_args(sig, arg, &ts);
            }
        }
        let fixed = if sig.variadic && !spread {
            nparams - 1
        } else {
            nparams
        };
        for (i, a) in args.iter().enumerate().take(fixed) {
            vals.push(self.expr_as(a, sig.params[i]));
        }
        if sig.variadic && !spread {
            let st = sig.params[nparams - 1];
            let et = self.elem(st);
            let rest: Vec<V> = args[fixed.min(args.len())..]
                .iter()
                .map(|a| {
                    let v = self.expr_as(a, et);
                    self.stabilize(et, v)
                })
                .collect();
            let sv = self.build_slice(st, rest);
            vals.push(sv);
        }
        vals
    }

    /// `g(f())`: f's results become g's arguments, each converted to its
    /// parameter's type (an interface parameter boxes it); the ones past
    /// g's fixed parameters fill its variadic slice.
    fn spread_args(&mut self, sig: &crate::types::Signature, arg: &Expr, ts: &[TypeId]) -> Vec<V> {
        let vals = self.multi(arg);
        let nparams = sig.params.len();
        let fixed = if sig.variadic { nparams - 1 } else { nparams };
        let et = sig.variadic.then(|| self.elem(sig.params[fixed]));
        let mut out = Vec::new();
        let mut rest = Vec::new();
        for (i, (v, &t)) in vals.into_iter().zip(ts).enumerate() {
            let pt = if i < fixed {
                sig.params[i]
            } else {
                et.unwrap_or(t)
            };
            let v = if pt != t && matches!(self.under(pt), Type::Interface(_)) {
                self.convert_to_iface(t, v, pt)
            } else {
                v
            };
            if i < fixed {
                out.push(v);
            } else {
                rest.push(self.stabilize(pt, v));
            }
        }
        if sig.variadic {
            let sv = self.build_slice(sig.params[fixed], rest);
            out.push(sv);
        }
        out
    }

    /// A new slice of type `st` holding `elems` (nil when empty).
    pub fn build_slice(&mut self, st: TypeId, elems: Vec<V>) -> V {
        if elems.is_empty() {
            let z = self.b.ins().iconst(types::I64, 0);
            return V::S(vec![z, z, z]);
        }
        let et = self.elem(st);
        let n = elems.len() as i64;
        let p = self.alloc_array(et, n);
        let size = self.tt.size_of(et) as i32;
        for (i, v) in elems.iter().enumerate() {
            self.store(et, v, p, i as i32 * size);
        }
        let nv = self.b.ins().iconst(types::I64, n);
        V::S(vec![p, nv, nv])
    }

    /// Zeroed heap storage for `n` elements of type `et`.
    pub fn alloc_array(&mut self, et: TypeId, n: i64) -> Value {
        let size = self.tt.size_of(et) as i64 * n;
        let desc = self.type_desc(et);
        let sz = self.b.ins().iconst(types::I64, size);
        let one = self.b.ins().iconst(types::I8, 1);
        let p = self.call_rt("mallocgc", &[sz, desc, one], &[types::I64])[0];
        self.nonnil.insert(p);
        p
    }

    /// Calls a Go function with evaluated arguments; returns its results.
    pub fn emit_call(
        &mut self,
        id: cranelift_module::FuncId,
        sig: &crate::types::Signature,
        args: Vec<V>,
    ) -> Vec<V> {
        let r = self.func_ref(id);
        self.emit_call_with(sig, args, None, |fx, argv| fx.b.ins().call(r, argv))
    }

    /// Passes `args` (after the closure context `ctx`, if any, and the
    /// out-pointers of memory results) to the call that `call` emits, then
    /// checks for a panic and collects the results.
    pub fn emit_call_with(
        &mut self,
        sig: &crate::types::Signature,
        args: Vec<V>,
        ctx: Option<Value>,
        call: impl FnOnce(&mut Self, &[Value]) -> ir::Inst,
    ) -> Vec<V> {
        let mut argv: Vec<Value> = ctx.into_iter().collect();
        let mut outs = Vec::new();
        for &r in &sig.results {
            if abi::is_memory(self.tt, r) {
                let a = self.temp_uninit(r);
                argv.push(a);
                outs.push(Some(a));
            } else {
                outs.push(None);
            }
        }
        for v in &args {
            argv.extend_from_slice(v.scalars());
        }
        let expected = abi::go_signature(self.tt, sig).params.len() + ctx.is_some() as usize;
        if argv.len() != expected {
            // Only an unsupported argument (already reported) gets here.
            self.unsupported(crate::syntax::ast::Span::default(), "this call");
            return sig.results.iter().map(|&r| self.zero(r)).collect();
        }
        if let Some(&loc) = self.call_locs.last() {
            self.b.set_srcloc(loc);
        }
        let tail = std::mem::take(&mut self.tail_call)
            && sig.results.is_empty()
            && args.iter().all(|a| matches!(a, V::S(_)));
        let inst = call(self, &argv);
        if tail {
            self.make_tail_call(inst);
            return Vec::new();
        }
        let rets = self.b.inst_results(inst).to_vec();
        self.check_unwinding();
        let mut k = 0;
        sig.results
            .iter()
            .zip(outs)
            .map(|(&rt, out)| match out {
                Some(a) => V::M(a),
                None => {
                    let n = abi::scalars(self.tt, rt).map_or(0, |s| s.len());
                    let v = V::S(rets[k..k + n].to_vec());
                    k += n;
                    v
                }
            })
            .collect()
    }

    /// Replaces the call `inst` (the last instruction, without results)
    /// by the same call as a tail call; what is lowered after it lands in
    /// an unreachable block.
    fn make_tail_call(&mut self, inst: ir::Inst) {
        let data = self.b.func.dfg.insts[inst];
        let args = self.b.func.dfg.inst_args(inst).to_vec();
        self.b.func.layout.remove_inst(inst);
        match data {
            ir::InstructionData::Call { func_ref, .. } => {
                self.b.ins().return_call(func_ref, &args);
            }
            ir::InstructionData::CallIndirect { sig_ref, .. } => {
                self.b
                    .ins()
                    .return_call_indirect(sig_ref, args[0], &args[1..]);
            }
            _ => unreachable!("make_tail_call of a non-call"),
        }
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
        self.b.seal_block(dead);
    }

    // ---- composite literals ----

    pub fn composite(&mut self, e: &Expr, t: TypeId) -> V {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return self.zero(t);
        };
        match self.under(t) {
            Type::Pointer(inner) => {
                let inner = *inner;
                let p = self.new_object(inner);
                let v = self.composite(e, inner);
                self.store(inner, &v, p, 0);
                V::one(p)
            }
            Type::Struct(fields) => {
                let fields = fields.clone();
                self.struct_lit(t, &fields, elts)
            }
            Type::Array(..) if !abi::is_memory(self.tt, t) => V::S(vec![]),
            Type::Array(_, et) => {
                let et = *et;
                let a = self.temp(t);
                self.fill_elems(a, et, elts);
                V::M(a)
            }
            Type::Slice(et) => {
                let et = *et;
                let n = self.lit_len(elts);
                if n == 0 {
                    let p = self.alloc_array(et, 1);
                    let z = self.b.ins().iconst(types::I64, 0);
                    return V::S(vec![p, z, z]);
                }
                let p = self.alloc_array(et, n as i64);
                self.fill_elems(p, et, elts);
                let nv = self.b.ins().iconst(types::I64, n as i64);
                V::S(vec![p, nv, nv])
            }
            Type::Map(..) => self.map_lit(t, elts),
            _ => self.fail(e, t, "this composite literal"),
        }
    }

    fn struct_lit(
        &mut self,
        t: TypeId,
        fields: &[crate::types::ty::StructField],
        elts: &[Element],
    ) -> V {
        // Elements are evaluated in source order; a key may name a promoted
        // field (Go 1.27), whose path goes through embedded struct values.
        let mut vals: Vec<(Vec<usize>, V)> = Vec::new();
        for (i, el) in elts.iter().enumerate() {
            let path = match &el.key {
                Some(k) => match self.m.pkg.info.selections.get(&k.id) {
                    Some(Selection::Field { path, .. }) => path.clone(),
                    _ => continue,
                },
                None => vec![i],
            };
            let ft = self.tt.field_path_type(t, &path);
            let v = self.elem_value(&el.value, ft);
            if el.key.is_none() && fields.get(i).is_some_and(|f| f.name == "_") {
                // A blank field stays zero: its value is only evaluated.
                continue;
            }
            vals.push((path, self.stabilize(ft, v)));
        }
        let vals: Vec<(&[usize], V)> = vals.iter().map(|(p, v)| (&p[..], v.clone())).collect();
        self.assemble_struct(t, fields, &vals)
    }

    /// A struct value of type `t` from field values at paths below it
    /// (fields not named are zero).
    fn assemble_struct(
        &mut self,
        t: TypeId,
        fields: &[crate::types::ty::StructField],
        vals: &[(&[usize], V)],
    ) -> V {
        let mut direct: Vec<Option<V>> = vec![None; fields.len()];
        for (j, f) in fields.iter().enumerate() {
            let below: Vec<(&[usize], V)> = vals
                .iter()
                .filter(|(p, _)| p[0] == j)
                .map(|(p, v)| (&p[1..], v.clone()))
                .collect();
            if let Some((_, v)) = below.iter().find(|(p, _)| p.is_empty()) {
                direct[j] = Some(v.clone());
            } else if !below.is_empty() {
                let Type::Struct(inner) = self.under(f.ty).clone() else {
                    unreachable!("promoted field through a non-struct");
                };
                direct[j] = Some(self.assemble_struct(f.ty, &inner, &below));
            }
        }
        if abi::is_memory(self.tt, t) {
            let a = self.temp(t);
            let offs = self.tt.field_offsets(t);
            for ((f, v), off) in fields.iter().zip(direct).zip(offs) {
                if let Some(v) = v {
                    self.store(f.ty, &v, a, off as i32);
                }
            }
            return V::M(a);
        }
        let mut out = Vec::new();
        for (f, v) in fields.iter().zip(direct) {
            let v = match v {
                Some(v) => v,
                None => self.zero(f.ty),
            };
            out.extend_from_slice(v.scalars());
        }
        V::S(out)
    }

    /// An element of a composite literal whose type may be elided.
    fn elem_value(&mut self, e: &Expr, et: TypeId) -> V {
        if let ExprKind::CompositeLit { ty: None, .. } = &e.kind {
            if let Type::Pointer(inner) = self.under(et) {
                let inner = *inner;
                let lt = self.type_of(e);
                let lit_t = if matches!(self.under(lt), Type::Pointer(_)) {
                    lt
                } else {
                    inner
                };
                if lit_t == inner {
                    let p = self.new_object(inner);
                    let v = self.composite(e, inner);
                    self.store(inner, &v, p, 0);
                    return V::one(p);
                }
            }
        }
        self.expr_as(e, et)
    }

    /// Length of an array or slice literal (max index + 1).
    fn lit_len(&self, elts: &[Element]) -> u64 {
        let mut next = 0u64;
        let mut len = 0u64;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(Mode::Constant(c)) = self.mode_of(k) {
                    next = const_bits(c).max(0) as u64;
                }
            }
            next += 1;
            len = len.max(next);
        }
        len
    }

    fn fill_elems(&mut self, base: Value, et: TypeId, elts: &[Element]) {
        let size = self.tt.size_of(et) as i64;
        let mut next = 0i64;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(Mode::Constant(c)) = self.mode_of(k) {
                    next = const_bits(c) as i64;
                }
            }
            let v = self.elem_value(&el.value, et);
            let off = next * size;
            if off <= i32::MAX as i64 {
                self.store(et, &v, base, off as i32);
            } else {
                let a = self.b.ins().iadd_imm_s(base, off);
                self.store(et, &v, a, 0);
            }
            next += 1;
        }
    }
}

/// The bits of an integer constant (wrapped to 128 bits).
pub fn const_bits(c: &ConstValue) -> i128 {
    let i: BigInt = match c {
        ConstValue::Int(i) => i.clone(),
        ConstValue::Float(r) => r.to_integer(),
        ConstValue::Complex(r, _) => r.to_integer(),
        ConstValue::Bool(b) => BigInt::from(*b as u8),
        ConstValue::String(_) => BigInt::zero(),
    };
    let mask = (BigInt::from(1) << 128) - 1;
    let u = ToPrimitive::to_u128(&(i & mask)).unwrap_or(0);
    u as i128
}

fn truncate(bits: i128, ty: ir::Type) -> i64 {
    let w = ty.bits();
    if w >= 64 {
        bits as i64
    } else {
        let m = (1i128 << w) - 1;
        (bits & m) as i64
    }
}

fn ratio_f64(r: &num_rational::BigRational) -> f64 {
    r.to_f64().unwrap_or(f64::NAN)
}

pub fn const_f64(c: &ConstValue) -> f64 {
    match c {
        ConstValue::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
        ConstValue::Float(r) => ratio_f64(r),
        ConstValue::Complex(r, _) => ratio_f64(r),
        ConstValue::Bool(b) => *b as u8 as f64,
        ConstValue::String(_) => 0.0,
    }
}

pub fn const_complex(c: &ConstValue) -> (f64, f64) {
    match c {
        ConstValue::Complex(r, i) => (ratio_f64(r), ratio_f64(i)),
        other => (const_f64(other), 0.0),
    }
}

pub fn int_cc(op: BinOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        _ => IntCC::UnsignedGreaterThanOrEqual,
    }
}

fn float_cc(op: BinOp) -> FloatCC {
    match op {
        BinOp::Eq => FloatCC::Equal,
        BinOp::Ne => FloatCC::NotEqual,
        BinOp::Lt => FloatCC::LessThan,
        BinOp::Le => FloatCC::LessThanOrEqual,
        BinOp::Gt => FloatCC::GreaterThan,
        _ => FloatCC::GreaterThanOrEqual,
    }
}

/// The runes of `s` as Go's `[]rune(s)` decodes them: each byte of an
/// invalid UTF-8 sequence becomes U+FFFD.
pub(crate) fn go_runes(s: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    for chunk in s.utf8_chunks() {
        out.extend(chunk.valid().chars().map(u32::from));
        out.extend(chunk.invalid().iter().map(|_| 0xfffd));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runes_decode_as_go() {
        assert_eq!(go_runes("hé".as_bytes()), vec![0x68, 0xe9]);
        // A truncated sequence is one U+FFFD per byte (utf8.DecodeRune).
        assert_eq!(
            go_runes(b"\xe2\x82a\xff"),
            vec![0xfffd, 0xfffd, 0x61, 0xfffd]
        );
        assert_eq!(go_runes(b"\xed\xa0\x80"), vec![0xfffd; 3]);
        assert!(go_runes(b"").is_empty());
    }

    #[test]
    fn constants_wrap_to_their_width() {
        assert_eq!(truncate(-1, types::I8), 0xff);
        assert_eq!(truncate(300, types::I8), 44);
        assert_eq!(const_bits(&ConstValue::Int(BigInt::from(-5))), -5);
        let big = ConstValue::Int(BigInt::from(u64::MAX));
        assert_eq!(truncate(const_bits(&big), types::I64), -1);
    }

    #[test]
    fn float_constants_round_exactly() {
        let r = num_rational::BigRational::new(BigInt::from(1), BigInt::from(10));
        assert_eq!(
            const_f64(&ConstValue::Float(crate::types::constant::Real::exact(r))),
            0.1
        );
    }
}
