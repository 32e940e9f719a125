//! Package initialization order (spec: Package initialization).
//!
//! While checking, every package-level var initializer and function body
//! recorded the package-level vars and funcs it refers to (`deps`). A
//! variable depends on the variables it refers to directly or through the
//! bodies of the functions it refers to. Initialization repeatedly picks
//! the earliest variable in declaration order that is ready (all its
//! dependencies initialized); a variable that depends on itself is an
//! initialization cycle, reported with gc's "x refers to y" chain.

use std::collections::{HashMap, HashSet};

use super::check::{Checker, DeclRef};
use super::{Initializer, ObjId, ObjKind};
use crate::syntax::ast::Decl;

impl Checker<'_> {
    pub(crate) fn init_order(&mut self) {
        let vars = self.package_vars();
        self.report_init_cycles();
        let var_deps: HashMap<ObjId, HashSet<ObjId>> = vars
            .iter()
            .map(|&v| (v, self.var_deps_through_funcs(v)))
            .collect();
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut emitted: HashSet<(usize, usize, usize, usize)> = HashSet::new();
        while done.len() < vars.len() {
            let ready = vars.iter().copied().find(|v| {
                !done.contains(v)
                    && var_deps[v]
                        .iter()
                        .all(|d| done.contains(d) || d == v || !var_deps.contains_key(d))
            });
            // A cycle (already reported) leaves nothing ready: take the
            // earliest remaining variable.
            let Some(v) = ready.or_else(|| vars.iter().copied().find(|v| !done.contains(v))) else {
                break;
            };
            done.insert(v);
            if let Some(init) = self.initializer(v) {
                let key = (init.file, init.decl, init.spec, init.value);
                if emitted.insert(key) {
                    for o in init.lhs.iter().flatten() {
                        done.insert(*o);
                    }
                    self.pkg.init_order.push(init);
                }
            }
        }
    }

    /// All package-level variables (including `_`), in declaration order.
    fn package_vars(&self) -> Vec<ObjId> {
        let cur = self.cur as u32;
        let mut vars: Vec<ObjId> = self
            .decls
            .iter()
            .filter(|(&o, d)| matches!(d, DeclRef::Var { .. }) && self.obj(o).pkg == cur)
            .map(|(&o, _)| o)
            .collect();
        vars.sort();
        vars
    }

    /// The variables `v` depends on, following function bodies.
    fn var_deps_through_funcs(&self, v: ObjId) -> HashSet<ObjId> {
        let mut out = HashSet::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
        while let Some(d) = stack.pop() {
            if !seen.insert(d) {
                continue;
            }
            match self.obj(d).kind {
                ObjKind::Var { .. } => {
                    out.insert(d);
                }
                ObjKind::Func => stack.extend(self.deps.get(&d).cloned().unwrap_or_default()),
                _ => {}
            }
        }
        out
    }

    /// The initializer assigning `v`, if it has an init expression.
    fn initializer(&self, v: ObjId) -> Option<Initializer> {
        let Some(&DeclRef::Var {
            file,
            decl,
            spec,
            index,
        }) = self.decls.get(&v)
        else {
            return None;
        };
        let Decl::Var(specs) = &self.files[file].decls[decl] else {
            return None;
        };
        let s = &specs[spec];
        if s.values.is_empty() {
            return None;
        }
        let obj_of = |i: usize| -> Option<ObjId> {
            let n = &s.names[i];
            if n.name == "_" {
                return None;
            }
            self.pkg.info.defs.get(&n.id).copied()
        };
        if s.values.len() == 1 && s.names.len() > 1 {
            let lhs = (0..s.names.len()).map(obj_of).collect();
            return Some(Initializer {
                lhs,
                file,
                decl,
                spec,
                value: 0,
            });
        }
        Some(Initializer {
            lhs: vec![obj_of(index)],
            file,
            decl,
            spec,
            value: index,
        })
    }

    /// Reports initialization cycles as gc's type checker does (types2's
    /// initOrder): the package's constants and variables, with each
    /// dependency through functions made direct, are taken by fewest
    /// remaining dependencies, then declaration order; one taken while it
    /// still has some is on a cycle (if a path leads back to it), which is
    /// reported from it. A constant cycle reported while resolving it is
    /// reported again only from another member (equal messages are
    /// dropped as repeats).
    fn report_init_cycles(&mut self) {
        let cur = self.cur as u32;
        let mut nodes: Vec<ObjId> = self
            .decls
            .keys()
            .copied()
            .filter(|&o| {
                self.obj(o).pkg == cur
                    && matches!(
                        self.obj(o).kind,
                        ObjKind::Var { .. } | ObjKind::Const(_) | ObjKind::Func
                    )
            })
            .collect();
        nodes.sort();
        let is_func = |c: &Self, o: ObjId| matches!(c.obj(o).kind, ObjKind::Func);
        // Successors of each constant and variable: what it depends on,
        // directly or through functions.
        let mut succ: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &n in nodes.iter().filter(|&&n| !is_func(self, n)) {
            let mut out = HashSet::new();
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&n).cloned().unwrap_or_default();
            while let Some(d) = stack.pop() {
                if !self.decls.contains_key(&d) || self.obj(d).pkg != cur {
                    continue;
                }
                if is_func(self, d) {
                    if seen.insert(d) {
                        stack.extend(self.deps.get(&d).cloned().unwrap_or_default());
                    }
                } else {
                    out.insert(d);
                }
            }
            succ.insert(n, out);
        }
        let mut ndeps: HashMap<ObjId, usize> = succ.iter().map(|(&n, s)| (n, s.len())).collect();
        let mut pred: HashMap<ObjId, Vec<ObjId>> = HashMap::new();
        for (&n, ss) in &succ {
            for &s in ss {
                pred.entry(s).or_default().push(n);
            }
        }
        let mut left: Vec<ObjId> = nodes.into_iter().filter(|&n| !is_func(self, n)).collect();
        while let Some(i) = (0..left.len()).min_by_key(|&i| (ndeps[&left[i]], left[i])) {
            let n = left.remove(i);
            if ndeps[&n] > 0 {
                let mut seen = HashSet::new();
                if let Some(mut cycle) = self.find_path(n, n, &mut seen) {
                    cycle.reverse();
                    cycle.rotate_right(1);
                    self.emit_cycle(&cycle, false);
                }
            }
            for p in pred.get(&n).cloned().unwrap_or_default() {
                if let Some(k) = ndeps.get_mut(&p) {
                    *k = k.saturating_sub(1);
                }
            }
        }
    }

    /// gc's findPath: a path of dependencies from `from` to `to`, as
    /// `[to, ..., successor of from]`, trying dependencies in declaration
    /// order.
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let mut deps = self.deps.get(&from).cloned().unwrap_or_default();
        deps.sort();
        for d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }
}
