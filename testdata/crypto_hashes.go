package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("golift", 100), strings.Repeat("x", 1000)}
	for _, in := range inputs {
		b := []byte(in)
		fmt.Printf("md5    %x\n", md5.Sum(b))
		fmt.Printf("sha1   %x\n", sha1.Sum(b))
		fmt.Printf("sha224 %x\n", sha256.Sum224(b))
		fmt.Printf("sha256 %x\n", sha256.Sum256(b))
		fmt.Printf("sha384 %x\n", sha512.Sum384(b))
		fmt.Printf("sha512 %x\n", sha512.Sum512(b))
		fmt.Printf("s512/224 %x\n", sha512.Sum512_224(b))
		fmt.Printf("s512/256 %x\n", sha512.Sum512_256(b))
	}
	ctors := []struct {
		name string
		f    func() hash.Hash
	}{
		{"md5", md5.New}, {"sha1", sha1.New}, {"sha224", sha256.New224}, {"sha256", sha256.New},
		{"sha384", sha512.New384}, {"sha512", sha512.New},
	}
	data := []byte(strings.Repeat("streaming data in pieces, ", 37))
	for _, c := range ctors {
		h := c.f()
		for i := 0; i < len(data); i += 7 {
			end := i + 7
			if end > len(data) {
				end = len(data)
			}
			h.Write(data[i:end])
		}
		streamed := h.Sum(nil)
		one := c.f()
		one.Write(data)
		whole := one.Sum([]byte("prefix"))
		fmt.Println(c.name, h.Size(), h.BlockSize(), hex.EncodeToString(streamed), string(whole[:6]), hex.EncodeToString(whole[6:]) == hex.EncodeToString(streamed))
		h.Reset()
		h.Write([]byte("abc"))
		fmt.Println(c.name, "reset", hex.EncodeToString(h.Sum(nil)))
	}
}
