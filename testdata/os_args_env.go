// os.Args, os.Getenv/Setenv/Unsetenv/LookupEnv/Environ/ExpandEnv/Clearenv,
// os.Getpid/Getppid/Getuid/Getpagesize/Getwd.
package main

import (
	"os"
	"slices"
	"strings"
)

func main() {
	println("args:", len(os.Args), len(os.Args[0]) > 0)
	println("PATH set:", os.Getenv("PATH") != "")

	v, ok := os.LookupEnv("GOLIFT_TEST_UNSET_VARIABLE")
	println("unset:", v == "", ok)
	println("Setenv:", os.Setenv("GOLIFT_TEST_X", "hello world") == nil)
	v, ok = os.LookupEnv("GOLIFT_TEST_X")
	println("after Setenv:", v, ok)
	println(os.Getenv("GOLIFT_TEST_X"))
	println("in Environ:", slices.Contains(os.Environ(), "GOLIFT_TEST_X=hello world"))
	os.Setenv("GOLIFT_TEST_X", "")
	v, ok = os.LookupEnv("GOLIFT_TEST_X")
	println("set empty:", v == "", ok)
	os.Unsetenv("GOLIFT_TEST_X")
	_, ok = os.LookupEnv("GOLIFT_TEST_X")
	println("after Unsetenv:", ok)
	err := os.Setenv("", "x")
	println("empty key:", err.Error())
	err = os.Setenv("A=B", "x")
	println("key with '=':", err.Error())

	os.Setenv("GOLIFT_NAME", "gopher")
	println(os.ExpandEnv("hi $GOLIFT_NAME, ${GOLIFT_NAME}s and $GOLIFT_NOPE."))
	println(os.Expand("$a-$b", func(s string) string { return strings.ToUpper(s) }))

	n := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOLIFT_NAME=") {
			n++
		}
	}
	println("GOLIFT_NAME entries:", n)

	println("pid > 0:", os.Getpid() > 0, "ppid > 0:", os.Getppid() > 0, "pid != ppid:", os.Getpid() != os.Getppid())
	println("uid >= 0:", os.Getuid() >= 0, "pagesize:", os.Getpagesize())
	wd, err := os.Getwd()
	println("wd absolute:", err == nil && strings.HasPrefix(wd, "/"))

	os.Clearenv()
	println("after Clearenv:", len(os.Environ()), os.Getenv("PATH") == "")
}
