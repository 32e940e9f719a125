// Writing through os.Stdout and os.Stderr: Write, WriteString, the
// returned counts, io.WriteString, Fd and Name; standard streams are
// files that exist.
package main

import (
	"io"
	"os"
	"strconv"
)

func main() {
	n, err := os.Stdout.Write([]byte("Write to stdout\n"))
	println(n, err == nil)
	n, err = os.Stdout.WriteString("WriteString to stdout\n")
	println(n, err == nil)
	n, err = io.WriteString(os.Stdout, "io.WriteString\n")
	println(n, err == nil)
	os.Stderr.WriteString("to stderr\n")
	println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	println(os.Stdout.Fd(), os.Stderr.Fd(), os.Stdin.Fd())
	var w io.Writer = os.Stdout
	for i := 0; i < 3; i++ {
		w.Write([]byte("line " + strconv.Itoa(i) + "\n"))
	}
	big := make([]byte, 5000)
	for i := range big {
		big[i] = 'a' + byte(i%26)
		if i%100 == 99 {
			big[i] = '\n'
		}
	}
	n, err = os.Stdout.Write(big)
	println(n, err == nil)
	var nilf *os.File
	_, err = nilf.Write([]byte("x"))
	println(err.Error())
}
