// os beyond the standard streams: Hostname, UserHomeDir, TempDir, Chdir,
// Getwd, Chtimes, Link, SameFile, Pipe, Getgroups, Executable,
// Readdirnames (waits for the netpoller: files are opened through it).
package main

import (
	"os"
	"path/filepath"
	"time"
)

func main() {
	h, err := os.Hostname()
	println("hostname:", h != "", err == nil)
	home, err := os.UserHomeDir()
	println("home:", home != "", err == nil)
	println("tempdir:", os.TempDir())
	d, _ := os.MkdirTemp("", "x")
	defer os.RemoveAll(d)
	wd, _ := os.Getwd()
	println(os.Chdir(d) == nil)
	w2, _ := os.Getwd()
	println(filepath.Base(w2) == filepath.Base(d))
	os.Chdir(wd)
	f := filepath.Join(d, "f")
	os.WriteFile(f, []byte("x"), 0o644)
	mt := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	println(os.Chtimes(f, mt, mt) == nil)
	fi, _ := os.Stat(f)
	println(fi.ModTime().UTC().String())
	println(os.Link(f, f+"2") == nil)
	fi2, _ := os.Stat(f + "2")
	println(os.SameFile(fi, fi2))
	r, w, err := os.Pipe()
	println("pipe:", err == nil)
	if err == nil {
		go func() { w.Write([]byte("through pipe")); w.Close() }()
		b := make([]byte, 100)
		n, _ := r.Read(b)
		println(string(b[:n]))
	}
	g, err := os.Getgroups()
	println(len(g) >= 0, err == nil)
	exe, _ := os.Executable()
	println(filepath.IsAbs(exe))
	fd, err := os.Open(d)
	names, _ := fd.Readdirnames(-1)
	println(len(names))
	fd.Close()
}
