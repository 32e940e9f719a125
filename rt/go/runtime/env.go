// The process's arguments and environment (os.Args, syscall's copy of the
// environment) and GODEBUG's hooks for internal/godebug.
//
// C's main recorded argc, argv and envp (rt/src/start.rs); this package
// turns them into strings once, at its initialisation, which comes before
// every other package's (Go's goargs/goenvs in schedinit). The strings
// point at the C strings themselves, which live as long as the process.
// syscall keeps its own copy of the environment (copyenv) and calls
// runtimeSetenv/runtimeUnsetenv/runtimeClearenv on changes; as in gc
// without cgo, C's environ is left as it was, and only GODEBUG matters to
// the runtime: internal/godebug's update function is called again with
// the new value.

package runtime

import "unsafe"

// sysargv returns C main's argc and argv.
func sysargv() (argc int, argv unsafe.Pointer)

// sysenvp returns C main's envp (a nil-terminated array of C strings).
func sysenvp() unsafe.Pointer

var argslice = goargs()
var envs = goenvs()

// gostringnocopy is the C string at p as a Go string, without copying.
func gostringnocopy(p *byte) string {
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return unsafe.String(p, n)
}

// cstrings is the n C strings of the array at v (n < 0: up to a nil one).
func cstrings(v unsafe.Pointer, n int) []string {
	var s []string
	for i := 0; n < 0 || i < n; i++ {
		p := *(**byte)(unsafe.Add(v, i*int(unsafe.Sizeof(v))))
		if p == nil {
			break
		}
		s = append(s, gostringnocopy(p))
	}
	return s
}

func goargs() []string {
	argc, argv := sysargv()
	if argv == nil {
		return nil
	}
	return cstrings(argv, argc)
}

func goenvs() []string {
	envp := sysenvp()
	if envp == nil {
		return nil
	}
	return cstrings(envp, -1)
}

// gogetenv is the value of environment variable key at start ("" if unset).
func gogetenv(key string) string {
	for _, s := range envs {
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return s[len(key)+1:]
		}
	}
	return ""
}

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string { return append([]string{}, envs...) }

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string { return append([]string{}, argslice...) }

// godebugDefault is the binary's default GODEBUG settings. gc's linker
// derives it from the main module's go version and //go:debug lines;
// golift builds every program as of the toolchain's own version, whose
// defaults are empty.
var godebugDefault string

// godebugEnv is the current $GODEBUG (nil: unset).
var godebugEnv *string

// godebugUpdate and godebugNewIncNonDefault are internal/godebug's
// functions, once it registered them.
var godebugUpdate *func(string, string)
var godebugNewIncNonDefault *func(string) func()

func init() {
	v := gogetenv("GODEBUG")
	godebugEnv = &v
}

//go:linkname godebug_setUpdate internal/godebug.setUpdate
func godebug_setUpdate(update func(string, string)) {
	p := new(func(string, string))
	*p = update
	godebugUpdate = p
	godebugNotify()
}

//go:linkname godebug_setNewIncNonDefault internal/godebug.setNewIncNonDefault
func godebug_setNewIncNonDefault(newIncNonDefault func(string) func()) {
	p := new(func(string) func())
	*p = newIncNonDefault
	godebugNewIncNonDefault = p
}

// godebug_registerMetric: golift has no runtime/metrics; the metric is
// never read.
//
//go:linkname godebug_registerMetric internal/godebug.registerMetric
func godebug_registerMetric(name string, read func() uint64) {}

// godebugNotify passes the default and current GODEBUG to internal/godebug.
func godebugNotify() {
	update := godebugUpdate
	var env string
	if p := godebugEnv; p != nil {
		env = *p
	}
	if update != nil {
		(*update)(godebugDefault, env)
	}
}

//go:linkname syscall_runtimeSetenv syscall.runtimeSetenv
func syscall_runtimeSetenv(key, value string) {
	if key == "GODEBUG" {
		p := new(string)
		*p = value
		godebugEnv = p
		godebugNotify()
	}
}

//go:linkname syscall_runtimeUnsetenv syscall.runtimeUnsetenv
func syscall_runtimeUnsetenv(key string) {
	if key == "GODEBUG" {
		godebugEnv = nil
		godebugNotify()
	}
}

//go:linkname syscall_runtimeClearenv syscall.runtimeClearenv
func syscall_runtimeClearenv(env map[string]int) {
	if _, ok := env["GODEBUG"]; ok {
		godebugEnv = nil
		godebugNotify()
	}
}
