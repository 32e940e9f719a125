// fmt's scanning (Sscan, Sscanf, Sscanln, Fscan over a reader) into every
// basic kind through pointers, and fmt's handling of panicking String
// methods and nil receivers.
package main

import (
	"fmt"
	"strings"
)

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilOK struct{ s string }

func (n *NilOK) String() string { return n.s }

type Pair struct{ A, B int }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.A, &p.B)
	return err
}

func main() {
	var i int
	var s string
	var f float64
	var b bool
	var u uint8
	var r rune
	n, err := fmt.Sscan("12 hello 3.5 true 200", &i, &s, &f, &b, &u)
	fmt.Println(n, err, i, s, f, b, u)
	n, err = fmt.Sscanf("x=7 name:bob f=1e3 %", "x=%d name:%s f=%g %%", &i, &s, &f)
	fmt.Println(n, err, i, s, f)
	n, err = fmt.Sscanf("ff 0x1f 0777 c", "%x %v %o %c", &i, &u, &r, &r)
	fmt.Println(n, err, i, u, r, string(r))
	n, err = fmt.Sscanf("abc", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &i, &s)
	fmt.Println(n, err)
	var a, c int
	n, err = fmt.Sscanln("5 6\n7", &a, &c)
	fmt.Println(n, err, a, c)
	n, err = fmt.Sscanln("5\n6", &a, &c)
	fmt.Println(n, err)
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	rd := strings.NewReader("10 20 30\n40")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var p Pair
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var by []byte
	var c128 complex128
	n, err = fmt.Sscan("bytes (1+2i)", &by, &c128)
	fmt.Println(n, err, string(by), c128)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)

	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	var np *NilOK
	fmt.Println(np, &NilOK{"set"})
	fmt.Printf("[%v]\n", np)
}
