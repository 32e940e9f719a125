//! The build cache: compiled objects kept in golift's cache directory
//! (`$GOLIFTCACHE`, see `link::cache_dir`) under a content-derived key, so
//! that building an unchanged program again only links.
//!
//! The key covers everything that changes the object: golift itself (its
//! version, its runtime's hash and its executable's identity, so a rebuilt
//! compiler never reuses an old object), the target, the lowering options,
//! and for every package of the program in dependency order its paths, its
//! module's Go version and each file's name and content. Today the unit is
//! the whole program (one object); per-package objects keyed by their
//! dependencies' keys come with per-package lowering.
//!
//! Writes go to a temporary file in the cache directory and are renamed
//! into place, so concurrent builds never see a partial object.

use std::hash::Hasher;
use std::path::PathBuf;

use super::load::Loader;
use super::Failure;

/// A 128-bit key as two independent 64-bit hashes of the same input.
struct KeyHasher(std::hash::DefaultHasher, std::hash::DefaultHasher);

impl KeyHasher {
    fn new() -> KeyHasher {
        let mut second = std::hash::DefaultHasher::new();
        second.write(b"golift-second-half");
        KeyHasher(std::hash::DefaultHasher::new(), second)
    }

    /// Adds a length-prefixed field, so that field boundaries are part of
    /// the key.
    fn field(&mut self, bytes: &[u8]) {
        for h in [&mut self.0, &mut self.1] {
            h.write_u64(bytes.len() as u64);
            h.write(bytes);
        }
    }

    fn finish(&self) -> String {
        format!("{:016x}{:016x}", self.0.finish(), self.1.finish())
    }
}

/// The identity of the running golift executable (size and modification
/// time): development builds keep their version number.
fn compiler_id() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    match meta {
        Ok(m) => {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            format!("{}:{:?}", m.len(), t)
        }
        Err(_) => "unknown".into(),
    }
}

/// The cache key of the program made of packages `order` (dependency
/// order) compiled with `opts`.
pub fn program_key(loader: &Loader, order: &[usize], opts: &str) -> Result<String, Failure> {
    let mut h = KeyHasher::new();
    h.field(env!("CARGO_PKG_VERSION").as_bytes());
    h.field(env!("GOLIFT_RT_HASH").as_bytes());
    h.field(compiler_id().as_bytes());
    h.field(std::env::consts::ARCH.as_bytes());
    h.field(std::env::consts::OS.as_bytes());
    h.field(opts.as_bytes());
    for &i in order {
        let p = &loader.packages[i];
        h.field(p.path.as_bytes());
        h.field(p.name.as_bytes());
        h.field(&[u8::from(p.has_asm)]);
        h.field(&p.go_minor.to_le_bytes());
        for f in &p.files {
            let text = super::load::embed::read(f).map_err(|e| {
                Failure::msg(format!("open {}: {}", f.display(), super::io_reason(&e)))
            })?;
            // The object holds absolute paths (the pc table's files).
            let abs = match f.to_str() {
                Some(s) if f.is_relative() && !s.starts_with('$') => {
                    std::path::absolute(f).unwrap_or_else(|_| f.clone())
                }
                _ => f.clone(),
            };
            h.field(abs.to_string_lossy().as_bytes());
            h.field(&text);
        }
    }
    Ok(h.finish())
}

fn object_path(key: &str) -> PathBuf {
    super::link::cache_dir()
        .join("obj")
        .join(format!("{key}.o"))
}

/// The cached object for `key`, if there is one.
pub fn get(key: &str) -> Option<Vec<u8>> {
    std::fs::read(object_path(key)).ok()
}

/// Stores `object` under `key` (atomically: a temporary file renamed into
/// place). A cache that cannot be written only costs the next build time.
pub fn put(key: &str, object: &[u8]) {
    let path = object_path(key);
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if std::fs::write(tmp.path(), object).is_ok() {
        let _ = tmp.persist(&path);
    }
}
