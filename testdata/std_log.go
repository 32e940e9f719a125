package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("hello", 1, 2)
	log.Printf("x=%d y=%q", 5, "s")
	log.Print("no newline")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	fmt.Println(log.Prefix(), log.Flags())
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")

	var buf bytes.Buffer
	l := log.New(&buf, "L: ", log.Lshortfile)
	l.Println("short file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("long %v", true)
	fmt.Print(buf.String())
	l2 := log.New(&buf, "", 0)
	buf.Reset()
	l2.Print("a")
	l2.Print("b\n")
	fmt.Printf("%q\n", buf.String())
	fmt.Println(l2.Writer() == &buf)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 42)
	}()
	log.Default().SetOutput(os.Stderr)
	log.Fatalln("fatal", "end")
}
