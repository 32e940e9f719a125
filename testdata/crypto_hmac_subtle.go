package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
)

func mac(h func() hash.Hash, key, msg string) []byte {
	m := hmac.New(h, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

func main() {
	keys := []string{"", "key", string(bytes.Repeat([]byte{0xaa}, 131))}
	msgs := []string{"", "The quick brown fox jumps over the lazy dog", "Test Using Larger Than Block-Size Key - Hash Key First"}
	for _, k := range keys {
		for _, msg := range msgs {
			fmt.Println("md5   ", hex.EncodeToString(mac(md5.New, k, msg)))
			fmt.Println("sha1  ", hex.EncodeToString(mac(sha1.New, k, msg)))
			fmt.Println("sha256", hex.EncodeToString(mac(sha256.New, k, msg)))
			fmt.Println("sha512", hex.EncodeToString(mac(sha512.New, k, msg)))
		}
	}

	// Streaming vs one-shot, Reset, Size/BlockSize.
	m := hmac.New(sha256.New, []byte("secret"))
	for _, part := range []string{"hello", ", ", "world"} {
		m.Write([]byte(part))
	}
	a := m.Sum(nil)
	b := mac(sha256.New, "secret", "hello, world")
	fmt.Println(hmac.Equal(a, b), hmac.Equal(a, b[:31]), m.Size(), m.BlockSize())
	m.Reset()
	m.Write([]byte("hello, world"))
	fmt.Println(hmac.Equal(m.Sum(nil), b))
	b[0] ^= 1
	fmt.Println(hmac.Equal(a, b))

	// Hash state marshalling.
	h := sha256.New()
	h.Write([]byte("first half "))
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(len(state), err)
	h2 := sha256.New()
	if err := h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		fmt.Println("unmarshal:", err)
	}
	h.Write([]byte("second half"))
	h2.Write([]byte("second half"))
	fmt.Println(bytes.Equal(h.Sum(nil), h2.Sum(nil)), hex.EncodeToString(h2.Sum(nil)))
	err = h2.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bogus"))
	fmt.Println(err)

	// crypto/subtle.
	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")),
		subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")),
		subtle.ConstantTimeCompare([]byte("abc"), []byte("ab")))
	fmt.Println(subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeByteEq(3, 4))
	fmt.Println(subtle.ConstantTimeEq(7, 7), subtle.ConstantTimeEq(7, -7))
	fmt.Println(subtle.ConstantTimeSelect(1, 10, 20), subtle.ConstantTimeSelect(0, 10, 20))
	fmt.Println(subtle.ConstantTimeLessOrEq(3, 5), subtle.ConstantTimeLessOrEq(5, 3), subtle.ConstantTimeLessOrEq(4, 4))
	dst := make([]byte, 4)
	subtle.ConstantTimeCopy(1, dst, []byte{1, 2, 3, 4})
	subtle.ConstantTimeCopy(0, dst, []byte{9, 9, 9, 9})
	fmt.Println(dst)
	x := []byte("0123456789abcdefghijklmnopqrstuvwxyz")
	y := bytes.Repeat([]byte{0x20}, 40)
	out := make([]byte, 40)
	n := subtle.XORBytes(out, x, y)
	fmt.Println(n, string(out[:n]))
	n = subtle.XORBytes(x, x, y) // in place
	fmt.Println(n, string(x))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		subtle.XORBytes(make([]byte, 3), x, y)
	}()
	subtle.WithDataIndependentTiming(func() { fmt.Println("inside WithDataIndependentTiming") })
}
