//! The pc table: what the runtime needs to turn a program counter into a
//! function name and a file:line (runtime.Caller, Callers, CallersFrames,
//! FuncForPC, Stack; rt/src/symtab.rs reads it, rt/ABI.md "The pc table").
//!
//! While lowering, every statement and every Go call sets the builder's
//! source location to a *loc*: an interned (function, file, line) triple,
//! whose index is the Cranelift `SourceLoc`. Before a function is inlined
//! or compiled, each of its calls also gets its loc as a debug tag
//! (`tag_calls`); Cranelift's inliner prepends the call site's tags to the
//! tags of the inlined calls, so after inlining a call's tag list is the
//! chain of logical frames (outermost first) that Go reports for it.
//!
//! After compiling a function, `derive` takes its code size, its srcloc
//! ranges (pc -> line) and, per call whose chain the line table does not
//! already give (an inlined call's), the return offset, the call
//! instruction's length and the chain (the code cache keeps that with the
//! code, `codecache.rs`), and `add` makes the function's record of it, for
//! compiled and cached code alike. `emit` writes one record per
//! function into its own `.golift.pctab` section after Cranelift wrote the
//! object; the function's code is followed by a 32-bit PC-relative
//! reference to its record (never executed), so the linker's
//! `--gc-sections` keeps the record exactly when it keeps the function,
//! and the linker script gathers the records between
//! `__golift_pctab_start` and `__golift_pctab_end` (driver/link.rs).
//!
//! Record layout (little-endian, 4-byte fields, size a multiple of 8):
//! ```text
//!  0 size     bytes of this record
//!  4 entry    PC-relative (to this field) address of the function
//!  8 codelen  bytes of code (without the trailing reference)
//! 12 flags    1: hidden (a runtime thunk or golift helper: not a Go frame),
//!             2: no arguments (a closure's context does not count)
//! 16 nstrs    8-byte strings: (PC-relative address, length)
//! 20 nlocs    8-byte locs: name string (u16), file string (u16, 0xffff:
//!             none), line; loc 0 is the function itself
//! 24 nlines   8-byte (start offset, loc) pairs, sorted
//! 28 ncalls   16-byte (return offset, call length, chain start, chain length)
//! 32 nchain   4-byte loc indices
//! 36 strings, locs, lines, calls, chain
//! ```
//! String fields are PC-relative to the field itself and point into one
//! read-only string section per object.
//!
//! Names are gc's: `main.(*T).M`, `main.main.func1`, a generic instance as
//! `main.F[...]`, golift's runtime package as `runtime.NAME`, the entry
//! `golift.main` as `runtime.main` and `golift.goexit` as `runtime.goexit`.

use std::collections::HashMap;

use cranelift_codegen::ir::{self, DebugTag, SourceLoc};
use cranelift_codegen::CompiledCode;
use cranelift_module::FuncId;
use cranelift_object::object::write::{Relocation, SymbolSection};
use cranelift_object::object::{
    RelocationEncoding, RelocationFlags, RelocationKind, SectionKind, SymbolKind,
};
use cranelift_object::ObjectProduct;

use crate::syntax::source::SourceMap;

/// Flag of a record whose function is not a Go frame.
const HIDDEN: u32 = 1;
/// Flag of a function without arguments (a traceback prints `f()`).
const NOARGS: u32 = 2;
/// A loc's string index for no string (a function without a known file).
const NO_STRING: u32 = 0xffff;

/// An interned (function name, file, line).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Loc {
    name: u32,
    file: u32,
    line: u32,
}

/// A call whose logical frames the line table does not give.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Call {
    /// The return offset.
    pub ret: u32,
    /// The call instruction's length.
    pub len: u32,
    /// Its locs, outermost first.
    pub chain: Vec<u32>,
}

/// What a function's record takes from its compiled code (`PcTab::derive`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CodeTab {
    /// Bytes of code.
    pub size: u32,
    /// Offset of the trailing reference to the record.
    pub trailer: u32,
    /// (start offset, global loc) with `u32::MAX` where no loc is known.
    pub lines: Vec<(u32, u32)>,
    pub calls: Vec<Call>,
}

/// The code of a function followed by the (zero, relocated later)
/// reference to its record, and that reference's offset.
pub(crate) fn with_trailer(code: &[u8]) -> (Vec<u8>, u32) {
    let mut bytes = code.to_vec();
    bytes.resize(bytes.len().next_multiple_of(4), 0);
    let trailer = bytes.len() as u32;
    bytes.extend_from_slice(&[0; 4]);
    (bytes, trailer)
}

/// The locs `func`'s instructions and call tags refer to, in the order of
/// first use (the function's own numbering of them, which the code cache
/// keys and stores by: `codecache.rs`).
pub(crate) fn locs_used(func: &ir::Function) -> Vec<u32> {
    let mut used = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for b in func.layout.blocks() {
        for inst in func.layout.block_insts(b) {
            let loc = func.srcloc(inst);
            if !loc.is_default() && seen.insert(loc.bits()) {
                used.push(loc.bits());
            }
            for t in func.debug_tags.get(inst) {
                if let DebugTag::User(l) = t {
                    if seen.insert(*l) {
                        used.push(*l);
                    }
                }
            }
        }
    }
    used
}

impl CodeTab {
    /// The same table with every loc renumbered by `map` (None when a loc
    /// has no number there); `u32::MAX` (no loc) stays.
    pub fn renumbered(&self, map: impl Fn(u32) -> Option<u32>) -> Option<CodeTab> {
        let m = |l: u32| if l == u32::MAX { Some(l) } else { map(l) };
        let lines = self
            .lines
            .iter()
            .map(|&(o, l)| Some((o, m(l)?)))
            .collect::<Option<Vec<_>>>()?;
        let calls = self
            .calls
            .iter()
            .map(|c| {
                Some(Call {
                    ret: c.ret,
                    len: c.len,
                    chain: c.chain.iter().map(|&l| m(l)).collect::<Option<_>>()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(CodeTab {
            size: self.size,
            trailer: self.trailer,
            lines,
            calls,
        })
    }
}

struct FuncTab {
    id: FuncId,
    name: u32,
    flags: u32,
    size: u32,
    /// Offset of the trailing reference to the record.
    trailer: u32,
    /// (start offset, global loc) with `u32::MAX` where no loc is known.
    lines: Vec<(u32, u32)>,
    calls: Vec<Call>,
}

/// The module's pc table under construction.
#[derive(Default)]
pub(crate) struct PcTab {
    strings: Vec<String>,
    string_ids: HashMap<String, u32>,
    locs: Vec<Loc>,
    loc_ids: HashMap<Loc, u32>,
    funcs: Vec<FuncTab>,
    /// Absolute file paths by SourceMap index.
    files: HashMap<u32, u32>,
    /// Functions that are not Go frames (runtime thunks).
    pub hidden: std::collections::HashSet<FuncId>,
    /// The last symbol a loc was made for and its name's string.
    last: Option<(String, u32)>,
}

impl PcTab {
    fn string(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.string_ids.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.string_ids.insert(s.to_string(), i);
        i
    }

    fn file(&mut self, sources: &SourceMap, file: u32) -> u32 {
        if let Some(&f) = self.files.get(&file) {
            return f;
        }
        let path = &sources.file(file).path;
        let abs = if path.starts_with('$') {
            path.clone()
        } else {
            std::path::absolute(path)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| path.clone())
        };
        let f = self.string(&abs);
        self.files.insert(file, f);
        f
    }

    /// The source location of byte `offset` of `file` in function `symbol`.
    pub fn loc(&mut self, sources: &SourceMap, symbol: &str, file: u32, offset: u32) -> SourceLoc {
        if (file as usize) >= sources.files.len() {
            return SourceLoc::default();
        }
        let line = sources.file(file).line_col(offset).0;
        let name = match &self.last {
            Some((s, n)) if s == symbol => *n,
            _ => {
                let n = self.string(&go_name(symbol));
                self.last = Some((symbol.to_string(), n));
                n
            }
        };
        let loc = Loc {
            name,
            file: self.file(sources, file),
            line,
        };
        let n = self.locs.len() as u32;
        let id = *self.loc_ids.entry(loc).or_insert(n);
        if id == n {
            self.locs.push(loc);
        }
        SourceLoc::new(id)
    }

    /// What the record of a function takes from its compiled code `code`
    /// (followed in the object by the reference at `trailer`): the code
    /// cache keeps it with the code (`codecache.rs`).
    pub fn derive(&self, code: &CompiledCode, trailer: u32) -> CodeTab {
        let bytes = code.buffer.data();
        let mut lines: Vec<(u32, u32)> = Vec::new();
        for s in code.buffer.get_srclocs_sorted() {
            let loc = if s.loc.is_default() {
                u32::MAX
            } else {
                s.loc.bits()
            };
            if lines.last().is_none_or(|&(_, l)| l != loc) {
                lines.push((s.start, loc));
            }
        }
        let mut calls = Vec::new();
        for t in code.buffer.debug_tags() {
            if !matches!(t.pos, cranelift_codegen::MachDebugTagPos::Post) {
                continue;
            }
            let chain: Vec<u32> = t
                .tags
                .iter()
                .filter_map(|t| match t {
                    DebugTag::User(l) if (*l as usize) < self.locs.len() => Some(*l),
                    _ => None,
                })
                .collect();
            // A call that is not inlined and whose line the line table
            // already gives needs no entry.
            let at = t.offset.saturating_sub(1);
            let line = match lines.partition_point(|&(start, _)| start <= at) {
                0 => None,
                i => Some(lines[i - 1].1),
            };
            let redundant = matches!(chain[..], [l] if Some(l) == line);
            if !chain.is_empty() && !redundant {
                calls.push(Call {
                    ret: t.offset,
                    len: call_len(bytes, t.offset as usize),
                    chain,
                });
            }
        }
        CodeTab {
            size: bytes.len() as u32,
            trailer,
            lines,
            calls,
        }
    }

    /// Adds the record of function `id` (symbol `symbol`, `params`
    /// parameters in its signature) whose code gave `tab`.
    pub fn add(&mut self, id: FuncId, symbol: &str, params: usize, tab: CodeTab) {
        let hidden = self.hidden.contains(&id)
            || symbol.starts_with("golift.") && !matches!(symbol, "golift.main" | "golift.goexit");
        let go = go_name(symbol);
        let noargs = params == 0 || params == 1 && is_closure(&go);
        let flags = if hidden { HIDDEN } else { 0 } | if noargs { NOARGS } else { 0 };
        let name = self.string(&go);
        self.funcs.push(FuncTab {
            id,
            name,
            flags,
            size: tab.size,
            trailer: tab.trailer,
            lines: tab.lines,
            calls: tab.calls,
        });
    }

    /// What loc `l` stands for: (function name, file, line); None for an
    /// index that names no loc.
    pub fn loc_content(&self, l: u32) -> Option<(&str, &str, u32)> {
        let loc = self.locs.get(l as usize)?;
        let s = |i: u32| self.strings.get(i as usize).map_or("", String::as_str);
        Some((s(loc.name), s(loc.file), loc.line))
    }

    /// Writes the records into `product` (see the module comment).
    pub fn emit(self, product: &mut ObjectProduct) -> Result<(), String> {
        if self.funcs.is_empty() {
            return Ok(());
        }
        let obj = &mut product.object;
        let strsec = obj.add_section(
            Vec::new(),
            b".rodata.golift.pcstr".to_vec(),
            SectionKind::ReadOnlyData,
        );
        let mut str_offs = Vec::with_capacity(self.strings.len());
        let mut blob = Vec::new();
        for s in &self.strings {
            str_offs.push(blob.len() as u64);
            blob.extend_from_slice(s.as_bytes());
        }
        obj.append_section_data(strsec, &blob, 1);
        let strsym = obj.section_symbol(strsec);
        let rel32 = RelocationFlags::Generic {
            kind: RelocationKind::Relative,
            encoding: RelocationEncoding::Generic,
            size: 32,
        };
        for f in &self.funcs {
            let fsym = product.function_symbol(f.id);
            let obj = &mut product.object;
            let s = obj.symbol(fsym);
            let (SymbolSection::Section(fsec), fval) = (s.section, s.value) else {
                continue;
            };
            debug_assert!(s.kind == SymbolKind::Text);
            let (data, strs) = self.encode(f);
            let sec = obj.add_section(
                Vec::new(),
                b".golift.pctab".to_vec(),
                SectionKind::ReadOnlyData,
            );
            obj.append_section_data(sec, &data, 8);
            let reloc = |offset: u64, symbol, addend: i64| Relocation {
                offset,
                symbol,
                addend,
                flags: rel32,
            };
            obj.add_relocation(sec, reloc(4, fsym, 0))
                .map_err(|e| e.to_string())?;
            for (at, s) in strs {
                obj.add_relocation(sec, reloc(at, strsym, str_offs[s as usize] as i64))
                    .map_err(|e| e.to_string())?;
            }
            let secsym = obj.section_symbol(sec);
            obj.add_relocation(fsec, reloc(fval + u64::from(f.trailer), secsym, 0))
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// The record of `f` and its string fields (offset, string index).
    fn encode(&self, f: &FuncTab) -> (Vec<u8>, Vec<(u64, u32)>) {
        // Record-local loc indices: 0 is the function itself.
        let mut local: Vec<Loc> = Vec::new();
        let mut index: HashMap<u32, u32> = HashMap::new();
        let own_file = f
            .lines
            .iter()
            .find(|&&(_, l)| l != u32::MAX && self.locs[l as usize].name == f.name)
            .map(|&(_, l)| self.locs[l as usize]);
        local.push(own_file.map_or(
            Loc {
                name: f.name,
                file: u32::MAX,
                line: 0,
            },
            |l| Loc { name: f.name, ..l },
        ));
        let mut idx = |g: u32| -> u32 {
            if g == u32::MAX {
                return 0;
            }
            *index.entry(g).or_insert_with(|| {
                local.push(self.locs[g as usize]);
                local.len() as u32 - 1
            })
        };
        let lines: Vec<(u32, u32)> = f.lines.iter().map(|&(o, l)| (o, idx(l))).collect();
        let mut chain = Vec::new();
        let calls: Vec<[u32; 4]> = f
            .calls
            .iter()
            .map(|c| {
                let start = chain.len() as u32;
                // A call inlined into a site without a loc (a golift
                // helper's call) still has the function itself outermost.
                if c.chain
                    .first()
                    .is_some_and(|&l| self.locs[l as usize].name != f.name)
                {
                    chain.push(0);
                }
                chain.extend(c.chain.iter().map(|&l| idx(l)));
                [c.ret, c.len, start, chain.len() as u32 - start]
            })
            .collect();
        // The record's strings: each name and file once.
        let mut table: Vec<u32> = Vec::new();
        let mut str_index = |g: u32| -> u32 {
            if g == u32::MAX {
                return NO_STRING;
            }
            match table.iter().position(|&t| t == g) {
                Some(i) => i as u32,
                None => {
                    table.push(g);
                    table.len() as u32 - 1
                }
            }
        };
        let locs: Vec<(u32, u32, u32)> = local
            .iter()
            .map(|l| (str_index(l.name), str_index(l.file), l.line))
            .collect();
        let mut out = Vec::new();
        let mut strs = Vec::new();
        let put = |out: &mut Vec<u8>, v: u32| out.extend_from_slice(&v.to_le_bytes());
        let header = [
            0,
            0,
            f.size,
            f.flags,
            table.len() as u32,
            locs.len() as u32,
            lines.len() as u32,
            calls.len() as u32,
            chain.len() as u32,
        ];
        for v in header {
            put(&mut out, v);
        }
        for &g in &table {
            strs.push((out.len() as u64, g));
            put(&mut out, 0);
            put(&mut out, self.strings[g as usize].len() as u32);
        }
        for (name, file, line) in locs {
            put(&mut out, (name & 0xffff) | (file & 0xffff) << 16);
            put(&mut out, line);
        }
        for (o, l) in lines {
            put(&mut out, o);
            put(&mut out, l);
        }
        for c in calls {
            for v in c {
                put(&mut out, v);
            }
        }
        for l in chain {
            put(&mut out, l);
        }
        while !out.len().is_multiple_of(8) {
            out.push(0);
        }
        let size = out.len() as u32;
        out[0..4].copy_from_slice(&size.to_le_bytes());
        (out, strs)
    }
}

/// Gives every call of `func` with a source location that location as its
/// debug tag (the inliner chains them, see the module comment).
pub(crate) fn tag_calls(func: &mut ir::Function) {
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for b in blocks {
        let insts: Vec<ir::Inst> = func.layout.block_insts(b).collect();
        for inst in insts {
            let op = func.dfg.insts[inst].opcode();
            if !op.is_call() || op.is_return() {
                continue;
            }
            let loc = func.srcloc(inst);
            if !loc.is_default() && func.debug_tags.get(inst).is_empty() {
                func.debug_tags.set(inst, [DebugTag::User(loc.bits())]);
            }
        }
    }
}

/// The length of the call instruction that ends at `ret` (an estimate on
/// x86-64, where only `call rel32` and `call *disp32(%rip)` are recognised
/// and anything else counts as the shortest indirect call).
fn call_len(code: &[u8], ret: usize) -> u32 {
    if cfg!(target_arch = "aarch64") {
        return 4;
    }
    if ret >= 6 && code[ret - 6] == 0xff && code[ret - 5] == 0x15 {
        6
    } else if ret >= 5 && code[ret - 5] == 0xe8 {
        5
    } else {
        2
    }
}

/// Whether gc's name `name` is a function literal's (`F.funcN`).
fn is_closure(name: &str) -> bool {
    name.rsplit_once(".func")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// A nested function literal's symbol `F.funcN.M` as gc names it,
/// `F.funcN.funcM`.
fn closure_names(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_literal = false;
    for (i, seg) in s.split('.').enumerate() {
        let digits = !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit());
        if i > 0 {
            out.push('.');
        }
        if in_literal && digits {
            out.push_str("func");
        }
        out.push_str(seg);
        in_literal = seg
            .strip_prefix("func")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            || in_literal && digits;
    }
    out
}

/// gc's name of the function whose symbol is `symbol`: golift's runtime
/// package as `runtime`, a big-frame body as its function, a generic
/// instance's type arguments as `[...]`, a func value's wrapper `F·fw` as
/// `F`, the program entry as `runtime.main`.
pub(crate) fn go_name(symbol: &str) -> String {
    let s = symbol.strip_prefix("go:").unwrap_or(symbol);
    let s = s.strip_suffix("..frame").unwrap_or(s);
    // A func value's code that drops the closure context (funcval.rs).
    let s = s.strip_suffix("·fw").unwrap_or(s);
    match s {
        "golift.main" => return "runtime.main".into(),
        "golift.goexit" => return "runtime.goexit".into(),
        _ => {}
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in closure_names(s).chars() {
        match c {
            '[' => {
                if depth == 0 {
                    out.push_str("[...]");
                }
                depth += 1;
            }
            ']' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_names() {
        assert_eq!(go_name("main.main"), "main.main");
        assert_eq!(go_name("go:runtime.Callers"), "runtime.Callers");
        assert_eq!(go_name("main.G[int]"), "main.G[...]");
        assert_eq!(go_name("main.(*T[map[string]int]).M"), "main.(*T[...]).M");
        assert_eq!(go_name("main.f..frame"), "main.f");
        assert_eq!(go_name("main.T.M·fw"), "main.T.M");
        assert_eq!(go_name("golift.main"), "runtime.main");
        assert_eq!(go_name("main.main.func2.1"), "main.main.func2.func1");
        assert_eq!(
            go_name("main.main.func2.1.3"),
            "main.main.func2.func1.func3"
        );
        assert_eq!(go_name("main.init.0"), "main.init.0");
        assert!(is_closure("main.main.func1"));
        assert!(is_closure("main.main.func1.2"));
        assert!(!is_closure("main.funcs"));
    }

    #[test]
    fn call_lengths() {
        assert_eq!(call_len(&[0x90, 0xe8, 0, 0, 0, 0], 6), 5);
        assert_eq!(call_len(&[0xff, 0x15, 0, 0, 0, 0], 6), 6);
        assert_eq!(call_len(&[0xff, 0xd0], 2), 2);
    }
}
