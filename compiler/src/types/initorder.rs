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
        self.report_init_cycles(&vars);
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

    /// Reports each cycle through a package-level variable once.
    fn report_init_cycles(&mut self, vars: &[ObjId]) {
        for &v in vars {
            if self.in_cycle.contains(&v) {
                continue;
            }
            let mut path = vec![v];
            let mut visited = HashSet::new();
            if self.find_path(v, v, &mut path, &mut visited) {
                self.report_cycle(&path, false);
            }
        }
    }

    /// Depth-first search for a path from `from` back to `target` through
    /// the dependency graph; `path` holds it when found.
    fn find_path(
        &self,
        from: ObjId,
        target: ObjId,
        path: &mut Vec<ObjId>,
        visited: &mut HashSet<ObjId>,
    ) -> bool {
        let deps = self.deps.get(&from).cloned().unwrap_or_default();
        for d in deps {
            if d == target {
                return true;
            }
            if !visited.insert(d) {
                continue;
            }
            path.push(d);
            if self.find_path(d, target, path, visited) {
                return true;
            }
            path.pop();
        }
        false
    }
}
