//! The build cache (`$GOLIFTCACHE`, see `link::cache_dir`), content
//! addressed at two levels:
//!
//! - the executable of a program, under a key covering everything that
//!   changes it: golift itself (its version, its runtime's hash and its
//!   executable's identity, so a rebuilt compiler never reuses an old
//!   result), the target, the lowering and link options, and for every
//!   package of the program in dependency order its paths, its module's Go
//!   version and each file's name and content. A build whose key is cached
//!   only copies the executable to its output, and not even that when the
//!   output already holds it (a warm rebuild neither checks nor links);
//! - the machine code of each function, under a key derived from its IR
//!   (`lower/codecache.rs`): a build after an edit re-runs the front end
//!   and lowering but compiles only the functions whose IR changed, that
//!   is those of the edited packages and of the code inlined from them.
//!
//! Writes go to a temporary file in the cache directory and are renamed
//! into place, so concurrent builds never see a partial entry.
//! A use renews an entry's modification time; `trim` removes entries not
//! used for five days.

use std::path::{Path, PathBuf};

use super::load::Loader;
use super::Failure;
use crate::lower::codecache::KeyHasher;

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

/// golift's identity in keys: its version, its runtime's hash, its
/// executable's identity, the target.
pub fn compiler_salt() -> String {
    format!(
        "{}|{}|{}|{}|{}",
        env!("CARGO_PKG_VERSION"),
        env!("GOLIFT_RT_HASH"),
        compiler_id(),
        std::env::consts::ARCH,
        std::env::consts::OS
    )
}

/// The cache key of the program made of packages `order` (dependency
/// order) compiled with `opts`.
pub fn program_key(loader: &Loader, order: &[usize], opts: &str) -> Result<String, Failure> {
    let mut h = KeyHasher::new();
    h.field(compiler_salt().as_bytes());
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
        // Embedded files: their names and contents.
        if let Some(e) = &p.embeds {
            for f in &e.files {
                let data = std::fs::read(p.dir.join(f))
                    .map_err(|err| Failure::msg(format!("embed {f}: {err}")))?;
                h.field(f.as_bytes());
                h.field(&data);
            }
        }
    }
    Ok(h.key())
}

fn exe_path(key: &str) -> PathBuf {
    super::link::cache_dir().join("exe").join(key)
}

/// Puts the cached executable for `key` at `out` and says whether there
/// was one. An `out` that already holds it is left alone (as `go build`
/// leaves an up-to-date output); else the copy goes through a temporary
/// file in `out`'s directory renamed over it (a running `out` is not
/// disturbed).
pub fn get_exe(key: &str, out: &Path) -> bool {
    let Some(cached) = crate::lower::codecache::read_marking_use(&exe_path(key)) else {
        return false;
    };
    if std::fs::read(out).is_ok_and(|o| o == cached) {
        return true;
    }
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let written = tempfile::NamedTempFile::new_in(dir).and_then(|tmp| {
        let tmp = tmp.into_temp_path();
        std::fs::write(&tmp, &cached)?;
        super::link::set_executable(&tmp)?;
        tmp.persist(out).map_err(|e| e.error)?;
        Ok(())
    });
    written.is_ok()
}

/// Stores the executable `exe` under `key` (atomically: a temporary file
/// renamed into place). A cache that cannot be written only costs the next
/// build time.
pub fn put_exe(key: &str, exe: &Path) {
    let path = exe_path(key);
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if std::fs::copy(exe, tmp.path()).is_ok() {
        let _ = tmp.persist(&path);
    }
}

/// Removes the entries not used for `UNUSED_LIFETIME` (their modification
/// time, renewed by uses), at most once a day (`trim.txt` records when),
/// as the go command trims its cache.
pub fn trim() {
    use crate::lower::codecache::UNUSED_LIFETIME;
    let dir = super::link::cache_dir();
    let marker = dir.join("trim.txt");
    let now = std::time::SystemTime::now();
    let age = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
    };
    match age(&marker) {
        Some(a) if a < std::time::Duration::from_secs(24 * 3600) => return,
        // A new cache: the day starts now.
        None => {
            let _ = std::fs::write(&marker, b"");
            return;
        }
        Some(_) => {}
    }
    let _ = std::fs::write(&marker, b"");
    let entries = |d: PathBuf| {
        std::fs::read_dir(d)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
    };
    let code = entries(dir.join("code")).flat_map(entries);
    for p in code.chain(entries(dir.join("exe"))) {
        if age(&p).is_some_and(|a| a > UNUSED_LIFETIME) {
            let _ = std::fs::remove_file(&p);
        }
    }
}
