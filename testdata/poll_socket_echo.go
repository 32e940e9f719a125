// A TCP echo over non-blocking sockets made with package syscall and
// wrapped in os.NewFile, so accepts, reads and writes wait in the network
// poller: clients and their server goroutines, a read deadline, Close of the
// listener waking the goroutine blocked in accept.

package main

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// listen opens a non-blocking TCP listener on 127.0.0.1 (a free port).
func listen() (*os.File, int) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, 0)
	check(err)
	check(syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	check(syscall.Listen(fd, 16))
	sa, err := syscall.Getsockname(fd)
	check(err)
	return os.NewFile(uintptr(fd), "listener"), sa.(*syscall.SockaddrInet4).Port
}

// accept waits (in the poller) for a connection.
func accept(ln *os.File) (*os.File, error) {
	rc, err := ln.SyscallConn()
	check(err)
	var nfd int
	var aerr error
	err = rc.Read(func(fd uintptr) bool {
		nfd, _, aerr = syscall.Accept4(int(fd), syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
		return aerr != syscall.EAGAIN
	})
	if err != nil {
		return nil, err
	}
	if aerr != nil {
		return nil, aerr
	}
	return os.NewFile(uintptr(nfd), "conn"), nil
}

func dial(port int) *os.File {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	check(err)
	check(syscall.Connect(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}, Port: port}))
	check(syscall.SetNonblock(fd, true))
	return os.NewFile(uintptr(fd), "client")
}

func main() {
	ln, port := listen()
	served := make(chan bool)
	go func() {
		var wg sync.WaitGroup
		for {
			c, err := accept(ln)
			if err != nil {
				println("accept:", errors.Is(err, os.ErrClosed))
				wg.Wait()
				served <- true
				return
			}
			wg.Add(1)
			go func(c *os.File) {
				defer wg.Done()
				defer c.Close()
				s := bufio.NewScanner(c)
				for s.Scan() {
					c.WriteString("echo " + strings.ToUpper(s.Text()) + "\n")
				}
			}(c)
		}
	}()

	const clients = 4
	results := make([]string, clients)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := dial(port)
			defer c.Close()
			r := bufio.NewReader(c)
			var sb strings.Builder
			for j := 0; j < 3; j++ {
				c.WriteString("client " + strconv.Itoa(i) + " msg " + strconv.Itoa(j) + "\n")
				line, err := r.ReadString('\n')
				if err != nil {
					sb.WriteString(err.Error() + "\n")
					break
				}
				sb.WriteString(line)
			}
			results[i] = sb.String()
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		print(r)
	}

	// An idle connection: the read deadline expires.
	c := dial(port)
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	start := time.Now()
	buf := make([]byte, 16)
	_, err := c.Read(buf)
	println(err.Error(), errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 30*time.Millisecond)
	// Cleared, the read gets the echo of a late write.
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		c.WriteString("late\n")
	}()
	n, err := c.Read(buf)
	println(string(buf[:n-1]), err == nil)
	c.Close()

	// Closing the listener wakes the goroutine blocked in accept.
	time.Sleep(10 * time.Millisecond)
	ln.Close()
	<-served
	println("done")
}
