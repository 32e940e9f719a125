package main

import (
	"embed"
	"fmt"
	"unsafe"
)

// file mirrors embed's unexported file record, which the compiler lays out.
type file struct {
	name string
	data string
	hash [16]byte
}

// dumpFS prints an embed.FS's file list as the compiler filled it: names
// in its sort order, sizes and content hashes.
func dumpFS(f *embed.FS) {
	files := *(**[]file)(unsafe.Pointer(f))
	if files == nil {
		fmt.Println("no files")
		return
	}
	for _, e := range *files {
		fmt.Printf("%-26q %4d %x\n", e.name, len(e.data), e.hash)
	}
}
