// path and path/filepath: Join, Clean, Base, Dir, Ext, Split, Rel, Match,
// IsAbs, Abs, SplitList, VolumeName, ToSlash/FromSlash, Glob of a pattern
// without matches.
package main

import (
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", "/", "a/b/../c", "/a//b/./c/", "../../x", "a/../..", "./", "//x//"} {
		println(p, "->", path.Clean(p), filepath.Clean(p))
	}
	println(path.Join("a", "b", "../c", "/d"), filepath.Join("/usr", "", "local", "bin/"), filepath.Join())
	for _, p := range []string{"/a/b/c.txt", "c.tar.gz", "/", "", "dir/", ".hidden"} {
		d, f := filepath.Split(p)
		println(p, "| base", filepath.Base(p), "| dir", filepath.Dir(p), "| ext", filepath.Ext(p), "| split", d, f)
	}
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {"a/b", "a/b"}} {
		r, err := filepath.Rel(c[0], c[1])
		if err != nil {
			println("rel", c[0], c[1], "error:", err.Error())
			continue
		}
		println("rel", c[0], c[1], "=", r)
	}
	for _, c := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a/*/c", "a/b/x/c"}, {"[a-c]?", "bz"}, {"[^a-c]", "b"}, {"\\*", "*"}, {"[", "x"}} {
		m, err := filepath.Match(c[0], c[1])
		println("match", c[0], c[1], m, err != nil)
		pm, perr := path.Match(c[0], c[1])
		println("  path.Match", pm, perr != nil)
	}
	println(filepath.IsAbs("/x"), filepath.IsAbs("x"), path.IsAbs("/"))
	abs, err := filepath.Abs("rel/file")
	println("abs:", strings.HasSuffix(abs, "/rel/file"), filepath.IsAbs(abs), err == nil)
	println(strings.Join(filepath.SplitList("/bin:/usr/bin::/sbin"), ","), len(filepath.SplitList("")))
	println(filepath.VolumeName("/x/y") == "", filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	m, err := filepath.Glob("/nonexistent-golift-dir/*.none")
	println("glob:", len(m), err == nil)
	_, err = filepath.Glob("[")
	println("bad glob:", err.Error())
	println(path.Base("/a/b/"), path.Dir("/a/b/"), path.Ext("x.y.z"))
	println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"), filepath.IsLocal(""))
	l, err := filepath.Localize("a/b")
	println(l, err == nil)
}
