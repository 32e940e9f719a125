// The net package over the netpoller: a TCP echo on localhost (Listen,
// Accept, Dial, reads that block the goroutine, not the thread), read
// deadlines (net.Error's Timeout, os.ErrDeadlineExceeded), EOF after the
// peer closes, a refused connection, a UDP round trip, and address parsing.
package main

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"strings"
	"syscall"
	"time"
)

func stripAddrs(s string) string {
	// "read tcp 127.0.0.1:1234->127.0.0.1:5678: i/o timeout" -> "read tcp: i/o timeout"
	if i := strings.Index(s, " 127.0.0.1"); i >= 0 {
		if j := strings.LastIndex(s, ": "); j > i {
			return s[:i] + s[j:]
		}
	}
	return s
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		println("listen:", err.Error())
		return
	}
	println("listening on", ln.Addr().Network(), ln.Addr().(*net.TCPAddr).IP.String())

	served := make(chan string)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				served <- "accept after close: " + stripAddrs(err.Error())
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				buf := make([]byte, 128)
				for {
					n, err := c.Read(buf)
					if err != nil {
						served <- "server read: " + err.Error()
						return
					}
					c.Write([]byte(strings.ToUpper(string(buf[:n]))))
				}
			}(c)
		}
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		println("dial:", err.Error())
		return
	}
	buf := make([]byte, 128)
	for _, msg := range []string{"hello", "golift", "netpoller"} {
		c.Write([]byte(msg))
		n, err := io.ReadAtLeast(c, buf, len(msg))
		println("echo:", string(buf[:n]), err == nil)
	}

	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	start := time.Now()
	_, err = c.Read(buf)
	var ne net.Error
	println("timeout:", stripAddrs(err.Error()), errors.As(err, &ne) && ne.Timeout(),
		errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 50*time.Millisecond)
	c.SetReadDeadline(time.Time{})
	c.Write([]byte("again"))
	n, err := io.ReadAtLeast(c, buf, 5)
	println("after clearing the deadline:", string(buf[:n]), err == nil)
	c.Close()
	println(<-served)

	ln.Close()
	println(<-served)
	_, err = net.Dial("tcp", ln.Addr().String())
	println("dial closed port refused:", errors.Is(err, syscall.ECONNREFUSED))

	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		println("udp:", err.Error())
		return
	}
	go func() {
		b := make([]byte, 64)
		n, from, err := pc.ReadFrom(b)
		if err == nil {
			pc.WriteTo([]byte("pong:"+string(b[:n])), from)
		}
	}()
	u, _ := net.Dial("udp", pc.LocalAddr().String())
	u.Write([]byte("ping"))
	n, _ = u.Read(buf)
	println("udp:", string(buf[:n]))
	u.Close()
	pc.Close()

	host, port, err := net.SplitHostPort("[::1]:8080")
	println(host, port, err == nil, net.JoinHostPort("example.com", "443"))
	ip := net.ParseIP("192.168.1.10")
	println(ip.String(), ip.To4() != nil, ip.IsPrivate(), net.ParseIP("nonsense") == nil)
	_, cidr, _ := net.ParseCIDR("10.0.0.0/8")
	println(cidr.String(), cidr.Contains(net.ParseIP("10.1.2.3")), cidr.Contains(ip))
	a := netip.MustParseAddr("2001:db8::1")
	p := netip.MustParsePrefix("2001:db8::/32")
	println(a.String(), a.Is6(), p.Contains(a), netip.AddrPortFrom(a, 53).String())
}
