//! Pointer parameters that their function does not leak (gc's escape tags
//! for pointer parameters, in a deliberately small form).
//!
//! A caller may keep `x` in a stack slot when `&x` (or the implicit `&x`
//! of `x.M()` with a pointer receiver) is only an argument of direct calls
//! whose parameter does not leak (escape.rs `addressed`). Stacks never
//! move, so the pointer stays valid for the whole call; the callee must
//! only not keep it past its return.
//!
//! A pointer parameter `p` (or pointer receiver) does not leak when every
//! use of it in the body is one of:
//! - a dereference `*p`, a field `p.f` (also nested, `p.f.g[i]`), an index
//!   `p[i]` of a pointer to array, read or assigned: these read or write
//!   the pointee, they do not copy `p`;
//! - a comparison `p == q`, `len(p)`/`cap(p)`, `range p`;
//! - an argument of a direct call of a function (or method with a pointer
//!   receiver, as receiver) whose parameter does not leak; `&p.f` (a
//!   pointer into the pointee) only as such an argument or to a
//!   `//go:noescape` function;
//! - a call of a value method (`p.M()` copies `*p`).
//!
//! Anything else leaks: assignments of `p`, returns, conversions,
//! composite literals, slicing an array reached through `p`, uses inside
//! function literals and `go` statements, method values, calls through
//! func values and interfaces, variadic arguments. The summary is a greatest
//! fixed point over the program's functions (every pointer parameter starts
//! as non-leaking), so mutually recursive functions keep their tags.
//! Generic functions are not summarised (their parameters leak).

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{BinOp, Block, Decl, Expr, ExprKind, File, NodeId, Stmt, StmtKind, UnOp};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::Type;
use crate::types::{Builtin, FuncRef, Mode, ObjId, Package, Selection};

/// A summarised function's receiver and parameter objects (None: not a
/// pointer, unnamed or `_`) and whether it is variadic.
type Sig = (Option<ObjId>, Vec<Option<ObjId>>, bool);

/// The program's non-leaking pointer parameters and receivers.
#[derive(Debug, Default)]
pub struct PtrNoLeak {
    sigs: HashMap<ObjId, Sig>,
    /// The parameters (and receivers) that do not leak.
    keep: HashSet<ObjId>,
    /// Methods declared with a value receiver.
    value_recv: HashSet<ObjId>,
}

impl PtrNoLeak {
    /// The summary of `funcs` (declarations in `files`); `noescape` lists
    /// the bodiless `//go:noescape` functions.
    pub fn compute(
        pkg: &Package,
        files: &[File],
        funcs: &[FuncRef],
        noescape: &HashSet<ObjId>,
    ) -> PtrNoLeak {
        let mut out = PtrNoLeak::default();
        let mut bodies: Vec<(ObjId, &Block)> = Vec::new();
        let is_ptr = |o: ObjId| matches!(pkg.types.under(pkg.obj(o).ty), Type::Pointer(_));
        for f in funcs {
            let Some(Decl::Func(d)) = files.get(f.file).and_then(|x| x.decls.get(f.decl)) else {
                continue;
            };
            if let Some(r) = &d.recv {
                if !matches!(r.ty.unparen().kind, ExprKind::Star(_)) {
                    out.value_recv.insert(f.obj);
                }
            }
            let (Some(body), true) = (&d.body, d.tparams.is_empty()) else {
                continue;
            };
            let Type::Func(sig) = pkg.types.under(pkg.obj(f.obj).ty) else {
                continue;
            };
            let def = |id: NodeId| pkg.info.defs.get(&id).copied().filter(|&o| is_ptr(o));
            let recv = d
                .recv
                .as_ref()
                .and_then(|r| r.names.first())
                .and_then(|n| def(n.id));
            let params: Vec<Option<ObjId>> = super::escape::param_objs(pkg, &d.ty)
                .into_iter()
                .map(|o| o.filter(|&o| is_ptr(o)))
                .collect();
            if params.len() != sig.params.len() {
                continue;
            }
            let cands: Vec<ObjId> = recv
                .iter()
                .chain(params.iter().flatten())
                .copied()
                .collect();
            if cands.is_empty() {
                continue;
            }
            out.keep.extend(cands);
            out.sigs.insert(f.obj, (recv, params, sig.variadic));
            bodies.push((f.obj, body));
        }
        loop {
            let mut changed = false;
            for &(f, body) in &bodies {
                let (recv, params, _) = &out.sigs[&f];
                let cands: HashSet<ObjId> = recv
                    .iter()
                    .chain(params.iter().flatten())
                    .copied()
                    .filter(|o| out.keep.contains(o))
                    .collect();
                if cands.is_empty() {
                    continue;
                }
                for o in leaking(pkg, body, &cands, &out, noescape) {
                    changed |= out.keep.remove(&o);
                }
            }
            if !changed {
                return out;
            }
        }
    }

    /// Whether argument `i` of a direct call of `f` may be a pointer to a
    /// stack slot: `f` does not leak that parameter.
    pub fn param(&self, f: ObjId, i: usize) -> bool {
        let Some((_, params, variadic)) = self.sigs.get(&f) else {
            return false;
        };
        if *variadic && i + 1 >= params.len() {
            return false;
        }
        params
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|o| self.keep.contains(&o))
    }

    /// Whether method `m` has a pointer receiver that it does not leak.
    pub fn recv(&self, m: ObjId) -> bool {
        self.sigs
            .get(&m)
            .and_then(|s| s.0)
            .is_some_and(|o| self.keep.contains(&o))
    }

    /// Whether method `m` was declared with a value receiver (calling it
    /// copies the receiver; no address is taken).
    pub fn value_receiver(&self, m: ObjId) -> bool {
        self.value_recv.contains(&m)
    }
}

/// The candidates of `body` that some use leaks.
fn leaking(
    pkg: &Package,
    body: &Block,
    cands: &HashSet<ObjId>,
    summary: &PtrNoLeak,
    noescape: &HashSet<ObjId>,
) -> HashSet<ObjId> {
    let mut v = PtrUses {
        pkg,
        cands,
        summary,
        noescape,
        uses: Vec::new(),
        allowed: HashSet::new(),
        forced: HashSet::new(),
        addr_ok: HashSet::new(),
    };
    walk::block(&mut v, body);
    let mut out = HashSet::new();
    for (o, id) in v.uses {
        if !v.allowed.contains(&id) || v.forced.contains(&id) {
            out.insert(o);
        }
    }
    out
}

struct PtrUses<'a> {
    pkg: &'a Package,
    cands: &'a HashSet<ObjId>,
    summary: &'a PtrNoLeak,
    noescape: &'a HashSet<ObjId>,
    /// Every use of a candidate: (candidate, the name's node).
    uses: Vec<(ObjId, NodeId)>,
    /// Uses whose parent makes them harmless (marked before the walk
    /// reaches them).
    allowed: HashSet<NodeId>,
    /// Uses that leak whatever else holds (an address taken under them).
    forced: HashSet<NodeId>,
    /// `&p.f` expressions that are arguments of non-leaking parameters.
    addr_ok: HashSet<NodeId>,
}

impl PtrUses<'_> {
    fn cand(&self, e: &Expr) -> Option<NodeId> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Name(_) => self
                .pkg
                .info
                .uses
                .get(&e.id)
                .filter(|o| self.cands.contains(o))
                .map(|_| e.id),
            _ => None,
        }
    }

    fn ty_is(&self, e: &Expr, f: impl Fn(&Type) -> bool) -> bool {
        self.pkg
            .type_of(e.id)
            .is_some_and(|tv| f(self.pkg.types.under(tv.ty)))
    }

    /// The candidate at the root of a place reached through the pointee:
    /// `*p`, `p.f`, `p.f.g`, `p[i]` (pointer to array), `p.a[i]` (array).
    fn place_root(&self, e: &Expr) -> Option<NodeId> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Star(x) => self.cand(x).or_else(|| self.place_root(x)),
            ExprKind::Selector(x, _) => {
                if !matches!(
                    self.pkg.info.selections.get(&e.id),
                    Some(Selection::Field { .. })
                ) {
                    return None;
                }
                // Through the pointer itself, or a field of a place reached
                // through it (not through another pointer on the way).
                match self.cand(x) {
                    Some(id) => Some(id),
                    None if !self.ty_is(x, |t| matches!(t, Type::Pointer(_))) => self.place_root(x),
                    None => None,
                }
            }
            ExprKind::Index(x, _) => match self.cand(x) {
                Some(id) if self.ty_is(x, |t| matches!(t, Type::Pointer(_))) => Some(id),
                _ if self.ty_is(x, |t| matches!(t, Type::Array(..))) => self.place_root(x),
                _ => None,
            },
            _ => None,
        }
    }

    fn call(&mut self, fun: &Expr, args: &[Expr]) {
        let builtin = matches!(
            self.pkg.type_of(fun.id).map(|tv| &tv.mode),
            Some(Mode::Builtin(Builtin::Len | Builtin::Cap))
        );
        if builtin {
            if let Some(id) = args.first().and_then(|a| self.cand(a)) {
                self.allowed.insert(id);
            }
            return;
        }
        // A method call on the pointer: `p.M(...)`.
        if let ExprKind::Selector(x, _) = &fun.unparen().kind {
            if let Some(Selection::Method { func, path, .. }) =
                self.pkg.info.selections.get(&fun.unparen().id)
            {
                // With an empty path the receiver is the pointer itself (or
                // `&p.f` for a field place); through embedded fields it is
                // a pointer into the pointee, which this does not follow.
                let ok = self.summary.value_receiver(*func)
                    || (path.is_empty() && self.summary.recv(*func));
                if ok {
                    if let Some(id) = self.cand(x) {
                        self.allowed.insert(id);
                    }
                } else if let Some(id) = self.place_root(x) {
                    // `p.f.M()` with a pointer receiver: `&p.f` leaks.
                    self.forced.insert(id);
                }
            }
        }
        let Some(f) = super::escape::direct_callee(self.pkg, fun) else {
            return;
        };
        let noescape = self.noescape.contains(&f);
        for (i, a) in args.iter().enumerate() {
            let ok = noescape || self.summary.param(f, i);
            if !ok {
                continue;
            }
            if let Some(id) = self.cand(a) {
                self.allowed.insert(id);
            } else if let ExprKind::Unary(UnOp::Addr, x) = &a.unparen().kind {
                if self.place_root(x).is_some() {
                    self.addr_ok.insert(a.unparen().id);
                }
            }
        }
    }

    /// Every use of a candidate inside `e` leaks (a function literal, a `go`
    /// statement).
    fn force_all(&mut self, visit: impl FnOnce(&mut Mentions)) {
        let mut m = Mentions {
            pkg: self.pkg,
            cands: self.cands,
            found: Vec::new(),
        };
        visit(&mut m);
        for (o, id) in m.found {
            self.uses.push((o, id));
            self.forced.insert(id);
        }
    }
}

impl Visitor for PtrUses<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Go(e) => {
                self.force_all(|m| walk::expr(m, e));
                return false;
            }
            StmtKind::Range { x, .. } => {
                if let Some(id) = self.cand(x) {
                    self.allowed.insert(id);
                }
            }
            _ => {}
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                    if self.cands.contains(&o) {
                        self.uses.push((o, e.id));
                    }
                }
            }
            ExprKind::FuncLit { body, .. } => {
                self.force_all(|m| walk::block(m, body));
                return false;
            }
            ExprKind::Star(_) | ExprKind::Selector(..) | ExprKind::Index(..) => {
                if let Some(id) = self.place_root(e) {
                    self.allowed.insert(id);
                }
            }
            ExprKind::Unary(UnOp::Addr, x) => {
                if let Some(id) = self.place_root(x) {
                    if !self.addr_ok.contains(&e.id) {
                        self.forced.insert(id);
                    }
                }
            }
            // Slicing an array reached through the pointer makes a pointer
            // into it.
            ExprKind::Slice { x, .. }
                if self.ty_is(x, |t| matches!(t, Type::Array(..) | Type::Pointer(_))) =>
            {
                if let Some(id) = self.cand(x).or_else(|| self.place_root(x)) {
                    self.forced.insert(id);
                }
            }
            ExprKind::Binary(BinOp::Eq | BinOp::Ne, a, b) => {
                for x in [a, b] {
                    if let Some(id) = self.cand(x) {
                        self.allowed.insert(id);
                    }
                }
            }
            ExprKind::Call { fun, args, .. } => self.call(fun, args),
            _ => {}
        }
        true
    }
}

/// Collects the uses of candidates (function literal bodies included).
struct Mentions<'a> {
    pkg: &'a Package,
    cands: &'a HashSet<ObjId>,
    found: Vec<(ObjId, NodeId)>,
}

impl Visitor for Mentions<'_> {
    fn expr(&mut self, e: &Expr) -> bool {
        if let ExprKind::Name(_) = &e.kind {
            if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                if self.cands.contains(&o) {
                    self.found.push((o, e.id));
                }
            }
        }
        true
    }
}
