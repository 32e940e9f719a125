//! Finding the Go installation whose GOROOT/src golift compiles: `$GOROOT`,
//! else what `go env GOROOT` prints. Its release must be the one golift
//! targets (Go 1.27): the standard library's sources and golift's runtime
//! hooks must agree. Only programs that import a package other than
//! `unsafe` ask for it, so a program that imports nothing needs no Go.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The release golift targets.
pub const TARGET_RELEASE: &str = "go1.27";
const _: () = assert!(
    crate::types::TOOLCHAIN_MINOR == 27,
    "TARGET_RELEASE names the release"
);

/// The GOROOT to use, checked against `TARGET_RELEASE`; found once per
/// process (`go env` is a process start).
pub fn find() -> Result<PathBuf, String> {
    static GOROOT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    GOROOT.get_or_init(find_uncached).clone()
}

fn find_uncached() -> Result<PathBuf, String> {
    let root = match std::env::var_os("GOROOT").filter(|v| !v.is_empty()) {
        Some(r) => PathBuf::from(r),
        None => go_env_goroot()?,
    };
    let version = release(&root)?;
    if version != TARGET_RELEASE && !version.starts_with(&format!("{TARGET_RELEASE}.")) {
        return Err(format!(
            "golift: the Go installation at {} is {version}; golift needs {TARGET_RELEASE} (set GOROOT to a {TARGET_RELEASE} installation)",
            root.display()
        ));
    }
    Ok(root)
}

fn go_env_goroot() -> Result<PathBuf, String> {
    let out = Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .map_err(|e| {
            format!("golift: importing packages needs a Go installation ({TARGET_RELEASE}): $GOROOT is not set and `go` could not be run: {e}")
        })?;
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || root.is_empty() {
        return Err(format!(
            "golift: `go env GOROOT` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(PathBuf::from(root))
}

/// The release named by GOROOT/VERSION's first line (`go1.27.3`).
pub(crate) fn release(root: &Path) -> Result<String, String> {
    let file = root.join("VERSION");
    let text = std::fs::read_to_string(&file).map_err(|e| {
        format!(
            "golift: {} is not a Go installation (cannot read {}: {e}); golift needs {TARGET_RELEASE}",
            root.display(),
            file.display()
        )
    })?;
    Ok(text.lines().next().unwrap_or("").trim().to_string())
}
