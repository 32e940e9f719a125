//! The program generator: random, well-typed, deterministic, terminating Go
//! programs, a pure function of (seed, features).
//!
//! Invariants that keep gc accepting what we print:
//! - a constant leaf of type T is representable in T; an operator never has
//!   two constant operands (the left one is always non-constant), except in
//!   the exact integer constant expressions of `konst`, whose values we
//!   evaluate ourselves;
//! - constant divisors are non-zero; non-constant integer divisors are
//!   `(e | 1)`; non-constant shift counts are masked non-negative;
//! - every declared variable is used (each block prints what it declared);
//! - float -> integer conversions go through `clampF`, so they are in range.
//!
//! Invariants that keep the output deterministic and the run short: only
//! basic values are printed (no pointers, interfaces, or map order); map
//! ranges only sum integers; loops have constant bounds; a function calls
//! only functions declared before it, outside loops, at most twice; a string
//! assigned to a variable goes through `clampS`, so `s += s` in a chain of
//! calls cannot double a string into gigabytes.

use crate::rng::Rng;
use crate::types::{Basic, Ty, ALL, INTS};
use std::fmt::Write;

/// The generator's switchable feature areas, so that areas with known bugs
/// can be excluded from a campaign while the rest keeps being tested.
#[derive(Clone, Debug)]
pub struct Features {
    pub floats: bool,
    pub complex: bool,
    pub strings: bool,
    pub consts: bool,
    pub conversions: bool,
    pub composites: bool,
    pub maps: bool,
    pub closures: bool,
    pub defers: bool,
    pub panics: bool,
    pub methods: bool,
    pub interfaces: bool,
    pub generics: bool,
    pub loops: bool,
    pub switches: bool,
    pub labels: bool,
    /// Functions that assign globals (exercises order of evaluation).
    pub effects: bool,
    /// An unrecovered panic at the end of some programs (exit status 2).
    pub exits: bool,
    /// Conversions `bool(e)` of non-constant untyped booleans.
    pub boolconv: bool,
    /// Order of evaluation: calls with visible effects in assignments,
    /// index expressions and operands, with panics at their assignment.
    pub order: bool,
    /// The builtins min and max.
    pub builtins: bool,
    /// Tuple assignments whose left operands (index, nil pointer, nil map)
    /// or right operands panic: when does the panic happen?
    pub tuplepanic: bool,
    /// Calls in the keys and values of map literals.
    pub litorder: bool,
    /// Package-level variables initialised by calls of functions and
    /// methods declared later; init functions with defers.
    pub init: bool,
    /// Type switches in generic functions with a case naming a type
    /// parameter.
    pub gtypeswitch: bool,
    /// Deep parentheses, huge slice and map literals.
    pub stress: bool,
    /// Flat expressions of thousands of terms.
    pub longexpr: bool,
    /// Small semantic checks: aliasing of slices, copies of arrays and
    /// strings, goto, string switches, recover setting named results.
    pub misc: bool,
    /// One statement gc rejects per program (off unless asked for with
    /// --with invalid): golift must reject it too.
    pub invalid: bool,
}

pub const FEATURE_NAMES: &[&str] = &[
    "floats",
    "complex",
    "strings",
    "consts",
    "conversions",
    "composites",
    "maps",
    "closures",
    "defers",
    "panics",
    "methods",
    "interfaces",
    "generics",
    "loops",
    "switches",
    "labels",
    "effects",
    "exits",
    "boolconv",
    "order",
    "builtins",
    "tuplepanic",
    "litorder",
    "init",
    "gtypeswitch",
    "stress",
    "longexpr",
    "misc",
    "invalid",
];

impl Features {
    pub fn all() -> Features {
        Features {
            floats: true,
            complex: true,
            strings: true,
            consts: true,
            conversions: true,
            composites: true,
            maps: true,
            closures: true,
            defers: true,
            panics: true,
            methods: true,
            interfaces: true,
            generics: true,
            loops: true,
            switches: true,
            labels: true,
            effects: true,
            exits: true,
            boolconv: true,
            order: true,
            builtins: true,
            tuplepanic: true,
            litorder: true,
            init: true,
            gtypeswitch: true,
            stress: true,
            longexpr: true,
            misc: true,
            invalid: false,
        }
    }

    fn flag(&mut self, name: &str) -> Option<&mut bool> {
        Some(match name {
            "floats" => &mut self.floats,
            "complex" => &mut self.complex,
            "strings" => &mut self.strings,
            "consts" => &mut self.consts,
            "conversions" => &mut self.conversions,
            "composites" => &mut self.composites,
            "maps" => &mut self.maps,
            "closures" => &mut self.closures,
            "defers" => &mut self.defers,
            "panics" => &mut self.panics,
            "methods" => &mut self.methods,
            "interfaces" => &mut self.interfaces,
            "generics" => &mut self.generics,
            "loops" => &mut self.loops,
            "switches" => &mut self.switches,
            "labels" => &mut self.labels,
            "effects" => &mut self.effects,
            "exits" => &mut self.exits,
            "boolconv" => &mut self.boolconv,
            "order" => &mut self.order,
            "builtins" => &mut self.builtins,
            "tuplepanic" => &mut self.tuplepanic,
            "litorder" => &mut self.litorder,
            "init" => &mut self.init,
            "gtypeswitch" => &mut self.gtypeswitch,
            "stress" => &mut self.stress,
            "longexpr" => &mut self.longexpr,
            "misc" => &mut self.misc,
            "invalid" => &mut self.invalid,
            _ => return None,
        })
    }

    /// Turns off each feature of a comma-separated list.
    pub fn without(self, list: &str) -> Result<Features, String> {
        self.set(list, false)
    }

    /// Turns on each feature of a comma-separated list.
    pub fn with(self, list: &str) -> Result<Features, String> {
        self.set(list, true)
    }

    fn set(mut self, list: &str, on: bool) -> Result<Features, String> {
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match self.flag(name) {
                Some(f) => *f = on,
                None => {
                    return Err(format!(
                        "unknown feature {name:?} (known: {})",
                        FEATURE_NAMES.join(", ")
                    ))
                }
            }
        }
        Ok(self)
    }

    fn allows(&self, b: Basic) -> bool {
        match b {
            Basic::F32 | Basic::F64 => self.floats,
            Basic::C64 | Basic::C128 => self.complex && self.floats,
            Basic::Str => self.strings,
            _ => true,
        }
    }
}

struct Var {
    name: String,
    ty: Ty,
    assignable: bool,
}

struct FuncDef {
    name: String,
    params: Vec<Basic>,
    results: Vec<Basic>,
}

struct Method {
    name: String,
    pointer: bool,
    param: Basic,
    result: Option<Basic>,
}

struct StructDef {
    name: String,
    fields: Vec<(String, Basic)>,
    /// The struct embedded as the first field, if any.
    embeds: Option<usize>,
    methods: Vec<Method>,
}

/// What the statement being generated sits inside.
#[derive(Clone, Copy)]
struct Ctx {
    /// Depth of enclosing loops in the current function (break/continue).
    loops: u32,
    /// Block nesting depth.
    depth: u32,
    /// Inside a function literal or a loop: no calls to generated funcs.
    no_calls: bool,
}

pub fn generate(seed: u64, features: &Features) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        f: features.clone(),
        out: String::new(),
        indent: 0,
        vars: Vec::new(),
        funcs: Vec::new(),
        callable: 0,
        calls_left: 0,
        structs: Vec::new(),
        consts: Vec::new(),
        fconsts: Vec::new(),
        next_id: 0,
        budget: 0,
        generics: false,
    };
    g.program(seed)
}

struct Gen {
    rng: Rng,
    f: Features,
    out: String,
    indent: usize,
    vars: Vec<Var>,
    funcs: Vec<FuncDef>,
    callable: usize,
    calls_left: u32,
    structs: Vec<StructDef>,
    consts: Vec<(String, i128)>,
    fconsts: Vec<String>,
    next_id: usize,
    budget: usize,
    generics: bool,
}

const PRELUDE: &str = r#"func clampF(f float64) float64 {
	if f >= 0 && f <= 100 {
		return f
	}
	return 7
}

func clampS(s string) string {
	if len(s) > 40 {
		return s[:40]
	}
	return s
}

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr " + string(rune('0'+e.code%10)) }

func report(r any) {
	switch v := r.(type) {
	case nil:
		println("no panic")
	case error:
		println("recovered error:", v.Error())
	case string:
		println("recovered string:", v)
	case int:
		println("recovered int:", v)
	default:
		println("recovered other")
	}
}

func pr(n int) int {
	println("eval", n)
	return n
}

func protect(f func()) {
	defer func() { report(recover()) }()
	f()
}
"#;

/// Statements gc rejects (each alone in an otherwise valid main).
const INVALID: &[&str] = &[
    "_ = complex128(gfloat64)",
    "_ = complex64(gint)",
    "_ = int(gcomplex128)",
    "_ = float64(gcomplex64)",
    "_ = float32(1i)",
    "_ = bool(gint)",
    "_ = int(gstring)",
    "_ = string(gfloat64)",
    "_ = []byte(gint)",
    "var _ struct{ *error }",
    "type R interface{ R }",
    "_ = 1e1000000000",
    "_ = int8(200)",
    "_ = uint(-1)",
    "_ = gint / 0",
    "var _ int = 1 << 100",
    "_ = \"a\" + 1",
    "x := nil",
    "var _ [-1]int",
    "_ = gint << -1",
    "_ = myErr.Error(1)",
    "_ = gstring[10:5]",
    "_ = [2]int{}[2]",
    "_ = len(1)",
    "unused := 1",
    "_ = map[[]int]int{}",
    "var _ = func() int {}",
    "for { break L }",
    "_ = gint8 + gint16",
    "_ = 1 + \"\"",
    "_ = 'ab'",
    "_ = 0x",
    "_ = 1_",
    "_ = 08",
    "type T struct{ T }",
    "_ = new(int) == new(int8)",
    "_ = -\"s\"",
    "_ = !gint",
    "_ = ^gfloat64",
    "_ = gcomplex128 < gcomplex128",
    "var _ any = any.(int)",
    "_ = min()",
    "_ = max(gint, gfloat64)",
    "_ = cap(gstring)",
    "defer recover",
    "go println",
    "_ = complex(gfloat32, gfloat64)",
    "_ = real(gfloat64)",
];

const GENERIC_TYPE_SWITCH: &str = r#"
func gkind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}
"#;

const GENERICS: &str = r#"type Num interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64
}

func gsum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func gindex[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Box[T any] struct {
	v T
	n int
}

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) {
	b.v = v
	b.n++
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Swap(k K, v V) (K, V) { return p.k, p.v }
"#;

impl Gen {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}{}", self.next_id)
    }

    fn line(&mut self, text: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn basic(&mut self) -> Basic {
        loop {
            let b = *self.rng.pick(ALL);
            if self.f.allows(b) {
                return b;
            }
        }
    }

    fn int_type(&mut self) -> Basic {
        *self.rng.pick(INTS)
    }

    fn program(&mut self, seed: u64) -> String {
        let _ = writeln!(self.out, "// golift difftest program, seed {seed}\n");
        self.out.push_str("package main\n\n");
        self.out.push_str(PRELUDE);
        let early = self.out.len();
        self.generics = self.f.generics && self.rng.chance(2, 3);
        if self.generics {
            self.out.push('\n');
            self.out.push_str(GENERICS);
            if self.f.gtypeswitch {
                self.out.push_str(GENERIC_TYPE_SWITCH);
            }
            self.generic_funcs();
        }
        if self.f.consts {
            self.const_decls();
        }
        self.globals();
        if self.f.methods {
            self.struct_decls();
        }
        let nfuncs = self.rng.range(1, 5) as usize;
        for _ in 0..nfuncs {
            self.func_decl();
        }
        if self.f.init && self.rng.chance(1, 2) {
            let inits = self.init_decls();
            self.out.insert_str(early, &inits);
        }
        self.main();
        std::mem::take(&mut self.out)
    }

    // ---- declarations ----

    /// Package-level variables initialised by calls of functions and
    /// methods declared later in the file (returned as text to insert
    /// before them), and an init function with a defer.
    fn init_decls(&mut self) -> String {
        let mut text = String::from("\n");
        let mut names = Vec::new();
        self.calls_left = 1;
        self.callable = self.funcs.len();
        for _ in 0..self.rng.range(1, 3) {
            let name = self.id("ginit");
            if !self.structs.is_empty() && self.rng.chance(1, 3) {
                let s = self.rng.below(self.structs.len());
                let ms = self.all_methods(s);
                let (m, pointer, param, _) = self.rng.pick(&ms).clone();
                if !pointer {
                    let a = self.const_leaf(param);
                    let lit = self.structs[s].name.clone();
                    let _ = writeln!(text, "var {name} = {lit}{{}}.{m}({a})");
                    names.push(name);
                }
                continue;
            }
            let i = self.rng.below(self.funcs.len());
            let params = self.funcs[i].params.clone();
            let args: Vec<String> = params.iter().map(|&p| self.const_leaf(p)).collect();
            let (fname, nres) = (self.funcs[i].name.clone(), self.funcs[i].results.len());
            if nres == 2 {
                let other = self.id("ginit");
                let _ = writeln!(text, "var {name}, {other} = {fname}({})", args.join(", "));
                names.push(other);
            } else {
                let _ = writeln!(text, "var {name} = {fname}({})", args.join(", "));
            }
            names.push(name);
        }
        if !names.is_empty() {
            let first = &names[0];
            let _ = write!(
                text,
                "\nfunc init() {{\n\tdefer println(\"init deferred\", {first})\n\tprintln(\"init\", {})\n}}\n",
                names.join(", ")
            );
        }
        text
    }

    fn const_decls(&mut self) {
        self.out.push_str("\nconst (\n");
        let n = self.rng.range(1, 4);
        for _ in 0..n {
            let name = self.id("c");
            let (text, v) = self.konst(3);
            let _ = writeln!(self.out, "\t{name} = {text}");
            self.consts.push((name, v));
        }
        self.out.push_str(")\n");
        if self.rng.chance(1, 2) {
            self.iota_decls();
        }
        if self.f.floats {
            let n = self.rng.range(0, 2);
            for _ in 0..n {
                let name = self.id("fc");
                let text = self.fkonst(2);
                let _ = writeln!(self.out, "\nconst {name} = {text}");
                self.fconsts.push(name);
            }
        }
    }

    /// A const block using iota (its own block: iota counts from its start).
    fn iota_decls(&mut self) {
        let mul = self.rng.range(1, 9);
        let add = self.rng.range(0, 50);
        self.out.push_str("\nconst (\n");
        for k in 0..3 {
            let name = self.id("c");
            if k == 0 {
                let _ = writeln!(self.out, "\t{name} = iota*{mul} + {add}");
            } else {
                let _ = writeln!(self.out, "\t{name}");
            }
            self.consts.push((name, (k * mul + add) as i128));
        }
        self.out.push_str(")\n");
    }

    /// Every allowed basic type gets a global, so a non-constant operand of
    /// any type always exists.
    fn globals(&mut self) {
        self.out.push('\n');
        for &b in ALL {
            if !self.f.allows(b) {
                continue;
            }
            let name = format!("g{}", b.name());
            let init = self.const_leaf(b);
            let _ = writeln!(self.out, "var {name} {} = {init}", b.name());
            self.vars.push(Var {
                name,
                ty: Ty::B(b),
                assignable: true,
            });
        }
    }

    fn struct_decls(&mut self) {
        let n = self.rng.range(1, 3) as usize;
        for i in 0..n {
            let name = format!("S{i}");
            let embeds = (i > 0 && self.rng.chance(1, 2)).then(|| self.rng.below(i));
            let nf = self.rng.range(1, 3);
            let mut fields = Vec::new();
            for _ in 0..nf {
                let b = self.basic();
                fields.push((self.id("f"), b));
            }
            let _ = writeln!(self.out, "\ntype {name} struct {{");
            if let Some(e) = embeds {
                let _ = writeln!(self.out, "\t{}", self.structs[e].name);
            }
            for (f, b) in &fields {
                let _ = writeln!(self.out, "\t{f} {}", b.name());
            }
            self.out.push_str("}\n");
            self.structs.push(StructDef {
                name,
                fields,
                embeds,
                methods: Vec::new(),
            });
            self.methods(i);
        }
    }

    /// All fields of a struct, promoted ones included (names are unique).
    fn all_fields(&self, s: usize) -> Vec<(String, Basic)> {
        let mut fs = self.structs[s].fields.clone();
        if let Some(e) = self.structs[s].embeds {
            fs.extend(self.all_fields(e));
        }
        fs
    }

    fn all_methods(&self, s: usize) -> Vec<(String, bool, Basic, Option<Basic>)> {
        let mut ms: Vec<_> = self.structs[s]
            .methods
            .iter()
            .map(|m| (m.name.clone(), m.pointer, m.param, m.result))
            .collect();
        if let Some(e) = self.structs[s].embeds {
            for m in self.all_methods(e) {
                if !ms.iter().any(|x| x.0 == m.0) {
                    ms.push(m);
                }
            }
        }
        ms
    }

    fn methods(&mut self, s: usize) {
        let sname = self.structs[s].name.clone();
        let fields = self.all_fields(s);
        let n = self.rng.range(1, 3);
        for k in 0..n {
            let pointer = k > 0 && self.rng.chance(1, 2);
            let param = self.basic();
            let name = self.id(if pointer { "P" } else { "M" });
            let saved = std::mem::take(&mut self.vars);
            for (f, b) in &fields {
                self.vars.push(Var {
                    name: format!("s.{f}"),
                    ty: Ty::B(*b),
                    assignable: pointer,
                });
            }
            self.vars.push(Var {
                name: "p".into(),
                ty: Ty::B(param),
                assignable: true,
            });
            let recv = if pointer {
                format!("*{sname}")
            } else {
                sname.clone()
            };
            let result = if pointer { None } else { Some(self.basic()) };
            let ret = result.map(|r| format!(" {}", r.name())).unwrap_or_default();
            let _ = writeln!(
                self.out,
                "\nfunc (s {recv}) {name}(p {}){ret} {{",
                param.name()
            );
            self.indent = 1;
            if pointer {
                let (f, b) = self.rng.pick(&fields).clone();
                let e = self.expr(b, 2, true);
                self.line(&format!("s.{f} = {e}"));
            } else {
                let r = result.unwrap();
                let e = self.expr(r, 2, true);
                self.line(&format!("return {e}"));
            }
            self.indent = 0;
            self.out.push_str("}\n");
            self.vars = saved;
            self.structs[s].methods.push(Method {
                name,
                pointer,
                param,
                result,
            });
        }
        if self.f.interfaces {
            let ms = self.all_methods(s);
            let _ = writeln!(self.out, "\ntype I{s} interface {{");
            for (name, pointer, param, result) in &ms {
                if !pointer {
                    let _ = writeln!(
                        self.out,
                        "\t{name}({}) {}",
                        param.name(),
                        result.unwrap().name()
                    );
                }
            }
            self.out.push_str("}\n");
        }
    }

    fn generic_funcs(&mut self) {
        let ops = ["+", "-", "*"];
        let a = self.rng.pick(&ops);
        let b = self.rng.pick(&ops);
        let k = self.rng.range(0, 100);
        let cmp = self.rng.pick(&["<", ">", "==", "!="]);
        let _ = write!(
            self.out,
            "\nfunc gcalc[T Num](a, b T) T {{\n\tif a {cmp} b {{\n\t\treturn a {a} T({k})\n\t}}\n\treturn (a {b} b) {a} T({k})\n}}\n"
        );
    }

    fn func_decl(&mut self) {
        let name = self.id("fn");
        let np = self.rng.range(0, 3);
        let params: Vec<Basic> = (0..np).map(|_| self.basic()).collect();
        let nr = if self.rng.chance(1, 4) { 2 } else { 1 };
        let results: Vec<Basic> = (0..nr).map(|_| self.basic()).collect();
        let named = self.f.defers && nr == 1 && self.rng.chance(1, 3);
        let mark = self.vars.len();
        let mut sig = Vec::new();
        for (i, p) in params.iter().enumerate() {
            sig.push(format!("p{i} {}", p.name()));
            self.vars.push(Var {
                name: format!("p{i}"),
                ty: Ty::B(*p),
                assignable: true,
            });
        }
        let rs = if named {
            format!("(r {})", results[0].name())
        } else if nr == 1 {
            results[0].name().to_string()
        } else {
            format!("({}, {})", results[0].name(), results[1].name())
        };
        let _ = writeln!(self.out, "\nfunc {name}({}) {rs} {{", sig.join(", "));
        self.indent = 1;
        self.calls_left = 2;
        if named {
            self.vars.push(Var {
                name: "r".into(),
                ty: Ty::B(results[0]),
                assignable: true,
            });
            let e = self.expr(results[0], 1, true);
            let op = if results[0] == Basic::Bool {
                "= !r ||"
            } else {
                "= r +"
            };
            let e = if results[0] == Basic::Bool {
                format!("({} == {})", self.expr(results[0], 0, false), e)
            } else {
                e
            };
            self.line(&format!("defer func() {{ r {op} {e} }}()"));
        }
        self.budget = self.rng.range(3, 10) as usize;
        let ctx = Ctx {
            loops: 0,
            depth: 1,
            no_calls: false,
        };
        self.block_body(ctx);
        let rets: Vec<String> = results.iter().map(|&r| self.expr(r, 2, true)).collect();
        self.line(&format!("return {}", rets.join(", ")));
        self.indent = 0;
        self.out.push_str("}\n");
        self.vars.truncate(mark);
        self.funcs.push(FuncDef {
            name,
            params,
            results,
        });
        self.callable = self.funcs.len() - 1;
    }

    fn main(&mut self) {
        self.callable = self.funcs.len();
        self.out.push_str("\nfunc main() {\n");
        self.indent = 1;
        self.calls_left = 1000;
        self.budget = self.rng.range(15, 40) as usize;
        let ctx = Ctx {
            loops: 0,
            depth: 1,
            no_calls: false,
        };
        self.block_body(ctx);
        if (self.f.stress || self.f.longexpr) && self.rng.chance(1, 8) {
            self.stress_stmt();
        }
        if self.f.invalid {
            let s = self.rng.pick(INVALID).to_string();
            self.line(&s);
        }
        for i in 0..self.funcs.len() {
            self.call_stmt(i);
        }
        let globals: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.name.starts_with('g'))
            .map(|v| v.name.clone())
            .collect();
        for chunk in globals.chunks(6) {
            self.line(&format!("println({})", chunk.join(", ")));
        }
        if self.f.exits && self.rng.chance(1, 8) {
            self.exit_stmt();
        }
        self.indent = 0;
        self.out.push_str("}\n");
    }

    /// Inputs whose size, not nesting, is large: the compiler's recursion
    /// must not follow expression length, and big frames must work.
    fn stress_stmt(&mut self) {
        let n = *self.rng.pick(&[100, 1000, 5000, 12000]);
        let v = self.id("st");
        let mut r = self.rng.below(4);
        if !self.f.longexpr {
            r = 1 + self.rng.below(3);
        } else if !self.f.stress {
            r = 0;
        }
        match r {
            0 => {
                let terms = vec![v.as_str(); n].join(" + ");
                self.line(&format!("{v} := gint | 1"));
                self.line(&format!("println({terms})"));
            }
            1 => {
                let d = n / 20;
                let e = format!("{}{v}{}", "(".repeat(d), ")".repeat(d));
                self.line(&format!("{v} := gint8"));
                self.line(&format!("println({e} + 1)"));
            }
            2 => {
                let elems: Vec<String> = (0..n).map(|i| (i % 97).to_string()).collect();
                self.line(&format!("{v} := []int{{{}}}", elems.join(", ")));
                self.line(&format!("sum{v} := 0; for _, x := range {v} {{ sum{v} += x }}; println(len({v}), sum{v})"));
            }
            _ if self.f.maps => {
                let n = n.min(5000);
                let elems: Vec<String> = (0..n).map(|i| format!("{i}: {}", i * 7 % 13)).collect();
                self.line(&format!("{v} := map[int]int{{{}}}", elems.join(", ")));
                self.line(&format!("println(len({v}), {v}[{}], {v}[-1])", n / 2));
            }
            _ => {}
        }
    }

    /// An unrecovered panic ending main (Go prints it and exits with 2).
    fn exit_stmt(&mut self) {
        let k = self.rng.range(0, 9);
        let s = match self.rng.below(8) {
            0 => {
                let e = self.expr(Basic::Str, 1, true);
                format!("panic({e})")
            }
            1 => format!("panic({k})"),
            2 => format!("panic(myErr{{{k}}})"),
            3 => format!("xs := []int{{1, 2}}; i := {k}; println(xs[i])"),
            4 if self.f.maps => "var m map[string]bool; m[\"k\"] = true".to_string(),
            4 => "panic(\"no maps\")".to_string(),
            5 => format!("defer func() {{ panic(\"again {k}\") }}(); panic(\"first\")"),
            6 => format!("defer func() {{ panic(recover()) }}(); panic({k})"),
            _ => {
                let b = self.basic();
                let e = self.expr(b, 1, true);
                let e = self.typed(b, e);
                format!("panic({e})")
            }
        };
        let s = if self.rng.chance(1, 2) {
            format!("func() {{ {s} }}()")
        } else {
            s
        };
        self.line(&s);
    }

    /// `b(e)` for a constant-able e of type b (plain e for bool when
    /// boolconv is off).
    fn typed(&mut self, b: Basic, e: String) -> String {
        if b == Basic::Bool && !self.f.boolconv {
            e
        } else {
            format!("{}({e})", b.name())
        }
    }

    /// A call of generated function i printing its results, under protect
    /// (its body may panic).
    fn call_stmt(&mut self, i: usize) {
        let args = self.args(i);
        let f = &self.funcs[i];
        let call = format!("{}({args})", f.name);
        if f.results.len() == 1 {
            self.line(&format!("protect(func() {{ println({call}) }})"));
        } else {
            self.line(&format!(
                "protect(func() {{ x, y := {call}; println(x, y) }})"
            ));
        }
    }

    fn args(&mut self, i: usize) -> String {
        let params = self.funcs[i].params.clone();
        let args: Vec<String> = params.iter().map(|&p| self.expr(p, 1, true)).collect();
        args.join(", ")
    }

    // ---- statements ----

    /// Statements until the budget runs out, then uses of what was declared.
    fn block_body(&mut self, ctx: Ctx) {
        let mark = self.vars.len();
        // A function's top block uses the whole budget; inner blocks a part.
        let n = if ctx.depth == 1 {
            self.budget as i64
        } else {
            self.rng.range(1, 6)
        };
        for _ in 0..n {
            if self.budget == 0 {
                break;
            }
            self.budget -= 1;
            self.stmt(ctx);
        }
        self.use_vars(mark);
        self.vars.truncate(mark);
    }

    /// Prints (basic) or reads every variable declared since mark, so gc
    /// sees each one used.
    fn use_vars(&mut self, mark: usize) {
        let mut basics = Vec::new();
        let mut uses = Vec::new();
        for v in &self.vars[mark..] {
            match v.ty {
                Ty::B(_) => basics.push(v.name.clone()),
                Ty::Slice(_) | Ty::Map(..) => uses.push(format!("len({})", v.name)),
                Ty::Array(..) | Ty::Struct(_) => uses.push(format!("_ = {}", v.name)),
            }
        }
        for chunk in basics.chunks(5) {
            self.line(&format!("println({})", chunk.join(", ")));
        }
        for u in uses {
            if u.starts_with("len") {
                self.line(&format!("println({u})"));
            } else {
                self.line(&u);
            }
        }
    }

    fn stmt(&mut self, ctx: Ctx) {
        let deep = ctx.depth >= 3;
        loop {
            let done = match self.rng.below(28) {
                26 | 27 if self.f.misc => self.misc_stmt(),
                24 | 25 if self.f.order => self.order_stmt(),
                0..=3 => self.decl_stmt(),
                4..=6 => self.assign_stmt(),
                7 => self.tuple_stmt(),
                8..=9 => self.print_stmt(),
                10 if !deep => self.if_stmt(ctx),
                11 if !deep && self.f.loops => self.for_stmt(ctx),
                12 if !deep && self.f.switches => self.switch_stmt(ctx),
                13 if !deep && self.f.labels && self.f.loops => self.labelled_stmt(ctx),
                14 if self.f.closures => self.closure_stmt(ctx),
                15 if self.f.defers => self.defer_stmt(),
                16 if self.f.panics => self.panic_stmt(),
                17 if self.f.composites => self.composite_stmt(),
                18 if self.f.maps => self.map_stmt(),
                19 if self.f.methods && !self.structs.is_empty() => self.method_stmt(),
                20 if self.generics => self.generic_stmt(),
                21 if ctx.loops > 0 => self.branch_stmt(),
                22 if !ctx.no_calls && self.calls_left > 0 && self.callable > 0 => {
                    self.calls_left -= 1;
                    let i = self.rng.below(self.callable);
                    self.call_stmt(i);
                    true
                }
                23 if !deep => {
                    self.line("{");
                    self.indent += 1;
                    self.block_body(Ctx {
                        depth: ctx.depth + 1,
                        ..ctx
                    });
                    self.indent -= 1;
                    self.line("}");
                    true
                }
                _ => false,
            };
            if done {
                return;
            }
        }
    }

    fn declare(&mut self, name: &str, ty: Ty) {
        self.vars.push(Var {
            name: name.to_string(),
            ty,
            assignable: true,
        });
    }

    fn decl_stmt(&mut self) -> bool {
        let b = self.basic();
        let name = self.id("v");
        match self.rng.below(3) {
            0 => {
                let e = self.expr(b, 3, false);
                self.line(&format!("{name} := {e}"));
            }
            1 => {
                let e = self.expr(b, 3, true);
                self.line(&format!("var {name} {} = {e}", b.name()));
            }
            _ => self.line(&format!("var {name} {}", b.name())),
        }
        self.declare(&name, Ty::B(b));
        true
    }

    fn assign_stmt(&mut self) -> bool {
        let b = self.basic();
        let Some(place) = self.place(b, true) else {
            return false;
        };
        match self.rng.below(4) {
            0 if b.is_numeric() && !b.is_complex() => {
                let op = if self.rng.chance(1, 2) { "++" } else { "--" };
                self.line(&format!("{place}{op}"));
            }
            1 if b != Basic::Bool => {
                let (op, rhs) = self.binop(b, 2);
                self.line(&format!("{place} {op}= {rhs}"));
                if b == Basic::Str {
                    self.line(&format!("{place} = clampS({place})"));
                }
            }
            _ => {
                let e = self.expr(b, 3, true);
                let e = clamp_string(b, e);
                self.line(&format!("{place} = {e}"));
            }
        }
        true
    }

    fn tuple_stmt(&mut self) -> bool {
        let b1 = self.basic();
        let b2 = self.basic();
        match self.rng.below(3) {
            0 => {
                let (Some(p), Some(q)) = (self.place(b1, true), self.place(b1, true)) else {
                    return false;
                };
                self.line(&format!("{p}, {q} = {q}, {p}"));
            }
            1 => {
                let (Some(p), Some(q)) = (self.place(b1, true), self.place(b2, true)) else {
                    return false;
                };
                let e1 = self.expr(b1, 2, true);
                let e2 = self.expr(b2, 2, true);
                let (e1, e2) = (clamp_string(b1, e1), clamp_string(b2, e2));
                self.line(&format!("{p}, {q} = {e1}, {e2}"));
            }
            _ => {
                let (x, y) = (self.id("v"), self.id("v"));
                let e1 = self.expr(b1, 2, false);
                let e2 = self.expr(b2, 2, false);
                self.line(&format!("{x}, {y} := {e1}, {e2}"));
                self.declare(&x, Ty::B(b1));
                self.declare(&y, Ty::B(b2));
            }
        }
        true
    }

    fn print_stmt(&mut self) -> bool {
        let n = self.rng.range(1, 4);
        let es: Vec<String> = (0..n)
            .map(|_| {
                let b = self.basic();
                self.expr(b, 3, false)
            })
            .collect();
        if self.rng.chance(1, 5) {
            self.line(&format!("print({}, \"\\n\")", es.join(", ")));
        } else {
            self.line(&format!("println({})", es.join(", ")));
        }
        true
    }

    fn nested(&mut self, ctx: Ctx) {
        self.indent += 1;
        self.block_body(Ctx {
            depth: ctx.depth + 1,
            ..ctx
        });
        self.indent -= 1;
    }

    fn if_stmt(&mut self, ctx: Ctx) -> bool {
        let mark = self.vars.len();
        if self.rng.chance(1, 3) {
            let b = self.int_type();
            let e = self.expr(b, 2, false);
            let v = self.id("v");
            let k = self.int_const(b);
            self.line(&format!("if {v} := {e}; {v} > {k} {{"));
            self.vars.push(Var {
                name: v,
                ty: Ty::B(b),
                assignable: true,
            });
        } else {
            let c = self.expr(Basic::Bool, 3, false);
            self.line(&format!("if {c} {{"));
        }
        self.nested(ctx);
        if self.rng.chance(1, 3) {
            let c = self.expr(Basic::Bool, 2, false);
            self.line(&format!("}} else if {c} {{"));
            self.nested(ctx);
        }
        if self.rng.chance(1, 2) {
            self.line("} else {");
            self.nested(ctx);
        }
        self.line("}");
        self.vars.truncate(mark);
        true
    }

    fn loop_ctx(ctx: Ctx) -> Ctx {
        Ctx {
            loops: ctx.loops + 1,
            no_calls: true,
            ..ctx
        }
    }

    fn for_stmt(&mut self, ctx: Ctx) -> bool {
        let i = self.id("i");
        let n = self.rng.range(0, 4);
        let inner = Self::loop_ctx(ctx);
        let mark = self.vars.len();
        match self.rng.below(5) {
            0 => self.line(&format!("for {i} := 0; {i} < {n}; {i}++ {{")),
            1 => self.line(&format!("for {i} := range {n} {{")),
            2 => self.line(&format!("for {i} := {n}; {i} > 0; {i} -= 2 {{")),
            3 if self.f.strings => {
                let s = self.expr(Basic::Str, 1, false);
                let c = self.id("ch");
                self.line(&format!("for {i}, {c} := range {s} {{"));
                self.vars.push(Var {
                    name: c,
                    ty: Ty::B(Basic::I32),
                    assignable: false,
                });
            }
            _ => {
                let b = self.basic();
                let e1 = self.expr(b, 1, true);
                let e2 = self.expr(b, 1, true);
                let v = self.id("e");
                self.line(&format!(
                    "for {i}, {v} := range []{}{{{e1}, {e2}}} {{",
                    b.name()
                ));
                self.vars.push(Var {
                    name: v,
                    ty: Ty::B(b),
                    assignable: true,
                });
            }
        }
        self.vars.push(Var {
            name: i.clone(),
            ty: Ty::B(Basic::Int),
            assignable: false,
        });
        self.indent += 1;
        let uses: Vec<String> = self.vars[mark..].iter().map(|v| v.name.clone()).collect();
        let blanks = vec!["_"; uses.len()].join(", ");
        self.line(&format!("{blanks} = {}", uses.join(", ")));
        let calls = std::mem::take(&mut self.calls_left);
        self.block_body(Ctx {
            depth: inner.depth + 1,
            ..inner
        });
        self.calls_left = calls;
        self.indent -= 1;
        self.vars.truncate(mark);
        self.line("}");
        true
    }

    fn branch_stmt(&mut self) -> bool {
        let c = self.expr(Basic::Bool, 2, false);
        let kw = if self.rng.chance(1, 2) {
            "break"
        } else {
            "continue"
        };
        self.line(&format!("if {c} {{ {kw} }}"));
        true
    }

    fn labelled_stmt(&mut self, ctx: Ctx) -> bool {
        let l = self.id("L");
        let (i, j) = (self.id("i"), self.id("j"));
        let (n, m) = (self.rng.range(1, 3), self.rng.range(1, 3));
        let inner = Ctx {
            loops: ctx.loops + 2,
            depth: ctx.depth + 2,
            no_calls: true,
        };
        self.line(&format!("{l}:"));
        self.line(&format!("for {i} := 0; {i} < {n}; {i}++ {{"));
        self.indent += 1;
        self.line(&format!("for {j} := range {m} {{"));
        self.indent += 1;
        let mark = self.vars.len();
        for v in [&i, &j] {
            self.vars.push(Var {
                name: v.clone(),
                ty: Ty::B(Basic::Int),
                assignable: false,
            });
        }
        let calls = std::mem::take(&mut self.calls_left);
        let c1 = self.expr(Basic::Bool, 2, false);
        self.line(&format!("if {c1} {{ continue {l} }}"));
        self.block_body(inner);
        self.calls_left = calls;
        let c2 = self.expr(Basic::Bool, 2, false);
        self.line(&format!("if {c2} {{ break {l} }}"));
        self.line(&format!("println({i}, {j})"));
        self.vars.truncate(mark);
        self.indent -= 1;
        self.line("}");
        self.indent -= 1;
        self.line("}");
        true
    }

    fn switch_stmt(&mut self, ctx: Ctx) -> bool {
        let mark = self.vars.len();
        if self.rng.chance(1, 3) {
            self.line("switch {");
            let n = self.rng.range(1, 3);
            for _ in 0..n {
                let c = self.expr(Basic::Bool, 2, false);
                self.line(&format!("case {c}:"));
                self.nested(ctx);
            }
        } else {
            let b = self.int_type();
            let tag = self.expr(b, 2, false);
            self.line(&format!("switch {tag} {{"));
            let n = self.rng.range(1, 4);
            let mut next = self.rng.range(0, 3);
            for k in 0..n {
                let mut vals = Vec::new();
                for _ in 0..self.rng.range(1, 2) {
                    vals.push(next.to_string());
                    next += self.rng.range(1, 2);
                }
                self.line(&format!("case {}:", vals.join(", ")));
                self.nested(ctx);
                if k + 1 < n && self.rng.chance(1, 4) {
                    self.indent += 1;
                    self.line("fallthrough");
                    self.indent -= 1;
                }
            }
        }
        if self.rng.chance(1, 2) {
            self.line("default:");
            self.nested(ctx);
        }
        self.line("}");
        self.vars.truncate(mark);
        true
    }

    fn closure_stmt(&mut self, ctx: Ctx) -> bool {
        let b = self.basic();
        let Some(captured) = self.place_var(b) else {
            return false;
        };
        let c = self.id("cl");
        let r = self.basic();
        let inner = Ctx {
            loops: 0,
            depth: ctx.depth + 1,
            no_calls: true,
        };
        if self.f.loops && self.rng.chance(1, 4) {
            let k = self.rng.range(1, 9);
            let n = self.rng.range(1, 4);
            self.line(&format!("var {c} []func() int"));
            self.line(&format!(
                "for i := 0; i < {n}; i++ {{ {c} = append({c}, func() int {{ i += {k}; return i }}) }}"
            ));
            self.line(&format!("for _, f := range {c} {{ println(f(), f()) }}"));
            return true;
        }
        let calls = std::mem::take(&mut self.calls_left);
        self.closure_body(&c, &captured, b, r, inner);
        self.calls_left = calls;
        true
    }

    fn closure_body(&mut self, c: &str, captured: &str, b: Basic, r: Basic, inner: Ctx) {
        if self.rng.chance(1, 2) {
            self.line(&format!("{c} := func() {} {{", r.name()));
            self.indent += 1;
            let saved = self.budget;
            self.budget = 3;
            self.block_body(inner);
            self.budget = saved;
            let e = self.expr(r, 2, true);
            self.line(&format!("return {e}"));
            self.indent -= 1;
            self.line("}");
            let e = self.expr(b, 2, true);
            self.line(&format!("{captured} = {e}"));
            self.line(&format!("println({c}())"));
        } else {
            self.line(&format!("{c} := func(d {}) {{", b.name()));
            self.indent += 1;
            self.vars.push(Var {
                name: "d".into(),
                ty: Ty::B(b),
                assignable: false,
            });
            let op = match b {
                Basic::Bool => "!=",
                Basic::Str => "+",
                _ if b.is_int() => *self.rng.pick(&["+", "-", "*", "^", "|", "&"]),
                _ => *self.rng.pick(&["+", "-", "*"]),
            };
            self.line(&format!("{captured} = {captured} {op} d"));
            self.vars.pop();
            self.indent -= 1;
            self.line("}");
            for _ in 0..self.rng.range(1, 2) {
                let a = self.expr(b, 1, true);
                self.line(&format!("{c}({a})"));
            }
            self.line(&format!("println({captured})"));
        }
    }

    fn defer_stmt(&mut self) -> bool {
        let b = self.basic();
        let e = self.expr(b, 2, false);
        if self.rng.chance(1, 2) {
            self.line(&format!("defer println(\"deferred\", {e})"));
        } else {
            self.line(&format!("defer func() {{ println(\"deferred\", {e}) }}()"));
        }
        true
    }

    fn panic_stmt(&mut self) -> bool {
        let body = match self.rng.below(12) {
            0 => {
                let n = self.rng.range(1, 4);
                let i = self.rng.range(-1, 5);
                format!("xs := make([]int, {n}); i := {i}; println(xs[i])")
            }
            1 => {
                let (i, j) = (self.rng.range(0, 5), self.rng.range(0, 5));
                format!("xs := []int{{1, 2, 3}}; i, j := {i}, {j}; println(len(xs[i:j]))")
            }
            2 => {
                let b = self.int_type();
                let x = self.expr(b, 2, false);
                let z = self.rng.pick(&[0, 0, 1, 2]);
                let op = self.rng.pick(&["/", "%"]);
                format!("z := {}({z}); println({x} {op} z)", b.name())
            }
            3 => {
                let b = *self.rng.pick(&INTS[..5]);
                let (lo, _) = b.int_range();
                format!(
                    "x, y := {0}({lo}), {0}(-1); println(x / y, x % y)",
                    b.name()
                )
            }
            4 if self.f.maps => {
                "var m map[string]int; println(m[\"a\"], len(m)); m[\"a\"] = 1".to_string()
            }
            4 => "panic(\"no maps\")".to_string(),
            5 => {
                let b1 = self.basic();
                let b2 = self.basic();
                let e = self.expr(b1, 1, true);
                let e = self.typed(b1, e);
                if self.rng.chance(1, 2) {
                    format!(
                        "var v any = {e}; w, ok := v.({}); println(w, ok)",
                        b2.name()
                    )
                } else {
                    format!("var v any = {e}; println(v.({}))", b2.name())
                }
            }
            6 => {
                let b = self.basic();
                let e = self.expr(b, 1, true);
                let e = self.typed(b, e);
                format!(
                    "var v any = {e}; _, ok := v.(error); println(ok); println(v.(error).Error())"
                )
            }
            7 => {
                let n = self.rng.range(0, 9);
                format!("panic(myErr{{{n}}})")
            }
            8 => {
                let n = self.rng.range(-5, 5);
                format!("panic({n})")
            }
            9 => {
                let b = self.int_type();
                let x = self.expr(b, 2, false);
                let s = self.rng.range(-3, 70);
                format!("s := {s}; println({x} << s, {x} >> s)")
            }
            10 => {
                let n = self.rng.range(-2, 3);
                format!("n := {n}; println(len(make([]int, n)))")
            }
            _ => {
                let s = self.str_lit();
                let i = self.rng.range(0, 6);
                format!("s, i := {s}, {i}; println(s[i])")
            }
        };
        self.line(&format!("protect(func() {{ {body} }})"));
        true
    }

    /// A statement whose output shows the order in which operands are
    /// evaluated and assignments (and their panics) happen.
    fn order_stmt(&mut self) -> bool {
        let k = self.rng.range(-1, 3);
        let n = self.rng.range(1, 3);
        let b = self.int_type();
        let t = b.name();
        let mut r = self.rng.below(14);
        while (!self.f.tuplepanic && matches!(r, 0..=2 | 13)) || (!self.f.litorder && r == 9) {
            r = self.rng.below(14);
        }
        let body = match r {
            0 => format!("xs := make([]int, {n}); i := {k}; var x int; xs[i], x = pr(1), pr(2); println(x, xs[0])"),
            1 => format!("var p *[2]int; x := 0; x, p[pr({k}&1)] = pr(1), pr(2); println(x)"),
            2 => "var m map[int]int; x := 0; m[pr(1)], x = pr(2), pr(3); println(x)".to_string(),
            3 => "a := []int{0, 0, 0}; j := 0; a[0], j, a[j] = pr(1), pr(2), pr(3); println(a[0], a[1], a[2], j)".to_string(),
            4 => {
                let i = if self.f.tuplepanic { k } else { k.clamp(0, 2) };
                format!("xs := []int{{5, 6, 7}}; i := {i}; i, xs[i] = pr(1), pr(2); println(i, xs[0], xs[1], xs[2])")
            }
            5 => format!("x := {t}({n}); y := x + func() {t} {{ x++; return x }}() + x; println(x, y)"),
            6 => format!("x := {t}({n}); f := func() {t} {{ x *= 2; return x }}; println(x, f(), x, f() + x)"),
            7 => "println(pr(1) + pr(2)*pr(3), pr(4) < pr(5) || pr(6) == 6 && pr(7) == 0)".to_string(),
            8 => format!("x := []int{{pr(1), pr(2), pr(3)}}[pr({k})]; println(x)"),
            9 => format!("m := map[int]int{{pr(1): pr(2), pr(3): pr(4)}}; m[pr(5)] += pr(6) / pr({k}); println(len(m), m[5])"),
            10 => format!("g{t} = {t}(pr(1)); g{t}, g{t} = {t}(pr(2)), g{t} + {t}(pr(3)); println(g{t})"),
            11 => "xs := []int{1, 2, 3}; i, j := 0, 2; xs[i], xs[j], i = xs[j], xs[i], pr(1); println(xs[0], xs[1], xs[2], i)".to_string(),
            12 => format!("xs := []int{{1, 2}}; s := xs[pr(0):pr({n})]; s[pr({k})] = pr(9); println(len(s), xs[0], xs[1])"),
            _ => {
                let e = self.expr(b, 2, false);
                format!("var x {t}; defer func() {{ println(\"deferred x\", x) }}(); x = {e}; x, _ = x+{t}(pr(1)), pr(2)/pr({k}); println(x)")
            }
        };
        self.line(&format!("protect(func() {{ {body} }})"));
        true
    }

    /// One of a set of small programs whose results follow from the
    /// spec's value and aliasing rules, with random sizes and values.
    fn misc_stmt(&mut self) -> bool {
        let k = self.rng.range(0, 3);
        let n = self.rng.range(1, 4);
        let v = self.rng.range(-9, 99);
        let s = self.str_lit();
        let body = match self.rng.below(12) {
            0 => format!("s := make([]int, {n}, {n}+{k}); t := append(s[:1], {v}); println(len(t), cap(t), s[0], t[1] == s[min(1, len(s)-1)])"),
            1 => format!("s := []int{{1, 2, 3, 4}}; t := s[0:{k}:{k}]; t = append(t, {v}); println(len(t), cap(t), s[{k}])"),
            2 => format!("s := []int{{1, 2, 3, 4, 5}}; n := copy(s[{k}:], s); println(n, s[0], s[1], s[2], s[3], s[4])"),
            3 => format!("a := [3]int{{{v}, {k}, {n}}}; b := a; b[{k} % 3]++; f := func(x [3]int) int {{ x[0] = 0; return x[0] }}; println(a == b, f(a), a[0], b[{k} % 3])"),
            4 => format!("s := {s}; b := []byte(s); if len(b) > 0 {{ b[0] = 'X' }}; println(s, string(b), len(b) == len(s))"),
            5 => format!("i := 0\nloop{k}:\n\tif i < {n} {{ i++; goto loop{k} }}\n\tprintln(i)"),
            6 => format!("switch x := {s} + \"y\"; x {{ case \"y\": println(\"empty\"); case \"ay\", \"abcy\": println(\"a or abc\"); default: println(len(x)) }}"),
            7 => format!("println(func() (r int) {{ defer func() {{ recover(); r += {v} }}(); var xs []int; xs[{k}] = 1; return 3 }}())"),
            8 => format!("x := {v}; {{ x := x + 1; x *= 2; println(x) }}; println(x)"),
            9 => format!("var fs [3]func() int; for i := range fs {{ j := i * {v}; fs[i] = func() int {{ j++; return j }} }}; println(fs[0](), fs[1](), fs[2](), fs[1]())"),
            10 => format!("r := []rune({s}); println(len(r), len({s})); for i, c := range {s} {{ print(i, \":\", c, \" \") }}; println()"),
            _ if self.f.maps => format!("type P struct{{ a, b int }}; m := map[P]int{{{{1, 2}}: {v}}}; m[P{{1, 2}}]++; _, ok := m[P{{2, 1}}]; println(m[P{{1, 2}}], ok, P{{1, {k}}} == P{{1, 2}})"),
            _ => format!("type P struct{{ a, b int }}; println(P{{1, {k}}} == P{{1, 2}}, P{{{v}, 0}} != P{{}})"),
        };
        self.line(&format!("func() {{ {body} }}()"));
        true
    }

    fn composite_stmt(&mut self) -> bool {
        let b = self.basic();
        let name = self.id("a");
        match self.rng.below(4) {
            0 => {
                let n = self.rng.range(1, 4) as usize;
                let es: Vec<String> = (0..n).map(|_| self.expr(b, 1, true)).collect();
                self.line(&format!("{name} := []{}{{{}}}", b.name(), es.join(", ")));
                self.declare(&name, Ty::Slice(b));
            }
            1 => {
                let n = self.rng.range(1, 4) as usize;
                let k = self.rng.below(n);
                let e = self.expr(b, 1, true);
                self.line(&format!("var {name} [{n}]{}", b.name()));
                self.line(&format!("{name}[{k}] = {e}"));
                self.declare(&name, Ty::Array(n, b));
            }
            2 => {
                let slices: Vec<(String, Basic)> = self
                    .vars
                    .iter()
                    .filter_map(|v| match v.ty {
                        Ty::Slice(b) if v.assignable => Some((v.name.clone(), b)),
                        _ => None,
                    })
                    .collect();
                if slices.is_empty() {
                    return false;
                }
                let (s, b) = self.rng.pick(&slices).clone();
                let e = self.expr(b, 1, true);
                self.line(&format!("{s} = append({s}, {e})"));
                self.line(&format!("println(len({s}), cap({s}))"));
            }
            _ => {
                let arrays: Vec<(String, usize, Basic)> = self
                    .vars
                    .iter()
                    .filter_map(|v| match v.ty {
                        Ty::Array(n, b) => Some((v.name.clone(), n, b)),
                        _ => None,
                    })
                    .collect();
                if arrays.is_empty() {
                    return false;
                }
                let (a, n, b) = self.rng.pick(&arrays).clone();
                let copy = self.id("a");
                self.line(&format!("{copy} := {a}"));
                let e = self.expr(b, 1, true);
                let k = self.rng.below(n);
                self.line(&format!("{copy}[{k}] = {e}"));
                self.line(&format!("println({copy} == {a}, {copy}[{k}], {a}[{k}])"));
            }
        }
        true
    }

    fn map_key(&mut self) -> Basic {
        loop {
            let b = self.basic();
            if !b.is_float() && !b.is_complex() {
                return b;
            }
        }
    }

    fn map_stmt(&mut self) -> bool {
        let maps: Vec<(String, Basic, Basic)> = self
            .vars
            .iter()
            .filter_map(|v| match v.ty {
                Ty::Map(k, e) => Some((v.name.clone(), k, e)),
                _ => None,
            })
            .collect();
        if maps.is_empty() || self.rng.chance(1, 4) {
            let k = self.map_key();
            let e = self.basic();
            let name = self.id("m");
            let n = self.rng.range(0, 3);
            let mut entries = Vec::new();
            for _ in 0..n {
                let kv = self.expr(k, 1, true);
                let ev = self.expr(e, 1, true);
                entries.push(format!("{kv}: {ev}"));
            }
            // Constant keys must be distinct: use make + assignments instead.
            self.line(&format!("{name} := make(map[{}]{})", k.name(), e.name()));
            for entry in entries {
                let (kv, ev) = entry.split_once(": ").unwrap();
                self.line(&format!("{name}[{kv}] = {ev}"));
            }
            self.declare(&name, Ty::Map(k, e));
            return true;
        }
        let (m, k, e) = self.rng.pick(&maps).clone();
        let kv = self.expr(k, 1, true);
        match self.rng.below(4) {
            0 => {
                let ev = self.expr(e, 2, true);
                self.line(&format!("{m}[{kv}] = {ev}"));
            }
            1 => self.line(&format!("delete({m}, {kv})")),
            2 => {
                let (v, ok) = (self.id("v"), self.id("ok"));
                self.line(&format!("{v}, {ok} := {m}[{kv}]"));
                self.line(&format!("println({v}, {ok}, len({m}))"));
            }
            _ if e.is_int() => {
                let (n, sum) = (self.id("n"), self.id("sum"));
                self.line(&format!("{n}, {sum} := 0, {}(0)", e.name()));
                self.line(&format!("for _, x := range {m} {{ {n}++; {sum} += x }}"));
                self.line(&format!("println({n}, {sum})"));
            }
            _ => self.line(&format!("println(len({m}))")),
        }
        true
    }

    fn struct_lit(&mut self, s: usize) -> String {
        let mut parts = Vec::new();
        if let Some(e) = self.structs[s].embeds {
            let inner = self.struct_lit(e);
            parts.push(format!("{}: {inner}", self.structs[e].name));
        }
        for (f, b) in self.structs[s].fields.clone() {
            if self.rng.chance(3, 4) {
                let e = self.expr(b, 1, true);
                parts.push(format!("{f}: {e}"));
            }
        }
        format!("{}{{{}}}", self.structs[s].name, parts.join(", "))
    }

    fn method_stmt(&mut self) -> bool {
        let s = self.rng.below(self.structs.len());
        let existing: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.ty == Ty::Struct(s) && v.assignable)
            .map(|v| v.name.clone())
            .collect();
        if existing.is_empty() || self.rng.chance(1, 3) {
            let name = self.id("sv");
            let lit = self.struct_lit(s);
            self.line(&format!("{name} := {lit}"));
            self.declare(&name, Ty::Struct(s));
            return true;
        }
        let x = self.rng.pick(&existing).clone();
        let ms = self.all_methods(s);
        let (m, pointer, param, _) = self.rng.pick(&ms).clone();
        let a = self.expr(param, 1, true);
        let sname = self.structs[s].name.clone();
        match (pointer, self.rng.below(4)) {
            (true, 0) => self.line(&format!("(*{sname}).{m}(&{x}, {a})")),
            (true, _) => self.line(&format!("{x}.{m}({a})")),
            (false, 0) => {
                let mv = self.id("mv");
                self.line(&format!("{mv} := {x}.{m}"));
                let fields = self.all_fields(s);
                let (f, b) = self.rng.pick(&fields).clone();
                let e = self.expr(b, 1, true);
                self.line(&format!("{x}.{f} = {e}"));
                self.line(&format!("println({mv}({a}), {x}.{m}({a}))"));
            }
            (false, 1) => self.line(&format!("println({sname}.{m}({x}, {a}))")),
            (false, 2) if self.f.interfaces => {
                let i = self.id("iv");
                let amp = if self.rng.chance(1, 2) { "&" } else { "" };
                self.line(&format!("var {i} I{s} = {amp}{x}"));
                self.line(&format!("println({i}.{m}({a}))"));
                self.type_switch(&i);
            }
            _ => {
                self.line(&format!("println({x}.{m}({a}))"));
            }
        }
        true
    }

    fn type_switch(&mut self, iv: &str) {
        let v = self.id("t");
        self.line(&format!("switch {v} := any({iv}).(type) {{"));
        let n = self.structs.len();
        for s in 0..n {
            let name = self.structs[s].name.clone();
            if s % 2 == 0 {
                self.line(&format!("case *{name}:"));
            } else {
                self.line(&format!("case {name}:"));
            }
            self.indent += 1;
            let fields = self.all_fields(s);
            let (f, _) = &fields[0];
            self.line(&format!("println(\"{name}\", {v}.{f})"));
            self.indent -= 1;
        }
        self.line("default:");
        self.line(&format!("\t_ = {v}"));
        self.line("\tprintln(\"other\")");
        self.line("}");
    }

    fn generic_stmt(&mut self) -> bool {
        let numeric: Vec<Basic> = INTS
            .iter()
            .copied()
            .chain(self.f.floats.then_some(Basic::F64))
            .collect();
        let b = *self.rng.pick(&numeric);
        let e1 = self.expr(b, 2, false);
        let e2 = self.expr(b, 1, true);
        if self.f.gtypeswitch && self.rng.chance(1, 4) {
            let b2 = self.basic();
            let e = self.expr(b2, 1, true);
            let e = self.typed(b2, e);
            self.line(&format!("println(gkind[{}]({e}))", b.name()));
            return true;
        }
        match self.rng.below(5) {
            0 => self.line(&format!("println(gcalc({e1}, {e2}))")),
            1 => self.line(&format!("println(gsum[{}]({e1}, {e2}, {e2}))", b.name())),
            2 => {
                let x = self.id("bx");
                let e3 = self.expr(b, 1, true);
                self.line(&format!("{x} := Box[{}]{{v: {e1}}}", b.name()));
                self.line(&format!("{x}.Set({x}.Get() + {e3})"));
                self.line(&format!("println({x}.Get(), {x}.n)"));
            }
            3 => {
                let b2 = self.basic();
                let e3 = self.expr(b2, 1, true);
                self.line(&format!(
                    "println(Pair[{}, {}]{{{e1}, {e3}}}.Swap({e2}, {e3}))",
                    b.name(),
                    b2.name()
                ));
            }
            _ => self.line(&format!(
                "println(gindex([]{}{{{e2}, {e1}}}, {e1}))",
                b.name()
            )),
        }
        true
    }

    // ---- places ----

    /// A readable (or, with assign, assignable) location of type b.
    fn place(&mut self, b: Basic, assign: bool) -> Option<String> {
        let mut cands = Vec::new();
        for v in &self.vars {
            if assign && !v.assignable {
                continue;
            }
            match &v.ty {
                Ty::B(x) if *x == b => cands.push(v.name.clone()),
                Ty::Array(n, x) if *x == b => {
                    cands.push(format!("{}[{}]", v.name, self.rng.below(*n)))
                }
                Ty::Slice(x) if *x == b => {
                    cands.push(format!("{0}[{1}%len({0})]", v.name, self.rng.below(3)))
                }
                Ty::Struct(s) => {
                    for (f, x) in self.all_fields(*s) {
                        if x == b {
                            cands.push(format!("{}.{f}", v.name));
                        }
                    }
                }
                _ => {}
            }
        }
        if cands.is_empty() {
            return None;
        }
        // Prefer locals (declared later) over globals.
        let n = cands.len();
        let i = if self.rng.chance(2, 3) {
            n - 1 - self.rng.below(n.min(4))
        } else {
            self.rng.below(n)
        };
        Some(cands[i].clone())
    }

    /// A plain assignable variable of type b (for captures).
    fn place_var(&mut self, b: Basic) -> Option<String> {
        let cands: Vec<String> = self
            .vars
            .iter()
            .filter(|v| v.assignable && v.ty == Ty::B(b) && !v.name.contains('.'))
            .map(|v| v.name.clone())
            .collect();
        if cands.is_empty() {
            None
        } else {
            Some(self.rng.pick(&cands).clone())
        }
    }

    // ---- expressions ----

    /// An expression of type b. With konst_ok false it is never constant.
    fn expr(&mut self, b: Basic, depth: u32, konst_ok: bool) -> String {
        if depth == 0 || self.rng.chance(1, 3) {
            return self.leaf(b, konst_ok);
        }
        match b {
            Basic::Bool => self.bool_expr(depth),
            Basic::Str => self.str_expr(depth),
            _ => self.num_expr(b, depth),
        }
    }

    fn leaf(&mut self, b: Basic, konst_ok: bool) -> String {
        let r = self.rng.below(10);
        if konst_ok && r < 3 {
            return self.const_leaf(b);
        }
        if r == 3 && self.calls_left > 0 && self.callable > 0 {
            let cands: Vec<usize> = (0..self.callable)
                .filter(|&i| self.funcs[i].results == [b])
                .collect();
            if !cands.is_empty() {
                self.calls_left -= 1;
                let i = *self.rng.pick(&cands);
                let args = self.args(i);
                return format!("{}({args})", self.funcs[i].name);
            }
        }
        self.place(b, false)
            .unwrap_or_else(|| format!("g{}", b.name()))
    }

    fn const_leaf(&mut self, b: Basic) -> String {
        match b {
            Basic::Bool => self.rng.pick(&["true", "false"]).to_string(),
            Basic::Str => self.str_lit(),
            Basic::F32 | Basic::F64 => {
                if !self.fconsts.is_empty() && self.rng.chance(1, 3) {
                    return self.rng.pick(&self.fconsts).clone();
                }
                self.float_lit(b)
            }
            Basic::C64 | Basic::C128 => {
                let (re, im) = (self.float_lit(b.part()), self.float_lit(b.part()));
                match self.rng.below(3) {
                    0 => format!("({im}i)"),
                    1 => format!("complex({re}, {im})"),
                    _ => format!("({re} + {im}i)"),
                }
            }
            _ => self.int_const(b),
        }
    }

    fn int_const(&mut self, b: Basic) -> String {
        if self.f.consts && self.rng.chance(1, 3) {
            let fitting: Vec<String> = self
                .consts
                .iter()
                .filter(|(_, v)| b.fits(*v))
                .map(|(n, _)| n.clone())
                .collect();
            if !fitting.is_empty() && self.rng.chance(1, 2) {
                return self.rng.pick(&fitting).clone();
            }
            for _ in 0..4 {
                let (text, v) = self.konst(2);
                if b.fits(v) {
                    return format!("({text})");
                }
            }
        }
        let (lo, hi) = b.int_range();
        let v = match self.rng.below(6) {
            0 => lo,
            1 => hi,
            2 => self.rng.range(-3, 3) as i128,
            3 => self.rng.range(0, 300) as i128,
            4 => (self.rng.next_u64() as i128) % (hi - lo + 1).min(1 << 62) + lo.max(-(1 << 62)),
            _ => 1 << self.rng.below(b.bits() as usize),
        };
        let v = v.clamp(lo, hi);
        int_lit(v, &mut self.rng)
    }

    /// An exact untyped integer constant expression and its value.
    fn konst(&mut self, depth: u32) -> (String, i128) {
        const LIMIT: u128 = 1 << 100;
        if depth == 0 || self.rng.chance(1, 3) {
            if !self.consts.is_empty() && self.rng.chance(1, 3) {
                let (n, v) = self.rng.pick(&self.consts).clone();
                return (n, v);
            }
            let v = match self.rng.below(4) {
                0 => self.rng.range(0, 20) as i128,
                1 => self.rng.range(0, 1 << 20) as i128,
                2 => 1i128 << self.rng.below(80),
                _ => (self.rng.next_u64() >> 1) as i128,
            };
            return (int_lit(v, &mut self.rng), v);
        }
        let (a, x) = self.konst(depth - 1);
        let (b, y) = self.konst(depth - 1);
        let op = *self
            .rng
            .pick(&["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"]);
        let v = match op {
            "+" => x.checked_add(y),
            "-" => x.checked_sub(y),
            "*" => x.checked_mul(y),
            "/" => (y != 0).then(|| x / y),
            "%" => (y != 0).then(|| x % y),
            "&" => Some(x & y),
            "|" => Some(x | y),
            "^" => Some(x ^ y),
            "&^" => Some(x & !y),
            "<<" => (0..=60)
                .contains(&y)
                .then(|| x.checked_shl(y as u32))
                .flatten(),
            _ => (0..=127).contains(&y).then(|| x >> y),
        };
        match v {
            Some(v) if v.unsigned_abs() < LIMIT && (op != "<<" || (v >> y) == x) => {
                (format!("({a} {op} {b})"), v)
            }
            _ => (a, x),
        }
    }

    fn fkonst(&mut self, depth: u32) -> String {
        if depth == 0 || self.rng.chance(1, 3) {
            return self
                .rng
                .pick(&[
                    "1.0", "0.5", "1.5", "2.25", "0.1", "0.2", "3.0", "123.456", "0x1p-2", "7.",
                ])
                .to_string();
        }
        if self.rng.chance(1, 5) {
            // Exact arithmetic far outside float64's range, back into it.
            let k = *self.rng.pick(&[20, 400, 4000, 200_000]);
            let x = self.fkonst(depth - 1);
            return format!("(1e{k} * {x} / 1e{k})");
        }
        let a = self.fkonst(depth - 1);
        let b = self.fkonst(depth - 1);
        let op = self.rng.pick(&["+", "-", "*"]);
        if self.rng.chance(1, 4) {
            let d = self.rng.pick(&["3", "7", "10", "0.1", "1e3"]);
            return format!("({a} {op} {b}) / {d}");
        }
        format!("({a} {op} {b})")
    }

    /// A float literal representable in b (float32 or float64).
    fn float_lit(&mut self, b: Basic) -> String {
        if b == Basic::F64 && self.rng.chance(1, 8) {
            return self
                .rng
                .pick(&["1e300", "1.7976931348623157e308", "4.9e-324"])
                .to_string();
        }
        self.small_float()
    }

    fn small_float(&mut self) -> String {
        self.rng
            .pick(&[
                "0.0", "1.0", "0.5", "1.5", "2.25", "0.1", "0.2", "3.0", "1e3", "2.5e-3", "1e10",
                "123.456", "0x1p-2", "0x1.8p3", ".5", "7.", "1_000.5", "1e-7", "100", "3.4e38",
            ])
            .to_string()
    }

    /// A non-zero constant divisor of float or complex type b.
    fn divisor(&mut self, b: Basic) -> String {
        let f = self
            .rng
            .pick(&["2.0", "0.5", "3.0", "1e3", "0.1", "7."])
            .to_string();
        if b.is_complex() && self.rng.chance(1, 2) {
            format!("({f} + 1i)")
        } else {
            f
        }
    }

    fn str_lit(&mut self) -> String {
        self.rng
            .pick(&[
                "\"\"",
                "\"a\"",
                "\"hello\"",
                "\"h\\u00e9llo\"",
                "\"\\x41\\t\\\"q\\\"\"",
                "`raw\\n`",
                "\"日本語\"",
                "\"\\xff\\xfe\"",
                "\"abc\"",
                "\"zz\"",
                "\"\\U0001F600\"",
            ])
            .to_string()
    }

    /// A binary operator valid for b and a right operand for it (constant
    /// or not; divisors are non-zero, shift counts non-negative).
    fn binop(&mut self, b: Basic, depth: u32) -> (&'static str, String) {
        if b == Basic::Str {
            return ("+", self.expr(b, depth, true));
        }
        if b.is_int() {
            let op = *self.rng.pick(&[
                "+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "+", "-", "*",
            ]);
            let rhs = match op {
                "/" | "%" => {
                    if self.rng.chance(1, 2) {
                        self.int_divisor(b)
                    } else {
                        let e = self.expr(b, depth, false);
                        format!("({e} | 1)")
                    }
                }
                "<<" | ">>" => {
                    if self.rng.chance(1, 2) {
                        self.rng.range(0, b.bits() as i64 + 4).to_string()
                    } else {
                        let t = self.int_type();
                        let e = self.expr(t, depth, false);
                        let mask = if self.rng.chance(1, 2) { 7 } else { 63 };
                        format!("({e} & {mask})")
                    }
                }
                _ => self.expr(b, depth, true),
            };
            return (op, rhs);
        }
        let op = *self.rng.pick(&["+", "-", "*", "/"]);
        let rhs = if op == "/" && self.rng.chance(1, 2) {
            self.divisor(b)
        } else {
            self.expr(b, depth, op != "/")
        };
        (op, rhs)
    }

    /// A non-zero constant divisor for integer type b: powers of two,
    /// small odd numbers, negative ones and extremes (the shapes division
    /// by a constant is strength-reduced for).
    fn int_divisor(&mut self, b: Basic) -> String {
        let (lo, hi) = b.int_range();
        let cands: Vec<i128> = [
            1,
            -1,
            2,
            3,
            4,
            5,
            7,
            8,
            10,
            16,
            100,
            128,
            -2,
            -8,
            -7,
            255,
            1 << 31,
            1 << 32,
        ]
        .into_iter()
        .chain([lo, hi, hi / 2 + 1])
        .filter(|&v| v != 0 && b.fits(v))
        .collect();
        let v = *self.rng.pick(&cands);
        if v < 0 {
            format!("({v})")
        } else {
            v.to_string()
        }
    }

    fn num_expr(&mut self, b: Basic, depth: u32) -> String {
        match self.rng.below(8) {
            0 => {
                let e = self.expr(b, depth - 1, false);
                let op = if b.is_int() && self.rng.chance(1, 2) {
                    "^"
                } else {
                    "-"
                };
                format!("{op}({e})")
            }
            1 if self.f.conversions => self.conversion(b, depth),
            2 if b.is_complex() => {
                let p = b.part();
                let re = self.expr(p, depth - 1, false);
                let im = self.expr(p, depth - 1, true);
                format!("complex({re}, {im})")
            }
            2 if b.is_float() && self.f.complex => {
                let c = self.expr(b.complex_of(), depth - 1, false);
                let f = self.rng.pick(&["real", "imag"]);
                format!("{f}({c})")
            }
            3 if self.f.builtins && !b.is_complex() => {
                let l = self.expr(b, depth - 1, false);
                let r = self.expr(b, depth - 1, true);
                let f = self.rng.pick(&["min", "max"]);
                if self.rng.chance(1, 2) {
                    let r2 = self.expr(b, depth - 1, false);
                    format!("{f}({l}, {r}, {r2})")
                } else {
                    format!("{f}({l}, {r})")
                }
            }
            2 if b == Basic::Int && self.f.strings => {
                let s = self.expr(Basic::Str, depth - 1, false);
                format!("len({s})")
            }
            _ => {
                let l = self.expr(b, depth - 1, false);
                let (op, r) = self.binop(b, depth - 1);
                format!("({l} {op} {r})")
            }
        }
    }

    /// A non-constant conversion to b from another type.
    fn conversion(&mut self, b: Basic, depth: u32) -> String {
        let from = self.basic();
        let name = b.name();
        if b.is_int() {
            if from.is_int() {
                let e = self.expr(from, depth - 1, false);
                return format!("{name}({e})");
            }
            if from.is_float() {
                let e = self.expr(from, depth - 1, false);
                return format!("{name}(clampF(float64({e})))");
            }
            if from == Basic::Str {
                let s = self.expr(Basic::Str, depth - 1, false);
                return format!("{name}(len({s}))");
            }
        }
        if b.is_float() && (from.is_int() || from.is_float()) {
            let e = self.expr(from, depth - 1, false);
            return format!("{name}({e})");
        }
        if b.is_complex() && from.is_complex() {
            let e = self.expr(from, depth - 1, false);
            return format!("{name}({e})");
        }
        self.expr(b, depth - 1, false)
    }

    fn bool_expr(&mut self, depth: u32) -> String {
        match self.rng.below(5) {
            0 => {
                let e = self.expr(Basic::Bool, depth - 1, false);
                format!("!({e})")
            }
            1 => {
                let l = self.expr(Basic::Bool, depth - 1, false);
                let r = self.expr(Basic::Bool, depth - 1, true);
                let op = self.rng.pick(&["&&", "||", "==", "!="]);
                format!("({l} {op} {r})")
            }
            _ => {
                let t = self.basic();
                let l = self.expr(t, depth - 1, false);
                let r = self.expr(t, depth - 1, true);
                let op = if t.is_ordered() {
                    *self.rng.pick(&["<", "<=", ">", ">=", "==", "!="])
                } else {
                    *self.rng.pick(&["==", "!="])
                };
                format!("({l} {op} {r})")
            }
        }
    }

    fn str_expr(&mut self, depth: u32) -> String {
        match self.rng.below(6) {
            0 | 1 => {
                let l = self.expr(Basic::Str, depth - 1, false);
                let r = self.expr(Basic::Str, depth - 1, true);
                format!("({l} + {r})")
            }
            2 if self.f.conversions => {
                let t = self.int_type();
                let e = self.expr(t, depth - 1, false);
                format!("string(rune({e}))")
            }
            3 if self.f.conversions => {
                let s = self.expr(Basic::Str, depth - 1, false);
                let via = self.rng.pick(&["[]byte", "[]rune"]);
                format!("string({via}({s}))")
            }
            _ => {
                let Some(s) = self.place(Basic::Str, false) else {
                    return self.leaf(Basic::Str, false);
                };
                let t = self.int_type();
                let k = self.expr(t, depth - 1, false);
                if self.rng.chance(1, 2) {
                    format!("{s}[:uint({k})%uint(len({s})+1)]")
                } else {
                    format!("{s}[uint({k})%uint(len({s})+1):]")
                }
            }
        }
    }
}

/// An integer literal of value v in one of Go's spellings.
fn int_lit(v: i128, rng: &mut Rng) -> String {
    let mag = v.unsigned_abs();
    let body = match rng.below(8) {
        0 => format!("{mag:#x}"),
        1 => format!("0o{mag:o}"),
        2 if mag < 1 << 16 => format!("{mag:#b}"),
        3 if (32..127).contains(&mag) && mag != 39 && mag != 92 => {
            format!("'{}'", char::from(mag as u8))
        }
        4 if mag >= 1000 => {
            let s = mag.to_string();
            let (a, b) = s.split_at(s.len() - 3);
            format!("{a}_{b}")
        }
        _ => mag.to_string(),
    };
    if v < 0 {
        format!("(-{body})")
    } else {
        body
    }
}

/// A value assigned to a string place, cut to a bounded length (`clampS`).
fn clamp_string(b: Basic, e: String) -> String {
    if b == Basic::Str {
        format!("clampS({e})")
    } else {
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_a_function_of_the_seed() {
        let f = Features::all();
        assert_eq!(generate(42, &f), generate(42, &f));
        assert_ne!(generate(42, &f), generate(43, &f));
    }

    #[test]
    fn switched_off_features_are_not_generated() {
        let f = Features::all()
            .without("generics,floats,maps,order,defers,init")
            .unwrap();
        for seed in 0..50 {
            let text = generate(seed, &f);
            let (_, p) = text.split_once(PRELUDE).unwrap();
            assert!(!p.contains("gsum") && !p.contains("Box["), "seed {seed}");
            assert!(
                !p.contains("float64(") && !p.contains("float32"),
                "seed {seed}"
            );
            assert!(!p.contains("map[") && !p.contains(" pr("), "seed {seed}");
            assert!(!p.contains("defer println"), "seed {seed}");
        }
    }

    #[test]
    fn unknown_features_are_an_error() {
        assert!(Features::all().without("nosuch").is_err());
        assert!(Features::all().with("invalid").unwrap().invalid);
    }

    #[test]
    fn integer_literals_spell_their_value() {
        let mut rng = Rng::new(1);
        for v in [0i128, 7, 39, 92, 1000, 255, -128, 1 << 40] {
            for _ in 0..10 {
                let s = int_lit(v, &mut rng);
                assert!(!s.is_empty(), "{v}");
                if v < 0 {
                    assert!(s.starts_with("(-"), "{s}");
                }
            }
        }
    }
}
