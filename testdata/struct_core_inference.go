// Constraint type inference through a struct core type (`~struct{ V E }`),
// and blank fields of struct literals staying zero.
package main

import (
	"fmt"
	"reflect"
)

type Num interface{ ~int | ~float64 }

type boxed[E Num] interface {
	~struct{ V E }
	Get() E
}

type box[N Num] struct{ V N }

func (b box[N]) Get() N { return b.V }

func sum[X Num, B boxed[X]](bs ...B) X {
	var t X
	for _, b := range bs {
		t += b.Get()
	}
	return t
}

type account[K Num] struct {
	Name  string
	Items []K
	Total func(...K) K
}

func report[S ~string, K Num, A interface {
	~struct {
		Name  S
		Items []K
		Total func(...K) K
	}
}](a A) string {
	s := struct {
		Name  S
		Items []K
		Total func(...K) K
	}(a)
	return fmt.Sprint(s.Name, ": ", s.Total(s.Items...))
}

type withBlank struct {
	a, _, c int
	_       string
}

func note(n int) int { fmt.Println("evaluated", n); return n }

func main() {
	fmt.Println(sum(box[int]{1}, box[int]{2}), sum(box[float64]{1.5}))
	add := func(xs ...float64) float64 {
		t := 0.0
		for _, x := range xs {
			t += x
		}
		return t
	}
	fmt.Println(report(account[float64]{"fees", []float64{1, 2.5}, add}))

	w := withBlank{1, note(2), 3, "dropped"}
	v := reflect.ValueOf(w)
	fmt.Println(v.Field(1).Int(), v.Field(3).String() == "", w == withBlank{a: 1, c: 3})
	anon := struct{ a, _, c int }{7, 8, 9}
	fmt.Println(reflect.ValueOf(anon).Field(1).Int())
}
