package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name := fs.String("name", "def", "the name")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", time.Second, "how long")
	f := fs.Float64("ratio", 0.5, "a ratio")
	var u uint64
	fs.Uint64Var(&u, "u", 7, "unsigned")
	var l list
	fs.Var(&l, "item", "repeatable")
	fs.Func("fn", "a func flag", func(s string) error {
		if s == "bad" {
			return errors.New("no bad")
		}
		fmt.Println("fn got", s)
		return nil
	})
	err := fs.Parse([]string{"-n", "10", "--name=bob", "-v", "-wait=1m30s", "-ratio", "2.5", "-item", "a", "-item=b", "-fn", "x", "rest1", "-notflag"})
	fmt.Println(err, *n, *name, *v, *d, *f, u, l, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0))
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Println("all:", f.Name, f.DefValue, f.Usage) })
	fmt.Println(fs.Lookup("n").Value.String(), fs.Set("n", "99"), *n)

	fmt.Println("-- usage")
	fs.PrintDefaults()
	fmt.Println("-- errors")
	for _, args := range [][]string{{"-x"}, {"-n", "abc"}, {"-n"}, {"-fn", "bad"}, {"-h"}, {"--", "-n", "1"}, {"-v=maybe"}} {
		fs2 := flag.NewFlagSet("p2", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		fs2.Int("n", 0, "n")
		fs2.Bool("v", false, "v")
		fs2.Func("fn", "f", func(s string) error { return errors.New("no " + s) })
		err := fs2.Parse(args)
		fmt.Println("err:", err, errors.Is(err, flag.ErrHelp), fs2.Args())
	}
	flag.CommandLine = flag.NewFlagSet("main", flag.ExitOnError)
	flag.CommandLine.SetOutput(os.Stdout)
	x := flag.Int("x", 1, "x flag")
	flag.CommandLine.Parse([]string{"-x", "5"})
	fmt.Println(*x, flag.Parsed(), flag.NArg())
	flag.CommandLine.Parse([]string{"-y"})
}
