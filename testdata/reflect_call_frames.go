// reflect's calls whose arguments go past golift's argument registers (on
// the stack), whose results go past the result registers (Cranelift's
// implicit return area) and of memory type (large structs), in and out.
package main

import "reflect"

type S struct {
	A, B, C, D, E, F, G, H, I int
}

func many(a, b, c, d, e, f, g, h int, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 float64, s string, sl []int, i8 int8, f32 float32) (int, float64, string, int8, float32) {
	return a + b + c + d + e + f + g + h + len(sl), x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10, s, i8, f32
}

func ret9() (int, int, int, int, int, int, int, int, int) { return 1, 2, 3, 4, 5, 6, 7, 8, 9 }

func retMix(a int) (int8, float64, float64, float64, float64, float64, float64, float64, float64, float32, int, int, int, int, int, int, int, bool, uint16, string) {
	return int8(a), 1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10, 11, 12, 13, 14, 15, 16, true, 65535, "tail"
}

func bigStruct(s S, p *S) S { s.I = p.A; return s }

func main() {
	var args []reflect.Value
	for i := 1; i <= 8; i++ {
		args = append(args, reflect.ValueOf(i))
	}
	for i := 1; i <= 10; i++ {
		args = append(args, reflect.ValueOf(float64(i)/4))
	}
	args = append(args, reflect.ValueOf("str"), reflect.ValueOf([]int{1, 2}), reflect.ValueOf(int8(-7)), reflect.ValueOf(float32(2.5)))
	r := reflect.ValueOf(many).Call(args)
	println(r[0].Int(), r[1].Float(), r[2].String(), r[3].Int(), r[4].Float())
	r = reflect.ValueOf(bigStruct).Call([]reflect.Value{reflect.ValueOf(S{A: 1, H: 8}), reflect.ValueOf(&S{A: 42})})
	println(r[0].Field(0).Int(), r[0].Field(7).Int(), r[0].Field(8).Int())
	r = reflect.ValueOf(ret9).Call(nil)
	println(len(r), r[8].Int())
	r = reflect.ValueOf(retMix).Call([]reflect.Value{reflect.ValueOf(-3)})
	for _, v := range r {
		switch v.Kind() {
		case reflect.Int8, reflect.Int:
			print(v.Int(), " ")
		case reflect.Float64, reflect.Float32:
			print(v.Float(), " ")
		case reflect.Bool:
			print(v.Bool(), " ")
		case reflect.Uint16:
			print(v.Uint(), " ")
		case reflect.String:
			print(v.String(), " ")
		}
	}
	println()
}
