// 64 chains of writer -> io.Copy relay -> io.ReadAll over os.Pipe, all
// waiting in the poller at once.

package main

import (
	"io"
	"os"
	"sync"
)

func main() {
	const n = 64
	const msgs = 200
	var wg sync.WaitGroup
	sums := make([]int, n)
	for i := 0; i < n; i++ {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		// A relay stage: r -> pipe2 -> counted by the reader.
		r2, w2, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		wg.Add(3)
		go func() {
			defer wg.Done()
			buf := []byte("0123456789abcdef")
			for j := 0; j < msgs; j++ {
				w.Write(buf)
			}
			w.Close()
		}()
		go func() {
			defer wg.Done()
			io.Copy(w2, r)
			w2.Close()
			r.Close()
		}()
		go func(i int) {
			defer wg.Done()
			b, _ := io.ReadAll(r2)
			sums[i] = len(b)
			r2.Close()
		}(i)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	println(total)
}
