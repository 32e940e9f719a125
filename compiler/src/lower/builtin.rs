//! Calls of builtin functions: len, cap, append, copy, make, new, panic,
//! print/println (gc's format: `println` separates operands with spaces
//! and ends the line, `print` does neither; float32 and complex64 print with
//! their own shortest representation, as Go 1.27), min/max (floats: NaN wins, -0 < +0, as
//! Cranelift's fmin/fmax), clear, complex/real/imag.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use cranelift_frontend::Variable;

use super::func::{trusted, Fx, V};
use crate::syntax::ast::{BinOp, Expr, ExprKind, Span};
use crate::types::ty::{BasicKind, Type};
use crate::types::{Builtin, Mode, ObjId, TypeId};

/// Size of gc's stack buffer for the first append to a local empty slice.
const SMALL_APPEND_BUF: u64 = 32;

impl<'m, 'a, 'f> Fx<'m, 'a, 'f> {
    pub fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        spread: bool,
        t: TypeId,
    ) -> Vec<V> {
        let v = match b {
            Builtin::Len | Builtin::Cap => self.len_cap(e, b, &args[0], t),
            Builtin::Append => self.append(&args[0], &args[1..], spread, t),
            Builtin::Copy => self.copy(&args[0], &args[1]),
            Builtin::Make => self.make(e, args, t),
            Builtin::New => {
                let et = match self.under(t) {
                    Type::Pointer(p) => *p,
                    _ => t,
                };
                let obj = self.new_object(et);
                // Go 1.26's `new(expr)`: the new variable starts as expr's value.
                if self.mode_of(&args[0]) != Some(&Mode::Type) {
                    let v = self.expr_as(&args[0], et);
                    self.store(et, &v, obj, 0);
                }
                V::one(obj)
            }
            Builtin::Panic => {
                self.panic_call(&args[0]);
                return vec![];
            }
            Builtin::Print | Builtin::Println => {
                self.print(e, args, b == Builtin::Println);
                return vec![];
            }
            Builtin::Min | Builtin::Max => self.min_max(b, args, t),
            Builtin::Clear => {
                self.clear(e, &args[0]);
                return vec![];
            }
            Builtin::Complex => {
                let re = self.expr_as(&args[0], self.part_type(t));
                let im = self.expr_as(&args[1], self.part_type(t));
                V::S(vec![re.s0(), im.s0()])
            }
            Builtin::Real | Builtin::Imag => {
                let c = self.expr(&args[0]);
                V::one(c.scalars()[(b == Builtin::Imag) as usize])
            }
            Builtin::Close => {
                self.close_chan(&args[0]);
                return vec![];
            }
            Builtin::Delete => {
                self.map_delete(&args[0], &args[1]);
                return vec![];
            }
            Builtin::Recover => self.recover(),
            // Always constant: the checker recorded their values.
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => self.fail(e, t, "unsafe"),
            Builtin::Add => {
                let p = self.expr(&args[0]).s0();
                let lt = self.type_of(&args[1]);
                let n = self.expr(&args[1]).s0();
                let n = self.widen_index(n, lt);
                V::one(self.b.ins().iadd(p, n))
            }
            Builtin::Slice | Builtin::String => {
                let p = self.expr(&args[0]).s0();
                let lt = self.type_of(&args[1]);
                let n = self.expr(&args[1]).s0();
                let n = self.widen_index(n, lt);
                let size = match self.under(t) {
                    Type::Slice(et) => self.tt.size_of(*et),
                    _ => 1,
                };
                self.unsafe_len_check(p, n, size, b == Builtin::String);
                if b == Builtin::String {
                    V::S(vec![p, n])
                } else {
                    V::S(vec![p, n, n])
                }
            }
            Builtin::SliceData | Builtin::StringData => V::one(self.expr(&args[0]).scalars()[0]),
        };
        vec![v]
    }

    /// gc's checks of `unsafe.Slice(p, n)` (elements of `size` bytes) and
    /// `unsafe.String(p, n)`: n not negative, and the n elements neither
    /// overflow the address space from p nor start at nil (unless n is 0).
    fn unsafe_len_check(&mut self, p: Value, n: Value, size: u64, string: bool) {
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
        let bad = if size == 0 {
            let nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
            let some = self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0);
            self.b.ins().band(nil, some)
        } else {
            // n*size > -p, i.e. n > (-p)/size: past the end of memory (or
            // any n > 0 from nil, where -p is 0).
            let room = self.b.ins().ineg(p);
            let room = if size.is_power_of_two() {
                self.b.ins().ushr_imm_u(room, size.trailing_zeros() as i64)
            } else {
                self.b.ins().udiv_imm_u(room, size as i64)
            };
            self.b.ins().icmp(IntCC::UnsignedGreaterThan, n, room)
        };
        let bad = self.b.ins().bor(neg, bad);
        let kind = self.b.ins().iconst(types::I8, string as i64);
        self.panic_if(bad, "panicunsafelen", &[p, n, kind]);
    }

    /// The float type of a complex type's parts.
    fn part_type(&self, t: TypeId) -> TypeId {
        match self.basic(t) {
            Some(BasicKind::Complex64) => self.tt.basic(BasicKind::Float32),
            _ => self.tt.basic(BasicKind::Float64),
        }
    }

    fn len_cap(&mut self, e: &Expr, b: Builtin, x: &Expr, t: TypeId) -> V {
        let xt = self.type_of(x);
        match self.under(xt) {
            Type::Basic(_) | Type::Slice(_) => {
                let v = self.expr(x);
                let i = if b == Builtin::Cap { 2 } else { 1 };
                V::one(v.scalars()[i])
            }
            Type::Array(n, _) => {
                let n = *n;
                // Not constant: the operand has calls or receives, which run
                // (and may panic) as the spec says.
                let constant = matches!(
                    self.m.pkg.type_of(e.id).map(|tv| &tv.mode),
                    Some(crate::types::Mode::Constant(_))
                );
                if !constant {
                    self.expr(x);
                }
                V::one(self.b.ins().iconst(types::I64, n as i64))
            }
            Type::Pointer(p) => {
                let n = match self.under(*p) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                };
                self.expr(x);
                V::one(self.b.ins().iconst(types::I64, n as i64))
            }
            Type::Map(..) => {
                let m = self.expr(x).s0();
                V::one(self.map_len(m))
            }
            Type::Chan(..) => {
                let c = self.expr(x).s0();
                self.chan_len_cap(b, c)
            }
            _ => self.fail(e, t, "this len/cap"),
        }
    }

    /// `append(s, a, b)` and `append(s, xs...)`: grows through
    /// `runtime.growslice` only when the new length exceeds the capacity.
    fn append(&mut self, s: &Expr, rest: &[Expr], spread: bool, t: TypeId) -> V {
        let et = self.elem(t);
        let local = match &s.kind {
            crate::syntax::ast::ExprKind::Name(_) => self
                .m
                .pkg
                .info
                .uses
                .get(&s.id)
                .copied()
                .filter(|o| self.local_slices.contains(o)),
            _ => None,
        };
        let sv = self.expr_as(s, t).scalars().to_vec();
        let esize = self.tt.size_of(et) as i64;
        if spread {
            let src = self.expr(&rest[0]).scalars().to_vec();
            let (ptr, len, cap) = self.grow(&sv, src[1], et, local);
            let off = self.b.ins().imul_imm_s(sv[1], esize);
            let dst = self.b.ins().iadd(ptr, off);
            let bytes = self.b.ins().imul_imm_s(src[1], esize);
            let cfg = self.m.isa.frontend_config();
            self.b.call_memmove(cfg, dst, src[0], bytes);
            return V::S(vec![ptr, len, cap]);
        }
        if rest.is_empty() {
            return V::S(sv);
        }
        let vals: Vec<V> = rest
            .iter()
            .map(|a| {
                let v = self.expr_as(a, et);
                self.stabilize(et, v)
            })
            .collect();
        let k = self.b.ins().iconst(types::I64, vals.len() as i64);
        let (ptr, len, cap) = self.grow(&sv, k, et, local);
        let off = self.b.ins().imul_imm_s(sv[1], esize);
        let base = self.b.ins().iadd(ptr, off);
        for (i, v) in vals.iter().enumerate() {
            self.store(et, v, base, (i as i64 * esize) as i32);
        }
        V::S(vec![ptr, len, cap])
    }

    /// Where the "buffer used" flag of local slice `obj` is: in the flag
    /// region of an inlined literal (`inlsite.rs`), else a variable of this
    /// call. Read before any definition, the variable is zero (cranelift's
    /// SSA builder supplies zero for a variable undefined on a path).
    fn append_buf_flag(&mut self, obj: ObjId) -> BufFlag {
        if let Some(a) = self.append_flag_addr(obj) {
            return BufFlag::Mem(a);
        }
        let v = match self.append_buf_used.get(&obj) {
            Some(&v) => v,
            None => {
                let v = self.b.declare_var(types::I8);
                self.append_buf_used.insert(obj, v);
                v
            }
        };
        BufFlag::Var(v)
    }

    /// Makes room for `k` more elements in slice `s`: returns the (possibly
    /// new) pointer, the new length and the capacity. `local`: the slice is
    /// a non-escaping local variable, whose first append to an empty slice
    /// gets gc's 32-byte buffer — once per call of the function, as in gc
    /// (its buffer is one per variable: later appends to an empty slice, in
    /// a loop say, go to the heap).
    fn grow(
        &mut self,
        s: &[Value],
        k: Value,
        et: TypeId,
        local: Option<ObjId>,
    ) -> (Value, Value, Value) {
        let newlen = self.b.ins().iadd(s[1], k);
        let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, s[2]);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        self.b
            .ins()
            .brif(over, slow, &[], join, &[s[0].into(), s[2].into()]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let esize = self.tt.size_of(et);
        if let Some(obj) = local.filter(|_| esize > 0 && esize <= SMALL_APPEND_BUF) {
            let fits = SMALL_APPEND_BUF / esize;
            let empty = self.b.ins().icmp_imm_s(IntCC::Equal, s[2], 0);
            let small =
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, newlen, fits as i64);
            let flag = self.append_buf_flag(obj);
            let used = match flag {
                BufFlag::Mem(a) => self.b.ins().load(types::I8, trusted(), a, 0),
                BufFlag::Var(v) => self.b.use_var(v),
            };
            let unused = self.b.ins().icmp_imm_s(IntCC::Equal, used, 0);
            let first = self.b.ins().band(empty, small);
            let first = self.b.ins().band(first, unused);
            let buf = self.b.create_block();
            let general = self.b.create_block();
            self.b.ins().brif(first, buf, &[], general, &[]);
            self.b.switch_to_block(buf);
            self.b.set_cold_block(buf);
            let one = self.b.ins().iconst(types::I8, 1);
            match flag {
                BufFlag::Mem(a) => {
                    self.b.ins().store(trusted(), one, a, 0);
                }
                BufFlag::Var(v) => self.b.def_var(v, one),
            }
            let p = self.alloc_array(et, fits as i64);
            let c = self.b.ins().iconst(types::I64, fits as i64);
            self.b.ins().jump(join, &[p.into(), c.into()]);
            self.b.switch_to_block(general);
            self.b.set_cold_block(general);
        }
        let out = self.scratch(24);
        let desc = self.type_desc(et);
        self.call_rt("growslice", &[out, s[0], newlen, s[2], k, desc], &[]);
        let p = self.b.ins().load(types::I64, trusted(), out, 0);
        let c = self.b.ins().load(types::I64, trusted(), out, 16);
        self.b.ins().jump(join, &[p.into(), c.into()]);
        self.b.switch_to_block(join);
        let params = self.b.block_params(join).to_vec();
        (params[0], newlen, params[1])
    }

    fn copy(&mut self, dst: &Expr, src: &Expr) -> V {
        let dt = self.type_of(dst);
        let et = self.elem(dt);
        let d = self.expr(dst).scalars().to_vec();
        let s = self.expr(src).scalars().to_vec();
        let less = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
        let n = self.b.ins().select(less, d[1], s[1]);
        let bytes = self.b.ins().imul_imm_s(n, self.tt.size_of(et) as i64);
        let cfg = self.m.isa.frontend_config();
        self.b.call_memmove(cfg, d[0], s[0], bytes);
        V::one(n)
    }

    fn make(&mut self, e: &Expr, args: &[Expr], t: TypeId) -> V {
        match self.under(t) {
            Type::Slice(et) => {
                let et = *et;
                let len = self.int_arg(&args[1]);
                let cap = match args.get(2) {
                    Some(c) => self.int_arg(c),
                    None => len,
                };
                let out = self.scratch(24);
                let desc = self.type_desc(et);
                self.call_rt("makeslice", &[out, desc, len, cap], &[]);
                self.load(t, out, 0)
            }
            Type::Map(..) => {
                let hint = args.get(1).map(|h| self.int_arg(h));
                V::one(self.make_map(t, hint))
            }
            Type::Chan(..) => {
                let size = args.get(1).map(|n| self.int_arg(n));
                self.make_chan(t, size)
            }
            _ => self.fail(e, t, "this make"),
        }
    }

    /// An integer argument widened to i64.
    fn int_arg(&mut self, a: &Expr) -> Value {
        let t = self.type_of(a);
        let v = self.expr(a).s0();
        if self.is_float(t) {
            return self.b.ins().fcvt_to_sint_sat(types::I64, v);
        }
        self.widen_index(v, t)
    }

    fn panic_call(&mut self, arg: &Expr) {
        let t = self.type_of(arg);
        // A string goes through gopanic with the compiler's descriptor too, so
        // that a recovered value matches `string` in assertions and type switches.
        if let Type::Interface(methods) = self.under(t) {
            // gopanic takes an eface: an iface's dynamic type is its
            // itab's `typ` word (offset 8), nil for a nil interface.
            let empty = methods.is_empty();
            let v = self.expr(arg).scalars().to_vec();
            let typ = if empty {
                v[0]
            } else {
                let load = self.b.create_block();
                let join = self.b.create_block();
                let typ = self.b.append_block_param(join, types::I64);
                self.b.ins().brif(v[0], load, &[], join, &[v[0].into()]);
                self.b.seal_block(load);
                self.b.switch_to_block(load);
                let t = self.b.ins().load(types::I64, trusted(), v[0], 8);
                self.b.ins().jump(join, &[t.into()]);
                self.b.seal_block(join);
                self.b.switch_to_block(join);
                typ
            };
            self.call_rt("gopanic", &[typ, v[1]], &[]);
        } else {
            let v = self.expr(arg);
            let data = self.iface_data(t, &v);
            let desc = self.type_desc(t);
            self.call_rt("gopanic", &[desc, data], &[]);
        }
        self.after_raise();
        self.dead_block();
    }

    fn print(&mut self, call: &Expr, args: &[Expr], ln: bool) {
        // gc's walk rejects operands it cannot print at the call's `(`.
        let lparen = match &call.kind {
            ExprKind::Call { fun, .. } => Span::new(fun.span.hi, fun.span.hi + 1),
            _ => call.span,
        };
        let name = if ln { "println" } else { "print" };
        let mut vals: Vec<(V, TypeId)> = Vec::new();
        for a in args {
            let t = self.type_of(a);
            match self.under(t) {
                // `println(f())` with a multi-valued f prints every result.
                Type::Tuple(ts) => {
                    let ts = ts.clone();
                    let vs = self.multi(a);
                    vals.extend(vs.into_iter().zip(ts));
                }
                _ => vals.push((self.expr(a), t)),
            }
        }
        self.call_rt("printlock", &[], &[]);
        for (i, (v, t)) in vals.iter().enumerate() {
            if ln && i > 0 {
                self.call_rt("printsp", &[], &[]);
            }
            if !self.print_value(v, *t) {
                let ty = self.m.local_type_string(self.file, lparen, *t);
                let msg = format!("illegal types for operand: {name}\n\t{ty}");
                self.m.error(self.file, lparen, msg);
            }
        }
        if ln {
            self.call_rt("printnl", &[], &[]);
        }
        self.call_rt("printunlock", &[], &[]);
    }

    /// Prints one operand with gc's runtime entry for its kind; false for a
    /// type print cannot print (arrays, structs).
    fn print_value(&mut self, v: &V, t: TypeId) -> bool {
        use BasicKind::*;
        let s = v.scalars().to_vec();
        match self.under(t) {
            Type::Basic(k) => match k {
                Bool | UntypedBool => {
                    self.call_rt("printbool", &s, &[]);
                }
                Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => {
                    let x = self.widen_index(s[0], t);
                    self.call_rt("printint", &[x], &[]);
                }
                Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => {
                    let x = self.widen_index(s[0], t);
                    self.call_rt("printuint", &[x], &[]);
                }
                Float32 => {
                    self.call_rt("printfloat32", &s, &[]);
                }
                Float64 | UntypedFloat => {
                    self.call_rt("printfloat", &s, &[]);
                }
                Complex64 => {
                    self.call_rt("printcomplex64", &s, &[]);
                }
                Complex128 | UntypedComplex => {
                    self.call_rt("printcomplex", &s, &[]);
                }
                String | UntypedString => {
                    self.call_rt("printstring", &s, &[]);
                }
                UnsafePointer => {
                    self.call_rt("printpointer", &s, &[]);
                }
                _ => return false,
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                self.call_rt("printpointer", &s, &[]);
            }
            Type::Slice(_) => {
                self.call_rt("printslice", &s, &[]);
            }
            // gc's printeface/printiface: `(0xTYPE,0xDATA)`, `(0xITAB,0xDATA)`.
            Type::Interface(ms) => {
                let f = if ms.is_empty() {
                    "printeface"
                } else {
                    "printiface"
                };
                self.call_rt(f, &s, &[]);
            }
            _ => return false,
        }
        true
    }

    fn min_max(&mut self, b: Builtin, args: &[Expr], t: TypeId) -> V {
        let mut acc = self.expr_as(&args[0], t);
        for a in &args[1..] {
            let v = self.expr_as(a, t);
            acc = self.min_max2(b, t, acc, v);
        }
        acc
    }

    fn min_max2(&mut self, b: Builtin, t: TypeId, x: V, y: V) -> V {
        let is_min = b == Builtin::Min;
        if self.is_float(t) {
            let (a, c) = (x.s0(), y.s0());
            return V::one(if is_min {
                self.b.ins().fmin(a, c)
            } else {
                self.b.ins().fmax(a, c)
            });
        }
        let op = if is_min { BinOp::Lt } else { BinOp::Gt };
        let pick_y = self.compare(op, t, &y, &x);
        let xs = x.scalars().to_vec();
        let ys = y.scalars().to_vec();
        V::S(
            xs.iter()
                .zip(&ys)
                .map(|(&a, &c)| self.b.ins().select(pick_y, c, a))
                .collect(),
        )
    }

    fn clear(&mut self, e: &Expr, x: &Expr) {
        let t = self.type_of(x);
        match self.under(t) {
            Type::Slice(et) => {
                let size = self.tt.size_of(*et) as i64;
                let s = self.expr(x).scalars().to_vec();
                let bytes = self.b.ins().imul_imm_s(s[1], size);
                let z = self.b.ins().iconst(types::I8, 0);
                let cfg = self.m.isa.frontend_config();
                self.b.call_memset(cfg, s[0], z, bytes);
            }
            Type::Map(..) => {
                let m = self.expr(x).s0();
                self.map_clear(t, m);
            }
            _ => {
                self.fail(e, t, "this clear");
            }
        }
    }
}

/// Where an append buffer's "used" flag is (`Fx::append_buf_flag`).
#[derive(Clone, Copy)]
enum BufFlag {
    Mem(Value),
    Var(Variable),
}
