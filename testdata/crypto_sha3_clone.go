package main

import (
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"fmt"
	"hash"
	"strings"
)

func main() {
	for _, in := range []string{"", "abc", strings.Repeat("a", 200)} {
		b := []byte(in)
		fmt.Printf("sha3-224 %x\n", sha3.Sum224(b))
		fmt.Printf("sha3-256 %x\n", sha3.Sum256(b))
		fmt.Printf("sha3-384 %x\n", sha3.Sum384(b))
		fmt.Printf("sha3-512 %x\n", sha3.Sum512(b))
		fmt.Printf("shake128 %x\n", sha3.SumSHAKE128(b, 40))
		fmt.Printf("shake256 %x\n", sha3.SumSHAKE256(b, 72))
	}
	h := sha3.New256()
	h.Write([]byte("stream "))
	h.Write([]byte("me"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	s := sha3.NewSHAKE128()
	s.Write([]byte("xof"))
	out := make([]byte, 10)
	s.Read(out)
	fmt.Printf("%x ", out)
	s.Read(out)
	fmt.Printf("%x\n", out)
	cs := sha3.NewCSHAKE256([]byte("N"), []byte("S"))
	cs.Write([]byte("data"))
	cs.Read(out)
	fmt.Printf("cshake %x\n", out)

	// hash.Cloner: a clone continues independently.
	for _, h := range []hash.Hash{sha256.New(), sha512.New(), sha3.New512()} {
		h.Write([]byte("common prefix "))
		c, err := h.(hash.Cloner).Clone()
		if err != nil {
			fmt.Println(err)
			continue
		}
		h.Write([]byte("one"))
		c.Write([]byte("two"))
		fmt.Printf("%x\n%x\n", h.Sum(nil)[:8], c.Sum(nil)[:8])
	}
	big := []byte(strings.Repeat("0123456789", 100000))
	fmt.Printf("1MB sha256 %x\n", sha256.Sum256(big))
	fmt.Printf("1MB sha512 %x\n", sha512.Sum512(big))
	fmt.Printf("1MB sha3 %x\n", sha3.Sum256(big))
}
