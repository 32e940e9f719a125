// Files in a temporary directory: MkdirTemp, WriteFile, ReadFile,
// CreateTemp, Open/Create/OpenFile, Read/Write/Seek/ReadAt, Stat/Lstat,
// ReadDir, Rename, Remove/RemoveAll, Mkdir/MkdirAll, Chmod, Truncate,
// Symlink/Readlink, errors with fs.ErrNotExist and fs.ErrExist.
package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		println(what, "failed:", err.Error())
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "golift-os-*")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)
	println("temp dir base has prefix:", strings.HasPrefix(filepath.Base(dir), "golift-os-"))

	p := filepath.Join(dir, "a.txt")
	check("WriteFile", os.WriteFile(p, []byte("hello\nworld\n"), 0o644))
	b, err := os.ReadFile(p)
	check("ReadFile", err)
	println(strconv.Quote(string(b)))

	fi, err := os.Stat(p)
	check("Stat", err)
	println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().String(), fi.Mode().IsRegular())
	println("modtime recent:", !fi.ModTime().IsZero())

	f, err := os.OpenFile(p, os.O_RDWR|os.O_APPEND, 0)
	check("OpenFile", err)
	f.WriteString("appended\n")
	off, err := f.Seek(0, io.SeekStart)
	println("seek:", off, err == nil)
	buf := make([]byte, 5)
	n, err := f.Read(buf)
	println(n, string(buf[:n]), err == nil)
	n, err = f.ReadAt(buf, 6)
	println(n, string(buf[:n]), err == nil)
	all, err := io.ReadAll(f)
	println(strconv.Quote(string(all)), err == nil)
	n, err = f.Read(buf)
	println("at EOF:", n, err == io.EOF)
	check("Close", f.Close())
	println("close twice:", f.Close().Error() != "")

	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	println("missing is ErrNotExist:", errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	println("PathError:", errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err.Error())

	_, err = os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	println("exclusive create of existing is ErrExist:", errors.Is(err, fs.ErrExist))

	tf, err := os.CreateTemp(dir, "tmp-*.dat")
	check("CreateTemp", err)
	tf.Write([]byte("temp data"))
	tf.Close()
	println("temp file name:", strings.HasPrefix(filepath.Base(tf.Name()), "tmp-"), strings.HasSuffix(tf.Name(), ".dat"))

	check("MkdirAll", os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755))
	check("Mkdir", os.Mkdir(filepath.Join(dir, "other"), 0o700))
	println("mkdir existing is ErrExist:", errors.Is(os.Mkdir(filepath.Join(dir, "other"), 0o700), fs.ErrExist))
	check("WriteFile", os.WriteFile(filepath.Join(dir, "sub", "z.txt"), nil, 0o600))
	check("Rename", os.Rename(tf.Name(), filepath.Join(dir, "renamed.dat")))
	check("Symlink", os.Symlink("a.txt", filepath.Join(dir, "link")))
	target, err := os.Readlink(filepath.Join(dir, "link"))
	println("readlink:", target, err == nil)
	li, err := os.Lstat(filepath.Join(dir, "link"))
	println("lstat symlink:", li.Mode()&fs.ModeSymlink != 0, err == nil)
	si, err := os.Stat(filepath.Join(dir, "link"))
	println("stat through link:", si.Size(), err == nil)

	entries, err := os.ReadDir(dir)
	check("ReadDir", err)
	for _, e := range entries {
		println(e.Name(), e.IsDir(), e.Type().String())
	}

	check("Chmod", os.Chmod(p, 0o600))
	fi, _ = os.Stat(p)
	println("mode after chmod:", fi.Mode().Perm().String())
	check("Truncate", os.Truncate(p, 3))
	b, _ = os.ReadFile(p)
	println("after truncate:", string(b))

	check("Remove", os.Remove(p))
	_, err = os.Stat(p)
	println("removed:", os.IsNotExist(err))
	err = os.Remove(filepath.Join(dir, "sub"))
	println("remove non-empty dir fails:", err != nil)
	check("RemoveAll", os.RemoveAll(filepath.Join(dir, "sub")))

	var names []string
	check("WalkDir", filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		names = append(names, rel)
		return err
	}))
	println(strings.Join(names, " "))

	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "renamed.dat")
	println("DirFS:", string(data), err == nil)

	check("RemoveAll", os.RemoveAll(dir))
	_, err = os.Stat(dir)
	println("dir gone:", os.IsNotExist(err))
}
