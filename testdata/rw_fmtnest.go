package main

import (
	"errors"
	"fmt"
	"time"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS%d", p.n) }

type Reading struct {
	Sensor string
	Value  Temp
	value  Temp
	Err    error
	When   time.Month
	Day    time.Weekday
	Dur    time.Duration
	dur    time.Duration
	P      PS
	PP     *PS
	Tags   map[string]Temp
	List   []fmt.Stringer
}

type Wrapper struct {
	Inner Reading
	Any   any
	any   any
}

func main() {
	r := Reading{Sensor: "s1", Value: 21.5, value: 3, Err: errors.New("boom"),
		When: time.March, Day: time.Friday, Dur: 1500 * time.Millisecond, dur: time.Second,
		P: PS{1}, Tags: map[string]Temp{"b": 2, "a": 1}, List: []fmt.Stringer{Temp(5), time.Duration(7)}}
	fmt.Printf("%v\n%+v\n", r, r)
	w := Wrapper{Inner: r, Any: Temp(9), any: Temp(8)}
	fmt.Printf("%v\n", w)
	fmt.Println([]Temp{1, 2}, map[Temp]bool{3: true}, [2]time.Month{1, 12})
	fmt.Printf("%s|%d|%x|%5.1v\n", []Temp{1}, []Temp{1}, Temp(255), Temp(3.14159))
	var np *PS
	fmt.Println(np == nil)
	fmt.Printf("%s %v %d\n", &PS{4}, []*PS{{5}}, PS{6})
	type inner struct{ A, B int }
	type outer struct {
		inner
		C  []inner
		M  map[inner]string
		IP *inner
	}
	o := outer{inner{1, 2}, []inner{{3, 4}}, map[inner]string{{5, 6}: "x"}, nil}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.C)
	e := fmt.Errorf("wrap: %w", errors.New("base"))
	fmt.Printf("%v %+v %s %q\n", e, e, e, e)
	fmt.Printf("%v %v\n", struct{ E error }{nil}, []error{nil, e})
	fmt.Printf("%08.3f|%-8.2f|%+.0f|% .2f|%#.0f\n", 3.14159, 2.5, 2.5, 1.0, 3.0)
	fmt.Printf("%#x %#X %#08x %x\n", "hi", []byte{1, 2}, 255, -255)
	fmt.Printf("%3c|%-4q|%#q|%#U\n", 'a', 'b', '\n', 'c')
	fmt.Printf("%t %v %08b %o %#o %#b\n", true, !true, 5, 64, 64, 5)
	fmt.Printf("%e %E %.0e %g %g %g\n", 0.0, 1e100, 15.0, 1e-5, 123456789.0, 0.00001234)
	fmt.Printf("%6.2v|%.10v|%v\n", "abcdef", "short", []string{})
	fmt.Printf("%v %v\n", [][]int{{1}, nil, {}}, map[string][]string{"k": nil})
	fmt.Printf("%x %X\n", "Hello", []string{"ab", "cd"})
	fmt.Printf("%d %v %s\n", []byte("AB"), []byte("AB"), []byte("AB"))
	fmt.Printf("%v %.2f %+v\n", []float64{1, 2.5}, []float64{1, 2.5}, []complex128{1 + 2i})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%-10v|%10v|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("%v %v\n", int64(-1)<<63, ^uint32(0))
	fmt.Printf("%q %v\n", 'x', 'x')
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
	fmt.Printf("%s %s\n", errors.New("x"), fmt.Stringer(Temp(1)))
	fmt.Printf("%!d %z\n", 1, 2)
	fmt.Printf("%.*d|%-*d|\n", 3, 7, -4, 7)
	fmt.Printf("%[1]*[2]d|%[3]v %[3]T\n", 4, 5, 'r')
	fmt.Printf("%[5]d\n", 1)
	fmt.Println(fmt.Sprintf("%v", [][2]string{{"a", "b"}}), fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint("a", "b", 1, 2, "c"))
}
