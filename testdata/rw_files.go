package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "rwfiles")
	check(err)
	defer os.RemoveAll(dir)
	check(os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0o755))
	files := map[string]string{
		"a/one.txt":     "hello\nworld\n",
		"a/b/two.go":    "package two\n",
		"a/b/c/three.md": "# three\n\nbody\n",
		"top.txt":       "top level",
	}
	for name, content := range files {
		check(os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	var found []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			found = append(found, rel+"/")
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		found = append(found, fmt.Sprintf("%s (%d bytes, ext %q)", rel, info.Size(), filepath.Ext(p)))
		return nil
	})
	check(err)
	fmt.Println(strings.Join(found, "\n"))
	entries, err := os.ReadDir(filepath.Join(dir, "a"))
	check(err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type().IsDir())
	}
	f, err := os.OpenFile(filepath.Join(dir, "top.txt"), os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "\nappended %d\n", 42)
	check(w.Flush())
	check(f.Close())
	f, err = os.Open(filepath.Join(dir, "top.txt"))
	check(err)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("line: %q\n", sc.Text())
	}
	f.Close()
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	err = os.Mkdir(filepath.Join(dir, "a"), 0o755)
	fmt.Println(errors.Is(err, fs.ErrExist))
	check(os.Rename(filepath.Join(dir, "top.txt"), filepath.Join(dir, "a", "moved.txt")))
	matches, _ := filepath.Glob(filepath.Join(dir, "a", "*.txt"))
	for i := range matches {
		matches[i] = filepath.Base(matches[i])
	}
	sort.Strings(matches)
	fmt.Println(matches)
	fsys := os.DirFS(dir)
	data, err := fs.ReadFile(fsys, "a/b/c/three.md")
	fmt.Printf("%q %v\n", data, err)
	names, _ := fs.Glob(fsys, "a/b/*")
	fmt.Println(names)
	st, _ := os.Stat(filepath.Join(dir, "a", "one.txt"))
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.Mode().IsRegular(), st.Mode().Perm())
	fmt.Println(filepath.Join("a", "../b", "c"), filepath.Clean("/x/./y/../z"), filepath.Dir("/a/b/c.txt"), filepath.IsAbs("rel"))
	parts := filepath.SplitList("/bin:/usr/bin")
	fmt.Println(parts, strings.TrimSuffix("x.tar.gz", filepath.Ext("x.tar.gz")))
	os.Setenv("RW_TEST_VAR", "val")
	fmt.Println(os.Getenv("RW_TEST_VAR"), os.ExpandEnv("$RW_TEST_VAR-${RW_TEST_VAR}"), os.Getenv("RW_NOPE") == "")
	v, ok := os.LookupEnv("RW_NOPE")
	fmt.Printf("%q %v\n", v, ok)
	check(os.Chmod(filepath.Join(dir, "a", "one.txt"), 0o600))
	st, _ = os.Stat(filepath.Join(dir, "a", "one.txt"))
	fmt.Println(st.Mode())
	check(os.Remove(filepath.Join(dir, "a", "one.txt")))
	err = os.Remove(filepath.Join(dir, "a"))
	fmt.Println(err != nil)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	wd, _ := os.Getwd()
	fmt.Println(filepath.IsAbs(wd))
}
