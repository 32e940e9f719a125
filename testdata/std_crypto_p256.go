// P-256 (gc's assembly implementation on amd64 and arm64): fixed-key ECDH,
// scalar multiplications, point encodings, ECDSA sign and verify.
package main

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
)

func main() {
	c := ecdh.P256()
	a, err := c.NewPrivateKey(bytes.Repeat([]byte{0x11}, 32))
	if err != nil {
		panic(err)
	}
	b, _ := c.NewPrivateKey(bytes.Repeat([]byte{0x22}, 32))
	fmt.Println("pub a:", hex.EncodeToString(a.PublicKey().Bytes()))
	s1, _ := a.ECDH(b.PublicKey())
	s2, _ := b.ECDH(a.PublicKey())
	fmt.Println("shared:", hex.EncodeToString(s1), bytes.Equal(s1, s2))
	_, err = c.NewPublicKey([]byte{4, 1, 2, 3})
	fmt.Println("bad public key:", err)

	curve := elliptic.P256()
	for _, k := range []int64{1, 2, 3, 7, 1 << 40} {
		x, y := curve.ScalarBaseMult(big.NewInt(k).Bytes())
		fmt.Printf("%d*G = %s %s\n", k, x.Text(16), y.Text(16))
	}
	gx, gy := curve.Params().Gx, curve.Params().Gy
	x2, y2 := curve.Double(gx, gy)
	x3, y3 := curve.Add(x2, y2, gx, gy)
	x3b, y3b := curve.ScalarMult(gx, gy, []byte{3})
	fmt.Println("2G+G == 3G:", x3.Cmp(x3b) == 0 && y3.Cmp(y3b) == 0)
	n1 := new(big.Int).Sub(curve.Params().N, big.NewInt(1))
	xn, yn := curve.ScalarBaseMult(n1.Bytes())
	fmt.Println("(n-1)G == -G:", xn.Cmp(gx) == 0, new(big.Int).Add(yn, gy).Cmp(curve.Params().P) == 0)
	xz, yz := curve.ScalarBaseMult(curve.Params().N.Bytes())
	fmt.Println("nG:", xz.Sign(), yz.Sign())
	comp := elliptic.MarshalCompressed(curve, x3, y3)
	ux, uy := elliptic.UnmarshalCompressed(curve, comp)
	fmt.Println("compressed:", hex.EncodeToString(comp), ux.Cmp(x3) == 0 && uy.Cmp(y3) == 0)
	fmt.Println("on curve:", curve.IsOnCurve(x3, y3), curve.IsOnCurve(x3, new(big.Int).Add(y3, big.NewInt(1))))

	key, err := ecdsa.GenerateKey(curve, rand.Reader)
	if err != nil {
		panic(err)
	}
	h := sha256.Sum256([]byte("message"))
	sig, err := ecdsa.SignASN1(rand.Reader, key, h[:])
	fmt.Println("sign:", err, ecdsa.VerifyASN1(&key.PublicKey, h[:], sig))
	h[0] ^= 1
	fmt.Println("tampered:", ecdsa.VerifyASN1(&key.PublicKey, h[:], sig))
	for i := 0; i < 20; i++ {
		k, _ := ecdsa.GenerateKey(curve, rand.Reader)
		s, _ := ecdsa.SignASN1(rand.Reader, k, h[:])
		if !ecdsa.VerifyASN1(&k.PublicKey, h[:], s) {
			fmt.Println("verify failed", i)
		}
	}
	ek, _ := key.ECDH()
	fmt.Println("ecdh of ecdsa key:", len(ek.Bytes()), ek.Curve() == ecdh.P256())
}
