package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a,b,c\n1,\"x,y\",3\n\"q\"\"q\",,z\n"))
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	r = csv.NewReader(strings.NewReader("a;b\n# c\nd;e;f\n"))
	r.Comma = ';'
	r.Comment = '#'
	r.FieldsPerRecord = -1
	recs, err = r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.WriteAll([][]string{{"x", "y z", "q\"uote"}, {"new\nline", "", "comma,"}})
	fmt.Print(buf.String())
}
