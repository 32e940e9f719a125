package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"strings"
)

func main() {
	// Read fills the whole buffer and never fails.
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		b := make([]byte, 32)
		n, err := rand.Read(b)
		fmt.Println(n == 32, err == nil && !bytes.Equal(b, make([]byte, 32)))
		seen[string(b)] = true
	}
	fmt.Println("distinct reads:", len(seen))

	big := make([]byte, 1<<16)
	n, err := io.ReadFull(rand.Reader, big)
	fmt.Println(n, err)
	var counts [256]int
	for _, c := range big {
		counts[c]++
	}
	ok := true
	for _, c := range counts {
		if c < 128 || c > 384 {
			ok = false
		}
	}
	fmt.Println("byte histogram plausible:", ok)

	// Text: 26 base32 characters.
	for i := 0; i < 5; i++ {
		t := rand.Text()
		fmt.Println(len(t), strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == "")
	}

	// Int in [0, max).
	max := bigInt(1000)
	allIn := true
	for i := 0; i < 200; i++ {
		v, err := rand.Int(rand.Reader, max)
		if err != nil || v.Sign() < 0 || v.Cmp(max) >= 0 {
			allIn = false
		}
	}
	fmt.Println("Int in range:", allIn)

	p, err := rand.Prime(rand.Reader, 64)
	fmt.Println(err, p.BitLen(), p.ProbablyPrime(20))
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }
