// Signatures and certificates: ed25519 from a fixed seed, ECDSA (P-384),
// RSA, X25519, a self-signed x509 certificate through PEM.
package main

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"time"
)

func main() {
	// ed25519 is deterministic: the same seed and message give the same signature.
	seed := bytes.Repeat([]byte{7}, ed25519.SeedSize)
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	msg := []byte("golift signs this")
	sig := ed25519.Sign(priv, msg)
	fmt.Println("ed25519 pub:", hex.EncodeToString(pub))
	fmt.Println("ed25519 sig:", hex.EncodeToString(sig[:16]), len(sig))
	fmt.Println("ed25519 verify:", ed25519.Verify(pub, msg, sig), ed25519.Verify(pub, []byte("other"), sig))

	// ECDSA over P-384 with a random key: only the verification is stable.
	ek, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		panic(err)
	}
	h := sha256.Sum256(msg)
	esig, err := ecdsa.SignASN1(rand.Reader, ek, h[:])
	if err != nil {
		panic(err)
	}
	fmt.Println("ecdsa P-384:", ek.Curve.Params().Name, ek.Curve.Params().BitSize,
		ecdsa.VerifyASN1(&ek.PublicKey, h[:], esig), ecdsa.VerifyASN1(&ek.PublicKey, h[1:], esig))
	fmt.Println("on curve:", ek.Curve.IsOnCurve(ek.X, ek.Y))
	x, y := elliptic.P384().ScalarBaseMult([]byte{2})
	fmt.Println("2G x:", x.Text(16)[:20], "y bits:", y.BitLen())

	// RSA: PKCS#1 v1.5 and PSS signatures, OAEP encryption.
	rk, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		panic(err)
	}
	rsig, err := rsa.SignPKCS1v15(nil, rk, crypto.SHA256, h[:])
	fmt.Println("rsa sign:", err, len(rsig), rsa.VerifyPKCS1v15(&rk.PublicKey, crypto.SHA256, h[:], rsig) == nil)
	psig, err := rsa.SignPSS(rand.Reader, rk, crypto.SHA256, h[:], nil)
	fmt.Println("rsa pss:", err, rsa.VerifyPSS(&rk.PublicKey, crypto.SHA256, h[:], psig, nil) == nil)
	ct, err := rsa.EncryptOAEP(sha256.New(), rand.Reader, &rk.PublicKey, []byte("secret"), nil)
	pt, err2 := rsa.DecryptOAEP(sha256.New(), nil, rk, ct, nil)
	fmt.Println("rsa oaep:", err, err2, string(pt), len(ct))
	fmt.Println("rsa size:", rk.Size(), rk.E, rk.Validate() == nil)

	// X25519 with fixed keys.
	a, _ := ecdh.X25519().NewPrivateKey(bytes.Repeat([]byte{1}, 32))
	b, _ := ecdh.X25519().NewPrivateKey(bytes.Repeat([]byte{2}, 32))
	s1, _ := a.ECDH(b.PublicKey())
	s2, _ := b.ECDH(a.PublicKey())
	fmt.Println("x25519:", hex.EncodeToString(s1), bytes.Equal(s1, s2))

	// A self-signed certificate with the ed25519 key: its DER is deterministic.
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(42),
		Subject:               pkix.Name{CommonName: "golift.test", Organization: []string{"golift"}},
		NotBefore:             time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC),
		DNSNames:              []string{"localhost", "golift.test"},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(nil, tmpl, tmpl, pub, priv)
	if err != nil {
		panic(err)
	}
	fmt.Printf("cert der: %d bytes, sha256 %x\n", len(der), sha256.Sum256(der))
	block := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	fmt.Println(string(block[:40]))
	p, rest := pem.Decode(block)
	fmt.Println("pem:", p.Type, len(p.Bytes), len(rest))
	cert, err := x509.ParseCertificate(p.Bytes)
	if err != nil {
		panic(err)
	}
	fmt.Println("cert:", cert.Subject, cert.Issuer.CommonName, cert.SerialNumber, cert.DNSNames, cert.IsCA)
	fmt.Println("cert times:", cert.NotBefore, cert.NotAfter)
	fmt.Println("cert alg:", cert.SignatureAlgorithm, cert.PublicKeyAlgorithm)
	fmt.Println("self check:", cert.CheckSignatureFrom(cert))
	fmt.Println("hostname:", cert.VerifyHostname("localhost"), cert.VerifyHostname("example.com") != nil)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	chains, err := cert.Verify(x509.VerifyOptions{Roots: pool, DNSName: "golift.test",
		CurrentTime: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Println("verify:", err, len(chains))
	pkcs8, _ := x509.MarshalPKCS8PrivateKey(priv)
	back, err := x509.ParsePKCS8PrivateKey(pkcs8)
	fmt.Println("pkcs8:", len(pkcs8), err, back.(ed25519.PrivateKey).Equal(priv))
	rder := x509.MarshalPKCS1PrivateKey(rk)
	rk2, err := x509.ParsePKCS1PrivateKey(rder)
	fmt.Println("pkcs1:", err, rk2.Equal(rk))
	spki, _ := x509.MarshalPKIXPublicKey(&ek.PublicKey)
	epub, err := x509.ParsePKIXPublicKey(spki)
	fmt.Println("pkix:", err, epub.(*ecdsa.PublicKey).Equal(&ek.PublicKey))
}
