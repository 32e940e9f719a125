// TLS between a client and a server of one program over 127.0.0.1, with a
// self-signed ed25519 certificate made here; then HTTPS over the same.
package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"time"
)

func main() {
	priv := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32))
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "localhost"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(nil, tmpl, tmpl, priv.Public(), priv)
	if err != nil {
		panic(err)
	}
	leaf, _ := x509.ParseCertificate(der)
	cert := tls.Certificate{Certificate: [][]byte{der}, PrivateKey: priv, Leaf: leaf}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)

	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		panic(err)
	}
	done := make(chan bool)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			r := bufio.NewReader(c)
			line, err := r.ReadString('\n')
			if err == nil {
				fmt.Fprintf(c, "echo: %s", line)
			}
			c.Close()
			done <- true
		}
	}()
	conn, err := tls.Dial("tcp", ln.Addr().String(), &tls.Config{RootCAs: pool, ServerName: "localhost"})
	if err != nil {
		panic(err)
	}
	st := conn.ConnectionState()
	fmt.Println("handshake:", st.HandshakeComplete, tls.VersionName(st.Version), len(st.PeerCertificates),
		st.PeerCertificates[0].Subject.CommonName)
	fmt.Fprintln(conn, "hello over tls")
	reply, _ := io.ReadAll(conn)
	fmt.Print(string(reply))
	conn.Close()
	<-done

	// A client that does not trust the certificate.
	_, err = tls.Dial("tcp", ln.Addr().String(), &tls.Config{ServerName: "localhost"})
	fmt.Println("untrusted:", err != nil)
	<-done
	ln.Close()

	// HTTPS.
	hln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "secure=%v path=%s", r.TLS != nil, r.URL.Path)
	}), TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}}}
	go srv.ServeTLS(hln, "", "")
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Get("https://" + hln.Addr().String() + "/x")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Proto, string(body))
	srv.Close()
}
