//! After checking: qualified identifiers `pkg.Name` that denote objects of
//! the program's own packages become plain names of those objects, so that
//! lowering treats `a.F()`, `a.V` and `a.T{}` exactly as it treats a
//! package-level `F`, `V` or `T` of its own package. The expression keeps
//! its node id; `Info::uses` maps it to the object and its `Selection` is
//! dropped. Instantiated generic functions (`p.Map(...)`, `p.Map[int]`)
//! already map the selector to their instance in `Info::uses`.

use super::{Info, ObjKind, Object, Package, Selection};
use crate::syntax::ast::{Decl, Expr, ExprKind, File};
use crate::syntax::visit::mutable::{self, VisitorMut};

struct Rewrite<'a> {
    info: &'a mut Info,
    objects: &'a [Object],
}

impl Rewrite<'_> {
    /// Whether `x` is the name of an imported package.
    fn is_package(&self, x: &Expr) -> bool {
        let Some(o) = self.info.uses.get(&x.id) else {
            return false;
        };
        matches!(self.objects[o.0 as usize].kind, ObjKind::PkgName(_))
    }
}

impl VisitorMut for Rewrite<'_> {
    fn expr(&mut self, e: &mut Expr) -> bool {
        let ExprKind::Selector(x, sel) = &e.kind else {
            return true;
        };
        let o = match self.info.selections.get(&e.id) {
            Some(&Selection::Qualified(o)) => o,
            None if self.is_package(x) && self.info.uses.contains_key(&e.id) => {
                self.info.uses[&e.id]
            }
            _ => return true,
        };
        let name = sel.name.clone();
        self.info.selections.remove(&e.id);
        self.info.uses.insert(e.id, o);
        e.kind = ExprKind::Name(name);
        false
    }

    fn types(&self) -> bool {
        true
    }
}

/// Rewrites the qualified identifiers of `files` and of the package's
/// instance copies.
pub fn resolve_qualified(pkg: &mut Package, files: &mut [File]) {
    let mut inst = std::mem::take(&mut pkg.instance_files);
    let mut r = Rewrite {
        info: &mut pkg.info,
        objects: &pkg.objects,
    };
    for f in files.iter_mut().chain(inst.iter_mut()) {
        for d in &mut f.decls {
            match d {
                Decl::Func(fd) => mutable::func(&mut r, fd),
                Decl::Var(specs) => {
                    for s in specs {
                        for v in &mut s.values {
                            mutable::expr(&mut r, v);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    pkg.instance_files = inst;
}
