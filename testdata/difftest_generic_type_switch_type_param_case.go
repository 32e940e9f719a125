// Regression (a difftest finding, fixed): golift once rejects a type switch in a generic function whose case T (a type parameter) may equal another case ("duplicate case int in type switch"); Go accepts it and picks the first matching case.
package main

func kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	println(kind[int](1), kind[string](1), kind[bool](1.5))
}
