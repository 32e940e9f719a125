//! The compiled-code cache: the machine code Cranelift made of a function,
//! kept in the build cache under a key derived from the function's IR
//! (after inlining), so a rebuild compiles only functions whose IR changed.
//!
//! Key: the IR text with the function's own name and every external name
//! replaced by its ordinal, followed by the symbol name each ordinal stands
//! for, plus the compiler's identity and options (`CodeCache::salt`) and the
//! target ISA's flags. Equal keys mean equal IR with the same symbols, hence
//! the same machine code and relocations: an entry stores the code and its
//! relocations by symbol name, which are bound to the current module's
//! symbols when reused. Symbols are resolved by name at link time, so what
//! a name (`golift.str.3`) holds in this program does not matter.
//!
//! Source locations: the IR's srclocs and call tags are indices into the
//! program's loc table (`pctab.rs`). The key has them renumbered in the
//! function's own order of first use (`pctab::locs_used`) followed by what
//! each stands for (function name, file, line): a function keeps its key
//! when an edit elsewhere renumbers the program's locs, and gets another
//! when an edit shifts its lines. An entry also keeps what the pc table
//! takes from the compiled code (`pctab::CodeTab`: line table, call
//! chains, size, trailer offset) in that numbering, and a hit adds the
//! function's record from it, renumbered to this build's locs, exactly as
//! compiling would.
//!
//! Entries are files `code/KK/KEY` in the cache directory, written through
//! a temporary file renamed into place (concurrent builds never see a
//! partial entry; a malformed entry is a miss).

use std::hash::Hasher;
use std::path::{Path, PathBuf};

use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir::{self, ExternalName, UserExternalName};
use cranelift_codegen::{CompiledCode, FinalizedRelocTarget};
use cranelift_module::{FuncId, FuncOrDataId, Module, ModuleReloc, ModuleRelocTarget};

use super::pctab::{self, Call, CodeTab, PcTab};

/// Where compiled functions are kept and what identifies the compiler.
#[derive(Clone, Debug)]
pub struct CodeCache {
    /// The cache directory (entries go under `code/`).
    pub dir: PathBuf,
    /// golift's identity and the lowering options.
    pub salt: String,
}

/// A relocation of cached code.
#[derive(Debug, PartialEq)]
enum Target {
    /// A symbol: function (namespace 0) or data (1), by name.
    Sym(u32, String),
    /// An offset inside the function itself.
    Own(u32),
    /// A library function Cranelift calls (`memmove`), by its name.
    Lib(String),
}

#[derive(Debug, PartialEq)]
pub(super) struct Entry {
    align: u64,
    code: Vec<u8>,
    relocs: Vec<(u32, Reloc, Target, i64)>,
    /// What the pc table takes from the code, its locs numbered as in
    /// the function's `pctab::locs_used`.
    tab: CodeTab,
}

impl Entry {
    /// The entry's pc-table data for a function whose locs are `used`
    /// (None when the entry names a loc `used` does not have).
    pub(super) fn tab_for(&self, used: &[u32]) -> Option<CodeTab> {
        self.tab.renumbered(|i| used.get(i as usize).copied())
    }
}

/// The relocation kinds an entry may hold (others are not cached).
const KINDS: [Reloc; 10] = [
    Reloc::Abs4,
    Reloc::Abs8,
    Reloc::X86PCRel4,
    Reloc::X86CallPCRel4,
    Reloc::X86CallPLTRel4,
    Reloc::X86GOTPCRel4,
    Reloc::Arm64Call,
    Reloc::Aarch64AdrGotPage21,
    Reloc::Aarch64Ld64GotLo12Nc,
    Reloc::Aarch64AdrPrelPgHi21,
];

/// The symbol name of external name `n` in `module`.
fn symbol_name<M: Module>(module: &M, n: &UserExternalName) -> Option<String> {
    let d = module.declarations();
    match n.namespace {
        0 => d.get_function_decl(FuncId::from_u32(n.index)).name.clone(),
        1 => d
            .get_data_decl(cranelift_module::DataId::from_u32(n.index))
            .name
            .clone(),
        _ => None,
    }
}

/// The cache key of `func`, whose locs are `used` (`pctab::locs_used`;
/// None when one of its external names has no symbol name).
pub(super) fn key<M: Module>(
    cache: &CodeCache,
    module: &M,
    locs: &PcTab,
    func: &ir::Function,
    used: &[u32],
) -> Option<String> {
    let mut h = KeyHasher::new();
    // The stencil is the whole function but its name, the external names
    // it refers to by `UserExternalNameRef` (the order they were first
    // used in; added as symbol names below) and its source locations and
    // call tags, which are program-wide loc indices (added below in the
    // function's own numbering). Every field is named, so that a field
    // Cranelift adds is not left out unnoticed.
    let ir::function::FunctionStencil {
        version_marker,
        signature,
        sized_stack_slots,
        dynamic_stack_slots,
        global_values,
        dfg,
        layout,
        srclocs: _,
        debug_tags: _,
        stack_limit,
    } = &func.stencil;
    std::hash::Hash::hash(version_marker, &mut h);
    std::hash::Hash::hash(signature, &mut h);
    std::hash::Hash::hash(sized_stack_slots, &mut h);
    std::hash::Hash::hash(dynamic_stack_slots, &mut h);
    std::hash::Hash::hash(global_values, &mut h);
    std::hash::Hash::hash(dfg, &mut h);
    std::hash::Hash::hash(layout, &mut h);
    std::hash::Hash::hash(stack_limit, &mut h);
    for (_, n) in func.params.user_named_funcs().iter() {
        h.write_u32(n.namespace);
        h.field(symbol_name(module, n)?.as_bytes());
    }
    // Each instruction's loc and tags as ordinals in `used`, then what
    // each of those locs stands for.
    let ord: std::collections::HashMap<u32, u32> = used
        .iter()
        .enumerate()
        .map(|(i, &l)| (l, i as u32))
        .collect();
    for b in func.layout.blocks() {
        for inst in func.layout.block_insts(b) {
            let loc = func.srcloc(inst);
            h.write_u32(if loc.is_default() {
                u32::MAX
            } else {
                ord[&loc.bits()]
            });
            let tags = func.debug_tags.get(inst);
            h.write_u32(tags.len() as u32);
            for t in tags {
                match t {
                    ir::DebugTag::User(l) => h.write_u32(ord[l]),
                    ir::DebugTag::StackSlot(s) => {
                        h.write_u32(u32::MAX);
                        h.write_u32(s.as_u32());
                    }
                }
            }
        }
    }
    for &l in used {
        match locs.loc_content(l) {
            Some((name, file, line)) => {
                h.field(name.as_bytes());
                h.field(file.as_bytes());
                h.write_u32(line);
            }
            None => h.field(b"\xff"),
        }
    }
    h.field(cache.salt.as_bytes());
    let isa = module.isa();
    h.field(isa.triple().to_string().as_bytes());
    h.field(isa.flags().to_string().as_bytes());
    for v in isa.isa_flags() {
        h.field(v.to_string().as_bytes());
    }
    Some(h.key())
}

/// The entry for the code compiled from `func`, whose locs are `used`
/// and whose pc-table data is `tab` (None when it has a relocation the
/// cache does not keep).
pub(super) fn entry<M: Module>(
    module: &M,
    func: &ir::Function,
    code: &CompiledCode,
    tab: &CodeTab,
    used: &[u32],
) -> Option<Entry> {
    // The entry's locs are ordinals in `used`.
    let tab = tab.renumbered(|l| used.iter().position(|&u| u == l).map(|i| i as u32))?;
    let mut relocs = Vec::new();
    for r in code.buffer.relocs() {
        if !KINDS.contains(&r.kind) {
            return None;
        }
        let target = match r.target {
            FinalizedRelocTarget::ExternalName(ExternalName::User(n)) => {
                let n = &func.params.user_named_funcs()[n];
                Target::Sym(n.namespace, symbol_name(module, n)?)
            }
            FinalizedRelocTarget::Func(off) => Target::Own(off),
            FinalizedRelocTarget::ExternalName(ExternalName::LibCall(l)) => {
                Target::Lib(l.to_string())
            }
            _ => return None,
        };
        relocs.push((r.offset, r.kind, target, r.addend));
    }
    Some(Entry {
        align: code.buffer.alignment as u64,
        code: code.buffer.data().to_vec(),
        relocs,
        tab,
    })
}

/// Defines function `id` in `module` with the code of `e` followed by the
/// reference to its pc-table record (as `ModCx::define_compiled` does);
/// false when a symbol it refers to is not in the module (then it is
/// compiled instead).
pub(super) fn define<M: Module>(module: &mut M, id: FuncId, e: &Entry) -> bool {
    let (bytes, trailer) = pctab::with_trailer(&e.code);
    if trailer != e.tab.trailer || e.tab.size as usize != e.code.len() {
        return false;
    }
    let mut relocs = Vec::with_capacity(e.relocs.len());
    for (offset, kind, target, addend) in &e.relocs {
        let name = match target {
            Target::Own(off) => ModuleRelocTarget::FunctionOffset(id, *off),
            Target::Lib(l) => match l.parse() {
                Ok(l) => ModuleRelocTarget::LibCall(l),
                Err(()) => return false,
            },
            Target::Sym(ns, s) => match (ns, module.get_name(s)) {
                (0, Some(FuncOrDataId::Func(f))) => ModuleRelocTarget::user(0, f.as_u32()),
                (1, Some(FuncOrDataId::Data(d))) => ModuleRelocTarget::user(1, d.as_u32()),
                _ => return false,
            },
        };
        relocs.push(ModuleReloc {
            offset: *offset,
            kind: *kind,
            name,
            addend: *addend,
        });
    }
    module
        .define_function_bytes(id, e.align, &bytes, &relocs)
        .is_ok()
}

fn entry_path(cache: &CodeCache, key: &str) -> PathBuf {
    cache.dir.join("code").join(&key[..2]).join(key)
}

/// The cached entry for `key`, if there is a well-formed one.
pub(super) fn load(cache: &CodeCache, key: &str) -> Option<Entry> {
    decode(&read_marking_use(&entry_path(cache, key))?)
}

/// How long a cache entry lives without being used (`driver/cache.rs`
/// trims older ones), and how stale its modification time may get before
/// a use renews it.
pub(crate) const UNUSED_LIFETIME: std::time::Duration =
    std::time::Duration::from_secs(5 * 24 * 3600);
const RENEW_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// The content of cache entry `path`; a use renews its modification time
/// (at most once an hour), which is what trimming goes by.
pub(crate) fn read_marking_use(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes).ok()?;
    let now = std::time::SystemTime::now();
    let stale = f
        .metadata()
        .and_then(|m| m.modified())
        .is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d > RENEW_AFTER));
    if stale {
        let _ = f.set_modified(now);
    }
    Some(bytes)
}

/// Stores `e` under `key`; a cache that cannot be written only costs the
/// next build time.
pub(super) fn store(cache: &CodeCache, key: &str, e: &Entry) {
    let path = entry_path(cache, key);
    let Some(dir) = path.parent() else { return };
    let _ = write_atomic(dir, &path, &encode(e));
}

fn write_atomic(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::fs::write(tmp.path(), bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

const MAGIC: &[u8; 4] = b"GLC2";

fn encode(e: &Entry) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(e.align.to_le_bytes());
    out.extend((e.code.len() as u32).to_le_bytes());
    out.extend(&e.code);
    out.extend((e.relocs.len() as u32).to_le_bytes());
    for (offset, kind, target, addend) in &e.relocs {
        out.extend(offset.to_le_bytes());
        out.push(KINDS.iter().position(|k| k == kind).unwrap_or(0) as u8);
        out.extend(addend.to_le_bytes());
        match target {
            Target::Own(off) => {
                out.push(2);
                out.extend(off.to_le_bytes());
            }
            Target::Lib(l) => {
                out.push(3);
                out.extend((l.len() as u32).to_le_bytes());
                out.extend(l.as_bytes());
            }
            Target::Sym(ns, s) => {
                out.push(*ns as u8);
                out.extend((s.len() as u32).to_le_bytes());
                out.extend(s.as_bytes());
            }
        }
    }
    let t = &e.tab;
    let mut put = |v: u32| out.extend(v.to_le_bytes());
    put(t.size);
    put(t.trailer);
    put(t.lines.len() as u32);
    for &(o, l) in &t.lines {
        put(o);
        put(l);
    }
    put(t.calls.len() as u32);
    for c in &t.calls {
        put(c.ret);
        put(c.len);
        put(c.chain.len() as u32);
        for &l in &c.chain {
            put(l);
        }
    }
    out
}

fn decode(b: &[u8]) -> Option<Entry> {
    let mut r = Reader(b);
    if r.take(4)? != MAGIC {
        return None;
    }
    let align = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
    let n = r.u32()? as usize;
    let code = r.take(n)?.to_vec();
    let count = r.u32()?;
    let mut relocs = Vec::new();
    for _ in 0..count {
        let offset = r.u32()?;
        let kind = *KINDS.get(r.take(1)?[0] as usize)?;
        let addend = i64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let target = match r.take(1)?[0] {
            2 => Target::Own(r.u32()?),
            3 => {
                let n = r.u32()? as usize;
                Target::Lib(String::from_utf8(r.take(n)?.to_vec()).ok()?)
            }
            ns @ (0 | 1) => {
                let n = r.u32()? as usize;
                Target::Sym(ns as u32, String::from_utf8(r.take(n)?.to_vec()).ok()?)
            }
            _ => return None,
        };
        relocs.push((offset, kind, target, addend));
    }
    let size = r.u32()?;
    let trailer = r.u32()?;
    let n = r.u32()?;
    let mut lines = Vec::new();
    for _ in 0..n {
        lines.push((r.u32()?, r.u32()?));
    }
    let n = r.u32()?;
    let mut calls = Vec::new();
    for _ in 0..n {
        let (ret, len, m) = (r.u32()?, r.u32()?, r.u32()?);
        let mut chain = Vec::new();
        for _ in 0..m {
            chain.push(r.u32()?);
        }
        calls.push(Call { ret, len, chain });
    }
    let tab = CodeTab {
        size,
        trailer,
        lines,
        calls,
    };
    r.0.is_empty().then_some(Entry {
        align,
        code,
        relocs,
        tab,
    })
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

/// A 128-bit key as two independent 64-bit hashes of the same input (the
/// build cache's keys, `driver/cache.rs`, too).
pub(crate) struct KeyHasher(std::hash::DefaultHasher, std::hash::DefaultHasher);

impl KeyHasher {
    pub(crate) fn new() -> KeyHasher {
        let mut second = std::hash::DefaultHasher::new();
        second.write(b"golift-second-half");
        KeyHasher(std::hash::DefaultHasher::new(), second)
    }

    /// Adds a length-prefixed field, so that field boundaries are part of
    /// the key.
    pub(crate) fn field(&mut self, bytes: &[u8]) {
        for h in [&mut self.0, &mut self.1] {
            h.write_u64(bytes.len() as u64);
            h.write(bytes);
        }
    }

    /// The key as 32 hex digits.
    pub(crate) fn key(&self) -> String {
        format!("{:016x}{:016x}", self.0.finish(), self.1.finish())
    }
}

/// Hashing a structure (`Hash`) feeds both halves in one traversal.
impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
        self.1.write(bytes);
    }

    fn finish(&self) -> u64 {
        self.0.finish() ^ self.1.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_reject_truncation() {
        let e = Entry {
            align: 16,
            code: vec![0x55, 0x48, 0x89, 0xe5, 0xc3],
            relocs: vec![
                (
                    1,
                    Reloc::X86CallPLTRel4,
                    Target::Sym(0, "strings.Index".into()),
                    -4,
                ),
                (
                    2,
                    Reloc::X86PCRel4,
                    Target::Sym(1, "golift.types".into()),
                    120,
                ),
                (3, Reloc::Abs8, Target::Own(4), 0),
                (4, Reloc::X86GOTPCRel4, Target::Lib("Memmove".into()), -4),
            ],
            tab: CodeTab {
                size: 5,
                trailer: 8,
                lines: vec![(0, 3), (2, u32::MAX)],
                calls: vec![Call {
                    ret: 5,
                    len: 5,
                    chain: vec![3, 9],
                }],
            },
        };
        let bytes = encode(&e);
        // Locs are ordinals in the function's `locs_used`, bound to this
        // build's indices on a hit.
        let used = [0, 0, 0, 40, 0, 0, 0, 0, 0, 17];
        let tab = e.tab_for(&used).unwrap();
        assert_eq!(tab.lines, [(0, 40), (2, u32::MAX)]);
        assert_eq!(tab.calls[0].chain, [40, 17]);
        assert_eq!(e.tab_for(&used[..5]), None);
        assert_eq!(decode(&bytes), Some(e));
        assert_eq!(decode(&bytes[..bytes.len() - 1]), None);
        assert_eq!(decode(b"GLC0"), None);
    }
}
