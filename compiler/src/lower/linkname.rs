//! `//go:linkname` (and `//go:linknamestd`, the same directive for the
//! standard library): functions that one package defines and another
//! declares without a body.
//!
//! Forms, as gc reads them:
//! - `//go:linkname local target` on a function with a body *pushes* it:
//!   bodiless declarations of `target` (`importpath.name`) anywhere in the
//!   program are that function (sync's `runtime_Semacquire` is defined by
//!   the runtime that way).
//! - `//go:linkname local target` on a bodiless function *pulls* `target`:
//!   the function a push names `target`, else function `name` of package
//!   `importpath` (golift's runtime package included: its bodiless
//!   functions are thunks to rt, see `rtentry.rs`).
//! - `//go:linkname local` only marks `local` as reachable by its symbol;
//!   it changes nothing here.
//!
//! golift emits one module per program: a resolved declaration becomes a
//! thunk that calls its definition (the inliner folds it into callers, so
//! calls go straight to the definition; func values of it still work). A bodiless
//! function that resolves to nothing (or to a definition with another
//! Cranelift signature) keeps the stub that dies when called. Variables
//! named by linkname (`Package::var_links`, checked by
//! `types/linkname.rs`) share one data object per symbol: see
//! `ModCx::declare_globals`.

use std::collections::HashMap;

use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Module};

use super::ModCx;
use crate::syntax::ast;
use crate::syntax::source::SourceMap;
use crate::types::ObjId;

/// One directive: the local name and the target symbol, if any.
struct Directive {
    local: String,
    target: Option<String>,
}

/// The linkname directives of a source file's text.
fn directives(text: &str) -> Vec<Directive> {
    text.lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let d = w.next()?;
            if d != "//go:linkname" && d != "//go:linknamestd" {
                return None;
            }
            Some(Directive {
                local: w.next()?.to_string(),
                target: w.next().map(str::to_string),
            })
        })
        .collect()
}

impl ModCx<'_> {
    /// The definition of every bodiless function that a linkname resolves.
    pub(super) fn resolve_linknames(&self, sources: &SourceMap) -> HashMap<ObjId, FuncId> {
        let pkg = self.pkg;
        let mut per_pkg: HashMap<&str, Vec<Directive>> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for f in &pkg.funcs {
            let src = self.files[f.file].file;
            let path = pkg.link_path(f.obj);
            // Hand-built packages (unit tests) have no source text.
            let text = sources.files.get(src as usize).map(|f| f.text.as_str());
            if let Some(text) = text.filter(|_| seen.insert((path, src))) {
                per_pkg.entry(path).or_default().extend(directives(text));
            }
        }
        // Definitions by symbol: Go-ABI functions golift emits code for.
        let mut defs: HashMap<String, ObjId> = HashMap::new();
        let mut pulls: Vec<(ObjId, String)> = Vec::new();
        for f in &pkg.funcs {
            let Some(decl) = self.func_decl(f) else {
                continue;
            };
            if decl.recv.is_some() || !self.funcs.contains_key(&f.obj) {
                continue;
            }
            let path = pkg.link_path(f.obj);
            let name = &pkg.obj(f.obj).name;
            let target = per_pkg
                .get(path)
                .and_then(|ds| ds.iter().find(|d| &d.local == name))
                .and_then(|d| d.target.clone());
            let defined = decl.body.is_some() || self.in_runtime(f.obj);
            if defined {
                defs.insert(format!("{path}.{name}"), f.obj);
                if let Some(t) = target {
                    defs.insert(t, f.obj);
                }
            } else {
                pulls.push((f.obj, target.unwrap_or_else(|| format!("{path}.{name}"))));
            }
        }
        let mut resolved = HashMap::new();
        for (obj, target) in pulls {
            let Some(&def) = defs.get(&target) else {
                continue;
            };
            let (mine, theirs) = (&self.funcs[&obj], &self.funcs[&def]);
            let same = super::abi::go_signature(self.tt(), &mine.sig)
                == super::abi::go_signature(self.tt(), &theirs.sig);
            if same && def != obj {
                resolved.insert(obj, theirs.id);
            }
        }
        resolved
    }

    /// Lowers `func`, a resolved bodiless function, as a call of its
    /// definition `def` that returns what it returns.
    pub(super) fn lower_linked(
        &mut self,
        func: &mut ir::Function,
        fctx: &mut FunctionBuilderContext,
        def: FuncId,
    ) {
        let mut b = FunctionBuilder::new(func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let args = b.block_params(entry).to_vec();
        let r = self.module.declare_func_in_func(def, b.func);
        let call = b.ins().call(r, &args);
        let rets = b.inst_results(call).to_vec();
        b.ins().return_(&rets);
        b.seal_all_blocks();
        b.finalize(self.isa.frontend_config());
    }

    fn func_decl(&self, f: &crate::types::FuncRef) -> Option<&ast::FuncDecl> {
        match &self.files.get(f.file)?.decls[f.decl] {
            ast::Decl::Func(d) => Some(d),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_forms_and_linknamestd() {
        let ds = directives(
            "package p\n//go:linkname now runtime.nanotime\n// go:linkname x y\n//go:linkname keep\n//go:linknamestd a b.c\n",
        );
        let got: Vec<(&str, Option<&str>)> = ds
            .iter()
            .map(|d| (d.local.as_str(), d.target.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("now", Some("runtime.nanotime")),
                ("keep", None),
                ("a", Some("b.c"))
            ]
        );
    }
}
