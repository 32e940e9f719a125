//! The checker's rules for `//go:linkname` (and `//go:linknamestd`), as gc's
//! noder applies them: only in files that import "unsafe" (golift's own
//! runtime package is exempt: it is not gc's and binds rt's entries), one
//! or two arguments, the local name a package-level function or variable,
//! at most one directive per name, no instantiation as target. A variable
//! given a target is recorded in `Package::var_links`: lowering makes every
//! variable of one symbol one variable (gc's linker merges them).

use super::check::Checker;
use super::ObjKind;
use crate::syntax::ast::Span;

impl Checker<'_> {
    /// Checks the current package's linkname directives (after its
    /// package-level names are collected).
    pub(super) fn check_linknames(&mut self) {
        let files = self.files;
        let runtime = self.specs[self.cur].path == "runtime";
        let mut seen = std::collections::HashSet::new();
        for fi in self.cur_files() {
            let file = &files[fi];
            self.file_idx = fi;
            let imports_unsafe = file.imports.iter().any(|i| i.path == "unsafe");
            for d in &file.directives {
                let directive = match d.name.as_str() {
                    "linkname" | "linknamestd" => format!("//go:{}", d.name),
                    _ => continue,
                };
                // gc reports at the directive's text, after `//`.
                let at = Span {
                    lo: d.span.lo + 2,
                    hi: d.span.hi,
                };
                if d.args.is_empty() && d.span.hi - d.span.lo <= 5 + d.name.len() as u32 {
                    // `//go:linkname` alone is no linkname directive for gc.
                    continue;
                }
                if d.args.is_empty() || d.args.len() > 2 {
                    self.error(at, format!("usage: {directive} localname [linkname]"));
                    continue;
                }
                if !imports_unsafe && !runtime {
                    self.error(
                        at,
                        format!("{directive} only allowed in Go files that import \"unsafe\""),
                    );
                    continue;
                }
                let target = d.args.get(1);
                if target.is_some_and(|t| t.contains('[') && t.contains(']')) {
                    self.error(
                        at,
                        format!("{directive} reference of an instantiation is not allowed"),
                    );
                    continue;
                }
                let local = &d.args[0];
                let obj = self.pkg_scope.get(local).copied();
                let Some(obj) = obj.filter(|&o| {
                    matches!(
                        self.obj(o).kind,
                        ObjKind::Var { global: true, .. } | ObjKind::Func
                    )
                }) else {
                    self.error(
                        at,
                        format!("{directive} must refer to declared function or variable"),
                    );
                    continue;
                };
                if !seen.insert(obj) {
                    self.error(at, format!("duplicate {directive} for {local}"));
                    continue;
                }
                if let (Some(t), ObjKind::Var { .. }) = (target, &self.obj(obj).kind) {
                    self.pkg.var_links.insert(obj, t.clone());
                }
            }
        }
    }
}
