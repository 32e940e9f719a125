//! Type switches: the guard's dynamic type (the type word of an empty
//! interface, the itab's type otherwise; 0 when nil) is computed once, then
//! each case tests it in source order: `nil` against 0, a concrete type
//! against its descriptor, an empty interface by non-nil, another interface
//! through `assertE2I2`. A clause's implicit variable is declared at the top
//! of its body from the guard's words (unboxed for a single concrete case).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, Value};

use super::func::{Fx, Target, V};
use crate::syntax::ast::{CaseClause, Expr, ExprKind, Stmt};
use crate::types::ty::Type;
use crate::types::TypeId;

impl Fx<'_, '_, '_> {
    pub(super) fn type_switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        x: &Expr,
        body: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let xt = self.type_of(x);
        let from_empty = self.is_empty_iface(xt);
        let v = self.full_expr(x);
        let (w0, data) = (v.scalars()[0], v.scalars()[1]);
        let typ = if from_empty { w0 } else { self.itab_type(w0) };
        let exit = self.b.create_block();
        let bodies: Vec<Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in body.iter().enumerate() {
            let Some(es) = &c.exprs else {
                default = Some(bodies[i]);
                continue;
            };
            for e in es {
                let next = self.b.create_block();
                let hit = self.case_hit(e, typ);
                self.b.ins().brif(hit, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        self.b.ins().jump(default.unwrap_or(exit), &[]);
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (i, c) in body.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            if let Some(obj) = c
                .implicit
                .as_ref()
                .and_then(|v| self.m.pkg.info.defs.get(&v.id))
            {
                let obj = *obj;
                let vt = self.m.pkg.obj(obj).ty;
                let init = self.case_value(xt, vt, w0, typ, data);
                self.declare_local(obj, vt, Some(init));
            }
            self.fallthrough.push(None);
            self.block(&c.body);
            self.fallthrough.pop();
            self.b.ins().jump(exit, &[]);
        }
        self.targets.pop();
        self.b.switch_to_block(exit);
    }

    fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(ms) if ms.is_empty())
    }

    /// Whether dynamic type `typ` matches case `e`.
    fn case_hit(&mut self, e: &Expr, typ: Value) -> Value {
        if matches!(&e.kind, ExprKind::Name(n) if n == "nil") {
            return self.b.ins().icmp_imm_s(IntCC::Equal, typ, 0);
        }
        let ct = self.type_of(e);
        if self.is_empty_iface(ct) {
            return self.b.ins().icmp_imm_s(IntCC::NotEqual, typ, 0);
        }
        if let Type::Interface(_) = self.under(ct) {
            let inter = self.type_desc(ct);
            let tab = self.call_rt("assertE2I2", &[inter, typ], &[types::I64])[0];
            return self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0);
        }
        let want = self.type_desc(ct);
        self.b.ins().icmp(IntCC::Equal, typ, want)
    }

    /// The implicit variable's value: the guard itself, re-typed to another
    /// interface, or the unboxed concrete value.
    fn case_value(&mut self, xt: TypeId, vt: TypeId, w0: Value, typ: Value, data: Value) -> V {
        if vt == xt {
            return V::S(vec![w0, data]);
        }
        if self.is_empty_iface(vt) {
            return V::S(vec![typ, data]);
        }
        if let Type::Interface(_) = self.under(vt) {
            let inter = self.type_desc(vt);
            let tab = self.call_rt("assertE2I2", &[inter, typ], &[types::I64])[0];
            return V::S(vec![tab, data]);
        }
        self.unbox(vt, data)
    }
}
