// Goroutines wait in the network poller on os.Pipe ends: reads that block
// until a writer writes, a read deadline that expires (os.ErrDeadlineExceeded,
// "i/o timeout"), a cleared deadline, Close waking a blocked reader.

package main

import (
	"errors"
	"strconv"
	"io"
	"os"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	done := make(chan int)
	go func() {
		total := 0
		buf := make([]byte, 7)
		for {
			n, err := r.Read(buf)
			total += n
			if err == io.EOF {
				break
			}
			if err != nil {
				println("read error:", err.Error())
				break
			}
		}
		done <- total
	}()
	for i := 0; i < 1000; i++ {
		w.WriteString("line " + strconv.Itoa(i) + "\n")
	}
	w.Close()
	println("total", <-done)

	r2, w2, _ := os.Pipe()
	start := time.Now()
	r2.SetReadDeadline(start.Add(20 * time.Millisecond))
	buf := make([]byte, 10)
	_, err = r2.Read(buf)
	println(err.Error(), errors.Is(err, os.ErrDeadlineExceeded), time.Since(start) >= 20*time.Millisecond)
	r2.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		w2.Write([]byte("late"))
	}()
	n, err := r2.Read(buf)
	println(n, err == nil, string(buf[:n]))
	go func() {
		time.Sleep(10 * time.Millisecond)
		r2.Close()
	}()
	_, err = r2.Read(buf)
	println(err.Error(), errors.Is(err, os.ErrClosed))
	w2.Close()
}
