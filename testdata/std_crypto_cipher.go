// Block ciphers and modes with fixed keys: every byte is deterministic.
package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/hkdf"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	key := []byte("0123456789abcdef")
	iv := []byte("fedcba9876543210")
	plain := []byte("golift encrypts exactly 32 bytes")

	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, 16)
	block.Encrypt(out, plain[:16])
	fmt.Println("aes block:", hex.EncodeToString(out))
	back := make([]byte, 16)
	block.Decrypt(back, out)
	fmt.Println("aes back:", string(back))

	ct := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, plain)
	fmt.Println("cbc:", hex.EncodeToString(ct))
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(pt, ct)
	fmt.Println("cbc back:", string(pt))

	odd := []byte("a stream mode takes any length!")
	ctr := make([]byte, len(odd))
	cipher.NewCTR(block, iv).XORKeyStream(ctr, odd)
	fmt.Println("ctr:", hex.EncodeToString(ctr))
	cipher.NewCTR(block, iv).XORKeyStream(ctr, ctr)
	fmt.Println("ctr back:", string(ctr))
	ofb := make([]byte, len(odd))
	cipher.NewOFB(block, iv).XORKeyStream(ofb, odd)
	fmt.Println("ofb:", hex.EncodeToString(ofb))

	gcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	nonce := make([]byte, gcm.NonceSize())
	sealed := gcm.Seal(nil, nonce, odd, []byte("header"))
	fmt.Println("gcm:", hex.EncodeToString(sealed), gcm.Overhead())
	opened, err := gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Println("gcm open:", string(opened), err)
	sealed[0] ^= 1
	_, err = gcm.Open(nil, nonce, sealed, []byte("header"))
	fmt.Println("gcm tampered:", err)

	k256, _ := aes.NewCipher(bytes.Repeat([]byte{9}, 32))
	g2, _ := cipher.NewGCMWithNonceSize(k256, 16)
	fmt.Println("gcm-256:", hex.EncodeToString(g2.Seal(nil, bytes.Repeat([]byte{1}, 16), []byte("x"), nil)))

	_, err = aes.NewCipher([]byte("short"))
	fmt.Println("bad key:", err)

	d, _ := des.NewTripleDESCipher([]byte("123456789012345678901234"))
	dout := make([]byte, 8)
	d.Encrypt(dout, []byte("8 bytes!"))
	fmt.Println("3des:", hex.EncodeToString(dout))

	okm, err := hkdf.Key(sha256.New, []byte("secret"), []byte("salt"), "info", 20)
	fmt.Println("hkdf:", hex.EncodeToString(okm), err)
	dk, err := pbkdf2.Key(sha256.New, "password", []byte("salt"), 1000, 16)
	fmt.Println("pbkdf2:", hex.EncodeToString(dk), err)
}
