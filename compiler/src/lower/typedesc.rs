//! Emitting type descriptors: every descriptor and every name of the
//! program goes into ONE read-only data object, `golift.types` (the
//! program's descriptor module, rt/ABI.md "Type descriptors"), so that
//! `NameOff`/`TypeOff` are offsets known at compile time. A descriptor's
//! region is reserved (with room for its whole method set) and its offset
//! recorded before anything it refers to is emitted, so recursive types
//! (a struct holding `*T`) find it. Absolute pointers become data
//! relocations when the module is defined at the end (`finish_types`);
//! `TextOff`s become 32-bit PC-relative relocations with the field's offset
//! as addend (code address minus module start), added to the object file
//! after Cranelift wrote it (`add_text_relocs`). `golift.moduledata`
//! (start, end, typelinks) is what `golift.main` hands the runtime.

use std::collections::HashMap;

use cranelift_codegen::ir::{self, types::I8, InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, FuncOrDataId, Linkage, Module};
use cranelift_object::object::write::{Relocation, SymbolSection};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind};
use cranelift_object::ObjectProduct;

use super::func::trusted;
use super::promoted::{SetMethod, Via};
use super::{abi, internal, ModCx};
use crate::typeinfo::desc::{self, Name, Off, Target};
use crate::typeinfo::typestr::rt_string;
use crate::types::ty::Type;
use crate::types::{ObjId, TypeId};

/// An absolute pointer inside the module, resolved when it is defined.
enum Abs {
    Module(usize),
    Data(DataId),
    Func(FuncId),
}

/// The program's descriptor module under construction.
pub(crate) struct TypeModule {
    pub id: DataId,
    pub moduledata: DataId,
    bytes: Vec<u8>,
    abs: Vec<(usize, Abs)>,
    /// `TextOff` fields and the functions they lead to.
    text: Vec<(usize, FuncId)>,
    offsets: HashMap<TypeId, usize>,
    /// `[]elem` descriptors synthesised for arrays (`desc::build_slice_of`).
    slices: HashMap<TypeId, usize>,
    names: HashMap<Name, usize>,
}

impl TypeModule {
    pub fn declare(module: &mut cranelift_object::ObjectModule) -> TypeModule {
        let id = module
            .declare_data("golift.types", Linkage::Local, false, false)
            .expect("golift.types is declared once");
        let moduledata = module
            .declare_data("golift.moduledata", Linkage::Local, false, false)
            .expect("golift.moduledata is declared once");
        TypeModule {
            id,
            moduledata,
            // Offset 0 means "none" for NameOff and TypeOff.
            bytes: vec![0; 16],
            abs: Vec::new(),
            text: Vec::new(),
            offsets: HashMap::new(),
            slices: HashMap::new(),
            names: HashMap::new(),
        }
    }

    fn reserve(&mut self, n: usize) -> usize {
        let at = self.bytes.len().next_multiple_of(8);
        self.bytes.resize(at + n, 0);
        at
    }

    /// The `TextOff` fields collected so far (for `add_text_relocs`).
    pub fn take_text(&mut self) -> Vec<(usize, FuncId)> {
        std::mem::take(&mut self.text)
    }

    fn put_i32(&mut self, at: usize, v: i32) {
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
}

impl ModCx<'_> {
    /// The offset of `t`'s descriptor in `golift.types`, emitted on first use.
    pub fn type_desc(&mut self, t: TypeId) -> usize {
        if let Some(&at) = self.tmod.offsets.get(&t) {
            return at;
        }
        let room = desc::build(self.tt(), t, self.method_room(t), &self.pkg.path);
        let at = self.tmod.reserve(room.bytes.len());
        self.tmod.offsets.insert(t, at);
        let methods = self.method_entries(t);
        let blob = desc::build(self.tt(), t, methods, &self.pkg.path);
        if blob.bytes.len() > room.bytes.len() {
            self.diags.push(internal(format!(
                "descriptor of type {} outgrew its reserved room",
                t.0
            )));
            return at;
        }
        self.place(at, blob);
        at
    }

    /// Placeholder entries for `t`'s whole method set: the room its
    /// descriptor may need before the methods' wrappers exist.
    fn method_room(&self, t: TypeId) -> Vec<desc::MethodEntry> {
        if !self.has_method_table(t) {
            return Vec::new();
        }
        self.method_set_of(t)
            .into_iter()
            .map(|m| desc::MethodEntry {
                name: m.name,
                pkgpath: String::new(),
                mtyp: m.sig,
                ifn: String::new(),
                tfn: String::new(),
            })
            .collect()
    }

    /// Copies `blob` into the module at `at` and resolves its references.
    fn place(&mut self, at: usize, blob: desc::Blob) {
        self.tmod.bytes[at..at + blob.bytes.len()].copy_from_slice(&blob.bytes);
        for r in blob.relocs {
            let abs = self.resolve(at, r.target);
            if let Some(abs) = abs {
                self.tmod.abs.push((at + r.at, abs));
            }
        }
        for o in blob.offs {
            let field = at + o.at;
            let v = match o.off {
                Off::Name(n) => self.name_off(&n) as i32,
                Off::Type(t) => self.type_desc(t) as i32,
                Off::Text(sym) => match self.module.get_name(&sym) {
                    Some(FuncOrDataId::Func(f)) => {
                        self.tmod.text.push((field, f));
                        0
                    }
                    _ => -1,
                },
            };
            self.tmod.put_i32(field, v);
        }
    }

    fn resolve(&mut self, at: usize, target: Target) -> Option<Abs> {
        let i64t = ir::types::I64;
        Some(match target {
            Target::Own(off) => Abs::Module(at + off),
            Target::Desc(t) => Abs::Module(self.type_desc(t)),
            Target::SliceOf(e) => Abs::Module(self.slice_desc(e)),
            Target::Name(n) => Abs::Module(self.name_off(&n)),
            Target::Bytes(b) => Abs::Data(self.string_data(&b)),
            Target::Runtime(name) => {
                let ret = if name.contains("equal") {
                    ir::types::I8
                } else {
                    i64t
                };
                Abs::Func(self.runtime_func(name, &[i64t, i64t, i64t], &[ret]))
            }
            Target::Code(sym) if sym == "golift.equal" => {
                Abs::Func(self.funcval_adapter(&sym, I8)?)
            }
            Target::Code(sym) if sym == "golift.hash" => {
                Abs::Func(self.funcval_adapter(&sym, i64t)?)
            }
            Target::Code(sym) => match self.module.get_name(&sym) {
                Some(FuncOrDataId::Func(f)) => Abs::Func(f),
                _ => return None,
            },
        })
    }

    /// The Go-callable code of the `equal` and hasher funcvals (rt/ABI.md):
    /// a `tail` function `(fv, a, b) -> ret` that calls the funcval's C
    /// function (word 1) as `f(a, b, fv.typ)` (word 2), so Go code
    /// (reflectlite's `t.Equal(p, q)`) can call them like any func value.
    fn funcval_adapter(&mut self, name: &str, ret: ir::Type) -> Option<FuncId> {
        if let Some(FuncOrDataId::Func(id)) = self.module.get_name(name) {
            return Some(id);
        }
        let i64t = ir::types::I64;
        let mut sig = ir::Signature::new(cranelift_codegen::isa::CallConv::Tail);
        sig.params.extend([i64t; 3].map(ir::AbiParam::new));
        sig.returns.push(ir::AbiParam::new(ret));
        let id = self
            .module
            .declare_function(name, Linkage::Local, &sig)
            .ok()?;
        let mut csig = ir::Signature::new(self.isa.default_call_conv());
        csig.params.extend([i64t; 3].map(ir::AbiParam::new));
        csig.returns.push(ir::AbiParam::new(ret));
        let mut func =
            ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let ps = b.block_params(entry).to_vec();
            let f = b.ins().load(i64t, trusted(), ps[0], 8);
            let t = b.ins().load(i64t, trusted(), ps[0], 16);
            let sref = b.import_signature(csig);
            let call = b.ins().call_indirect(sref, f, &[ps[1], ps[2], t]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
        }
        self.define(id, name, func, 0, Default::default());
        Some(id)
    }

    /// The descriptor of `[]elem`: the program's own, or one synthesised.
    fn slice_desc(&mut self, elem: TypeId) -> usize {
        if let Some(t) = self.tt().lookup(&Type::Slice(elem)) {
            return self.type_desc(t);
        }
        if let Some(&at) = self.tmod.slices.get(&elem) {
            return at;
        }
        let blob = desc::build_slice_of(self.tt(), elem);
        let at = self.tmod.reserve(blob.bytes.len());
        self.tmod.slices.insert(elem, at);
        self.place(at, blob);
        at
    }

    /// The offset of name `n` in the module (shared by equal names).
    fn name_off(&mut self, n: &Name) -> usize {
        if let Some(&at) = self.tmod.names.get(n) {
            return at;
        }
        let pkg = n.pkg.as_ref().map(|p| self.name_off(&Name::plain(p)));
        let mut bytes = n.encode();
        if let Some(p) = pkg {
            bytes.extend_from_slice(&(p as i32).to_le_bytes());
        }
        let at = self.tmod.bytes.len();
        self.tmod.bytes.extend_from_slice(&bytes);
        self.tmod.names.insert(n.clone(), at);
        at
    }

    /// Defines `golift.types` (with each descriptor's `PtrToThis`) and
    /// `golift.moduledata`; the last step of lowering.
    pub(super) fn finish_types(&mut self) {
        self.pointer_descs();
        let ptrs: Vec<(usize, usize)> = self
            .tmod
            .offsets
            .iter()
            .filter_map(|(&t, &at)| {
                let p = self.tt().lookup(&Type::Pointer(t))?;
                Some((at, *self.tmod.offsets.get(&p)?))
            })
            .collect();
        for (at, p) in ptrs {
            self.tmod.put_i32(at + 44, p as i32);
        }
        let links = self.typelinks();
        let links_id = self.typelinks_data(&links);
        let size = self.tmod.bytes.len();
        let mut d = DataDescription::new();
        d.define(std::mem::take(&mut self.tmod.bytes).into_boxed_slice());
        d.set_align(8);
        let me = self.module.declare_data_in_data(self.tmod.id, &mut d);
        for (at, abs) in std::mem::take(&mut self.tmod.abs) {
            match abs {
                Abs::Module(off) => d.write_data_addr(at as u32, me, off as i64),
                Abs::Data(id) => {
                    let gv = self.module.declare_data_in_data(id, &mut d);
                    d.write_data_addr(at as u32, gv, 0);
                }
                Abs::Func(f) => {
                    let fr = self.module.declare_func_in_data(f, &mut d);
                    d.write_function_addr(at as u32, fr);
                }
            }
        }
        self.define_data(self.tmod.id, d);
        let mut md = DataDescription::new();
        let mut words = vec![0u8; 32];
        words[24..32].copy_from_slice(&(links.len() as u64).to_le_bytes());
        md.define(words.into_boxed_slice());
        md.set_align(8);
        let types = self.module.declare_data_in_data(self.tmod.id, &mut md);
        md.write_data_addr(0, types, 0);
        md.write_data_addr(8, types, size as i64);
        let lk = self.module.declare_data_in_data(links_id, &mut md);
        md.write_data_addr(16, lk, 0);
        self.define_data(self.tmod.moduledata, md);
    }

    /// Emits `*T` with every emitted named type `T` whose pointer has
    /// methods (the checker interned those `*T`), as gc does: reflect
    /// builds `*T` at run time without methods otherwise (`reflect.New(T)`
    /// whose value is then asserted to an interface).
    fn pointer_descs(&mut self) {
        loop {
            let tt = self.tt();
            let mut missing: Vec<TypeId> = self
                .tmod
                .offsets
                .keys()
                .filter(|&&t| matches!(tt.get(t), Type::Named(_)) && !tt.is_interface(t))
                .filter_map(|&t| tt.lookup(&Type::Pointer(t)))
                .filter(|p| !self.tmod.offsets.contains_key(p))
                .collect();
            // In type order, not the map's: the same program must give
            // the same executable (the build cache relies on it).
            missing.sort_unstable();
            missing.dedup();
            if missing.is_empty() {
                return;
            }
            for p in missing {
                self.type_desc(p);
            }
        }
    }

    /// The `typelinks` table: `int32` offsets of the unnamed composite
    /// descriptors (those reflect may have to find by string, as gc's), sorted
    /// by type string.
    fn typelinks(&self) -> Vec<i32> {
        let tt = self.tt();
        let mut links: Vec<(String, usize)> = self
            .tmod
            .offsets
            .iter()
            .filter(|(&t, _)| {
                matches!(
                    tt.get(t),
                    Type::Pointer(_)
                        | Type::Array(..)
                        | Type::Chan(..)
                        | Type::Func(_)
                        | Type::Map(..)
                        | Type::Slice(_)
                        | Type::Struct(_)
                )
            })
            .map(|(&t, &at)| (rt_string(tt, t), at))
            .collect();
        links.sort();
        links.iter().map(|&(_, at)| at as i32).collect()
    }

    /// `golift.typelinks`: the table as `int32`s (at least one word, so
    /// it is never an empty data object).
    fn typelinks_data(&mut self, links: &[i32]) -> DataId {
        let id = self
            .module
            .declare_data("golift.typelinks", Linkage::Local, false, false)
            .expect("golift.typelinks is declared once");
        let mut bytes: Vec<u8> = links.iter().flat_map(|l| l.to_le_bytes()).collect();
        bytes.resize(bytes.len().max(4), 0);
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(4);
        self.define_data(id, d);
        id
    }

    /// Whether `t` can have a method table (named types, unnamed structs,
    /// and pointers to those).
    fn has_method_table(&self, t: TypeId) -> bool {
        let tt = self.tt();
        let base = match tt.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        matches!(tt.get(base), Type::Named(_) | Type::Struct(_))
    }

    /// The method table entries of `t`'s method set (promoted.rs): for a
    /// named type `T` or an unnamed struct, the methods with value receivers
    /// and those reached through embedded pointers; for `*T` all. Value
    /// methods are reached through interfaces by a `(*T).M` wrapper unless
    /// `T` is pointer-shaped; promoted methods by generated wrappers.
    pub(super) fn method_entries(&mut self, t: TypeId) -> Vec<desc::MethodEntry> {
        let tt = self.tt();
        let (base, is_ptr) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        if !self.has_method_table(t) {
            return Vec::new();
        }
        let shape = desc::direct_iface(tt, base);
        let direct = shape && !abi::is_memory(tt, base);
        // Pointer-shaped but passed in memory (`[1]*E`): the data word is
        // the value, not a pointer to it.
        let word_mem = shape && !direct && !is_ptr;
        let mut out = Vec::new();
        for m in self.method_set_of(t) {
            let codes = match m.via {
                Via::Func { func, .. } if m.path.is_empty() => {
                    self.declared_codes(func, is_ptr, direct)
                }
                _ => self.promoted_codes(base, &m, is_ptr, direct),
            };
            let Some((mut ifn, tfn)) = codes else {
                continue;
            };
            if word_mem {
                let Type::Func(msig) = self.tt().get(m.sig).clone() else {
                    continue;
                };
                let nsret = super::method::sret_count(self.tt(), &msig);
                let Some(code) = self.direct_word_code(&ifn, nsret) else {
                    continue;
                };
                ifn = code;
            }
            let tfn = self.tfn_forwarder(tfn);
            let pkgpath = if desc::is_exported(&m.name) {
                String::new()
            } else {
                self.method_pkg(&m.via)
            };
            out.push(desc::MethodEntry {
                pkgpath,
                name: m.name,
                mtyp: m.sig,
                ifn,
                tfn,
            });
        }
        out
    }

    /// The `Tfn` of a method whose code is `tfn`: reflect makes it a func
    /// value (`Method(i).Func`), whose calls pass the funcval as a hidden
    /// first argument, so `Tfn` is a forwarder `{tfn}·tw` that drops it and
    /// tail-calls `tfn` (the receiver, then the arguments).
    fn tfn_forwarder(&mut self, tfn: String) -> String {
        use cranelift_module::Module;
        let Some(FuncOrDataId::Func(f)) = self.module.get_name(&tfn) else {
            return tfn;
        };
        let mut sig = self
            .module
            .declarations()
            .get_function_decl(f)
            .signature
            .clone();
        sig.params.insert(0, ir::AbiParam::new(ir::types::I64));
        let name = format!("{tfn}·tw");
        match self.build_forwarder(&name, sig, |_, _, params| {
            Some(super::funcval::Tail::Direct(f, params[1..].to_vec()))
        }) {
            Some(_) => name,
            None => tfn,
        }
    }

    /// The package that declared a method (its receiver's; the program's
    /// main package for methods of embedded interfaces, whose names carry
    /// no package in the checker).
    fn method_pkg(&self, via: &Via) -> String {
        if let Via::Func { func, .. } = via {
            if let Some(r) = self.method_recv(*func) {
                if let Type::Named(i) = self.tt().get(r.base) {
                    return self.tt().named[*i as usize].pkg.clone();
                }
            }
        }
        self.pkg.path.clone()
    }

    /// The interface-callable code of a value method of a pointer-shaped,
    /// memory-class type: it boxes the data word (the value itself) and
    /// tail-calls `inner`, the `(*T).M` code that takes a pointer to it.
    fn direct_word_code(&mut self, inner: &str, nsret: usize) -> Option<String> {
        let Some(FuncOrDataId::Func(id)) = self.module.get_name(inner) else {
            return None;
        };
        let csig = self
            .module
            .declarations()
            .get_function_decl(id)
            .signature
            .clone();
        let name = format!("{inner}·dw");
        self.build_forwarder(&name, csig, |m, b, params| {
            let i64t = ir::types::I64;
            let malloc = m.runtime_func("mallocgc", &[i64t, i64t, I8], &[i64t]);
            let r = m.module.declare_func_in_func(malloc, b.func);
            let size = b.ins().iconst(i64t, 8);
            let nul = b.ins().iconst(i64t, 0);
            let zero = b.ins().iconst(I8, 0);
            let call = b.ins().call(r, &[size, nul, zero]);
            let p = b.inst_results(call)[0];
            b.ins().store(trusted(), params[nsret], p, 0);
            let mut args = params.to_vec();
            args[nsret] = p;
            Some(super::funcval::Tail::Direct(id, args))
        })?;
        Some(name)
    }

    /// (ifn, tfn) of method `m` declared on the base type.
    fn declared_codes(&mut self, m: ObjId, is_ptr: bool, direct: bool) -> Option<(String, String)> {
        let recv = self.method_recv(m)?;
        let own = self.symbol(m);
        let code = if recv.ptr || (direct && !is_ptr) {
            own.clone()
        } else {
            self.ptr_wrapper(m, recv)?;
            let pt = self
                .tt()
                .lookup(&Type::Pointer(recv.base))
                .unwrap_or(recv.base);
            let name = self.pkg.obj(m).name.clone();
            super::method::Recv {
                ptr: true,
                ty: pt,
                ..recv
            }
            .symbol(self.tt(), &name)
        };
        Some((code.clone(), if is_ptr { code } else { own }))
    }

    /// (ifn, tfn) of promoted method `m`: the `(*T).M` wrapper, and for
    /// `T`'s table the by-value `T.M` wrapper (also the interface-callable
    /// one when `T` is pointer-shaped).
    fn promoted_codes(
        &mut self,
        base: TypeId,
        m: &SetMethod,
        is_ptr: bool,
        direct: bool,
    ) -> Option<(String, String)> {
        if is_ptr {
            let p = self.promoted_wrapper(base, m, true)?;
            return Some((p.clone(), p));
        }
        let v = self.promoted_wrapper(base, m, false)?;
        if direct {
            return Some((v.clone(), v));
        }
        let p = self.promoted_wrapper(base, m, true)?;
        Some((p, v))
    }
}

/// Adds the `TextOff` relocations of `golift.types` to the written object:
/// 32-bit PC-relative to the function with the field's own offset as
/// addend, so the linker stores `function - golift.types`.
pub(crate) fn add_text_relocs(
    product: &mut ObjectProduct,
    types: DataId,
    text: &[(usize, FuncId)],
) -> Result<(), crate::diag::Diagnostic> {
    let sym = product.data_symbol(types);
    let s = product.object.symbol(sym);
    let SymbolSection::Section(section) = s.section else {
        return Err(internal("golift.types has no section".into()));
    };
    let base = s.value;
    for &(at, f) in text {
        let symbol = product.function_symbol(f);
        product
            .object
            .add_relocation(
                section,
                Relocation {
                    offset: base + at as u64,
                    symbol,
                    addend: at as i64,
                    flags: RelocationFlags::Generic {
                        kind: RelocationKind::Relative,
                        encoding: RelocationEncoding::Generic,
                        size: 32,
                    },
                },
            )
            .map_err(|e| internal(format!("TextOff relocation: {e}")))?;
    }
    Ok(())
}
