// archive/zip and archive/tar: write to a buffer, read back.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"
)

func main() {
	files := []struct{ name, body string }{
		{"readme.txt", "golift writes archives\n"},
		{"dir/data.txt", "line 1\nline 2\nline 3\nline 1\nline 2\nline 3\n"},
		{"empty.txt", ""},
	}
	mod := time.Date(2024, 5, 6, 7, 8, 10, 0, time.UTC)

	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	zw.SetComment("a comment")
	for i, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: mod}
		if i == 2 {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			panic(err)
		}
		io.WriteString(w, f.body)
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	fmt.Println("zip bytes:", zbuf.Len())
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		panic(err)
	}
	fmt.Println("zip comment:", zr.Comment)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("zip %s method=%d size=%d comp=%d crc=%08x mod=%s %q\n", f.Name, f.Method,
			f.UncompressedSize64, f.CompressedSize64, f.CRC32, f.Modified.UTC().Format(time.RFC3339), b)
	}
	if f, err := zr.Open("dir/data.txt"); err == nil {
		st, _ := f.Stat()
		fmt.Println("fs:", st.Name(), st.Size(), st.IsDir())
	}

	var tbuf bytes.Buffer
	tw := tar.NewWriter(&tbuf)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), ModTime: mod,
			Uname: "gopher", Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			panic(err)
		}
		io.WriteString(tw, f.body)
	}
	tw.WriteHeader(&tar.Header{Name: "link", Linkname: "readme.txt", Typeflag: tar.TypeSymlink, ModTime: mod})
	tw.Close()
	fmt.Println("tar bytes:", tbuf.Len())
	tr := tar.NewReader(&tbuf)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(tr)
		fmt.Printf("tar %s type=%c mode=%o size=%d user=%s link=%q mod=%s %q\n", h.Name, h.Typeflag,
			h.Mode, h.Size, h.Uname, h.Linkname, h.ModTime.UTC().Format(time.RFC3339), b)
	}
}
