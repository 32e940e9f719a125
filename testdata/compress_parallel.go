package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	const n = 16
	results := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data := []byte(strings.Repeat(fmt.Sprintf("goroutine %d payload; ", i), 2000+i*100))
			var buf bytes.Buffer
			w, _ := gzip.NewWriterLevel(&buf, i%10)
			w.Write(data)
			w.Close()
			sum := sha1.Sum(buf.Bytes())
			size := buf.Len()
			r, err := gzip.NewReader(&buf)
			if err != nil {
				results[i] = err.Error()
				return
			}
			back, err := io.ReadAll(r)
			results[i] = fmt.Sprintf("%2d: %7d -> %6d %x %v %v", i, len(data), size, sum[:6], bytes.Equal(back, data), err)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
