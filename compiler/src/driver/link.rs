//! Linking: the object file golift produced plus the embedded runtime
//! library, through the system C compiler driver (`cc`, or `$CC`).
//!
//! The runtime archive is embedded in the golift binary (see build.rs) and
//! written once to a cache file named by its content hash; concurrent golift
//! processes write it through a temporary file and an atomic rename, so a
//! reader never sees a partial archive.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::Failure;

static RUNTIME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libgolift_rt.a"));
const RUNTIME_HASH: &str = env!("GOLIFT_RT_HASH");

/// Path of the runtime archive on disk, writing it on first use.
fn runtime_archive() -> Result<PathBuf, Failure> {
    let dir = cache_dir();
    let path = dir.join(format!("libgolift_rt-{RUNTIME_HASH}.a"));
    if path.exists() {
        return Ok(path);
    }
    let fail = |e: std::io::Error| {
        Failure::msg(format!(
            "golift: cannot write the runtime library to {}: {e}",
            dir.display()
        ))
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let tmp = tempfile::NamedTempFile::new_in(&dir).map_err(fail)?;
    std::fs::write(tmp.path(), RUNTIME).map_err(fail)?;
    tmp.persist(&path).map_err(|e| fail(e.error))?;
    Ok(path)
}

/// golift's cache directory: `$GOLIFTCACHE`, else `$XDG_CACHE_HOME/golift`,
/// else `~/.cache/golift`.
pub fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("GOLIFTCACHE").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("golift");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache/golift");
    }
    std::env::temp_dir().join("golift-cache")
}

/// `golift clean -cache`: removes everything in the cache directory.
pub fn clean_cache() -> Result<(), Failure> {
    let dir = cache_dir();
    match std::fs::remove_dir_all(&dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Failure::msg(format!(
            "golift: cannot remove the cache {}: {e}",
            dir.display()
        ))),
    }
}

/// A linker script fragment (it augments the default script: `INSERT`)
/// that gathers the code compiled from Go, every function in its own
/// `.text.subsection` section (cranelift-object's name for per-function
/// sections; Rust code never uses it), into one range
/// `[__golift_text_start, __golift_text_end)`. The runtime's asynchronous
/// preemption interrupts only PCs inside it (rt/ABI.md "Preemption").
/// The records of the pc table (lower/pctab.rs), one section each, are
/// gathered into `[__golift_pctab_start, __golift_pctab_end)` after
/// `.rodata`; nothing keeps them but their functions' references.
const GO_TEXT_SCRIPT: &str = "SECTIONS
{
  .golift.text : ALIGN(16)
  {
    __golift_text_start = .;
    *(.text.subsection)
    __golift_text_end = .;
  }
}
INSERT BEFORE .text;
SECTIONS
{
  .golift.pctab : ALIGN(8)
  {
    __golift_pctab_start = .;
    *(.golift.pctab)
    __golift_pctab_end = .;
  }
}
INSERT AFTER .rodata;
";

/// Links `object` (ELF object bytes) with the runtime into the executable
/// `out`, through a temporary file in `out`'s directory renamed over it, so
/// concurrent builds of one output never interleave their writes and a
/// running `out` is not disturbed.
pub fn link(object: &[u8], out: &Path) -> Result<(), Failure> {
    let rt = runtime_archive()?;
    let dir = tempfile::tempdir()
        .map_err(|e| Failure::msg(format!("golift: cannot create a temporary directory: {e}")))?;
    let obj = dir.path().join("main.o");
    std::fs::write(&obj, object)
        .map_err(|e| Failure::msg(format!("golift: cannot write {}: {e}", obj.display())))?;
    let script = dir.path().join("golift.ld");
    std::fs::write(&script, GO_TEXT_SCRIPT)
        .map_err(|e| Failure::msg(format!("golift: cannot write {}: {e}", script.display())))?;
    let out_dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // Only a name: no descriptor of the file that becomes the executable
    // stays open in this process, where a child forked meanwhile by
    // another thread would inherit it and make running it fail (ETXTBSY).
    let tmp = tempfile::Builder::new()
        .prefix(".golift-link")
        .tempfile_in(out_dir)
        .map_err(|e| Failure::msg(format!("golift: cannot write {}: {e}", out.display())))?
        .into_temp_path();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(&cc)
        .arg("-o")
        .arg(&tmp)
        .arg(&obj)
        .arg(&rt)
        .args(["-lpthread", "-ldl", "-lm", "-Wl,--gc-sections"])
        .arg(format!("-Wl,-T,{}", script.display()))
        .output()
        .map_err(|e| Failure::msg(format!("golift: cannot run the linker {cc}: {e}")))?;
    if !output.status.success() {
        return Err(Failure::msg(format!(
            "golift: linking failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    set_executable(&tmp)
        .map_err(|e| Failure::msg(format!("golift: cannot write {}: {e}", out.display())))?;
    tmp.persist(out).map_err(|e| {
        Failure::msg(format!(
            "golift: cannot write {}: {}",
            out.display(),
            e.error
        ))
    })?;
    Ok(())
}

/// Makes `p` executable by everyone, writable by its owner (0755, as the
/// go command's outputs under the usual umask).
#[cfg(unix)]
pub fn set_executable(p: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
pub fn set_executable(_: &Path) -> std::io::Result<()> {
    Ok(())
}
