//! Which calls of function literals gc inlines, and where the "used" flags
//! of append's stack buffers then live.
//!
//! gc gives the first append to an empty, non-escaping local slice a 32-byte
//! stack buffer, guarded by a "used" flag that is false at the entry of the
//! function being compiled (ssagen's backing stores: one buffer and flag per
//! slice variable and function). When the inliner has copied a closure's
//! body into its caller, the closure's slices are the caller's: their flags
//! are set once per call of the caller, not per call of the closure, so a
//! closure called in a loop gets the buffer on the first iteration only.
//! golift keeps closures out of line and reproduces that: the flags of a
//! literal that gc would inline live in a flag region of the enclosing
//! frame, zeroed at its entry. At each such call site the closure object is
//! copied onto the caller's stack with one more word pointing at the site's
//! part of the region, and the copy is called (the object itself may be
//! stored or called elsewhere: there its flags word is zero and the body
//! uses a fresh region, as gc's out-of-line copy has its own flags).
//!
//! gc's rule, as golift models it: a call `func(...){...}(...)` of a literal,
//! or `f(...)` of a local `f` bound to a literal and never assigned again
//! nor address-taken (gc's static value), in the same body, is inlined when
//! the literal has no `go`, `defer` or `recover` and its cost (gc's node
//! count, approximated on the syntax tree) is at most 800 for a literal
//! called at one site, 160 otherwise (inline.inlineCostOK: closures get
//! twice the budget of 80, a closure called once ten times). Calls in `go`
//! and `defer` statements are never inlined. A region lays out the flags of
//! the body's own slices (for a body that is itself inlined) and then, per
//! inlined call site whose literal has flags, that literal's region.
//! Invariant: a literal has a flags word exactly when the body declaring it
//! has an inlined call site of it with a non-empty region (both come from
//! `region` of that body). Not modelled: inlining of declared functions
//! (their slices' flags stay per call, see difftest/findings), of literals
//! passed to functions that gc inlines, and gc's reduced budget in callers
//! of over 5,000 nodes.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{types, InstBuilder, Value};

use super::escape;
use super::func::{trusted, Fx};
use crate::syntax::ast::{AssignOp, Block, Expr, ExprKind, NodeId, Stmt, StmtKind};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::{Builtin, Mode, ObjId, Package};

/// gc's inlining budget for a closure called at one site.
const CALLED_ONCE_BUDGET: u32 = 800;
/// gc's inlining budget for a closure called at several sites.
const CLOSURE_BUDGET: u32 = 160;
/// gc's extra cost of a call that is not inlined.
const CALL_COST: u32 = 57;
/// gc's extra cost of a function literal inside the inlined body.
const CLOSURE_COST: u32 = 15;

/// The flag region of a body: one byte per flag.
#[derive(Default, Debug)]
pub struct Region {
    /// The body's own local slices (only for an inlined literal's body).
    pub own: HashMap<ObjId, u32>,
    /// Inlined call sites: call expression -> offset of the callee's region
    /// and the literal called.
    pub sites: HashMap<NodeId, (u32, NodeId)>,
    pub size: u32,
}

/// The region of `body`; `inlined`: the body is an inlined literal's, so its
/// own slices' flags are in the region too.
pub fn region(
    pkg: &Package,
    noleak: &escape::NoLeak,
    byref: &HashSet<ObjId>,
    body: &Block,
    inlined: bool,
) -> Region {
    let mut r = Region::default();
    if inlined {
        let mut own: Vec<ObjId> = escape::local_slices(pkg, body, noleak)
            .into_iter()
            .collect();
        own.sort();
        for o in own {
            r.own.insert(o, r.size);
            r.size += 1;
        }
    }
    for (call, lit) in &inlined_sites(pkg, byref, body) {
        let ExprKind::FuncLit { body, .. } = &lit.kind else {
            continue;
        };
        let size = region(pkg, noleak, byref, body, true).size;
        if size > 0 {
            r.sites.insert(*call, (r.size, lit.id));
            r.size += size;
        }
    }
    r
}

impl Fx<'_, '_, '_> {
    /// Sets up the flag region of `body` at its entry. `flags`: the body is
    /// an inlined literal's, whose region its closure object points at
    /// (context, offset of the word) when the call was an inlined site; a
    /// call through the func value elsewhere finds the word zero and gets a
    /// fresh region, as a call of gc's out-of-line copy does.
    pub fn start_inline_flags(&mut self, body: &Block, flags: Option<(Value, i32)>) {
        let r = region(
            self.m.pkg,
            &self.m.noleak,
            &self.m.clo.byref,
            body,
            flags.is_some(),
        );
        self.inl_base = (r.size > 0).then(|| {
            let size = u64::from(r.size).next_multiple_of(8);
            let fresh = self.scratch(size);
            self.zero_mem(fresh, size);
            match flags {
                Some((ctx, off)) => {
                    let passed = self.b.ins().load(types::I64, trusted(), ctx, off);
                    self.b.ins().select(passed, passed, fresh)
                }
                None => fresh,
            }
        });
        self.inl = r;
    }

    /// Whether function literal `lit` is called at an inlined site of the
    /// body being lowered (its closure object then has a flags word).
    pub fn inlined_lit(&self, lit: NodeId) -> bool {
        self.inl.sites.values().any(|&(_, l)| l == lit)
    }

    /// The func value to call at call expression `call` of closure `fv`:
    /// at a site gc inlines, a copy of the closure object on this frame's
    /// stack whose flags word points at the site's region (the object
    /// itself may be shared: stored, or called by other goroutines).
    pub fn inline_site_callee(&mut self, call: NodeId, fv: Value) -> Value {
        let (Some(&(off, lit)), Some(base)) = (self.inl.sites.get(&call), self.inl_base) else {
            return fv;
        };
        let Some(&(word, size)) = self.m.clo.lit_flags.get(&lit) else {
            return fv;
        };
        let copy = self.scratch(u64::from(size));
        for at in (0..word).step_by(8) {
            let w = self.b.ins().load(types::I64, trusted(), fv, at);
            self.b.ins().store(trusted(), w, copy, at);
        }
        let p = self.b.ins().iadd_imm_s(base, i64::from(off));
        self.b.ins().store(trusted(), p, copy, word);
        copy
    }

    /// The address of the "buffer used" flag of local slice `obj` when it
    /// lives in the flag region (the body is an inlined literal's).
    pub fn append_flag_addr(&mut self, obj: ObjId) -> Option<Value> {
        let (Some(&i), Some(base)) = (self.inl.own.get(&obj), self.inl_base) else {
            return None;
        };
        Some(self.b.ins().iadd_imm_s(base, i64::from(i)))
    }
}

/// The calls in `body` (outside nested literals) that gc inlines, with the
/// literal each one calls. A local bound to a literal is gc's static value
/// when it is never assigned again (`byref`: assigned in a nested literal)
/// and its address is never taken; its other uses do not matter.
fn inlined_sites(pkg: &Package, byref: &HashSet<ObjId>, body: &Block) -> Vec<(NodeId, Expr)> {
    let mut s = Sites {
        pkg,
        direct: Vec::new(),
        var_calls: Vec::new(),
    };
    walk::block(&mut s, body);
    let mut bound = bound_literals(pkg, body);
    let taken = escape::address_taken(pkg, body);
    bound.retain(|o, _| {
        !byref.contains(o) && !taken.contains(o) && !escape::assigns_any(pkg, &body.stmts, &[*o])
    });
    let mut calls_of: HashMap<ObjId, usize> = HashMap::new();
    for (_, o) in &s.var_calls {
        *calls_of.entry(*o).or_default() += 1;
    }
    let mut sites: Vec<(NodeId, Expr, usize)> =
        s.direct.into_iter().map(|(c, l)| (c, l, 1)).collect();
    for &(call, o) in &s.var_calls {
        if let Some(lit) = bound.get(&o) {
            sites.push((call, lit.clone(), calls_of[&o]));
        }
    }
    sites.sort_by_key(|(c, _, _)| *c);
    sites
        .into_iter()
        .filter(|(_, lit, n)| inlinable(pkg, lit, *n))
        .map(|(c, l, _)| (c, l))
        .collect()
}

/// Whether gc inlines literal `lit` called at `sites` call sites.
fn inlinable(pkg: &Package, lit: &Expr, sites: usize) -> bool {
    let ExprKind::FuncLit { body, .. } = &lit.kind else {
        return false;
    };
    let mut c = Cost {
        pkg,
        cost: 0,
        hairy: false,
    };
    walk::block(&mut c, body);
    let budget = if sites == 1 {
        CALLED_ONCE_BUDGET
    } else {
        CLOSURE_BUDGET
    };
    !c.hairy && c.cost <= budget
}

/// Collects direct literal calls and calls of names, staying out of nested
/// literals and `go`/`defer` calls.
struct Sites<'a> {
    pkg: &'a Package,
    direct: Vec<(NodeId, Expr)>,
    var_calls: Vec<(NodeId, ObjId)>,
}

impl Visitor for Sites<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        if let StmtKind::Go(call) | StmtKind::Defer(call) = &s.kind {
            if let ExprKind::Call { args, .. } = &call.kind {
                for a in args {
                    walk::expr(self, a);
                }
            }
            return false;
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::FuncLit { .. } => return false,
            ExprKind::Call { fun, .. } => {
                let f = fun.unparen();
                if let ExprKind::FuncLit { .. } = f.kind {
                    self.direct.push((e.id, f.clone()));
                }
                if let ExprKind::Name(_) = f.kind {
                    if let Some(&o) = self.pkg.info.uses.get(&f.id) {
                        self.var_calls.push((e.id, o));
                    }
                }
            }
            _ => {}
        }
        true
    }
}

/// gc's inlining cost of a body, approximated: a unit per statement and
/// expression (parentheses are free), a call that is not a builtin or a
/// conversion costs 57 more, a nested literal 15 (its body is not counted).
/// `hairy`: the body has a construct gc never inlines.
struct Cost<'a> {
    pkg: &'a Package,
    cost: u32,
    hairy: bool,
}

impl Visitor for Cost<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Go(_) | StmtKind::Defer(_) => self.hairy = true,
            StmtKind::Empty | StmtKind::Block(_) => {}
            _ => self.cost += 1,
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(_) => {}
            ExprKind::FuncLit { .. } => {
                self.cost += 1 + CLOSURE_COST;
                return false;
            }
            ExprKind::Call { fun, .. } => {
                self.cost += 1;
                match self.pkg.type_of(fun.id).map(|tv| &tv.mode) {
                    Some(Mode::Builtin(Builtin::Recover)) => self.hairy = true,
                    Some(Mode::Builtin(_) | Mode::Type) => {}
                    _ => self.cost += CALL_COST,
                }
            }
            _ => self.cost += 1,
        }
        true
    }
}

/// `x := lit` or `var x = lit` statements of `body` outside nested
/// literals: the local's object and the literal.
fn bound_literals(pkg: &Package, body: &Block) -> HashMap<ObjId, Expr> {
    let mut b = Bound {
        pkg,
        out: HashMap::new(),
    };
    walk::block(&mut b, body);
    b.out
}

struct Bound<'a> {
    pkg: &'a Package,
    out: HashMap<ObjId, Expr>,
}

impl Visitor for Bound<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        let pairs: Vec<(NodeId, &Expr)> = match &s.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            } if lhs.len() == rhs.len() => lhs.iter().map(|l| l.id).zip(rhs.iter()).collect(),
            StmtKind::Var(specs) => specs
                .iter()
                .filter(|sp| sp.names.len() == sp.values.len())
                .flat_map(|sp| sp.names.iter().map(|n| n.id).zip(sp.values.iter()))
                .collect(),
            _ => vec![],
        };
        for (name, v) in pairs {
            if let (ExprKind::FuncLit { .. }, Some(&o)) =
                (&v.unparen().kind, self.pkg.info.defs.get(&name))
            {
                self.out.insert(o, v.unparen().clone());
            }
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        !matches!(e.kind, ExprKind::FuncLit { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flag region of `f`'s body in `src`.
    fn region_of_f(src: &str) -> Region {
        let (pkg, body) = crate::lower::tests::checked_body_of_f(src);
        region(
            &pkg,
            &escape::NoLeak::default(),
            &HashSet::new(),
            &body,
            false,
        )
    }

    const APPEND: &str = "var t []int\n\t\tt = append(t, 1)\n\t\tprintln(cap(t))";

    #[test]
    fn called_literals_share_the_enclosing_region() {
        let r = region_of_f(&format!(
            "package main\nfunc f() {{\n\tg := func() {{\n\t\t{APPEND}\n\t}}\n\tfor i := 0; i < 2; i++ {{\n\t\tfunc() {{\n\t\t{APPEND}\n\t\t}}()\n\t\tg()\n\t\tg()\n\t}}\n}}\nfunc main() {{ f() }}\n"
        ));
        assert_eq!((r.sites.len(), r.size), (3, 3));
    }

    #[test]
    fn deferring_reassigned_and_go_literals_are_not_inlined() {
        let r = region_of_f(&format!(
            "package main\nfunc f() {{\n\tg := func() {{\n\t\t{APPEND}\n\t}}\n\tg = nil\n\tg()\n\tfunc() {{\n\t\tdefer println()\n\t\t{APPEND}\n\t}}()\n\tgo func() {{\n\t\t{APPEND}\n\t}}()\n}}\nfunc main() {{ f() }}\n"
        ));
        assert_eq!((r.sites.len(), r.size), (0, 0));
    }

    #[test]
    fn literals_without_appends_need_no_flags() {
        let r = region_of_f(
            "package main\nfunc f() {\n\tfunc() { println(1) }()\n}\nfunc main() { f() }\n",
        );
        assert_eq!((r.sites.len(), r.size), (0, 0));
    }
}
