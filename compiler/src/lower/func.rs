//! Per-function lowering state (`Fx`) and the helpers every construct uses:
//! locals and places, loads/stores/copies of Go values, the stack check,
//! runtime calls and the cold panic paths.
//!
//! Locals: a scalar local that never has its address taken is a set of
//! Cranelift `Variable`s; a memory-type local lives in a stack slot; a local
//! whose address is taken (see `escape.rs`), or a memory-type local larger
//! than `STACK_LOCAL_MAX`, lives in a fresh `runtime.newobject` cell each
//! time its declaration runs (that also gives Go 1.22 per-iteration loop
//! variables their own cell).
//!
//! Control flow: after a terminator (return, branch, panic) lowering
//! continues in a fresh block without predecessors, so statement lowering
//! never has to know whether the current block is still open.
//!
//! Runtime checks (bounds, nil, divide, shift) branch to cold blocks that
//! call the non-returning runtime panic. The block a passed check continues
//! in is sealed at once, so it sees the same SSA values as before the check;
//! `facts` remembers the checks passed along such a straight line and
//! identical later checks are skipped.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, types, Block, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Module};

use super::abi;
use super::{ModCx, STACKGUARD0_OFFSET};
use crate::syntax::ast;
use crate::types::ty::{BasicKind, Type, TypeTable};
use crate::types::{ObjId, ObjKind, Signature, TypeId};

/// How many passed checks `Fx::facts` remembers along a straight line.
const MAX_FACTS: usize = 32;

/// Memory-type locals and temporaries bigger than this go to the heap (gc's
/// `MaxStackVarSize`). Frames past the red zone are checked before they are
/// allocated (frame.rs), so big locals cost no heap object (nothing is freed
/// before the GC exists).
pub const STACK_LOCAL_MAX: u64 = 128 * 1024;
/// Budget for all stack slots of a function: what passes it goes to the
/// heap, bounding the frame of a function with many big locals.
const STACK_SLOTS_MAX: u64 = 1024 * 1024;

/// A Go value: its flattened scalars, or the address of a memory-type value.
#[derive(Clone, Debug)]
pub enum V {
    S(Vec<Value>),
    M(Value),
}

impl V {
    pub fn one(v: Value) -> V {
        V::S(vec![v])
    }
    /// The single scalar of a one-scalar value.
    pub fn s0(&self) -> Value {
        match self {
            V::S(v) => v[0],
            V::M(a) => *a,
        }
    }
    pub fn scalars(&self) -> &[Value] {
        match self {
            V::S(v) => v,
            V::M(a) => std::slice::from_ref(a),
        }
    }
}

/// Where a local lives.
#[derive(Clone, Debug)]
pub enum Local {
    Vars(Vec<Variable>),
    Slot(ir::StackSlot),
    Heap(Variable),
}

/// Something that can be assigned to.
#[derive(Clone, Debug)]
pub enum Place {
    Vars(Vec<Variable>),
    Mem(Value),
    /// `m[key]` of map type `mt` (lower/map.rs).
    MapElem {
        mt: TypeId,
        m: Value,
        key: V,
    },
    Blank,
}

/// A statement that `break`/`continue` can target.
pub struct Target {
    pub label: Option<String>,
    pub brk: Block,
    pub cont: Option<Block>,
}

pub struct Fx<'m, 'a, 'f> {
    pub m: &'m mut ModCx<'a>,
    pub b: FunctionBuilder<'f>,
    pub tt: &'a TypeTable,
    /// SourceMap index of the file being lowered (for diagnostics).
    pub file: u32,
    pub locals: HashMap<ObjId, Local>,
    pub escapes: HashSet<ObjId>,
    /// Locals whose address is taken but never escapes (only passed to
    /// `//go:noescape` functions): they live in stack slots.
    pub on_stack: HashSet<ObjId>,
    /// Result types, the named result objects, and the out-pointer of each
    /// memory-type result.
    pub results: Vec<TypeId>,
    pub named_results: Vec<Option<ObjId>>,
    pub sret: Vec<Option<Value>>,
    pub targets: Vec<Target>,
    pub labels: HashMap<String, Block>,
    /// The label of the statement being lowered (for labelled loops).
    pub pending_label: Option<String>,
    /// Blocks that start the body of each switch clause (fallthrough).
    pub fallthrough: Vec<Option<Block>>,
    funcrefs: HashMap<FuncId, ir::FuncRef>,
    datarefs: HashMap<DataId, ir::GlobalValue>,
    /// Pointer values that are never nil (fresh allocations, addresses).
    pub nonnil: HashSet<Value>,
    /// Checks known to have passed on entry to a block: `(index, len)`
    /// bounds checks and `(p, p)` nil checks (see `known`).
    facts: HashMap<Block, Vec<(Value, Value)>>,
    /// `(slice, key)` variables of enclosing `for key := range slice` loops
    /// whose `slice[key]` is always in bounds.
    pub safe_index: Vec<(ObjId, ObjId)>,
    /// Bytes of stack slots created so far.
    slot_bytes: u64,
    /// Temporaries allocated on the heap (already zeroed by newobject).
    heap_temps: HashSet<Value>,
    /// Results of calls evaluated ahead of their surroundings
    /// (`Fx::hoist_calls`), by call expression.
    pub hoisted: HashMap<ast::NodeId, Vec<V>>,
    /// Local slices whose first append gets gc's 32-byte buffer
    /// (`escape::local_slices`).
    pub local_slices: HashSet<ObjId>,
    /// Per local slice, whether its 32-byte buffer was used in this call.
    pub append_buf_used: HashMap<ObjId, Variable>,
    /// The body's flag region for the literals gc inlines (`inlsite.rs`)
    /// and its address.
    pub inl: super::inlsite::Region,
    pub inl_base: Option<Value>,
    /// The symbol of the function being lowered, and whether it is a
    /// function literal (or defer thunk): names nested literals.
    pub symbol: String,
    pub in_closure: bool,
    /// Exit paths: defers and unwinding (`defer.rs`).
    pub frame: super::defer::Frame,
    /// Values of expressions evaluated elsewhere (a defer thunk's saved
    /// operands, an assignment's early operands), by expression.
    pub preset: HashMap<ast::NodeId, V>,
    /// Addresses of variables saved by a deferred call for its receiver
    /// (`defer v.M()` with a pointer method takes `&v` at the defer),
    /// which `addr_of` answers in the thunk.
    pub preset_addr: HashMap<ast::NodeId, Value>,
    /// Field selections `x.f` whose pointer (the embedded pointer at step
    /// `k` of the path, of type `t`) an assignment evaluated early
    /// (`assign.rs`): `(k, t, pointer)` by selector.
    pub saved_bases: HashMap<ast::NodeId, (usize, TypeId, Value)>,
    /// Set while lowering the body closure of a range-over-func loop.
    pub rangefunc: Option<super::rangefunc::RangeBody>,
    /// The source locations of the calls being lowered, innermost last:
    /// a call instruction gets its call's (`pctab.rs`).
    pub call_locs: Vec<ir::SourceLoc>,
    /// The function's symbol for the pc table when `symbol` is empty (a
    /// generic instance's body).
    pub pc_name: String,
    /// A defer thunk's replayed call: the next Go call without results
    /// and with scalar arguments is a tail call (`emit_call_with`), so
    /// that `recover` in the callee sees the exit path's frame as its
    /// caller's (rt/ABI.md, "Panics and defers").
    pub tail_call: bool,
}

pub fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Lowers a function body into `func`.
pub(super) fn lower_body(
    m: &mut ModCx,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    (file, symbol): (u32, &str),
    decl: &ast::FuncDecl,
    sig: &Signature,
    stack_check: bool,
) {
    let (fty, Some(body)) = (&decl.ty, &decl.body) else {
        return;
    };
    let b = FunctionBuilder::new(func, fctx);
    let (mut escapes, on_stack) = super::escape::addressed(m.pkg, body, &m.noescape, &m.ptrnoleak);
    escapes.extend(m.clo.byref.iter().copied());
    let mut fx = Fx::new(m, b, file, escapes);
    fx.on_stack = on_stack;
    if let Some(&obj) = fx.m.pkg.info.defs.get(&decl.name.id) {
        fx.symbol = fx.m.symbol(obj);
    }
    fx.pc_name = symbol.to_string();
    fx.local_slices = super::escape::local_slices(fx.m.pkg, body, &fx.m.noleak);
    let entry = fx.b.create_block();
    fx.b.append_block_params_for_function_params(entry);
    fx.b.switch_to_block(entry);
    fx.set_pos(decl.span.lo);
    let params: Vec<Value> = fx.b.block_params(entry).to_vec();
    if stack_check {
        fx.stack_check();
    }
    fx.bind_params(decl.recv.as_ref(), fty, sig, &params);
    fx.start_inline_flags(body, None);
    fx.start_frame(body);
    fx.block(&body.stmts);
    // The exit paths (deferred calls) are the closing brace's, as in gc.
    fx.set_pos(body.span.hi.saturating_sub(1));
    fx.finish_frame();
    fx.finish_body();
}

/// Lowers the body of a function literal or defer thunk: its first
/// parameter is the closure context (`closure.rs`).
pub(super) fn lower_closure_body(
    m: &mut ModCx,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    p: &super::closure::Pending,
) {
    let body = match &p.lit.kind {
        ast::ExprKind::FuncLit { body, .. } => Some(body),
        _ => None,
    };
    let (mut fx, params) = Fx::closure_entry(m, FunctionBuilder::new(func, fctx), p, body);
    let ctx = params[0];
    match (&p.kind, &p.lit.kind) {
        (super::closure::PendingKind::Thunk(layout), _) => {
            let none = ast::FuncType {
                params: vec![],
                results: vec![],
                span: ast::Span::default(),
            };
            fx.bind_params(None, &none, &p.sig, &params[1..]);
            fx.thunk_body(ctx, &p.lit, layout);
        }
        (_, ast::ExprKind::FuncLit { ty, body }) => {
            fx.local_slices = super::escape::local_slices(fx.m.pkg, body, &fx.m.noleak);
            fx.bind_captures(ctx, &p.captures);
            fx.bind_params(None, ty, &p.sig, &params[1..]);
            fx.start_inline_flags(body, p.flags_off.map(|off| (ctx, off)));
            fx.start_frame(body);
            fx.block(&body.stmts);
            fx.set_pos(body.span.hi.saturating_sub(1));
        }
        _ => {}
    }
    fx.finish_frame();
    fx.finish_body();
}

impl<'m, 'a, 'f> Fx<'m, 'a, 'f> {
    /// The entry of a closure's function (literal, defer thunk, range-func
    /// body): its variables whose address `body` takes or that are captured
    /// by reference live in memory; the context (first parameter, never nil)
    /// and the other parameters are returned after the stack check.
    pub(super) fn closure_entry(
        m: &'m mut ModCx<'a>,
        b: FunctionBuilder<'f>,
        p: &super::closure::Pending,
        body: Option<&ast::Block>,
    ) -> (Self, Vec<Value>) {
        let mut escapes = HashSet::new();
        if let Some(body) = body {
            escapes = super::escape::address_taken(m.pkg, body);
            escapes.extend(m.clo.byref.iter().copied());
        }
        let mut fx = Fx::new(m, b, p.file, escapes);
        fx.symbol = p.name.clone();
        fx.in_closure = true;
        let entry = fx.b.create_block();
        fx.b.append_block_params_for_function_params(entry);
        fx.b.switch_to_block(entry);
        let params: Vec<Value> = fx.b.block_params(entry).to_vec();
        fx.stack_check();
        fx.nonnil.insert(params[0]);
        (fx, params)
    }
}

/// Lowers `main..init`: for each package in dependency order, its variable
/// initialisers, then its `init` functions; a panic in either stops
/// initialisation at once.
pub(super) fn lower_init(
    m: &mut ModCx,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) {
    let b = FunctionBuilder::new(func, fctx);
    let pkg = m.pkg;
    let mut fx = Fx::new(m, b, 0, HashSet::new());
    fx.symbol = format!("{}.init", pkg.path);
    let entry = fx.b.create_block();
    fx.b.switch_to_block(entry);
    fx.stack_check();
    for p in &pkg.packages {
        for init in &p.init_order {
            if !fx.m.is_static(init) {
                fx.initializer(init);
            }
        }
        for &i in &p.inits {
            if let Some(gf) = fx.m.funcs.get(&i).cloned() {
                let r = fx.func_ref(gf.id);
                fx.b.ins().call(r, &[]);
                fx.check_unwinding();
            }
        }
    }
    // A panicking initialiser or `init` leaves through the unwinding exit
    // (the entry then prints the panic), like any other frame.
    fx.finish_frame();
    fx.finish_body();
}

/// Lowers the stub of a function without a body (implemented in assembly
/// or pulled by `//go:linkname` in gc): calling it dies with
/// `fatal error: golift: SYMBOL is not implemented`.
pub(super) fn lower_stub(
    m: &mut ModCx,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
    symbol: &str,
) {
    let b = FunctionBuilder::new(func, fctx);
    let mut fx = Fx::new(m, b, 0, HashSet::new());
    fx.symbol = symbol.to_string();
    let entry = fx.b.create_block();
    fx.b.append_block_params_for_function_params(entry);
    fx.b.switch_to_block(entry);
    let msg = format!("golift: {symbol} is not implemented");
    let s = fx.string_const(msg.as_bytes());
    let args = s.scalars().to_vec();
    // throw never returns: no unwinding check (the stub has no exit path).
    let throw = fx.m.runtime_func("throw", &[types::I64, types::I64], &[]);
    let r = fx.runtime_ref(throw);
    fx.b.ins().call(r, &args);
    fx.b.ins().trap(TrapCode::unwrap_user(1));
    fx.b.seal_all_blocks();
    fx.b.finalize(fx.m.isa.frontend_config());
}

impl<'m, 'a, 'f> Fx<'m, 'a, 'f> {
    pub(super) fn new(
        m: &'m mut ModCx<'a>,
        b: FunctionBuilder<'f>,
        file: u32,
        escapes: HashSet<ObjId>,
    ) -> Self {
        let tt = m.tt();
        Fx {
            m,
            b,
            tt,
            file,
            locals: HashMap::new(),
            escapes,
            on_stack: HashSet::new(),
            results: Vec::new(),
            named_results: Vec::new(),
            sret: Vec::new(),
            targets: Vec::new(),
            labels: HashMap::new(),
            pending_label: None,
            fallthrough: Vec::new(),
            funcrefs: HashMap::new(),
            datarefs: HashMap::new(),
            nonnil: HashSet::new(),
            hoisted: HashMap::new(),
            facts: HashMap::new(),
            safe_index: Vec::new(),
            slot_bytes: 0,
            heap_temps: HashSet::new(),
            local_slices: HashSet::new(),
            append_buf_used: HashMap::new(),
            inl: Default::default(),
            inl_base: None,
            symbol: String::new(),
            in_closure: false,
            frame: Default::default(),
            preset: HashMap::new(),
            preset_addr: HashMap::new(),
            saved_bases: HashMap::new(),
            rangefunc: None,
            call_locs: Vec::new(),
            pc_name: String::new(),
            tail_call: false,
        }
    }

    /// The source location of byte `offset` of the file being lowered
    /// (`pctab.rs`).
    pub fn loc_at(&mut self, offset: u32) -> ir::SourceLoc {
        let sources = self.m.sources;
        let name = if self.symbol.is_empty() {
            &self.pc_name
        } else {
            &self.symbol
        };
        self.m.pctab.loc(sources, name, self.file, offset)
    }

    /// Attributes the instructions that follow to byte `offset`'s line.
    pub fn set_pos(&mut self, offset: u32) {
        let loc = self.loc_at(offset);
        self.b.set_srcloc(loc);
    }

    pub(super) fn finish_body(mut self) {
        if self.results.is_empty() {
            self.b.ins().return_(&[]);
        } else {
            self.b.ins().trap(TrapCode::unwrap_user(1));
        }
        self.b.seal_all_blocks();
        self.b.finalize(self.m.isa.frontend_config());
    }

    fn initializer(&mut self, init: &crate::types::Initializer) {
        let files = self.m.files;
        let Some(ast::Decl::Var(specs)) = files.get(init.file).map(|f| &f.decls[init.decl]) else {
            return;
        };
        self.file = files[init.file].file;
        let spec = &specs[init.spec];
        let Some(value) = spec.values.get(init.value) else {
            return;
        };
        self.hoist_calls(value);
        let targets: Vec<Option<TypeId>> = init
            .lhs
            .iter()
            .map(|o| o.map(|o| self.m.pkg.obj(o).ty))
            .collect();
        let vals = match targets[..] {
            [Some(t)] => vec![self.expr_as(value, t)],
            [None] => vec![self.expr(value)],
            _ => self.multi_as(value, &targets),
        };
        for (lhs, v) in init.lhs.iter().zip(vals) {
            let Some(obj) = lhs else { continue };
            let t = self.m.pkg.obj(*obj).ty;
            let addr = self.global_addr(*obj);
            self.store(t, &v, addr, 0);
        }
    }

    // ---- parameters and results ----

    fn bind_params(
        &mut self,
        recv: Option<&ast::Field>,
        fty: &ast::FuncType,
        sig: &Signature,
        params: &[Value],
    ) {
        let mut k = 0;
        for &r in &sig.results {
            self.results.push(r);
            if abi::is_memory(self.tt, r) {
                self.sret.push(Some(params[k]));
                k += 1;
            } else {
                self.sret.push(None);
            }
        }
        let mut ptypes = sig.params.iter();
        for field in recv.into_iter().chain(&fty.params) {
            let names: Vec<Option<&ast::Ident>> = if field.names.is_empty() {
                vec![None]
            } else {
                field.names.iter().map(Some).collect()
            };
            for name in names {
                let Some(&t) = ptypes.next() else { return };
                let n = abi::scalars(self.tt, t).map_or(1, |s| s.len());
                let vals = &params[k..k + n];
                k += n;
                let obj = name.and_then(|id| self.m.pkg.info.defs.get(&id.id).copied());
                let Some(obj) = obj.filter(|_| name.is_some_and(|n| n.name != "_")) else {
                    continue;
                };
                let v = if abi::is_memory(self.tt, t) {
                    V::M(vals[0])
                } else {
                    V::S(vals.to_vec())
                };
                self.declare_local(obj, t, Some(v));
            }
        }
        for field in &fty.results {
            for name in &field.names {
                let obj = self.m.pkg.info.defs.get(&name.id).copied();
                self.named_results.push(obj);
                if let Some(obj) = obj {
                    let t = self.m.pkg.obj(obj).ty;
                    self.declare_local(obj, t, None);
                }
            }
        }
    }

    // ---- references to module items ----

    pub fn func_ref(&mut self, id: FuncId) -> ir::FuncRef {
        if let Some(&r) = self.funcrefs.get(&id) {
            return r;
        }
        let r = self.m.module.declare_func_in_func(id, self.b.func);
        self.funcrefs.insert(id, r);
        r
    }

    /// A direct (colocated) reference to a runtime function: the runtime is
    /// linked statically into the same executable.
    pub(super) fn runtime_ref(&mut self, id: FuncId) -> ir::FuncRef {
        if let Some(&r) = self.funcrefs.get(&id) {
            return r;
        }
        let decl = &self.m.module.declarations().get_function_decl(id);
        let signature = self.b.func.import_signature(decl.signature.clone());
        let name = self
            .b
            .func
            .declare_imported_user_function(ir::UserExternalName {
                namespace: 0,
                index: id.as_u32(),
            });
        let r = self.b.func.import_function(ir::ExtFuncData {
            name: ir::ExternalName::user(name),
            signature,
            colocated: true,
            patchable: false,
        });
        self.funcrefs.insert(id, r);
        r
    }

    pub fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.datarefs.get(&id) {
            Some(&gv) => gv,
            None => {
                let gv = self.m.module.declare_data_in_func(id, self.b.func);
                self.datarefs.insert(id, gv);
                gv
            }
        };
        let v = self.b.ins().symbol_value(types::I64, gv);
        self.nonnil.insert(v);
        v
    }

    pub fn global_addr(&mut self, obj: ObjId) -> Value {
        let id = self.m.globals[&obj];
        self.data_addr(id)
    }

    /// The address of `t`'s descriptor (an offset into `golift.types`).
    pub fn type_desc(&mut self, t: TypeId) -> Value {
        let off = self.m.type_desc(t);
        let base = self.data_addr(self.m.tmod.id);
        let v = self.b.ins().iadd_imm_s(base, off as i64);
        self.nonnil.insert(v);
        v
    }

    /// Calls `runtime.NAME` (SystemV) and returns its results.
    pub fn call_rt(&mut self, name: &'static str, args: &[Value], rets: &[ir::Type]) -> Vec<Value> {
        let params: Vec<ir::Type> = args
            .iter()
            .map(|&a| self.b.func.dfg.value_type(a))
            .collect();
        let id = self.m.runtime_func(name, &params, rets);
        let r = self.runtime_ref(id);
        let call = self.b.ins().call(r, args);
        let rets = self.b.inst_results(call).to_vec();
        if super::closure::may_raise(name) {
            self.check_unwinding();
        }
        rets
    }

    // ---- control flow helpers ----

    /// Continue lowering in a fresh block (after a terminator).
    pub fn dead_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
    }

    pub fn jump(&mut self, to: Block) {
        self.b.ins().jump(to, &[]);
        self.dead_block();
    }

    /// The stack check of a loop back-edge (unless `Options::loop_poll` is
    /// off): the cooperative preemption point of a loop without calls.
    pub fn back_edge_check(&mut self) {
        if self.m.loop_poll {
            self.stack_check();
        }
    }

    /// `if SP < g.stackguard0 { runtime.morestack() }` with a cold call.
    pub fn stack_check(&mut self) {
        let g = self.b.ins().get_pinned_reg(types::I64);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let lim = self
            .b
            .ins()
            .load(types::I64, trusted(), g, STACKGUARD0_OFFSET);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, lim);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(low, slow, &[], cont, &[]);
        self.b.seal_block(slow);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        match self.m.morestack {
            Some(id) => {
                let r = self.func_ref(id);
                self.b.ins().call(r, &[]);
            }
            None => {
                self.call_rt("morestack", &[], &[]);
            }
        }
        self.b.ins().jump(cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// Branches to a cold block that calls the non-returning runtime panic
    /// `name(args)` when `cond` is true.
    pub fn panic_if(&mut self, cond: Value, name: &'static str, args: &[Value]) {
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], cont, &[]);
        self.b.seal_block(slow);
        self.b.seal_block(cont);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.call_rt(name, args, &[]);
        self.after_raise();
        self.b.switch_to_block(cont);
    }

    /// Whether the check `fact` already ran on every path to here: facts are
    /// recorded for the block that a passed check continues in, which only
    /// that check reaches (it is sealed at once, so variables read there
    /// resolve to the same values as before the check).
    fn known(&self, fact: (Value, Value)) -> bool {
        let cur = self.b.current_block();
        cur.is_some_and(|c| self.facts.get(&c).is_some_and(|f| f.contains(&fact)))
    }

    /// The checks known passed at the current point.
    pub fn facts_here(&self) -> Vec<(Value, Value)> {
        self.b
            .current_block()
            .and_then(|c| self.facts.get(&c).cloned())
            .unwrap_or_default()
    }

    /// Gives `block` the facts of a point that dominates it (every path to
    /// `block` passes there). `block` must be sealed so that its variables
    /// resolve to the values the facts are about.
    pub fn inherit_facts(&mut self, block: Block, facts: Vec<(Value, Value)>) {
        if !facts.is_empty() {
            self.facts.insert(block, facts);
        }
    }

    /// Records `fact` for the block lowering continues in (after a check).
    fn learn(&mut self, from: Option<Block>, fact: (Value, Value)) {
        let Some(cur) = self.b.current_block() else {
            return;
        };
        let mut f = from
            .and_then(|b| self.facts.get(&b).cloned())
            .unwrap_or_default();
        if f.len() >= MAX_FACTS {
            f.remove(0);
        }
        f.push(fact);
        self.facts.insert(cur, f);
    }

    /// `runtime.panicBounds(code, x, y, signed)` when `x >= y` (unsigned).
    pub fn bounds_check(&mut self, code: u8, x: Value, y: Value, signed: bool) {
        if self.known((x, y)) {
            return;
        }
        let from = self.b.current_block();
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, x, y);
        self.bounds_fail_if(bad, code, x, y, signed);
        self.learn(from, (x, y));
    }

    /// `runtime.panicBounds(code, x, y, signed)` when `x > y` (unsigned).
    pub fn bounds_check_le(&mut self, code: u8, x: Value, y: Value, signed: bool) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, x, y);
        self.bounds_fail_if(bad, code, x, y, signed);
    }

    fn bounds_fail_if(&mut self, bad: Value, code: u8, x: Value, y: Value, signed: bool) {
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(bad, slow, &[], cont, &[]);
        self.b.seal_block(slow);
        self.b.seal_block(cont);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let c = self.b.ins().iconst(types::I8, code as i64);
        let s = self.b.ins().iconst(types::I8, signed as i64);
        self.call_rt("panicBounds", &[c, x, y, s], &[]);
        self.after_raise();
        self.b.switch_to_block(cont);
    }

    /// `runtime.panicmem()` when `p` is nil (unless known non-nil).
    pub fn nil_check(&mut self, p: Value) {
        if self.nonnil.contains(&p) || self.known((p, p)) {
            return;
        }
        let from = self.b.current_block();
        let z = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.panic_if(z, "panicmem", &[]);
        self.learn(from, (p, p));
    }

    // ---- locals ----

    /// Declares `obj` of type `t` with an initial value (zero when `None`).
    pub fn declare_local(&mut self, obj: ObjId, t: TypeId, init: Option<V>) {
        let in_memory = abi::is_memory(self.tt, t) || self.on_stack.contains(&obj);
        let size = self.tt.size_of(t);
        let local = if self.escapes.contains(&obj) || (in_memory && !self.fits_stack(size)) {
            let p = self.new_object(t);
            let var = self.b.declare_var(types::I64);
            self.b.def_var(var, p);
            if let Some(v) = &init {
                self.store(t, v, p, 0);
            }
            Local::Heap(var)
        } else if in_memory {
            let slot = self.stack_slot(size.max(1), self.tt.align_of(t));
            let addr = self.b.ins().stack_addr(types::I64, slot, 0);
            match &init {
                Some(v) => self.store(t, v, addr, 0),
                None => self.zero_mem(addr, size),
            }
            Local::Slot(slot)
        } else {
            let tys = abi::scalars(self.tt, t).unwrap_or_default();
            let vals = match init {
                Some(v) => v.scalars().to_vec(),
                None => self.zero_scalars(&tys),
            };
            let vars: Vec<Variable> = tys
                .iter()
                .zip(vals)
                .map(|(&ty, v)| {
                    let var = self.b.declare_var(ty);
                    self.b.def_var(var, v);
                    var
                })
                .collect();
            Local::Vars(vars)
        };
        self.locals.insert(obj, local);
    }

    /// Whether a local or temporary of `size` bytes may take a stack slot: small
    /// enough itself and within the function's slot budget (what does not
    /// fit goes to the heap).
    fn fits_stack(&self, size: u64) -> bool {
        size <= STACK_LOCAL_MAX && self.slot_bytes + size <= STACK_SLOTS_MAX
    }

    pub fn stack_slot(&mut self, size: u64, align: u64) -> ir::StackSlot {
        self.slot_bytes += size.next_multiple_of(8);
        let shift = align.max(8).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size as u32,
            shift,
        ))
    }

    /// Fresh zeroed storage for a temporary of type `t`: a stack slot, or
    /// the heap when it is large.
    pub fn temp(&mut self, t: TypeId) -> Value {
        let addr = self.temp_uninit(t);
        if !self.heap_temps.contains(&addr) {
            self.zero_mem(addr, self.tt.size_of(t));
        }
        addr
    }

    /// Storage for a temporary of type `t` that is about to be overwritten
    /// whole (a call's result): not zeroed when it is a stack slot.
    pub fn temp_uninit(&mut self, t: TypeId) -> Value {
        let size = self.tt.size_of(t);
        if !self.fits_stack(size) {
            let p = self.new_object(t);
            self.heap_temps.insert(p);
            return p;
        }
        let slot = self.stack_slot(size.max(1), self.tt.align_of(t));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        self.nonnil.insert(addr);
        addr
    }

    /// Uninitialised stack storage of `size` bytes (for runtime out-params).
    pub fn scratch(&mut self, size: u64) -> Value {
        let slot = self.stack_slot(size, 8);
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        self.nonnil.insert(addr);
        addr
    }

    /// `runtime.newobject(type)`: a zeroed heap cell.
    pub fn new_object(&mut self, t: TypeId) -> Value {
        let desc = self.type_desc(t);
        let p = self.call_rt("newobject", &[desc], &[types::I64])[0];
        self.nonnil.insert(p);
        p
    }

    pub fn local_place(&mut self, obj: ObjId) -> Place {
        if let Some(local) = self.locals.get(&obj).cloned() {
            return match local {
                Local::Vars(vars) => Place::Vars(vars),
                Local::Slot(slot) => {
                    let a = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.nonnil.insert(a);
                    Place::Mem(a)
                }
                Local::Heap(var) => {
                    let p = self.b.use_var(var);
                    self.nonnil.insert(p);
                    Place::Mem(p)
                }
            };
        }
        match self.m.pkg.obj(obj).kind {
            ObjKind::Var { global: true, .. } if self.m.globals.contains_key(&obj) => {
                Place::Mem(self.global_addr(obj))
            }
            _ => Place::Blank,
        }
    }

    pub fn read_place(&mut self, p: &Place, t: TypeId) -> V {
        match p {
            Place::Vars(vars) => V::S(vars.iter().map(|&v| self.b.use_var(v)).collect()),
            Place::Mem(a) => self.load(t, *a, 0),
            Place::MapElem { mt, m, key } => self.read_map_place(*mt, *m, key),
            Place::Blank => self.zero(t),
        }
    }

    pub fn write_place(&mut self, p: &Place, t: TypeId, v: &V) {
        match p {
            Place::Vars(vars) => {
                for (&var, &x) in vars.iter().zip(v.scalars()) {
                    self.b.def_var(var, x);
                }
            }
            Place::Mem(a) => self.store(t, v, *a, 0),
            Place::MapElem { mt, m, key } => self.write_map_place(*mt, *m, key, v),
            Place::Blank => {}
        }
    }

    // ---- memory ----

    /// The value of type `t` stored at `addr + off`.
    pub fn load(&mut self, t: TypeId, addr: Value, off: i32) -> V {
        match abi::scalars(self.tt, t) {
            Some(tys) => {
                let offs = abi::scalar_offsets(self.tt, t);
                V::S(
                    tys.iter()
                        .zip(offs)
                        .map(|(&ty, o)| self.b.ins().load(ty, trusted(), addr, off + o as i32))
                        .collect(),
                )
            }
            None => {
                let a = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                V::M(a)
            }
        }
    }

    /// Stores `v` (of type `t`) at `addr + off`.
    pub fn store(&mut self, t: TypeId, v: &V, addr: Value, off: i32) {
        match v {
            V::S(vals) => {
                let offs = abi::scalar_offsets(self.tt, t);
                for (&x, o) in vals.iter().zip(offs) {
                    self.b.ins().store(trusted(), x, addr, off + o as i32);
                }
            }
            V::M(src) => {
                let dst = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                let size = self.tt.size_of(t);
                self.copy_mem(dst, *src, size);
            }
        }
    }

    /// memmove of `size` bytes (inline words for small sizes).
    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size == 0 {
            return;
        }
        if size <= 64 {
            let mut vals = Vec::new();
            let mut off = 0u64;
            while off < size {
                let unit = chunk(size - off, off);
                let ty = ir::Type::int((unit * 8) as u16).unwrap_or(types::I8);
                vals.push((self.b.ins().load(ty, trusted(), src, off as i32), off));
                off += unit;
            }
            for (v, o) in vals {
                self.b.ins().store(trusted(), v, dst, o as i32);
            }
            return;
        }
        let n = self.b.ins().iconst(types::I64, size as i64);
        let cfg = self.m.isa.frontend_config();
        self.b.call_memmove(cfg, dst, src, n);
    }

    pub fn zero_mem(&mut self, addr: Value, size: u64) {
        if size == 0 {
            return;
        }
        if size <= 64 {
            let mut off = 0u64;
            while off < size {
                let unit = chunk(size - off, off);
                let ty = ir::Type::int((unit * 8) as u16).unwrap_or(types::I8);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().store(trusted(), z, addr, off as i32);
                off += unit;
            }
            return;
        }
        let n = self.b.ins().iconst(types::I64, size as i64);
        let z = self.b.ins().iconst(types::I8, 0);
        let cfg = self.m.isa.frontend_config();
        self.b.call_memset(cfg, addr, z, n);
    }

    pub fn zero_scalars(&mut self, tys: &[ir::Type]) -> Vec<Value> {
        tys.iter()
            .map(|&ty| match ty {
                types::F32 => self.b.ins().f32const(0.0),
                types::F64 => self.b.ins().f64const(0.0),
                _ => self.b.ins().iconst(ty, 0),
            })
            .collect()
    }

    /// The zero value of `t`.
    pub fn zero(&mut self, t: TypeId) -> V {
        match abi::scalars(self.tt, t) {
            Some(tys) => V::S(self.zero_scalars(&tys)),
            None => V::M(self.temp(t)),
        }
    }

    /// A copy of `v` that later stores cannot change (memory values only
    /// need it; scalars are already immutable SSA values).
    pub fn stabilize(&mut self, t: TypeId, v: V) -> V {
        match v {
            V::M(src) => {
                let dst = self.temp(t);
                self.copy_mem(dst, src, self.tt.size_of(t));
                V::M(dst)
            }
            s => s,
        }
    }

    // ---- type questions ----

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        self.tt.basic_kind(t)
    }

    pub fn is_signed(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic(t),
            Some(Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune)
        )
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
        )
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
        )
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }

    /// The Cranelift type of a one-scalar Go type.
    pub fn clif(&self, t: TypeId) -> ir::Type {
        abi::scalars(self.tt, t)
            .and_then(|s| s.first().copied())
            .unwrap_or(types::I64)
    }

    pub fn under(&self, t: TypeId) -> &'a Type {
        self.tt.under(t)
    }

    /// Element type of a slice, array, pointer-to-array or string (byte).
    pub fn elem(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Slice(e) | Type::Array(_, e) => *e,
            Type::Pointer(p) => match self.under(*p) {
                Type::Array(_, e) => *e,
                _ => *p,
            },
            _ => self.tt.basic(BasicKind::Uint8),
        }
    }

    /// Converts an integer index of type `t` to a 64-bit value.
    pub fn widen_index(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == types::I64 {
            v
        } else if self.is_signed(t) {
            self.b.ins().sextend(types::I64, v)
        } else {
            self.b.ins().uextend(types::I64, v)
        }
    }

    pub fn unsupported(&mut self, span: ast::Span, feature: &str) {
        let file = self.file;
        self.m.unsupported(file, span, feature);
    }
}

/// Size of the next inline copy unit at `off` with `left` bytes remaining.
fn chunk(left: u64, off: u64) -> u64 {
    [8u64, 4, 2, 1]
        .into_iter()
        .find(|&u| u <= left && off.is_multiple_of(u))
        .unwrap_or(1)
}
