package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	data, err := ioutil.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
	f, _ := ioutil.TempFile("", "x")
	ioutil.WriteFile(f.Name(), []byte("file data"), 0o644)
	data, err = ioutil.ReadFile(f.Name())
	fmt.Println(string(data), err)
	os.Remove(f.Name())
	fmt.Println(ioutil.Discard != nil)
}
