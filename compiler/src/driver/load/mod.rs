//! The loader: from command-line arguments to the program's package graph.
//!
//! An argument is a list of `.go` files (one package, as `go run a.go b.go`),
//! a directory (`.`, `./cmd/x`), a pattern `DIR/...` (every package below
//! DIR), or an import path. Import paths resolve, in order, to `unsafe`
//! (built into the checker), the main module (found from go.mod upwards of
//! the first argument's directory) and its `replace` directories, its
//! vendor/ directory, and GOROOT/src (the standard library, with GOROOT's
//! own vendor/ for std packages). Anything else is not provided by a module.
//!
//! In each package directory the files are chosen as `go list` chooses them
//! for the target (`constraint.rs`); files that import "C" are left out
//! (cgo is off). The graph is returned in dependency order: every package
//! after the packages it imports. Import cycles, internal packages imported
//! from outside their tree and unknown packages are errors worded as the go
//! command words them.
//!
//! Import path `runtime` is golift's own package (`embed.rs`), never
//! GOROOT's: golift's runtime replaces Go's. Every package that imports
//! something other than `unsafe` depends on it, imported or not, as every
//! package depends on gc's runtime.
//!
//! The standard library is loaded only on request (`Loader::load_std`, or
//! `GOLIFT_ALLSTD=1` for developers trying a package): until golift compiles
//! it, std imports are leaves that the checker rejects as not supported yet
//! (except `unsafe` and `math`'s constants).

pub mod constraint;
pub mod embed;
pub mod goembed;
pub mod gomod;
pub mod goroot;
pub mod header;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use constraint::Target;

/// The standard library packages golift compiles from GOROOT today (each
/// with testdata programs); other std imports stay leaves that the checker
/// rejects as not supported yet.
pub const SUPPORTED_STD: &[&str] = &[
    "runtime",
    "archive/tar",
    "archive/zip",
    "bufio",
    "bytes",
    "cmp",
    "compress/flate",
    "compress/gzip",
    "compress/zlib",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/des",
    "crypto/dsa",
    "crypto/ecdh",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/fips140",
    "crypto/hkdf",
    "crypto/hmac",
    "crypto/hpke",
    "crypto/internal/boring",
    "crypto/internal/boring/bbig",
    "crypto/internal/boring/sig",
    "crypto/internal/constanttime",
    "crypto/internal/entropy/v1.0.0",
    "crypto/internal/fips140",
    "crypto/internal/fips140/aes",
    "crypto/internal/fips140/aes/gcm",
    "crypto/internal/fips140/alias",
    "crypto/internal/fips140/bigmod",
    "crypto/internal/fips140/check",
    "crypto/internal/fips140/drbg",
    "crypto/internal/fips140/ecdh",
    "crypto/internal/fips140/ecdsa",
    "crypto/internal/fips140/ed25519",
    "crypto/internal/fips140/edwards25519",
    "crypto/internal/fips140/edwards25519/field",
    "crypto/internal/fips140/hkdf",
    "crypto/internal/fips140/hmac",
    "crypto/internal/fips140/mldsa",
    "crypto/internal/fips140/mlkem",
    "crypto/internal/fips140/nistec",
    "crypto/internal/fips140/nistec/fiat",
    "crypto/internal/fips140/pbkdf2",
    "crypto/internal/fips140/rsa",
    "crypto/internal/fips140/sha256",
    "crypto/internal/fips140/sha3",
    "crypto/internal/fips140/sha512",
    "crypto/internal/fips140/subtle",
    "crypto/internal/fips140/tls12",
    "crypto/internal/fips140/tls13",
    "crypto/internal/fips140cache",
    "crypto/internal/fips140deps/byteorder",
    "crypto/internal/fips140deps/cpu",
    "crypto/internal/fips140deps/godebug",
    "crypto/internal/fips140deps/time",
    "crypto/internal/fips140hash",
    "crypto/internal/fips140only",
    "crypto/internal/impl",
    "crypto/internal/rand",
    "crypto/internal/randutil",
    "crypto/internal/sysrand",
    "crypto/md5",
    "crypto/mldsa",
    "crypto/mlkem",
    "crypto/pbkdf2",
    "crypto/rand",
    "crypto/rc4",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha3",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/tls/internal/fips140tls",
    "crypto/x509",
    "crypto/x509/pkix",
    "embed",
    "encoding",
    "encoding/ascii85",
    "encoding/asn1",
    "encoding/base32",
    "encoding/base64",
    "encoding/binary",
    "encoding/csv",
    "encoding/gob",
    "encoding/hex",
    "encoding/json",
    "encoding/json/internal",
    "encoding/json/internal/jsonflags",
    "encoding/json/internal/jsonopts",
    "encoding/json/internal/jsonwire",
    "encoding/json/jsontext",
    "encoding/json/v2",
    "encoding/pem",
    "encoding/xml",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go/ast",
    "go/build/constraint",
    "go/constant",
    "go/doc/comment",
    "go/format",
    "go/parser",
    "go/printer",
    "go/scanner",
    "go/token",
    "go/types",
    "go/version",
    "hash",
    "hash/adler32",
    "hash/crc32",
    "hash/crc64",
    "hash/fnv",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/draw",
    "image/internal/imageutil",
    "image/png",
    "index/suffixarray",
    "internal/abi",
    "internal/asan",
    "internal/bisect",
    "internal/bytealg",
    "internal/byteorder",
    "internal/chacha8rand",
    "internal/cpu",
    "internal/filepathlite",
    "internal/fmtsort",
    "internal/gate",
    "internal/goarch",
    "internal/godebug",
    "internal/godebugs",
    "internal/goexperiment",
    "internal/goos",
    "internal/gover",
    "internal/goversion",
    "internal/itoa",
    "internal/msan",
    "internal/nettest",
    "internal/nettrace",
    "internal/oserror",
    "internal/poll",
    "internal/race",
    "internal/reflectlite",
    "internal/runtime/atomic",
    "internal/runtime/maps",
    "internal/runtime/sys",
    "internal/runtime/syscall/linux",
    "internal/saferio",
    "internal/singleflight",
    "internal/strconv",
    "internal/stringslite",
    "internal/sync",
    "internal/synctest",
    "internal/syscall/execenv",
    "internal/syscall/unix",
    "internal/sysinfo",
    "internal/testlog",
    "internal/trace/tracev2",
    "internal/types/errors",
    "internal/unsafeheader",
    "io",
    "io/fs",
    "io/ioutil",
    "iter",
    "log",
    "log/internal",
    "log/slog",
    "log/slog/internal",
    "log/slog/internal/buffer",
    "maps",
    "math",
    "math/big",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "math/rand/v2",
    "mime",
    "mime/multipart",
    "mime/quotedprintable",
    "net",
    "net/http",
    "net/http/httptest",
    "net/http/httptrace",
    "net/http/internal",
    "net/http/internal/ascii",
    "net/http/internal/http2",
    "net/http/internal/httpcommon",
    "net/http/internal/httpsfv",
    "net/http/internal/testcert",
    "net/mail",
    "net/netip",
    "net/textproto",
    "net/url",
    "os",
    "os/exec",
    "os/signal",
    "os/user",
    "path",
    "path/filepath",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime/debug",
    "runtime/trace",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "text/scanner",
    "text/tabwriter",
    "text/template",
    "text/template/parse",
    "time",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
    "unique",
    "vendor/golang.org/x/crypto/chacha20",
    "vendor/golang.org/x/crypto/chacha20poly1305",
    "vendor/golang.org/x/crypto/cryptobyte",
    "vendor/golang.org/x/crypto/cryptobyte/asn1",
    "vendor/golang.org/x/crypto/internal/alias",
    "vendor/golang.org/x/crypto/internal/poly1305",
    "vendor/golang.org/x/net/dns/dnsmessage",
    "vendor/golang.org/x/net/http/httpguts",
    "vendor/golang.org/x/net/http/httpproxy",
    "vendor/golang.org/x/net/http2/hpack",
    "vendor/golang.org/x/net/idna",
    "vendor/golang.org/x/sys/cpu",
    "vendor/golang.org/x/text/secure/bidirule",
    "vendor/golang.org/x/text/transform",
    "vendor/golang.org/x/text/unicode/bidi",
    "vendor/golang.org/x/text/unicode/norm",
    "weak",
];

/// Standard library packages whose functions may lack bodies although
/// they have no assembly: the runtime provides them by linkname (cmd/go
/// compiles these without gc's `-complete` flag).
const INCOMPLETE_STD: &[&str] = &[
    "bytes",
    "internal/poll",
    "net",
    "os",
    "runtime/metrics",
    "runtime/pprof",
    "runtime/trace",
    "sync",
    "syscall",
    "time",
];

/// A package directory with its selected files.
#[derive(Clone, Debug)]
pub struct Package {
    /// Import path (`command-line-arguments` for files named on the command line).
    pub path: String,
    /// Package name from the package clauses.
    pub name: String,
    pub dir: PathBuf,
    /// Selected files, sorted by name, as paths to show in diagnostics.
    pub files: Vec<PathBuf>,
    /// Import paths after resolution (vendored std paths get their
    /// `vendor/` prefix), sorted, without duplicates.
    pub imports: Vec<String>,
    /// Part of the standard library (GOROOT/src).
    pub goroot: bool,
    /// Minor Go version of the module (`go 1.22` -> 22), for per-file semantics.
    pub go_minor: u32,
    /// Functions may lack bodies: the directory has assembly files for the
    /// target (`go list`'s SFiles), or it is one of the std packages that
    /// the go command compiles without `-complete` (`INCOMPLETE_STD`).
    pub has_asm: bool,
    /// What its `//go:embed` patterns name (`go list`'s EmbedPatterns and
    /// EmbedFiles), if it has any.
    pub embeds: Option<goembed::Embeds>,
}

/// A main module: go.mod and its directory.
#[derive(Debug)]
struct Module {
    dir: PathBuf,
    gomod: gomod::GoMod,
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Visiting,
    Done,
}

pub struct Loader {
    target: Target,
    /// Load GOROOT packages (else they are leaves, checked for existence).
    pub load_std: bool,
    module: Option<Module>,
    goroot: Option<Result<PathBuf, String>>,
    cwd: PathBuf,
    /// Loaded packages by import path, and the order they completed in.
    index: HashMap<String, usize>,
    pub packages: Vec<Package>,
    marks: HashMap<String, Mark>,
    /// Import paths being loaded, outermost first, with the file that
    /// imported each (for cycle messages).
    stack: Vec<(String, String)>,
    /// The package the current load started from.
    root: String,
}

impl Loader {
    /// A loader for packages found from `dir` (the module around it).
    pub fn new(dir: &Path) -> Result<Loader, String> {
        let cwd = std::env::current_dir().map_err(|e| format!("golift: getwd: {e}"))?;
        let module = find_module(&cwd.join(dir))?;
        Ok(Loader {
            target: Target::host(),
            // GOLIFT_ALLSTD=1: a developer's switch to try std packages
            // that are not in SUPPORTED_STD yet.
            load_std: std::env::var_os("GOLIFT_ALLSTD").is_some_and(|v| v == "1"),
            module,
            goroot: None,
            cwd,
            index: HashMap::new(),
            packages: Vec::new(),
            marks: HashMap::new(),
            stack: Vec::new(),
            root: String::new(),
        })
    }

    /// GOROOT, found once.
    pub fn goroot(&mut self) -> Result<PathBuf, String> {
        self.goroot.get_or_insert_with(goroot::find).clone()
    }

    /// GOROOT, if a package from it was loaded.
    pub fn goroot_found(&self) -> Option<&Path> {
        match &self.goroot {
            Some(Ok(p)) => Some(p),
            _ => None,
        }
    }

    /// Loads the package of `.go` files named on the command line.
    pub fn load_files(&mut self, files: &[PathBuf]) -> Result<usize, String> {
        let dir = files[0].parent().unwrap_or(Path::new("")).to_path_buf();
        let mut headers = Vec::new();
        for f in files {
            let text = read_text(f)?;
            let mut h = header::read(&text).unwrap_or_default();
            with_embeds(&mut h, &text);
            headers.push((f.clone(), h));
        }
        let go_minor = self.module_minor();
        self.finish("command-line-arguments", dir, headers, false, go_minor)
    }

    /// Loads the package in directory `dir` (relative to the working
    /// directory or absolute) and everything it imports.
    pub fn load_dir(&mut self, dir: &Path) -> Result<usize, String> {
        let abs = self.cwd.join(dir);
        let path = self.dir_import_path(&abs);
        self.load_path_at(&path, &abs, false)
    }

    /// Loads the package with import path `path` and everything it imports.
    pub fn load_import_path(&mut self, path: &str) -> Result<usize, String> {
        match self.resolve(path, None)? {
            Resolved::Unsafe => Err("golift: package unsafe has no files to build".into()),
            Resolved::Dir(p, dir, goroot) => self.load_path_at(&p, &dir, goroot),
        }
    }

    /// The package directories below `dir` that hold Go files (`DIR/...`),
    /// skipping testdata, vendor, nested modules and `_`/`.` directories.
    pub fn match_tree(&self, dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        walk(&self.cwd.join(dir), dir, true, &self.target, &mut out);
        out.sort();
        out
    }

    fn module_minor(&self) -> u32 {
        self.module
            .as_ref()
            .and_then(|m| m.gomod.go.as_deref())
            .and_then(gomod::minor)
            .unwrap_or(self.target.go_minor)
    }

    /// The Go version of the module holding `dir`: the `go` directive of the
    /// nearest go.mod above it (a module without one is Go 1.16, as the go
    /// command assumes for dependencies), the main module's if none is found.
    fn module_minor_of(&self, dir: &Path) -> u32 {
        match find_module(dir) {
            Ok(Some(m)) => m.gomod.go.as_deref().and_then(gomod::minor).unwrap_or(16),
            _ => self.module_minor(),
        }
    }

    /// The import path of a directory: inside the main module, its path
    /// below the module's; elsewhere the directory itself, as `go list` shows.
    fn dir_import_path(&mut self, abs: &Path) -> String {
        let abs = normalize(abs);
        if let Some(m) = &self.module {
            if let Ok(rest) = abs.strip_prefix(&m.dir) {
                let rest = rest.to_string_lossy();
                return if rest.is_empty() {
                    m.gomod.module.clone()
                } else {
                    format!("{}/{rest}", m.gomod.module)
                };
            }
        }
        if let Ok(root) = self.goroot() {
            if let Ok(rest) = abs.strip_prefix(root.join("src")) {
                return rest.to_string_lossy().into_owned();
            }
        }
        abs.to_string_lossy().into_owned()
    }

    fn load_path_at(&mut self, path: &str, dir: &Path, goroot: bool) -> Result<usize, String> {
        if let Some(&i) = self.index.get(path) {
            return Ok(i);
        }
        let shown = self.display(dir);
        let mut names = if embed::provides(path) {
            embed::file_names(path)
        } else {
            let entries = std::fs::read_dir(dir).map_err(|_| match goroot {
                true => format!("package {path} is not in std ({})", dir.display()),
                false => format!("golift: cannot find package {path} in {}", shown.display()),
            })?;
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        };
        names.sort();
        let has_asm = names.iter().any(|n| self.target.asm_name_ok(n));
        names.retain(|n| n.ends_with(".go"));
        if names.is_empty() {
            return Err(format!("no Go files in {}", self.cwd.join(dir).display()));
        }
        let mut headers = Vec::new();
        for n in names.iter().filter(|n| self.target.file_name_ok(n)) {
            let overlay = goroot.then(|| embed::overlay(path, n)).flatten();
            let file = overlay.clone().unwrap_or_else(|| shown.join(n));
            let text = read_text(&overlay.unwrap_or_else(|| dir.join(n)))?;
            let Some(mut h) = header::read(&text) else {
                headers.push((file, header::Header::default()));
                continue;
            };
            with_embeds(&mut h, &text);
            let ok = self
                .target
                .header_ok(h.go_build.as_deref(), &h.plus_build)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            if ok && !h.imports.iter().any(|i| i.path == "C") {
                headers.push((file, h));
            }
        }
        if headers.is_empty() {
            return Err(format!(
                "package {path}: build constraints exclude all Go files in {}",
                self.cwd.join(dir).display()
            ));
        }
        let go_minor = if goroot {
            self.target.go_minor
        } else {
            self.module_minor_of(&self.cwd.join(dir))
        };
        let i = self.finish(path, dir.to_path_buf(), headers, goroot, go_minor)?;
        self.packages[i].has_asm = has_asm || (goroot && INCOMPLETE_STD.contains(&path));
        Ok(i)
    }

    /// Checks the package clauses, loads the imports (depth first) and
    /// records the package after its dependencies.
    fn finish(
        &mut self,
        path: &str,
        dir: PathBuf,
        headers: Vec<(PathBuf, header::Header)>,
        goroot: bool,
        go_minor: u32,
    ) -> Result<usize, String> {
        let name = package_name(&headers, &self.cwd.join(&dir))?;
        let uses: Vec<(String, goembed::Pattern)> = headers
            .iter()
            .flat_map(|(f, h)| {
                h.embeds
                    .iter()
                    .map(|p| (f.display().to_string(), p.clone()))
            })
            .collect();
        let embeds = if uses.is_empty() {
            None
        } else {
            Some(goembed::resolve(&self.cwd.join(&dir), &uses)?)
        };
        if self.stack.is_empty() {
            self.root = path.to_string();
        }
        self.marks.insert(path.to_string(), Mark::Visiting);
        let mut imports = Vec::new();
        for (file, h) in &headers {
            for imp in &h.imports {
                let at = format!("{}:{}:{}", file.display(), imp.line, imp.col);
                let resolved = self
                    .resolve(&imp.path, Some((path, goroot)))
                    .map_err(|e| format!("{at}: {e}"))?;
                let Resolved::Dir(p, d, std) = resolved else {
                    continue;
                };
                self.check_internal(path, goroot, &p, std)
                    .map_err(|e| format!("package {path}\n\t{at}: {e}"))?;
                if !imports.contains(&p) {
                    imports.push(p.clone());
                }
                if std && !self.load_std && !SUPPORTED_STD.contains(&p.as_str()) {
                    continue;
                }
                let base = file.file_name().unwrap_or_default().to_string_lossy();
                self.stack.push((p.clone(), base.into_owned()));
                match self.marks.get(&p) {
                    Some(Mark::Visiting) => return Err(self.cycle_message()),
                    Some(Mark::Done) => {}
                    None => {
                        self.load_path_at(&p, &d, std)?;
                    }
                }
                self.stack.pop();
            }
        }
        if self.needs_runtime(path, &imports) {
            let (p, d) = ("runtime".to_string(), embed::dir("runtime"));
            if !self.marks.contains_key(&p) {
                self.load_path_at(&p, &d, true)?;
            }
            imports.push(p);
        }
        imports.sort();
        self.marks.insert(path.to_string(), Mark::Done);
        let files = headers.into_iter().map(|(f, _)| f).collect();
        self.packages.push(Package {
            path: path.to_string(),
            name,
            dir,
            files,
            imports,
            goroot,
            go_minor,
            has_asm: false,
            embeds,
        });
        let i = self.packages.len() - 1;
        self.index.insert(path.to_string(), i);
        Ok(i)
    }

    /// Whether a package depends on golift's runtime without importing it,
    /// as every Go package does on gc's: when it imports anything (but
    /// `unsafe`: a program that imports nothing else needs no Go
    /// installation), unless it is the runtime or one of its own imports.
    fn needs_runtime(&self, path: &str, imports: &[String]) -> bool {
        !imports.is_empty()
            && path != "runtime"
            && !imports.iter().any(|i| i == "runtime")
            && self.marks.get("runtime") != Some(&Mark::Visiting)
    }

    /// The go command's account of an import cycle: the chain of imports
    /// from the root package, the last one closing the cycle.
    fn cycle_message(&self) -> String {
        let mut lines = vec![format!("package {}", self.root)];
        for (p, from) in &self.stack {
            lines.push(format!("\timports {p} from {from}"));
        }
        lines.join("\n") + ": import cycle not allowed"
    }

    /// `internal/` rule: a package path with an `internal` element may be
    /// imported only from the tree rooted at the parent of that element.
    fn check_internal(
        &self,
        importer: &str,
        importer_std: bool,
        path: &str,
        std: bool,
    ) -> Result<(), String> {
        let elems: Vec<&str> = path.split('/').collect();
        let Some(i) = elems.iter().rposition(|e| *e == "internal") else {
            return Ok(());
        };
        let parent = elems[..i].join("/");
        let allowed = if std && parent.is_empty() {
            importer_std
        } else {
            importer == parent || importer.starts_with(&format!("{parent}/"))
        };
        if allowed {
            Ok(())
        } else {
            Err(format!("use of internal package {path} not allowed"))
        }
    }

    /// Where an import path's package lives.
    fn resolve(&mut self, path: &str, from: Option<(&str, bool)>) -> Result<Resolved, String> {
        if path == "unsafe" {
            return Ok(Resolved::Unsafe);
        }
        if path == "C" {
            return Err("golift: cgo (import \"C\") is not supported yet".into());
        }
        if embed::provides(path) {
            return Ok(Resolved::Dir(path.to_string(), embed::dir(path), true));
        }
        if let Some(dir) = self.module_dir(path)? {
            return Ok(Resolved::Dir(path.to_string(), dir, false));
        }
        if from.is_some_and(|(_, std)| std) {
            let vendored = self.goroot()?.join("src/vendor").join(path);
            if vendored.is_dir() {
                return Ok(Resolved::Dir(format!("vendor/{path}"), vendored, true));
            }
        }
        let first = path.split('/').next().unwrap_or("");
        if !first.contains('.') {
            let dir = self.goroot()?.join("src").join(path);
            if !dir.is_dir() {
                return Err(format!("package {path} is not in std ({})", dir.display()));
            }
            return Ok(Resolved::Dir(path.to_string(), dir, true));
        }
        Err(format!(
            "no required module provides package {path}; to add it:\n\tgo get {path}"
        ))
    }

    /// The directory of an import path inside the main module, a
    /// `replace`d module, the module's vendor/ directory (which, when it has
    /// a modules.txt, is the only place for other modules, as in go's
    /// `-mod=vendor`) or a required module in the module cache.
    fn module_dir(&self, path: &str) -> Result<Option<PathBuf>, String> {
        let Some(m) = self.module.as_ref() else {
            return Ok(None);
        };
        if let Some(rest) = under(path, &m.gomod.module) {
            return Ok(Some(m.dir.join(rest)));
        }
        let replaced = m
            .gomod
            .replace
            .iter()
            .filter_map(|(old, dir)| under(path, old).map(|rest| (old.len(), dir.join(rest))))
            .max_by_key(|(n, _)| *n);
        if let Some((_, dir)) = replaced {
            return Ok(Some(dir));
        }
        if m.dir.join("vendor/modules.txt").is_file() {
            let vendored = m.dir.join("vendor").join(path);
            return Ok(vendored.is_dir().then_some(vendored));
        }
        let required = m
            .gomod
            .require
            .iter()
            .filter_map(|(module, version)| under(path, module).map(|rest| (module, version, rest)))
            .max_by_key(|(module, _, _)| module.len());
        let Some((module, version, rest)) = required else {
            return Ok(None);
        };
        let (module, version) = m
            .gomod
            .replace_mod
            .iter()
            .find(|(old, _, _)| old == module)
            .map_or((module, version), |(_, new, v)| (new, v));
        let Some(cache) = modcache() else {
            return Err(format!(
                "golift: cannot find the module cache for {module}@{version} (set GOMODCACHE or GOPATH)"
            ));
        };
        let root = cache.join(format!(
            "{}@{}",
            gomod::escape(module),
            gomod::escape(version)
        ));
        if !root.is_dir() {
            return Err(format!(
                "golift: module {module}@{version} is not in the module cache ({}); run 'go mod download {module}'",
                root.display()
            ));
        }
        Ok(Some(root.join(rest)))
    }

    /// A path to show for a directory: relative to the working directory
    /// when below it (`go` prints `a/a.go`, not an absolute path).
    fn display(&self, dir: &Path) -> PathBuf {
        let abs = normalize(&self.cwd.join(dir));
        match abs.strip_prefix(&self.cwd) {
            Ok(rel) => rel.to_path_buf(),
            Err(_) => abs,
        }
    }
}

/// Fills a header's `//go:embed` patterns when its file imports "embed"
/// (go/build looks for them only then).
fn with_embeds(h: &mut header::Header, text: &str) {
    if h.imports.iter().any(|i| i.path == "embed") {
        h.embeds = goembed::find(text);
    }
}

enum Resolved {
    Unsafe,
    /// Import path (after vendoring), directory, in GOROOT.
    Dir(String, PathBuf, bool),
}

/// The module cache: `$GOMODCACHE`, else `pkg/mod` in the first `$GOPATH`
/// entry, else `~/go/pkg/mod` (the go command's defaults).
fn modcache() -> Option<PathBuf> {
    let set = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(d) = set("GOMODCACHE") {
        return Some(PathBuf::from(d));
    }
    if let Some(gopath) = set("GOPATH") {
        let first = std::env::split_paths(&gopath).next()?;
        return Some(first.join("pkg/mod"));
    }
    set("HOME").map(|h| PathBuf::from(h).join("go/pkg/mod"))
}

/// `path` relative to module path `module`: `""` for the module itself.
fn under<'a>(path: &'a str, module: &str) -> Option<&'a str> {
    if path == module {
        return Some("");
    }
    path.strip_prefix(module)?.strip_prefix('/')
}

/// The go.mod in `dir` or the nearest directory above it.
fn find_module(dir: &Path) -> Result<Option<Module>, String> {
    let mut d = Some(normalize(dir));
    while let Some(cur) = d {
        let file = cur.join("go.mod");
        if file.is_file() {
            let text = read_text(&file)?;
            let gomod = gomod::parse(&text, &cur).map_err(|e| format!("{}: {e}", cur.display()))?;
            return Ok(Some(Module { dir: cur, gomod }));
        }
        d = cur.parent().map(Path::to_path_buf);
    }
    Ok(None)
}

/// The one package name of the selected files (gc: "found packages a and b").
fn package_name(headers: &[(PathBuf, header::Header)], dir: &Path) -> Result<String, String> {
    let (f0, h0) = &headers[0];
    for (f, h) in &headers[1..] {
        if h.package != h0.package && !h.package.is_empty() && !h0.package.is_empty() {
            let base = |p: &PathBuf| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            };
            return Err(format!(
                "found packages {} ({}) and {} ({}) in {}",
                h0.package,
                base(f0),
                h.package,
                base(f),
                dir.display()
            ));
        }
    }
    Ok(h0.package.clone())
}

fn read_text(p: &Path) -> Result<String, String> {
    embed::read(p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("open {}: {}", p.display(), super::io_reason(&e)))
}

/// Removes `.` and `..` components without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Collects directories below `abs` with a selectable Go file (`shown` is
/// the same directory as the user spelled it).
fn walk(abs: &Path, shown: &Path, root: bool, target: &Target, out: &mut Vec<PathBuf>) {
    if !root && abs.join("go.mod").is_file() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(abs) else {
        return;
    };
    let mut has_go = false;
    let mut subdirs = Vec::new();
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            let skip = name.starts_with('.') || name.starts_with('_');
            if !skip && name != "testdata" && name != "vendor" {
                subdirs.push(name);
            }
        } else if target.file_name_ok(&name) {
            has_go = true;
        }
    }
    if has_go {
        out.push(shown.to_path_buf());
    }
    for s in subdirs {
        walk(&abs.join(&s), &shown.join(&s), false, target, out);
    }
}
