//! Channels, select and the go statement onto the runtime (rt/ABI.md
//! "Goroutines and channels").
//!
//! A channel value is a pointer to the runtime's `hchan` (NULL: nil). Values
//! travel through memory: a send stores the value in a stack temporary and
//! passes its address; a receive passes the address of a temporary that the
//! runtime fills (possibly from another goroutine while this one is parked,
//! which is fine: stacks never move). Receives are ordered like calls
//! (spec: "function calls, method calls, receive operations ... are
//! evaluated in lexical left-to-right order"), so `hoist_calls` evaluates
//! them early and keeps their values under the receive's node id.
//!
//! `go f(x)` builds the same `func()` funcval as `defer f(x)` (the callee
//! and arguments evaluated at the statement, `defer::deferred_funcval`) and
//! hands it to `runtime.newproc`.
//!
//! `select` fills an array of `{c, elem}` cases, sends first then receives,
//! calls `runtime.selectgo(cases, nsends, nrecvs, block)`, which returns
//! `(index << 1) | recvOK` (-2 for default), and branches to the chosen
//! clause. A receive clause with an assignment is lowered as that assignment
//! with the received values preset as the receive's results. As in gc, a
//! select with one case is the plain channel operation, and one case plus
//! `default` is `selectnbsend`/`selectnbrecv`; `select {}` is `block`.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};

use super::func::{trusted, Fx, Target, V};
use crate::syntax::ast::{CommClause, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::types::ty::Type;
use crate::types::{Builtin, Mode, TypeId};

/// Size of one select case in the array passed to `selectgo`.
const SCASE_SIZE: i32 = 16;

impl Fx<'_, '_, '_> {
    /// `go call`.
    pub fn go_stmt(&mut self, s: &Stmt, call: &Expr) {
        let Some(fv) = self.deferred_funcval(call) else {
            return self.unsupported(s.span, "this go statement");
        };
        self.call_rt("newproc", &[fv], &[]);
    }

    /// `make(chan T, n)`.
    pub fn make_chan(&mut self, t: TypeId, size: Option<Value>) -> V {
        let size = size.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
        let desc = self.type_desc(t);
        V::one(self.call_rt("makechan", &[desc, size], &[types::I64])[0])
    }

    /// `len(c)` / `cap(c)`.
    pub fn chan_len_cap(&mut self, b: Builtin, c: Value) -> V {
        let name = if b == Builtin::Cap {
            "chancap"
        } else {
            "chanlen"
        };
        V::one(self.call_rt(name, &[c], &[types::I64])[0])
    }

    /// `close(c)`.
    pub fn close_chan(&mut self, c: &Expr) {
        let c = self.expr(c).s0();
        self.call_rt("closechan", &[c], &[]);
    }

    /// `ch <- v`: the channel, then the value, then the communication.
    pub fn send_stmt(&mut self, ch: &Expr, v: &Expr) {
        self.hoist_calls(ch);
        self.hoist_calls(v);
        let c = self.expr(ch).s0();
        let et = self.chan_elem(self.type_of(ch));
        let val = self.expr_as(v, et);
        let p = self.temp_uninit(et);
        self.store(et, &val, p, 0);
        self.call_rt("chansend1", &[c, p], &[]);
    }

    /// The element type of channel type `t`.
    fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Chan(_, e) => *e,
            _ => t,
        }
    }

    /// `<-x` (`e`), or its value hoisted earlier.
    pub fn recv_expr(&mut self, e: &Expr, x: &Expr) -> V {
        if let Some(mut vs) = self.hoisted.remove(&e.id) {
            return vs.swap_remove(0);
        }
        let c = self.expr(x).s0();
        let et = self.chan_elem(self.type_of(x));
        let p = self.temp_uninit(et);
        self.call_rt("chanrecv1", &[c, p], &[]);
        let v = self.load(et, p, 0);
        self.stabilize(et, v)
    }

    /// `v, ok := <-x` (`e`): the value and whether it was sent.
    pub fn recv_ok(&mut self, e: &Expr, x: &Expr) -> Vec<V> {
        if let Some(vs) = self.hoisted.remove(&e.id) {
            return vs;
        }
        let c = self.expr(x).s0();
        let et = self.chan_elem(self.type_of(x));
        let p = self.temp_uninit(et);
        let ok = self.call_rt("chanrecv2", &[c, p], &[types::I8])[0];
        let v = self.load(et, p, 0);
        vec![self.stabilize(et, v), V::one(ok)]
    }

    /// Evaluates receive `e` (`<-x`) now and keeps its values for later.
    pub fn hoist_recv(&mut self, e: &Expr, x: &Expr) {
        if self.hoisted.contains_key(&e.id) {
            return;
        }
        self.hoist_calls(x);
        let vs = if matches!(self.mode_of(e), Some(Mode::CommaOk)) {
            self.recv_ok(e, x)
        } else {
            vec![self.recv_expr(e, x)]
        };
        self.hoisted.insert(e.id, vs);
    }

    /// `for v := range c`.
    pub fn range_chan(&mut self, rc: &super::stmt::RangeClause) {
        let ct = self.type_of(rc.x);
        let et = self.chan_elem(ct);
        let c = self.full_expr(rc.x).s0();
        let p = self.temp_uninit(et);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let ok = self.call_rt("chanrecv2", &[c, p], &[types::I8])[0];
        self.b.ins().brif(ok, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        let v = self.load(et, p, 0);
        let v = self.stabilize(et, v);
        self.bind_range_var(rc.key, rc.define, v);
        self.loop_body(rc.label.clone(), exit, cont, &rc.body.stmts);
        self.b.switch_to_block(cont);
        self.back_edge_check();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    /// `select { ... }`.
    pub fn select_stmt(&mut self, label: Option<String>, body: &[CommClause]) {
        let comms: Vec<Comm> = body.iter().map(Comm::of).collect();
        let nsends = comms.iter().filter(|c| matches!(c, Comm::Send(..))).count();
        let ncases = comms.iter().filter(|c| !matches!(c, Comm::Default)).count();
        if ncases == 0 && comms.is_empty() {
            self.call_rt("block", &[], &[]);
            self.b.ins().trap(ir_trap());
            self.dead_block();
            return;
        }
        // Array position of each clause's case (sends first, in source order).
        let mut slots = Vec::with_capacity(comms.len());
        let (mut si, mut ri) = (0usize, nsends);
        for c in &comms {
            match c {
                Comm::Send(..) => {
                    slots.push(Some(si));
                    si += 1;
                }
                Comm::Recv(..) => {
                    slots.push(Some(ri));
                    ri += 1;
                }
                Comm::Default => slots.push(None),
            }
        }
        // The channel operands and sent values, in source order.
        let elems: Vec<Option<CaseVals>> = comms.iter().map(|c| self.case_vals(c)).collect();
        let has_default = comms.iter().any(|c| matches!(c, Comm::Default));
        let (chosen, recv_ok) = match ncases {
            1 => {
                let i = slots.iter().position(Option::is_some).unwrap_or(0);
                let send = matches!(comms[i], Comm::Send(..));
                let Some(cv) = elems[i] else { return };
                self.select_one(cv, send, has_default)
            }
            _ => self.selectgo(&slots, &elems, nsends, ncases, has_default),
        };
        let exit = self.b.create_block();
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (i, clause) in body.iter().enumerate() {
            let want = slots[i].map_or(-1, |s| s as i64);
            let this = self.b.create_block();
            let next = self.b.create_block();
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, chosen, want);
            self.b.ins().brif(hit, this, &[], next, &[]);
            self.b.switch_to_block(this);
            if let (Comm::Recv(Some(e), _), Some((_, p, et))) = (&comms[i], elems[i]) {
                let v = self.load(et, p, 0);
                let v = self.stabilize(et, v);
                let vals = if matches!(self.mode_of(e), Some(Mode::CommaOk)) {
                    vec![v, V::one(recv_ok)]
                } else {
                    vec![v]
                };
                self.hoisted.insert(e.id, vals);
                if let Some(comm) = &clause.comm {
                    self.stmt(comm);
                }
            }
            self.block(&clause.body);
            self.b.ins().jump(exit, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(exit, &[]);
        self.targets.pop();
        self.b.switch_to_block(exit);
    }
}

/// A select case's channel, the address of its element, and the element type.
type CaseVals = (Value, Value, TypeId);

impl Fx<'_, '_, '_> {
    /// Evaluates a case's channel operand (and a send's value, stored in a
    /// temporary); a receive gets a temporary for the value.
    fn case_vals(&mut self, c: &Comm) -> Option<CaseVals> {
        match c {
            Comm::Send(ch, v) => {
                self.hoist_calls(ch);
                self.hoist_calls(v);
                let cv = self.expr(ch).s0();
                let et = self.chan_elem(self.type_of(ch));
                let val = self.expr_as(v, et);
                let p = self.temp_uninit(et);
                self.store(et, &val, p, 0);
                Some((cv, p, et))
            }
            Comm::Recv(_, x) => {
                let cv = self.full_expr(x).s0();
                let et = self.chan_elem(self.type_of(x));
                let p = self.temp_uninit(et);
                Some((cv, p, et))
            }
            Comm::Default => None,
        }
    }

    /// Go's fast paths for a select with one case: the plain operation, or
    /// with a default the non-blocking `selectnbsend`/`selectnbrecv`.
    /// Returns the chosen index (0, or -1 for default) and recvOK.
    fn select_one(&mut self, (c, p, _): CaseVals, send: bool, has_default: bool) -> (Value, Value) {
        let zero = self.b.ins().iconst(types::I64, 0);
        let no = self.b.ins().iconst(types::I8, 0);
        match (send, has_default) {
            (true, false) => {
                self.call_rt("chansend1", &[c, p], &[]);
                (zero, no)
            }
            (false, false) => {
                let ok = self.call_rt("chanrecv2", &[c, p], &[types::I8])[0];
                (zero, ok)
            }
            (true, true) => {
                let sel = self.call_rt("selectnbsend", &[c, p], &[types::I8])[0];
                let dflt = self.b.ins().iconst(types::I64, -1);
                (self.b.ins().select(sel, zero, dflt), no)
            }
            (false, true) => {
                let r = self.call_rt("selectnbrecv", &[p, c], &[types::I64, types::I64]);
                let dflt = self.b.ins().iconst(types::I64, -1);
                let ok = self.b.ins().ireduce(types::I8, r[1]);
                (self.b.ins().select(r[0], zero, dflt), ok)
            }
        }
    }

    /// The general case: the case array and `runtime.selectgo`.
    fn selectgo(
        &mut self,
        slots: &[Option<usize>],
        elems: &[Option<CaseVals>],
        nsends: usize,
        ncases: usize,
        has_default: bool,
    ) -> (Value, Value) {
        let cases = self.scratch((ncases.max(1) as u64) * SCASE_SIZE as u64);
        for (slot, elem) in slots.iter().zip(elems) {
            if let (Some(i), Some((cv, p, _))) = (slot, elem) {
                let off = *i as i32 * SCASE_SIZE;
                self.b.ins().store(trusted(), *cv, cases, off);
                self.b.ins().store(trusted(), *p, cases, off + 8);
            }
        }
        let ns = self.b.ins().iconst(types::I64, nsends as i64);
        let nr = self.b.ins().iconst(types::I64, (ncases - nsends) as i64);
        let block = self.b.ins().iconst(types::I8, !has_default as i64);
        let r = self.call_rt("selectgo", &[cases, ns, nr, block], &[types::I64])[0];
        let chosen = self.b.ins().sshr_imm_u(r, 1);
        let recv_ok = self.b.ins().band_imm_u(r, 1);
        (chosen, self.b.ins().ireduce(types::I8, recv_ok))
    }
}

fn ir_trap() -> cranelift_codegen::ir::TrapCode {
    cranelift_codegen::ir::TrapCode::unwrap_user(1)
}

/// The communication of a select clause.
enum Comm<'s> {
    Send(&'s Expr, &'s Expr),
    /// The receive expression when it is assigned (`v := <-c`, `v, ok = <-c`),
    /// and the channel operand.
    Recv(Option<&'s Expr>, &'s Expr),
    Default,
}

impl<'s> Comm<'s> {
    fn of(c: &'s CommClause) -> Comm<'s> {
        let Some(s) = c.comm.as_deref() else {
            return Comm::Default;
        };
        match &s.kind {
            StmtKind::Send(ch, v) => Comm::Send(ch, v),
            StmtKind::Expr(e) => match &e.unparen().kind {
                ExprKind::Unary(UnOp::Recv, x) => Comm::Recv(None, x),
                _ => Comm::Default,
            },
            StmtKind::Assign { rhs, .. } => {
                let e = rhs[0].unparen();
                match &e.kind {
                    ExprKind::Unary(UnOp::Recv, x) => Comm::Recv(Some(e), x),
                    _ => Comm::Default,
                }
            }
            _ => Comm::Default,
        }
    }
}
